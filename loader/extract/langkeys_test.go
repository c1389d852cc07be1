package extract

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"testing"
)

// TestLangPackKeysOnce fails when a language pack names a key twice: the
// JSON decoder keeps the last value silently, so a list added under a key
// that already exists (two merges adding the same key) would drop the
// first list's words without a word of warning.
func TestLangPackKeysOnce(t *testing.T) {
	files, err := fs.Glob(dataFS, "lang/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no language packs: %v", err)
	}
	for _, fn := range files {
		t.Run(fn, func(t *testing.T) {
			b, err := dataFS.ReadFile(fn)
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range duplicateTopKeys(t, b) {
				t.Errorf("%s: key %q twice", fn, k)
			}
		})
	}
	t.Run("finds a duplicate", func(t *testing.T) {
		if d := duplicateTopKeys(t, []byte(`{"a": [1], "b": {"a": 2}, "a": [3]}`)); len(d) != 1 || d[0] != "a" {
			t.Errorf("duplicateTopKeys = %q, want [a]", d)
		}
	})
}

// duplicateTopKeys returns the keys of the top-level JSON object in b that
// occur more than once.
func duplicateTopKeys(t *testing.T, b []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not a JSON object: %v %v", tok, err)
	}
	seen := map[string]bool{}
	var dups []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		k := tok.(string)
		if seen[k] {
			dups = append(dups, k)
		}
		seen[k] = true
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("value of %q: %v", k, err)
		}
	}
	return dups
}
