package extract

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestRunesThatChangeLengthWhenLowered: a rune whose lower case has
// another length in UTF-8 ("İ": 2 bytes, its lower case 3; the Kelvin
// sign "K": 3, "k": 1; "ẞ": 3, "ß": 2) anywhere in the lines the date and
// dateline rules read must not break the offsets they slice with (a
// publication line with "İstanbul" made Article panic: slice bounds out
// of range).
func TestRunesThatChangeLengthWhenLowered(t *testing.T) {
	x := extractor(t)
	lines := []string{
		"Published %s 25 June 2023",
		"Diterbitkan %s Minggu, 25 Juni 2023 10:00 WIB",
		"%s Selasa, 25 Juni 2023",
		"Updated: %s June 25, 2023",
		"25 Juni 2023 %s",
	}
	for _, r := range []string{"İstanbul", "İİİİ", "\u212a", "\u1e9e", "\u023a\u023a"} {
		for _, l := range lines {
			head := strings.Replace(l, "%s", r, 1)
			t.Run(head, func(t *testing.T) {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("panic: %v", p)
					}
				}()
				d, err := x.Article(context.Background(), Input{Text: head + "\nJAKARTA - Presiden Prabowo Subianto berpidato di Istana."})
				if err != nil {
					t.Fatal(err)
				}
				if len(d.Actors) == 0 {
					t.Errorf("no actor in %q", head)
				}
			})
		}
	}
}

// TestRecoverArticle: a panic while reading an article becomes a
// *PanicError with the panic's value and a stack, and no document.
func TestRecoverArticle(t *testing.T) {
	doc, err := func() (doc *facts.Document, err error) {
		defer recoverArticle(&doc, &err)
		doc = &facts.Document{}
		var s []int
		_ = s[3] // index out of range
		return doc, nil
	}()
	var pe *PanicError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v, want a *PanicError", err)
	}
	if doc != nil || len(pe.Stack) == 0 || !strings.Contains(err.Error(), "index out of range") {
		t.Errorf("doc %v, stack %d bytes, error %q", doc, len(pe.Stack), err)
	}
}
