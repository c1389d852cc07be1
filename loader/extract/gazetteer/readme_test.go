package gazetteer

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestDataREADMECounts keeps the line counts that data/README.md's table
// gives for the hand-written files ("companies news names most (249; …")
// equal to the files: grids add lines to these files all the time, and a
// reader sizing the gazetteer from the table should not be told a number
// from three stops ago. Generated files are left out (their converters
// say their counts). A row that gives no count is not checked.
func TestDataREADMECounts(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("data", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("^\\| `([a-z0-9_]+\\.jsonl)` \\|")
	count := regexp.MustCompile(`\((\d+)[;,)]|; (\d+) lines\)`)
	checked := 0
	for _, line := range strings.Split(string(readme), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil || strings.Contains(line, "**generated**") {
			continue
		}
		cols := strings.Split(line, "|")
		if len(cols) < 4 {
			continue
		}
		c := count.FindStringSubmatch(cols[3])
		if c == nil {
			continue
		}
		t.Run(m[1], func(t *testing.T) {
			said, _ := strconv.Atoi(c[1] + c[2])
			if got := nonBlankLines(t, filepath.Join("data", m[1])); got != said {
				t.Errorf("data/README.md gives %s %d lines, the file has %d: update the count in its row", m[1], said, got)
			}
		})
		checked++
	}
	if checked < 5 {
		t.Fatalf("only %d rows of data/README.md give a count; the table's format changed?", checked)
	}
}

// nonBlankLines counts the lines of a JSON Lines file that hold something.
func nonBlankLines(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) > 0 {
			n++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}
