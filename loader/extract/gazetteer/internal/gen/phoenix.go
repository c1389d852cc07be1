package main

import (
	"bufio"
	"bytes"
	"regexp"
	"sort"
	"strings"
)

// A record of a Phoenix actor dictionary (PETRARCH2, TABARI format): the
// primary phrase, its code on the primary line when there is one, the
// comment, the '+' synonyms and the role codes, dated or not.
type phoenixRecord struct {
	name, code, comment string
	synonyms            []string
	roles               []phoenixRole
}

type phoenixRole struct{ code, start, end string }

var (
	initialRe     = regexp.MustCompile(`^[a-z]\.([a-z]\.)?$`)
	phoenixCodeRe = regexp.MustCompile(`\[([A-Z-]+)(?:\s+([^\]]*))?\]`)
	phoenixSpanRe = regexp.MustCompile(`^(?:([<>])\s*(\d{6}|\d{7}|\d{8})|(\d{6}|\d{7}|\d{8})\s*-\s*(\d{6}|\d{7}|\d{8}))$`)
)

// readPhoenix splits a Phoenix actor dictionary into records. A record
// starts at a line that is neither indented nor a synonym; its codes are
// those of its primary line and of the indented lines after it.
func readPhoenix(src []byte) []*phoenixRecord {
	var out []*phoenixRecord
	var cur *phoenixRecord
	codes := func(s string) {
		for _, m := range phoenixCodeRe.FindAllStringSubmatch(s, -1) {
			if cur == nil {
				return
			}
			span := strings.TrimSpace(m[2])
			if span == "" {
				cur.roles = append(cur.roles, phoenixRole{code: m[1]})
				continue
			}
			sm := phoenixSpanRe.FindStringSubmatch(span)
			if sm == nil {
				continue
			}
			r := phoenixRole{code: m[1]}
			switch {
			case sm[1] == ">":
				r.start = phoenixDate(sm[2])
			case sm[1] == "<":
				r.end = phoenixDate(sm[2])
			default:
				r.start, r.end = phoenixDate(sm[3]), phoenixDate(sm[4])
			}
			if r.start == "?" || r.end == "?" {
				continue
			}
			cur.roles = append(cur.roles, r)
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "<!--") {
			continue
		}
		body, comment, _ := strings.Cut(line, "#")
		switch {
		case line[0] == '\t' || line[0] == ' ':
			codes(body)
		case line[0] == '+':
			if cur != nil {
				if s := phoenixPhrase(strings.TrimPrefix(body, "+")); s != "" {
					cur.synonyms = append(cur.synonyms, s)
				}
			}
		default:
			name := body
			if i := strings.IndexByte(name, '['); i >= 0 {
				name = name[:i]
			}
			cur = &phoenixRecord{name: phoenixPhrase(name), comment: strings.TrimSpace(comment)}
			if m := phoenixCodeRe.FindStringSubmatch(body); m != nil {
				cur.code = m[1] // "NICARAGUA_  [NIC]", "UNDP_<TAB>[IGOUNODEV]": the record's own code
			}
			out = append(out, cur)
			codes(body)
		}
	}
	return out
}

// phoenixPhrase is a phrase without its trailing '_' and brackets, or "".
func phoenixPhrase(s string) string {
	if i := strings.IndexByte(s, '['); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	s = strings.Trim(s, "_ ")
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), "_")
}

// phoenixDate turns YYMMDD, YYYYMMDD (and the odd seven-digit typo, which is
// dropped: "?") into an ISO date. Two-digit years up to 20 are 20xx.
func phoenixDate(s string) string {
	switch len(s) {
	case 6:
		if s[:2] <= "20" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	case 8:
	default:
		return "?"
	}
	if s[:4] < "1800" {
		return "?"
	}
	return isoDate(s)
}

// sectorTitles names the role of a Phoenix code's sector (CAMEO agent
// codes): the codes say which part of a state a person belonged to, not
// the office, so the title is the sector's.
var sectorTitles = map[string]string{
	"GOV": "government", "MIL": "military", "SPY": "intelligence", "REB": "rebel",
	"OPP": "opposition", "COP": "police", "LEG": "legislator", "JUD": "judiciary",
	"PTY": "party", "BUS": "business", "MED": "media", "IGO": "igo_official",
}

