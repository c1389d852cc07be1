package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
	"github.com/geokg/kg/loader"
	"github.com/geokg/kg/loader/facts"
	"github.com/geokg/kg/schema"
	"github.com/geokg/kg/server"
)

// sampleGraph loads the sample article and the earlier one of the asOf
// tests (2022-03-01, North Korea a "sekutu" of Russia with confidence 0.5)
// and returns the flags that reach that Neo4j.
func sampleGraph(t *testing.T) (*graph.Store, []string) {
	t.Helper()
	cfg := graphtest.Config(t)
	st := graphtest.Store(t)
	v, err := facts.NewValidator()
	if err != nil {
		t.Fatal(err)
	}
	sum, err := loader.New(st, v, nil, nil).Load(context.Background(), []string{"../../testdata/facts", "../../schema/testdata/asof"}, nil)
	if err != nil || len(sum.Rejected) > 0 {
		t.Fatalf("load: %v %v", err, sum.Rejected)
	}
	return st, []string{"--neo4j-uri", cfg.URI, "--neo4j-user", cfg.User, "--neo4j-password", cfg.Password}
}

func TestQuery(t *testing.T) {
	st, neo := sampleGraph(t)
	sch, err := schema.New(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(server.New(server.Config{}, sch, st, nil))
	defer srv.Close()
	const allies = `query($of: String!, $asOf: Date, $first: Int) {
  allies(of: $of, asOf: $asOf, first: $first) { actor { id name } strength explicit evidence(first: 2) { sentence } } }`

	// Where the answer comes from: Neo4j in-process, or a server.
	for _, via := range []struct {
		name string
		args []string
	}{{"in-process", neo}, {"server", []string{"--url", srv.URL + "/graphql"}}} {
		t.Run(via.name, func(t *testing.T) {
			run := func(args ...string) (int, string, string) {
				return runKG(t, append(append([]string{"query"}, via.args...), args...)...)
			}
			t.Run("json", func(t *testing.T) {
				code, out, errOut := run("--var", "of=Rusia", allies)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, errOut)
				}
				var data struct {
					Allies []struct {
						Actor    struct{ ID, Name string }
						Strength float64
					}
				}
				if err := json.Unmarshal([]byte(out), &data); err != nil {
					t.Fatalf("not JSON: %v\n%s", err, out)
				}
				if len(data.Allies) == 0 || data.Allies[0].Actor.ID != "PRK" || data.Allies[0].Strength < 0.99 {
					t.Errorf("allies of Rusia: %+v", data.Allies)
				}
			})
			t.Run("csv as of a day, variables typed by the document", func(t *testing.T) {
				code, out, errOut := run("--format", "csv", "--var", "of=Rusia", "--var", "asOf=2022-06-01", "--var", "first=5", allies)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, errOut)
				}
				recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
				if err != nil {
					t.Fatalf("not CSV: %v\n%s", err, out)
				}
				// Columns follow the query; one row per ally.
				want := []string{"actor.id", "actor.name", "strength", "explicit", "evidence.0.sentence"}
				if !slices.Equal(recs[0], want) {
					t.Errorf("header %q, want %q", recs[0], want)
				}
				if len(recs) != 2 || recs[1][0] != "PRK" || recs[1][2] != "0.5" || !strings.Contains(recs[1][4], "sekutu") {
					t.Errorf("rows: %q", recs)
				}
			})
			t.Run("ndjson of a chosen list", func(t *testing.T) {
				code, out, errOut := run("--format", "ndjson", "--list", "events.edges", `{ stats { events } events(first: 4) { totalCount edges { node { date type } } } }`)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, errOut)
				}
				lines := strings.Split(strings.TrimSpace(out), "\n")
				if len(lines) != 4 {
					t.Errorf("%d lines, want 4:\n%s", len(lines), out)
				}
				for _, l := range lines {
					var row struct{ Node struct{ Type string } }
					if err := json.Unmarshal([]byte(l), &row); err != nil || row.Node.Type == "" {
						t.Errorf("line %q: %v", l, err)
					}
				}
			})
			t.Run("several lists need --list", func(t *testing.T) {
				code, _, errOut := run("--format", "csv", `{ allies(of: "RUS") { actor { id } } adversaries(of: "RUS") { actor { id } } }`)
				if code != 2 || !strings.Contains(errOut, "allies") || !strings.Contains(errOut, "adversaries") {
					t.Errorf("exit %d: %s", code, errOut)
				}
			})
			t.Run("GraphQL errors exit 1", func(t *testing.T) {
				code, _, errOut := run(`{ allies(of: "Atlantis") { actor { id } } }`)
				if code != 1 || !strings.Contains(errOut, "NOT_FOUND") {
					t.Errorf("exit %d: %s", code, errOut)
				}
			})
			t.Run("document from a file", func(t *testing.T) {
				f := filepath.Join(t.TempDir(), "q.graphql")
				if err := os.WriteFile(f, []byte(`{ stats { actors } }`), 0o644); err != nil {
					t.Fatal(err)
				}
				code, out, errOut := run("--file", f)
				if code != 0 || !strings.Contains(out, `"actors": 18`) {
					t.Errorf("exit %d: %s %s", code, out, errOut)
				}
			})
		})
	}
	if code, _, errOut := runKG(t, append(append([]string{"query"}, neo...), "--var", "nope=1", `{ stats { actors } }`)...); code != 2 || !strings.Contains(errOut, "$nope") {
		t.Errorf("undeclared variable: exit %d: %s", code, errOut)
	}
}

