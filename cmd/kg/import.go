package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

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
