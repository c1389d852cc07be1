// Package gdelt imports the GDELT Project's event files into the graph:
// GDELT 2.0 event exports (*.export.CSV, 61 tab-separated columns, plain or
// zipped), GDELT 1.0 daily event files (58 columns) and GDELT 2.0 mentions
// files (*.mentions.CSV, one row per article that mentions an event). It
// maps GDELT's CAMEO actor codes onto the extractor's actors (states by ISO
// alpha-3 with a sector, known groups such as the UN, CAMEO regions as
// region actors, a bare role such as "GOV" as the state GDELT geocoded it
// to, at a lower confidence: see tables.resolve), counts the rows it skips
// by reason, reports bad rows with file, line and column, and writes events
// in batches through
// graph.Store.ImportEvents, keyed by GLOBALEVENTID so that importing a file
// again changes nothing.
//
// It must not contain Cypher; it reads files and URLs and maps rows onto the
// graph package's import types.
package gdelt

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/loader/extract/gazetteer"
)

// Writer stores a batch of imported events in one transaction.
// *graph.Store implements it.
type Writer interface {
	ImportEvents(ctx context.Context, b graph.ImportBatch) (graph.ImportResult, error)
}

// Options configure an Importer.
type Options struct {
	// Batch is the number of events per transaction (default 5,000).
	Batch int
	// Gazetteer maps country and group codes to actors; nil loads the
	// embedded one.
	Gazetteer *gazetteer.Gazetteer
	// Progress, when set, is told how many bytes of input have been read.
	Progress func(read int64)
	// HTTP fetches URLs of a URL list; nil is http.DefaultClient.
	HTTP *http.Client
	Log  *slog.Logger
}

// Importer imports GDELT files.
type Importer struct {
	w     Writer
	opt   Options
	t     *tables
	known map[string]bool // actor IDs already sent in this run
}

// New returns an Importer writing to w.
func New(ctx context.Context, w Writer, opt Options) (*Importer, error) {
	if opt.Batch <= 0 {
		opt.Batch = 5000
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.HTTP == nil {
		opt.HTTP = http.DefaultClient
	}
	if opt.Gazetteer == nil {
		g, err := gazetteer.Load(ctx)
		if err != nil {
			return nil, err
		}
		opt.Gazetteer = g
	}
	t, err := newTables(opt.Gazetteer)
	if err != nil {
		return nil, err
	}
	return &Importer{w: w, opt: opt, t: t, known: map[string]bool{}}, nil
}

// BadRow is a row that was not imported because a value is wrong.
type BadRow struct {
	File   string
	Line   int
	Column int    // 1-based; 0 when the row as a whole is wrong
	Name   string // the column's name
	Err    string
}

func (b BadRow) String() string {
	if b.Column == 0 {
		return fmt.Sprintf("%s:%d: %s", b.File, b.Line, b.Err)
	}
	return fmt.Sprintf("%s:%d: column %d (%s): %s", b.File, b.Line, b.Column, b.Name, b.Err)
}

// MaxBadRowsListed bounds the bad rows a Summary keeps (all are counted).
const MaxBadRowsListed = 100

// Summary is what an import did.
type Summary struct {
	Files           int
	Rows            int // data rows read, events and mentions
	Events          int // event rows written
	EventsCreated   int // new Event nodes
	ArticlesCreated int
	Mentions        int // mention rows written
	// Unattributed counts event rows skipped because their Actor1 names
	// nobody the graph can hold (no actor; a religion with no country; a
	// bare role GDELT did not geocode to a state): Skipped by reason.
	Unattributed int
	Skipped      map[string]int // reason (gdelt.Skip…) → rows
	// Geocoded counts events written whose Actor1 state is GDELT's
	// geocoding of a bare role (confidence GeoConfidence).
	Geocoded int
	// SameActor counts events written without a target because Actor2 was
	// Actor1's own actor with no two different sectors (dropSelfTarget).
	SameActor int
	BadRows   int
	Bad       []BadRow // the first MaxBadRowsListed
	Elapsed   time.Duration
}

func (s *Summary) skip(reason string) {
	s.Unattributed++
	if s.Skipped == nil {
		s.Skipped = map[string]int{}
	}
	s.Skipped[reason]++
}

func (s *Summary) bad(b BadRow) {
	s.BadRows++
	if len(s.Bad) < MaxBadRowsListed {
		s.Bad = append(s.Bad, b)
	}
}

// String is the human summary printed at the end of an import.
func (s Summary) String() string {
	var b strings.Builder
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Events) / s.Elapsed.Seconds()
	}
	fmt.Fprintf(&b, "files %d; rows %d; events %d written (%d new), articles %d new, mentions %d; "+
		"%d of them with Actor1's state from GDELT's geocoding, %d without a target (Actor2 was Actor1's actor, no second sector); "+
		"%d rows skipped without an identifiable Actor1; %d bad rows skipped; %.1fs (%.0f events/s)\n",
		s.Files, s.Rows, s.Events, s.EventsCreated, s.ArticlesCreated, s.Mentions, s.Geocoded, s.SameActor, s.Unattributed, s.BadRows,
		s.Elapsed.Seconds(), rate)
	reasons := make([]string, 0, len(s.Skipped))
	for r := range s.Skipped {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool {
		if s.Skipped[reasons[i]] != s.Skipped[reasons[j]] {
			return s.Skipped[reasons[i]] > s.Skipped[reasons[j]]
		}
		return reasons[i] < reasons[j]
	})
	for _, r := range reasons {
		fmt.Fprintf(&b, "skipped: %d rows: %s\n", s.Skipped[r], r)
	}
	for _, r := range s.Bad {
		fmt.Fprintf(&b, "bad row: %s\n", r)
	}
	if s.BadRows > len(s.Bad) {
		fmt.Fprintf(&b, "... and %d more bad rows\n", s.BadRows-len(s.Bad))
	}
	return b.String()
}

