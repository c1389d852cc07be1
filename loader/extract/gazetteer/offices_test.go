package gazetteer

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"testing"
)

// officesDate is the day the office check reads the holders on: late 2025,
// the date up to which the hand-written files are kept.
const officesDate = "2025-11-15"

// stateOffices are the four offices of a state the check looks at.
var stateOffices = []string{"head_of_state", "head_of_government", "foreign_minister", "defense_minister"}

// checkedStates are the 193 UN members, Palestine, Kosovo and Taiwan.
const checkedStates = `AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP
CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN
GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA
LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA
LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK
TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE PSE XKX
TWN`

// keyStates are the states whose four offices news names most (the G20,
// Indonesia's neighbours, the Middle East, Africa's large states, Latin
// America, and states often in the news): each office must have a
// hand-written holder on officesDate, except the pairs of keyVacancies.
const keyStates = `ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA
MYS SGP BRN PHL THA VNM KHM LAO MMR TLS PNG NZL ISR PSE IRN IRQ SYR LBN JOR EGY ARE QAT KWT BHR OMN
YEM NGA ETH COD KEN SDN DZA MAR TZA UGA AGO COL VEN CHL PER ECU BOL CUB UKR PAK AFG BGD PRK TWN`

// keyVacancies are offices of keyStates left without a hand-written
// holder, each with the reason: no such office, or a holder the files
// could not yet confirm (the generated files may still name an older one).
var keyVacancies = map[string]string{
	"MAR defense_minister": "no minister: a minister delegate runs the National Defence Administration under the king",
	"OMN defense_minister": "no minister: a deputy prime minister for defence affairs",
	"PSE defense_minister": "no such ministry",
	"KWT defense_minister": "not confirmed for late 2025",
	"BHR defense_minister": "not confirmed for late 2025",
	"YEM defense_minister": "not confirmed for late 2025",
	"ETH defense_minister": "not confirmed for late 2025",
	"COD defense_minister": "not confirmed after the August 2025 reshuffle",
	"SDN foreign_minister": "several ministers in 2025, not confirmed",
	"SDN defense_minister": "not confirmed for late 2025",
	"TZA foreign_minister": "the cabinet of November 2025 not confirmed",
	"TZA defense_minister": "the cabinet of November 2025 not confirmed",
	"AGO foreign_minister": "not confirmed for late 2025",
	"AGO defense_minister": "not confirmed for late 2025",
	"COL defense_minister": "Pedro Sánchez shares the name of Spain's prime minister: a second holder of the day with it would make the lone \"Sánchez\" nobody",
	"NZL defense_minister": "Judith Collins: a known holder of the day with her surname would make a lone \"Collins\" in English news (Susan Collins) her",
	"PER defense_minister": "the Jerí government of October 2025 not confirmed",
	"BOL defense_minister": "the Paz government of November 2025 not confirmed",
	"PNG defense_minister": "not confirmed for late 2025",
}

// officeGaps lists, for each state of checkedStates and office of
// stateOffices, whether a hand-written file names its holder on
// officesDate, and the holders of the day by file.
type officeGaps struct {
	own  map[string][]string // "STATE title" → ids in hand-written files
	gen  map[string][]string // "STATE title" → ids in generated files
	orgs map[string][]string // "org title" → ids in hand-written files
}

// generatedPeople are the converted people files (see the README's
// Converters): a role they leave open may be stale.
var generatedPeople = []string{"leaders_countryinfo.jsonl", "people_phoenix.jsonl"}

// readOffices reads every embedded people file and collects the holders
// of the day.
func readOffices(t *testing.T) officeGaps {
	t.Helper()
	g := officeGaps{own: map[string][]string{}, gen: map[string][]string{}, orgs: map[string][]string{}}
	for n, es := range embeddedEntries(t) {
		generated := slices.Contains(generatedPeople, path.Base(n))
		for _, e := range es {
			for _, r := range e.RolesOn(officesDate) {
				k := r.Of + " " + r.Title
				switch {
				case generated:
					g.gen[k] = append(g.gen[k], e.ID)
				case r.Of != "" && r.Of[0] >= 'a':
					g.orgs[k] = append(g.orgs[k], e.ID)
				default:
					g.own[k] = append(g.own[k], e.ID)
				}
			}
		}
	}
	return g
}

// sharedOffices are offices that several people hold at once by
// constitution: two of them are no stale holder.
var sharedOffices = []string{
	"AND head_of_state", // the two co-princes
	"SMR head_of_state", // the two captains regent
	"BIH head_of_state", // the three members of the presidency
}

// TestOfficeHolders checks the present-day holders of states' four
// offices and of international bodies' heads on officesDate: no office
// of a state has two hand-written holders (a stale term left open would
// make "Presiden X" or a lone surname the wrong person), every office of
// keyStates has one unless keyVacancies says why not, and every body of
// keyBodies has a head. It logs the offices of every state without a
// hand-written holder, with the generated holders of the day if any
// (CountryInfo's terms of 2012 left open are often stale), so that the
// gaps can be filled.
func TestOfficeHolders(t *testing.T) {
	g := readOffices(t)
	var gaps, staleGen []string
	for _, s := range strings.Fields(checkedStates) {
		for _, title := range stateOffices {
			k := s + " " + title
			own := g.own[k]
			if len(own) > 1 && !slices.Contains(sharedOffices, k) {
				t.Errorf("%s: %d holders on %s: %v (a term left open?)", k, len(own), officesDate, own)
			}
			if len(own) > 0 {
				continue
			}
			if gen := g.gen[k]; len(gen) > 0 {
				staleGen = append(staleGen, fmt.Sprintf("%s %v", k, gen))
			} else {
				gaps = append(gaps, k)
			}
		}
	}
	t.Logf("%d offices with no holder on %s: %s", len(gaps), officesDate, strings.Join(gaps, "; "))
	t.Logf("%d offices with only a generated holder (maybe stale): %s", len(staleGen), strings.Join(staleGen, "; "))
	for _, s := range strings.Fields(keyStates) {
		for _, title := range stateOffices {
			k := s + " " + title
			_, vacant := keyVacancies[k]
			switch has := len(g.own[k]) > 0; {
			case !has && !vacant:
				t.Errorf("%s: no hand-written holder on %s (generated: %v)", k, officesDate, g.gen[k])
			case has && vacant:
				t.Errorf("%s: holder %v on %s: take it off keyVacancies", k, g.own[k], officesDate)
			}
		}
	}
	for _, b := range keyBodies {
		ids := g.orgs[b]
		if len(ids) == 0 {
			t.Errorf("%s: no holder on %s", b, officesDate)
		}
		if len(ids) > 1 {
			t.Errorf("%s: %d holders on %s: %v (a term left open?)", b, len(ids), officesDate, ids)
		}
	}
}

// keyBodies are the heads of international bodies news names most, as
// "org title" (the title the README gives the office).
var keyBodies = []string{
	"united-nations leader", "un-general-assembly leader", "un-human-rights-council leader",
	"european-commission leader", "european-council leader", "european-parliament leader",
	"european-union foreign_minister", "ecb leader", "nato leader", "asean leader", "african-union leader",
	"imf leader", "world-bank leader", "wto leader", "iaea leader", "icc prosecutor", "icc leader",
	"icj leader", "opec leader", "gcc leader", "arab-league leader", "oic leader", "who leader",
	"unhcr leader", "unicef leader", "world-food-programme leader", "fao leader", "unesco leader",
	"ocha leader", "unrwa head", "iom leader", "unodc leader", "osce leader", "interpol leader",
	"council-of-europe leader", "oecd head",
}
