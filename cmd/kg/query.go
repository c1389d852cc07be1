package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/graphql-go/graphql/language/ast"
	"github.com/graphql-go/graphql/language/parser"
	"github.com/graphql-go/graphql/language/source"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/schema"
	"github.com/geokg/kg/server"
)

// runQuery is kg query: one GraphQL document, sent to a server (--url) or
// answered in-process over Neo4j with the server's own handler, written as
// JSON, CSV or NDJSON.
func runQuery(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var c Config
	fs := flag.NewFlagSet("query", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: kg query [flags] [DOCUMENT]

Runs a GraphQL document — the argument, --file FILE, or stdin when neither (or "-") —
against a server (--url http://host:8080/graphql) or straight against Neo4j (the schema is
built in-process), and writes the answer:
  json    the response's data, indented (default)
  ndjson  one line per element of a list of the answer
  csv     one row per element of a list, nested fields flattened to dotted columns
          (actor.name, evidence.0.sentence)
The list is --list PATH (allies, events.edges, neighborhood.nodes); when omitted, the only
list of the answer. Variables: --var name=value (repeatable); a value for an Int, Float,
Boolean, list or input-object variable is read as JSON. Exit status 1 on GraphQL errors
(printed to stderr).

Flags:`)
		fs.PrintDefaults()
	}
	c.neo4jFlags(fs)
	url := fs.String("url", env("KG_URL", ""), "GraphQL endpoint of a running server; empty: query Neo4j in-process `(KG_URL)`")
	file := fs.String("file", "", "read the document from `FILE`")
	format := fs.String("format", "json", "output: json, csv or ndjson")
	list := fs.String("list", "", "the list to write as rows for csv and ndjson, a dotted `PATH` from data (allies, events.edges)")
	out := fs.String("o", "-", "write to `FILE` instead of stdout")
	vars := map[string]string{}
	var order []string
	fs.Func("var", "a variable, `name=value`; repeatable", func(s string) error {
		k, v, ok := strings.Cut(s, "=")
		if !ok || k == "" {
			return fmt.Errorf("want name=value, got %q", s)
		}
		if _, dup := vars[k]; !dup {
			order = append(order, k)
		}
		vars[k] = v
		return nil
	})
	if err := parse(fs, args); err != nil {
		return err
	}
	switch *format {
	case "json", "csv", "ndjson":
	default:
		return usageError{fmt.Sprintf("--format %q: want json, csv or ndjson", *format)}
	}
	doc, err := readDocument(*file, fs.Args())
	if err != nil {
		return err
	}
	variables, err := typedVars(doc, vars)
	if err != nil {
		return err
	}
	var do gqlDoer
	if *url != "" {
		do = remoteDoer(*url)
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
	body, err := do(ctx, doc, variables)
	if err != nil {
		return err
	}
	var resp struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Path       []any          `json:"path"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		return fmt.Errorf("the server's answer is not a GraphQL response: %w", err)
	}
	var gqlErr error
	if len(resp.Errors) > 0 {
		msgs := make([]string, len(resp.Errors))
		for i, e := range resp.Errors {
			msgs[i] = e.Message
			if code, ok := e.Extensions["code"].(string); ok {
				msgs[i] += " (" + code + ")"
			}
		}
		gqlErr = fmt.Errorf("GraphQL errors: %s", strings.Join(msgs, "; "))
	}
	if len(resp.Data) == 0 || string(resp.Data) == "null" {
		if gqlErr == nil {
			gqlErr = errors.New("the response has no data")
		}
		return gqlErr
	}
	w, closeOut, err := create(*out, stdout)
	if err != nil {
		return err
	}
	if err := writeAnswer(w, *format, *list, resp.Data, fieldOrder(doc)); err != nil {
		closeOut()
		return err
	}
	if err := closeOut(); err != nil {
		return err
	}
	return gqlErr
}

