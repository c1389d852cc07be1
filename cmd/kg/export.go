package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/geokg/kg/graph"
)

// runExport is kg export: actors and the stances between them as a graph
// file for Gephi, yEd, NetworkX or a spreadsheet — the neighborhood of an
// actor, the ties of a period, or the whole graph.
func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c Config
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: kg export [flags]

Writes actors (nodes) and stances (edges: relation, kind, evidence count, strength, first and
last seen over the period) as
  graphml   GraphML (yEd, NetworkX, Gephi)             --out FILE (default stdout)
  gexf      GEXF 1.3 (Gephi)                           --out FILE (default stdout)
  csv       nodes.csv and edges.csv                    --out DIR
  all       graph.graphml, graph.gexf, nodes.csv, edges.csv in --out DIR
What: --actor A (its neighborhood, --depth, --limit), or every actor with a tie in the
period (--since, --until, --as-of), or, with neither, the whole graph. Large exports page
through Neo4j (flat memory) and show a progress bar on a terminal.

Flags:`)
		fs.PrintDefaults()
	}
	c.neo4jFlags(fs)
	format := fs.String("format", "graphml", "graphml, gexf, csv or all")
	out := fs.String("out", "-", "output `FILE` (graphml, gexf) or DIR (csv, all)")
	actor := fs.String("actor", "", "export the neighborhood of this actor (ID or any name)")
	depth := fs.Int("depth", 1, "rings of neighbours around --actor, 1–3")
	limit := fs.Int("limit", 200, "most actors around --actor, 1–500")
	url := fs.String("url", env("KG_URL", ""), "with --actor: GraphQL endpoint of a running server; empty: Neo4j in-process `(KG_URL)`")
	page := fs.Int("page", 5000, "rows per Neo4j statement")
	var period graph.ExportPeriod
	dateFlag := func(name, usage string, dst **time.Time) {
		fs.Func(name, usage, func(s string) error {
			t, err := time.Parse("2006-01-02", s)
			if err != nil {
				return fmt.Errorf("want a day YYYY-MM-DD, got %q", s)
			}
			*dst = &t
			return nil
		})
	}
	dateFlag("since", "only evidence from articles published on or after this `DAY`", &period.Since)
	dateFlag("until", "only evidence from articles published on or before this `DAY`", &period.Until)
	dateFlag("as-of", "what the graph knew on this `DAY`", &period.AsOf)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"unexpected arguments: " + strings.Join(fs.Args(), " ")}
	}
	sinks, closeAll, err := openSinks(*format, *out, stdout)
	if err != nil {
		return err
	}
	sink := multiSink(sinks)
	err = func() error {
		if *actor != "" {
			return exportNeighborhood(ctx, c, *url, *actor, *depth, *limit, period, sink)
		}
		if *url != "" {
			return usageError{"--url is for --actor; a period or the whole graph is read from Neo4j"}
		}
		st, err := openStore(ctx, c)
		if err != nil {
			return err
		}
		defer st.Close(context.Background())
		bar := exportBar(ctx, st, stderr)
		if err := sink.begin(); err != nil {
			return err
		}
		if err := st.ExportNodes(ctx, period, *page, func(n graph.ExportNode) error {
			if bar != nil {
				bar.Add(1)
			}
			return sink.node(n)
		}); err != nil {
			return err
		}
		if err := sink.edges(); err != nil {
			return err
		}
		if err := st.ExportEdges(ctx, period, *page, func(e graph.ExportEdge) error {
			if bar != nil {
				bar.Add(1)
			}
			return sink.edge(e)
		}); err != nil {
			return err
		}
		if bar != nil {
			bar.Finish()
			fmt.Fprintln(stderr)
		}
		return sink.end()
	}()
	if cerr := closeAll(); err == nil {
		err = cerr
	}
	return err
}

// exportBar is a progress bar over the graph's actors and stances when
// stderr is a terminal; nil otherwise.
func exportBar(ctx context.Context, st *graph.Store, stderr io.Writer) *progressbar.ProgressBar {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	a, s, err := st.ExportCounts(ctx)
	if err != nil {
		return nil
	}
	return progressbar.NewOptions64(a+s, progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("exporting"),
		progressbar.OptionThrottle(200*time.Millisecond), progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true))
}

const neighborhoodQuery = `query Export($actor: String!, $depth: Int, $limit: Int, $since: Date, $until: Date, $asOf: Date) {
  neighborhood(actor: $actor, depth: $depth, limit: $limit, since: $since, until: $until, asOf: $asOf) {
    nodes { id name kind country wikidata aliases mentionCount }
    edges { source target relation kind weight }
  }
}`

// exportNeighborhood asks the public API for the neighborhood, as a script
// would, and writes it.
func exportNeighborhood(ctx context.Context, c Config, url, actor string, depth, limit int, p graph.ExportPeriod, sink graphSink) error {
	var do gqlDoer
	if url != "" {
		do = remoteDoer(url)
	} else {
		st, err := openStore(ctx, c)
		if err != nil {
			return err
		}
		defer st.Close(context.Background())
		if do, err = localDoer(st); err != nil {
			return err
		}
	}
	vars := map[string]any{"actor": actor, "depth": depth, "limit": limit}
	for k, t := range map[string]*time.Time{"since": p.Since, "until": p.Until, "asOf": p.AsOf} {
		if t != nil {
			vars[k] = t.Format("2006-01-02")
		}
	}
	body, err := do(ctx, neighborhoodQuery, vars)
	if err != nil {
		return err
	}
	var resp struct {
		Data struct {
			Neighborhood struct {
				Nodes []struct {
					ID, Name, Kind    string
					Country, Wikidata *string
					Aliases           []string
					MentionCount      int64
				}
				Edges []struct {
					Source, Target, Relation, Kind string
					Weight                         int64
				}
			}
		}
		Errors []struct{ Message string }
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		return fmt.Errorf("the answer is not a GraphQL response: %w", err)
	}
	if len(resp.Errors) > 0 {
		return fmt.Errorf("neighborhood of %q: %s", actor, resp.Errors[0].Message)
	}
	if err := sink.begin(); err != nil {
		return err
	}
	deref := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	for _, n := range resp.Data.Neighborhood.Nodes {
		if err := sink.node(graph.ExportNode{ID: n.ID, Name: n.Name, Kind: strings.ToLower(n.Kind), Country: deref(n.Country),
			Wikidata: deref(n.Wikidata), Aliases: n.Aliases, Mentions: n.MentionCount}); err != nil {
			return err
		}
	}
	if err := sink.edges(); err != nil {
		return err
	}
	for _, e := range resp.Data.Neighborhood.Edges {
		if err := sink.edge(graph.ExportEdge{ID: e.Source + "|" + e.Relation + "|" + strings.ToLower(e.Kind) + "|" + e.Target,
			Source: e.Source, Target: e.Target, Relation: e.Relation, Kind: strings.ToLower(e.Kind), Evidence: e.Weight}); err != nil {
			return err
		}
	}
	return sink.end()
}

// graphSink receives an export: begin, the nodes, edges, the edges, end.
type graphSink interface {
	begin() error
	node(graph.ExportNode) error
	edges() error
	edge(graph.ExportEdge) error
	end() error
}

type multiSink []graphSink

func (m multiSink) begin() error {
	for _, s := range m {
		if err := s.begin(); err != nil {
			return err
		}
	}
	return nil
}
func (m multiSink) node(n graph.ExportNode) error {
	for _, s := range m {
		if err := s.node(n); err != nil {
			return err
		}
	}
	return nil
}
func (m multiSink) edges() error {
	for _, s := range m {
		if err := s.edges(); err != nil {
			return err
		}
	}
	return nil
}
func (m multiSink) edge(e graph.ExportEdge) error {
	for _, s := range m {
		if err := s.edge(e); err != nil {
			return err
		}
	}
	return nil
}
func (m multiSink) end() error {
	for _, s := range m {
		if err := s.end(); err != nil {
			return err
		}
	}
	return nil
}

// openSinks opens the files of format under out.
func openSinks(format, out string, stdout io.Writer) ([]graphSink, func() error, error) {
	var closers []func() error
	closeAll := func() error {
		var first error
		for _, c := range closers {
			if err := c(); err != nil && first == nil {
				first = err
			}
		}
		return first
	}
	open := func(path string) (*bufio.Writer, error) {
		var w io.Writer = stdout
		var f *os.File
		if path != "-" {
			var err error
			if f, err = os.Create(path); err != nil {
				return nil, err
			}
			w = f
		}
		bw := bufio.NewWriterSize(w, 64<<10)
		closers = append(closers, func() error {
			err := bw.Flush()
			if f != nil {
				if cerr := f.Close(); err == nil {
					err = cerr
				}
			}
			return err
		})
		return bw, nil
	}
	dir := func() error {
		if out == "-" || out == "" {
			return usageError{"--format " + format + " writes several files: name a directory with --out"}
		}
		return os.MkdirAll(out, 0o755)
	}
	var sinks []graphSink
	add := func(kind, path string) error {
		w, err := open(path)
		if err != nil {
			return err
		}
		switch kind {
		case "graphml":
			sinks = append(sinks, &graphmlSink{w: w})
		case "gexf":
			sinks = append(sinks, &gexfSink{w: w})
		case "nodes":
			sinks = append(sinks, &csvSink{nodes: csv.NewWriter(w)})
		case "edges":
			sinks = append(sinks, &csvSink{edgesW: csv.NewWriter(w)})
		}
		return nil
	}
	var err error
	switch format {
	case "graphml", "gexf":
		err = add(format, out)
	case "csv", "all":
		if err = dir(); err != nil {
			break
		}
		if format == "all" {
			if err = add("graphml", filepath.Join(out, "graph.graphml")); err == nil {
				err = add("gexf", filepath.Join(out, "graph.gexf"))
			}
		}
		if err == nil {
			err = add("nodes", filepath.Join(out, "nodes.csv"))
		}
		if err == nil {
			err = add("edges", filepath.Join(out, "edges.csv"))
		}
	default:
		err = usageError{fmt.Sprintf("--format %q: want graphml, gexf, csv or all", format)}
	}
	if err != nil {
		closeAll()
		return nil, nil, err
	}
	return sinks, closeAll, nil
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'g', 6, 64) }

// graphmlSink writes GraphML (http://graphml.graphdrawing.org), node and
// edge attributes declared as keys.
type graphmlSink struct{ w *bufio.Writer }

var graphmlNodeKeys = [][2]string{{"name", "string"}, {"kind", "string"}, {"country", "string"}, {"wikidata", "string"}, {"aliases", "string"}, {"mentions", "long"}}
var graphmlEdgeKeys = [][2]string{{"relation", "string"}, {"kind", "string"}, {"evidence", "long"}, {"strength", "double"}, {"firstSeen", "string"}, {"lastSeen", "string"}}

func (g *graphmlSink) begin() error {
	fmt.Fprint(g.w, `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	for _, k := range graphmlNodeKeys {
		fmt.Fprintf(g.w, "  <key id=\"n_%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k[0], k[0], k[1])
	}
	for _, k := range graphmlEdgeKeys {
		fmt.Fprintf(g.w, "  <key id=\"e_%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", k[0], k[0], k[1])
	}
	_, err := fmt.Fprint(g.w, "  <graph id=\"kg\" edgedefault=\"directed\">\n")
	return err
}

