// Package gen generates a realistic synthetic geopolitical graph, in the
// model of graph/README.md, for the speed benchmark of the analyst API: the
// world's states and a few IGOs, tens of thousands of persons, armed groups,
// organizations and media, and a decade of news articles reporting CAMEO
// coded events between them, each event with its evidence sentence, plus the
// explicit alliances and the cooperative and hostile stances an extractor
// derives from the events, the mentions, and Name nodes for every name and
// alias. Actor popularity follows Zipf laws, so a few states are in most
// events, as in real news.
//
// Output is deterministic: the same Config yields the same graph, value for
// value (math/rand/v2 PCG streams seeded from Config.Seed), and the IDs are
// the stable IDs the loader computes (loader/facts.Hash). It must not talk to
// Neo4j or know Cypher: it yields graph types (graph.BulkBatch,
// graph.ArticleFacts) and leaves writing them to package graph.
package gen

import (
	"fmt"
	"iter"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/loader/facts"
)

// Version names the generator's algorithm; it changes whenever the same
// Config would yield different data, and is part of the fingerprint.
const Version = "kg-bench-gen/1"

// Extractor is what generated evidence records as its extractor.
const Extractor = Version

// Config says what to generate. The zero value of a field means its
// default; Full is the size the benchmark's issue asks for.
type Config struct {
	Seed uint64
	// Events is how many events to generate; articles are drawn until
	// there are this many (about EventsPerArticle each).
	Events int
	// Minors is the number of persons, armed groups, organizations and
	// media (the states and IGOs are fixed: every ISO 3166 country and 22
	// IGOs).
	Minors int
	// EventsPerArticle is the mean number of events an article reports.
	EventsPerArticle float64
	// From and To bound the publication days of the articles.
	From, To time.Time
}

// Full returns the size the benchmark runs at: ≥ 1,000,000 events in about
// 200,000 articles over 2015–2024, ≥ 50,000 people and groups.
func Full() Config { return Config{Seed: 1, Events: 1_000_000, Minors: 50_000} }