// create opens path for writing, or returns stdout for "-" or "".
func create(path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "" || path == "-" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

func readDocument(file string, args []string) (string, error) {
	switch {
	case file != "" && len(args) > 0:
		return "", usageError{"give the document as an argument or --file, not both"}
	case file != "":
		b, err := os.ReadFile(file)
		return string(b), err
	case len(args) > 1:
		return "", usageError{"one document at a time (quote it)"}
	case len(args) == 1 && args[0] != "-":
		return args[0], nil
	}
	b, err := io.ReadAll(os.Stdin)
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(string(b)) == "" {
		return "", usageError{"no document: give it as an argument, --file FILE or on stdin"}
	}
	return string(b), nil
}

// typedVars turns --var values into JSON values by the type the document
// declares for each variable: String, ID and Date stay strings, anything
// else is read as JSON (an enum value that is not JSON stays a string).
func typedVars(doc string, vars map[string]string) (map[string]any, error) {
	out := map[string]any{}
	if len(vars) == 0 {
		return out, nil
	}
	d, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(doc), Name: "document"})})
	if err != nil {
		return nil, fmt.Errorf("the document does not parse: %w", err)
	}
	types := map[string]ast.Type{}
	for _, def := range d.Definitions {
		if op, ok := def.(*ast.OperationDefinition); ok {
			for _, v := range op.VariableDefinitions {
				types[v.Variable.Name.Value] = v.Type
			}
		}
	}
	for k, v := range vars {
		t, ok := types[k]
		if !ok {
			return nil, usageError{fmt.Sprintf("--var %s: the document declares no variable $%s", k, k)}
		}
		if nn, ok := t.(*ast.NonNull); ok {
			t = nn.Type
		}
		if named, ok := t.(*ast.Named); ok {
			switch named.Name.Value {
			case "String", "ID", "Date":
				out[k] = v
				continue
			}
		}
		var x any
		dec := json.NewDecoder(strings.NewReader(v))
		dec.UseNumber()
		if err := dec.Decode(&x); err != nil {
			if _, isList := t.(*ast.List); isList {
				return nil, usageError{fmt.Sprintf("--var %s: %q is not a JSON list", k, v)}
			}
			x = v // an enum value: MONTH
		}
		out[k] = x
	}
	return out, nil
}

// gqlDoer sends one GraphQL request and returns the response body.
type gqlDoer func(ctx context.Context, doc string, vars map[string]any) ([]byte, error)

func remoteDoer(url string) gqlDoer {
	client := &http.Client{Timeout: 5 * time.Minute}
	return func(ctx context.Context, doc string, vars map[string]any) ([]byte, error) {
		body, _ := json.Marshal(map[string]any{"query": doc, "variables": vars})
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json")
		if k := os.Getenv("KG_API_KEY"); k != "" {
			req.Header.Set("Authorization", "Bearer "+k)
		}
		res, err := client.Do(req)
		if err != nil {
			return nil, err
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		if err != nil {
			return nil, err
		}
		if !json.Valid(b) {
			return nil, fmt.Errorf("%s answered %s: %.200s", url, res.Status, b)
		}
		return b, nil
	}
}

// localDoer answers in-process with the server's own handler over st: the
// same parsing, limits, errors and shadow schema as a running server.
func localDoer(st *graph.Store) (gqlDoer, error) {
	sch, err := schema.New(st, nil)
	if err != nil {
		return nil, fmt.Errorf("build schema: %w", err)
	}
	h := server.New(server.Config{Timeout: 5 * time.Minute}, sch, st, nil)
	return func(ctx context.Context, doc string, vars map[string]any) ([]byte, error) {
		body, _ := json.Marshal(map[string]any{"query": doc, "variables": vars})
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, "/graphql", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json")
		rec := &recorder{header: http.Header{}}
		h.ServeHTTP(rec, req)
		if !json.Valid(rec.body.Bytes()) {
			return nil, fmt.Errorf("status %d: %.200s", rec.status, rec.body.Bytes())
		}
		return rec.body.Bytes(), nil
	}, nil
}

// recorder is the http.ResponseWriter of an in-process request.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(s int) {
	if r.status == 0 {
		r.status = s
	}
}
func (r *recorder) Write(b []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return r.body.Write(b)
}

