package extract

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// enOrg39GridRows are present-day (2018-2026) English news sentences
// written for the English organizations grid 39 of issue #12 (made up,
// never copied from a data set): think tanks, research and consulting
// firms, NGOs, foundations, unions, universities, companies and advocacy
// groups that the gazetteer may not hold, recognised by their form and
// the words around them: head and tail words ("Institute", "Foundation",
// "League", "Economics", "Group", "Center"), hyphenated names
// ("Anti-Defamation League"), appositions that type a name ("Kalshi, a
// prediction market company"; "a Sydney-based think tank" also gives the
// country), "analysts at X", "researchers at X", "a spokesperson for X",
// "X-backed"; a name several organizations share, read by the article's
// context ("Centre for Strategic and International Studies": the
// Washington think tank, or Jakarta's beside Indonesia); and contrasting
// rows whose capitalized phrase is no organization (a law, an event, a
// report's or an index's title, a product, a place). Each row was
// annotated before the extractor ran on it with its complete set of
// actors, places aside: "id[/kind[/country]]", space separated (as
// wire38Problems reads them); a new organization's id is the slug of its
// name as written, without "the".
//
// First run: 33 of 61 rows passed; the 28 failing rows are marked known.
var enOrg39GridRows = []struct{ text, want string }{
	// The probes of the brief.
	{"Analysts at Capital Economics expect the central bank to cut rates again in March.", "capital-economics/organization"},
	{"The Anti-Defamation League condemned the vandalism of the synagogue.", "anti-defamation-league/organization/USA"},
	{"Officials at Kalshi, a prediction market company, declined to comment.", "kalshi/organization"},
	{"The Center for Strategic and International Studies said the satellite images showed new construction.", "center-for-strategic-and-international-studies/organization/USA"},
	// Same name, other context.
	{"Arya Fernandes, a researcher at the Centre for Strategic and International Studies in Jakarta, said the coalition would hold.", "arya-fernandes/person csis-indonesia/organization/IDN"},
	{"Indonesia's economy will grow 5 percent this year, the Centre for Strategic and International Studies said.", "IDN/state csis-indonesia/organization/IDN"},
	{"Analysts at the Center for Strategic and International Studies in Washington said the missile test was a warning.", "center-for-strategic-and-international-studies/organization/USA"},
	// Appositions that type a name.
	{"The Lowy Institute, a Sydney-based think tank, said Pacific island states were wary of both powers.", "lowy-institute/organization/AUS"},
	{"Chatham House, the London-based policy institute, published the report on Monday.", "chatham-house/organization/GBR"},
	{"Polymarket, a crypto betting platform, gave the challenger a 60 percent chance of winning.", "polymarket/organization"},
	{"Bellingcat, an investigative group, geolocated the video to a village near the border.", "bellingcat/organization"},
	{"Climate Action Tracker, a research group, said current pledges would lead to 2.7 degrees of warming.", "climate-action-tracker/organization"},
	{"Pantheon Macroeconomics, a research firm, said the jobs report pointed to a cooling labor market.", "pantheon-macroeconomics/organization"},
	{"Airwars, a London-based monitoring group, counted at least 40 civilian deaths in the strikes.", "airwars/organization/GBR"},
	{"Ember, a Berlin-based energy think tank, said solar generation rose by a third.", "ember/organization/DEU"},
	// Analysts, researchers, economists, a spokesperson at or for X.
	{"Researchers at the Kiel Institute for the World Economy put the aid at 267 billion euros.", "kiel-institute-for-the-world-economy/organization"},
	{"Economists at Oxford Economics cut their forecast for global growth to 2.4 percent.", "oxford-economics/organization"},
	{"Analysts at Eurasia Group said the election result would unsettle markets.", "eurasia-group/organization"},
	{"A spokesperson for the Sunrise Movement said the group would keep protesting.", "sunrise-movement/organization"},
	{"A spokesperson for the Open Society Foundations said the grants would continue.", "open-society-foundations/organization"},
	{"Researchers at the University of Cape Town sequenced the new variant.", "university-of-cape-town/organization"},
	{"Students at Columbia University set up tents on the main lawn.", "columbia-university/organization/USA"},
	{"Analysts at Pantheon Macroeconomics expect two more rate cuts this year.", "pantheon-macroeconomics/organization"},
	{"Experts at the Brookings Institution said the tariffs raised prices for consumers.", "brookings-institution/organization"},
	// Heads and tails.
	{"The Institute for the Study of War said the offensive had stalled near the river.", "institute-for-the-study-of-war/organization"},
	{"According to the Stockholm International Peace Research Institute, global military spending rose for a tenth year.", "stockholm-international-peace-research-institute/organization"},
	{"The Atlantic Council hosted the foreign minister on Tuesday.", "atlantic-council/organization"},
	{"The Brennan Center for Justice tracked the new voting laws in 19 states.", "brennan-center-for-justice/organization"},
	{"The Southern Poverty Law Center counted more than 1,300 hate and extremist groups.", "southern-poverty-law-center/organization"},
	{"The Pew Research Center found that most adults distrust news on social media.", "pew-research-center/organization"},
	{"The Wellcome Trust pledged 50 million pounds for research on climate and health.", "wellcome-trust/organization"},
	{"The Urban Institute found that rents had outpaced wages for a decade.", "urban-institute/organization"},
	{"The Tax Foundation estimated the plan would cost $4 trillion over ten years.", "tax-foundation/organization"},
	{"The Heritage Foundation drafted the plan to overhaul the civil service.", "heritage-foundation/organization"},
	{"The Council on Foreign Relations published a task force report on the Arctic.", "council-on-foreign-relations/organization"},
	{"The American Civil Liberties Union sued to block the executive order.", "american-civil-liberties-union/organization"},
	{"The National Rifle Association spent millions on the Senate race.", "national-rifle-association/organization"},
	{"The Conference Board said consumer confidence fell for a third month.", "conference-board/organization"},
	{"The International Crisis Group warned that the truce was fragile.", "international-crisis-group/organization"},
	{"Mercy Corps and the International Rescue Committee suspended their operations.", "mercy-corps/organization/USA international-rescue-committee/organization/USA"},
	{"Global Witness said 196 land defenders were killed last year.", "global-witness/organization"},
	{"The Committee to Protect Journalists said at least 120 journalists had been killed.", "committee-to-protect-journalists/organization"},
	// Unions.
	{"Workers represented by the United Auto Workers walked off the job at three plants.", "united-auto-workers/organization"},
	{"The Teamsters union said drivers would strike at midnight.", "teamsters/organization"},
	{"The National Education Association endorsed the governor's pay plan.", "national-education-association/organization"},
	// Companies and X-backed.
	{"Kalshi said it would appeal the ruling.", "kalshi/organization"},
	{"The Koch-backed group Americans for Prosperity spent heavily on the primary.", "americans-for-prosperity/organization"},
	{"SoftBank-backed startup Veltrix raised $40 million in new funding.", "softbank/organization veltrix/organization"},
	{"Anthropic and OpenAI signed agreements with the AI Safety Institute.", "anthropic/organization openai/organization ai-safety-institute/organization"},
	// No organization.
	{"The Inflation Reduction Act set aside billions of dollars for clean energy.", ""},
	{"Thousands of people attended the Web Summit in Lisbon.", ""},
	{"The Global Peace Index ranked Iceland the most peaceful country.", "ISL/state"},
	{"The Golden Globe Awards ceremony drew nine million viewers.", ""},
	{"Fans lined up for the launch of the iPhone 16 on Friday.", ""},
	{"The Democracy Index downgraded the country to a flawed democracy.", ""},
	{"Black Friday sales rose 3 percent from last year.", ""},
	{"The Sundance Film Festival opened in Park City on Thursday.", ""},
	{"The Eras Tour earned more than $2 billion in ticket sales.", ""},
	{"The World Economic Outlook cut the forecast for growth next year.", ""},
	{"The Chips and Science Act funded new chip factories in Arizona and Ohio.", ""},
	{"Hurricane Helene destroyed hundreds of homes in Asheville.", ""},
}

