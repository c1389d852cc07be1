// Package extract turns raw news articles (plain text, Markdown, HTML, JSON
// Lines batches) into facts documents (format kg-facts/1): the actors named,
// the events between them coded in CAMEO, and the alliances and stances they
// express, each with the sentence that supports it. It works offline and
// deterministically from dictionaries shipped as data (lang/*.json,
// lang/*.triggers.tsv, cameo.tsv and the gazetteer), so the same input always
// gives the same document.
//
// It must not talk to Neo4j, to the network or to anything but the readers
// it is given; loading documents into the graph is package loader's job.
//
// The files follow the pipeline: text cleaning and sentences
// (boilerplate.go, sentences.go, tokens.go), language packs and morphology
// (langpack.go, morphology.go, triggerfile.go), the actors phase
// (mentions.go and the files it calls), the events phase (events.go,
// participants.go), speech and modality (speech.go, modality.go) and
// stances (stances.go); README.md maps each concern to its file.
package extract

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/geokg/kg/loader/extract/gazetteer"
	"github.com/geokg/kg/loader/facts"
)

// Name is the extractor's name in every document it writes.
const Name = "kg-extract"

// Version is bumped whenever rules or dictionaries change what is extracted.
const Version = "1.23.0"

// MaxArticleSize caps one article's text (or HTML page) in bytes.
const MaxArticleSize = 5 << 20

// PanicError is a bug of the extractor met while reading one article: the
// value the code panicked with and the stack where it did. Extract yields
// it for that article, as a *facts.DocError, and goes on with the next.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("internal error of the extractor (a bug: please report it with this article): %v", e.Value)
}

// recoverArticle turns a panic of Article into a *PanicError in *err.
func recoverArticle(doc **facts.Document, err *error) {
	if p := recover(); p != nil {
		*doc, *err = nil, &PanicError{Value: p, Stack: debug.Stack()}
	}
}

// Options configure an Extractor.
type Options struct {
	// Gazetteers are extra gazetteer files (JSON Lines, same format as the
	// embedded ones); their entries replace embedded ones with the same id.
	Gazetteers []string
	// DefaultLang is used when an article's language is not given and cannot
	// be detected ("id" or "en"; default "en").
	DefaultLang string
	// Limits bound the work one article may cost (zero fields: defaults).
	Limits Limits
	// Published is the publication date of articles that give none of
	// their own in metadata, dateline or a publication line (kg extract
	// --published): ISO 8601 or a written date. Empty: such articles stay
	// undated, and relative dates in them ("kemarin") are not resolved.
	Published string
}

// Input is one raw article.
type Input struct {
	Text      string
	URL       string
	Title     string
	Source    string
	Published string // ISO 8601 or a written date
	Lang      string // ISO 639-1; detected when empty
	// Format is "text" (default; front matter allowed), "markdown" or "html".
	Format string

	publishedFrom string   // where Published was read, for errors ("front matter field \"date\"")
	metaWarnings  []string // what scrubControls cut from the metadata
}