// Inputs expands the command line: a directory is walked for *.CSV and
// *.zip files (case-insensitive), in name order; a file named *.txt or
// *.list is a URL list, one URL or path per line (GDELT's masterfilelist
// format, "size hash url", works too: the last field is taken; blank lines
// and # comments are skipped). Event files come before mentions files, so
// that mentions find their events.
func Inputs(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if isURL(a) {
			out = append(out, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("gdelt: %w", err)
		}
		switch {
		case st.IsDir():
			var found []string
			err := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() && dataFile(p) {
					found = append(found, p)
				}
				return nil
			})
			if err != nil {
				return nil, fmt.Errorf("gdelt: walk %s: %w", a, err)
			}
			sort.Strings(found)
			out = append(out, found...)
		case isList(a):
			list, err := readList(a)
			if err != nil {
				return nil, err
			}
			out = append(out, list...)
		default:
			out = append(out, a)
		}
	}
	// Events first, then mentions; otherwise the order given.
	sort.SliceStable(out, func(i, j int) bool { return !isMentions(out[i]) && isMentions(out[j]) })
	// A zip and its unzipped copy side by side are the same file: keep one.
	seen := map[string]bool{}
	var dedup []string
	for _, p := range out {
		k := strings.TrimSuffix(strings.ToLower(p), ".zip")
		if seen[k] {
			continue
		}
		seen[k] = true
		dedup = append(dedup, p)
	}
	return dedup, nil
}

