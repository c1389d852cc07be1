package extract

import (
	"testing"
)

// Tests of the titledPersons speed pass of stop 43 (README, "Titled
// persons (stop 43) speed pass").

// capMentions returns one-word mentions of st's capitalized words (every
// third a person's), as the rules before titledPersons leave them: a list
// for the tests below to read and check untouched.
func capMentions(st *sentence) []*mention {
	var ms []*mention
	for i := range st.toks {
		t := &st.toks[i]
		if t.cap && !t.punct {
			ms = append(ms, &mention{s: t.s, e: t.e, ti: i, tj: i + 1, id: "Q" + t.low, surface: t.raw, person: len(ms)%3 == 2})
		}
	}
	return ms
}

// TestTitleEndMention checks the premise of titledPersons' one read of
// the mention that ends before a title (endM), once for formerBefore and
// once for the English order: the steps between the two reads
// (skipPortfolio, englishPortfolio, oneNameAfter, skipFieldWords) change
// neither the list of mentions nor a mention in it, so mentionEndingAt
// gives the same mention at both reads. On every sentence of the test
// texts, at every title found and every index after its words.
func TestTitleEndMention(t *testing.T) {
	steps := 0
	forSentences(t, 2, func(r *run, st *sentence) {
		toks := st.toks
		ms := capMentions(st)
		before := make([]mention, len(ms))
		ptrs := append([]*mention(nil), ms...)
		for j, m := range ms {
			before[j] = *m
		}
		for _, ti := range r.titleStarts(st) {
			i := int(ti)
			l, ok := r.p.titleAt(toks, i)
			if !ok {
				continue
			}
			want := mentionEndingAt(ms, i)
			for k := i + len(l.p); k <= len(toks); k++ {
				if k < len(toks) {
					r.skipPortfolio(toks, k, ms)
					r.englishPortfolio(toks, k, ms)
					r.oneNameAfter(toks, k, ms)
					r.skipFieldWords(toks, k, ms)
					steps++
				}
				for j, m := range ms {
					if m != ptrs[j] || *m != before[j] {
						t.Fatalf("%q: a step after the title at %d (k=%d) changed mention %d: %+v, was %+v", r.text[st.s:st.e], i, k, j, *m, before[j])
					}
				}
				if got := mentionEndingAt(ms, i); got != want {
					t.Fatalf("%q: the mention ending at %d changed", r.text[st.s:st.e], i)
				}
			}
		}
	})
	if steps < 1000 {
		t.Fatalf("only %d steps tested", steps)
	}
}

// TestSkipFieldWords43 compares skipFieldWords, whose second loop stops
// where its first loop stopped instead of testing fieldWord and
// orgFieldNot again, with the plain version (skipFieldWordsPlain, the
// code before), at every index of every sentence of the test texts, with
// no mentions and with capMentions' mentions.
func TestSkipFieldWords43(t *testing.T) {
	moved := 0
	forSentences(t, 2, func(r *run, st *sentence) {
		toks := st.toks
		for _, ms := range [][]*mention{nil, capMentions(st)} {
			for k := range toks {
				got, want := r.skipFieldWords(toks, k, ms), skipFieldWordsPlain(r, toks, k, ms)
				if got != want {
					t.Fatalf("%q at %d: skipFieldWords %d, plain %d", r.text[st.s:st.e], k, got, want)
				}
				if got > k {
					moved++
				}
			}
		}
	})
	if moved < 100 {
		t.Fatalf("only %d indexes where a field was skipped", moved)
	}
}

