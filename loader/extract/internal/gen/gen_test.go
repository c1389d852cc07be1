package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// root is loader/extract, where the generated files are committed.
const root = "../.."

func generate(t *testing.T) map[string][]byte {
	t.Helper()
	cameo, err := os.ReadFile(filepath.Join(root, "cameo.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := Generate(filepath.Join(root, "testdata/sources"), cameo)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestRegenerate: the committed dictionaries are byte for byte what the
// converter makes of the committed sources (run `go generate ./loader/extract`).
func TestRegenerate(t *testing.T) {
	for name, want := range generate(t) {
		t.Run(name, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(root, name))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from what the converter makes (%d bytes, want %d): run go generate ./loader/extract", name, len(got), len(want))
			}
		})
	}
}

// TestDeterministic: two runs give the same bytes.
func TestDeterministic(t *testing.T) {
	a, b := generate(t), generate(t)
	for n := range a {
		if !bytes.Equal(a[n], b[n]) {
			t.Errorf("%s: two runs differ", n)
		}
	}
}

func TestContent(t *testing.T) {
	files := generate(t)
	tests := []struct {
		file, line string
		want       bool
	}{
		{PloverOut, "192\tCOERCE\tseize\tmilitary\t", true},
		{PloverOut, "084\tRETREAT\t", true},
		{PloverOut, "163\tCOERCE\trestrict\t", true},
		{TriggersOut, "0356\tv:agree ~to ~ceasefire\t", true},  // synset expanded
		{TriggersOut, "\tv:deal/dealt with", false},            // words with a blank may be apart
		{TriggersOut, "---\tv:deal/dealt ~with ~it\t\n", true}, // a blocking pattern, irregular past
		{TriggersOut, "\tv:say\t", false},                      // statements left out
		{TriggersOut, "v:host ~by", false},                     // passive agents are the rules' job
		{AgentsOut, "\ntroops\tMIL\n", true},
		{AgentsOut, "\nrebels\tREB\n", true},
		{AgentsOut, "\npolicemen\tCOP\n", true}, // !PERSON! substituted
	}
	for _, tc := range tests {
		t.Run(tc.file+"/"+strings.TrimSpace(tc.line), func(t *testing.T) {
			if got := bytes.Contains(files[tc.file], []byte(tc.line)); got != tc.want {
				t.Errorf("%s contains %q: %v, want %v", tc.file, tc.line, got, tc.want)
			}
		})
	}
}

func TestBadPlover(t *testing.T) {
	if _, _, err := convertPlover([]byte("190: , mode, ctx # x\n")); err == nil || !strings.Contains(err.Error(), ":1:") {
		t.Errorf("want an error naming line 1, got %v", err)
	}
}
