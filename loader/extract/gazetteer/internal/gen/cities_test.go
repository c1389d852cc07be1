package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestCities runs the converter on made-up cities and checks which are
// kept, with which id, country and forms.
func TestCities(t *testing.T) {
	cities := []byte("# id\tname\tcc\tpop\n" +
		"1\tOsakaville\tJP\t2500000\n" +
		"2\tBragança Teste\tBR\t900000\n" +
		"3\tMobilia\tUS\t300000\n" + // deny list
		"4\tTwinton\tGB\t500000\n" + // shared with a city of similar size
		"5\tTwinton\tAU\t400000\n" +
		"6\tBigton\tIN\t5000000\n" + // shared with a much smaller city
		"7\tBigton\tPK\t1000000\n" +
		"8\tSmallton\tFR\t150000\n" + // under citiesMinPop
		"9\tKnownburg\tDE\t800000\n" + // already in a data file
		"10\tGivenia\tIT\t700000\n" + // a given name
		"11\tSurnamo\tES\t600000\n" + // a known person's surname
		"12\tSurnamo Grande\tES\t1500000\n" +
		"13\tМосква\tRU\t9000000\n" + // not Latin
		"14\tOdd\tNO\t900000\n" + // fewer than four letters
		"15\tShopshire\tGB\t300000\n" + // an English ordinary word
		"16\tBuffalton\tUS\t300000\n" + // an ordinary word, kept
		"17\tNowhere\tZZ\t300000\n" + // no state
		"18\tKashville\tIN\t400000\n" + // two spellings of one city
		"19\tKāshville\tIN\t400000\n")
	countries := []byte("BR\tBRA\nDE\tDEU\nES\tESP\nFR\tFRA\nGB\tGBR\nAU\tAUS\nIN\tIND\nIT\tITA\nJP\tJPN\nNO\tNOR\nPK\tPAK\nRU\tRUS\nUS\tUSA\nZZ\tZZZ\n")
	w := cityWords{known: map[string]bool{}, surnames: map[string]bool{"surnamo": true}, stop: map[string]bool{}, keep: map[string]bool{}}
	for _, id := range []string{"BRA", "DEU", "ESP", "FRA", "GBR", "AUS", "IND", "ITA", "JPN", "NOR", "PAK", "RUS", "USA"} {
		w.known["id:"+id] = true
	}
	w.known["knownburg"] = true
	wordList(w.stop, []byte("# deny\nMobilia # a word\n"), []byte("givenia\nshopshire\nbuffalton\n"))
	wordList(w.keep, []byte("Buffalton\n"))
	got := map[string]entry{}
	var order []string
	for _, l := range strings.Split(strings.TrimSpace(string(Cities(cities, countries, w))), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		var e entry
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		got[e.Name] = e
		order = append(order, e.ID)
	}
	for _, tc := range []struct {
		name, id, country string
		forms             []string
	}{
		{"Osakaville", "osakaville", "JPN", []string{"Osakaville"}},
		{"Bragança Teste", "braganca-teste", "BRA", []string{"Bragança Teste", "Braganca Teste"}},
		{"Bigton", "bigton", "IND", []string{"Bigton"}},
		{"Surnamo Grande", "surnamo-grande", "ESP", []string{"Surnamo Grande"}},
		{"Buffalton", "buffalton", "USA", []string{"Buffalton"}},
		{"Kashville", "kashville", "IND", []string{"Kashville"}},
		{"Kāshville", "", "", nil},
		{"Mobilia", "", "", nil},
		{"Twinton", "", "", nil},
		{"Smallton", "", "", nil},
		{"Knownburg", "", "", nil},
		{"Givenia", "", "", nil},
		{"Surnamo", "", "", nil},
		{"Москва", "", "", nil},
		{"Odd", "", "", nil},
		{"Shopshire", "", "", nil},
		{"Nowhere", "", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, ok := got[tc.name]
			if tc.id == "" {
				if ok {
					t.Fatalf("kept as %+v, want left out", e)
				}
				return
			}
			if !ok {
				t.Fatalf("left out")
			}
			if e.ID != tc.id || e.Country != tc.country || e.Kind != "place" || strings.Join(e.Names["en"], "|") != strings.Join(tc.forms, "|") {
				t.Errorf("got %s %s %s %v, want %s %s place %v", e.ID, e.Country, e.Kind, e.Names["en"], tc.id, tc.country, tc.forms)
			}
		})
	}
	if strings.Join(order, " ") != "bigton osakaville surnamo-grande braganca-teste kashville buffalton" {
		t.Errorf("order %v, want by population, largest first", order)
	}
}

func TestCityForms(t *testing.T) {
	for in, want := range map[string]string{"Xi’an": "Xi’an|Xi'an", "Kraków": "Kraków|Krakow", "Wrocław": "Wrocław|Wroclaw", "Düsseldorf": "Düsseldorf|Dusseldorf", "Lagos": "Lagos"} {
		t.Run(in, func(t *testing.T) {
			if got := strings.Join(cityForms(in), "|"); got != want {
				t.Errorf("cityForms(%q) = %q, want %q", in, got, want)
			}
		})
	}
}
