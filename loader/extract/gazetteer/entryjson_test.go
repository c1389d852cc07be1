package gazetteer

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// jsonEntry decodes raw as Read did before its parser: encoding/json,
// unknown fields refused.
func jsonEntry(raw []byte) (Entry, error) {
	var e Entry
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(&e)
	return e, err
}

// TestParseEntrySame checks entryParser against encoding/json: every line
// of the embedded files, and lines made from them by cutting, repeating
// and changing bytes, and hand-made lines at the edges of what the parser
// takes (escapes, repeated keys, other capitals, null, numbers, space,
// empty arrays and objects, text after the object). Whenever the parser
// takes a line, it must give the entry encoding/json gives, and
// encoding/json must take it too.
func TestParseEntrySame(t *testing.T) {
	var lines [][]byte
	names, err := fs.Glob(embedded, "data/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		data, err := fs.ReadFile(embedded, n)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if raw := bytes.TrimSpace(sc.Bytes()); len(raw) > 0 && raw[0] != '#' {
				lines = append(lines, bytes.Clone(raw))
			}
		}
	}
	hand := []string{
		`{}`,
		`{ }`,
		`{"id":"a","kind":"state","name":"A"}`,
		`{ "id" : "a" , "kind" : "state" , "name" : "A" }`,
		"{\"id\":\"a\",\t\"kind\":\"state\",\r\"name\":\"A\"}",
		`{"id":"a","kind":"state","name":"A",}`,
		`{"id":"a","kind":"state","name":"A"} `,
		`{"id":"a","kind":"state","name":"A"}x`,
		`{"id":"a","kind":"state","name":"A"}{"id":"b"}`,
		`{"id":"a","id":"b","kind":"state","name":"A"}`,
		`{"ID":"a","kind":"state","name":"A"}`,
		`{"Id":"a","Kind":"state","NAME":"A"}`,
		`{"id":"a","kind":"state","name":"A","file":"x"}`,
		`{"id":"a","kind":"state","name":"A","line":3}`,
		`{"id":"a","kind":"state","name":"A","extra":1}`,
		`{"id":"a\"b","kind":"state","name":"A"}`,
		`{"id":"a\u00e9","kind":"state","name":"A\/B"}`,
		`{"id":null,"kind":"state","name":"A"}`,
		`{"id":1,"kind":"state","name":"A"}`,
		`{"id":"a","kind":"state","name":"A","alias":true}`,
		`{"id":"a","alias":false}`,
		`{"id":"a","alias":truex}`,
		`{"id":"a","alias":"true"}`,
		`{"id":"a","alias":null}`,
		`{"id":"a","alias":1}`,
		`{"id":"a","alias":true,"alias":false}`,
		`{"id":"a","kind":"state","name":"A","short":[]}`,
		`{"id":"a","kind":"state","name":"A","short":[ ]}`,
		`{"id":"a","kind":"state","name":"A","short":["X","Y"]}`,
		`{"id":"a","kind":"state","name":"A","short":["X",]}`,
		`{"id":"a","kind":"state","name":"A","short":[,"X"]}`,
		`{"id":"a","kind":"state","name":"A","short":null}`,
		`{"id":"a","kind":"state","name":"A","short":"X"}`,
		`{"id":"a","kind":"state","name":"A","short":["X"],"short":["Y"]}`,
		`{"id":"a","kind":"state","name":"A","names":{}}`,
		`{"id":"a","kind":"state","name":"A","names":{"en":[]}}`,
		`{"id":"a","kind":"state","name":"A","names":{"en":["B"],"id":["C","D"]}}`,
		`{"id":"a","kind":"state","name":"A","names":{"en":["B"],"en":["C"]}}`,
		`{"id":"a","kind":"state","name":"A","names":{"en":null}}`,
		`{"id":"a","kind":"state","name":"A","names":{"e\u006e":["B"]}}`,
		`{"id":"a","kind":"state","name":"A","demonyms":{"en":["As"]},"capitals":["Ay"]}`,
		`{"id":"a","kind":"person","name":"A","roles":[]}`,
		`{"id":"a","kind":"person","name":"A","roles":[{}]}`,
		`{"id":"a","kind":"person","name":"A","roles":[{"title":"t","of":"X","start":"2000","end":"2001"},{"title":"u"}]}`,
		`{"id":"a","kind":"person","name":"A","roles":[{"title":"t","title":"u"}]}`,
		`{"id":"a","kind":"person","name":"A","roles":[{"Title":"t"}]}`,
		`{"id":"a","kind":"person","name":"A","roles":[{"title":"t","x":1}]}`,
		`{"id":"a","kind":"person","name":"A","roles":[{"title":"t"},]}`,
		`{"id":"a","kind":"person","name":"A","roles":[null]}`,
		"{\"id\":\"a\xff\",\"kind\":\"state\",\"name\":\"A\"}",
		"{\"id\":\"a\x01\",\"kind\":\"state\",\"name\":\"A\"}",
		"{\"id\":\"a\x7f\",\"kind\":\"state\",\"name\":\"\xc3\xa9\xe2\x80\xa8\"}",
		`{"id":"a","kind":"state","name":"A","sector":"GOV","source":"s","wikidata":"Q1","country":"A"}`,
		`{"id":"a"`,
		`{"id":"a",`,
		`{"id"`,
		`{"id":}`,
		`{`,
		`[]`,
		`"x"`,
	}
	for _, h := range hand {
		lines = append(lines, []byte(h))
	}
	rng := rand.New(rand.NewSource(4))
	const mutate = "\"{}[],: \\nulx0\xc3"
	var mutated [][]byte
	for i := 0; i < 20000; i++ {
		l := bytes.Clone(lines[rng.Intn(len(lines))])
		switch rng.Intn(4) {
		case 0:
			l = l[:rng.Intn(len(l)+1)]
		case 1:
			if len(l) > 0 {
				l[rng.Intn(len(l))] = mutate[rng.Intn(len(mutate))]
			}
		case 2:
			j := rng.Intn(len(l) + 1)
			l = append(l[:j:j], append([]byte{mutate[rng.Intn(len(mutate))]}, l[j:]...)...)
		case 3:
			if j := bytes.IndexByte(l, ','); j > 0 {
				k := bytes.IndexByte(l[j+1:], ',')
				if k > 0 {
					// A field repeated.
					l = append(l[:j+1+k:j+1+k], append(bytes.Clone(l[j:j+1+k]), l[j+1+k:]...)...)
				}
			}
		}
		mutated = append(mutated, l)
	}
	p := newEntryParser()
	took := 0
	for _, raw := range append(lines, mutated...) {
		var got Entry
		if !p.parseEntry(raw, &got) {
			continue
		}
		took++
		want, err := jsonEntry(raw)
		if err != nil {
			t.Fatalf("parser took %q, encoding/json says %v", raw, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("parser gives %#v for %q, encoding/json %#v", got, raw, want)
		}
	}
	t.Logf("the parser took %d of %d lines", took, len(lines)+len(mutated))
	// Nearly every embedded line is the parser's.
	if took < len(lines)*9/10 {
		t.Errorf("the parser took %d lines of %d embedded and hand-made", took, len(lines))
	}
}

