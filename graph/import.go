package graph

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ImportedEvent is one event of an event database such as GDELT: its
// identity is the database's own ID (GLOBALEVENTID), it is reported by the
// article at URL, and how widely it was reported comes with it.
type ImportedEvent struct {
	ID                         string // "gdelt:<GLOBALEVENTID>"
	GdeltID                    int64
	Type, Cameo, Root          string
	QuadClass                  int
	Goldstein                  float64
	Plover                     string
	Confidence                 float64 // 0 is 1.0: the importer's own lower figure when an actor is inferred
	Source, Target             string  // actor IDs; Target may be empty
	SourceSector, TargetSector string  // CAMEO agent codes, may be empty
	Date                       string  // YYYY-MM-DD
	Day                        *time.Time
	AvgTone                    float64
	NumMentions                int
	NumSources                 int
	NumArticles                int
	GeoName, GeoCountry        string // ActionGeo full name and country code
	GeoLat, GeoLong            *float64
	Added                      *time.Time // DATEADDED
	URL                        string     // SOURCEURL: the reporting article
	Outlet                     string     // the URL's host, the article's source
}

// ImportedMention is one article that mentions an imported event (a row of
// a GDELT 2.0 mentions file).
type ImportedMention struct {
	Event     string // ImportedEvent.ID
	URL       string
	Outlet    string
	Published *time.Time
}

// ImportBatch is what ImportEvents writes in one transaction.
type ImportBatch struct {
	Actors   []Actor // merged first, as articles' actors are
	Events   []ImportedEvent
	Mentions []ImportedMention
}

// ImportResult counts what one ImportEvents changed.
type ImportResult struct {
	EventsCreated, ArticlesCreated int
	NodesCreated                   int
	RelationshipsCreated           int
	PropertiesSet                  int
	Steps                          map[string]time.Duration
}

// importSteps write an ImportBatch. Events are MERGEd by their database ID
// and articles by URL; nothing carries a write time, so importing the same
// rows again changes nothing. Each statement gets only its own parameters.
var importSteps = []struct {
	name, param, cypher string
}{
	{"actors", "actors", writeStep("actors")},
	{"names", "names", `
UNWIND $names AS r
MATCH (n:Actor {id: r.actor}) USING INDEX n:Actor(id)
MERGE (k:Name {key: r.key})
MERGE (k)-[:NAMES]->(n)`},
	{"articles", "articles", `
UNWIND $articles AS a
MERGE (ar:Article {id: a.id})
ON CREATE SET ar.url = a.id, ar.source = a.source, ar.published = a.published, ar.createdAt = datetime()`},
	// Events not in the graph yet (most of them on a fresh import) are
	// CREATEd with their relationships, without MERGE's locks and checks;
	// events already there take the MERGE path. Same graph either way.
	// Their rows are lists in eventColumns order, not maps: Neo4j decodes
	// a map's keys again for every row.
	{"new events", "newEvents", `
UNWIND $newEvents AS e
MATCH (ar:Article {id: e[26]}) USING INDEX ar:Article(id)
MATCH (src:Actor {id: e[9]}) USING INDEX src:Actor(id)
OPTIONAL MATCH (tgt:Actor {id: e[10]}) USING INDEX tgt:Actor(id)
CREATE (ev:Event {id: e[0], gdeltId: e[1], type: e[2], cameo: e[3], root: e[4], quadClass: e[5], goldstein: e[6],
  plover: e[7], source: e[9], target: e[10], sourceSector: e[11], targetSector: e[12], date: e[13], day: e[14],
  status: e[15], confidence: e[16], avgTone: e[17], numMentions: e[18], numSources: e[19], numArticles: e[20],
  geoName: e[21], geoCountry: e[22], geoLat: e[23], geoLong: e[24], dateAdded: e[25], article: e[26]})
CREATE (ev)-[:REPORTED_IN]->(ar), (ev)-[:SOURCE]->(src)
FOREACH (t IN CASE WHEN tgt IS NULL THEN [] ELSE [tgt] END | CREATE (ev)-[:TARGET]->(t))`},
	// An event already stored may have been imported by an earlier
	// version that read its row differently (a target that is now
	// dropped, another actor for a code): the ends that no longer match
	// the row are deleted, so re-importing a file repairs the graph
	// instead of leaving the old ends beside the new.
	{"events", "events", `
UNWIND $events AS e
MERGE (ev:Event {id: e.id})
SET ev += e.props
WITH ev, e
CALL (ev, e) {
  MATCH (ev)-[old:SOURCE|TARGET]->(x:Actor)
  WHERE CASE type(old) WHEN 'SOURCE' THEN x.id <> e.props.source
        ELSE e.props.target IS NULL OR x.id <> e.props.target END
  DELETE old
}
WITH ev, e
MATCH (ar:Article {id: e.props.article}) USING INDEX ar:Article(id)
MERGE (ev)-[:REPORTED_IN]->(ar)
WITH ev, e
MATCH (src:Actor {id: e.props.source}) USING INDEX src:Actor(id)
MERGE (ev)-[:SOURCE]->(src)
WITH ev, e
OPTIONAL MATCH (tgt:Actor {id: e.props.target}) USING INDEX tgt:Actor(id)
FOREACH (t IN CASE WHEN tgt IS NULL THEN [] ELSE [tgt] END | MERGE (ev)-[:TARGET]->(t))`},
	{"mentions", "mentions", `
UNWIND $mentions AS m
MATCH (ev:Event {id: m.event}) USING INDEX ev:Event(id)
MERGE (ar:Article {id: m.url})
ON CREATE SET ar.url = m.url, ar.source = m.source, ar.published = m.published, ar.createdAt = datetime()
MERGE (ev)-[:REPORTED_IN]->(ar)`},
}

