package graph

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Pages: lists read in order a page at a time (actors, events), continued
// after an opaque position.

// A page spec says how to read a page: the match yields candidate nodes in n; the
// page is ordered by a sort key then id, and continues after a cursor.
type connectionSpec struct {
	t     *nodeType
	pre   string   // resolve preludes
	bound []string // variables the preludes bind
	match string   // MATCH ... with %[1]s for the node variable, no WHERE
	// from, when set, replaces "MATCH match": clauses ending in a WITH that
	// binds %[1]s and keeps the bound variables, for candidates that a
	// pattern would find slowly (the events between two actors).
	from    string
	conds   []string // filter conditions on %[1]s
	sortKey string   // expression over %[1]s
	keyKind string   // "date", "string" or "int": how cursor values come back
	desc    bool
	first   int
	after   string

	// fromWhere: from takes the conditions too, as %[2]s (" AND …", or
	// empty), and the page size as %[3]s, to apply them before it limits.
	fromWhere bool
}

func (c *compiler) connection(s connectionSpec, sel Selection) (string, decoder, error) {
	n, it, m := c.fresh("n"), c.fresh("it"), c.fresh("m")
	conds := make([]string, len(s.conds))
	for i, cond := range s.conds {
		conds[i] = fmt.Sprintf(cond, n)
	}
	key := fmt.Sprintf(s.sortKey, n)
	cmp, dir := ">", "ASC"
	if s.desc {
		cmp, dir = "<", "DESC"
	}
	all := conds
	if s.after != "" {
		cur, err := decodeCursor(s.after, 2)
		if err != nil {
			return "", nil, err
		}
		var k string
		switch s.keyKind {
		case "date":
			str, _ := cur[0].(string)
			if _, err := time.Parse("2006-01-02", str); err != nil {
				return "", nil, badInput("after: %q is not a cursor from this API", s.after)
			}
			k = "date(" + c.param(str) + ")"
		case "int":
			f, _ := cur[0].(float64)
			k = c.param(int64(f))
		default:
			str, _ := cur[0].(string)
			k = c.param(str)
		}
		id, _ := cur[1].(string)
		idp := c.param(id)
		all = append(append([]string{}, conds...), fmt.Sprintf("(%[1]s %[2]s %[3]s OR (%[1]s = %[3]s AND %[4]s.id %[2]s %[5]s))", key, cmp, k, n, idp))
	}
	obj, dec, err := c.object(s.t, m, sel.Fields)
	if err != nil {
		return "", nil, err
	}
	total := "null"
	if sel.Total {
		if s.from != "" && !s.fromWhere {
			total = fmt.Sprintf("COUNT { %s%s RETURN %s }", fmt.Sprintf(s.from, n), where(conds), n)
		} else {
			total = fmt.Sprintf("COUNT { MATCH %s%s }", fmt.Sprintf(s.match, n), where(conds))
		}
	}
	firstP := c.param(s.first)
	itemMap := "{key: " + it + ".key, item: " + obj + "}"
	from := "MATCH " + fmt.Sprintf(s.match, n)
	switch {
	case s.from != "" && s.fromWhere:
		and := ""
		if len(all) > 0 {
			and = " AND " + strings.Join(all, " AND ")
		}
		from = fmt.Sprintf(s.from, n, and, firstP)
	case s.from != "":
		from = fmt.Sprintf(s.from, n)
	}
	q := fill(`{{prelude}}  CALL ({{bound}}) {
    {{from}}{{where}}
    WITH DISTINCT {{n}}
    WITH {{n}}, {{sortKey}} AS sk ORDER BY sk {{dir}}, {{n}}.id {{dir}} LIMIT {{first}} + 1
    RETURN collect({n: {{n}}, key: [sk, {{n}}.id]}) AS items
  }
  WITH {{keep}}items, size(items) > {{first}} AS more
  UNWIND CASE WHEN size(items) = 0 THEN [null] ELSE items[0..{{first}}] END AS {{it}}
  WITH {{keep}}more, {{it}}, {{it}}.n AS {{m}}
  WITH {{keep}}more, CASE WHEN {{it}} IS NULL THEN null ELSE {{item}} END AS item
  WITH {{keep}}more, collect(item) AS page
  RETURN {more: more, page: page, total: {{total}}} AS v`, parts{
		"prelude": s.pre,
		"bound":   strings.Join(s.bound, ", "),
		"from":    from,
		"where":   where(all),
		"n":       n,
		"sortKey": key,
		"dir":     dir,
		"first":   firstP,
		"it":      it,
		"m":       m,
		"item":    itemMap,
		"keep":    prefixList(s.bound),
		"total":   total,
	})
	pageDec := func(in any) any {
		r, _ := in.(map[string]any)
		page, _ := r["page"].([]any)
		p := &Page{Items: make([]any, len(page)), Keys: make([]string, len(page)), After: s.after}
		p.More, _ = r["more"].(bool)
		if t, ok := r["total"].(int64); ok {
			p.Total, p.Counted = t, true
		}
		for i, x := range page {
			xm, _ := x.(map[string]any)
			if key, _ := xm["key"].([]any); len(key) == 2 {
				p.Keys[i] = encodeCursor([]any{cursorValue(key[0]), key[1]})
			}
			p.Items[i] = dec(xm["item"])
		}
		return p
	}
	return q, pageDec, nil
}

