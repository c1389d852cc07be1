package extract

import (
	"slices"
	"testing"
)

// TestBodyTypeIDs: a state's body named by its kind ("Indonesia's
// anti-graft agency", "BMKG Jepang", or after a possessive pronoun: "Putin
// told his Security Council") is the gazetteer body common.json's
// body_types list for that state (ids) when there is one, else the body
// made from the state's code and the type.
func TestBodyTypeIDs(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, lang, text, want string
	}{
		{"meteorology en", "en", "A magnitude 6.2 earthquake struck off Sumatra, Indonesia's meteorology agency said.", "idn-bmkg"},
		{"disaster en", "en", "Indonesia's disaster mitigation agency said 17 people died in the floods.", "idn-bnpb"},
		{"anti-graft en", "en", "Indonesia's anti-graft agency arrested a regional head on Tuesday.", "idn-kpk"},
		{"statistics en", "en", "Indonesia's statistics agency said inflation eased to 2.4%.", "idn-bps"},
		{"election en", "en", "Indonesia's election commission certified the results.", "idn-kpu"},
		{"anti-graft of another state", "en", "Malaysia's anti-graft agency questioned the former prime minister.", "mys-anti-corruption"},
		{"made from the type", "en", "Japan's meteorological agency issued a tsunami warning.", "jpn-meteorology-agency"},
		{"weather bureau", "en", "The Philippines' weather bureau said the typhoon would make landfall on Friday.", "phl-meteorology-agency"},
		{"statistics bureau", "en", "China's statistics bureau said exports rose 8%.", "chn-statistics-agency"},
		{"id generic name", "id", "Badan Meteorologi Jepang mengeluarkan peringatan tsunami.", "jpn-meteorology-agency"},
		{"id home acronym abroad", "id", "KPK Malaysia memeriksa mantan perdana menteri itu.", "mys-anti-corruption"},
		{"id regional body stays", "id", "Badan Penanggulangan Bencana Daerah Jawa Tengah mencatat 12 rumah rusak.", "bpbd-jawa-tengah"},
		// A generic name after a possessive pronoun: the body of the
		// nearest actor's state.
		{"his security council", "en", "Russian President Vladimir Putin told his Security Council that Moscow would respond to any strike on its territory.", "rus-security-council"},
		{"his foreign ministry", "en", "Zelenskiy said his Foreign Ministry would summon the Hungarian ambassador.", "ukr-foreign-ministry"},
		{"its defence ministry", "en", "Beijing said its Defence Ministry had lodged a protest with Tokyo.", "chn-defense-ministry"},
		{"the UN's without a pronoun", "en", "Secretary-General Antonio Guterres briefed the Security Council on Gaza.", "un-security-council"},
		// "High Court" is a court of its own kind: in most states that have
		// one it is not the apex court (Kenya, India, the UK, Pakistan).
		{"high court", "en", "Kenyan President William Ruto said the High Court had overstepped.", "ken-high-court"},
		{"high court with the state's name", "en", "Kenya's High Court suspended the deal on Thursday.", "ken-high-court"},
		// A metonym word that the gazetteer's American body took after the
		// generic name ("National Guard troops") stays outside the name.
		{"national guard troops of another state", "en", "Ms. Sheinbaum said Mexico would deploy 10,000 National Guard troops to the border.", "mex-national-guard"},
		{"national guard troops at home", "en", "Trump said he would send more National Guard troops to Chicago.", "usa-national-guard"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids := articleActorIDs(t, x, tc.lang, tc.text)
			if !slices.Contains(ids, tc.want) {
				t.Errorf("%q: no %s in %v", tc.text, tc.want, ids)
			}
		})
	}
}