// orgWords mark a phrase as the name of a body, a party, a company or a
// place, not of a person.
var orgWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ministry ministries department party council committee commission agency army navy
		force forces police court assembly parliament congress senate union front movement league association
		organization organisation organizations institute institution foundation fund bank corp corporation company co
		inc ltd limited group holdings holding industries international national federation society center centre
		office bureau service services government administration cabinet regime republic kingdom state states
		province city county district region people peoples tribe tribes church university college school
		hospital airlines airways railway authority board alliance coalition network trust programme program
		project mission delegation embassy consulate secretariat academy club team news press radio tv television
		times post daily agence media staff headquarters guard guards brigade battalion regiment division corps
		command intelligence security peacekeepers peacekeeping troops soldiers rebels forum initiative campaign
		summit conference convention treaty watch relief aid energy oil gas petroleum motors systems technologies
		technology solutions partners capital financial insurance group's tribunal palace house hall square street
		camp island islands river valley mountains desert sea ocean gulf strait north south east west northern
		southern eastern western central upper lower greater new city's administration's and biochem pharmaceutical
		pharmaceuticals pharma laboratories labs brothers sons bancorp bancshares enterprises resources`) {
		orgWords[w] = true
	}
}

// personTitles are words that start a synonym naming a person by office
// ("PRESIDENT_OBAMA"): the extractor reads titles itself.
var personTitles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mr. mrs mrs. ms ms. dr dr. president president-elect vice prime premier minister
		secretary secretary-general general gen gen. lt col colonel major maj captain capt admiral adm marshal senator
		sen sen. rep rep. representative governor gov gov. mayor king queen prince princess sheikh shaikh emir amir sultan
		chancellor chairman chairwoman chair speaker ambassador envoy judge justice chief former late sir lord lady
		rev reverend pope cardinal archbishop bishop ayatollah imam mullah deputy foreign defense defence interior
		finance us u.s. american the his her un u.n. haji hajjah tan tun datuk dato datuk' tengku raden kyai`) {
		personTitles[w] = true
	}
}

// nameWords are the words of a name, lower case.
func nameWords(name string) []string { return strings.Fields(strings.ToLower(name)) }

func looksOrg(name string) bool {
	for _, w := range nameWords(name) {
		if orgWords[strings.Trim(w, ".,'")] {
			return true
		}
	}
	return false
}

// goodPersonForm reports whether a person's name form is worth matching:
// two words or more, no title before it, no body's word in it, a letter in
// every word's start.
func goodPersonForm(name string) bool {
	ws := nameWords(name)
	if len(ws) < 2 || len(ws) > 6 || personTitles[ws[0]] || functionWords[ws[0]] || looksOrg(name) {
		return false
	}
	for _, w := range ws {
		if w == "" || !(w[0] >= 'a' && w[0] <= 'z' || w[0] == '\'') {
			return false
		}
	}
	return true
}

