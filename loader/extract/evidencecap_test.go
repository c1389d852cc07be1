package extract

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// The running count of evidence that capReached reads (capState.evidence,
// kept where addEvent and addStance append) stops an article exactly where
// re-summing every event's and explicit stance's evidence did: the cap is
// reached before the sentence after the last one read, and not before that
// last one.
func TestEvidenceCapCountsAsTheSum(t *testing.T) {
	sample, err := os.ReadFile("../../testdata/articles/kompastv-2023-06-25-korut-wagner.id.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(string(sample)+"\n", 3)
	x, err := New(Options{}) // (its own: the test sets its caps)
	if err != nil {
		t.Fatal(err)
	}
	cut := 0
	for k := 1; k <= 60; k++ {
		x.limits = Limits{MaxEvidence: k}.WithDefaults()
		doc, err := x.Article(context.Background(), Input{Text: text, Lang: "id"})
		if err != nil {
			t.Fatal(err)
		}
		var starts []int // of the evidence the cap counts
		for _, e := range doc.Events {
			for _, v := range e.Evidence {
				if v.Rule != "status:denial-next-sentence" { // (added after the sentence loop)
					starts = append(starts, v.Start)
				}
			}
		}
		for _, s := range doc.Stances {
			if s.Kind == facts.StanceExplicit {
				for _, v := range s.Evidence {
					starts = append(starts, v.Start)
				}
			}
		}
		if !strings.Contains(strings.Join(doc.Warnings, " "), "limit MaxEvidence") {
			if len(starts) >= k {
				t.Fatalf("cap %d: %d pieces of evidence and no cut", k, len(starts))
			}
			continue
		}
		cut++
		last, before := -1, 0
		for _, s := range starts {
			last = max(last, s)
		}
		for _, s := range starts {
			if s < last {
				before++
			}
		}
		if len(starts) < k || before >= k {
			t.Errorf("cap %d: cut after %d pieces of evidence, %d before the last sentence read", k, len(starts), before)
		}
	}
	if cut < 30 {
		t.Errorf("only %d of 60 caps cut the article", cut)
	}
}