// enOrg39GridKnown lists the rows the extractor still gets wrong. The test
// fails when one of them starts passing, so the list shrinks with each fix.
var enOrg39GridKnown = []string{
	// A title without a state ("the foreign minister", "the governor")
	// takes the state of a known organization of the sentence (as "Oxfam
	// hosted the foreign minister" gives GBR); the rows passed while the
	// organization was unknown and had no country. Left alone.
	"The Atlantic Council hosted the foreign minister on Tuesday.",
	"The National Education Association endorsed the governor's pay plan.",
}

// TestEnglishOrg39Grid wants exactly each row's actor ids, places aside,
// and the kind and country its annotation gives (wire38Problems). Rows in
// enOrg39GridKnown must still fail.
func TestEnglishOrg39Grid(t *testing.T) {
	runEnOrg39Rows(t, enOrg39GridRows, enOrg39GridKnown)
}

func runEnOrg39Rows(t *testing.T, rows []struct{ text, want string }, knownRows []string) {
	x := extractor(t)
	texts := map[string]bool{}
	for _, c := range rows {
		if texts[c.text] {
			t.Errorf("row %q twice", c.text)
		}
		texts[c.text] = true
	}
	for _, k := range knownRows {
		if !texts[k] {
			t.Errorf("known failure %q is no row", k)
		}
	}
	pass := 0
	for _, c := range rows {
		t.Run(c.text, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: "en", Published: "2025-11-15"})
			if err != nil {
				t.Fatal(err)
			}
			probs := wire38Problems(d, c.want)
			known := slices.Contains(knownRows, c.text)
			switch {
			case len(probs) == 0 && known:
				t.Errorf("known failure passes now: take it off the known list")
			case len(probs) > 0 && !known:
				t.Error(strings.Join(probs, "; "))
			case len(probs) == 0:
				pass++
			}
		})
	}
	t.Logf("%d of %d rows pass, %d known failures", pass, len(rows), len(knownRows))
}

