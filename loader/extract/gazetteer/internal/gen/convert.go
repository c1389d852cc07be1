package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

type role struct {
	Title string `json:"title"`
	Of    string `json:"of,omitempty"`
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

type entry struct {
	ID      string              `json:"id"`
	Kind    string              `json:"kind"`
	Name    string              `json:"name"`
	Country string              `json:"country,omitempty"`
	Names   map[string][]string `json:"names,omitempty"`
	Short   []string            `json:"short,omitempty"`
	Roles   []role              `json:"roles,omitempty"`
	Source  string              `json:"source,omitempty"`
}

// knownForms reads the hand-written data files: ids and folded forms
// already there are not generated again.
func knownForms(dir string) (map[string]bool, error) {
	known := map[string]bool{}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		base := filepath.Base(f)
		if base == "leaders_countryinfo.jsonl" || base == "places_idn.jsonl" || base == "armed_groups_petrarch.jsonl" || base == "people_phoenix.jsonl" || base == "international_phoenix.jsonl" || base == "places_world.jsonl" || base == "places_regions.jsonl" {
			continue // our own output
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		addKnown(known, b)
	}
	return known, nil
}

func addKnown(known map[string]bool, b []byte) {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e struct {
			ID       string              `json:"id"`
			Name     string              `json:"name"`
			Names    map[string][]string `json:"names"`
			Short    []string            `json:"short"`
			Capitals []string            `json:"capitals"`
			Alias    bool                `json:"alias"`
		}
		if json.Unmarshal(sc.Bytes(), &e) != nil || e.Alias {
			continue // alias lines (aliases.jsonl) add names to entries, generated ones too
		}
		known["id:"+e.ID] = true
		known[strings.ToLower(e.Name)] = true
		for _, ns := range e.Names {
			for _, n := range ns {
				known[strings.ToLower(n)] = true
			}
		}
		for _, n := range append(e.Short, e.Capitals...) {
			known[strings.ToLower(n)] = true
		}
	}
}

var (
	codeRe  = regexp.MustCompile(`<CountryCode>([A-Z]{3})</CountryCode>`)
	dateRe  = regexp.MustCompile(`\[(?:([<>])\s*(\d{8})|(\d{8})\s*-\s*(\d{8}))\]`)
	govRe   = regexp.MustCompile(`\[([A-Z]{3}[A-Z]*)\s+(?:([<>])\s*(\d{8})|(\d{8})\s*-\s*(\d{8}))\]`)
	slugRe  = regexp.MustCompile(`[^a-z0-9]+`)
	tagRe   = regexp.MustCompile(`^<(/?)([A-Za-z_ -]+)>`)
	alnumRe = regexp.MustCompile(`[A-Za-z]`)
)

// isoDate turns YYYYMMDD into the most precise valid ISO date.
func isoDate(s string) string {
	y, m, d := s[:4], s[4:6], s[6:8]
	if m == "00" || m > "12" {
		return y
	}
	if d == "00" || d > "28" && !validDay(y, m, d) {
		return y + "-" + m
	}
	return y + "-" + m + "-" + d
}

func validDay(y, m, d string) bool {
	days := map[string]string{"01": "31", "02": "28", "03": "31", "04": "30", "05": "31", "06": "30", "07": "31", "08": "31", "09": "30", "10": "31", "11": "30", "12": "31"}
	return d <= days[m]
}

// properName turns "B.J._HABIBIE_" into "B.J. Habibie".
func properName(s string) string {
	s = strings.Trim(s, "_ ")
	words := strings.Split(s, "_")
	for i, w := range words {
		rs := []rune(strings.ToLower(w))
		up := true
		for j, r := range rs {
			if up && unicode.IsLetter(r) {
				rs[j] = unicode.ToUpper(r)
			}
			up = r == '.' || r == '-' || r == '\''
			if j == 0 && !unicode.IsLetter(r) {
				up = true
			}
		}
		words[i] = string(rs)
		if i > 0 && i == len(words)-1 && regnal[strings.ToLower(w)] {
			words[i] = strings.ToUpper(w) // "ABDULLAH_II" is "Abdullah II", not "Abdullah Ii"
		}
	}
	return strings.Join(words, " ")
}

// regnal are the roman numerals of two or more letters that end a
// monarch's name ("Abdullah II", "Mswati III"); a single letter is upper
// case already.
var regnal = map[string]bool{"ii": true, "iii": true, "iv": true, "vi": true, "vii": true, "viii": true, "ix": true}