// ImportEvents writes a batch of imported events in one transaction.
func (s *Store) ImportEvents(ctx context.Context, b ImportBatch) (ImportResult, error) {
	p := importParams(b)
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (ImportResult, error) {
		r := ImportResult{Steps: map[string]time.Duration{}}
		// Which events are there already (an import of new rows finds
		// none): only those need MERGE.
		t0 := time.Now()
		s.statements.Add(1)
		rec, err := single(ctx, tx, `
UNWIND $ids AS id
MATCH (e:Event {id: id}) USING INDEX e:Event(id)
RETURN collect(id) AS existing`, map[string]any{"ids": p["eventIds"]})
		if err != nil {
			return r, fmt.Errorf("existing events: %w", err)
		}
		r.Steps["existing"] = time.Since(t0)
		v, _ := rec.Get("existing")
		existing := make(map[string]bool, len(v.([]any)))
		for _, id := range v.([]any) {
			existing[id.(string)] = true
		}
		var fresh []any
		var old []map[string]any
		for _, e := range p["events"].([]map[string]any) {
			if existing[e["id"].(string)] {
				old = append(old, e)
			} else {
				fresh = append(fresh, eventRow(e))
			}
		}
		p["newEvents"], p["events"] = fresh, orEmpty(old)
		for _, step := range importSteps {
			rows := p[step.param]
			if n, ok := rows.([]any); ok && len(n) == 0 {
				continue
			}
			if n, ok := rows.([]map[string]any); ok && len(n) == 0 {
				continue
			}
			t0 := time.Now()
			s.statements.Add(1)
			c, err := run(ctx, tx, step.cypher, map[string]any{step.param: rows})
			if err != nil {
				return r, fmt.Errorf("%s: %w", step.name, err)
			}
			r.Steps[step.name] = time.Since(t0)
			switch step.name {
			case "events", "new events":
				r.EventsCreated += c.NodesCreated()
			case "articles":
				r.ArticlesCreated = c.NodesCreated()
			}
			r.NodesCreated += c.NodesCreated()
			r.RelationshipsCreated += c.RelationshipsCreated()
			r.PropertiesSet += c.PropertiesSet()
		}
		return r, nil
	})
	if err != nil {
		return ImportResult{}, classify(ctx, fmt.Sprintf("import of %d events", len(b.Events)), err)
	}
	return res, nil
}

