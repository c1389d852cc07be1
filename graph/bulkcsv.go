package graph

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// BulkCSV is a fresh load of many articles written as CSV files for LOAD
// CSV … IN TRANSACTIONS: the anchor the article-path benchmark measures
// BulkWrite against. Each file holds the rows one of BulkWrite's statements
// gets (built by the same code, bulkParams), over all the batches, and each
// file is loaded by that very statement with its "UNWIND $rows AS r" line
// replaced by "WITH <the CSV row, typed> AS r", inside CALL (row) { … } IN
// TRANSACTIONS: the same MERGE keys, the same properties, the same
// replace-and-union rules. The event counts and stance totals (tie totals
// and ranks included) run the same statements too, over the loaded IDs in
// slices of the transaction size. The prune statements are left out: they
// only remove what an earlier load of an article said, and the load is
// into an empty database.
type BulkCSV struct {
	Dir   string
	Steps []BulkCSVStep
}

// BulkCSVStep is one file and the statement that loads it.
type BulkCSVStep struct {
	Name, File string
	Rows       int
	cypher     string
}

// bulkCSVSep separates the items of a list property inside one CSV field.
const bulkCSVSep = "\u001f"

var unwindLine = regexp.MustCompile(`^\s*UNWIND \$(\w+) AS (\w+)\s*$`)

// WriteBulkCSV writes the rows BulkWrite would send for these batches, into
// an empty database, as CSV files in dir (Neo4j's import directory, for
// file:/// URLs).
func WriteBulkCSV(dir string, batches []BulkBatch) (BulkCSV, error) {
	out := BulkCSV{Dir: dir}
	rows := map[string][]map[string]any{}
	ids := map[string][]string{}
	seenID := map[string]bool{}
	for _, b := range batches {
		p := bulkParams(b, map[string]any{})
		for k, v := range p {
			switch v := v.(type) {
			case []map[string]any:
				rows[k] = append(rows[k], v...)
			case []string:
				for _, id := range v {
					if !seenID[k+"\x00"+id] {
						seenID[k+"\x00"+id] = true
						ids[k] = append(ids[k], id)
					}
				}
			}
		}
	}
	for _, st := range bulkSteps {
		if st.rows == "prune" {
			continue
		}
		lines := strings.SplitN(strings.TrimLeft(st.cypher, "\n"), "\n", 2)
		m := unwindLine.FindStringSubmatch(lines[0])
		if m == nil || len(lines) != 2 {
			return out, fmt.Errorf("graph: bulk step %s does not start with UNWIND $rows AS r", st.name)
		}
		param, v, body := m[1], m[2], lines[1]
		file := strings.ReplaceAll(st.name, " ", "_") + ".csv"
		var cypher string
		var n int
		var err error
		if list, isIDs := ids[param]; isIDs || param == "eventIds" || param == "stanceIds" {
			n = len(list)
			err = writeIDsCSV(filepath.Join(dir, file), list)
			// The IDs in slices of $rows, one transaction each, as BulkWrite
			// runs the statement once per batch.
			cypher = `
LOAD CSV WITH HEADERS FROM $url AS row
WITH collect(row.id) AS every
UNWIND range(0, size(every) - 1, $rows) AS i
CALL (every, i) {
  WITH every[i..i + $rows] AS ids
  UNWIND ids AS ` + v + "\n" + body + `
} IN TRANSACTIONS OF 1 ROW`
		} else {
			var expr string
			n = len(rows[param])
			expr, err = writeRowsCSV(filepath.Join(dir, file), rows[param])
			cypher = `
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  WITH ` + expr + ` AS ` + v + "\n" + body + `
} IN TRANSACTIONS OF $rows ROWS`
		}
		if err != nil {
			return out, fmt.Errorf("graph: bulk csv %s: %w", file, err)
		}
		out.Steps = append(out.Steps, BulkCSVStep{Name: st.name, File: file, Rows: n, cypher: cypher})
	}
	return out, nil
}

func writeIDsCSV(path string, ids []string) error {
	return writeCSV(path, []string{"id"}, len(ids), func(i int) ([]string, error) { return []string{ids[i]}, nil })
}