func (g *graphmlSink) data(key, v string) {
	if v != "" {
		fmt.Fprintf(g.w, "<data key=\"%s\">%s</data>", key, esc(v))
	}
}

func (g *graphmlSink) node(n graph.ExportNode) error {
	fmt.Fprintf(g.w, "    <node id=\"%s\">", esc(n.ID))
	g.data("n_name", n.Name)
	g.data("n_kind", n.Kind)
	g.data("n_country", n.Country)
	g.data("n_wikidata", n.Wikidata)
	g.data("n_aliases", strings.Join(n.Aliases, "; "))
	g.data("n_mentions", strconv.FormatInt(n.Mentions, 10))
	_, err := g.w.WriteString("</node>\n")
	return err
}

func (g *graphmlSink) edges() error { return nil }

func (g *graphmlSink) edge(e graph.ExportEdge) error {
	fmt.Fprintf(g.w, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">", esc(e.ID), esc(e.Source), esc(e.Target))
	g.data("e_relation", e.Relation)
	g.data("e_kind", e.Kind)
	g.data("e_evidence", strconv.FormatInt(e.Evidence, 10))
	if e.Strength > 0 {
		g.data("e_strength", ftoa(e.Strength))
	}
	g.data("e_firstSeen", e.FirstSeen)
	g.data("e_lastSeen", e.LastSeen)
	_, err := g.w.WriteString("</edge>\n")
	return err
}

