package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/gdelt"
)

// runImport is `kg import gdelt FILE|DIR|URL-list ...`: event databases
// whose rows are already coded, imported in batches (loader/gdelt).
func runImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "gdelt" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintln(stderr, "usage: kg import gdelt [flags] FILE|DIR|URL-LIST ...")
			return flag.ErrHelp
		}
		return usageError{"say what to import: kg import gdelt FILE|DIR|URL-LIST ..."}
	}
	var c Config
	fs := flag.NewFlagSet("import gdelt", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kg import gdelt [flags] FILE|DIR|URL-LIST ...\n\n"+
			"Imports GDELT 2.0 event exports (*.export.CSV, plain or .zip, 61 columns), GDELT 1.0\n"+
			"daily event files (58 columns) and GDELT 2.0 mentions files (*.mentions.CSV). A directory\n"+
			"is searched for *.CSV and *.zip; a *.txt or *.list file lists URLs or paths, one a line\n"+
			"(GDELT's masterfilelist lines work too). GLOBALEVENTID is the identity: importing a file\n"+
			"again changes nothing. Bad rows are reported with file, line and column and skipped;\n"+
			"exit status 1 when there were any.\n\nFlags:")
		fs.PrintDefaults()
	}
	c.neo4jFlags(fs)
	c.gazetteerFlag(fs)
	batch := fs.Int("batch", 5000, "events per transaction")
	noMigrate := fs.Bool("no-migrate", false, "do not create constraints and indexes first")
	adminCSV := fs.String("admin-csv", "", "do not write to Neo4j: write the graph as CSV files for `neo4j-admin database import full` into this `directory` (an EMPTY database's bulk path) and print the command")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"no input: name GDELT files, directories or URL lists"}
	}
	inputs, err := gdelt.Inputs(fs.Args())
	if err != nil {
		return err
	}
	log := newLogger(stderr, c.Verbose)
	gaz, err := gazetteer.Load(ctx, c.Gazetteers...)
	if err != nil {
		return err
	}
	if *adminCSV != "" {
		return adminImportFiles(ctx, *adminCSV, inputs, gaz, *batch, log, stdout)
	}
	st, err := openStore(ctx, c)
	if err != nil {
		return err
	}
	defer st.Close(context.Background())
	if !*noMigrate {
		if err := st.Migrate(ctx); err != nil {
			return err
		}
	}
	opt := gdelt.Options{Batch: *batch, Gazetteer: gaz, Log: log}
	bar := importProgress(stderr, inputs)
	if bar != nil {
		opt.Progress = func(n int64) { bar.Add64(n) }
	}
	im, err := gdelt.New(ctx, st, opt)
	if err != nil {
		return err
	}
	sum, err := im.Import(ctx, inputs)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	fmt.Fprint(stdout, sum.String())
	if err != nil {
		return err
	}
	if sum.BadRows > 0 {
		return fmt.Errorf("%d bad row(s) skipped; the others were imported", sum.BadRows)
	}
	return nil
}

// adminImportFiles maps the rows as an import would and writes them as the
// CSV files of neo4j-admin database import, then prints the command.
func adminImportFiles(ctx context.Context, dir string, inputs []string, gaz *gazetteer.Gazetteer, batch int, log *slog.Logger, stdout io.Writer) error {
	var col gdelt.Collector
	im, err := gdelt.New(ctx, &col, gdelt.Options{Batch: batch, Gazetteer: gaz, Log: log})
	if err != nil {
		return err
	}
	sum, err := im.Import(ctx, inputs)
	if err != nil {
		return err
	}
	ai, err := graph.WriteAdminCSV(dir, col.ImportBatch)
	if err != nil {
		return err
	}
	fmt.Fprint(stdout, sum.String())
	fmt.Fprintf(stdout, "wrote %d nodes and %d relationships into %s, and the arguments into %s.\n"+
		"With the database stopped and EMPTY (the import replaces it), either\n"+
		"  neo4j-admin database import full %s neo4j\n"+
		"or, for an instance of scripts/neo4j,\n"+
		"  scripts/neo4j admin-import NAME %s\n"+
		"then start Neo4j and run: kg migrate\n", ai.Nodes, ai.Rels, dir, ai.ArgsFile, shellArgs(ai.Args), shellArgs([]string{dir}))
	if sum.BadRows > 0 {
		return fmt.Errorf("%d bad row(s) skipped; the others were written", sum.BadRows)
	}
	return nil
}

// shellArgs joins arguments for a shell, quoting those a shell would split.
func shellArgs(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		if strings.ContainsAny(a, ";|&$<>()' \t\"") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		out[i] = a
	}
	return strings.Join(out, " ")
}

// importProgress is a byte-count progress bar on a terminal (of unknown
// total when URLs are read).
func importProgress(stderr io.Writer, inputs []string) *progressbar.ProgressBar {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	var total int64
	for _, p := range inputs {
		st, err := os.Stat(p)
		if err != nil {
			total = -1
			break
		}
		total += st.Size()
	}
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("importing"),
		progressbar.OptionShowBytes(true), progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true))
}