// ImportRows returns the rows ImportEvents sends for the events (without
// actors and mentions): "articles" and "events", each a list of maps. The
// benchmark writes the same rows as CSV for LOAD CSV.
func ImportRows(events []ImportedEvent) (articles, rows []map[string]any) {
	p := importParams(ImportBatch{Events: events})
	return p["articles"].([]map[string]any), p["events"].([]map[string]any)
}

func importParams(b ImportBatch) map[string]any {
	p := map[string]any{}
	if len(b.Actors) > 0 {
		w := writeParams(ArticleFacts{Actors: b.Actors})
		p["actors"], p["names"] = w["actors"], w["names"]
	} else {
		p["actors"], p["names"] = []map[string]any{}, []map[string]any{}
	}
	articles := []map[string]any{}
	seen := map[string]bool{}
	events := make([]map[string]any, 0, len(b.Events))
	// An event twice in one batch: the last row wins, as a second MERGE
	// would have it, and CREATE never sees the same ID twice.
	last := make(map[string]int, len(b.Events))
	for i, e := range b.Events {
		last[e.ID] = i
	}
	ids := make([]string, 0, len(b.Events))
	for i, e := range b.Events {
		if last[e.ID] != i {
			continue
		}
		ids = append(ids, e.ID)
		if !seen[e.URL] {
			seen[e.URL] = true
			articles = append(articles, map[string]any{"id": e.URL, "source": nilIfEmpty(e.Outlet), "published": dateParam(e.Added)})
		}
		var added any
		if e.Added != nil {
			added = neo4j.LocalDateTimeOf(*e.Added)
		}
		events = append(events, map[string]any{"id": e.ID, "props": map[string]any{
			"gdeltId": e.GdeltID, "type": e.Type, "cameo": e.Cameo, "root": e.Root, "quadClass": e.QuadClass,
			"goldstein": e.Goldstein, "plover": nilIfEmpty(e.Plover), "source": e.Source, "target": nilIfEmpty(e.Target),
			"sourceSector": nilIfEmpty(e.SourceSector), "targetSector": nilIfEmpty(e.TargetSector),
			"date": nilIfEmpty(e.Date), "day": dateParam(e.Day), "status": "fact", "confidence": e.confidence(),
			"avgTone": e.AvgTone, "numMentions": e.NumMentions, "numSources": e.NumSources, "numArticles": e.NumArticles,
			"geoName": nilIfEmpty(e.GeoName), "geoCountry": nilIfEmpty(e.GeoCountry), "geoLat": floatOrNil(e.GeoLat),
			"geoLong": floatOrNil(e.GeoLong), "dateAdded": added, "article": e.URL,
		}})
	}
	mentions := make([]map[string]any, 0, len(b.Mentions))
	for _, m := range b.Mentions {
		mentions = append(mentions, map[string]any{"event": m.Event, "url": m.URL, "source": nilIfEmpty(m.Outlet), "published": dateParam(m.Published)})
	}
	p["articles"], p["events"], p["mentions"], p["eventIds"] = articles, events, mentions, ids
	return p
}

// eventColumns is the order of a new event's row (the "new events" step
// reads them by position); a property Neo4j would not store (null) is
// simply absent from the node, as with SET += of the same map.
var eventColumns = []string{"id", "gdeltId", "type", "cameo", "root", "quadClass", "goldstein", "plover", "", "source", "target",
	"sourceSector", "targetSector", "date", "day", "status", "confidence", "avgTone", "numMentions", "numSources",
	"numArticles", "geoName", "geoCountry", "geoLat", "geoLong", "dateAdded", "article"}