// People converts the person records of PETRARCH2's
// Phoenix.Countries.actors.txt (MIT; itself made from CountryInfo) into
// person entries: the name, its synonyms of two words or more that carry
// no title ("PRESIDENT_OBAMA") and no body's word ("BUSH_ADMINISTRATION"),
// the country (the state of most of the person's codes) and the dated
// roles, titled by the code's sector (IDNGOVMIL → "government"; "elite",
// ELI, which the dictionary gives for a whole career, is not a role).
// Records with a code on their primary line are the states themselves and
// their bodies and places; the person records are those CountryInfo made
// (comment "CountryInfo.txt") and the hand-added ones with a dated role.
// People whose id or a name is already known (hand-written files and the
// CountryInfo leaders) are left out; two records of one name and country
// become one entry.
func People(src []byte, known map[string]bool) []byte {
	recs := readPhoenix(src)
	byID := map[string]*entry{}
	var ids []string
	for _, r := range recs {
		if r.code != "" || r.name == "" {
			continue
		}
		dated := false
		for _, ro := range r.roles {
			dated = dated || ro.start != "" || ro.end != ""
		}
		if !strings.Contains(r.comment, "CountryInfo") && !dated {
			continue
		}
		name := properName(r.name)
		if !goodPersonForm(name) || known[strings.ToLower(name)] {
			continue
		}
		country := phoenixCountry(r.roles, known)
		if country == "" {
			continue
		}
		id := slug(name)
		if known["id:"+id] {
			continue
		}
		e := byID[id]
		if e != nil && e.Country != country {
			id += "-" + strings.ToLower(country)
			e = byID[id]
		}
		if e == nil {
			e = &entry{ID: id, Kind: "person", Name: name, Country: country} // the source is the file's header: one string per entry would double the file
			byID[id] = e
			ids = append(ids, id)
		}
		for _, s := range r.synonyms {
			n := properName(s)
			if n == name || !goodPersonForm(n) || known[strings.ToLower(n)] || contains(e.Names["en"], n) {
				continue
			}
			if e.Names == nil {
				e.Names = map[string][]string{}
			}
			e.Names["en"] = append(e.Names["en"], n)
		}
		for _, ro := range r.roles {
			if ro.start == "" && ro.end == "" {
				continue
			}
			t := phoenixTitle(ro.code)
			if t == "" || len(ro.code) < 3 || !known["id:"+ro.code[:3]] {
				continue
			}
			x := role{Title: t, Of: ro.code[:3], Start: ro.start, End: ro.end}
			dup := false
			for _, y := range e.Roles {
				dup = dup || y == x
			}
			if !dup {
				e.Roles = append(e.Roles, x)
			}
		}
	}
	sort.Strings(ids)
	var out bytes.Buffer
	out.WriteString("# Generated by internal/gen from Phoenix.Countries.actors.txt (openeventdata/petrarch2, MIT; made from CountryInfo). Do not edit.\n")
	forms := map[string]string{}
	for _, id := range ids {
		e := byID[id]
		// A synonym two people share names neither.
		for _, n := range append([]string{e.Name}, e.Names["en"]...) {
			k := strings.ToLower(n)
			if o, ok := forms[k]; ok && o != id {
				forms[k] = "!"
			} else if !ok {
				forms[k] = id
			}
		}
	}
	for _, id := range ids {
		e := byID[id]
		if len(e.Names["en"]) > 0 {
			var keep []string
			for _, n := range e.Names["en"] {
				if forms[strings.ToLower(n)] == id {
					keep = append(keep, n)
				}
			}
			e.Names = nil
			if len(keep) > 0 {
				e.Names = map[string][]string{"en": keep}
			}
		}
		sort.SliceStable(e.Roles, func(a, b int) bool { return e.Roles[a].Start < e.Roles[b].Start })
		line(&out, e)
	}
	return out.Bytes()
}

// phoenixCountry is the state most of a record's codes start with.
func phoenixCountry(roles []phoenixRole, known map[string]bool) string {
	n := map[string]int{}
	best := ""
	for _, r := range roles {
		if len(r.code) < 3 {
			continue
		}
		c := r.code[:3]
		if !known["id:"+c] {
			continue
		}
		n[c]++
		if best == "" || n[c] > n[best] || n[c] == n[best] && c < best {
			best = c
		}
	}
	return best
}

// phoenixTitle is the sector title of a code (its first known three-letter
// sector after the country), or "" for ELI and codes of no sector.
func phoenixTitle(code string) string {
	for i := 3; i+3 <= len(code); i += 3 {
		s := code[i : i+3]
		if s == "ELI" {
			return ""
		}
		if t, ok := sectorTitles[s]; ok {
			return t
		}
	}
	return ""
}

