package loader

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"
)

// A facts file is recognised by its first document's keys wherever they
// are, and the stream is read again whole afterwards.
func TestSniffFacts(t *testing.T) {
	long := strings.Repeat("x", 200<<10)
	tests := []struct {
		name, in string
		want     bool
	}{
		{"format first", `{"format":"kg-facts/1","article":{}}`, true},
		{"format after 200 KiB", `{"actors":[{"id":"a","name":"` + long + `"}],"format":"kg-facts/1"}`, true},
		{"array of documents", `[{"format":"kg-facts/1"}]`, true},
		{"facts keys, no format (the validator names it)", `{"article":{"url":"u"},"actors":[]}`, true},
		{"raw article record", `{"url":"u","text":"` + long + `"}`, false},
		{"raw HTML record with article key", `{"article":"x","html":"<p>x</p>"}`, false},
		{"other format", `{"format":"rss","text":"x"}`, false},
		{"broken JSON mentioning the format", `{"format": "kg-facts/1", "article": {"url": `, true},
		{"broken JSON", `{"url": "u", "te`, false},
		{"not an object", `"kg-facts/1"`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, r := sniffFacts(bufio.NewReaderSize(strings.NewReader(tt.in), 64<<10), 8<<20)
			if got != tt.want {
				t.Errorf("facts = %v, want %v", got, tt.want)
			}
			all, err := io.ReadAll(r)
			if err != nil || string(all) != tt.in {
				t.Errorf("the stream is not read again whole: %d of %d bytes, %v", len(all), len(tt.in), err)
			}
		})
	}
}

func TestSummaryIsHonest(t *testing.T) {
	s := Summary{Files: 2, Articles: 3, ArticlesCreated: 1, Unchanged: 1, Warned: 1,
		Warnings: []Warning{{Where: "a.txt: document 1 (line 1)", Msg: "truncated: …"}},
		Rejected: []Rejection{{Where: "b.md", Err: errors.New("b.md: document 1 (line 1): article has no story text")}},
		Stopped:  "loader: c.jsonl: document 4 (line 4): context canceled"}
	out := s.String()
	for _, want := range []string{
		"articles 3 loaded (1 new, 1 updated, 1 unchanged), 1 with warnings, 1 rejected",
		"warning: a.txt: document 1 (line 1): truncated",
		"rejected: b.md: document 1 (line 1): article has no story text",
		"stopped: loader: c.jsonl: document 4 (line 4): context canceled; the inputs after it were not read",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}