func eventRow(e map[string]any) []any {
	props := e["props"].(map[string]any)
	row := make([]any, len(eventColumns))
	row[0] = e["id"]
	for i, k := range eventColumns[1:] {
		if k != "" {
			row[i+1] = props[k]
		}
	}
	return row
}

// confidence is the event's Confidence, 1.0 when unset.
func (e ImportedEvent) confidence() float64 {
	if e.Confidence == 0 {
		return 1.0
	}
	return e.Confidence
}

func floatOrNil(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

// csvColumns are the columns of the event rows WriteEventsCSV writes and
// cypherLoadCSV reads: the rows ImportEvents sends, flattened.
var csvColumns = []string{"id", "gdeltId", "type", "cameo", "root", "quadClass", "goldstein", "plover", "source", "target",
	"sourceSector", "targetSector", "date", "avgTone", "numMentions", "numSources", "numArticles",
	"geoName", "geoCountry", "geoLat", "geoLong", "dateAdded", "article", "outlet", "published", "confidence"}

// WriteEventsCSV writes events as the tab-separated file (with a header)
// that LoadCSVEvents reads: the benchmark's anchor loads the very rows
// ImportEvents writes, with LOAD CSV.
func WriteEventsCSV(w io.Writer, events []ImportedEvent) error {
	cw := csv.NewWriter(w)
	cw.Comma = '\t'
	if err := cw.Write(csvColumns); err != nil {
		return err
	}
	f := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'g', -1, 64)
	}
	day := func(t *time.Time, layout string) string {
		if t == nil {
			return ""
		}
		return t.Format(layout)
	}
	for _, e := range events {
		rec := []string{e.ID, strconv.FormatInt(e.GdeltID, 10), e.Type, e.Cameo, e.Root, strconv.Itoa(e.QuadClass),
			strconv.FormatFloat(e.Goldstein, 'g', -1, 64), e.Plover, e.Source, e.Target, e.SourceSector, e.TargetSector,
			e.Date, strconv.FormatFloat(e.AvgTone, 'g', -1, 64), strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources),
			strconv.Itoa(e.NumArticles), e.GeoName, e.GeoCountry, f(e.GeoLat), f(e.GeoLong),
			day(e.Added, "2006-01-02T15:04:05"), e.URL, e.Outlet, day(e.Added, "2006-01-02"),
			strconv.FormatFloat(e.confidence(), 'g', -1, 64)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cypherLoadCSV is ImportEvents's articles and events statements over the
// rows of a CSV file: the same MERGE keys and the same properties. LOAD CSV
// gives an empty field as null, as ImportEvents sends an empty value.
const cypherLoadCSV = `
LOAD CSV WITH HEADERS FROM $url AS row FIELDTERMINATOR '\t'
CALL (row) {
  MERGE (ar:Article {id: row.article})
  ON CREATE SET ar.url = row.article, ar.source = row.outlet, ar.published = date(row.published), ar.createdAt = datetime()
  MERGE (ev:Event {id: row.id})
  SET ev.gdeltId = toInteger(row.gdeltId), ev.type = row.type, ev.cameo = row.cameo, ev.root = row.root,
      ev.quadClass = toInteger(row.quadClass), ev.goldstein = toFloat(row.goldstein), ev.plover = row.plover,
      ev.source = row.source, ev.target = row.target, ev.sourceSector = row.sourceSector, ev.targetSector = row.targetSector,
      ev.date = row.date, ev.day = date(row.date), ev.status = 'fact', ev.confidence = toFloat(row.confidence),
      ev.avgTone = toFloat(row.avgTone), ev.numMentions = toInteger(row.numMentions), ev.numSources = toInteger(row.numSources),
      ev.numArticles = toInteger(row.numArticles), ev.geoName = row.geoName, ev.geoCountry = row.geoCountry,
      ev.geoLat = toFloat(row.geoLat), ev.geoLong = toFloat(row.geoLong), ev.dateAdded = localdatetime(row.dateAdded),
      ev.article = row.article
  MERGE (ev)-[:REPORTED_IN]->(ar)
  WITH ev, row
  MATCH (src:Actor {id: row.source})
  MERGE (ev)-[:SOURCE]->(src)
  WITH ev, row
  OPTIONAL MATCH (tgt:Actor {id: row.target})
  FOREACH (t IN CASE WHEN tgt IS NULL THEN [] ELSE [tgt] END | MERGE (ev)-[:TARGET]->(t))
} IN TRANSACTIONS OF $rows ROWS`

// LoadCSVEvents loads a file written by WriteEventsCSV with LOAD CSV …
// IN TRANSACTIONS, from url (file:///name for a file in Neo4j's import
// directory): the benchmark's anchor, Neo4j's own online loader.
func (s *Store) LoadCSVEvents(ctx context.Context, url string, rowsPerTx int) (int, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, cypherLoadCSV, map[string]any{"url": url, "rows": rowsPerTx})
	if err != nil {
		return 0, fmt.Errorf("graph: load csv %s: %w", url, err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return 0, fmt.Errorf("graph: load csv %s: %w", url, err)
	}
	return sum.Counters().NodesCreated(), nil
}

// AdminImport is the set of files WriteAdminCSV writes for
// `neo4j-admin database import full`, and the arguments that load them.
type AdminImport struct {
	Dir string
	// Args come after "neo4j-admin database import full" and before the
	// database name; ArgsFile holds them one a line (picocli's @file, which
	// `scripts/neo4j admin-import NAME DIR` passes).
	Args     []string
	ArgsFile string
	Nodes    int // nodes written, all labels
	Rels     int // relationships written, all types
}

// AdminArgsFile is the name of the arguments file in an admin import's
// directory.
const AdminArgsFile = "admin-import.args"

// adminEmpty, as a field of WriteAdminCSV's rows, is written as a quoted
// empty string (""), which neo4j-admin stores as the empty string; an
// empty field is no property at all, as a null parameter is online. An
// empty list cannot be imported either way (neo4j/neo4j#13566): kg migrate
// gives the actors that lack them their empty alias and title lists.
const adminEmpty = "\x00empty"

// WriteAdminCSV writes the graph ImportEvents writes for a batch holding
// these actors, events and mentions (nodes Actor, Name, Article, Event;
// relationships NAMES, REPORTED_IN, SOURCE, TARGET; the same properties,
// write times aside) as the CSV files of `neo4j-admin database import full`,
// the bulk path for an EMPTY database: it writes the store files directly,
// without transactions. `kg migrate` afterwards creates the constraints and
// indexes (and the empty lists neo4j-admin cannot write). Events are deduplicated by ID (the last row wins, as a second
// MERGE would have it); an article takes the properties of its first row,
// events' before mentions'.
func WriteAdminCSV(dir string, b ImportBatch) (AdminImport, error) {
	ai := AdminImport{Dir: dir}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ai, err
	}
	type file struct {
		name   string
		header []string
		rows   [][]string
		flag   string
	}
	orEmpty := func(s string) string {
		if s == "" {
			return adminEmpty
		}
		return s
	}
	names := map[string]bool{}
	var actorRows, nameRows, namesRels [][]string
	actorAt := map[string]int{}
	for _, a := range b.Actors {
		// An actor twice: online, the second MERGE keeps the first's name
		// and kind, fills the country and wikidata it lacked and adds the
		// aliases and titles it did not have.
		var titles []string
		for _, r := range a.Roles {
			titles = append(titles, r.Title)
		}
		for _, x := range append(titles, a.Aliases...) {
			if x == "" || strings.Contains(x, ";") {
				return ai, fmt.Errorf("graph: admin csv: actor %s: alias or title %q cannot be written in an array field", a.ID, x)
			}
		}
		if i, ok := actorAt[a.ID]; ok {
			row := actorRows[i]
			if row[4] == "" {
				row[4] = a.Country
			}
			if row[5] == "" {
				row[5] = a.Wikidata
			}
			row[6] = adminUnion(row[6], a.Aliases)
			row[7] = adminUnion(row[7], titles)
		} else {
			actorAt[a.ID] = len(actorRows)
			actorRows = append(actorRows, []string{a.ID, "Actor", orEmpty(a.Name), orEmpty(a.Kind), a.Country, a.Wikidata,
				adminUnion(adminEmpty, a.Aliases), adminUnion(adminEmpty, titles), ""})
		}
		seen := map[string]bool{}
		for _, n := range append([]string{a.ID, a.Name}, a.Aliases...) {
			k := NameKey(n)
			if k == "" || seen[k] || names[k+"\x00"+a.ID] {
				continue
			}
			seen[k] = true
			names[k+"\x00"+a.ID] = true
			if !names[k] {
				names[k] = true
				nameRows = append(nameRows, []string{k, "Name"})
			}
			namesRels = append(namesRels, []string{k, a.ID, "NAMES"})
		}
	}
	for _, row := range actorRows {
		text := ""
		if row[6] != adminEmpty {
			text = strings.Join(strings.Split(row[6], ";"), " ; ") + " ; "
		}
		row[8] = orEmpty(text)
	}
	last := map[string]int{}
	for i, e := range b.Events {
		last[e.ID] = i
	}
	f := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'g', -1, 64)
	}
	day := func(t *time.Time) string {
		if t == nil {
			return ""
		}
		return t.Format("2006-01-02")
	}
	var articleRows, eventRows, reported, sources, targets [][]string
	seenArticle := map[string]bool{}
	article := func(url, outlet string, published *time.Time) {
		if !seenArticle[url] {
			seenArticle[url] = true
			articleRows = append(articleRows, []string{url, "Article", url, outlet, day(published)})
		}
	}
	seenReport := map[[2]string]bool{}
	for i, e := range b.Events {
		if last[e.ID] != i {
			continue
		}
		article(e.URL, e.Outlet, e.Added)
		added := ""
		if e.Added != nil {
			added = e.Added.Format("2006-01-02T15:04:05.999999999")
		}
		eventRows = append(eventRows, []string{e.ID, "Event", strconv.FormatInt(e.GdeltID, 10), orEmpty(e.Type), orEmpty(e.Cameo), orEmpty(e.Root),
			strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'g', -1, 64), e.Plover, orEmpty(e.Source), e.Target,
			e.SourceSector, e.TargetSector, e.Date, day(e.Day), "fact", strconv.FormatFloat(e.confidence(), 'g', -1, 64), strconv.FormatFloat(e.AvgTone, 'g', -1, 64),
			strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), e.GeoName, e.GeoCountry,
			f(e.GeoLat), f(e.GeoLong), added, orEmpty(e.URL)})
		seenReport[[2]string{e.ID, e.URL}] = true
		reported = append(reported, []string{e.ID, e.URL, "REPORTED_IN"})
		sources = append(sources, []string{e.ID, e.Source, "SOURCE"})
		if e.Target != "" {
			targets = append(targets, []string{e.ID, e.Target, "TARGET"})
		}
	}
	for _, m := range b.Mentions {
		if _, ok := last[m.Event]; !ok {
			continue // online, a mention of an event not imported matches nothing
		}
		article(m.URL, m.Outlet, m.Published)
		if k := [2]string{m.Event, m.URL}; !seenReport[k] {
			seenReport[k] = true
			reported = append(reported, []string{m.Event, m.URL, "REPORTED_IN"})
		}
	}
	files := []file{
		{"actors.csv", []string{"id:ID(Actor)", ":LABEL", "name", "kind", "country", "wikidata", "aliases:string[]", "titles:string[]", "aliasText"}, actorRows, "--nodes"},
		{"names.csv", []string{"key:ID(Name)", ":LABEL"}, nameRows, "--nodes"},
		{"articles.csv", []string{"id:ID(Article)", ":LABEL", "url", "source", "published:date"}, articleRows, "--nodes"},
		{"events.csv", []string{"id:ID(Event)", ":LABEL", "gdeltId:long", "type", "cameo", "root", "quadClass:long", "goldstein:double",
			"plover", "source", "target", "sourceSector", "targetSector", "date", "day:date", "status", "confidence:double", "avgTone:double",
			"numMentions:long", "numSources:long", "numArticles:long", "geoName", "geoCountry", "geoLat:double", "geoLong:double",
			"dateAdded:localdatetime", "article"}, eventRows, "--nodes"},
		{"names_rels.csv", []string{":START_ID(Name)", ":END_ID(Actor)", ":TYPE"}, namesRels, "--relationships"},
		{"reported_in.csv", []string{":START_ID(Event)", ":END_ID(Article)", ":TYPE"}, reported, "--relationships"},
		{"sources.csv", []string{":START_ID(Event)", ":END_ID(Actor)", ":TYPE"}, sources, "--relationships"},
		{"targets.csv", []string{":START_ID(Event)", ":END_ID(Actor)", ":TYPE"}, targets, "--relationships"},
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return ai, err
	}
	for _, fl := range files {
		p := filepath.Join(abs, fl.name)
		if err := writeAdminFile(p, fl.header, fl.rows); err != nil {
			return ai, fmt.Errorf("graph: admin csv %s: %w", p, err)
		}
		ai.Args = append(ai.Args, fl.flag+"="+p)
		if fl.flag == "--nodes" {
			ai.Nodes += len(fl.rows)
		} else {
			ai.Rels += len(fl.rows)
		}
	}
	// An empty field is no property; "" is the empty string. Identities
	// are unique per file.
	ai.Args = append(ai.Args, "--array-delimiter=;", "--overwrite-destination=true", "--skip-duplicate-nodes=false",
		"--bad-tolerance=0")
	ai.ArgsFile = filepath.Join(abs, AdminArgsFile)
	if err := os.WriteFile(ai.ArgsFile, []byte(strings.Join(ai.Args, "\n")+"\n"), 0o644); err != nil {
		return ai, fmt.Errorf("graph: admin csv: %w", err)
	}
	return ai, nil
}