// Extractor holds the compiled dictionaries. It is safe for concurrent use.
type Extractor struct {
	gaz      *gazetteer.Gazetteer
	packs    map[string]*pack
	packList []*pack
	cameo    map[string]*cameoEntry
	common   *common
	stateRol map[string]bool
	// regionalHome is the state of each regional body type: the home
	// state of the pack whose bodies have it ("polda": IDN).
	regionalHome map[string]string
	opts         Options
	limits       Limits
	boiler       *boilerSet        // the boilerplate rules of all packs
	vocab        map[string]uint64 // quickLang: bit k set when packList[k] knows the word
	vocabT       *vocabTable       // vocab as quickLang reads it
	names        map[*gazetteer.Entry]personName
	// given holds the given names of lang/*.given.txt (all languages: news
	// in either language names people of every country).
	given map[string]bool
	// frequentGiven are the English given names of at least 0.1% of
	// Americans (lang/en.given.frequent.txt): see givenNamedAbroad.
	frequentGiven map[string]bool
	// frequentSurnames are the census surnames of at least 20,000 bearers
	// (lang/surnames.frequent.txt): see commonSurnameAbroad.
	frequentSurnames map[string]bool
	// homeGiven are the common given names of the home languages' own
	// hand lists (lang/id.given.txt): alone they stand for an office
	// holder of the home state only if that holder leads it (see leads).
	homeGiven map[string]bool
	// surnames are the surnames of lang/surnames.txt (census surnames of
	// every origin): one of them standing alone is a person's name
	// (singleSurnamePersons).
	surnames *sortedWords
	// ordinarySurnames are the census surnames that are English ordinary
	// words ("hunt"): no rare surname of one known person (rareKnownSurname).
	ordinarySurnames *sortedWords
	// enWords are the ordinary English words of lang/en.words.txt
	// (englishWord): a capitalized word that is one of them is no name.
	enWords *sortedWords
	// bySurname: the people of the gazetteer who held an office, by the
	// last word of their name ("abe" → Shinzo Abe), for "PM Abe".
	bySurname map[string][]*gazetteer.Entry
	// byGiven: the same people by the first word of each name of two words
	// or more (Indonesian news names people by it: "Menlu Retno").
	byGiven map[string][]*gazetteer.Entry
	// byFame: the gazetteer's people compiled by hand who held no
	// office (public figures), by the last word of each name.
	byFame map[string][]*gazetteer.Entry
	// clubCity: the sports clubs of the gazetteer known by a city's or a
	// district's one-word name ("Chelsea FC", "FC Barcelona", "Liverpool
	// F.C."), by that word, for the club named after an occupation's title
	// ("Pelatih Chelsea Jose Mourinho"; clubAfterOccupation).
	clubCity map[string]*gazetteer.Entry
	// byCustomGiven: the people of the given-name states (Thai, Lao) by
	// their given name, each person once (givenIndex, customGiven).
	byCustomGiven map[string][]*gazetteer.Entry
	// sameAs: an entry of a given-name state that is another's spelling
	// of the same person, to that person (givenIndex).
	sameAs map[*gazetteer.Entry]*gazetteer.Entry
	// byPatronymGiven: the office holders of the patronymic states
	// (Malay names) by their given name, for English (nameCands).
	byPatronymGiven map[string][]*gazetteer.Entry
	// customs are the naming customs of lang/common.json.
	customs nameCustoms
	// variants: the names of office holders and hand-compiled people by
	// their skeleton, for other transliterations (variants.go).
	variants variantIndex
	// sharedNames: the states of lang/common.json's shared_name_states.
	sharedNames map[string]bool
	// patronymic: the patronymic states of lang/common.json, whose
	// people news names by their given name (nameCands).
	patronymic map[string]bool
	derived    map[string]string // event type -> its derived stances' evidence rule
	scratch    sync.Pool         // *scratch: a run's working memory, reused between articles
	// everyRule makes findMentions call every rule, none skipped by the
	// sentence's flags (sentGate): set by the test that compares the two.
	everyRule bool
}

// New loads the embedded dictionaries once (and the extra gazetteer files).
func New(opts Options) (*Extractor, error) {
	return NewContext(context.Background(), opts)
}

