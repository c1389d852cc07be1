package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Fingerprint sums up the whole graph so that two databases can be
// compared: the counts of every label and relationship type, and a hash
// of every node (labels and properties) and relationship (type, the
// identities of both ends, properties; numbers to 1e-9). The times of writing (createdAt,
// updatedAt: any date-time property) are left out, so that a graph loaded
// twice, or loaded after a crash and a re-run, has the fingerprint of a
// clean load of the same input.
type Fingerprint struct {
	Counts Counts
	Hash   string
	Rows   []string // the canonical rows hashed, sorted: to show what differs
}

// Fingerprint reads the whole graph: for tests and checks of small
// databases, not for production ones.
func (s *Store) Fingerprint(ctx context.Context) (Fingerprint, error) {
	c, err := s.Counts(ctx)
	if err != nil {
		return Fingerprint{}, err
	}
	recs, err := s.read(ctx, `
CALL { MATCH (n) RETURN 'n' AS what, labels(n) AS labels, '' AS type, n.id AS from, null AS to, properties(n) AS props
       UNION ALL
       MATCH (a)-[r]->(b) RETURN 'r' AS what, [] AS labels, type(r) AS type,
             head(labels(a)) + ':' + coalesce(a.id, a.name, '') AS from,
             head(labels(b)) + ':' + coalesce(b.id, b.name, '') AS to, properties(r) AS props }
RETURN what, labels, type, from, to, props`, nil)
	if err != nil {
		return Fingerprint{}, err
	}
	rows := make([]string, 0, len(recs))
	for _, r := range recs {
		m := r.AsMap()
		labels, _ := m["labels"].([]any)
		ls := make([]string, len(labels))
		for i, l := range labels {
			ls[i] = fmt.Sprint(l)
		}
		sort.Strings(ls)
		rows = append(rows, fmt.Sprintf("%v|%s|%v|%v|%v|%s", m["what"], strings.Join(ls, ":"), m["type"], m["from"], m["to"], canonical(m["props"])))
	}
	sort.Strings(rows)
	h := sha256.New()
	for _, r := range rows {
		h.Write([]byte(r))
		h.Write([]byte{'\n'})
	}
	return Fingerprint{Counts: c, Hash: hex.EncodeToString(h.Sum(nil)), Rows: rows}, nil
}

// canonical writes a property value in one way whatever the order of map
// keys, leaving out date-times.
func canonical(v any) string {
	switch t := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k, x := range t {
			if isTime(x) {
				continue
			}
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteByte('{')
		for _, k := range keys {
			fmt.Fprintf(&b, "%q:%s,", k, canonical(t[k]))
		}
		b.WriteByte('}')
		return b.String()
	case []any:
		parts := make([]string, len(t))
		for i, x := range t {
			parts[i] = canonical(x)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case string:
		return fmt.Sprintf("%q", t)
	case float64:
		// Aggregates kept by adding and subtracting (a stance's weights when
		// an article is reloaded) differ in the last bits with the order of
		// the operations: compare them to 1e-9.
		r := math.Round(t*1e9) / 1e9
		if r == 0 {
			r = 0 // no negative zero
		}
		return "f:" + strconv.FormatFloat(r, 'g', 12, 64)
	default:
		return fmt.Sprintf("%T:%v", v, v)
	}
}

func isTime(v any) bool {
	switch v.(type) {
	case time.Time, dbtype.LocalDateTime, dbtype.Time, dbtype.LocalTime:
		return true
	}
	return false
}