func slug(s string) string {
	return strings.Trim(slugRe.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

// govTitle maps a CountryInfo <Government> comment to a role title, or "".
func govTitle(c string) string {
	c = strings.ToLower(strings.TrimSpace(c))
	switch {
	case strings.Contains(c, "deputy") || strings.Contains(c, "vice") || strings.Contains(c, "state for") || strings.Contains(c, "trade") || strings.Contains(c, "former"):
		return ""
	case strings.HasPrefix(c, "prime minister") || c == "premier" || c == "chancellor":
		return "head_of_government"
	case c == "president" || strings.HasPrefix(c, "president of the republic"):
		return "head_of_state"
	case strings.HasPrefix(c, "minister of foreign") || strings.HasPrefix(c, "minister for foreign") || strings.HasPrefix(c, "foreign minister") || strings.HasPrefix(c, "secretary of state for foreign"):
		return "foreign_minister"
	case strings.HasPrefix(c, "minister of defense") || strings.HasPrefix(c, "minister of national defense") || strings.HasPrefix(c, "minister for defense") || strings.HasPrefix(c, "minister of defence") || strings.HasPrefix(c, "secretary of defense") || strings.HasPrefix(c, "secretary of state for defence"):
		return "defense_minister"
	}
	return ""
}

// leaderTitle maps a <Leaders> section tag to a role title, or "".
func leaderTitle(tag string) string {
	t := strings.ToLower(tag)
	switch {
	case strings.Contains(t, "prime") || strings.Contains(t, "premier") || strings.Contains(t, "chancellor"):
		return "head_of_government"
	case strings.Contains(t, "president") || strings.Contains(t, "king") || strings.Contains(t, "emir") || strings.Contains(t, "sultan") || strings.Contains(t, "emperor") || strings.Contains(t, "leader") || strings.Contains(t, "junta") || strings.Contains(t, "chairm"):
		return "head_of_state"
	}
	return ""
}

// Leaders converts CountryInfo's leaders and governments: heads of state
// and government, foreign and defence ministers with a term ending in 1990
// or later (or open), not already in the hand-written files.
func Leaders(ci []byte, known map[string]bool) []byte {
	people := map[string]*entry{}
	var country, section, sub string
	add := func(country string, names []string, title, start, end string) {
		name := names[0]
		if title == "" || (end != "" && end < "1990") || !alnumRe.MatchString(name) {
			return
		}
		if !strings.Contains(name, " ") {
			return // "Abdullah", "Hussein": a monarch's one given name would make every Abdullah a king
		}
		if strings.Contains(" "+name+" ", " Minister ") {
			return // "Foreign Minister Abdullah": an office and a given name, no name; it took "Foreign Minister Abdullah Al-Yahya"
		}
		id := slug(name)
		if id == "" || known["id:"+id] || known[strings.ToLower(name)] {
			return
		}
		e := people[id]
		if e == nil {
			e = &entry{ID: id, Kind: "person", Name: name, Country: country, Names: map[string][]string{"en": {name}}, Source: "CountryInfo.120116 (openeventdata/CountryInfo, CC BY-SA 3.0)"}
			people[id] = e
		}
		for _, n := range names[1:] {
			if !known[strings.ToLower(n)] && !slices.Contains(e.Names["en"], n) {
				e.Names["en"] = append(e.Names["en"], n)
			}
		}
		r := role{Title: title, Of: country, Start: start, End: end}
		for _, x := range e.Roles {
			if x == r {
				return
			}
		}
		e.Roles = append(e.Roles, r)
	}
	sc := bufio.NewScanner(bytes.NewReader(ci))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if m := codeRe.FindStringSubmatch(line); m != nil {
			country = isoCode(m[1])
			continue
		}
		t := strings.TrimSpace(line)
		if m := tagRe.FindStringSubmatch(t); m != nil {
			if m[1] == "" {
				if section == "Leaders" {
					sub = m[2]
				} else {
					section, sub = m[2], ""
				}
			} else if m[2] == "Leaders" || m[2] == "Government" {
				section = ""
			} else {
				sub = ""
			}
			continue
		}
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		switch section {
		case "Leaders":
			title := leaderTitle(sub)
			names := variantNames(t)
			for _, d := range dateRe.FindAllStringSubmatch(t, -1) {
				start, end := dates(d[1], d[2], d[3], d[4])
				add(leadersOf(country), names, title, start, end)
			}
		case "Government":
			comment := ""
			if i := strings.IndexByte(t, '#'); i >= 0 {
				comment, t = t[i+1:], t[:i]
			}
			names := variantNames(t)
			titles := strings.Split(comment, "&")
			groups := govRe.FindAllStringSubmatch(t, -1)
			for gi, g := range groups {
				c := titles[0]
				if len(titles) == len(groups) {
					c = titles[gi]
				}
				start, end := dates(g[2], g[3], g[4], g[5])
				add(country, names, govTitle(c), start, end)
			}
		}
	}
	ids := make([]string, 0, len(people))
	for id := range people {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out bytes.Buffer
	out.WriteString("# Generated by internal/gen from CountryInfo.120116.txt (openeventdata/CountryInfo, CC BY-SA 3.0, (c) 2012 Philip A. Schrodt). Do not edit.\n")
	for _, id := range ids {
		e := people[id]
		sort.SliceStable(e.Roles, func(a, b int) bool { return e.Roles[a].Start < e.Roles[b].Start })
		line(&out, e)
	}
	return out.Bytes()
}

// isoCode is the state id of a CountryInfo country code: CountryInfo
// writes Timor-Leste with TMP, the ISO code it had before 2002, which no
// entry of states.jsonl has (its people were of no state); every other code
// is ISO 3166-1 alpha-3 already.
func isoCode(c string) string {
	if c == "TMP" {
		return "TLS"
	}
	return c
}

// leadersOf is the state whose leaders a country's <Leaders> block lists:
// CountryInfo's Mauritius entry holds Mauritania's (Ould Daddah to Ould
// Abdel Aziz), and Mauritania's none, which made Mauritania's presidents
// heads of state of Mauritius.
func leadersOf(c string) string {
	if c == "MUS" {
		return "MRT"
	}
	return c
}

// variantNames reads the names at the start of a CountryInfo line:
// "NAME_" or "{NAME_}{OTHER_NAME_}", before the first '['.
func variantNames(line string) []string {
	head := line
	if i := strings.IndexByte(head, '['); i >= 0 {
		head = head[:i]
	}
	head = strings.TrimSpace(head)
	var names []string
	for _, p := range strings.Split(strings.Trim(head, "{} \t"), "}") {
		p = strings.Trim(strings.TrimSpace(p), "{")
		if p != "" && !slices.Contains(names, properName(p)) {
			names = append(names, properName(p))
		}
	}
	if len(names) == 0 {
		names = []string{""}
	}
	return names
}

func dates(op, d, s, e string) (string, string) {
	switch op {
	case ">":
		return isoDate(d), ""
	case "<":
		return "", isoDate(d)
	}
	return isoDate(s), isoDate(e)
}

func line(out *bytes.Buffer, e *entry) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		panic(err)
	}
	out.Write(b.Bytes())
}

