package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// regionSkipTypes are ISO 3166-2 subdivision types too fine or too
// local to be safe evidence of a region in news (Slovenia's 212
// municipalities, Malta's local councils, Azerbaijan's rayons, Bulgaria's
// and Moldova's districts): their names are towns the world cities hold
// already or words of other things. Timor-Leste's municipalities are
// taken all the same (regionKeepTypes).
var regionSkipTypes = map[string]bool{
	"Municipality": true, "Local council": true, "Parish": true, "Rayon": true, "Commune": true,
	"Quarter": true, "Town": true, "Urban municipality": true, "Island council": true,
	"Administrative atoll": true, "District": true, "City with county rights": true, "City": true,
	"Borough": true, "Island": true, "Islands, groups of islands": true, "Outlying area": true,
}

// regionKeepTypes are the states whose units of a skipped type are their
// first level as news knows it (country alpha-2 -> type).
var regionKeepTypes = map[string]string{"TL": "Municipality"}

// regionSkipStates are states whose regions other files hold already
// (Indonesia's in places_idn.jsonl; the US states, Canadian provinces and
// Australian states in places.jsonl, less those left out there on purpose
// as given names: Virginia, Alberta, Victoria).
var regionSkipStates = map[string]bool{"ID": true, "US": true, "CA": true, "AU": true}

// regionTableOnly are the states whose ISO names are adjectives or
// transliterations news never writes (Belgorodskaja oblast', Vinnytska
// oblast, Mazowieckie): only the hand-written table names their regions.
var regionTableOnly = map[string]bool{"RU": true, "UA": true, "BY": true, "PL": true, "CZ": true, "SK": true, "HR": true, "KZ": true, "KG": true, "TJ": true, "UZ": true, "LV": true, "LT": true, "EE": true, "SI": true, "MK": true}

// regionArabic are the states whose ISO names carry the Arabic article
// (Al Anbār, Aḑ Ḑāli‘), which news often drops.
var regionArabic = map[string]bool{"AE": true, "BH": true, "DZ": true, "EG": true, "IQ": true, "JO": true, "KW": true, "LB": true, "LY": true, "MA": true, "MR": true, "OM": true, "PS": true, "QA": true, "SA": true, "SD": true, "SY": true, "TN": true, "YE": true}

// regionSurnamePop is the number of bearers (US census 2010) from which a
// surname is too common for a region of the same name (Rivera, Guerrero,
// Hidalgo, Miranda, Bolívar): news names the person more often.
const regionSurnamePop = 10_000

var (
	regionParenRe   = regexp.MustCompile(`\s*\([^)]*\)`)
	regionBracketRe = regexp.MustCompile(`\s*\[([^\]]*)\]`)
	regionCodeRe    = regexp.MustCompile(`[A-Z]{2}-[A-Z0-9]+|^city$`)
	// regionSuffixes are the type words ISO's local forms carry that news
	// drops (Guangdong Sheng, Guangxi Zhuangzu Zizhiqu, Nairobi City).
	regionSuffixes = []string{" Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Uygur Zizhiqu", " Zizhiqu", " Sheng", " Shi", " SAR",
		" Province", " Region", " Governorate", " State", " Prefecture", " Department", " County", " Territory"}
	// regionArticles are the Arabic articles as ISO transliterates them
	// (Al Anbār, An Najaf, Aḑ Ḑāli‘): the bare name is a form too.
	regionArticles = []string{"Al ", "An ", "Ad ", "Ar ", "As ", "Ash ", "Aş ", "Aḑ ", "Az ", "At ", "Ath "}
)

// regionWords are the lists a region's name is checked against: those of
// the cities and the demonyms of states (Somali, Afar), known people's
// surnames and common census surnames.
type regionWords struct {
	cityWords
	demonyms map[string]bool
	census   map[string]bool // surnames of the US census 2010 with regionSurnamePop bearers or more
}

// regionNames is a line of the hand-written table: English and
// Indonesian names and the source they were checked on.
type regionNames struct {
	en, id []string
	source string
}