func isURL(s string) bool { return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") }

func isList(p string) bool {
	e := strings.ToLower(filepath.Ext(p))
	return e == ".txt" || e == ".list"
}

func dataFile(p string) bool {
	l := strings.ToLower(p)
	return strings.HasSuffix(l, ".csv") || strings.HasSuffix(l, ".zip")
}

func isMentions(p string) bool { return strings.Contains(strings.ToLower(p), ".mentions.") }

func readList(p string) ([]string, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("gdelt: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		item := fields[len(fields)-1]
		if !isURL(item) && !filepath.IsAbs(item) {
			item = filepath.Join(filepath.Dir(p), item)
		}
		if !isURL(item) {
			if _, err := os.Stat(item); err != nil {
				return nil, fmt.Errorf("gdelt: %s:%d: %w", p, n, err)
			}
		}
		out = append(out, item)
	}
	return out, sc.Err()
}

// Import imports every input (see Inputs). It returns an error only when it
// cannot go on (the context is cancelled, a write fails, an input cannot be
// read); bad rows are counted and listed in the summary.
func (im *Importer) Import(ctx context.Context, inputs []string) (Summary, error) {
	var sum Summary
	t0 := time.Now()
	defer func() { sum.Elapsed = time.Since(t0) }()
	// One goroutine writes while this one reads and maps the next batch:
	// Neo4j and the parsing overlap instead of taking turns.
	b := &batcher{im: im, sum: &sum, work: make(chan graph.ImportBatch, 1), done: make(chan error, 1)}
	go b.write(ctx)
	var err error
	for _, in := range inputs {
		if err = im.importOne(ctx, in, b, &sum); err != nil {
			break
		}
	}
	if err == nil {
		err = b.flush(ctx)
	}
	close(b.work)
	if werr := <-b.done; err == nil {
		err = werr
	}
	sum.Elapsed = time.Since(t0)
	return sum, err
}

func (im *Importer) importOne(ctx context.Context, in string, b *batcher, sum *Summary) error {
	sum.Files++
	var data io.Reader
	name := in
	if isURL(in) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, in, nil)
		if err != nil {
			return fmt.Errorf("gdelt: %s: %w", in, err)
		}
		resp, err := im.opt.HTTP.Do(req)
		if err != nil {
			return fmt.Errorf("gdelt: %s: %w", in, err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("gdelt: %s: HTTP %s", in, resp.Status)
		}
		data = resp.Body
		if u, err := url.Parse(in); err == nil {
			name = filepath.Base(u.Path)
		}
	} else {
		f, err := os.Open(in)
		if err != nil {
			return fmt.Errorf("gdelt: %w", err)
		}
		defer f.Close()
		data = f
	}
	if im.opt.Progress != nil {
		data = &countingReader{r: data, report: im.opt.Progress}
	}
	if strings.HasSuffix(strings.ToLower(name), ".zip") {
		// A zip needs random access: GDELT's are a few MB at most.
		raw, err := io.ReadAll(data)
		if err != nil {
			return fmt.Errorf("gdelt: %s: %w", in, err)
		}
		zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
		if err != nil {
			return fmt.Errorf("gdelt: %s: %w", in, err)
		}
		for _, zf := range zr.File {
			if zf.FileInfo().IsDir() {
				continue
			}
			r, err := zf.Open()
			if err != nil {
				return fmt.Errorf("gdelt: %s: %s: %w", in, zf.Name, err)
			}
			err = im.rows(ctx, in+":"+zf.Name, isMentions(zf.Name), r, b, sum)
			r.Close()
			if err != nil {
				return err
			}
		}
		return nil
	}
	return im.rows(ctx, in, isMentions(name), data, b, sum)
}