// Page is one page of a list read in order (actors, events): the items,
// each one's position, and whether more follow.
type Page struct {
	Items []any    // each item as the Selection's Fields project it
	Keys  []string // each item's position, opaque: pass one as the after argument to read on from that item
	More  bool     // more items follow the last one
	After string   // the position the page starts after ("" for the first page)
	// Total is the number of all matches, on every page, when the
	// Selection asked for it (Counted).
	Total   int64
	Counted bool
}

// subset picks the keys of one selection out of a merged projection.
func subset(m map[string]any, sels []Selection) map[string]any {
	out := make(map[string]any, len(sels))
	for _, s := range sels {
		out[s.Key] = m[s.Key]
	}
	return out
}

func cursorValue(v any) any {
	if d, ok := plain(v).(Date); ok {
		return d.String()
	}
	return v
}

func pageArgs(sel Selection) (int, string, error) {
	first, err := argInt(sel, "first", DefaultPageSize, 0, MaxPageSize)
	return first, argString(sel, "after"), err
}

func rootActors(c *compiler, sel Selection) (string, rootDecoder, error) {
	first, after, err := pageArgs(sel)
	if err != nil {
		return "", nil, err
	}
	f := argMap(sel, "filter")
	var conds []string
	if k := argStrings(f, "kinds"); len(k) > 0 {
		conds = append(conds, "%[1]s.kind IN "+c.param(k))
	}
	if k := argString(Selection{Args: f}, "country"); k != "" {
		conds = append(conds, "%[1]s.country = "+c.param(k))
	}
	if k := argString(Selection{Args: f}, "nameContains"); k != "" {
		conds = append(conds, "toLower(%[1]s.name) CONTAINS "+c.param(strings.ToLower(k)))
	}
	spec := connectionSpec{t: actorType, match: "(%[1]s:Actor)", conds: conds,
		sortKey: "%[1]s.name", keyKind: "string", first: first, after: after}
	if argString(sel, "sort") == "mentions" {
		spec.sortKey, spec.keyKind, spec.desc = "COUNT { (%[1]s)<-[:MENTIONS]-() }", "int", true
	}
	q, dec, err := c.connection(spec, sel)
	if err != nil {
		return "", nil, err
	}
	return q, singleRow(dec), nil
}

func rootEvents(c *compiler, sel Selection) (string, rootDecoder, error) {
	first, after, err := pageArgs(sel)
	if err != nil {
		return "", nil, err
	}
	f := argMap(sel, "filter")
	conds, err := eventFilter(c, "%[1]s", f)
	if err != nil {
		return "", nil, err
	}
	// eventFilter wrote the placeholder into parameters' conditions only as
	// a variable name; the Sprintf in connection fills it.
	spec := connectionSpec{t: eventType, conds: conds, sortKey: "coalesce(%[1]s.day, date('0001-01-01'))",
		keyKind: "date", desc: argString(sel, "sort") != "oldest", first: first, after: after}
	actor, between := argString(Selection{Args: f}, "actor"), argStrings(f, "between")
	var decode func(decoder) rootDecoder
	switch {
	case len(between) > 0:
		if len(between) != 2 {
			return "", nil, badInput("between takes exactly two actors, got %d", len(between))
		}
		pa, a := resolve(c, between[0])
		pb, b := resolve(c, between[1], a)
		spec.pre, spec.bound = pa+pb, []string{a, b}
		// An event is between a and b when one is its source and the other
		// its target: two seeks in the event_pair index, where the pattern
		// would expand every event of one of them (hundreds of thousands
		// for a major state).
		spec.from = fmt.Sprintf(`CALL (%[1]s, %[2]s) {
      MATCH (%%[1]s:Event {source: %[1]s.id, target: %[2]s.id}) RETURN %%[1]s
      UNION
      MATCH (%%[1]s:Event {source: %[2]s.id, target: %[1]s.id}) RETURN %%[1]s
    }
    WITH %[1]s, %[2]s, %%[1]s`, a, b)
		decode = func(d decoder) rootDecoder { return needsActors([]string{between[0], between[1]}, d) }
		if actor != "" {
			spec.conds = append(spec.conds, involves(c, "%[1]s", actor))
		}
	case actor != "":
		pa, a := resolve(c, actor)
		spec.pre, spec.bound = pa, []string{a}
		spec.match = "(" + a + ")<-[:SOURCE|TARGET]-(%[1]s:Event)"
		if spec.desc && !c.slowPaths {
			spec.from, spec.fromWhere = latestSeek(a), true
		}
		decode = func(d decoder) rootDecoder { return needsActors([]string{actor}, d) }
	default:
		spec.match = "(%[1]s:Event)"
		decode = singleRow
	}
	q, dec, err := c.connection(spec, sel)
	if err != nil {
		return "", nil, err
	}
	return q, decode(dec), nil
}

// needsActors decodes a root about actors named by arguments: zero rows
// means one of them does not exist.
func needsActors(keys []string, dec decoder) rootDecoder {
	return func(_ Selection, rows []any) (any, error) {
		if len(rows) == 0 {
			return nil, notFound("actor", keys...)
		}
		return dec(rows[0]), nil
	}
}

// Positions (after) are opaque to callers: base64 of the JSON of the sort key of the
// last item of a page. Pagination is by key, not offset, so pages stay
// stable while data is added.

func encodeCursor(key []any) string {
	b, _ := json.Marshal(key)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string, n int) ([]any, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	var key []any
	if err == nil {
		err = json.Unmarshal(b, &key)
	}
	if err != nil || len(key) != n {
		return nil, badInput("after: %q is not a cursor from this API", s)
	}
	return key, nil
}