// writeRowsCSV writes parameter rows (maps, one level of nested map such as
// "props") as CSV, one column per key path, and returns the Cypher map
// expression that rebuilds a row from a CSV row with the Go value types:
// toInteger, toFloat, toBoolean, date(), split() for lists. An empty field
// is null, as a nil parameter value is.
func writeRowsCSV(path string, rows []map[string]any) (string, error) {
	type column struct {
		key, sub, conv string // sub: the key inside a nested map
	}
	kinds := map[[2]string]string{}
	nested := map[string]bool{}
	see := func(key [2]string, v any) {
		if c := convOf(v); c != "?" {
			kinds[key] = c
		} else if _, ok := kinds[key]; !ok {
			kinds[key] = c // nil so far: a string unless another row says
		}
	}
	for _, r := range rows {
		for k, v := range r {
			if m, ok := v.(map[string]any); ok {
				nested[k] = true
				for k2, v2 := range m {
					see([2]string{k, k2}, v2)
				}
				continue
			}
			see([2]string{k, ""}, v)
		}
	}
	var cols []column
	for k, c := range kinds {
		cols = append(cols, column{k[0], k[1], c})
	}
	sort.Slice(cols, func(i, j int) bool {
		if cols[i].key != cols[j].key {
			return cols[i].key < cols[j].key
		}
		return cols[i].sub < cols[j].sub
	})
	header := make([]string, len(cols))
	for i, c := range cols {
		header[i] = c.key
		if c.sub != "" {
			header[i] = c.key + "__" + c.sub
		}
	}
	value := func(c column, h string) string {
		f := "row." + h
		switch c.conv {
		case "int":
			return "toInteger(" + f + ")"
		case "float":
			return "toFloat(" + f + ")"
		case "bool":
			return "toBoolean(" + f + ")"
		case "date":
			return "date(" + f + ")"
		case "list":
			return "coalesce(split(" + f + ", '\\u001f'), [])"
		}
		return f
	}
	var top []string
	inner := map[string][]string{}
	for i, c := range cols {
		if c.sub == "" {
			top = append(top, c.key+": "+value(c, header[i]))
		} else {
			inner[c.key] = append(inner[c.key], c.sub+": "+value(c, header[i]))
		}
	}
	for k := range nested {
		top = append(top, k+": {"+strings.Join(inner[k], ", ")+"}")
	}
	sort.Strings(top)
	err := writeCSV(path, header, len(rows), func(i int) ([]string, error) {
		rec := make([]string, len(cols))
		for j, c := range cols {
			v := rows[i][c.key]
			if c.sub != "" {
				m, _ := v.(map[string]any)
				v = m[c.sub]
			}
			s, err := csvValue(v)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", header[j], err)
			}
			rec[j] = s
		}
		return rec, nil
	})
	return "{" + strings.Join(top, ", ") + "}", err
}

// convOf names the Cypher conversion of a parameter value's type; "?" for
// nil (the type is taken from another row).
func convOf(v any) string {
	switch v.(type) {
	case nil:
		return "?"
	case int, int64:
		return "int"
	case float64:
		return "float"
	case bool:
		return "bool"
	case neo4j.Date:
		return "date"
	case []string:
		return "list"
	}
	return ""
}

func csvValue(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return v, nil
	case int:
		return strconv.Itoa(v), nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), nil
	case bool:
		return strconv.FormatBool(v), nil
	case neo4j.Date:
		return time.Time(v).Format("2006-01-02"), nil
	case []string:
		for _, s := range v {
			if s == "" || strings.Contains(s, bulkCSVSep) {
				return "", fmt.Errorf("list item %q cannot be written", s)
			}
		}
		return strings.Join(v, bulkCSVSep), nil
	}
	return "", fmt.Errorf("no CSV form for %T", v)
}

func writeCSV(path string, header []string, n int, rec func(i int) ([]string, error)) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := csv.NewWriter(bw)
	err = w.Write(header)
	for i := 0; i < n && err == nil; i++ {
		var r []string
		if r, err = rec(i); err == nil {
			err = w.Write(r)
		}
	}
	w.Flush()
	if err == nil {
		err = w.Error()
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// LoadBulkCSV loads the files of WriteBulkCSV, in BulkWrite's statement
// order, each with LOAD CSV … IN TRANSACTIONS OF rowsPerTx ROWS from
// urlPrefix+file (file:/// for Neo4j's import directory). It returns the
// time each statement took.
func (s *Store) LoadBulkCSV(ctx context.Context, b BulkCSV, urlPrefix string, rowsPerTx int) (map[string]time.Duration, error) {
	steps := map[string]time.Duration{}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	for _, st := range b.Steps {
		if st.Rows == 0 {
			continue
		}
		t0 := time.Now()
		res, err := sess.Run(ctx, st.cypher, map[string]any{"url": urlPrefix + st.File, "rows": rowsPerTx})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return steps, fmt.Errorf("graph: load csv %s: %w", st.File, err)
		}
		steps[st.Name] = time.Since(t0)
	}
	return steps, nil
}

// ImportDirectory is the Neo4j server's import directory
// (server.directories.import), where LOAD CSV reads file:/// URLs: the
// benchmarks and their tests write there when Neo4j runs on this machine.
func (s *Store) ImportDirectory(ctx context.Context) (string, error) {
	recs, err := s.read(ctx, `SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.import' RETURN value`, nil)
	if err != nil {
		return "", fmt.Errorf("graph: import directory: %w", err)
	}
	if len(recs) == 0 {
		return "", fmt.Errorf("graph: import directory: the server does not say")
	}
	v, _ := recs[0].Get("value")
	dir, _ := v.(string)
	if dir == "" {
		return "", fmt.Errorf("graph: import directory: none set")
	}
	return dir, nil
}
