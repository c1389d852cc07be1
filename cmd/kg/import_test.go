package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/geokg/kg/graph"
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

// adminInstance is the Neo4j instance the admin import test imports into
// (scripts/neo4j admin-import), apart from the one the other tests share.
const adminInstance = "kgtest-adminimport"

func neo4jScript(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command("../../scripts/neo4j", args...)
	cmd.Env = append(os.Environ(), "NEO4J_HEAP=768m", "NEO4J_PAGECACHE=128m")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("scripts/neo4j %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return strings.TrimSpace(string(out))
}

// The bulk path for an empty database, end to end: kg import gdelt
// --admin-csv writes the files and the arguments file, scripts/neo4j
// admin-import runs neo4j-admin database import full into a stopped, fresh
// instance, which then starts, and kg migrate adds the schema. The graph is
// the one the online import of the same files leaves: every node,
// relationship and property (write times aside).
func TestAdminImportBuildsTheOnlineGraph(t *testing.T) {
	ctx := context.Background()
	st := graphtest.Store(t)
	c := graphtest.Config(t)
	if code, stdout, stderr := runKG(t, "import", "gdelt", "--neo4j-uri", c.URI, "../../testdata/gdelt"); code != 0 {
		t.Fatalf("online import: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	online, err := st.Fingerprint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "admin")
	code, stdout, stderr := runKG(t, "import", "gdelt", "--admin-csv", dir, "../../testdata/gdelt")
	if code != 0 || !strings.Contains(stdout, "scripts/neo4j admin-import NAME "+dir) {
		t.Fatalf("admin-csv: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	neo4jScript(t, "wipe", adminInstance)
	t.Cleanup(func() { neo4jScript(t, "wipe", adminInstance) })
	neo4jScript(t, "admin-import", adminInstance, dir)
	uri := neo4jScript(t, "start", adminInstance)
	if code, stdout, stderr := runKG(t, "migrate", "--neo4j-uri", uri); code != 0 {
		t.Fatalf("migrate: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	bulk, err := graph.Open(ctx, graph.Config{URI: uri})
	if err != nil {
		t.Fatal(err)
	}
	defer bulk.Close(ctx)
	got, err := bulk.Fingerprint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Counts.Nodes["Event"] < 3000 || got.Counts.Relationships["REPORTED_IN"] < got.Counts.Nodes["Event"] {
		t.Errorf("admin import counts: %v", got.Counts)
	}
	if got.Hash != online.Hash {
		t.Errorf("the admin import's graph differs from the online import's:\n%s\nadmin %v\nonline %v",
			fingerprintDiff(got.Rows, online.Rows, 10), got.Counts, online.Counts)
	}
	// The imported database takes online writes afterwards: a re-import of
	// the same file changes nothing.
	if code, stdout, stderr := runKG(t, "import", "gdelt", "--neo4j-uri", uri, "--no-migrate", "../../testdata/gdelt"); code != 0 {
		t.Fatalf("re-import: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	if again, err := bulk.Fingerprint(ctx); err != nil || again.Hash != got.Hash {
		t.Errorf("a re-import into the admin-imported graph changed it (%v):\n%s", err, fingerprintDiff(again.Rows, got.Rows, 10))
	}
}

// fingerprintDiff lists up to n rows in one fingerprint and not the other.
func fingerprintDiff(a, b []string, n int) string {
	in := func(rows []string) map[string]bool {
		m := make(map[string]bool, len(rows))
		for _, r := range rows {
			m[r] = true
		}
		return m
	}
	ia, ib := in(a), in(b)
	var out []string
	for _, r := range a {
		if !ib[r] && len(out) < n {
			out = append(out, "- "+r)
		}
	}
	for _, r := range b {
		if !ia[r] && len(out) < 2*n {
			out = append(out, "+ "+r)
		}
	}
	return strings.Join(out, "\n")
}
