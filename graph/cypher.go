package graph

import (
	"fmt"
	"strings"
)

// Cypher templates with named parts: a statement is written whole, with
// {{name}} where a part goes, and filled by fill. The parts are Cypher this
// package built (fresh variables, parameter placeholders, expressions);
// values from callers only ever reach Cypher as parameters.

// parts names the pieces of a template.
type parts map[string]string

// fill replaces every {{name}} of tmpl by its part. A name without a part,
// or a part the template never uses, is a bug in this package: it panics
// (every template runs in the tests).
func fill(tmpl string, p parts) string {
	var b strings.Builder
	used := make(map[string]bool, len(p))
	for {
		i := strings.Index(tmpl, "{{")
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		j := strings.Index(tmpl[i:], "}}")
		if j < 0 {
			panic("graph: unclosed {{ in a Cypher template")
		}
		name := tmpl[i+2 : i+j]
		v, ok := p[name]
		if !ok {
			panic(fmt.Sprintf("graph: the Cypher template has no part %q", name))
		}
		used[name] = true
		b.WriteString(tmpl[:i])
		b.WriteString(v)
		tmpl = tmpl[i+j+2:]
	}
	for name := range p {
		if !used[name] {
			panic(fmt.Sprintf("graph: the Cypher template does not use its part %q", name))
		}
	}
	return b.String()
}