func (g *graphmlSink) end() error {
	_, err := g.w.WriteString("  </graph>\n</graphml>\n")
	return err
}

// gexfSink writes GEXF 1.3 (https://gexf.net), Gephi's format: the edge
// weight is the evidence count, the label the relation.
type gexfSink struct{ w *bufio.Writer }

func (g *gexfSink) begin() error {
	fmt.Fprintf(g.w, `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta lastmodifieddate="%s"><creator>kg export</creator><description>actors and the stances between them</description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
`, time.Now().UTC().Format("2006-01-02"))
	for i, k := range graphmlNodeKeys[1:] {
		fmt.Fprintf(g.w, "      <attribute id=\"%d\" title=\"%s\" type=\"%s\"/>\n", i, k[0], k[1])
	}
	fmt.Fprint(g.w, "    </attributes>\n    <attributes class=\"edge\">\n")
	for i, k := range graphmlEdgeKeys {
		fmt.Fprintf(g.w, "      <attribute id=\"%d\" title=\"%s\" type=\"%s\"/>\n", i, k[0], k[1])
	}
	_, err := fmt.Fprint(g.w, "    </attributes>\n    <nodes>\n")
	return err
}

func (g *gexfSink) att(i int, v string) {
	if v != "" {
		fmt.Fprintf(g.w, "<attvalue for=\"%d\" value=\"%s\"/>", i, esc(v))
	}
}

