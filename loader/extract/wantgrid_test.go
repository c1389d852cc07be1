package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// wantRow is a row of a grid that lists every actor a careful analyst
// would list in want, space-separated, each as "id", "id/kind" or
// "id/kind/country" ("" for a sentence with no actor); places are ignored,
// so a city is never wanted, but a state it wrongly becomes is unwanted.
// known marks a row that fails today (judgeRow).
type wantRow struct {
	name, text, want string
	known            bool
}

// wantProblems lists how the actors of a document miss a row's want: a
// wanted id missing or of the wrong kind or country, or a non-place actor
// the row does not want.
func wantProblems(actors []facts.Actor, want string) []string {
	var problems []string
	wanted := map[string][]string{}
	for _, w := range strings.Fields(want) {
		f := strings.Split(w, "/")
		wanted[f[0]] = f
	}
	got := map[string]facts.Actor{}
	for _, a := range actors {
		got[a.ID] = a
		if _, ok := wanted[a.ID]; !ok && a.Kind != facts.KindPlace {
			problems = append(problems, "unwanted "+a.Kind+" "+a.ID)
		}
	}
	for _, w := range strings.Fields(want) {
		f := wanted[strings.Split(w, "/")[0]]
		a, ok := got[f[0]]
		switch {
		case !ok:
			problems = append(problems, "missing "+f[0])
		case len(f) > 1 && a.Kind != f[1]:
			problems = append(problems, fmt.Sprintf("%s is %s, want %s", f[0], a.Kind, f[1]))
		case len(f) > 2 && a.Country != f[2]:
			problems = append(problems, fmt.Sprintf("%s has country %q, want %q", f[0], a.Country, f[2]))
		}
	}
	return problems
}

// runWantGrid runs the rows of a grid in language lang with the article
// dated 2025-06-01, each a named subtest judged by judgeRow; a grid of
// fewer than min rows fails.
func runWantGrid(t *testing.T, lang string, rows []wantRow, min int) {
	t.Helper()
	x := extractor(t)
	var once rowsOnce
	for _, c := range rows {
		once.check(t, c.name, c.text)
	}
	if len(rows) < min {
		t.Errorf("grid has %d rows, want at least %d", len(rows), min)
	}
	pass, none, failKnown := 0, 0, 0
	for _, c := range rows {
		if c.want == "" {
			none++
		}
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: lang, Published: "2025-06-01"})
			if err != nil {
				t.Fatal(err)
			}
			var problems []string
			if p := wantProblems(d.Actors, c.want); len(p) > 0 {
				problems = []string{fmt.Sprintf("%q: %s", c.text, strings.Join(p, "; "))}
			}
			judgeRow(t, c.known, problems, &pass, &failKnown)
		})
	}
	t.Logf("%d of %d rows pass (%d with no actor), %d known failures", pass, len(rows), none, failKnown)
}
