package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/geokg/kg/loader/facts"
)

// Sectors: which part of a state acted. "Russian troops", "pasukan Rusia",
// "Syrian rebels", "the Russian Defence Ministry" are coded as the state with
// a CAMEO agent code as sector (MIL, REB, GOV, ...), as CAMEO does.
//
// Tables (word or phrase, lower case → sector): lang/<code>.sectors.tsv by
// hand, then lang/<code>.agents.tsv generated from PETRARCH2's agents
// dictionary; the first table to name a phrase wins.

func (p *pack) loadSectors(code string) error {
	p.sectors = map[string]string{}
	for _, name := range []string{"lang/" + code + ".sectors.tsv", "lang/" + code + ".agents.tsv"} {
		raw, err := dataFS.ReadFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		for i, t := range strings.Split(string(raw), "\n") {
			if t == "" || t[0] == '#' {
				continue
			}
			f := strings.Split(t, "\t")
			if len(f) != 2 || len(f[1]) != 3 || strings.ToUpper(f[1]) != f[1] {
				return fmt.Errorf("%s:%d: want words<TAB>SECTOR (three capitals)", name, i+1)
			}
			k := strings.Join(strings.Fields(strings.ToLower(f[0])), " ")
			if _, ok := p.sectors[k]; !ok {
				p.sectors[k] = f[1]
			}
		}
	}
	return nil
}

// sectorWords returns the sector of the group noun phrase starting at token
// i (up to three words, longest first) and the number of its tokens.
func (p *pack) sectorWords(toks []token, i int) (string, int) {
	if i < 0 || i >= len(toks) || toks[i].punct {
		return "", 0
	}
	for n := min(3, len(toks)-i); n >= 1; n-- {
		var k string
		if n == 1 {
			k = toks[i].low
		} else {
			parts := make([]string, n)
			for j := 0; j < n; j++ {
				parts[j] = toks[i+j].low
			}
			k = strings.Join(parts, " ")
		}
		if s, ok := p.sectors[k]; ok {
			return s, n
		}
	}
	return "", 0
}

// kindSector is the sector of a named body by its kind.
func kindSector(kind string) string {
	switch kind {
	case facts.KindMilitary:
		return "MIL"
	case facts.KindCourt:
		return "JUD"
	case facts.KindLegislature:
		return "LEG"
	case facts.KindGovernment, facts.KindAgency:
		return "GOV"
	}
	return ""
}

// sectorOf says which part of its state a mention stands for: a named body
// (its sector), a nationality or country followed by a group noun ("Russian
// troops", "Sudan's army"), or a group noun before it in Indonesian
// ("pasukan Rusia", "pemberontak Suriah"). Empty: the actor as a whole.
func (r *run) sectorOf(s *sctx, m *mention) string {
	if m == nil {
		return ""
	}
	if _, sec := r.bodyState(m.part); sec != "" {
		return sec
	}
	if a := r.actor(m.part); a == nil || a.a.Kind != facts.KindState {
		return "" // sectors are parts of a state
	}
	toks := s.toks
	if r.p.lang == "id" {
		// "pasukan Rusia", "kepemimpinan militer Rusia", "tentara bayaran":
		// the group noun nearest before the name, inside the mention (a
		// metonym) or just before it.
		for k := m.tj - 2; k >= 0 && k >= m.ti-3; k-- {
			sec, n := r.p.sectorWords(toks, k)
			if sec == "" {
				continue
			}
			if k >= m.ti && k+n < m.tj || k < m.ti && k+n == m.ti {
				return sec
			}
		}
		return ""
	}
	// A mention that spans its group noun ("the Russian military" read as
	// the state): the noun is inside it.
	for k := m.ti + 1; k < m.tj; k++ {
		if sec, n := r.p.sectorWords(toks, k); sec != "" && k+n == m.tj {
			return sec
		}
	}
	j := m.tj
	if j < len(toks) && toks[j].low == "'s" {
		j++
	}
	if sec, _ := r.p.sectorWords(toks, j); sec != "" {
		return sec
	}
	return ""
}

// bodyState: a named body (government, legislature, court, military,
// agency) with a country takes part in events as its state, with its sector
// (the entry's, else by kind). ok is false for anything else.
func (r *run) bodyState(id string) (state, sector string) {
	a := r.actor(id)
	if a == nil || a.a.Country == "" || a.a.Country == id {
		return "", ""
	}
	sec := kindSector(a.a.Kind)
	if sec == "" {
		return "", ""
	}
	if a.entry != nil && a.entry.Sector != "" {
		sec = a.entry.Sector
	}
	if r.actor(a.a.Country) == nil {
		return "", ""
	}
	return a.a.Country, sec
}

// participant is the actor ID and sector an event records for a mention.
func (r *run) participant(s *sctx, m *mention) (string, string) {
	if st, sec := r.bodyState(m.part); st != "" {
		return st, sec
	}
	return m.part, r.sectorOf(s, m)
}
