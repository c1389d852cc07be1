package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geokg/kg/graph/graphtest"
)

func TestImportUsage(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		code    int
		wantErr string
	}{
		{"nothing to import", []string{"import"}, 2, "kg import gdelt"},
		{"an unknown source", []string{"import", "acled", "x.csv"}, 2, "kg import gdelt"},
		{"no input", []string{"import", "gdelt"}, 2, "no input"},
		{"a missing file", []string{"import", "gdelt", "--neo4j-uri", "bolt://127.0.0.1:1", "nope.export.CSV"}, 1, "nope.export.CSV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runKG(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("kg %q: exit %d, stderr %q; want exit %d and %q", tt.args, code, stderr, tt.code, tt.wantErr)
			}
		})
	}
}

// kg import gdelt imports the sample, says so, and exits 1 naming the bad
// row of a file with one.
func TestImportGdeltCommand(t *testing.T) {
	graphtest.Store(t) // empties the test database
	c := graphtest.Config(t)
	code, stdout, stderr := runKG(t, "import", "gdelt", "--neo4j-uri", c.URI, "../../testdata/gdelt")
	if code != 0 || !strings.Contains(stdout, "rows 3740") || !strings.Contains(stdout, "0 bad rows") {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	bad := filepath.Join(t.TempDir(), "bad.export.CSV")
	if err := os.WriteFile(bad, []byte("1\t2\t3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runKG(t, "import", "gdelt", "--neo4j-uri", c.URI, "--no-migrate", bad)
	if code != 1 || !strings.Contains(stdout, bad+":1: want 61 columns") || !strings.Contains(stderr, "1 bad row(s)") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	dir := t.TempDir()
	code, stdout, stderr = runKG(t, "import", "gdelt", "--admin-csv", dir, "../../testdata/gdelt/20191024143000.export.CSV")
	if code != 0 || !strings.Contains(stdout, "neo4j-admin database import full --nodes="+filepath.Join(dir, "actors.csv")) {
		t.Errorf("admin-csv: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
}