// GraphML as its schema describes it: keys, then a graph of nodes and
// edges with data.
type graphML struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		ID          string `xml:"id,attr"`
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string   `xml:"id,attr"`
			Data []gmData `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string   `xml:"id,attr"`
			Source string   `xml:"source,attr"`
			Target string   `xml:"target,attr"`
			Data   []gmData `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type gmData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type gexf struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		DefaultEdgeType string `xml:"defaultedgetype,attr"`
		Attributes      []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID    string `xml:"id,attr"`
			Label string `xml:"label,attr"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID     string  `xml:"id,attr"`
			Source string  `xml:"source,attr"`
			Target string  `xml:"target,attr"`
			Label  string  `xml:"label,attr"`
			Weight float64 `xml:"weight,attr"`
			Values []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"attvalues>attvalue"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

// checkGraphML decodes a GraphML file and checks what a reader relies on:
// every data key declared for its element kind with a valid type, unique
// node IDs, every edge between declared nodes. It returns the edges as
// "source relation target" and the node IDs.
func checkGraphML(t *testing.T, b []byte) (edges, nodes []string) {
	t.Helper()
	var g graphML
	if err := xml.Unmarshal(b, &g); err != nil {
		t.Fatalf("GraphML does not decode: %v", err)
	}
	keys := map[string]string{}
	for _, k := range g.Keys {
		if !slices.Contains([]string{"boolean", "int", "long", "float", "double", "string"}, k.Type) {
			t.Errorf("key %s: attr.type %q", k.ID, k.Type)
		}
		keys[k.ID] = k.For
	}
	if g.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q", g.Graph.EdgeDefault)
	}
	ids := map[string]bool{}
	for _, n := range g.Graph.Nodes {
		if ids[n.ID] {
			t.Errorf("node %s twice", n.ID)
		}
		ids[n.ID] = true
		nodes = append(nodes, n.ID)
		for _, d := range n.Data {
			if keys[d.Key] != "node" {
				t.Errorf("node %s: data key %s not declared for nodes", n.ID, d.Key)
			}
		}
	}
	for _, e := range g.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s: %s → %s, not both nodes", e.ID, e.Source, e.Target)
		}
		rel := ""
		for _, d := range e.Data {
			if keys[d.Key] != "edge" {
				t.Errorf("edge %s: data key %s not declared for edges", e.ID, d.Key)
			}
			if d.Key == "e_relation" {
				rel = d.Value
			}
			if d.Key == "e_strength" {
				if f, err := strconv.ParseFloat(d.Value, 64); err != nil || f <= 0 || f > 1 {
					t.Errorf("edge %s: strength %q", e.ID, d.Value)
				}
			}
		}
		edges = append(edges, e.Source+" "+rel+" "+e.Target)
	}
	return edges, nodes
}

func TestExport(t *testing.T) {
	_, neo := sampleGraph(t)
	export := func(args ...string) string {
		t.Helper()
		code, out, errOut := runKG(t, append(append([]string{"export"}, neo...), args...)...)
		if code != 0 {
			t.Fatalf("kg export %q: exit %d: %s", args, code, errOut)
		}
		return out
	}

	t.Run("whole graph as GraphML, paged", func(t *testing.T) {
		out := export("--format", "graphml")
		edges, nodes := checkGraphML(t, []byte(out))
		if len(nodes) != 18 {
			t.Errorf("%d nodes, want the 18 actors", len(nodes))
		}
		for _, want := range []string{"PRK ally RUS", "PRK cooperative RUS", "wagner-group hostile RUS"} {
			if !slices.Contains(edges, want) {
				t.Errorf("no edge %q in %q", want, edges)
			}
		}
		// Pages of two rows give the same file.
		if paged := export("--format", "graphml", "--page", "2"); paged != out {
			t.Errorf("--page 2 gives another file:\n%s\nwant\n%s", paged, out)
		}
	})

	t.Run("a period as every format", func(t *testing.T) {
		dir := t.TempDir()
		export("--format", "all", "--out", dir, "--as-of", "2022-06-01")
		b, err := os.ReadFile(filepath.Join(dir, "graph.graphml"))
		if err != nil {
			t.Fatal(err)
		}
		edges, nodes := checkGraphML(t, b)
		slices.Sort(nodes)
		if !slices.Equal(edges, []string{"PRK ally RUS"}) || !slices.Equal(nodes, []string{"PRK", "RUS"}) {
			t.Errorf("as of 2022-06-01: edges %q nodes %q; want the earlier article's one tie", edges, nodes)
		}
		var gx gexf
		b, err = os.ReadFile(filepath.Join(dir, "graph.gexf"))
		if err != nil {
			t.Fatal(err)
		}
		if err := xml.Unmarshal(b, &gx); err != nil {
			t.Fatalf("GEXF does not decode: %v", err)
		}
		if gx.Version != "1.3" || len(gx.Graph.Nodes) != 2 || len(gx.Graph.Edges) != 1 || len(gx.Graph.Attributes) != 2 {
			t.Fatalf("GEXF: %+v", gx)
		}
		e := gx.Graph.Edges[0]
		if e.Source != "PRK" || e.Target != "RUS" || e.Label != "ally" || e.Weight != 1 {
			t.Errorf("GEXF edge %+v", e)
		}
		for _, v := range e.Values {
			if v.For == "3" && v.Value != "0.5" {
				t.Errorf("GEXF edge strength %q, want 0.5 (the earlier article alone)", v.Value)
			}
		}
		nodesCSV, edgesCSV := readCSV(t, filepath.Join(dir, "nodes.csv")), readCSV(t, filepath.Join(dir, "edges.csv"))
		if len(nodesCSV) != 3 || nodesCSV[0][0] != "id" || len(edgesCSV) != 2 {
			t.Fatalf("nodes.csv %q edges.csv %q", nodesCSV, edgesCSV)
		}
		if got := edgesCSV[1][1:8]; !slices.Equal(got, []string{"PRK", "RUS", "ally", "explicit", "1", "0.5", "2022-03-01"}) {
			t.Errorf("edges.csv row %q", got)
		}
	})

	t.Run("since the later article", func(t *testing.T) {
		edges, _ := checkGraphML(t, []byte(export("--since", "2023-01-01")))
		if len(edges) != 5 {
			t.Errorf("edges since 2023: %q, want the 5 stances of the sample article", edges)
		}
	})

	t.Run("a neighborhood", func(t *testing.T) {
		edges, nodes := checkGraphML(t, []byte(export("--actor", "Rusia", "--depth", "1")))
		if len(nodes) == 0 || nodes[0] != "RUS" || !slices.Contains(nodes, "PRK") || !slices.Contains(edges, "PRK ally RUS") {
			t.Errorf("neighborhood of Rusia: nodes %q edges %q", nodes, edges)
		}
	})

	t.Run("bad input", func(t *testing.T) {
		for _, args := range [][]string{{"--format", "csv"}, {"--format", "dot"}, {"--since", "2023-13-01"}} {
			if code, _, errOut := runKG(t, append(append([]string{"export"}, neo...), args...)...); code != 2 {
				t.Errorf("kg export %q: exit %d, want 2: %s", args, code, errOut)
			}
		}
	})
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(bufio.NewReader(f)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}