// adminUnion adds the items not yet in the ;-separated list (adminEmpty
// when it has none), as the online MERGE's alias union does.
func adminUnion(list string, items []string) string {
	var have []string
	if list != adminEmpty && list != "" {
		have = strings.Split(list, ";")
	}
	for _, x := range items {
		if !slices.Contains(have, x) {
			have = append(have, x)
		}
	}
	if len(have) == 0 {
		return adminEmpty
	}
	return strings.Join(have, ";")
}

// writeAdminFile writes a CSV file as neo4j-admin reads it: a field is
// quoted when it must be, adminEmpty is written "" and an empty field
// stays empty (no property).
func writeAdminFile(path string, header []string, rows [][]string) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(out, 1<<20)
	line := func(rec []string) {
		for i, v := range rec {
			if i > 0 {
				w.WriteByte(',')
			}
			switch {
			case v == adminEmpty:
				w.WriteString(`""`)
			case strings.ContainsAny(v, ",\"\r\n") || strings.TrimSpace(v) != v:
				w.WriteByte('"')
				w.WriteString(strings.ReplaceAll(v, `"`, `""`))
				w.WriteByte('"')
			default:
				w.WriteString(v)
			}
		}
		w.WriteByte('\n')
	}
	line(header)
	for _, r := range rows {
		line(r)
	}
	if err := w.Flush(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