// Regions writes data/places_regions.jsonl: the first-level subdivisions
// of ISO 3166-2 (Debian iso-codes via pycountry, committed in
// sources/iso3166-2) of every state but those other files cover, and the
// Philippines' provinces (its first level, 17 regions, is no name news
// uses), as places of their state. The name is normalized to how news
// writes it: type words dropped (Guangdong Sheng, Gyeonggi-do), Arabic
// articles optional (Al Anbār, Anbār), Korean "-buk-do"/"-nam-do" as
// North/South, the local and the comma-inverted forms cut (Asturias,
// Principado de); the hand-written table (sources/iso3166-2/names.tsv)
// gives English exonyms and Indonesian names first (Bavaria, Skotlandia,
// Kivu Utara). A form is left out when it is not Latin, shorter than four
// letters, already a name of another file (states, capitals, cities,
// places, people, organizations), a state's demonym, a given name, an
// Indonesian or English ordinary word, on the deny list, a known person's
// surname or a common census surname (unless on the keep list); a name
// regions of two states share is kept without a state (Punjab).
func WorldRegions(subdivisions, table, countries []byte, w regionWords) []byte {
	iso3 := map[string]string{}
	for _, l := range lines(countries) {
		if f := strings.Split(l, "\t"); len(f) == 2 {
			iso3[f[0]] = f[1]
		}
	}
	names := map[string]regionNames{}
	for _, l := range lines(table) {
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			continue
		}
		n := regionNames{en: strings.Split(f[1], "|"), source: f[3]}
		if f[2] != "-" {
			n.id = strings.Split(f[2], "|")
		}
		names[f[0]] = n
	}
	type region struct {
		code, country, source string
		en, id                []string
	}
	var regions []*region
	byForm := map[string][]*region{}
	for _, l := range lines(subdivisions) {
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			continue
		}
		code, parent, typ, name := f[0], f[1], f[2], f[3]
		cc := code[:2]
		if regionSkipStates[cc] || iso3[cc] == "" || !w.known["id:"+iso3[cc]] {
			continue
		}
		if parent != "" && cc != "PH" || cc == "PH" && parent == "" {
			continue // the Philippines' provinces, no other state's second level
		}
		if regionSkipTypes[typ] && regionKeepTypes[cc] != typ {
			continue
		}
		r := &region{code: code, country: iso3[cc], source: "ISO 3166-2 " + code + " (Debian iso-codes via pycountry 24.6.1, LGPL-2.1)"}
		t, inTable := names[code]
		var en []string
		if inTable {
			en = append(en, t.en...)
			r.source += "; names: " + t.source
		}
		if !regionTableOnly[cc] {
			en = append(en, regionForms(name, regionArabic[cc])...)
		}
		seen := map[string]bool{}
		add := func(list *[]string, n string) {
			forms := cityForms(n)
			for _, v := range forms {
				// a name whose form without diacritics is no safe evidence is none with them either (Pará, Concepción)
				lv := strings.ToLower(v)
				if !cityName(v) || w.known[lv] || w.demonyms[lv] || !w.keep[lv] && (w.stop[lv] || w.surnames[lv] || w.census[lv]) {
					return
				}
			}
			for _, v := range forms {
				if lv := strings.ToLower(v); !seen[lv] {
					seen[lv] = true
					*list = append(*list, v)
				}
			}
		}
		for _, n := range en {
			add(&r.en, n)
		}
		if inTable {
			for _, n := range t.id {
				add(&r.id, n)
			}
		}
		if len(r.en)+len(r.id) == 0 {
			continue
		}
		regions = append(regions, r)
		for _, v := range append(slices.Clone(r.en), r.id...) {
			byForm[strings.ToLower(v)] = append(byForm[strings.ToLower(v)], r)
		}
	}
	// A form regions of two states share names neither: the region keeps
	// its other forms; one that has none is kept without a state.
	shared := map[string]bool{}
	for k, rs := range byForm {
		for _, r := range rs[1:] {
			if r.country != rs[0].country {
				shared[k] = true
			}
		}
	}
	var out bytes.Buffer
	out.WriteString("# Generated by internal/gen from sources/iso3166-2 (ISO 3166-2 subdivisions of Debian iso-codes via pycountry 24.6.1, LGPL-2.1; names.tsv the project's own table): the first-level regions of the world's states as places of their state, less names that are no safe evidence of the region; see README.md. Do not edit.\n")
	done := map[string]bool{}
	ids := map[string]bool{}
	for _, r := range regions {
		keep := func(fs []string) []string {
			var out []string
			for _, v := range fs {
				if !shared[strings.ToLower(v)] {
					out = append(out, v)
				}
			}
			return out
		}
		en, id, country := keep(r.en), keep(r.id), r.country
		if len(en)+len(id) == 0 {
			// every form is shared: one entry without a state for the first
			if len(r.en) == 0 || done[strings.ToLower(r.en[0])] {
				continue
			}
			k := strings.ToLower(r.en[0])
			done[k] = true
			en, id, country = r.en, r.id, ""
			r.source = "ISO 3166-2"
			for _, o := range byForm[k] {
				r.source += " " + o.code
			}
			r.source += " (Debian iso-codes via pycountry 24.6.1, LGPL-2.1)"
		}
		all := append(slices.Clone(en), id...)
		forms := cityForms(all[0])
		rid := slug(forms[len(forms)-1])
		if rid == "" {
			continue
		}
		if w.known["id:"+rid] || ids[rid] {
			rid += "-" + strings.ToLower(r.country)
		}
		if w.known["id:"+rid] || ids[rid] {
			continue
		}
		ids[rid] = true
		e := &entry{ID: rid, Kind: "place", Name: all[0], Country: country, Names: map[string][]string{}, Source: r.source}
		if len(en) > 0 {
			e.Names["en"] = en
		}
		if len(id) > 0 {
			e.Names["id"] = id
		}
		line(&out, e)
	}
	return out.Bytes()
}

