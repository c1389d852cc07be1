package extract

import (
	"slices"
	"testing"
)

// TestFrequentSurnameAfterHonorific: after an honorific, a surname borne
// by many (lang/surnames.frequent.txt) names the one known person who has
// it only where the article names that person's state; a rarer surname
// names its holder anywhere.
func TestFrequentSurnameAfterHonorific(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, lang, text string
		want, not        []string
	}{
		{"mrs tan in singapore", "en", "Mrs. Tan, 67, told reporters in Singapore that prices had risen sharply.", []string{"tan", "SGP"}, []string{"lip-bu-tan"}},
		{"mr tan alone", "en", "Mr. Tan said the shop had been closed for a week.", []string{"tan"}, []string{"lip-bu-tan"}},
		{"dr patel", "en", "Dr. Patel said the hospital was overwhelmed.", []string{"patel"}, []string{"kash-patel"}},
		{"ny tan", "id", "Ny. Tan mengatakan harga beras naik.", []string{"tan"}, []string{"lip-bu-tan"}},
		{"rare surnames", "en", "Mr. Modi spoke with Mr. Putin on Tuesday.", []string{"narendra-modi", "vladimir-putin"}, nil},
		{"state named", "en", "In Spain, Mr. Sanchez said the government would not resign.", []string{"pedro-sanchez"}, nil},
		{"named in full first", "en", "U.S. Vice President Kamala Harris visited Manila. Ms. Harris met President Ferdinand Marcos Jr.", []string{"kamala-harris"}, []string{"harris"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids := articleActorIDs(t, x, tc.lang, tc.text)
			for _, w := range tc.want {
				if !slices.Contains(ids, w) {
					t.Errorf("%q: no actor %s (got %v)", tc.text, w, ids)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(ids, n) {
					t.Errorf("%q: actor %s (got %v)", tc.text, n, ids)
				}
			}
		})
	}
}