// Common lists the Sastrawi root words that the UD news treebanks write in
// lower case at least as often as they tag them PROPN: ordinary words, which after
// a title are not a name.
func Common(roots []byte, ud [][]byte) []byte {
	lower, propn := map[string]int{}, map[string]int{}
	for _, b := range ud {
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			f := strings.Split(sc.Text(), "\t")
			if len(f) < 4 || strings.HasPrefix(f[0], "#") {
				continue
			}
			w := f[1]
			lw := strings.ToLower(w)
			if f[3] == "PROPN" {
				propn[lw]++
			} else if w == lw {
				lower[lw]++
			}
		}
	}
	var words []string
	sc := bufio.NewScanner(bytes.NewReader(roots))
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" && lower[w] > 0 && lower[w] >= propn[w] {
			words = append(words, w)
		}
	}
	return wordLines("# Generated by loader/extract/gazetteer/internal/gen: Sastrawi root words (MIT) written in lower case at least as often as tagged PROPN in UD Indonesian GSD and CSUI (CC BY-SA 4.0). Do not edit.", words)
}

// Regions converts Indonesia's provinces and regencies (BPS via
// edwardsamuel/Wilayah-Administratif-Indonesia, ODbL) to places of IDN.
// A bare name ("Bandung" for "Kabupaten Bandung") is a form only when it
// is not an ordinary word nor already known.
func Regions(prov, reg []byte, known map[string]bool, common []byte) []byte {
	isCommon := map[string]bool{}
	for _, w := range strings.Split(string(common), "\n") {
		isCommon[w] = true
	}
	var out bytes.Buffer
	out.WriteString("# Generated by internal/gen from provinces.csv and regencies.csv (edwardsamuel/Wilayah-Administratif-Indonesia, ODbL 1.0; source data BPS, 2018). Do not edit.\n")
	seen := map[string]bool{}
	emit := func(name string, forms []string) {
		id := slug(name)
		if seen[id] || known["id:"+id] {
			return
		}
		seen[id] = true
		var fs []string
		for _, f := range forms {
			lf := strings.ToLower(f)
			if known[lf] || isCommon[lf] || seen["form:"+lf] {
				continue
			}
			seen["form:"+lf] = true
			fs = append(fs, f)
		}
		if len(fs) == 0 {
			return
		}
		line(&out, &entry{ID: id, Kind: "place", Name: name, Country: "IDN", Names: map[string][]string{"id": fs}, Source: "BPS via Wilayah-Administratif-Indonesia (ODbL 1.0)"})
	}
	for _, l := range strings.Split(strings.ReplaceAll(string(prov), "\r", ""), "\n") {
		f := strings.SplitN(l, ",", 2)
		if len(f) != 2 {
			continue
		}
		n := regionName(f[1])
		emit(n, []string{n, "Provinsi " + n})
	}
	for _, l := range strings.Split(strings.ReplaceAll(string(reg), "\r", ""), "\n") {
		f := strings.SplitN(l, ",", 3)
		if len(f) != 3 {
			continue
		}
		n := regionName(f[2])
		bare := n
		for _, p := range []string{"Kabupaten ", "Kota "} {
			bare = strings.TrimPrefix(bare, p)
		}
		emit(n, []string{n, bare})
	}
	return out.Bytes()
}

func regionName(s string) string {
	words := strings.Fields(strings.TrimSpace(s))
	for i, w := range words {
		switch w {
		case "DKI", "DI":
			continue
		}
		words[i] = properName(w)
	}
	return strings.Join(words, " ")
}