func (c Config) withDefaults() Config {
	if c.Events <= 0 {
		c.Events = Full().Events
	}
	if c.Minors <= 0 {
		c.Minors = Full().Minors
	}
	if c.EventsPerArticle <= 1 {
		c.EventsPerArticle = 5
	}
	if c.From.IsZero() {
		c.From = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if c.To.IsZero() {
		c.To = time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return c
}

// Fingerprint identifies the data a Config yields: equal fingerprints mean
// equal graphs.
func (c Config) Fingerprint() string {
	c = c.withDefaults()
	return fmt.Sprintf("%s seed=%d events=%d minors=%d perArticle=%g from=%s to=%s", Version, c.Seed, c.Events,
		c.Minors, c.EventsPerArticle, c.From.Format(time.DateOnly), c.To.Format(time.DateOnly))
}

// Generator yields the graph of one Config. It is not safe for concurrent
// use, but its iterators can be run any number of times, each from the start.
type Generator struct {
	cfg    Config
	t      *actorTable
	allied map[[2]int]bool
}

// New draws the actors of the graph (the articles are drawn as they are
// iterated).
func New(cfg Config) (*Generator, error) {
	cfg = cfg.withDefaults()
	if !cfg.From.Before(cfg.To) {
		return nil, fmt.Errorf("gen: From (%s) is not before To (%s)", cfg.From.Format(time.DateOnly), cfg.To.Format(time.DateOnly))
	}
	t, err := newActorTable(rand.New(rand.NewPCG(cfg.Seed, 1)), cfg.Minors)
	if err != nil {
		return nil, err
	}
	g := &Generator{cfg: cfg, t: t, allied: map[[2]int]bool{}}
	for _, p := range t.allyPairs {
		g.allied[[2]int{min(p.a, p.b), max(p.a, p.b)}] = true
	}
	return g, nil
}

// Config returns the configuration, defaults filled in.
func (g *Generator) Config() Config { return g.cfg }

// Actors returns every actor, states first.
func (g *Generator) Actors() []graph.Actor { return g.t.actors }

// AllyPairs returns the number of explicitly allied pairs.
func (g *Generator) AllyPairs() int { return len(g.t.allyPairs) }

// Declared returns f with every actor it refers to declared in f.Actors,
// as a facts document would declare them, for writing it with
// WriteArticle. Articles from Articles declare none: Batches writes all
// actors first.
func (g *Generator) Declared(f graph.ArticleFacts) graph.ArticleFacts {
	set := map[string]bool{}
	for _, m := range f.Mentions {
		set[m.Actor] = true
	}
	for _, e := range f.Events {
		set[e.Source] = true
		if e.Target != "" {
			set[e.Target] = true
		}
	}
	for _, s := range f.Stances {
		set[s.Source], set[s.Target] = true, true
	}
	f.Actors = g.t.declared(sortedIDs(set))
	return f
}

// Batches yields the whole graph as bulk batches: the actors first, in
// batches of 10,000, then the articles, in batches of about batchEvents
// events each.
func (g *Generator) Batches(batchEvents int) iter.Seq[graph.BulkBatch] {
	return func(yield func(graph.BulkBatch) bool) {
		for chunk := range slices.Chunk(g.t.actors, 10_000) {
			if !yield(graph.BulkBatch{Actors: chunk}) {
				return
			}
		}
		var b graph.BulkBatch
		n := 0
		for a := range g.Articles() {
			b.Articles = append(b.Articles, a)
			if n += len(a.Events); n >= batchEvents {
				if !yield(b) {
					return
				}
				b, n = graph.BulkBatch{}, 0
			}
		}
		if len(b.Articles) > 0 {
			yield(b)
		}
	}
}

// Articles yields the articles in publication order of their drawing (not
// sorted by date), until Config.Events events have been yielded.
func (g *Generator) Articles() iter.Seq[graph.ArticleFacts] {
	return func(yield func(graph.ArticleFacts) bool) {
		ag := g.newArticleGen()
		for seq, events := 0, 0; events < g.cfg.Events; seq++ {
			a := ag.article(seq, g.cfg.Events-events)
			events += len(a.Events)
			if !yield(a) {
				return
			}
		}
	}
}

// QueryActors returns n actor IDs to ask about, drawn from the seed: a
// quarter among the ten most reported states and IGOs, a quarter among the
// next ninety, half among the 5,000 most reported people and groups. With
// withTop false, the ten most reported are left out (their quarter goes to
// the next ninety).
func (g *Generator) QueryActors(n int, withTop bool) []string {
	r := rand.New(rand.NewPCG(g.cfg.Seed, 3))
	out := make([]string, 0, n)
	for i := range n {
		tier := i % 4
		if !withTop && tier == 0 {
			tier = 1
		}
		out = append(out, g.t.actors[g.queryActor(r, tier)].ID)
	}
	return out
}

// QueryPairs returns n pairs of actor IDs to ask about: a quarter of pairs
// of top states, a quarter of a top and a middle one, a quarter of a middle
// one and a person or group, a quarter explicitly allied pairs. With
// withTop false, the ten most reported states and IGOs are left out: pairs
// of middle ones replace the first two quarters, and allied pairs are
// drawn among the others.
func (g *Generator) QueryPairs(n int, withTop bool) [][2]string {
	r := rand.New(rand.NewPCG(g.cfg.Seed, 4))
	top := map[int]bool{}
	for _, i := range g.t.majors[:min(10, len(g.t.majors))] {
		top[i] = true
	}
	out := make([][2]string, 0, n)
	for i := range n {
		var a, b int
		switch {
		case i%4 == 0 && withTop:
			a, b = g.queryActor(r, 0), g.queryActor(r, 0)
		case i%4 == 1 && withTop:
			a, b = g.queryActor(r, 0), g.queryActor(r, 1)
		case i%4 <= 1:
			a, b = g.queryActor(r, 1), g.queryActor(r, 1)
		case i%4 == 2:
			a, b = g.queryActor(r, 1), g.queryActor(r, 2)
		default:
			p := pick(r, g.t.allyPairs)
			for tries := 0; !withTop && (top[p.a] || top[p.b]) && tries < 1000; tries++ {
				p = pick(r, g.t.allyPairs)
			}
			a, b = p.a, p.b
		}
		if a == b {
			b = g.t.majors[(slices.Index(g.t.majors, a)+1)%len(g.t.majors)]
		}
		out = append(out, [2]string{g.t.actors[a].ID, g.t.actors[b].ID})
	}
	return out
}

// queryActor draws an actor of a popularity tier: 0 top ten majors, 1 the
// next ninety, 2 or 3 the 5,000 most reported minors.
func (g *Generator) queryActor(r *rand.Rand, tier int) int {
	switch tier {
	case 0:
		return g.t.majors[r.IntN(min(10, len(g.t.majors)))]
	case 1:
		return g.t.majors[10+r.IntN(min(90, len(g.t.majors)-10))]
	default:
		return g.t.minors[r.IntN(min(5000, len(g.t.minors)))]
	}
}

// outlets are the sources of the generated articles.
var outlets = []struct{ name, domain string }{
	{"Reuters", "www.reuters.com"}, {"Associated Press", "apnews.com"}, {"AFP", "www.afp.com"},
	{"BBC News", "www.bbc.com"}, {"Al Jazeera", "www.aljazeera.com"}, {"The Guardian", "www.theguardian.com"},
	{"Deutsche Welle", "www.dw.com"}, {"France 24", "www.france24.com"}, {"NHK World", "www3.nhk.or.jp"},
	{"The Hindu", "www.thehindu.com"}, {"Dawn", "www.dawn.com"}, {"Daily Maverick", "www.dailymaverick.co.za"},
	{"Premium Times", "www.premiumtimesng.com"}, {"The Jakarta Post", "www.thejakartapost.com"},
	{"Antara News", "en.antaranews.com"}, {"Kompas", "www.kompas.com"}, {"Straits Times", "www.straitstimes.com"},
	{"South China Morning Post", "www.scmp.com"}, {"Kyiv Independent", "kyivindependent.com"},
	{"Meduza", "meduza.io"}, {"Haaretz", "www.haaretz.com"}, {"Arab News", "www.arabnews.com"},
	{"Folha de S.Paulo", "www1.folha.uol.com.br"}, {"El País", "english.elpais.com"}, {"ABC News", "www.abc.net.au"},
}

var tails = []string{
	"", "", "", " on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday", " over the weekend",
	", officials said", ", according to state media", " in a statement", ", the foreign ministry said",
	", a spokesperson said", ", according to diplomats", ", witnesses said",
}

var allyFrames = map[string][]string{
	"ally": {
		"%s and %s reaffirmed their military alliance", "%s described %s as its closest ally",
		"%s said it stood by its ally %s", "%s and %s, long-standing allies, agreed to deepen their defence pact",
	},
	"partner": {
		"%s called %s a strategic partner", "%s and %s pledged to deepen their strategic partnership",
		"%s said %s remained a key partner", "%s and %s upgraded ties to a comprehensive partnership",
	},
}

// articleGen draws articles from one PCG stream.
type articleGen struct {
	g                *Generator
	r                *rand.Rand
	majors, minors   *rand.Zipf
	days             int
	coopW, conflictW []float64
	byRoot           map[string][]cameoCode
	untargeted       []cameoCode
}

func (g *Generator) newArticleGen() *articleGen {
	r := rand.New(rand.NewPCG(g.cfg.Seed, 2))
	ag := &articleGen{
		g: g, r: r,
		majors: rand.NewZipf(r, 1.35, 1, uint64(len(g.t.majors)-1)),
		minors: rand.NewZipf(r, 1.1, 10, uint64(len(g.t.minors)-1)),
		days:   int(g.cfg.To.Sub(g.cfg.From).Hours()/24) + 1,
		byRoot: map[string][]cameoCode{},
	}
	for _, c := range cameo {
		ag.byRoot[c.Root()] = append(ag.byRoot[c.Root()], c)
		if _, ok := untargeted[c.Code]; ok {
			ag.untargeted = append(ag.untargeted, c)
		}
	}
	for _, w := range coopRoots {
		ag.coopW = append(ag.coopW, w.Weight)
	}
	for _, w := range conflictRoots {
		ag.conflictW = append(ag.conflictW, w.Weight)
	}
	return ag
}

// actor draws an actor: a state or IGO 65 times in 100, by Zipf
// popularity, otherwise a person or group.
func (ag *articleGen) actor() int {
	if ag.r.Float64() < 0.65 {
		return ag.g.t.majors[ag.majors.Uint64()]
	}
	return ag.g.t.minors[ag.minors.Uint64()]
}

// other draws an actor other than a, often one of a's own people.
func (ag *articleGen) other(a int) int {
	t := ag.g.t
	if list := t.ofCountry[t.actors[a].ID]; len(list) > 0 && ag.r.Float64() < 0.4 {
		return list[ag.r.IntN(min(20, len(list)))]
	}
	for {
		if b := ag.actor(); b != a {
			return b
		}
	}
}

// affinity is how cooperative a pair is, in [-0.6, 1.1]: a fixed draw per
// pair from the seed, raised for stated allies.
func (ag *articleGen) affinity(a, b int) float64 {
	lo, hi := min(a, b), max(a, b)
	x := splitmix(ag.g.cfg.Seed ^ uint64(lo)<<32 ^ uint64(hi))
	aff := (float64(x>>11)/(1<<53) - 0.5) * 1.2
	if ag.g.allied[[2]int{lo, hi}] {
		aff += 0.5
	}
	return aff
}

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// military are the roots of armed action.
var military = map[string]bool{"15": true, "18": true, "19": true, "20": true}

// code draws the CAMEO code of an event from a to b.
func (ag *articleGen) code(a, b int) cameoCode {
	pc := min(0.95, max(0.05, 0.55+0.4*ag.affinity(a, b)))
	var root string
	if ag.r.Float64() < pc {
		root = coopRoots[ag.weighted(ag.coopW)].Key
	} else {
		root = conflictRoots[ag.weighted(ag.conflictW)].Key
		// Only states and armed groups take up arms; others protest and denounce.
		if k := ag.g.t.actors[a].Kind; military[root] && k != "state" && k != "armed_group" {
			root = "11"
		}
	}
	return pick(ag.r, ag.byRoot[root])
}

func (ag *articleGen) weighted(w []float64) int {
	var sum float64
	for _, x := range w {
		sum += x
	}
	u := ag.r.Float64() * sum
	for i, x := range w {
		if u < x {
			return i
		}
		u -= x
	}
	return len(w) - 1
}

// poisson draws from a Poisson law of mean lambda (Knuth; lambda is small).
func (ag *articleGen) poisson(lambda float64) int {
	l, k, p := math.Exp(-lambda), 0, 1.0
	for {
		p *= ag.r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

// day draws a publication day; the volume of news grows over the period
// (density rising linearly to 1.8 times the start's).
func (ag *articleGen) day() time.Time {
	u := ag.r.Float64()
	x := (-1 + math.Sqrt(1+2.24*u)) / 0.8
	return ag.g.cfg.From.AddDate(0, 0, min(ag.days-1, int(x*float64(ag.days))))
}

// text accumulates an article's sentences and their byte offsets.
type text struct{ pos int }

func (t *text) add(s string) (start, end int) {
	start, end = t.pos, t.pos+len(s)
	t.pos = end + 1
	return start, end
}

func (ag *articleGen) name(i int) string {
	a := &ag.g.t.actors[i]
	if len(a.Aliases) > 0 && a.Kind == "person" && ag.r.Float64() < 0.3 {
		return a.Aliases[0]
	}
	return a.Name
}

func conf(r *rand.Rand, lo, hi float64) float64 {
	return math.Round((lo+(hi-lo)*r.Float64())*100) / 100
}

// article draws article seq with at most maxEvents events.
func (ag *articleGen) article(seq, maxEvents int) graph.ArticleFacts {
	r, t := ag.r, ag.g.t
	published := ag.day()
	out := outlets[r.IntN(len(outlets))]

	// The story: an explicit alliance one time in eight, otherwise two
	// actors drawn by popularity.
	var a, b int
	var alliance *allyPair
	if len(t.allyPairs) > 0 && r.Float64() < 0.125 {
		p := t.allyPairs[r.IntN(len(t.allyPairs))]
		alliance, a, b = &p, p.a, p.b
	} else {
		a = ag.actor()
		b = ag.other(a)
	}
	var f graph.ArticleFacts
	var tx text
	firstSentence := map[int][2]int{} // actor → offsets of the first sentence naming it
	sentences := map[[2]int]string{}
	mention := func(i, start, end int) {
		if _, ok := firstSentence[i]; !ok {
			firstSentence[i] = [2]int{start, end}
		}
	}
	k := min(maxEvents, 1+ag.poisson(ag.g.cfg.EventsPerArticle-1))
	type pairKey struct{ s, t int }
	type tally struct {
		coop, hostile int
		first         [2]int // offsets of the first sentence that counts
		firstSentence string
	}
	tallies := map[pairKey]*tally{}
	var pairOrder []pairKey
	seen := map[string]bool{}
	articleID := ""
	var events []graph.Event
	for range k {
		src, tgt := a, b
		if r.Float64() >= 0.7 {
			if r.Float64() < 0.5 {
				src, tgt = a, ag.other(a)
			} else {
				src, tgt = ag.other(b), b
			}
		}
		if r.Float64() < 0.35 {
			src, tgt = tgt, src
		}
		var c cameoCode
		var sentence string
		if r.Float64() < 0.04 {
			c, tgt = pick(r, ag.untargeted), -1
			sentence = ag.name(src) + " " + untargeted[c.Code] + pick(r, tails) + "."
		} else {
			c = ag.code(src, tgt)
			sentence = ag.name(src) + " " + c.Phrase + " " + ag.name(tgt) + pick(r, tails) + "."
		}
		when := published.AddDate(0, 0, -[]int{0, 0, 0, 0, 1, 1, 2, 3, 5, 7}[r.IntN(10)])
		date, day := when.Format(time.DateOnly), when
		switch x := r.Float64(); {
		case x < 0.02:
			date, day = when.Format("2006"), time.Date(when.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		case x < 0.12:
			date, day = when.Format("2006-01"), time.Date(when.Year(), when.Month(), 1, 0, 0, 0, 0, time.UTC)
		}
		status := "fact"
		switch x := r.Float64(); {
		case x < 0.03:
			status = "disputed"
		case x < 0.15:
			status = "alleged"
		}
		start, end := tx.add(sentence)
		mention(src, start, end)
		tgtID := ""
		if tgt >= 0 {
			mention(tgt, start, end)
			tgtID = t.actors[tgt].ID
		}
		sentences[[2]int{start, end}] = sentence
		ev := graph.Event{
			Type: c.Type, Cameo: c.Code, Root: c.Root(), QuadClass: c.Quad, Goldstein: c.Goldstein,
			Plover: c.Plover, Source: t.actors[src].ID, Target: tgtID, Date: date, Day: &day,
			Status: status, Confidence: conf(r, 0.5, 0.95),
			Evidence: []graph.Evidence{{Sentence: sentence, Start: start, End: end, Extractor: Extractor,
				Confidence: conf(r, 0.55, 0.98), Rule: "trigger:" + c.Type, Matched: []string{c.Phrase}}},
		}
		events = append(events, ev)
		if tgt >= 0 {
			pk := pairKey{src, tgt}
			tl := tallies[pk]
			if tl == nil {
				tl = &tally{}
				tallies[pk] = tl
				pairOrder = append(pairOrder, pk)
			}
			counts := false
			switch {
			case c.Quad <= 2 && c.Goldstein >= 4:
				tl.coop++
				counts = true
			case c.Quad == 4:
				tl.hostile++
				counts = true
			}
			if counts && tl.firstSentence == "" {
				tl.first, tl.firstSentence = [2]int{start, end}, sentence
			}
		}
	}

	// The explicit alliance, stated in a sentence of its own.
	var explicit *graph.Stance
	if alliance != nil && r.Float64() < 0.6 {
		s := fmt.Sprintf(pick(r, allyFrames[alliance.relation]), ag.name(alliance.a), ag.name(alliance.b)) + pick(r, tails) + "."
		start, end := tx.add(s)
		mention(alliance.a, start, end)
		mention(alliance.b, start, end)
		sentences[[2]int{start, end}] = s
		explicit = &graph.Stance{Source: t.actors[alliance.a].ID, Target: t.actors[alliance.b].ID,
			Relation: alliance.relation, Kind: "explicit",
			Evidence: []graph.Evidence{{Sentence: s, Start: start, End: end, Extractor: Extractor,
				Confidence: conf(r, 0.75, 0.97), Rule: "stance:" + alliance.relation}}}
	}

	// The article itself, now that its first sentence is known.
	first := events[0].Evidence[0].Sentence
	title := strings.TrimSuffix(first, ".")
	if len(title) > 90 {
		title = title[:strings.LastIndexByte(title[:90], ' ')]
	}
	url := fmt.Sprintf("https://%s/%s/%s-%d", out.domain, published.Format("2006/01/02"), slug(title), seq)
	articleID = url
	dateline := t.actors[a].Name
	if c := t.actors[a].Country; c != "" {
		dateline = t.actors[t.byID[c]].Name
	}
	pub := published
	f.Article = graph.Article{ID: articleID, URL: url, Title: title, Source: out.name, Language: "en",
		Dateline: dateline, Published: &pub, Extractor: Extractor}

	for _, ev := range events {
		ev.ID = facts.Hash("event", ev.Source, ev.Type, ev.Cameo, ev.Target, ev.Date, articleID)
		if seen[ev.ID] {
			continue // the same thing said twice in one article is one event
		}
		seen[ev.ID] = true
		ev.Evidence[0].ID = evidenceID(ev.ID, articleID, ev.Evidence[0])
		f.Events = append(f.Events, ev)
	}
	// Derived stances: a pair whose events in this article are mostly
	// cooperative (Goldstein 4 or more: pledges, agreements, aid) or
	// hostile (material conflict), with the first sentence that shows it.
	for _, pk := range pairOrder {
		tl := tallies[pk]
		relation := ""
		n := 0
		switch {
		case tl.coop > tl.hostile:
			relation, n = "cooperative", tl.coop
		case tl.hostile > tl.coop:
			relation, n = "hostile", tl.hostile
		default:
			continue
		}
		st := graph.Stance{Source: t.actors[pk.s].ID, Target: t.actors[pk.t].ID, Relation: relation, Kind: "derived"}
		st.ID = facts.Hash("stance", st.Source, st.Relation, st.Kind, st.Target)
		x := graph.Evidence{Sentence: tl.firstSentence, Start: tl.first[0], End: tl.first[1], Extractor: Extractor,
			Confidence: math.Min(0.9, conf(r, 0.25, 0.45)+0.1*float64(n-1)), Rule: "derived:" + relation,
			Related: r.Float64() < 0.02}
		x.ID = evidenceID(st.ID, articleID, x)
		st.Evidence = []graph.Evidence{x}
		f.Stances = append(f.Stances, st)
	}
	if explicit != nil {
		explicit.ID = facts.Hash("stance", explicit.Source, explicit.Relation, explicit.Kind, explicit.Target)
		explicit.Evidence[0].ID = evidenceID(explicit.ID, articleID, explicit.Evidence[0])
		f.Stances = append(f.Stances, *explicit)
	}
	// Mentions, in order of first appearance.
	order := make([]int, 0, len(firstSentence))
	for i := range firstSentence {
		order = append(order, i)
	}
	slices.SortFunc(order, func(x, y int) int {
		if d := firstSentence[x][0] - firstSentence[y][0]; d != 0 {
			return d
		}
		return x - y
	})
	for _, i := range order {
		off := firstSentence[i]
		ac := t.actors[i]
		m := graph.Mention{Actor: ac.ID, Evidence: graph.Evidence{Sentence: sentences[off], Start: off[0], End: off[1],
			Extractor: Extractor, Confidence: conf(r, 0.85, 0.99), Rule: "gazetteer", Matched: []string{ac.Name}}}
		m.ID = facts.Hash("evidence", "mention:"+ac.ID, articleID, strconv.Itoa(off[0]), strconv.Itoa(off[1]))
		f.Mentions = append(f.Mentions, m)
	}
	return f
}

func evidenceID(fact, article string, x graph.Evidence) string {
	return facts.Hash("evidence", fact, article, strconv.Itoa(x.Start), strconv.Itoa(x.End))
}
