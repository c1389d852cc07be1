package extract

import (
	"slices"
	"testing"
)

// TestClubCitiesInMatches: in a sentence that reports a match's score, a
// city whose name and a club's form make a known club is the club, unless
// a locative preposition puts it as the venue; elsewhere the city stays a
// place.
func TestClubCitiesInMatches(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, lang, text string
		want, not        string
	}{
		{"side of a score", "en", "Manchester United beat Liverpool 2-1 at Old Trafford on Sunday.", "liverpool-fc", "liverpool"},
		{"venue", "en", "Everton beat Chelsea 2-1 in Liverpool on Saturday.", "liverpool", "liverpool-fc"},
		{"no match", "en", "Flights from Liverpool to Madrid were cancelled.", "liverpool", "liverpool-fc"},
		{"club word", "id", "Pelatih klub Liverpool memuji para pemainnya.", "liverpool-fc", "liverpool"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids := articleActorIDs(t, x, tc.lang, tc.text)
			if !slices.Contains(ids, tc.want) || slices.Contains(ids, tc.not) {
				t.Errorf("%q: got %v, want %s and no %s", tc.text, ids, tc.want, tc.not)
			}
		})
	}
}