// skipFieldWordsPlain is skipFieldWords as it was before stop 43: its
// second loop tests every word again.
func skipFieldWordsPlain(r *run, toks []token, k int, ms []*mention) int {
	p := r.p
	if len(p.common) == 0 {
		return k
	}
	j := k
	for j < len(toks) && j-k < 3 && r.fieldWord(&toks[j]) && !p.orgFieldNot[toks[j].low] {
		j++
	}
	if j > k && j < len(toks) && (r.institutionAt(ms, j) || toks[j].cap && p.orgCreateHeads[toks[j].low] && covered(ms, j) == nil || r.orgTailThenHolder(toks, j, ms) > 0) {
		return j
	}
	if a := j + 1; j > k && a < len(toks) && p.atPreps[toks[j].low] && !toks[j].cap && (r.institutionAt(ms, a) || toks[a].cap && p.orgCreateHeads[toks[a].low] && covered(ms, a) == nil || r.orgTailThenHolder(toks, a, ms) > 0) {
		return a
	}
	j = k
	for j < len(toks) && j-k < 3 {
		t := &toks[j]
		if !r.fieldWord(t) || p.orgFieldNot[t.low] {
			break
		}
		if p.disasterNouns[t.low] && j+1 < len(toks) && toks[j+1].cap && toks[j+1].lx&lxGiven == 0 && covered(ms, j+1) == nil {
			return k
		}
		if t.lx&lxMetonymFirst != 0 && (j == k || j+1 >= len(toks) || covered(ms, j+1) != nil || !r.isNameWord(&toks[j+1])) {
			break
		}
		if p.thingNouns[t.low] && j+2 < len(toks) && toks[j+1].cap && !toks[j+1].punct && r.givenNameRunAt(toks, j+2, ms) {
			j += 2
			break
		}
		if (p.orgHeads[t.low] || p.thingNouns[t.low]) && r.givenNameRunAt(toks, j+1, ms) {
			j++
			break
		}
		if p.placeNouns[t.low] || p.orgHeads[t.low] || p.isBodyHead(t.low) || p.thingNouns[t.low] || p.peopleWords[t.low] {
			break
		}
		j++
	}
	if j == k || j >= len(toks) {
		return k
	}
	if m := covered(ms, j); m != nil {
		if m.ti == j && !m.person && r.isState(m.id) && r.unknownNameEnds(toks, m.tj, ms) {
			return j
		}
		return k
	}
	if !r.unknownNameEnds(toks, j, ms) {
		return k
	}
	return j
}

// TestTitleOpensNoName43 compares titleOpensNoName and bodyOverTitle,
// whose lexical tests now come before their map look-ups and calls (a word
// after the one-word title for givenWordOpens, a word past the title and
// the bodies' flag for bodyOverTitle), with the plain versions (the code
// before) at every title of every sentence of the test texts, with no
// mentions and with capMentions' mentions; and bodyOverTitle at every
// index for titles of one to four words.
func TestTitleOpensNoName43(t *testing.T) {
	opens, bodies := 0, 0
	forSentences(t, 2, func(r *run, st *sentence) {
		toks := st.toks
		for _, ms := range [][]*mention{nil, capMentions(st)} {
			for _, ti := range r.titleStarts(st) {
				i := int(ti)
				l, ok := r.p.titleAt(toks, i)
				if !ok {
					continue
				}
				got, want := r.titleOpensNoName(toks, i, l, ms), titleOpensNoNamePlain(r, toks, i, l, ms)
				if got != want {
					t.Fatalf("%q at %d: titleOpensNoName %v, plain %v", r.text[st.s:st.e], i, got, want)
				}
				if got {
					opens++
				}
			}
		}
		for i := range toks {
			for n := 1; n <= 4; n++ {
				got, want := r.bodyOverTitle(toks, i, n), bodyOverTitlePlain(r, toks, i, n)
				if got != want {
					t.Fatalf("%q at %d, %d words: bodyOverTitle %v, plain %v", r.text[st.s:st.e], i, n, got, want)
				}
				if got {
					bodies++
				}
			}
		}
	})
	if opens < 50 || bodies < 20 {
		t.Fatalf("too few cases: %d titles opening no name, %d bodies over a title", opens, bodies)
	}
}

// bodyOverTitlePlain is bodyOverTitle as it was before stop 43.
func bodyOverTitlePlain(r *run, toks []token, i, n int) bool {
	if toks[i].low == "" || !r.p.bodyFirst[toks[i].low[0]] {
		return false
	}
	l, ok := r.p.bodies.at(toks, i)
	return ok && len(l.p) > n
}

// titleOpensNoNamePlain is titleOpensNoName as it was before stop 43.
func titleOpensNoNamePlain(r *run, toks []token, i int, t labeled, ms []*mention) bool {
	p := r.p
	if m := covered(ms, i); m != nil && !m.consumed && m.person {
		return true
	}
	if i > 0 && toks[i-1].lx&lxMediaLast != 0 && !toks[i-1].cap && toks[i-1].low != "media" {
		if l, ok := p.mediaCues.endingAt(toks, i); ok && l.label == "media" {
			return true
		}
	}
	if t.label == "honorific" && r.honorificNotOpening(toks, i, len(t.p), ms) {
		return true
	}
	if len(t.p) == 1 && p.nameCommon[toks[i].low] && i > 0 && toks[i-1].lx&lxGiven != 0 && r.isNameWord(&toks[i-1]) && covered(ms, i-1) == nil {
		return true
	}
	if len(t.p) == 1 && r.givenWordOpens(toks, i) {
		return true
	}
	if t.label == "occupation" && i > 0 {
		if toks[i-1].cap && p.orgCreateHeads[toks[i-1].low] && covered(ms, i-1) == nil {
			return true
		}
		if p.pluralDets[toks[i-1].low] && r.loneQualifierAt(toks, i+len(t.p), ms) {
			return true
		}
	}
	return bodyOverTitlePlain(r, toks, i, len(t.p))
}