// enOrg39Grid2Rows are a second batch, written after the rules and data of
// the pass and annotated before their first run, to see whether the rules
// reach names the gazetteer cannot hold (made-up firms and groups). Before
// the pass's rules: 6 of 16; with them: 12 of 16, 13 after one fix (a
// name going on past the run after "officials at": "Heathrow Airport");
// three rows stay known ("League" as a tail of new names was tried and
// dropped: it made "the Champions League" an organization).
var enOrg39Grid2Rows = []struct{ text, want string }{
	{"Analysts at Harrowgate Economics expect inflation to ease in the spring.", "harrowgate-economics/organization"},
	{"Economists at Tillbrook Research said the housing market had bottomed out.", "tillbrook-research/organization"},
	{"A spokesperson for the Clearwater Coalition said the lawsuit would be filed on Monday.", "clearwater-coalition/organization"},
	{"Researchers at the Marlowe Institute found that the subsidy had raised prices.", "marlowe-institute/organization"},
	{"Officials at Brightfold, a payments company, declined to comment.", "brightfold/organization"},
	{"Quillon, a Nairobi-based research firm, said mobile lending had doubled.", "quillon/organization/KEN"},
	{"Dravenport Partners, a Toronto-based consultancy, advised the pension fund on the deal.", "dravenport-partners/organization/CAN"},
	{"The Kestrel Foundation, a Geneva-based charity, pledged $10 million for vaccines.", "kestrel-foundation/organization/CHE"},
	{"Experts at the Halden Center for Energy Policy said the grid could not cope.", "halden-center-for-energy-policy/organization"},
	{"A spokesman for Vantory said the company would cut 400 jobs.", "vantory/organization"},
	{"Strategists at Corvell Capital Markets expect the yen to weaken.", "corvell-capital-markets/organization"},
	{"The Wexford Tenants League called for a rent freeze.", "wexford-tenants-league/organization"},
	{"Officials at Heathrow Airport said flights would resume by noon.", ""},
	{"A spokesperson for the Ministry of Health said the outbreak was under control.", ""},
	{"Scientists at the Mauna Loa Observatory recorded a new carbon dioxide peak.", ""},
	{"Thousands attended the Rivermouth Music Festival over the weekend.", ""},
}

// enOrg39Grid2Known lists the second batch's rows the extractor still gets
// wrong.
var enOrg39Grid2Known = []string{
	// "League" ends no new name (competitions: "the Champions League").
	"The Wexford Tenants League called for a rent freeze.",
	// "a Geneva-based charity": Geneva (under 200,000 inhabitants) is no
	// gazetteer place, so the seat gives no country ("a Paris-based
	// charity" does, after the sentence's "The" was let open the name).
	"The Kestrel Foundation, a Geneva-based charity, pledged $10 million for vaccines.",
	// "Observatory" ends a civil group's name (civil_org_tails); a
	// scientific station's is read the same. Left alone (before the pass too).
	"Scientists at the Mauna Loa Observatory recorded a new carbon dioxide peak.",
}

// TestEnglishOrg39Grid2 runs the second batch as TestEnglishOrg39Grid.
func TestEnglishOrg39Grid2(t *testing.T) {
	runEnOrg39Rows(t, enOrg39Grid2Rows, enOrg39Grid2Known)
}
