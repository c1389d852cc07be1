package facts

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestSampleDocumentIsValid(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../../testdata/facts/kompastv-2023-06-25-korut-wagner.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := v.Decode(raw)
	if err != nil {
		t.Fatalf("sample document rejected: %v", err)
	}
	if got := len(doc.Events); got < 14 {
		t.Errorf("sample has %d events, want at least 14", got)
	}
	text, err := os.ReadFile("../../testdata/articles/kompastv-2023-06-25-korut-wagner.id.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		for _, ev := range e.Evidence {
			if got := string(text[ev.Start:ev.End]); got != ev.Sentence {
				t.Errorf("event %s: offsets %d..%d give %q, want %q", e.Type, ev.Start, ev.End, got, ev.Sentence)
			}
		}
	}
	if doc.Article.ID() != ContentHash(string(text)) {
		t.Errorf("article id %q is not the content hash of the article text", doc.Article.ID())
	}
}

func TestDecodeNamesTheWrongField(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	ok := `"format":"kg-facts/1","article":{"url":"https://example.org/a"},"extractor":{"name":"t","version":"1"}`
	ev := `"evidence":[{"sentence":"s","start":0,"end":1,"confidence":1}]`
	tests := []struct {
		name, doc, field, msg string
	}{
		{"not json", `{`, "", "not valid JSON"},
		{"wrong format", `{"format":"kg-facts/9","article":{"url":"u"},"extractor":{"name":"t","version":"1"},"actors":[]}`, "/format", ""},
		{"missing actors", `{` + ok + `}`, "/", "actors"},
		{"unknown field", `{` + ok + `,"actors":[],"colour":1}`, "/", "colour"},
		{"bad kind", `{` + ok + `,"actors":[{"id":"RUS","name":"Russia","kind":"planet"}]}`, "/actors/0/kind", ""},
		{"undeclared source", `{` + ok + `,"actors":[{"id":"RUS","name":"Russia","kind":"state"}],"events":[{"type":"x","cameo":"190","quadClass":4,"goldstein":-10,"source":"XXX","target":"RUS","status":"fact","confidence":1,` + ev + `}]}`, "/events/0/source", "not declared"},
		{"quad class mismatch", `{` + ok + `,"actors":[{"id":"RUS","name":"Russia","kind":"state"},{"id":"UKR","name":"Ukraine","kind":"state"}],"events":[{"type":"x","cameo":"190","quadClass":1,"goldstein":-10,"source":"RUS","target":"UKR","status":"fact","confidence":1,` + ev + `}]}`, "/events/0/quadClass", "root 19"},
		{"minimal valid document", `{` + ok + `,"actors":[],"events":[]}`, "", ""},
		{"bad calendar date", `{"format":"kg-facts/1","article":{"url":"u","published":"2023-02-30"},"extractor":{"name":"t","version":"1"},"actors":[]}`, "/article/published", "not a valid"},
		{"offsets reversed", `{` + ok + `,"actors":[{"id":"RUS","name":"Russia","kind":"state","mentions":[{"sentence":"s","start":5,"end":2,"confidence":1}]}]}`, "/actors/0/mentions/0/end", "not after"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := v.Decode([]byte(tt.doc))
			if tt.field == "" && tt.msg == "" {
				if err != nil {
					t.Fatalf("valid document rejected: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("invalid document accepted")
			}
			if !strings.Contains(err.Error(), tt.field) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not name field %q with %q", err, tt.field, tt.msg)
			}
		})
	}
}

