// The CAMEO event table (cameo.tsv) and its PLOVER columns
// (cameo.plover.tsv).

package extract

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// cameoEntry is one row of cameo.tsv.
type cameoEntry struct {
	Code      string
	Root      string
	Quad      int
	Goldstein float64
	Plover    string
	Type      string
	// PLOVER mode and context from the official CAMEO→PLOVER table.
	Mode, Context string
}

func loadCameo() (map[string]*cameoEntry, error) {
	raw, err := dataFS.ReadFile("cameo.tsv")
	if err != nil {
		return nil, err
	}
	out := map[string]*cameoEntry{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) < 6 {
			return nil, fmt.Errorf("cameo.tsv:%d: want 6 columns, have %d", line, len(f))
		}
		q, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("cameo.tsv:%d: quad: %w", line, err)
		}
		g, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			return nil, fmt.Errorf("cameo.tsv:%d: goldstein: %w", line, err)
		}
		if !strings.HasPrefix(f[0], f[1]) {
			return nil, fmt.Errorf("cameo.tsv:%d: code %s does not start with root %s", line, f[0], f[1])
		}
		out[f[0]] = &cameoEntry{Code: f[0], Root: f[1], Quad: q, Goldstein: g, Plover: f[4], Type: f[5]}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, loadPlover(out)
}

// loadPlover applies the official CAMEO→PLOVER table (cameo.plover.tsv,
// generated): it sets the PLOVER event, mode and context of every code it
// lists and adds the codes cameo.tsv lacks, with the quad class of their root
// and the Goldstein value of the root's base code (a CAMEO default).
func loadPlover(out map[string]*cameoEntry) error {
	const name = "cameo.plover.tsv"
	raw, err := dataFS.ReadFile(name)
	if err != nil {
		return err
	}
	line := 0
	for _, t := range strings.Split(string(raw), "\n") {
		line++
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 5 || len(f[0]) < 3 {
			return fmt.Errorf("%s:%d: want code, plover, mode, context, description", name, line)
		}
		e := out[f[0]]
		if e == nil {
			root := f[0][:2]
			e = &cameoEntry{Code: f[0], Root: root, Quad: rootQuad(root), Type: typeLabel(f[4])}
			if b := out[root+"0"]; b != nil {
				e.Goldstein = b.Goldstein
			}
			out[f[0]] = e
		}
		e.Plover, e.Mode, e.Context = f[1], f[2], f[3]
	}
	return nil
}

// rootQuad is CAMEO's quad class of a root code.
func rootQuad(root string) int {
	switch {
	case root <= "05":
		return 1
	case root <= "08":
		return 2
	case root <= "13":
		return 3
	}
	return 4
}

// typeLabel makes a snake_case label of a description: "Demand aid" → demand_aid.
func typeLabel(desc string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ToLower(desc)) {
		w = strings.Trim(w, ",.;:()'\"")
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('_')
		}
		for _, c := range w {
			if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}