// NewContext is New with a context for reading gazetteer files.
func NewContext(ctx context.Context, opts Options) (*Extractor, error) {
	if opts.DefaultLang == "" {
		opts.DefaultLang = "en"
	}
	// The gazetteer is read while the rest is: nothing below needs it
	// before nameIndexes, and it is half of the start-up (issue #12). Of
	// several errors, the gazetteer's is said first, as when it was read
	// first.
	var g *gazetteer.Gazetteer
	var gerr error
	loaded := make(chan struct{})
	go func() {
		defer close(loaded)
		g, gerr = gazetteer.Load(ctx, opts.Gazetteers...)
	}()
	fail := func(err error) (*Extractor, error) {
		<-loaded
		if gerr != nil {
			err = gerr
		}
		return nil, fmt.Errorf("extract: %w", err)
	}
	cameo, err := loadCameo()
	if err != nil {
		return fail(err)
	}
	com, err := loadCommon()
	if err != nil {
		return fail(err)
	}
	x := &Extractor{packs: map[string]*pack{}, cameo: cameo, common: com, opts: opts, stateRol: map[string]bool{}, limits: opts.Limits.WithDefaults()}
	x.scratch.New = newScratch
	for _, r := range com.StateRoles {
		x.stateRol[r] = true
	}
	x.given, x.frequentGiven, x.homeGiven = loadGiven(), loadFrequentGiven(), loadWordList("lang/id.given.txt")
	x.frequentSurnames = loadWordList("lang/surnames.frequent.txt")
	x.surnames, x.ordinarySurnames = newSortedWords(surnamesText), newSortedWords(ordinarySurnamesText)
	x.enWords = newSortedWords(enWordsText)
	// The packs read only what they are given: loaded at once, kept in
	// their order (of two errors, the first pack's).
	codes := []string{"id", "en"}
	packs, errs := make([]*pack, len(codes)), make([]error, len(codes))
	var wg sync.WaitGroup
	for k, code := range codes {
		wg.Go(func() { packs[k], errs[k] = loadPack(code, cameo, x.given, com) })
	}
	wg.Wait()
	for k, code := range codes {
		if errs[k] != nil {
			return fail(errs[k])
		}
		x.packs[code] = packs[k]
		x.packList = append(x.packList, packs[k])
	}
	x.boiler = newBoilerSet(x.packList)
	x.regionalHome = map[string]string{}
	for _, p := range x.packList {
		if p.home == "" {
			continue
		}
		for _, ls := range p.bodies.first {
			for _, l := range ls {
				if bt, ok := com.BodyTypes[l.label]; ok && bt.Regional {
					x.regionalHome[l.label] = p.home
				}
			}
		}
	}
	x.vocab = map[string]uint64{}
	for k, p := range x.packList {
		for w := range p.vocab {
			if len(w) <= 8 {
				x.vocab[w] |= 1 << k
			}
		}
	}
	x.vocabT = newWordTable(x.vocab)
	x.derived = map[string]string{}
	for _, c := range cameo {
		x.derived[c.Type] = derivedPrefix + c.Type
	}
	for _, p := range x.packList {
		for _, ts := range p.triggers {
			for _, t := range ts {
				x.derived[t.typ] = derivedPrefix + t.typ
			}
		}
		// Extraction reads the triggers through trigSets; the map by key
		// word, tens of thousands of entries, would only be marked again
		// on every garbage collection.
		p.triggers = nil
	}
	if <-loaded; gerr != nil {
		return nil, fmt.Errorf("extract: %w", gerr)
	}
	x.gaz = g
	x.nameIndexes(g, com)
	if x.packs[opts.DefaultLang] == nil {
		return nil, fmt.Errorf("extract: default language %q has no language pack (have id, en)", opts.DefaultLang)
	}
	return x, nil
}

