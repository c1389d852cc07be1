package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestWorldRegions runs the region converter on made-up subdivisions and
// checks which are kept, with which id, country and forms.
func TestWorldRegions(t *testing.T) {
	subs := []byte("# code\tparent\ttype\tname\n" +
		"CN-GD\t\tProvince\tGuangdoria Sheng\n" + // type word dropped
		"DE-BY\t\tLand\tBayerland\n" + // the table's exonym first
		"IQ-AN\t\tGovernorate\tAl Anbārit\n" + // article optional
		"KR-47\t\tProvince\tGyeongsangbuk-do\n" + // North Gyeongsang
		"ES-AS\t\tAutonomous community\tAsturiola, Principado de\n" + // comma inversion cut
		"IN-PB\t\tState\tPunjabia\n" + // shared by two states: no state
		"PK-PB\t\tProvince\tPunjabia\n" +
		"SI-001\t\tMunicipality\tAjdovia\n" + // a skipped type
		"TL-BO\t\tMunicipality\tBobonara\n" + // kept all the same
		"PH-00\t\tRegion\tNational Capitalia Region\n" + // the Philippines' first level: left out
		"PH-SLU\tPH-14\tProvince\tSuluvia\n" + // its provinces kept
		"FR-ARA\tFR-X\tDepartment\tAinia\n" + // no other second level
		"ID-JB\t\tProvince\tJawa Baratia\n" + // Indonesia's in places_idn
		"RU-BEL\t\tAdministrative region\tBelgorodskaja oblast'\n" + // table only: no name in the table
		"RU-DA\t\tRepublic\tDagestania, Respublika\n" + // table only: the table's name
		"NG-DE\t\tState\tDeltoid\n" + // deny list
		"NG-KN\t\tState\tKnownia\n" + // another file's name
		"ET-SO\t\tRegional state\tSomalian\n" + // a demonym
		"MX-GRO\t\tState\tGuerreria\n" + // a common census surname
		"MY-12\t\tState\tSabahia\n" + // a given name, kept
		"CR-SJ\t\tProvince\tSan Josá\n") // a known name without its diacritics
	table := []byte("# code\ten\tid\tsource\nDE-BY\tBavarica\t-\tWikipedia: Bavaria\nRU-DA\tDagestania\tDagestania Raya\tWikipedia: Dagestan\n")
	countries := []byte("CN\tCHN\nDE\tDEU\nIQ\tIRQ\nKR\tKOR\nES\tESP\nIN\tIND\nPK\tPAK\nSI\tSVN\nTL\tTLS\nPH\tPHL\nFR\tFRA\nID\tIDN\nRU\tRUS\nNG\tNGA\nET\tETH\nMX\tMEX\nMY\tMYS\nCR\tCRI\n")
	w := regionWords{cityWords: cityWords{known: map[string]bool{}, surnames: map[string]bool{}, stop: map[string]bool{}, keep: map[string]bool{}}, demonyms: map[string]bool{"somalian": true}, census: map[string]bool{"guerreria": true}}
	for _, id := range []string{"CHN", "DEU", "IRQ", "KOR", "ESP", "IND", "PAK", "SVN", "TLS", "PHL", "FRA", "IDN", "RUS", "NGA", "ETH", "MEX", "MYS", "CRI"} {
		w.known["id:"+id] = true
	}
	w.known["knownia"] = true
	w.known["san josa"] = true
	wordList(w.stop, []byte("Deltoid # a word\nsabahia\n"))
	wordList(w.keep, []byte("Sabahia\n"))
	got := map[string]entry{}
	for _, l := range strings.Split(strings.TrimSpace(string(WorldRegions(subs, table, countries, w))), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		var e entry
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		got[e.ID] = e
	}
	for _, tc := range []struct {
		id, country, en, in string
	}{
		{"guangdoria", "CHN", "Guangdoria", ""},
		{"bavarica", "DEU", "Bavarica|Bayerland", ""},
		{"al-anbarit", "IRQ", "Al Anbārit|Al Anbarit|Anbārit|Anbarit", ""},
		{"north-gyeongsang", "KOR", "North Gyeongsang", ""},
		{"asturiola", "ESP", "Asturiola", ""},
		{"punjabia", "", "Punjabia", ""},
		{"bobonara", "TLS", "Bobonara", ""},
		{"suluvia", "PHL", "Suluvia", ""},
		{"dagestania", "RUS", "Dagestania", "Dagestania Raya"},
		{"sabahia", "MYS", "Sabahia", ""},
	} {
		t.Run(tc.id, func(t *testing.T) {
			e, ok := got[tc.id]
			if !ok {
				t.Fatalf("left out")
			}
			if e.Country != tc.country || e.Kind != "place" || strings.Join(e.Names["en"], "|") != tc.en || strings.Join(e.Names["id"], "|") != tc.in {
				t.Errorf("got %s %s %v %v, want %s place %s %s", e.Country, e.Kind, e.Names["en"], e.Names["id"], tc.country, tc.en, tc.in)
			}
		})
	}
	for _, id := range []string{"ajdovia", "national-capitalia", "ainia", "jawa-baratia", "belgorodskaja", "deltoid", "knownia", "somalian", "guerreria", "san-josa", "punjabia-pak"} {
		if e, ok := got[id]; ok {
			t.Errorf("%s kept as %+v, want left out", id, e)
		}
	}
	if len(got) != 10 {
		t.Errorf("%d entries, want 10", len(got))
	}
}

func TestRegionForms(t *testing.T) {
	for in, want := range map[string]string{
		"Guangxi Zhuangzu Zizhiqu":     "Guangxi",
		"Catalunya [Cataluña]":         "Catalunya|Cataluña",
		"Wales [Cymru GB-CYM]":         "Wales",
		"Ilocos (Region I)":            "Ilocos",
		"Jeollanam-do":                 "South Jeolla",
		"Seoul-teukbyeolsi":            "Seoul",
		"Nafarroako Foru Komunitatea*": "Nafarroako Foru Komunitatea",
		"Murcia, Región de":            "Murcia",
	} {
		t.Run(in, func(t *testing.T) {
			if got := strings.Join(regionForms(in, false), "|"); got != want {
				t.Errorf("regionForms(%q) = %q, want %q", in, got, want)
			}
		})
	}
	if got := strings.Join(regionForms("Aḑ Ḑāli‘", true), "|"); got != "Aḑ Ḑāli‘|Ḑāli‘" {
		t.Errorf("regionForms(Aḑ Ḑāli‘) = %q", got)
	}
}