func TestReadReportsLocations(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	good := `{"format":"kg-facts/1","article":{"url":"u"},"extractor":{"name":"t","version":"1"},"actors":[]}`
	bad := `{"format":"kg-facts/1","article":{"url":"u"},"extractor":{"name":"t"},"actors":[]}`
	input := good + "\n\n" + bad + "\n" + good + "\n"
	var got []string
	for it := range v.Read(strings.NewReader(input), "batch.jsonl", true) {
		if it.Err != nil {
			got = append(got, it.Err.Error())
		} else {
			got = append(got, "ok")
		}
	}
	if len(got) != 3 || got[0] != "ok" || got[2] != "ok" {
		t.Fatalf("got %q", got)
	}
	if !strings.HasPrefix(got[1], "batch.jsonl: document 2 (line 3): /extractor") || !strings.Contains(got[1], "version") {
		t.Errorf("bad document reported as %q", got[1])
	}
	arr := "[\n" + good + ",\n  " + bad + "\n]"
	got = nil
	for it := range v.Read(strings.NewReader(arr), "batch.json", false) {
		if it.Err != nil {
			got = append(got, it.Err.Error())
		}
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "batch.json: document 2 (line 3)") {
		t.Errorf("array errors: %q", got)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want "" for an error
	}{
		{"2023", "2023-01-01"}, {"2023-06", "2023-06-01"}, {"2023-06-25", "2023-06-25"},
		{"2023-06-25T10:00:00Z", "2023-06-25"}, {"2023-06-25T23:30:00+07:00", "2023-06-25"},
		{"2023-06-25 10:00:00", "2023-06-25"}, {"2023-06-25T10:00", "2023-06-25"}, {"2023-06-25T10:00Z", "2023-06-25"},
		{"2023-02-30", ""}, {"2023-13", ""}, {"23-06-25", ""}, {"", ""}, {"2023-06-25T25:00:00Z", ""},
	}
	for _, tt := range tests {
		got, err := Day(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("Day(%q) = %q, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Day(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// TestParseDay checks ParseDate's fast path against time.Parse of its
// layout: the same time for every date it takes, and the long way (the
// same answer) for every string it does not.
func TestParseDay(t *testing.T) {
	var in []string
	for _, y := range []int{0, 1, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 2100, 9999} {
		in = append(in, fmt.Sprintf("%04d", y))
		for m := 0; m <= 13; m++ {
			in = append(in, fmt.Sprintf("%04d-%02d", y, m))
			for d := 0; d <= 32; d++ {
				in = append(in, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	in = append(in, "", "202", "20233", "2023-1", "2023-1-01", "2023/06/25", "2023-06/25", "2023_06", "２０２３", "2023-0a", "2023-06-2x", "+023", "-023", "2023-06-25T10:00:00Z")
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}
	for _, s := range in {
		t.Run(s, func(t *testing.T) {
			got, ok := parseDay(s)
			want, err := time.Parse(layout[len(s)], s)
			if layout[len(s)] == "" {
				err = fmt.Errorf("no layout of length %d", len(s))
			}
			if ok != (err == nil) || ok && (got != want || got.Location() != want.Location()) {
				t.Errorf("parseDay(%q) = %v, %v; time.Parse: %v, %v", s, got, ok, want, err)
			}
			p, perr := ParseDate(s)
			if ok && (perr != nil || p != want) {
				t.Errorf("ParseDate(%q) = %v, %v; want %v", s, p, perr, want)
			}
		})
	}
}

func TestQuadClassOf(t *testing.T) {
	for root, want := range map[string]int{"01": 1, "05": 1, "06": 2, "08": 2, "09": 3, "13": 3, "14": 4, "20": 4, "00": 0, "21": 0, "1": 0, "190": 0, "x1": 0, "": 0} {
		if got := QuadClassOf(root); got != want {
			t.Errorf("QuadClassOf(%q) = %d, want %d", root, got, want)
		}
	}
}

// TestEventInsideOneActor checks the rule for an event whose source is its
// target: valid only with two different sectors, and otherwise the error
// names the field at fault.
func TestEventInsideOneActor(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	doc := func(target, sectors string) string {
		return `{"format":"kg-facts/1","article":{"url":"https://example.org/a"},"extractor":{"name":"t","version":"1"},` +
			`"actors":[{"id":"ISR","name":"Israel","kind":"state"},{"id":"PSE","name":"Palestine","kind":"state"}],` +
			`"events":[{"type":"accuse","cameo":"1121","quadClass":3,"goldstein":-2,"source":"ISR","target":"` + target + `"` + sectors +
			`,"status":"fact","confidence":0.8,"evidence":[{"sentence":"s","start":0,"end":1,"confidence":0.8}]}]}`
	}
	tests := []struct {
		name, target, sectors string
		field, msg            string // empty: valid
	}{
		{"two different sectors", "ISR", `,"sourceSector":"JUD","targetSector":"GOV"`, "", ""},
		{"reverse direction", "ISR", `,"sourceSector":"GOV","targetSector":"JUD"`, "", ""},
		{"no sectors", "ISR", ``, "/events/0/target", "same actor as source"},
		{"source sector missing", "ISR", `,"targetSector":"GOV"`, "/events/0/sourceSector", "is missing"},
		{"target sector missing", "ISR", `,"sourceSector":"COP"`, "/events/0/targetSector", "is missing"},
		{"same sector", "ISR", `,"sourceSector":"GOV","targetSector":"GOV"`, "/events/0/targetSector", "two different sectors"},
		{"different actors need no sectors", "PSE", ``, "", ""},
		{"different actors, same sector", "PSE", `,"sourceSector":"MIL","targetSector":"MIL"`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := v.Decode([]byte(doc(tt.target, tt.sectors)))
			if tt.field == "" {
				if err != nil {
					t.Fatalf("valid document rejected: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("invalid document accepted")
			}
			var ve *ValidationError
			if !errors.As(err, &ve) || len(ve.Problems) != 1 {
				t.Fatalf("error %v: want one problem", err)
			}
			if p := ve.Problems[0]; p.Field != tt.field || !strings.Contains(p.Msg, tt.msg) {
				t.Errorf("problem %q at %q, want %q at %q", p.Msg, p.Field, tt.msg, tt.field)
			}
		})
	}
	t.Run("stance with itself", func(t *testing.T) {
		raw := `{"format":"kg-facts/1","article":{"url":"https://example.org/a"},"extractor":{"name":"t","version":"1"},` +
			`"actors":[{"id":"ISR","name":"Israel","kind":"state"}],"stances":[{"source":"ISR","target":"ISR","relation":"hostile","kind":"derived","strength":0.5,` +
			`"evidence":[{"sentence":"s","start":0,"end":1,"confidence":0.5}]}]}`
		if _, err := v.Decode([]byte(raw)); err == nil || !strings.Contains(err.Error(), "/stances/0/target") {
			t.Errorf("stance of an actor with itself: error %v, want one naming /stances/0/target", err)
		}
	})
}

// TestContentHash checks the hash against crypto/sha256 on texts shorter
// and longer than the buffer ContentHash copies through.
func TestContentHash(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 1023, 1024, 1025, 5000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			text := strings.Repeat("aé\n", n)[:n]
			sum := sha256.Sum256([]byte(text))
			if got, want := ContentHash(text), "sha256:"+hex.EncodeToString(sum[:]); got != want {
				t.Errorf("ContentHash = %s, want %s", got, want)
			}
		})
	}
}

// TestIDSet compares Check's id set with a map, on documents of up to 300
// actors (past the table Check keeps on the stack) with repeated ids.
func TestIDSet(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 127, 128, 129, 300} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			actors := make([]Actor, n)
			for i := range actors {
				actors[i].ID = fmt.Sprintf("id-%d", i*7%(n/2+1)) // about half repeated
			}
			var buf [256]int32
			set := newIDSet(actors, buf[:])
			ref := map[string]bool{}
			for i, a := range actors {
				if got := set.has(a.ID); got != ref[a.ID] {
					t.Fatalf("has(%q) before adding actor %d = %v, want %v", a.ID, i, got, ref[a.ID])
				}
				if !ref[a.ID] {
					if !set.insert(i) {
						t.Fatalf("insert of actor %d (%q), not in the set, = false", i, a.ID)
					}
					ref[a.ID] = true
				}
			}
			for _, id := range []string{"", "id-0", "id-1", "id-999", "x"} {
				if got := set.has(id); got != ref[id] {
					t.Errorf("has(%q) = %v, want %v", id, got, ref[id])
				}
			}
		})
	}
}