// nameIndexes builds the indexes of the gazetteer's people by the word a
// lone name stands for (bySurname, byGiven, byPatronymGiven,
// byCustomGiven, byFame), by the naming customs of com.
func (x *Extractor) nameIndexes(g *gazetteer.Gazetteer, com *common) {
	sector := lowerSet(com.SectorRoles)
	office := func(e *gazetteer.Entry) bool { return heldOffice(e, sector) }
	patronymic := map[string]bool{}
	for _, c := range com.PatronymicStates {
		patronymic[c] = true
	}
	// A Malay name's last word is the father's name, and a Burmese name
	// has no family name: neither is a surname.
	noSurname := map[string]bool{}
	for _, cs := range [][]string{com.PatronymicStates, com.NoSurnameStates} {
		for _, c := range cs {
			noSurname[c] = true
		}
	}
	x.customs, x.patronymic = newNameCustoms(com, g), patronymic
	x.sharedNames = map[string]bool{}
	for _, c := range com.SharedNameStates {
		x.sharedNames[c] = true
	}
	// The indexes only read the gazetteer, the customs and the packs, and
	// each is written by one goroutine: built at once, as start-up time is
	// issue #12's (a fixed number of goroutines, one an index).
	var wg sync.WaitGroup
	wg.Go(func() {
		// Computed once rather than for every article that names them.
		x.names = map[*gazetteer.Entry]personName{}
		g.Entries(func(e *gazetteer.Entry) bool {
			if e.Kind == facts.KindPerson {
				x.names[e] = nameParts(e.Name)
			}
			return true
		})
	})
	wg.Go(func() {
		x.bySurname = surnameIndex(g, x.customs, func(e *gazetteer.Entry) bool { return office(e) && !noSurname[e.Country] }, false)
	})
	wg.Go(func() { x.byGiven = surnameIndex(g, x.customs, office, true) })
	wg.Go(func() {
		// A Malay name's first word is the name news uses alone ("Anwar").
		x.byPatronymGiven = surnameIndex(g, x.customs, func(e *gazetteer.Entry) bool { return office(e) && patronymic[e.Country] }, true)
	})
	wg.Go(func() {
		// The people of the given-name states: office holders, and the
		// hand-compiled others (not the generated people of a sector only).
		x.byCustomGiven, x.sameAs = givenIndex(g, x.customs, func(e *gazetteer.Entry) bool { return office(e) || e.Source != "" })
		dropTitleKeys(x.byCustomGiven, x.packList)
	})
	wg.Go(func() {
		x.variants = newVariantIndex(g, func(e *gazetteer.Entry) bool { return len(e.Roles) > 0 || e.Source != "" })
	})
	wg.Go(func() {
		// Compiled by hand (a source on the line) and no office: public
		// figures news names by surname alone ("Zuckerberg", "Sanders").
		x.byFame = surnameIndex(g, x.customs, func(e *gazetteer.Entry) bool {
			return e.Source != "" && !heldOffice(e, sector) && !noSurname[e.Country]
		}, false)
	})
	wg.Go(func() { x.clubCity = clubCityIndex(g) })
	wg.Wait()
}

// clubCityIndex indexes the organizations whose English names include a
// club's form of one word and a club suffix ("Chelsea FC", "Liverpool
// F.C.", "FC Barcelona") by that word in lower case.
func clubCityIndex(g *gazetteer.Gazetteer) map[string]*gazetteer.Entry {
	idx := map[string]*gazetteer.Entry{}
	g.Entries(func(e *gazetteer.Entry) bool {
		if e.Kind != facts.KindOrganization {
			return true
		}
		for _, n := range e.Names["en"] {
			f := strings.Fields(n)
			if len(f) != 2 {
				continue
			}
			w := ""
			switch {
			case f[1] == "FC" || f[1] == "F.C.":
				w = f[0]
			case f[0] == "FC":
				w = f[1]
			}
			if w != "" && !strings.ContainsAny(w, ".-'") {
				idx[strings.ToLower(w)] = e
			}
		}
		return true
	})
	return idx
}

// personName is the name parts of a gazetteer person.
func (x *Extractor) personName(e *gazetteer.Entry) personName {
	if n, ok := x.names[e]; ok {
		return n
	}
	return nameParts(e.Name)
}

// derivedPrefix starts the evidence rule of a derived stance, followed by
// the type of the event it comes from.
const derivedPrefix = "stance:derived:"

// derivedRule is the evidence rule of a stance derived from an event of
// type typ.
func (x *Extractor) derivedRule(typ string) string {
	if s, ok := x.derived[typ]; ok {
		return s
	}
	return derivedPrefix + typ
}

// Gazetteer returns the loaded gazetteer.
func (x *Extractor) Gazetteer() *gazetteer.Gazetteer { return x.gaz }