func (g *gexfSink) node(n graph.ExportNode) error {
	fmt.Fprintf(g.w, "      <node id=\"%s\" label=\"%s\"><attvalues>", esc(n.ID), esc(n.Name))
	g.att(0, n.Kind)
	g.att(1, n.Country)
	g.att(2, n.Wikidata)
	g.att(3, strings.Join(n.Aliases, "; "))
	g.att(4, strconv.FormatInt(n.Mentions, 10))
	_, err := g.w.WriteString("</attvalues></node>\n")
	return err
}

func (g *gexfSink) edges() error {
	_, err := g.w.WriteString("    </nodes>\n    <edges>\n")
	return err
}

func (g *gexfSink) edge(e graph.ExportEdge) error {
	fmt.Fprintf(g.w, "      <edge id=\"%s\" source=\"%s\" target=\"%s\" label=\"%s\" weight=\"%d\"><attvalues>",
		esc(e.ID), esc(e.Source), esc(e.Target), esc(e.Relation), max(e.Evidence, 1))
	g.att(0, e.Relation)
	g.att(1, e.Kind)
	g.att(2, strconv.FormatInt(e.Evidence, 10))
	if e.Strength > 0 {
		g.att(3, ftoa(e.Strength))
	}
	g.att(4, e.FirstSeen)
	g.att(5, e.LastSeen)
	_, err := g.w.WriteString("</attvalues></edge>\n")
	return err
}

func (g *gexfSink) end() error {
	_, err := g.w.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return err
}

// csvSink writes the node table or the edge table (one of the two writers
// is set).
type csvSink struct{ nodes, edgesW *csv.Writer }

func (c *csvSink) begin() error {
	if c.nodes != nil {
		return c.nodes.Write([]string{"id", "name", "kind", "country", "wikidata", "aliases", "mentions"})
	}
	return c.edgesW.Write([]string{"id", "source", "target", "relation", "kind", "evidence", "strength", "firstSeen", "lastSeen"})
}

func (c *csvSink) node(n graph.ExportNode) error {
	if c.nodes == nil {
		return nil
	}
	return c.nodes.Write([]string{n.ID, n.Name, n.Kind, n.Country, n.Wikidata, strings.Join(n.Aliases, "; "), strconv.FormatInt(n.Mentions, 10)})
}

func (c *csvSink) edges() error { return nil }

func (c *csvSink) edge(e graph.ExportEdge) error {
	if c.edgesW == nil {
		return nil
	}
	strength := ""
	if e.Strength > 0 {
		strength = ftoa(e.Strength)
	}
	return c.edgesW.Write([]string{e.ID, e.Source, e.Target, e.Relation, e.Kind, strconv.FormatInt(e.Evidence, 10), strength, e.FirstSeen, e.LastSeen})
}

func (c *csvSink) end() error {
	w := c.nodes
	if w == nil {
		w = c.edgesW
	}
	w.Flush()
	return w.Error()
}