func (im *Importer) rows(ctx context.Context, file string, mentions bool, r io.Reader, b *batcher, sum *Summary) error {
	br := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		text, err := br.ReadString('\n')
		if len(text) > 0 {
			text = strings.TrimRight(text, "\r\n")
			if text != "" {
				sum.Rows++
				if mentions {
					if m, bad := parseMention(file, line, text); bad != nil {
						sum.bad(*bad)
					} else if err := b.addMention(ctx, m); err != nil {
						return err
					}
				} else {
					ev, src, tgt, skip, bad := im.parseEvent(file, line, text)
					switch {
					case bad != nil:
						sum.bad(*bad)
					case skip != "":
						sum.skip(skip)
					default:
						if dropSelfTarget(&ev) {
							tgt = nil
							sum.SameActor++
						}
						if err := b.addEvent(ctx, ev, src, tgt); err != nil {
							return err
						}
					}
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("gdelt: %s:%d: %w", file, line, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
}

// batcher collects rows into ImportBatches of Options.Batch events and
// hands them to its writer goroutine (write), one batch ahead at most.
type batcher struct {
	im       *Importer
	sum      *Summary
	actors   []graph.Actor
	events   []graph.ImportedEvent
	mentions []graph.ImportedMention
	work     chan graph.ImportBatch
	done     chan error // the writer's result, once work is closed
	mu       sync.Mutex
	failed   error // the first write error: every later flush returns it
}

func (b *batcher) addEvent(ctx context.Context, ev graph.ImportedEvent, actors ...*graph.Actor) error {
	for _, a := range actors {
		if a != nil && !b.im.known[a.ID] {
			b.im.known[a.ID] = true
			b.actors = append(b.actors, *a)
		}
	}
	b.events = append(b.events, ev)
	if len(b.events)+len(b.mentions) >= b.im.opt.Batch {
		return b.flush(ctx)
	}
	return nil
}

func (b *batcher) addMention(ctx context.Context, m graph.ImportedMention) error {
	b.mentions = append(b.mentions, m)
	if len(b.events)+len(b.mentions) >= b.im.opt.Batch {
		return b.flush(ctx)
	}
	return nil
}

func (b *batcher) flush(ctx context.Context) error {
	b.mu.Lock()
	err := b.failed
	b.mu.Unlock()
	if err != nil {
		return err
	}
	if len(b.events) == 0 && len(b.mentions) == 0 && len(b.actors) == 0 {
		return nil
	}
	batch := graph.ImportBatch{Actors: b.actors, Events: b.events, Mentions: b.mentions}
	b.actors, b.events, b.mentions = nil, nil, nil
	select {
	case b.work <- batch:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// write writes the batches in order, each in its own transaction, until
// work is closed; after a failure it only drains.
func (b *batcher) write(ctx context.Context) {
	var first error
	for batch := range b.work {
		if first != nil {
			continue
		}
		res, err := b.im.w.ImportEvents(ctx, batch)
		if err != nil {
			first = fmt.Errorf("gdelt: %w", err)
			b.mu.Lock()
			b.failed = first
			b.mu.Unlock()
			continue
		}
		b.mu.Lock()
		b.sum.Events += len(batch.Events)
		for _, e := range batch.Events {
			if e.Confidence == GeoConfidence {
				b.sum.Geocoded++
			}
		}
		b.sum.Mentions += len(batch.Mentions)
		b.sum.EventsCreated += res.EventsCreated
		b.sum.ArticlesCreated += res.ArticlesCreated
		b.mu.Unlock()
		b.im.opt.Log.Debug("gdelt batch", "events", len(batch.Events), "mentions", len(batch.Mentions), "steps", res.Steps)
	}
	b.done <- first
}

type countingReader struct {
	r      io.Reader
	report func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 {
		c.report(int64(n))
	}
	return n, err
}

// ---- rows ----

// Column layouts: GDELT 2.0 exports have 61 columns, GDELT 1.0 daily files
// 58 (no *_ADM2Code columns; DATEADDED is YYYYMMDD).
type layout struct {
	cols                                             int
	a1Geo, a2Geo                                     int // Actor1Geo_CountryCode, Actor2Geo_CountryCode
	geoName, geoCountry, geoLat, geoLong, added, url int // 0-based
	addedFormat                                      string
}

var (
	layoutV2 = layout{cols: 61, a1Geo: 37, a2Geo: 45, geoName: 52, geoCountry: 53, geoLat: 56, geoLong: 57, added: 59, url: 60, addedFormat: "20060102150405"}
	layoutV1 = layout{cols: 58, a1Geo: 37, a2Geo: 44, geoName: 50, geoCountry: 51, geoLat: 53, geoLong: 54, added: 56, url: 57, addedFormat: "20060102"}
)

// columnNames are the GDELT 2.0 names by 0-based index, for messages.
var columnNames = func() []string {
	actor := []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"}
	geo := []string{"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"}
	n := []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, c := range actor {
			n = append(n, a+c)
		}
	}
	n = append(n, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
		"NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo_", "Actor2Geo_", "ActionGeo_"} {
		for _, c := range geo {
			n = append(n, g+c)
		}
	}
	return append(n, "DATEADDED", "SOURCEURL")
}()

func colName(l layout, i int) string {
	if l.cols == 61 || i < 35 {
		return columnNames[i]
	}
	// Version 1: map back past the missing ADM2 columns.
	switch {
	case i < 42: // Actor1Geo: Type FullName CountryCode ADM1 Lat Long FeatureID
		return columnNames[35+v1geo(i-35)]
	case i < 49:
		return columnNames[43+v1geo(i-42)]
	case i < 56:
		return columnNames[51+v1geo(i-49)]
	}
	return columnNames[i+3]
}

func v1geo(k int) int {
	if k >= 4 {
		return k + 1
	}
	return k
}

// parseEvent reads an event row: the event and its actors, or bad (the row
// is wrong), or skip (the reason its Actor1 names nobody the graph knows).
func (im *Importer) parseEvent(file string, line int, text string) (ev graph.ImportedEvent, src, tgt *graph.Actor, skip string, bad *BadRow) {
	f := strings.Split(text, "\t")
	var l layout
	switch len(f) {
	case 61:
		l = layoutV2
	case 58:
		l = layoutV1
	default:
		return ev, nil, nil, "", &BadRow{File: file, Line: line, Err: fmt.Sprintf("want 61 columns (GDELT 2.0) or 58 (GDELT 1.0), have %d", len(f))}
	}
	badCol := func(i int, format string, a ...any) *BadRow {
		return &BadRow{File: file, Line: line, Column: i + 1, Name: colName(l, i), Err: fmt.Sprintf(format, a...)}
	}
	id, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil || id <= 0 {
		return ev, nil, nil, "", badCol(0, "%q is not an event ID", f[0])
	}
	day, err := time.Parse("20060102", f[1])
	if err != nil {
		return ev, nil, nil, "", badCol(1, "%q is not a date YYYYMMDD", f[1])
	}
	code, root := f[26], f[28]
	if len(code) < 2 || len(code) > 4 || !digits(code) {
		return ev, nil, nil, "", badCol(26, "%q is not a CAMEO event code", code)
	}
	if root == "" {
		root = code[:2]
	}
	if len(root) != 2 || root < "01" || root > "20" || !strings.HasPrefix(code, root) {
		return ev, nil, nil, "", badCol(28, "%q is not the CAMEO root code of %s", root, code)
	}
	quad, err := strconv.Atoi(f[29])
	if err != nil || quad < 1 || quad > 4 {
		return ev, nil, nil, "", badCol(29, "%q is not a quad class 1–4", f[29])
	}
	gold, err := strconv.ParseFloat(f[30], 64)
	if err != nil || gold < -10 || gold > 10 {
		return ev, nil, nil, "", badCol(30, "%q is not a Goldstein score −10..10", f[30])
	}
	var counts [3]int
	for k := range counts {
		n, err := strconv.Atoi(f[31+k])
		if err != nil || n < 0 {
			return ev, nil, nil, "", badCol(31+k, "%q is not a count", f[31+k])
		}
		counts[k] = n
	}
	tone, err := strconv.ParseFloat(f[34], 64)
	if err != nil {
		return ev, nil, nil, "", badCol(34, "%q is not a tone", f[34])
	}
	lat, err := parseFloatPtr(f[l.geoLat])
	if err != nil || (lat != nil && (*lat < -90 || *lat > 90)) {
		return ev, nil, nil, "", badCol(l.geoLat, "%q is not a latitude", f[l.geoLat])
	}
	long, err := parseFloatPtr(f[l.geoLong])
	if err != nil || (long != nil && (*long < -180 || *long > 180)) {
		return ev, nil, nil, "", badCol(l.geoLong, "%q is not a longitude", f[l.geoLong])
	}
	var added *time.Time
	if s := f[l.added]; s != "" {
		t, err := time.Parse(l.addedFormat, s)
		if err != nil {
			return ev, nil, nil, "", badCol(l.added, "%q is not a date %s", s, l.addedFormat)
		}
		added = &t
	}
	link := strings.TrimSpace(f[l.url])
	u, err := url.Parse(link)
	if link == "" || err != nil || u.Host == "" {
		return ev, nil, nil, "", badCol(l.url, "%q is not an article URL", link)
	}
	typ, plover := im.t.label(code)
	ev = graph.ImportedEvent{
		ID: "gdelt:" + f[0], GdeltID: id, Type: typ, Cameo: code, Root: root, QuadClass: quad, Goldstein: gold,
		Plover: plover, Date: day.Format("2006-01-02"), Day: &day, AvgTone: tone,
		NumMentions: counts[0], NumSources: counts[1], NumArticles: counts[2],
		GeoName: f[l.geoName], GeoCountry: f[l.geoCountry], GeoLat: lat, GeoLong: long, Added: added,
		URL: link, Outlet: strings.TrimPrefix(u.Hostname(), "www."),
	}
	a1 := actorCols{code: f[5], name: f[6], country: f[7], group: f[8], ethnic: f[9], religion: f[10], type1: f[12], geoCountry: f[l.a1Geo]}
	a2 := actorCols{code: f[15], name: f[16], country: f[17], group: f[18], ethnic: f[19], religion: f[20], type1: f[22], geoCountry: f[l.a2Geo]}
	s := im.t.resolve(a1)
	if s.skip != "" {
		return ev, nil, nil, s.skip, nil
	}
	ev.Source, ev.SourceSector = s.actor.ID, s.sector
	src = &s.actor
	// Actor2's geocoding is not used: a bare role as target is most often
	// the source's own society ("Russia arrested protesters"), and taking
	// the state it was geocoded to would make domestic events self-loops.
	if t := im.t.resolve(a2); t.skip == "" && !t.geo {
		ev.Target, ev.TargetSector = t.actor.ID, t.sector
		tgt = &t.actor
	} else if isAgentCode(a2.type1) {
		// "Russia arrested protesters": no one in particular, but the sector.
		ev.TargetSector = a2.type1
	}
	if s.geo {
		ev.Confidence = GeoConfidence
	}
	return ev, src, tgt, "", nil
}

// dropSelfTarget removes the target of an event whose Actor2 is Actor1's
// own actor with no second part of it named (USAGOV → USA, USA → USA,
// DEUGOV → DEUGOV) and reports whether it did. As in the facts contract, an
// act inside one actor is an event between two different sectors of it
// (USAGOV → USAJUD keeps both sides), never a self-loop. A sector Actor2
// names apart from Actor1's stays, as for a bare role ("Russia arrested
// protesters").
func dropSelfTarget(ev *graph.ImportedEvent) bool {
	if ev.Target == "" || ev.Target != ev.Source {
		return false
	}
	if ev.SourceSector != "" && ev.TargetSector != "" && ev.SourceSector != ev.TargetSector {
		return false
	}
	ev.Target = ""
	if ev.TargetSector == ev.SourceSector {
		ev.TargetSector = ""
	}
	return true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// parseMention reads a GDELT 2.0 mentions row: GLOBALEVENTID,
// EventTimeDate, MentionTimeDate, MentionType, MentionSourceName,
// MentionIdentifier (the URL for web articles), then offsets and tone.
func parseMention(file string, line int, text string) (graph.ImportedMention, *BadRow) {
	f := strings.Split(text, "\t")
	names := []string{"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier"}
	badCol := func(i int, format string, a ...any) *BadRow {
		return &BadRow{File: file, Line: line, Column: i + 1, Name: names[i], Err: fmt.Sprintf(format, a...)}
	}
	if len(f) < 6 {
		return graph.ImportedMention{}, &BadRow{File: file, Line: line, Err: fmt.Sprintf("want at least 6 columns (GDELT 2.0 mentions), have %d", len(f))}
	}
	if id, err := strconv.ParseInt(f[0], 10, 64); err != nil || id <= 0 {
		return graph.ImportedMention{}, badCol(0, "%q is not an event ID", f[0])
	}
	t, err := time.Parse("20060102150405", f[2])
	if err != nil {
		return graph.ImportedMention{}, badCol(2, "%q is not a time YYYYMMDDHHMMSS", f[2])
	}
	u, err := url.Parse(f[5])
	if err != nil || f[5] == "" {
		return graph.ImportedMention{}, badCol(5, "%q is not a mention identifier", f[5])
	}
	outlet := f[4]
	if outlet == "" {
		outlet = strings.TrimPrefix(u.Hostname(), "www.")
	}
	return graph.ImportedMention{Event: "gdelt:" + f[0], URL: f[5], Outlet: outlet, Published: &t}, nil
}

// Collector is a Writer that keeps what it is given instead of writing it:
// `kg import gdelt --admin-csv` maps the rows with it and writes the files
// of neo4j-admin database import (graph.WriteAdminCSV).
type Collector struct {
	graph.ImportBatch // every batch's, in order
}

// ImportEvents keeps the batch's actors, events and mentions.
func (c *Collector) ImportEvents(_ context.Context, b graph.ImportBatch) (graph.ImportResult, error) {
	c.Actors = append(c.Actors, b.Actors...)
	c.Events = append(c.Events, b.Events...)
	c.Mentions = append(c.Mentions, b.Mentions...)
	return graph.ImportResult{EventsCreated: len(b.Events)}, nil
}