// Input errors.
var (
	ErrEmpty    = errors.New("article text is empty")
	ErrBinary   = errors.New("article is binary, not text")
	ErrTooLarge = fmt.Errorf("article is larger than %d bytes", MaxArticleSize)
	ErrUTF8     = errors.New("article text is not valid UTF-8")
)

// packFor picks the language pack for a language code: Malay reads with the
// Indonesian pack, anything unknown with the default.
func (x *Extractor) packFor(lang string) *pack {
	l := strings.ToLower(lang)
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	switch l {
	case "ind", "in":
		l = "id"
	case "ms", "msa", "zsm":
		l = "id"
	case "eng":
		l = "en"
	}
	if p := x.packs[l]; p != nil {
		return p
	}
	return x.packs[x.opts.DefaultLang]
}

func checkText(s string) error {
	return checkScanned(s, scanText(s))
}

// checkScanned is checkText with s already read by scanText (f).
func checkScanned(s string, f textScan) error {
	// The size is checked against Limits.MaxBytes before (Article).
	if strings.TrimSpace(s) == "" {
		return ErrEmpty
	}
	if f.nul {
		return ErrBinary
	}
	if f.invalid {
		return ErrUTF8
	}
	return nil
}

// Article extracts the facts of one article. The text is read as its
// Format says (front matter is removed from text and Markdown; HTML is
// reduced to its main content); evidence offsets are byte offsets into the
// text that remains. A bug that panics while reading the article is
// returned as a *PanicError: one article must not stop a stream of them.
func (x *Extractor) Article(ctx context.Context, a Input) (doc *facts.Document, err error) {
	defer recoverArticle(&doc, &err)
	return x.article(ctx, a)
}

func (x *Extractor) article(ctx context.Context, a Input) (*facts.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(a.Text) > x.limits.MaxBytes {
		return nil, &SizeError{Size: len(a.Text), Max: x.limits.MaxBytes}
	}
	switch strings.ToLower(a.Format) {
	case "html", "htm":
		var err error
		a, err = fromHTML(ctx, a, x.common.HTMLDateMeta)
		if err != nil {
			return nil, err
		}
	case "", "text", "txt", "markdown", "md":
		a = frontMatter(a)
	default:
		return nil, fmt.Errorf("unknown format %q (want text, markdown or html)", a.Format)
	}
	scan := scanText(a.Text) // (one pass for checkText and scrubControls)
	if err := checkScanned(a.Text, scan); err != nil {
		return nil, err
	}
	var err error
	if a, err = scrubControls(a, scan.control); err != nil { // limits.go
		return nil, err
	}
	lang := a.Lang
	if lang == "" {
		lang = x.detect(a.Text)
		if lang == "" {
			lang = x.opts.DefaultLang
		}
	}
	p := x.packFor(lang)
	doc := &facts.Document{
		Format:    facts.Format,
		Extractor: facts.Extractor{Name: Name, Version: Version},
		Article: facts.Article{
			URL:      strings.TrimSpace(a.URL),
			Title:    strings.TrimSpace(a.Title),
			Source:   strings.TrimSpace(a.Source),
			Language: strings.ToLower(lang),
		},
		Actors: []facts.Actor{},
	}
	if doc.Article.URL == "" {
		doc.Article.ContentHash = facts.ContentHash(a.Text)
	}
	if strings.TrimSpace(a.Published) == "" && x.opts.Published != "" {
		a.Published, a.publishedFrom = x.opts.Published, "the default publication date (--published)"
	}
	if d, err := x.metaDate(a); err != nil {
		return nil, err
	} else if d != "" {
		doc.Article.Published = d
	}
	if err := x.process(ctx, a.Text, p, doc); err != nil {
		return nil, err
	}
	if len(a.metaWarnings) > 0 {
		doc.Warnings = append(a.metaWarnings, doc.Warnings...)
	}
	if problems := facts.Check(doc); len(problems) > 0 {
		return nil, fmt.Errorf("extract: produced an invalid document (a bug): %w", &facts.ValidationError{Problems: problems})
	}
	return doc, nil
}