// International converts PETRARCH2's Phoenix.International.actors.txt (MIT:
// intergovernmental and non-governmental organizations, companies, and the
// people who led them) into entries: IGO codes give kind igo,
// NGO and MNC codes kind organization, with the state the code names as
// country (MNCUSA, NGOINDHRI). A name whose first word is a known given
// name, or with a dated role, and no body's word is a person. Names of one
// word (ordinary words and short acronyms: "ACTION", "ICJ") are left out,
// and so are names already known and names two records give to different
// kinds.
func International(src []byte, known map[string]bool, given map[string]bool) []byte {
	recs := readPhoenix(src)
	byID := map[string]*entry{}
	var ids []string
	for _, r := range recs {
		if r.name == "" || len(r.roles) == 0 && r.code == "" {
			continue
		}
		code := r.code
		if code == "" {
			code = r.roles[0].code
		}
		name := dropThe(smallWords(properName(r.name)))
		ws := nameWords(name)
		if len(ws) < 2 || len(ws) > 10 || known[strings.ToLower(name)] || functionWords[ws[0]] || personTitles[ws[0]] && !looksOrg(name) {
			continue
		}
		dated := false
		for _, ro := range r.roles {
			dated = dated || ro.start != "" || ro.end != ""
		}
		kind, country := "", ""
		switch {
		case !looksOrg(name) && (dated || given[ws[0]] || initialRe.MatchString(ws[0])) && len(ws) <= 4:
			kind = "person"
		case strings.HasPrefix(code, "IGO"):
			kind = "igo"
		case strings.HasPrefix(code, "NGO"), strings.HasPrefix(code, "MNC"):
			kind = "organization"
		default:
			continue
		}
		for _, ro := range append([]phoenixRole{{code: code}}, r.roles...) {
			for i := 0; i+3 <= len(ro.code) && i <= 3; i += 3 {
				if c := ro.code[i : i+3]; known["id:"+c] {
					country = c
					break
				}
			}
			if country != "" {
				break
			}
		}
		if kind == "person" && !goodPersonForm(name) {
			continue
		}
		id := slug(name)
		if id == "" || known["id:"+id] {
			continue
		}
		if e := byID[id]; e != nil {
			if e.Kind != kind {
				e.Kind = "!"
			}
			continue
		}
		e := &entry{ID: id, Kind: kind, Name: name, Country: country} // source: the file's header
		for _, s := range r.synonyms {
			n := dropThe(smallWords(properName(s)))
			if len(nameWords(n)) >= 2 && n != name && !known[strings.ToLower(n)] {
				if e.Names == nil {
					e.Names = map[string][]string{}
				}
				e.Names["en"] = append(e.Names["en"], n)
			}
		}
		if kind == "person" {
			for _, ro := range r.roles {
				if ro.start == "" && ro.end == "" {
					continue
				}
				x := role{Title: "official", Start: ro.start, End: ro.end}
				if len(ro.code) >= 3 && known["id:"+ro.code[:3]] {
					x.Of = ro.code[:3]
				}
				e.Roles = append(e.Roles, x)
			}
		}
		byID[id] = e
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out bytes.Buffer
	out.WriteString("# Generated by internal/gen from Phoenix.International.actors.txt (openeventdata/petrarch2, MIT). Do not edit.\n")
	seen := map[string]bool{}
	for _, id := range ids {
		e := byID[id]
		if e.Kind == "!" {
			continue
		}
		var keep []string
		for _, n := range e.Names["en"] {
			k := strings.ToLower(n)
			if !seen[k] {
				keep = append(keep, n)
			}
		}
		if seen[strings.ToLower(e.Name)] {
			continue
		}
		seen[strings.ToLower(e.Name)] = true
		for _, n := range keep {
			seen[strings.ToLower(n)] = true
		}
		e.Names = nil
		if len(keep) > 0 {
			e.Names = map[string][]string{"en": keep}
		}
		line(&out, e)
	}
	return out.Bytes()
}

// dropThe removes a leading article: "The European Union" is matched as
// "European Union" (the hand-written entry).
func dropThe(name string) string {
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		return name[4:]
	}
	return name
}

// functionWords never start a name worth matching: at a sentence start
// "In Tam" or "A Power …" would be read in ordinary text.
var functionWords = map[string]bool{"in": true, "a": true, "an": true, "of": true, "on": true, "at": true, "to": true, "by": true, "for": true, "and": true, "or": true, "is": true, "it": true, "as": true, "if": true, "so": true, "no": true, "we": true, "he": true, "my": true, "dan": true, "di": true, "ke": true, "yang": true, "ini": true, "itu": true, "dia": true, "ia": true}