// TestLoadSame checks that Load (files in pieces, concurrently, with the
// parser) gives the entries that reading the files in order with
// encoding/json gives, in the same order.
func TestLoadSame(t *testing.T) {
	g, err := Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(embedded, "data/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var want []Entry
	for _, n := range names {
		data, err := fs.ReadFile(embedded, n)
		if err != nil {
			t.Fatal(err)
		}
		line := 0
		for _, l := range strings.Split(string(data), "\n") {
			line++
			raw := bytes.TrimSpace([]byte(l))
			if len(raw) == 0 || raw[0] == '#' {
				continue
			}
			e, err := jsonEntry(raw)
			if err != nil {
				t.Fatalf("%s:%d: %v", n, line, err)
			}
			if e.Alias {
				e.file, e.line = n, line
			}
			want = append(want, e)
		}
	}
	w, err := New(want)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g.entries, w.entries) {
		t.Fatal("Load's entries differ from those read in order with encoding/json")
	}
	if !reflect.DeepEqual(g.testKeys(), w.testKeys()) || !reflect.DeepEqual(g.forms, w.forms) || !reflect.DeepEqual(g.formAt, w.formAt) || g.exactText != w.exactText || !reflect.DeepEqual(g.byID, w.byID) {
		t.Fatal("Load's forms differ from those read in order with encoding/json")
	}
}

// TestHasApostrophe checks hasApostrophe against strings.ContainsAny on
// the embedded names and on strings of ASCII, marks, other runes and
// invalid bytes.
func TestHasApostrophe(t *testing.T) {
	g, err := Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var ss []string
	for i := range g.entries {
		e := &g.entries[i]
		ss = append(ss, e.Name)
		for _, ns := range e.Names {
			ss = append(ss, ns...)
		}
	}
	rng := rand.New(rand.NewSource(5))
	pieces := []string{"a", "B", " ", "'", "’", "ʼ", "ʿ", "ʾ", "é", "\xe2", "\x80", "\xff", "ʼ"[:1], "’"[:2]}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := rng.Intn(6); j > 0; j-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		ss = append(ss, b.String())
	}
	for _, s := range ss {
		if got, want := hasApostrophe(s), strings.ContainsAny(s, apostrophes); got != want {
			t.Fatalf("hasApostrophe(%q) = %v, want %v", s, got, want)
		}
	}
}