// TestSkipPortfolio43 compares skipPortfolio (one mentionAt read for its
// two tests) and skipOrgName (the capital test before the orgHeads map)
// with the plain versions (the code before) at every index of every
// sentence of the test texts, with no mentions and with capMentions'.
func TestSkipPortfolio43(t *testing.T) {
	moved := 0
	forSentences(t, 2, func(r *run, st *sentence) {
		toks := st.toks
		for _, ms := range [][]*mention{nil, capMentions(st)} {
			for k := range toks {
				got, want := r.skipPortfolio(toks, k, ms), skipPortfolioPlain(r, toks, k, ms)
				if got != want {
					t.Fatalf("%q at %d: skipPortfolio %d, plain %d", r.text[st.s:st.e], k, got, want)
				}
				got2, want2 := r.skipOrgName(toks, k, ms), skipOrgNamePlain(r, toks, k, ms)
				if got2 != want2 {
					t.Fatalf("%q at %d: skipOrgName %d, plain %d", r.text[st.s:st.e], k, got2, want2)
				}
				if got > k || got2 > k {
					moved++
				}
			}
		}
	})
	if moved < 100 {
		t.Fatalf("only %d indexes where a portfolio or a name was skipped", moved)
	}
}

// skipPortfolioPlain is skipPortfolio as it was before stop 43.
func skipPortfolioPlain(r *run, toks []token, k int, ms []*mention) int {
	if len(r.p.common) == 0 {
		return k
	}
	k0 := k
	for k < len(toks) {
		t := &toks[k]
		if m := mentionAt(ms, k); m != nil && k > k0 && r.regionOfPortfolio(m, ms) {
			k = m.tj // "Menteri Urusan Eropa Irlandia": a region the portfolio names, the state after it
			continue
		}
		if mentionAt(ms, k) != nil || r.p.orgHeads[t.low] || r.p.orgCreateHeads[t.low] {
			break // "Ketua Umum Partai Gerindra", "Kepala Badan Nasional ...": the body or party is the title's "of"
		}
		if t.cap && t.low != "" && r.p.bodyFirst[t.low[0]] {
			if _, ok := r.p.bodies.at(toks, k); ok {
				break // "Kepala Dinas Intelijen Korea Selatan": a body's generic name is the title's "of"
			}
		}
		if t.cap && r.p.isTitle(toks, k) {
			break // "juru bicara Kepala Staf Gabungan": another office, not a portfolio before a name
		}
		if r.givenWordOpens(toks, k) {
			break // "Penyanyi Bunga Citra Lestari": the name, no portfolio
		}
		if t.cap && !t.punct && !isAllUpper(t.raw) && (r.p.isCommonWord(t.low) || r.p.partyWords[t.low] || r.p.lang == "id" && officeNoun(t.low)) {
			k++ // "Menko Perekonomian", "Senator Demokrat", "Juru Bicara Kepresidenan"
			continue
		}
		if !t.cap && k == k0 && r.p.titleStateWords[t.low] && r.stateMentionAt(ms, k+1) != nil {
			k++ // "Juru bicara pemerintah Jerman Stefan Kornelius": the state's government, the state the office's
			continue
		}
		if !t.cap && k == k0 && k+2 < len(toks) && len(r.p.substateBefore) > 0 && !toks[k+1].cap && r.substateWordsAt(toks, k) {
			if m := mentionAt(ms, k+2); m != nil && !m.person {
				k += 2 // "Gubernur negara bagian Illinois JB Pritzker": the federation's state, then its office's holder
				continue
			}
		}
		if t.lx2&l2OrgLink != 0 && k > 0 && k+1 < len(toks) && toks[k-1].cap && toks[k+1].cap && r.p.isCommonWord(toks[k+1].low) {
			k++
			continue
		}
		break
	}
	return r.portfolioBeforeOrg(toks, k, ms)
}

// skipOrgNamePlain is skipOrgName as it was before stop 43.
func skipOrgNamePlain(r *run, toks []token, k int, ms []*mention) int {
	if k >= len(toks) || !r.p.orgHeads[toks[k].low] || !toks[k].cap {
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := &toks[j]
		if t.raw == "," || t.raw == "(" && skipParen(toks, j) > j {
			return j // "Dirut Bursa Efek Jakarta (BEJ), Erry Firmansyah"
		}
		if m := mentionAt(ms, j); m != nil && m.person {
			return j // "Ketua Umum Partai Gerindra Prabowo Subianto": a known person ends it
		}
		if t.punct || !t.cap && t.lx2&l2OrgLink == 0 {
			break
		}
	}
	return k
}