// regionForms returns the forms news writes for an ISO 3166-2 name.
func regionForms(name string, arabic bool) []string {
	name = strings.TrimSpace(strings.TrimRight(name, "*† "))
	var forms, alt []string
	if m := regionBracketRe.FindStringSubmatch(name); m != nil {
		name = strings.TrimSpace(regionBracketRe.ReplaceAllString(name, ""))
		if !regionCodeRe.MatchString(m[1]) {
			alt = regionForms(m[1], arabic) // "Catalunya [Cataluña]": the other language's name
		}
	}
	name = strings.TrimSpace(regionParenRe.ReplaceAllString(name, ""))
	if i := strings.Index(name, ", "); i > 0 {
		name = name[:i] // "Asturias, Principado de", "Dagestan, Respublika"
	}
	for _, s := range regionSuffixes {
		if strings.HasSuffix(name, s) && len(name) > len(s) {
			name = strings.TrimSuffix(name, s)
			break
		}
	}
	// Korea: Gyeonggi-do, Chungcheongbuk-do (North Chungcheong), Busan-gwangyeoksi
	for _, s := range []string{"-teukbyeoljachido", "-teukbyeolsi", "-gwangyeoksi", "-do"} {
		if strings.HasSuffix(name, s) {
			name = strings.TrimSuffix(name, s)
			switch {
			case strings.HasSuffix(name, "buk"):
				name = "North " + strings.TrimSuffix(name, "buk")
			case strings.HasSuffix(name, "nam"):
				name = "South " + strings.TrimSuffix(name, "nam")
			}
			break
		}
	}
	name = strings.TrimLeft(name, "‘’'ʻ")
	forms = append(forms, name)
	for _, a := range regionArticles {
		if arabic && strings.HasPrefix(name, a) && len(name) > len(a)+3 {
			forms = append(forms, strings.TrimLeft(name[len(a):], "‘’'ʻ"))
		}
	}
	return append(forms, alt...)
}

// demonyms adds the demonyms of the entries of a data file to set,
// lower-cased.
func demonyms(set map[string]bool, b []byte) {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e struct {
			Demonyms map[string][]string `json:"demonyms"`
		}
		if json.Unmarshal(sc.Bytes(), &e) != nil {
			continue
		}
		for _, n := range flat(e.Demonyms) {
			set[strings.ToLower(n)] = true
		}
	}
}

// censusSurnames adds the surnames of surnames-2010.tsv (name, count) with
// at least min bearers to set, lower-cased.
func censusSurnames(set map[string]bool, b []byte, min int) {
	for _, l := range lines(b) {
		f := strings.Split(l, "\t")
		if len(f) != 2 {
			continue
		}
		if n, err := strconv.Atoi(f[1]); err == nil && n >= min {
			set[strings.ToLower(f[0])] = true
		}
	}
}
