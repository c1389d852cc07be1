package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"testing"
)

// TestPGOProfile checks default.pgo, the profile Go's profile-guided
// optimization reads when it builds this main package (written by
// scripts/pgo): a gzip-compressed pprof CPU profile of the extractor at
// work, not an empty or foreign file that would build a binary optimized
// for nothing.
func TestPGOProfile(t *testing.T) {
	b, err := os.ReadFile("default.pgo")
	if err != nil {
		t.Fatalf("cmd/kg/default.pgo: %v (run scripts/pgo)", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("default.pgo is not a gzip-compressed pprof profile: %v", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("default.pgo: %v", err)
	}
	for _, fn := range []string{"loader/extract.(*Extractor).Article", "loader/extract/gazetteer.(*trie).walk"} {
		if !bytes.Contains(raw, []byte(fn)) {
			t.Errorf("default.pgo has no samples in %s: not a profile of the extractor (run scripts/pgo)", fn)
		}
	}
}
