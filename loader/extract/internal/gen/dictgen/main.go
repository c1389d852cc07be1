// Command dictgen regenerates the extractor's dictionaries converted from
// outside sources (see package gen). Run from loader/extract by
// `go generate`; it reads the committed copies of the sources under
// testdata/sources and writes the generated files in place.
package main

import (
	"flag"
	"log/slog"
	"os"
	"path/filepath"
	"sort"

	"github.com/geokg/kg/loader/extract/internal/gen"
)

func main() {
	src := flag.String("src", "testdata/sources", "directory holding petrarch2/ and cameo-plover/")
	dst := flag.String("out", ".", "the loader/extract directory")
	flag.Parse()
	cameo, err := os.ReadFile(filepath.Join(*dst, "cameo.tsv"))
	if err != nil {
		slog.Error("dictgen", "err", err)
		os.Exit(1)
	}
	files, err := gen.Generate(*src, cameo)
	if err != nil {
		slog.Error("dictgen", "err", err)
		os.Exit(1)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(*dst, n), files[n], 0o644); err != nil {
			slog.Error("dictgen", "file", n, "err", err)
			os.Exit(1)
		}
		slog.Info("dictgen: wrote", "file", n, "bytes", len(files[n]))
	}
}