// writeAnswer writes data (the response's data, raw) in format.
func writeAnswer(w io.Writer, format, listPath string, data json.RawMessage, order map[string]int) error {
	if format == "json" {
		var buf bytes.Buffer
		if err := json.Indent(&buf, data, "", "  "); err != nil {
			return err
		}
		buf.WriteByte('\n')
		_, err := w.Write(buf.Bytes())
		return err
	}
	root, err := decodeOrdered(data)
	if err != nil {
		return err
	}
	rows, at, err := pickList(root, listPath)
	if err != nil {
		return err
	}
	if format == "ndjson" {
		for _, r := range rows {
			b, err := json.Marshal(r)
			if err != nil {
				return err
			}
			if _, err := w.Write(append(b, '\n')); err != nil {
				return err
			}
		}
		return nil
	}
	return writeCSV(w, rows, func(col string) []int { return columnKey(order, at, col) })
}

// fieldOrder numbers the response keys of the document's fields, by dotted
// path from data (fragments inlined), in the order the document asks for
// them: the server's JSON has its object keys sorted, a CSV's columns
// follow the query.
func fieldOrder(doc string) map[string]int {
	out := map[string]int{}
	d, err := parser.Parse(parser.ParseParams{Source: source.NewSource(&source.Source{Body: []byte(doc), Name: "document"})})
	if err != nil {
		return out
	}
	frags := map[string]*ast.FragmentDefinition{}
	var op *ast.OperationDefinition
	for _, def := range d.Definitions {
		switch x := def.(type) {
		case *ast.FragmentDefinition:
			frags[x.Name.Value] = x
		case *ast.OperationDefinition:
			if op == nil {
				op = x
			}
		}
	}
	if op == nil {
		return out
	}
	var walk func(ss *ast.SelectionSet, at string, depth int)
	walk = func(ss *ast.SelectionSet, at string, depth int) {
		if ss == nil || depth > 20 {
			return
		}
		for _, sel := range ss.Selections {
			switch x := sel.(type) {
			case *ast.Field:
				key := x.Name.Value
				if x.Alias != nil {
					key = x.Alias.Value
				}
				p := strings.TrimPrefix(at+"."+key, ".")
				if _, ok := out[p]; !ok {
					out[p] = len(out)
				}
				walk(x.SelectionSet, p, depth+1)
			case *ast.InlineFragment:
				walk(x.SelectionSet, at, depth+1)
			case *ast.FragmentSpread:
				if f := frags[x.Name.Value]; f != nil {
					walk(f.SelectionSet, at, depth+1)
				}
			}
		}
	}
	walk(op.SelectionSet, "", 0)
	return out
}

// columnKey sorts a CSV column (a dotted path inside a row of the list at
// listAt): each field by its place in the document, each list index by
// its value.
func columnKey(order map[string]int, listAt, col string) []int {
	var key []int
	path := listAt
	for _, seg := range strings.Split(col, ".") {
		if n, err := strconv.Atoi(seg); err == nil {
			key = append(key, n)
			continue
		}
		path = strings.TrimPrefix(path+"."+seg, ".")
		if o, ok := order[path]; ok {
			key = append(key, o)
		} else {
			key = append(key, len(order))
		}
	}
	return key
}

// omap is a JSON object that keeps its keys in order: CSV columns follow
// the order of the fields in the query.
type omap struct {
	keys []string
	vals map[string]any
}

func (m *omap) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range m.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		vb, err := json.Marshal(m.vals[k])
		if err != nil {
			return nil, err
		}
		b.Write(vb)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func decodeOrdered(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return decodeValue(dec)
}

func decodeValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			m := &omap{vals: map[string]any{}}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				if _, dup := m.vals[k]; !dup {
					m.keys = append(m.keys, k)
				}
				m.vals[k] = v
			}
			_, err := dec.Token() // }
			return m, err
		case '[':
			l := []any{}
			for dec.More() {
				v, err := decodeValue(dec)
				if err != nil {
					return nil, err
				}
				l = append(l, v)
			}
			_, err := dec.Token() // ]
			return l, err
		}
	}
	return tok, nil
}

// pickList finds the rows: the list at the dotted path, or the only list
// reachable from data through objects.
func pickList(root any, path string) ([]any, string, error) {
	if path != "" {
		cur := root
		for _, p := range strings.Split(path, ".") {
			m, ok := cur.(*omap)
			if !ok {
				return nil, "", fmt.Errorf("--list %s: %q is not inside an object", path, p)
			}
			if cur, ok = m.vals[p]; !ok {
				return nil, "", fmt.Errorf("--list %s: the answer has no field %q (it has %s)", path, p, strings.Join(m.keys, ", "))
			}
		}
		l, ok := cur.([]any)
		if !ok {
			return nil, "", fmt.Errorf("--list %s: not a list", path)
		}
		return l, path, nil
	}
	var found []string
	var lists [][]any
	var walk func(v any, at string)
	walk = func(v any, at string) {
		switch x := v.(type) {
		case []any:
			found, lists = append(found, at), append(lists, x)
		case *omap:
			for _, k := range x.keys {
				walk(x.vals[k], strings.TrimPrefix(at+"."+k, "."))
			}
		}
	}
	walk(root, "")
	switch len(found) {
	case 0:
		return nil, "", errors.New("the answer holds no list: csv and ndjson write the rows of a list")
	case 1:
		return lists[0], found[0], nil
	}
	return nil, "", usageError{"the answer holds several lists; choose one with --list: " + strings.Join(found, ", ")}
}

// writeCSV writes one row per element, columns the dotted paths of the
// scalar leaves in order of first appearance.
func writeCSV(w io.Writer, rows []any, colKey func(string) []int) error {
	var cols []string
	index := map[string]int{}
	flat := make([]map[string]string, len(rows))
	for i, r := range rows {
		f := map[string]string{}
		flatten(r, "", func(k, v string) {
			if _, ok := index[k]; !ok {
				index[k] = len(cols)
				cols = append(cols, k)
			}
			f[k] = v
		})
		flat[i] = f
	}
	if len(cols) == 0 {
		cols = []string{"value"}
	}
	sort.SliceStable(cols, func(i, j int) bool { return slices.Compare(colKey(cols[i]), colKey(cols[j])) < 0 })
	cw := csv.NewWriter(w)
	if err := cw.Write(cols); err != nil {
		return err
	}
	rec := make([]string, len(cols))
	for _, f := range flat {
		for i, c := range cols {
			rec[i] = f[c]
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func flatten(v any, at string, emit func(k, v string)) {
	key := func(k string) string {
		if at == "" {
			return k
		}
		return at + "." + k
	}
	switch x := v.(type) {
	case *omap:
		for _, k := range x.keys {
			flatten(x.vals[k], key(k), emit)
		}
	case []any:
		if allScalar(x) {
			parts := make([]string, len(x))
			for i, e := range x {
				parts[i] = scalar(e)
			}
			emit(nonEmpty(at), strings.Join(parts, "; "))
			return
		}
		for i, e := range x {
			flatten(e, key(strconv.Itoa(i)), emit)
		}
	default:
		emit(nonEmpty(at), scalar(x))
	}
}

func nonEmpty(k string) string {
	if k == "" {
		return "value"
	}
	return k
}

func allScalar(l []any) bool {
	for _, e := range l {
		switch e.(type) {
		case *omap, []any:
			return false
		}
	}
	return true
}

func scalar(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		return strconv.FormatBool(x)
	}
	return fmt.Sprint(v)
}
