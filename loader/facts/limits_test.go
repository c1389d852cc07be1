package facts

import (
	"strings"
	"testing"
)

const (
	okHead = `"format":"kg-facts/1","article":{"url":"https://example.org/a"},"extractor":{"name":"t","version":"1"}`
	okEv   = `{"sentence":"s","start":0,"end":1,"confidence":1}`
)

func actorWith(name, sentence string) string {
	return `{` + okHead + `,"actors":[{"id":"RUS","name":"` + name + `","kind":"state","mentions":[{"sentence":"` + sentence + `","start":0,"end":1,"confidence":1}]}]}`
}

// Text that is not clean UTF-8, or that carries control characters, is
// refused with the field (a JSON pointer) and the line.
func TestDecodeRefusesUnclean(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, doc string
		want      []string // all in the error; none for a valid document
	}{
		{"invalid UTF-8 in a sentence", actorWith("Russia", "Rus\xffia"), []string{"line 1: /actors/0/mentions/0/sentence", "not valid UTF-8", "0xff"}},
		{"invalid UTF-8 in a name", actorWith("Ru\xc3", "s"), []string{"/actors/0/name", "not valid UTF-8"}},
		{"NUL in a name", actorWith(`Rus\u0000sia`, "s"), []string{"/actors/0/name", "control character U+0000"}},
		{"escape in a sentence", actorWith("Russia", `a\u001bb`), []string{"/actors/0/mentions/0/sentence", "U+001B"}},
		{"C1 control in a title", `{"format":"kg-facts/1","article":{"url":"u","title":"a\u0085b"},"extractor":{"name":"t","version":"1"},"actors":[]}`, []string{"/article/title", "U+0085"}},
		{"tab in an id", `{` + okHead + `,"actors":[{"id":"R\tUS","name":"Russia","kind":"state"}]}`, []string{"/actors/0/id", "U+0009"}},
		{"newline in a URL", `{"format":"kg-facts/1","article":{"url":"https://x/\n"},"extractor":{"name":"t","version":"1"},"actors":[]}`, []string{"/article/url", "U+000A"}},
		{"lone surrogate", actorWith("Russia", `a\ud800b`), []string{"/actors/0/mentions/0/sentence", "lone UTF-16 surrogate"}},
		{"tab and newline in a sentence are text", actorWith("Russia", `a\tb\nc`), nil},
		{"surrogate pair", actorWith("Russia", `a\ud83d\ude00b`), nil},
		{"escaped backslash before u", actorWith("Russia", `a\\ud800b`), nil},
		{"non-ASCII text", actorWith("Rusia – Россия", "Россия"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := v.Decode([]byte(tt.doc))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("valid document rejected: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

// The line of a problem in a pretty-printed document read from a file is
// the line of the file.
func TestUncleanLineInFile(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	doc := "\n\n{\n  \"format\": \"kg-facts/1\",\n  \"article\": {\"url\": \"u\"},\n  \"extractor\": {\"name\": \"t\", \"version\": \"1\"},\n  \"actors\": [\n    {\"id\": \"RUS\", \"name\": \"Ru\\u0000ssia\", \"kind\": \"state\"}\n  ]\n}\n"
	var got []string
	for it := range v.Read(strings.NewReader(doc), "one.json", false) {
		if it.Err != nil {
			got = append(got, it.Err.Error())
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "one.json: document 1 (line 3): line 8: /actors/0/name") {
		t.Errorf("got %q", got)
	}
}

// Documents over a cap are refused, naming the cap; the others load.
func TestLimits(t *testing.T) {
	base, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	evs := func(n int) string { return strings.TrimSuffix(strings.Repeat(okEv+",", n), ",") }
	actors := func(n int) string {
		var b []string
		for i := range n {
			b = append(b, `{"id":"a`+strings.Repeat("x", i)+`","name":"A","kind":"person"}`)
		}
		return strings.Join(b, ",")
	}
	tests := []struct {
		name   string
		limits Limits
		doc    string
		want   []string
	}{
		{"evidence over the cap", Limits{MaxEvidence: 3},
			`{` + okHead + `,"actors":[{"id":"RUS","name":"R","kind":"state","mentions":[` + evs(2) + `]},{"id":"UKR","name":"U","kind":"state","mentions":[` + evs(2) + `]}]}`,
			[]string{"/actors/1/mentions/1", "4 evidence items", "cap of 3", "MaxEvidence"}},
		{"evidence at the cap", Limits{MaxEvidence: 4},
			`{` + okHead + `,"actors":[{"id":"RUS","name":"R","kind":"state","mentions":[` + evs(2) + `]},{"id":"UKR","name":"U","kind":"state","mentions":[` + evs(2) + `]}]}`, nil},
		{"actors over the cap", Limits{MaxActors: 2}, `{` + okHead + `,"actors":[` + actors(3) + `]}`, []string{"/actors/2", "3 actors", "MaxActors"}},
		{"document bytes", Limits{MaxDocumentBytes: 100}, `{` + okHead + `,"actors":[` + actors(3) + `]}`, []string{"bytes", "cap of 100", "MaxDocumentBytes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := base.WithLimits(tt.limits).Decode([]byte(tt.doc))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

// A JSON Lines line over MaxDocumentBytes is refused without stopping the
// rest of the file.
func TestLongLineIsSkipped(t *testing.T) {
	v, err := NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	v = v.WithLimits(Limits{MaxDocumentBytes: 200})
	good := `{"format":"kg-facts/1","article":{"url":"u"},"extractor":{"name":"t","version":"1"},"actors":[]}`
	long := `{"format":"kg-facts/1","article":{"url":"u","title":"` + strings.Repeat("x", 200<<10) + `"},"extractor":{"name":"t","version":"1"},"actors":[]}`
	var got []string
	for it := range v.Read(strings.NewReader(good+"\n"+long+"\n"+good+"\n"), "b.jsonl", true) {
		if it.Err != nil {
			got = append(got, it.Err.Error())
		} else {
			got = append(got, "ok")
		}
	}
	if len(got) != 3 || got[0] != "ok" || got[2] != "ok" || !strings.Contains(got[1], "b.jsonl: document 2 (line 2)") || !strings.Contains(got[1], "MaxDocumentBytes") {
		t.Errorf("got %q", got)
	}
}
