// Language packs (lang/<code>.json, lang/common.json): the word lists and
// phrase indexes the rules read, and the lexical flags of a folded word.

package extract

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"math/bits"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/geokg/kg/loader/extract/gazetteer"
)

//go:embed lang/*.json lang/*.tsv cameo.tsv cameo.plover.tsv
var dataFS embed.FS

// packJSON is the file format of lang/<code>.json.
type packJSON struct {
	englishNamesJSON          // lone_names, party_tags (englishnames.go)
	dateWordsJSON             // ago_units, anchored, year_preps, other_calendar (datewords.go)
	Lang             string   `json:"lang"`
	Abbreviations    []string `json:"abbreviations"`
	Boilerplate      []struct {
		Pattern string `json:"pattern"`
		Kind    string `json:"kind"`
	} `json:"boilerplate"`
	InlineDrop      []string          `json:"inline_drop"`
	Months          map[string]int    `json:"months"`
	Weekdays        map[string]int    `json:"weekdays"`
	RelativeDays    map[string]int    `json:"relative_days"`
	RelativePeriods map[string]string `json:"relative_periods"`
	// CountWords are the spelled-out counts before a unit of time ("dua
	// hari lalu", "two weeks ago"; the units and words after them are
	// dateWordsJSON's).
	CountWords map[string]int `json:"count_words"`
	Since      []string       `json:"since"`
	YearWords  []string       `json:"year_words"`
	// CenturyWords name a century next to its number ("abad ke-19", "the
	// 19th century") and DecadeSuffixes end a decade ("1990-an", "1990s"):
	// times a sentence about the past is set in that have no date.
	CenturyWords   []string          `json:"century_words"`
	DecadeSuffixes []string          `json:"decade_suffixes"`
	Pronouns       map[string]string `json:"pronouns"`
	Agent          []string          `json:"agent"`
	Coord          []string          `json:"coord"`
	Between        []string          `json:"between"`
	BetweenAnd     []string          `json:"between_and"`
	ObjectPreps    []string          `json:"object_preps"`
	Locative       []string          `json:"locative"`
	ClauseBreaks   []string          `json:"clause_breaks"`
	Relative       []string          `json:"relative"`
	SpeechVerbs    []string          `json:"speech_verbs"`
	LightVerbs     []string          `json:"light_verbs"`
	ReceiveVerbs   []string          `json:"receive_verbs"` // light verbs whose subject is the target: "received aid from X"
	SourcePreps    []string          `json:"source_preps"`  // "from", "dari": the giver of what is received
	ReportVerbs    []string          `json:"report_verbs"`  // "said": the act named in what they report is not the speaker's
	DeedVerbs      []string          `json:"deed_verbs"`    // "carried out (by)": who did the act a noun names
	// StandaloneCodes are CAMEO codes (or their prefixes) whose acts stand
	// without a named party (PLOVER PROTEST, MOBILIZE, a yield): every
	// trigger of such a code, generated ones too, takes the notarget flag.
	StandaloneCodes []string `json:"standalone_codes"`
	Hedges          []string `json:"hedges"`
	Denials         []string `json:"denials"`
	Negations       []string `json:"negations"`
	NegBeforeComp   []string `json:"negations_before_comp"` // "yet": a negation only before "to" ("has yet to meet")
	Future          []string `json:"future"`
	Aux             []string `json:"aux"`
	Clitics         []string `json:"clitics"`
	Stances         []struct {
		Words    string `json:"words"`
		Relation string `json:"relation"`
	} `json:"stances"`
	Copulas []string `json:"copulas"`
	Titles  []struct {
		Text string `json:"text"`
		Role string `json:"role"`
	} `json:"titles"`
	StateOf   []string `json:"state_of"`
	Metonyms  []string `json:"metonyms"`
	Missions  []string `json:"missions"`
	MissionIn []string `json:"mission_in"`
	// HomeMissions are mission words that name the home state's own
	// missions ("KBRI London": Indonesia's embassy in the United Kingdom).
	HomeMissions []string            `json:"home_missions"`
	MissionName  string              `json:"mission_name"`
	Territory    []string            `json:"territory"`
	NameStop     []string            `json:"name_stop"`
	Former       []string            `json:"former"`
	Classes      map[string][]string `json:"classes"`
	// FunctionWords are frequent words of the language, for a quick
	// language guess before the trigram detector.
	FunctionWords []string `json:"function_words"`
	// NotActorAfter are words after which a state's name is not the state
	// acting: currencies ("dolar AS", "Hong Kong dollar").
	NotActorAfter []string `json:"not_actor_after"`
	// SaintWords ("St.", "Saint") open a saint's name, a place's or a
	// church's, not a person's ("St. Martin", "St. Peter's Basilica").
	SaintWords []string `json:"saint_words"`
	// SubstateBefore are two-word phrases after which a state's name
	// that is also a place's names the place, a state of a federation
	// ("negara bagian Georgia", "the state of Georgia"; "the state of
	// Israel" stays the state).
	SubstateBefore []string `json:"substate_before"`
	// SubstateOffices are offices of a federation's state (lower case,
	// up to three words) that make a state's name before them, maybe with
	// 's, the same-named place: "Georgia's Secretary of State Brad
	// Raffensperger" (a region's office, "Georgia Governor Brian Kemp",
	// does too).
	SubstateOffices []string `json:"substate_offices"`
	// RegimeBefore and RegimeAfter are words for a leader's time in
	// power that come before (Indonesian "pemerintahan Thatcher", "era
	// Soeharto") or after (English "the Blair government", "the Clinton
	// administration") a surname: there the surname is a head of state
	// or of government of any year, not only one in office on the
	// article's date.
	// NameCommon are ordinary words that are frequent in people's names:
	// after a given name they end the name ("Aditya Perdana", "Rizky
	// Putra"), where another ordinary word ends it only before a name word
	// ("Budi Karya Sumadi").
	NameCommon []string `json:"name_common"`
	// WordGiven are given names that are ordinary words too, and so not
	// in the given-name list: before a surname of lang/surnames.txt they
	// are the given name ("Grace Okafor", "Hope Hicks").
	WordGiven []string `json:"word_given"`
	// SeatSuffixes are what joins a capital's name to the word after it
	// for an organization's seat ("London-based", "Doha-headquartered"):
	// there the capital is the city, not its government.
	SeatSuffixes []string `json:"seat_suffixes"`
	// CompoundPrefixes are the words a hyphen joins before a state's name
	// or demonym to make a word about something else: a stance, a time, a
	// scope or an abstraction ("pro-Rusia", "anti-American", "pasca-Brexit",
	// "se-Indonesia", "ke-Indonesia-an"): there the state is no actor.
	CompoundPrefixes []string `json:"compound_prefixes"`
	// CompoundSuffixes are the words a hyphen joins after a state's name
	// or demonym for a person's origin ("Russian-born"): no actor.
	CompoundSuffixes []string `json:"compound_suffixes"`
	// TerritorySuffixes are the words a hyphen joins after a state's name
	// or demonym for the territory it holds ("Russian-occupied
	// Zaporizhzhia", "Israeli-annexed East Jerusalem", "Indian-administered
	// Kashmir"): the place is named, the state acts in none of them, and the
	// place after the compound is no surname (conflict grid 39).
	TerritorySuffixes []string `json:"territory_suffixes"`
	// DiasporaDemonyms are the demonyms of states of immigrants that a
	// hyphen joins after another demonym for a people of two origins
	// ("Chinese-American scientists", "Japanese-Brazilian workers"): no
	// state, unless a word of relation_nouns follows ("Russian-American
	// relations" names both states).
	DiasporaDemonyms []string `json:"diaspora_demonyms"`
	// RelationNouns are the nouns of a relation between two states after a
	// hyphenated pair of demonyms (relations, talks, war, border).
	RelationNouns []string `json:"relation_nouns"`
	// RouteNouns are words for a route, a line or a service along one
	// ("rute", "penerbangan", "kereta", "railway", "flight"): a hyphenated
	// pair of places with a capital or a city in it right after one (in
	// Indonesian, maybe after one lower-case word: "kereta cepat
	// Jakarta-Bandung") or before one (in English, maybe after one
	// lower-case word: "the Jakarta-Bandung high-speed railway") names the
	// route's ends, cities, not states.
	RouteNouns []string `json:"route_nouns"`
	// RoutePreps are the prepositions that open a route's ends ("between",
	// "from", "antara", "dari"): a capital right after one that follows a
	// route noun, maybe with one lower-case word between ("flights between
	// Jakarta and Tokyo", "rute baru antara Jakarta dan Canberra"), is a
	// city, not its state.
	RoutePreps []string `json:"route_preps"`
	// TeamCues are phrases, lower case, for a state's national team
	// ("timnas", "tim nasional", "national team"): in a sentence that has
	// one, states' names are teams (the opponents too: "menang 2-0 atas
	// Bahrain"), no state acting.
	TeamCues []string `json:"team_cues"`
	// TeamVenuePreps are the prepositions of place, lower case, after which
	// a state in a sentence about national teams is where the match is
	// played, a state located and so kept ("Piala Dunia 2018 di Rusia",
	// "the final in Qatar"), not a team.
	TeamVenuePreps []string `json:"team_venue_preps"`
	// MatchWords are words of a match's result ("kalah", "menang",
	// "imbang", "beat", "lost", "drew"), lower case: in a sentence that
	// has one and a match's score ("1-0", "2-2": two numbers of at most
	// two digits, 20 or less, joined by a hyphen, not a percentage nor a
	// range of days before a month) a state's name is a team, as after
	// team_cues ("Indonesia kalah 0-6 dari Jepang", "Japan beat Brazil
	// 3-2"). Words that votes and talks take ("won", "voted", "held",
	// "win") are left out.
	MatchWords []string `json:"match_words"`
	// MatchVerbs are phrases, lower case, of a match's result that stand
	// between its two sides ("beat", "thrashed", "lost to", "drew with"):
	// a capitalized name, the phrase and a state's name right after it
	// make the state a team without a score ("England lost to Spain in the
	// final", "New Zealand thrashed Australia by 40 points"). Verbs said
	// of wars and diplomacy too ("stunned", "routed", "fell to") are left
	// out.
	MatchVerbs []string `json:"match_verbs"`
	// TeamRoleBefore and TeamRoleAfter are words for a player's or a
	// coach's role on a team, lower case, right before a state's name or
	// right after it (English "Indonesia coach", "Japan captain"): there
	// the name is the national team, no state. A demonym or a capital
	// stays ("Brazilian striker" names the player's state); Indonesian
	// has none, since "Gelandang Inggris Jude Bellingham" names the
	// player's state as its demonym would.
	TeamRoleBefore []string `json:"team_role_before"`
	// MatchNouns and VersusWords are words for a match ("laga",
	// "pertandingan", "match") and for its sides' link ("melawan",
	// "kontra", "against", "vs"), lower case: a state's name right after a
	// word of versus_words with a match noun at most three words before
	// it ("laga melawan Irak", "the match against Japan"), or between a
	// match noun and a word of versus_words ("laga Indonesia melawan Arab
	// Saudi"), is a team, no state.
	MatchNouns    []string `json:"match_nouns"`
	VersusWords   []string `json:"versus_words"`
	TeamRoleAfter []string `json:"team_role_after"`
	// ClubWords are words for a sports club after which a city's name
	// is the club the gazetteer knows by a longer name ("klub Barcelona",
	// "klub sepak bola Liverpool": FC Barcelona, Liverpool FC).
	ClubWords []string `json:"club_words"`
	// AtPreps are the prepositions of where an event happens ("di",
	// "dalam"), not whence or whither: a home body's generic name stands
	// for another state's when that state's place follows one ("Polisi
	// mengatakan tersangka ditangkap di London").
	AtPreps []string `json:"at_preps"`
	// LanguagePreps are the prepositions before a language's name ("into",
	// "in"): a demonym after one that ends its phrase is the language, no
	// state ("translated into Russian and Ukrainian", "said in French,";
	// not "in Russian custody", where a noun follows).
	LanguagePreps []string `json:"language_preps"`
	// LanguageNames are languages' names that are no state's demonym
	// ("Arabic", "Mandarin", "Swahili"): a demonym joined to one by "and"
	// or "or" after a language_preps word or "between" is a language too
	// ("switched between Arabic and French during the hearing").
	LanguageNames []string `json:"language_names"`
	// CapsNames are the ordinary words whose capitals still name their
	// actor in a sentence written all in capitals ("CHINA, US AGREE", "WHO
	// WARNS"); any other ordinary word there is the word ("THE WAR IS NOT
	// OVER" names no IS, "LET US" no LeT). CapsPronounBefore are the verbs
	// after which such a word is the pronoun ("LET US NOT FORGET"). Short-forms
	// grid of issue #12.
	CapsNames         []string `json:"caps_names"`
	CapsPronounBefore []string `json:"caps_pronoun_before"`
	// CompetitionAfter and CompetitionBefore are the words of a
	// competition's name after or before an organization's ("FIFA World
	// Cup", "Piala Dunia FIFA", "Liga Champions UEFA", "AFF Championship"),
	// lower case, up to three words joined by a space: there the body
	// only names the competition it runs, and is no actor.
	CompetitionAfter  []string `json:"competition_after"`
	CompetitionBefore []string `json:"competition_before"`
	// DocumentAfter and DocumentBefore are the words of a founding
	// document's or an observance's name after or before an
	// organization's ("the UN Charter", "Piagam PBB", "Piagam ASEAN", "UN
	// Day"; not Indonesian "hari", which "setiap hari" puts before a
	// subject), lower case, up to three
	// words joined by a space: there the organization only names the
	// document, and is no actor (an international body too, unlike a
	// competition's words, which an IGO's name seldom heads).
	DocumentAfter  []string `json:"document_after"`
	DocumentBefore []string `json:"document_before"`
	// DayBefore are the words of a day's or an anniversary's name, lower
	// case, two or three words joined by a space, written with capitals
	// right before a state's name: the state there names the day ("Hari
	// Kemerdekaan Republik Indonesia"), no actor.
	DayBefore []string `json:"day_before"`
	// WarBefore are the words of a war's name, lower case, one or two
	// words joined by a space, written with capitals right before a
	// state's name that no hyphen joins to another: the state there names
	// the war ("dalam Perang Korea", "Perang Saudara Amerika"), no actor;
	// never at a sentence's start ("Perang Rusia di Ukraina" is Russia's).
	WarBefore    []string `json:"war_before"`
	RegimeBefore []string `json:"regime_before"`
	RegimeAfter  []string `json:"regime_after"`
	// NotActorLists are the not_actor_after words that head a list of
	// such names ("bahasa Inggris dan Prancis": both are languages);
	// after a currency the next name is a state again ("dolar AS dan
	// Indonesia").
	NotActorLists []string `json:"not_actor_lists"`
	// GoodsWords are the not_actor_after words after which a company's
	// name is a brand ("produk Apple") but a state's name is the state as
	// a party to trade ("tarif terhadap produk Indonesia").
	GoodsWords []string `json:"goods_words"`
	// ProgramNouns name a government program, a project or a scheme: the
	// capitalized name right after one is the program's ("Program Sekolah
	// Rakyat", "proyek Kereta Cepat"), no organization, even when it has
	// an organization's head word.
	ProgramNouns []string `json:"program_nouns"`
	// ProgramNames are government programs named with an organization's
	// head word and ordinary words ("Sekolah Rakyat", "Koperasi Desa Merah
	// Putih"; precision grid 41): the name alone names the program, no
	// organization.
	ProgramNames []string `json:"program_names"`
	// NotActorBefore are words right after a state's name or demonym that
	// make it no state: a language, a dish, a currency, a disease, a
	// tournament ("Japanese yen", "French fries", "Spanish flu"); the
	// names coordinated before it go with it ("Thai and Vietnamese
	// food"). A word written with a capital matches only a capitalized
	// word ("Australian Open").
	NotActorBefore []string `json:"not_actor_before"`
	// FacilityHeads name kinds of places and buildings named after
	// persons, before the name: a person's name with one of them at most
	// four capitalized words before it is the place's name ("Jalan
	// Jenderal Sudirman", "Bandara Sultan Iskandar Muda"). English names
	// of the kind end in a word of named_after_tails ("John F. Kennedy
	// International Airport").
	FacilityHeads []string `json:"facility_heads"`
	// PlaceNameHeads (id) head the names of a city's neighbourhoods and
	// markets: a region's or a city's one-word name after one of them,
	// capitalized, is part of that name, no place of its own ("Pasar
	// Gresik", "Kampung Pati"; grid 39, regionInsideNames). Unlike
	// facility_heads they leave a person's name after them alone
	// ("Kapolsek Pasar Minggu Kompol Anggiat Sinambela").
	PlaceNameHeads []string `json:"place_name_heads"`
	// SeatNames are names of a body's seat that the gazetteer gives the
	// body ("Kremlin", "Pentagon", "Senayan"), lower case: after one of
	// SeatPreps ("di", "at", "outside"; English maybe with "the") the
	// name is the place, not the body acting ("bertemu di Kremlin", "a
	// briefing at the Pentagon"), unless one of SeatHolders stands before
	// the preposition ("pejabat di Kremlin", "officials at the Pentagon").
	SeatNames   []string `json:"seat_names"`
	SeatPreps   []string `json:"seat_preps"`
	SeatHolders []string `json:"seat_holders"`
	// CityPeopleAfter are lower-case nouns for the people of a city that
	// follow its name ("Beijing residents", "Tokyo commuters"): a capital
	// before one is the city, not its state.
	CityPeopleAfter []string `json:"city_people_after"`
	// Mutual markers ("saling tuding") make an event go both ways between
	// coordinated parties.
	Mutual []string `json:"mutual"`
	// Determiners may stand between coordinated names ("A and the B").
	Determiners []string `json:"determiners"`
	// Pairs stand for the two parties named before them in the sentence
	// ("the two sides", "kedua negara").
	Pairs []string `json:"pairs"`
	// HomeState is the state whose offices a title names when no state is
	// given ("Gubernur", "Kapolri" in Indonesian news), for HomeTitles.
	HomeState  string   `json:"home_state"`
	HomeTitles []string `json:"home_titles"`
	// OrgHeads and OrgTails are words that begin ("PT", "Bank") or end
	// ("Airlines", "Corp") an organization's name; OrgLinks may stand
	// inside one ("dan", "of"). A state named inside such a name is not the
	// state. PlacePreps: after them a capital is a place ("ke Jakarta").
	OrgHeads   []string `json:"org_heads"`
	OrgTails   []string `json:"org_tails"`
	OrgLinks   []string `json:"org_links"`
	PlacePreps []string `json:"place_preps"`
	// PlaceLinks may stand between a place preposition and the capital
	// ("dibandingkan dengan Tokyo"); directions do too ("di utara
	// Moskow": a place north of the city, not the state).
	PlaceLinks []string `json:"place_links"`
	// StateNameHeads, capitalized before a state's name, make a longer
	// name of a thing of it ("Football League Yunani", "Festival Filem
	// Malaysia", "Hukum Perancis"); PeopleWords, in any case, a people or
	// a culture ("bangsa Jerman", "suku Kurdi", "sastra Rusia"). Neither
	// names the state.
	StateNameHeads []string `json:"state_name_heads"`
	PeopleWords    []string `json:"people_words"`
	// RegionTails, capitalized after a state's name, make the name of a
	// region of it ("Austria Hilir", "Suriah Utara"): a place, not the
	// state (a state so named, "Korea Utara", is matched whole first).
	RegionTails []string `json:"region_tails"`
	// Ethnonyms name peoples, faiths and ethnic groups: after a title or
	// a word for a person ("warga Kurdi", "pejuang Arab") such a word is
	// the people, not a person's name.
	Ethnonyms []string `json:"ethnonyms"`
	// Bodies are the generic names of a state's bodies by type (see
	// common.json body_types): "Kementerian Luar Negeri" + a state, "X's
	// Foreign Ministry" make the body of that state.
	// OrgCreateHeads and OrgCreateTails mark a run of capitalized words as
	// an organization's name ("PT", "Partai"; "Corp", "Ltd"); HomeForms are
	// the heads that are legal forms of the home state ("PT", "CV").
	OrgCreateHeads []string `json:"org_create_heads"`
	OrgCreateTails []string `json:"org_create_tails"`
	HomeForms      []string `json:"home_forms"`
	// OrgCreateHeadsOf are the heads of OrgCreateHeads that start a name
	// only before a word of OrgOf ("Center for …", "Centre of …"): alone
	// they end one ("Civic Center").
	OrgCreateHeadsOf []string `json:"org_create_heads_of"`
	// BodyCreateHeads mark a run of capitalized words as the name of a
	// body of a state, with its kind and sector ("Badan Gizi Nasional",
	// "Kementerian Hak Asasi Manusia", "Kepolisian Diraja Malaysia"): the
	// state named in the run, else the home state. BodyCreateNot are names
	// such a head starts that are no body ("Badan Usaha Milik Negara").
	BodyCreateHeads map[string]struct {
		Kind   string `json:"kind"`
		Sector string `json:"sector"`
	} `json:"body_create_heads"`
	BodyCreateNot []string `json:"body_create_not"`
	// MediaCues are the words before an outlet's name ("harian Le
	// Parisien", "kantor berita Xinhua"): the capitalized run after them
	// names a news outlet.
	MediaCues []string `json:"media_cues"`
	// OrgCues are the words before an organization's name ("perusahaan
	// penerbangan Japan Airlines", "klub Troyes", "the company Globalstar"):
	// the capitalized run after them names an organization; OrgCueNot are
	// words that follow such a cue and name no one ("perusahaan BUMN").
	OrgCues []string `json:"org_cues"`
	// MediaSourceCues introduce a source ("menurut", "dilansir",
	// "according to"): one capitalized word after them that is the id of
	// a known outlet names it ("menurut Antara").
	MediaSourceCues []string `json:"media_source_cues"`
	OrgCueNot       []string `json:"org_cue_not"`
	// OrgCueHeads are words for an organization that may take one or two
	// words of its field before its name ("raksasa ritel Walmart",
	// "organisasi nirlaba Save the Children").
	OrgCueHeads []string `json:"org_cue_heads"`
	// OrgFieldNot are words that may follow such a word but say no field:
	// its origin or owner ("asal", "milik").
	OrgFieldNot []string `json:"org_field_not"`
	// OriginWords stand between an occupation and the state a person
	// comes from ("Penyanyi asal Amerika Serikat Taylor Swift"): the
	// state is the person's, as in "Penyanyi Amerika Taylor Swift".
	OriginWords []string `json:"origin_words"`
	// OrgArticles may stand between a copula and a word for an
	// organization ("X adalah sebuah perusahaan", "X is a company").
	OrgArticles []string `json:"org_articles"`
	// MediaTails end the name of a news outlet ("Gulf News", "LA Weekly",
	// "Asia Literary Review"): a run of capitalized words before one is an
	// outlet.
	MediaTails []string `json:"media_tails"`
	// OrgOf are the links an org_create_heads word may take before its
	// name ("Church of Scientology", "University of Oxford").
	OrgOf []string `json:"org_of"`
	// BodyInternational are words that make a name after a body's head
	// word an international body's, not the home state's ("Pengadilan
	// Pidana Internasional"); BodyFillers may stand between a body's
	// generic name and its state ("Kementerian Pertahanan Nasional Korea
	// Selatan").
	BodyInternational []string `json:"body_international"`
	BodyFillers       []string `json:"body_fillers"`
	// BodyForeign are words that no body of the home state has in its
	// name ("Komisi Komunikasi Federal": Indonesia has no federal
	// bodies): a body made from its head word with no state named, and so
	// the home state's, is none when its name holds one (which state's it
	// is, the name does not say).
	BodyForeign []string `json:"body_foreign"`
	// HomeBodyTypes give the body type (common.json body_types) of a home
	// body whose id is not the home prefix and the type ("idn-kpu" is an
	// election commission): another state after its name makes that
	// state's body of the type ("KPU Malaysia" is mys-election-commission,
	// "DPR Jepang" jpn-parliament).
	HomeBodyTypes map[string]string `json:"home_body_types"`
	// BodiesWithState are generic names of a state's bodies that name a
	// body only right before a state's name ("AL Australia", "pasukan
	// keamanan Pakistan"): alone they are no body (never the home state's,
	// "AD/ART" is no army) and the title rules do not read them. A form
	// in capitals matches only as written.
	BodiesWithState []struct {
		Text string `json:"text"`
		Type string `json:"type"`
	} `json:"bodies_with_state"`
	// BodyKindWords are words inside a body's name that give its kind
	// and sector over its head word's ("Dewan Legislatif": legislature).
	BodyKindWords map[string]struct {
		Kind   string `json:"kind"`
		Sector string `json:"sector"`
	} `json:"body_kind_words"`
	// GivenNot are words of given-name lists that this language uses as
	// ordinary words ("Kristen": Christian): never a person's given name.
	GivenNot []string `json:"given_not"`
	// HonorificNot are an honorific with the one or two words after it
	// that together are a common noun or a stock character, no person:
	// "Pak Ogah" (an informal traffic helper), "Bang Toyib" (the husband
	// who never comes home, of a song), "Pak Tani" (the farmer).
	HonorificNot []string `json:"honorific_not"`
	// NameOpeners are phrases, in their exact case, that open a person's
	// name before one to four more name words: Balinese birth-order and
	// caste names ("I Wayan", "Ni Luh", "Anak Agung", "Ida Bagus").
	NameOpenerPhrases []string `json:"name_opener_phrases"`
	// PersonCues are words that say the name before them is a person's:
	// a classifier of persons after the name, its comma or its copula
	// ("Ninochka Stronovsky adalah seorang pemain catur", "X, seorang
	// model").
	PersonCues []string `json:"person_cues"`
	// HumanVerbs are verbs whose subject is a person (born, married, died,
	// jailed, hoped): an unknown name right before one is a person's.
	HumanVerbs []string `json:"human_verbs"`
	// WeakHumanVerbs are human verbs that news also writes of teams and
	// companies ("berharap", "tersenyum"): one name before them is a
	// person only when it is a known office holder's.
	WeakHumanVerbs []string `json:"weak_human_verbs"`
	// NameIntros are words after which a name follows ("akrab disapa
	// Ucok", "pria bernama Slamet"); PersonNouns are the nouns for people
	// that a name_intros word must follow when it names things too
	// ("bernama": "kapal bernama KRI Nanggala" is a ship's name).
	NameIntros  []string `json:"name_intros"`
	PersonNouns []string `json:"person_nouns"`
	// NicknameAdverbs stand before a name_intros word that gives the
	// nickname of a person just named ("Muhammad Ridwan, yang akrab
	// disapa Iwan", "biasa dipanggil Ucok"): the nickname is that person,
	// no actor of its own.
	NicknameAdverbs []string `json:"nickname_adverbs"`
	// GroupLeaderIntros are name_intros words that name a group's leader
	// ("pimpinan": "kelompok bersenjata pimpinan Undius Kogoya", "KKB
	// pimpinan Egianus Kogoya"): the name after is a person's only right
	// after a word of GroupNouns or an armed group's mention ("pimpinan
	// DPR" is a body's leadership).
	GroupLeaderIntros []string `json:"group_leader_intros"`
	GroupNouns        []string `json:"group_nouns"`
	// SubjectAdverbs may stand between a subject and its verb ("juga",
	// "telah", "tidak"): a human verb after them still tells a person.
	SubjectAdverbs []string `json:"subject_adverbs"`
	// RegionWords are the words of which the names of a region are made
	// ("Nusa Tenggara", "Sumatera Utara"): a title followed only by such
	// words names its region, not a person.
	RegionWords []string `json:"region_words"`
	// RankSuffixes are the capitalized words right after a rank title
	// that belong to it: the service or corps of an officer
	// ("Brigjen TNI", "Kombes Pol", "Kolonel Inf", "Letkol Czi"). They are
	// part of the title, never a body of their own or a word of the name.
	RankSuffixes []string `json:"rank_suffixes"`
	// InitialsIntros are the words after which the capital letters of a
	// name's initials stand for a person ("berinisial AR", "inisial
	// RN"): the initials are a person, their slug the id.
	InitialsIntros []string `json:"initials_intros"`
	// AliasWords stand between a person's name and the alias the person
	// goes by ("Joni Saputra alias Jon", "AS alias Ucok"): the name before
	// is a person's, the alias after no actor of its own.
	AliasWords []string `json:"alias_words"`
	// InitialsNouns are the words for a suspect or a defendant after which
	// two or three capital letters that name nothing else are a person's
	// initials even with no age after them ("Tersangka AK mengaku"; not
	// "korban PHK", whose word is no such noun).
	InitialsNouns []string `json:"initials_nouns"`
	// PostNominals are the letters written after a person's name for a
	// rank of the bar or an honour ("James Wood KC", "Jane Doe MP"): they
	// end the name, which is no unread organization's or place's name.
	PostNominals []string `json:"post_nominals"`
	// GivenAbbreviations are given names written short with a period
	// inside or before a name: "Moh. Saiful Anam", "Andi Muh. Arfah".
	GivenAbbreviations []string `json:"given_abbreviations"`
	// GivenWords are given names that are ordinary words too ("Budi
	// pekerti", "Fajar menyingsing", "Mega mendung"): standing alone at
	// the start of a sentence, a person's only before a verb of speech or
	// of a person's life, or a comma.
	GivenWords []string `json:"given_words"`
	// NameWords are surnames that read as ordinary or derived words
	// ("Tambunan": "tambun" + "-an"; "Bangun"): inside a capitalized run
	// they are name words.
	NameWords []string `json:"name_words"`
	// EnumerationIntros introduce the names a word for persons counts:
	// "tiga korban, yakni Suratmi, Paiman, dan Wagiyo".
	EnumerationIntros []string `json:"enumeration_intros"`
	// PersonHeads are nouns whose complement is a person: "jenazah
	// Tukiyem", "kediaman Sudarmaji".
	PersonHeads []string `json:"person_heads"`
	// BirthOpeners open a fronted clause of birth ("Lahir di Ambon pada
	// 1975, Johanis Latuconsina memulai karier …"): only a person is born,
	// so the name after the clause's comma is one (bornClausePersons).
	BirthOpeners []string `json:"birth_openers"`
	// OrdinaryCompanyNames map a company's short name that is an ordinary
	// word ("Amazon", "Meta"), which the gazetteer gives only in longer
	// forms, to its id: matched alone only where the words around it make
	// it a company (ordinaryCompanies): after "by" after one of
	// CompanyByVerbs ("acquired by Amazon"), or opening the sentence
	// before one of CompanySubjectVerbs, maybe after auxiliaries ("Meta
	// said", "Amazon was founded").
	OrdinaryCompanyNames map[string]string `json:"ordinary_company_names"`
	CompanyByVerbs       []string          `json:"company_by_verbs"`
	CompanySubjectVerbs  []string          `json:"company_subject_verbs"`
	Bodies               []struct {
		Text string `json:"text"`
		Type string `json:"type"`
	} `json:"bodies"`
	// RegionBodies are the words after a region's name that make a body
	// of that region in a language with no home state ("East Java
	// Police", "the West Java provincial government"), by the region's
	// level: the regional body type (common.json body_types) of a
	// province, a regency and a city, "" for none.
	RegionBodies []struct {
		Text     string `json:"text"`
		Province string `json:"province"`
		Regency  string `json:"regency"`
		City     string `json:"city"`
	} `json:"region_bodies"`

	// Word lists that single rules read (events.go, speech.go,
	// participantroles.go, sectors.go): "A told B to ..." (tell_verbs), "A
	// alleged that B attacked" (claim_verbs), the reason of an act after
	// "over/atas" (cause_preps), a topic, not a party, after "about/tentang"
	// (topic_preps), "delayed their meeting" (possessives), "ordered to
	// appear before" (appear_verbs), "condemnation from Beijing"
	// (reaction_nouns).
	TellVerbs  []string `json:"tell_verbs"`
	ClaimVerbs []string `json:"claim_verbs"`
	CausePreps []string `json:"cause_preps"`
	TopicPreps []string `json:"topic_preps"`
	// ComplementPreps open the complement of a light verb's own noun:
	// "launched a probe into the incursion" (the incursion is not
	// launched), "imposed sanctions over the invasion".
	ComplementPreps []string `json:"complement_preps"`
	// OwningClaims before an act's noun own the act, no hedge: "claimed
	// a suicide bombing" (not "alleged a Russian attack").
	OwningClaims []string `json:"owning_claims"`
	// OriginNouns before "from" make the origin the object: "tariffs on
	// imports from India" hit India.
	OriginNouns []string `json:"origin_nouns"`
	// OnsetWords may stand between an event's noun and "between":
	// "clashes broke out between", "talks resumed between".
	OnsetWords  []string `json:"onset_words"`
	Possessives []string `json:"possessives"`
	AppearVerbs []string `json:"appear_verbs"`
	// AdmissionNouns after a hedge's word make it an admission, no hedge:
	// "claimed responsibility for the attack", "mengklaim bertanggung
	// jawab": the act is owned, a fact.
	AdmissionNouns []string `json:"admission_nouns"`
	// ReciprocalObjects are the objects that make a coordinated subject
	// act on each other ("Thailand and Cambodia accused each other"), at
	// most three words each.
	ReciprocalObjects []string `json:"reciprocal_objects"`
	ReactionNouns     []string `json:"reaction_nouns"`
	// EnvoyNouns before the source preposition make a capital after it
	// its state, as reaction_nouns do: "memanggil pulang duta besarnya
	// dari Washington", "recalled its ambassador from Washington": the
	// state the envoy was posted to, no city (world-states grid 40).
	EnvoyNouns []string `json:"envoy_nouns"`
	// ForceNouns name an act of force which, definite ("the attack";
	// "serangan itu", "serangan tersebut": ForceDefinite after the noun),
	// is the last such act the article reported: "Biden condemned the
	// attack" condemns whoever the article said attacked.
	ForceNouns    []string `json:"force_nouns"`
	ForceDefinite []string `json:"force_definite"`
	// ThingNouns name kinds of things whose own names follow them
	// ("penghargaan Oscar", "minyak mentah Brent", "badai Katrina"), and
	// verbs of winning ("memenangkan Oscar"): a given name alone right
	// after one is the thing's name, no person. English puts the name
	// first ("Brent crude"): there a given name alone right before one is
	// no person either. Works of art are not among them: "lagu Rossa" is
	// Rossa's song.
	ThingNouns []string `json:"thing_nouns"`
	// VesselNouns are lower-case nouns of ships in English news ("the
	// aircraft carrier Charles de Gaulle", "the destroyer Admiral
	// Kuznetsov"): a person's name right after one, its first word
	// capitalized (no title in lower case between: "the destroyer captain
	// John Phillips" is the captain), is the ship's, no person.
	VesselNouns []string `json:"vessel_nouns"`
	// TitleQualifiers are lower-case words that wire copy puts between a
	// state's demonym or possessive and a title ("Mozambican opposition
	// leader Venancio Mondlane", "Nigerien junta leader"): the state is the
	// title's, and so the holder's, as right before the title. Capitalized
	// ordinary words there are a portfolio and need no list ("Argentine
	// Security Minister Patricia Bullrich").
	TitleQualifiers []string `json:"title_qualifiers"`
	// PlacePredicates are verbs after which the capital before them is
	// the city, not its government ("London dilanda hujan", "Tokyo lies
	// on a bay"); PlaceNouns, up to four words after a copula, make a
	// capital the city too ("Tokyo adalah kota terpadat", "Berlin is the
	// capital of Germany").
	PlacePredicates []string `json:"place_predicates"`
	PlaceNouns      []string `json:"place_nouns"`
	// PlacePredicateNot are two-word phrases after a place predicate that
	// make it a figure of speech about an actor ("Moskow berada di balik
	// serangan itu": Moscow is behind the attack, its government).
	PlacePredicateNot []string `json:"place_predicate_not"`
	// HostPredicates are the place predicates of hosting ("hosts",
	// "hosted"): a capital hosting a meeting (a word of
	// capital_venue_nouns among the next three: "Riyadh hosted talks
	// between US and Russian officials") is its state, the host of a
	// diplomatic act; hosting anything else ("Paris hosted the Olympics")
	// leaves the city. In Indonesian the host is a noun after a copula
	// ("menjadi tuan rumah"): its last word, after a place noun, counts.
	HostPredicates []string `json:"host_predicates"`
	// PlaceObjectVerbs are verbs of weather and floods whose object is a
	// place: a capital right after one is the city, not its government
	// ("Banjir melanda Jakarta", "Hujan Guyur Jakarta", "Snow blanketed
	// Washington"). Verbs also said of governments ("mengguncang",
	// "shook", "rocked") are not among them.
	PlaceObjectVerbs []string `json:"place_object_verbs"`
	// CapitalOpeners are words that open a sentence before a capital
	// acting ("Only Washington can", "Yet Beijing insists"); any other
	// ordinary capitalized word there begins a longer name ("Captain
	// America topped the box office").
	CapitalOpeners []string `json:"capital_openers"`
	// TransferVerbs are verbs of handing something over ("supplying",
	// "delivered", "sold"): a capital after "to" (RecipientPreps) in their
	// clause is the state that receives ("supplying air defence systems
	// to Kyiv"), not where something went ("flew to Kyiv").
	TransferVerbs  []string `json:"transfer_verbs"`
	RecipientPreps []string `json:"recipient_preps"`
	// AddressVerbs are verbs of addressing a government ("protested",
	// "complained", "appealed"): a capital after them and "to" is the
	// state addressed ("Jakarta has protested to Beijing").
	AddressVerbs []string `json:"address_verbs"`
	// DisasterVerbs are verbs said of governments and cities alike
	// ("hit", "rocked", "diguncang"), DisasterNouns the disasters whose
	// name after one makes a capital before it the city ("Mexico City was
	// hit by a magnitude 6 earthquake", "Kabul diguncang gempa"; not
	// "Moscow was hit by new sanctions").
	DisasterVerbs []string `json:"disaster_verbs"`
	DisasterNouns []string `json:"disaster_nouns"`
	// CityNouns are nouns of a city's air, weather and streets: a capital
	// right after one is the city ("kualitas udara Jakarta", "cuaca
	// Tokyo", "lalu lintas Bangkok").
	CityNouns []string `json:"city_nouns"`
	// BuildingBefore are words of a place at or around a building
	// ("outside", "gerbang"): before the name of a body housed in a
	// building named after it (the White House, "Gedung Putih"), maybe
	// after "the", the name is the building, no actor.
	BuildingBefore []string `json:"building_before"`
	// SpotWords between a locative preposition and a name make the name a
	// place, not a party ("di depan Kedutaan Besar Amerika Serikat").
	SpotWords []string `json:"spot_words"`
	// CityFacilities are the facilities a city has (airport, port,
	// square): a capital right before one, maybe with 's and the
	// facility's capitalized name between, is the city, a place ("Beirut's
	// Rafic Hariri International Airport", "Beirut port", "Baghdad's Tahrir
	// Square"), not the government acting.
	CityFacilities []string `json:"city_facilities"`
	// IndexWords name a market index: a company's or an outlet's name
	// before one, maybe with a number or one lower-case word between, is
	// the index's, no actor ("the Nikkei share average", "the Nikkei 225
	// index", "The Straits Times Index").
	IndexWords []string `json:"index_words"`
	// MarketNouns name a market's assets: a demonym right before one
	// names the market, not the state ("Australian shares fell",
	// "Indian shares ended higher", "Japanese bonds").
	MarketNouns []string `json:"market_nouns"`
	// MarketHeads are organization heads that, before nothing but a
	// state's, a city's or a region's name, name that place's market, no
	// organization ("Bursa Tokyo ditutup menguat", "Bursa Asia",
	// "Bursa Wall Street"; "Bursa Efek Tokyo" stays the exchange).
	MarketHeads []string `json:"market_heads"`
	// SubsidiaryNouns name a company's part: a demonym between "its" or
	// "their" and one names where the part is, not the state acting
	// ("its British unit", "their Nigerian subsidiary").
	SubsidiaryNouns []string `json:"subsidiary_nouns"`
	// CapitalDocumentNouns name an accord or a process called after the
	// city where it was made: a capital right before one is that city,
	// not its government ("the Doha framework", "the Astana format", "the
	// Minsk agreements").
	CapitalDocumentNouns []string `json:"capital_document_nouns"`
	// CapitalVenueNouns name a meeting called after the city that hosts
	// it: a capital right before one, after a determiner, is that city,
	// not its government ("the Riyadh talks", "the Doha negotiations").
	CapitalVenueNouns []string `json:"capital_venue_nouns"`
	// CapitalVenueBefore name such a meeting before the capital, as
	// Indonesian writes it: a capital right after one, not followed by a
	// conjunction, is the host city ("Perundingan Doha", "KTT Jeddah";
	// "pertemuan Jakarta dan Beijing" stays the two states meeting).
	CapitalVenueBefore []string `json:"capital_venue_before"`
	// MarchVerbs are verbs of moving on a place ("marched on", "advancing
	// on", "converged on"): a capital right after one and "on" is the city
	// the crowd or the army makes for, not its government ("protesters
	// marched on Islamabad", "rebels would march on Kinshasa"; English
	// international grid 41 of issue #12).
	MarchVerbs []string `json:"march_verbs"`
	// CommitteeChambers and CommitteeTails name a legislature's committee:
	// a chamber's word, up to three capitalized words and a tail ("the
	// House Judiciary Committee", "the Senate Foreign Relations
	// Committee", "the House Oversight Subcommittee"; English wire
	// persons and bodies grid 42 of issue #12).
	CommitteeChambers []string `json:"committee_chambers"`
	CommitteeTails    []string `json:"committee_tails"`
	// CompanyWords name an industry or a product: capitalized right after
	// a state's name, one makes the two a company's name ("Korea Zinc",
	// "Korea Electric Power", "Indonesia Steel"), not the state.
	CompanyWords []string `json:"company_words"`
	// DiasporaNouns name a people's group: after a hyphenated pair of
	// demonyms one makes the pair a people of two origins, no state
	// ("the Chinese-Indonesian community", "the Indo-Fijian community").
	DiasporaNouns []string `json:"diaspora_nouns"`
	// ThingTitles are occupations that also name a kind of thing
	// ("model"): one capitalized word after one is the thing's name
	// ("model Claude terbaru"), two or more a person's ("model Paula
	// Verhoeven"). Not thing_nouns, which would drop the person too.
	ThingTitles []string `json:"thing_titles"`
	// RealmTitles are a monarch's titles that, written in lower case,
	// are the common noun ("raja", king): one capitalized word after one
	// that is no given name is the realm ("menjadi raja Iolkos",
	// "Citrawirya raja Hastina"), not the king's name.
	RealmTitles []string `json:"realm_titles"`
	// CompanionWords follow a person's name for "and his or her
	// companions" ("dkk", dan kawan-kawan): the name words right before
	// one are a person's ("Ajeng dkk").
	CompanionWords []string `json:"companion_words"`
	// NamedAfterHeads are the words before a place, a building, a vessel,
	// a report or a treaty named after a person ("Bandara John F.
	// Kennedy", "kapal induk Charles de Gaulle", "USS Carney", "Laporan
	// Mueller"): a person's name right after one (maybe after one more
	// lower-case word: "kapal induk") names no person.
	NamedAfterHeads []string `json:"named_after_heads"`
	// CommonWords are ordinary words of the language that the generated
	// common list (lang/id.common.txt) lacks: loanwords and words made of
	// an acronym that news writes in lower case ("humas", "spesialis"),
	// names of dishes ("rendang"). They join that list: a title followed
	// by them names no person ("Kepala Bagian Humas", "Dokter Spesialis
	// Anak"), and they are no name words.
	CommonWords []string `json:"common_words"`
	// WorkNouns name kinds of works (a film, a song, a novel, a musical):
	// a title in quotation marks right after one names no actor, whatever
	// names it holds ("lagu “Indonesia Raya”", "film “Habibie & Ainun”",
	// "the novel “Emma”").
	WorkNouns []string `json:"work_nouns"`
	// PluralDeterminers are the words before a noun that make it many
	// ("para", "sejumlah"; precision grid 37): after one and an
	// occupation's word, one capitalized word that is no given name
	// names the group's field, competition or employer, no person
	// ("para pembalap MotoGP", "sejumlah pemain Persib").
	PluralDeterminers []string `json:"plural_determiners"`
	// OrdinaryAcronyms map an acronym that an actor's short name shares
	// (as written) to the words, lower case, right before or right after
	// it that make it the ordinary thing (precision grid 37): "melunasi
	// PBB", "pajak PBB" are the land tax, no United Nations; "BI Rate"
	// is the policy rate, no Bank Indonesia. A word written with a
	// leading "<" counts only right before the acronym (precision grid
	// 41): "menaikkan PBB" is the tax, "PBB menaikkan target bantuan" the
	// United Nations.
	OrdinaryAcronyms map[string][]string `json:"ordinary_acronyms"`
	// TitleCues are words after which a work's title follows without
	// quotation marks ("berjudul", "bertajuk", "titled"): the run of
	// capitalized words right after one (at most eight) is the title, and
	// names no actor ("album baru berjudul Tutur Batin").
	TitleCues []string `json:"title_cues"`
	// ExtentPreps are the prepositions of how far something reaches
	// ("hingga", "sampai"): a capital right after one that ends its
	// clause is the place reached, not the government ("Gempa itu terasa
	// hingga Bangkok."; "hingga Washington setuju" stays the state).
	ExtentPreps []string `json:"extent_preps"`
	// TitleStateWords are lower-case words for a state's government that
	// may stand between a title and the state's name, which is then the
	// office's state ("Juru bicara pemerintah Jerman Stefan Kornelius":
	// the spokesman of Germany's government; idtrans38 grid).
	TitleStateWords []string `json:"title_state_words"`
	// Comparatives may stand between a capital and a place predicate
	// ("Tokyo lebih padat dibanding Osaka": the city compared).
	Comparatives []string `json:"comparatives"`
	// MemberCounts are the words that count people ("seorang", "para",
	// "dua"): before a body's one-word generic name they make it its
	// members ("seorang tentara Amerika", an American soldier), so the
	// state after it stays the state, not its army or police.
	MemberCounts []string `json:"member_counts"`
	// HomeBodyTitleBefore are the last words of an office's title
	// ("Ketua", "Juru Bicara", "Hakim Agung") that make a bodies_with_state
	// form right after them the home state's body when a capitalized word
	// follows it ("Ketua MA Sunarto": the Supreme Court; grid 41).
	HomeBodyTitleBefore []string `json:"home_body_title_before"`
	// CrowdCounts are the plural numbers that count a crowd before "of"
	// ("Thousands of Pakistanis protested", "Hundreds of Indonesians"):
	// the people after "of" are the clause's subject (PLOVER grid 39).
	CrowdCounts []string `json:"crowd_counts"`
	// BodyUnnamedAfter are the words that, right after a body's generic
	// name, leave its state unnamed ("Kepolisian setempat", "Militer
	// negara itu", "Badan intelijen asing"): the name is no body of the
	// home state, nor of any other (idbody38 grid).
	BodyUnnamedAfter []string `json:"body_unnamed_after"`
	// SurnameNot are surnames of known people that the language writes
	// far more often as something else: a language or a people
	// ("English"), a town or a club ("Durham", "Bolton"), a colour or a
	// word ("Brown", "Hope"). Alone, they name no person.
	SurnameNot []string `json:"surname_not"`
	// SpeechObjectVerbs are speech verbs whose next word is what is said,
	// named or told, never the speaker: the speaker stands only before
	// them. Indonesian puts the speaker after the bare forms ("kata X",
	// "sebut X") but never after the prefixed ones ("Farage menyebut
	// Brexit sebagai ..."); English "told" is followed by the listener.
	SpeechObjectVerbs []string `json:"speech_object_verbs"`
	// SpeechPassiveVerbs are passive forms of speech verbs whose agent,
	// the speaker, follows them with or without "oleh" ("Hal itu
	// dikatakan Teresia Wonda"). They are no speech verbs of the pack: the
	// word before them is what was said, not who said it, so only the name
	// after them is a speaker (persons.go, speakers).
	SpeechPassiveVerbs []string `json:"speech_passive_verbs"`
	// VerbPrefixes begin the language's verbs ("me", "di", "ber", "ter"):
	// an ordinary word with one after an unknown name makes the name a
	// subject (verbAfter).
	VerbPrefixes []string `json:"verb_prefixes"`
	// BareVerbs are verbs and adjectives of a subject that have no verb
	// prefix ("tiba", "kembali", "setuju", "yakin"): after an unknown
	// name they make it a subject too (verbAfter).
	BareVerbs []string `json:"bare_verbs"`
	// PartyWords name a party by its family ("Demokrat", "Buruh"): after
	// a title they say the holder's party, not his name ("Senator
	// Demokrat dari Massachusetts Elizabeth Warren").
	PartyWords []string `json:"party_words"`
	// FamilyWords name a family or a clan ("keluarga", "marga", "family"):
	// a surname next to one is the family's name, not one person's.
	FamilyWords []string `json:"family_words"`
	// KinWords name a relative ("istri", "putra", "wife"): before a title
	// they say the name after it is the holder's relative, not the holder
	// ("Putra sulung Presiden, Gibran"), and a name in commas after the
	// holder is the relative's ("Istri Presiden Joko Widodo, Iriana,").
	KinWords []string `json:"kin_words"`
	// HeadlineVerbs are verb roots headlines write bare and capitalized
	// ("Tinjau", "Resmikan", "Bantah"), beside the triggers' own roots: in
	// a headline a name after a title ends before one.
	HeadlineVerbs []string `json:"headline_verbs"`
	// ContextNames are names that several actors share, by the
	// gazetteer ids they may stand for: "Partai Demokrat" is Indonesia's
	// party, or the US Democratic Party where the sentence names the
	// United States or one of its people. The first id
	// whose state is in that context wins; without one the name stays
	// what the other rules made of it.
	ContextNames map[string][]string `json:"context_names"`
	// BareNames are names of a gazetteer entry made of common words that
	// name it only alone: "Dewan Keamanan" is the UN's council, but
	// "Dewan Keamanan Nasional" or "Majelis Umum Gereja" names another
	// body, so a capitalized name word after one ends the match.
	BareNames []string `json:"bare_names"`
}

type set map[string]bool

// phraseWords splits each phrase into its lower-case words.
func phraseWords(phrases []string) []phrase {
	var out []phrase
	for _, ph := range phrases {
		if w := strings.Fields(strings.ToLower(ph)); len(w) > 0 {
			out = append(out, w)
		}
	}
	return out
}

func mkset(words []string) set {
	s := make(set, len(words))
	for _, w := range words {
		s[strings.ToLower(w)] = true
	}
	return s
}

type boilerRule struct {
	re   *regexp.Regexp
	kind string
}

type phrase []string // lower-case tokens

// abbrevDots writes an abbreviation's final dot as the token of its own the
// tokenizer makes of it ("lt.", "gen." → "lt", ".", "gen", "."), so that a
// title written "Lt. Gen." matches; a dotted acronym ("u.s.") keeps its dots.
func abbrevDots(p phrase) phrase {
	for i, w := range p {
		if len(w) > 1 && strings.HasSuffix(w, ".") && !strings.Contains(w[:len(w)-1], ".") {
			out := make(phrase, 0, len(p)+2)
			out = append(out, p[:i]...)
			for _, w := range p[i:] {
				if len(w) > 1 && strings.HasSuffix(w, ".") && !strings.Contains(w[:len(w)-1], ".") {
					out = append(out, w[:len(w)-1], ".")
				} else {
					out = append(out, w)
				}
			}
			return out
		}
	}
	return p
}

func phrases(ws []string) []phrase {
	out := make([]phrase, 0, len(ws))
	for _, w := range ws {
		if p := strings.Fields(strings.ToLower(w)); len(p) > 0 {
			out = append(out, p)
		}
	}
	// Longest first, so that matching takes the longest phrase.
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// stateBodyForm is a body's generic name that needs a state after it
// (bodies_with_state): its words as written and folded, which of them
// are in capitals (matched only as written), and the body type.
type stateBodyForm struct {
	words, low []string
	caps       []bool
	typ        string
}

func newStateBodyForm(text, typ string) stateBodyForm {
	f := stateBodyForm{words: strings.Fields(text), typ: typ}
	for _, w := range f.words {
		f.low = append(f.low, strings.ToLower(w))
		f.caps = append(f.caps, w == strings.ToUpper(w))
	}
	return f
}

// bodyStateForms returns the bodies_with_state forms whose first word is
// t (bodiesWithState[t.low]), looked up only for a token flagged
// lxBodyState.
func (p *pack) bodyStateForms(t *token) []stateBodyForm {
	if t.lx&lxBodyState == 0 {
		return nil
	}
	return p.bodiesWithState[t.low]
}

// at reports whether the form's words start at toks[i]: folded, or as
// written for a word in capitals.
func (f *stateBodyForm) at(toks []token, i int) bool {
	if i+len(f.words) > len(toks) {
		return false
	}
	for k, w := range f.low {
		t := &toks[i+k]
		if t.low != w || f.caps[k] && t.raw != f.words[k] {
			return false
		}
	}
	return true
}

type labeled struct {
	p     phrase
	label string
}

// leadBytes is a set of bytes: a gate on a word's first byte before a map.
type leadBytes [4]uint64

func (s *leadBytes) add(b byte)      { s[b>>6] |= 1 << (b & 63) }
func (s *leadBytes) has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }

// phraseIndex finds phrases in a token sequence: by first word (and, for
// phrases that end where a name starts, by last word), longest first.
type phraseIndex struct {
	first map[string][]labeled
	last  map[string][]labeled
	// fbit and lbit are the lexical flags (see lex) of the index's first
	// and last words: a token without the flag cannot start (end) a phrase,
	// so the map is not consulted. Zero: no gating.
	fbit, lbit uint64
	// starts is first again, for at: a token that passes mayStart nearly
	// always has a list, so at's cost was the map look-up itself (a seeded
	// hash of every byte, a control group, the key compared out of line).
	starts firstTable
}

// firstTable is a phraseIndex's first map as an open-addressed table
// whose hash reads four things of a word (firstHash), not every byte:
// about a third of a map look-up's instructions for the short words of the
// indexes (wordTable, lextable.go, mixes every byte, which costs more than
// the map here, where every word looked up is a key). Its slots hold no
// pointer: the keys are one string, the lists one array. Built once with
// the pack (newIndex), read only.
type firstTable struct {
	slots []firstSlot // a power of two, at most half full
	text  string      // the keys back to back
	lists []labeled   // the lists back to back
	shift uint8       // 32 minus the table's size in bits
}

// firstSlot is one key of firstTable: text[off:off+n] (n 0: an empty
// slot) and its list, lists[lo:hi].
type firstSlot struct {
	off, n uint32
	lo, hi int32
}

// firstHash is firstTable's hash of a non-empty word: its length and its
// first, middle and last bytes, spread into the top bits by a
// multiplication (Fibonacci hashing). It only places a word: get compares
// the slot's key with it.
func firstHash(w string, shift uint8) uint32 {
	n := len(w)
	x := uint32(n) | uint32(w[0])<<8 | uint32(w[n>>1])<<16 | uint32(w[n-1])<<24
	return (x * 0x9E3779B1) >> shift
}

// newFirstTable builds the table of m (its words in sorted order, so that
// the layout does not depend on map iteration). The empty word is left
// out (see get).
func newFirstTable(m map[string][]labeled) firstTable {
	words := make([]string, 0, len(m))
	for w, v := range m {
		if w != "" && len(v) > 0 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	size := 8
	for size < 2*len(words) {
		size *= 2
	}
	t := firstTable{slots: make([]firstSlot, size), shift: uint8(32 - bits.TrailingZeros(uint(size)))}
	var text strings.Builder
	for _, w := range words {
		h := firstHash(w, t.shift)
		for t.slots[h].n != 0 {
			h = (h + 1) & uint32(size-1)
		}
		t.slots[h] = firstSlot{off: uint32(text.Len()), n: uint32(len(w)), lo: int32(len(t.lists)), hi: int32(len(t.lists) + len(m[w]))}
		text.WriteString(w)
		t.lists = append(t.lists, m[w]...)
	}
	t.text = text.String()
	return t
}

// get is the list of w (nil when w is no key); the empty word is none.
func (t *firstTable) get(w string) []labeled {
	if len(w) == 0 || len(t.slots) == 0 {
		return nil
	}
	mask := uint32(len(t.slots) - 1)
	for h := firstHash(w, t.shift); ; h = (h + 1) & mask {
		s := &t.slots[h]
		if s.n == 0 {
			return nil
		}
		if int(s.n) == len(w) && t.text[s.off:s.off+s.n] == w {
			return t.lists[s.lo:s.hi]
		}
	}
}

func newIndex(ls []labeled) phraseIndex {
	ix := phraseIndex{first: map[string][]labeled{}, last: map[string][]labeled{}}
	for _, l := range ls {
		if len(l.p) == 0 {
			continue
		}
		ix.first[l.p[0]] = append(ix.first[l.p[0]], l)
		ix.last[l.p[len(l.p)-1]] = append(ix.last[l.p[len(l.p)-1]], l)
	}
	for _, m := range []map[string][]labeled{ix.first, ix.last} {
		for _, v := range m {
			sort.SliceStable(v, func(a, b int) bool { return len(v[a].p) > len(v[b].p) })
		}
	}
	ix.starts = newFirstTable(ix.first)
	return ix
}

func unlabeled(ps []phrase) phraseIndex {
	ls := make([]labeled, len(ps))
	for i, p := range ps {
		ls[i] = labeled{p: p}
	}
	return newIndex(ls)
}

// mayStart tells whether t can start a phrase of the index (see fbit):
// loops over every token test it before calling at, which does not inline.
func (ix *phraseIndex) mayStart(t *token) bool { return ix.fbit == 0 || t.lx&ix.fbit != 0 }

// at returns the longest phrase starting at toks[i].
//
// The phrases listed under toks[i].low all start with that word (the
// map's key), so only the words after it are compared: the first word's
// compare was a call of memequal per phrase of the list, most of them in
// vain (a first word such as "ministry" or "kementerian" heads a couple of
// dozen phrases).
func (ix *phraseIndex) at(toks []token, i int) (labeled, bool) {
	if i >= len(toks) || !ix.mayStart(&toks[i]) {
		return labeled{}, false
	}
	for _, l := range ix.firstList(toks[i].low) {
		if matchPhrase(toks, i+1, l.p[1:]) {
			return l, true
		}
	}
	return labeled{}, false
}

// firstList is ix.first[w], read from starts (the empty word, which the
// table leaves out, and an index that newIndex did not build, from the
// map).
func (ix *phraseIndex) firstList(w string) []labeled {
	if w == "" || ix.starts.slots == nil {
		return ix.first[w]
	}
	return ix.starts.get(w)
}

// endingAt returns the longest phrase that ends just before toks[end]. As
// at, it compares only the words before the last, the map's key.
func (ix *phraseIndex) endingAt(toks []token, end int) (labeled, bool) {
	if end <= 0 || end > len(toks) || ix.lbit != 0 && toks[end-1].lx&ix.lbit == 0 {
		return labeled{}, false
	}
	for _, l := range ix.last[toks[end-1].low] {
		if i := end - len(l.p); i >= 0 && matchPhrase(toks, i, l.p[:len(l.p)-1]) {
			return l, true
		}
	}
	return labeled{}, false
}

// pack is a compiled language pack: everything the rules need to know about
// one language.
type pack struct {
	standalone                                               []string     // StandaloneCodes, read while the triggers load
	en                                                       englishNames // englishnames.go
	lang                                                     string
	abbrev                                                   map[string]bool // case-sensitive, without the final dot
	abbrevMax                                                int             // the length of abbrev's longest key (abbrevBefore looks no longer word up)
	abbrevFirst                                              leadBytes       // the first bytes of abbrev's keys (abbrevBefore looks no other word up)
	boiler                                                   []boilerRule
	dateFirst                                                set                  // words that can start a date expression
	dateWords                                                map[string]*dateWord // dateAt's maps by word (newDateWords)
	noDateWord                                               dateWord             // the record of a word in none of them
	inline                                                   []*regexp.Regexp
	inlineWords                                              [][]string // per inline pattern, the words after its "(" (see inlineWords)
	months, weekdays, relDays                                map[string]int
	relPeriods                                               map[string]string
	dw                                                       dateWords      // datewords.go
	countWords                                               map[string]int // "dua": 2
	relFirst                                                 set            // first words of the two-word relPeriods and relDays
	relSecond                                                set            // what follows the first word of those keys (its token has l2RelSecond)
	since, yearWords                                         set
	centuryWords                                             set      // "abad", "century"
	decadeSuffixes                                           []string // "-an", "s"
	pronouns                                                 map[string]string
	agent, coord, between, betweenAnd, objPreps, locative    set
	clauseBreaks, relative, speech, light, negations, future set
	negBeforeComp                                            set // "yet" in "has yet to meet"
	aux, copulas, stateOf, missionIn, territory, former      set
	homeMissions                                             set
	receive, sourcePreps                                     set
	report                                                   set
	deeds                                                    []phrase // deed verbs, folded
	nameStop                                                 map[string]bool
	clitics                                                  []string
	hedges, denials                                          phraseIndex
	stances, titles                                          phraseIndex
	metonyms, missions                                       phraseIndex
	missionName                                              string
	classes                                                  map[string]set
	function                                                 set
	vocab                                                    set
	determiners                                              set
	notActor                                                 set
	saintWords                                               set
	substateBefore                                           set // substate_before, lower case, the two words joined by a space
	substateOffices                                          set // substate_offices, lower case, words joined by a space
	regimeBefore, regimeAfter                                set // regime_before, regime_after
	nameCommon, wordGiven                                    set // name_common, word_given
	seatSuffixes                                             []string
	compoundPrefixes, compoundSuffixes, routeNouns           set       // compound_prefixes, compound_suffixes, route_nouns
	territorySuffixes                                        set       // territory_suffixes
	routePreps                                               set       // route_preps
	diasporaDemonyms, relationNouns                          set       // diaspora_demonyms, relation_nouns
	teamCues                                                 phraseSet // team_cues
	teamVenuePreps                                           set       // team_venue_preps
	clubWords                                                set       // club_words
	matchWords                                               set       // match_words
	matchVerbs                                               phraseSet // match_verbs
	teamRoleBefore, teamRoleAfter                            set       // team_role_before, team_role_after
	matchNouns, versusWords                                  set       // match_nouns, versus_words
	atPreps                                                  set       // at_preps
	languagePreps                                            set       // language_preps
	languageNames                                            set       // language_names, lower case
	capsNames, capsPronounBefore                             set       // caps_names, caps_pronoun_before
	competitionAfter, competitionBefore                      set       // competition_after, competition_before, lower case, words joined by a space
	documentAfter, documentBefore                            set       // document_after, document_before, as the competition words
	dayBefore                                                set       // day_before, as the competition words
	warBefore                                                set       // war_before, as the competition words
	mutual                                                   set
	pairs                                                    phraseIndex
	triggers                                                 map[string][]*trigger
	slab                                                     triggerSlab // where triggers are allocated
	mod                                                      modality
	reserved                                                 set // not keys of generated triggers
	sectors                                                  map[string]string
	sectorFirst                                              set                 // first words of sectors' keys
	sectorMulti                                              set                 // first words of sectors' keys of two or three words
	trigIdx                                                  map[string]*trigSet // group noun (1–3 words) → CAMEO sector: "troops" → MIL
	maxPhrase                                                int
	// lex maps a folded word to its lexical flags (lx* bits): which
	// word lists and phrase starts it belongs to. Tokens carry their flags,
	// so that the rules test a bit instead of looking words up in maps.
	lex map[string]uint64
	// lex2 is a second word of flags (l2* bits) for word lists that single
	// rules read at every token.
	lex2 map[string]uint64
	// lexT is lex as the tokenizer reads it (see lextable.go), with the
	// word's triggers (trigSets) beside its flags.
	lexT *wordTable[lexVal]
	// trigSets are the trigger sets of trigIdx, by their keys' order; a
	// token's lexVal.trig is 1 + an index in it.
	trigSets []*trigSet
	// home, homeTitles, common: see actorwords.go.
	home                                      string
	homeIDPrefix                              string // strings.ToLower(home) + "-": the ids of the home state's bodies start with it
	homeTitles                                map[string]bool
	common                                    map[string]bool
	orgHeads, orgTails, orgLinks, placePreps  map[string]bool
	stateNameHeads, peopleWords, regionTails  map[string]bool // state_name_heads, people_words, region_tails, lower case
	ethnonyms, placeLinks                     map[string]bool // lower case
	thingNouns, notActorLists                 map[string]bool // thing_nouns, not_actor_lists, lower case
	goodsWords                                map[string]bool // goods_words, lower case
	vesselNouns                               map[string]bool // vessel_nouns, lower case
	titleQualifiers                           map[string]bool // title_qualifiers, lower case
	programNouns                              map[string]bool // program_nouns, lower case
	programNames                              map[string]bool // program_names, as the ids (slugs) of the names they would make
	notActorBefore                            map[string]bool // not_actor_before, as written
	facilityHeads                             map[string]bool // facility_heads, lower case
	placeNameHeads                            map[string]bool // place_name_heads, lower case
	seatNames, seatPreps, seatHolders         map[string]bool // seat_names, seat_preps, seat_holders, lower case
	cityPeopleAfter                           map[string]bool // city_people_after, lower case
	placePredicates, placeNouns               map[string]bool // place_predicates, place_nouns, lower case
	placePredicateNot                         map[string]bool // place_predicate_not, lower case ("di balik")
	hostPredicates                            map[string]bool // host_predicates, lower case
	placeObjectVerbs                          map[string]bool // place_object_verbs, lower case
	capitalOpeners                            map[string]bool // capital_openers, lower case
	transferVerbs, recipientPreps             map[string]bool // transfer_verbs, recipient_preps, lower case
	addressVerbs                              map[string]bool // address_verbs, lower case
	disasterVerbs, disasterNouns              map[string]bool // disaster_verbs, disaster_nouns, lower case
	cityNouns                                 map[string]bool // city_nouns, lower case
	buildingBefore                            map[string]bool // building_before, lower case
	spotWords                                 map[string]bool // spot_words, lower case
	cityFacilities                            map[string]bool // city_facilities, lower case
	indexWords                                map[string]bool // index_words, lower case
	marketNouns, subsidiaryNouns              map[string]bool // market_nouns, subsidiary_nouns, lower case
	marketHeads                               map[string]bool // market_heads, lower case
	capitalDocumentNouns, companyWords        map[string]bool // capital_document_nouns, company_words, lower case
	capitalVenueNouns, capitalVenueBefore     map[string]bool // capital_venue_nouns, capital_venue_before, lower case
	marchVerbs                                map[string]bool // march_verbs, lower case
	committeeChambers, committeeTails         map[string]bool // committee_chambers, committee_tails, lower case
	diasporaNouns                             map[string]bool // diaspora_nouns, lower case
	thingTitles                               map[string]bool // thing_titles, lower case
	realmTitles                               map[string]bool // realm_titles, lower case
	companionWords                            []string        // companion_words, lower case (one or two: compared directly, cheaper than a map)
	namedAfterHeads                           map[string]bool // named_after_heads, lower case
	workNouns                                 map[string]bool // work_nouns, lower case
	pluralDets                                map[string]bool // plural_determiners, lower case
	ordinaryAcronyms                          map[string]set  // ordinary_acronyms: acronym as written -> words around it, lower case
	ordinaryAcronymLens                       uint64          // bit min(n, 63) set when a key of ordinaryAcronyms has n bytes
	ordinaryAcronymsBefore                    map[string]set  // ordinary_acronyms' words written with a leading "<": they count only right before the acronym
	titleCues                                 map[string]bool // title_cues, lower case
	comparatives                              map[string]bool // comparatives, lower case
	titleStateWords                           map[string]bool // title_state_words, lower case
	extentPreps                               map[string]bool // extent_preps, lower case
	memberCounts, surnameNot, familyWords     map[string]bool // member_counts, surname_not, family_words, lower case
	crowdCounts                               map[string]bool // crowd_counts, lower case
	homeBodyTitleBefore                       map[string]bool // home_body_title_before, lower case
	bodyUnnamedAfter                          map[string]bool // body_unnamed_after, lower case
	kinWords                                  map[string]bool // kin_words, lower case
	verbRoots                                 map[string]bool // the roots of the triggers' Indonesian verbs (v:ROOT), lower case
	headlineVerbs                             map[string]bool // headline_verbs, lower case
	speechObjectVerbs                         map[string]bool // speech_object_verbs, lower case
	speechPassive                             map[string]bool // speech_passive_verbs, lower case
	verbPrefixes                              []string        // verb_prefixes
	bareVerbs, partyWords                     map[string]bool // bare_verbs, party_words, lower case
	contextNames                              []contextName   // context_names, lower case, sorted by length, then name
	contextFrom                               [65]int32       // [n]: the first name of n bytes or more in contextNames (contextOfLen)
	contextLens                               uint64          // bit n set when a name of context_names has n bytes
	bareNames                                 []string        // bare_names
	bodies                                    phraseIndex
	bodyFirst                                 [256]bool                  // first bytes of the bodies' first words
	bodiesWithState                           map[string][]stateBodyForm // bodies_with_state by first word, lower case
	homeBodyTypes                             map[string]string          // home_body_types: home body id -> body type
	orgCreateHeads, orgCreateTails, homeForms map[string]bool
	orgCreateHeadsOf                          map[string]bool     // org_create_heads_of
	bodyCreateHeads                           map[string]bodyHead // body_create_heads, lower case
	bodyCreateNot                             map[string]bool     // body_create_not, lower case
	mediaCues                                 phraseIndex         // media_cues (label "media") and org_cues ("org")
	orgCueNot, mediaTails, orgOf              map[string]bool     // org_cue_not, media_tails, org_of, lower case
	orgCueHeads, orgFieldNot                  map[string]bool     // org_cue_heads, org_field_not, lower case
	originWords                               map[string]bool     // origin_words, lower case
	bodyInternational, bodyFillers            map[string]bool     // body_international, body_fillers, lower case
	bodyForeign                               map[string]bool     // body_foreign, lower case
	bodyKindWords                             map[string]bodyHead // body_kind_words, lower case
	orgArticles                               map[string]bool     // org_articles, lower case
	givenNot                                  map[string]bool     // given_not, lower case
	honorificNot                              map[string]bool     // honorific_not, lower case
	nameOpeners                               [][]string          // name_opener_phrases, words in their exact case, longest first
	nameOpenerFirst                           map[string]bool     // the first words of nameOpeners, as written
	personCues, humanVerbs, subjectAdverbs    map[string]bool     // person_cues, human_verbs, subject_adverbs, lower case
	weakHumanVerbs                            map[string]bool     // weak_human_verbs, lower case
	nameIntros, personNouns                   map[string]bool     // name_intros, person_nouns, lower case
	nicknameAdverbs                           map[string]bool     // nickname_adverbs, lower case
	groupLeaderIntros, groupNouns             map[string]bool     // group_leader_intros, group_nouns, lower case
	regionWords                               map[string]bool     // region_words, lower case
	regionBodies                              phraseIndex         // region_bodies: label "province|regency|city" body types
	rankSuffixes                              set                 // rank_suffixes, lower case
	initialsIntros                            set                 // initials_intros, lower case
	aliasWords                                set                 // alias_words, lower case
	initialsNouns                             set                 // initials_nouns, lower case
	postNominals                              set                 // post_nominals, lower case (written in capitals)
	givenAbbrevs                              set                 // given_abbreviations, lower case
	givenWords                                set                 // given_words, lower case
	nameWords                                 set                 // name_words, lower case
	enumIntros                                set                 // enumeration_intros, lower case
	personHeads                               set                 // person_heads, lower case
	birthOpeners                              set                 // birth_openers, lower case
	ordinaryCompanies                         map[string]string   // ordinary_company_names, as written
	ordinaryCompanyWords                      set                 // ordinary_company_names' keys, lower case
	companyByVerbs, companySubjectVerbs       set                 // company_by_verbs, company_subject_verbs, lower case

	// Word lists of single rules: tell_verbs … reaction_nouns (packJSON).
	tellVerbs, claimVerbs, causePreps, topicPreps set
	complementPreps, owningClaims, originNouns    set
	onsetWords                                    set
	possessives, appearVerbs, reactionNouns       set
	envoyNouns                                    set // envoy_nouns
	forceNouns, forceDefinite                     set
	admissionNouns, reciprocalObjects             set
}

// lexVal is what the tokenizer records of a folded word: its flags and
// the triggers whose key it is (itself, or without a clitic: "kecamnya").
type lexVal struct {
	lx     uint64
	lx2    uint64 // word-list flags of single rules (l2*)
	trig   int32  // 1 + the index of its trigger set in pack.trigSets; 0: none
	clitic bool   // trig was found with a clitic stripped
}

// Lexical flags of a folded word in a language pack (token.lx).
const (
	lxHedge uint64 = 1 << iota
	lxDenial
	lxStance
	lxStanceClitic // a stance word followed by a clitic ("sekutunya")
	lxTitle
	lxMetonymFirst
	lxMetonymLast
	lxMission
	lxTrigger // a trigger key, or a trigger key followed by a clitic
	lxPronoun
	lxNameStop // Fold of a name_stop word (the list itself is case-sensitive)
	lxClauseBreak
	lxCoord
	lxRelative
	lxSpeech
	lxObjPrep
	lxLocative
	lxAgent
	lxBetween
	lxNotActor
	lxNegation
	lxFuture
	lxAux
	lxDeterminer
	lxLight
	lxDateFirst // can start a date expression (month, weekday, relative day or period)
	// lxTrigNext: a word some trigger set indexes by (trigSet.byNext),
	// itself, as a regular plural or with a clitic: trigSet.candidates
	// looks up only these.
	lxTrigNext
	// lxTrigPrev: a word some trigger set indexes by the word before the
	// verb (trigSet.byPrev), itself or as a regular plural.
	lxTrigPrev
	lxSectorFirst // first word of a group noun of sectors
	lxSectorMulti // first word of a group noun of sectors of two or three words
	lxUnreal      // modality.unreal
	lxPlanned     // modality.planned
	lxComp        // modality.comp
	lxBodyFirst   // first word of a generic body name (bodies)
	lxPairFirst   // first word of a pair phrase (pairs)
	lxMediaLast   // last word of a media cue (media_cues)
	lxBodyHead    // first word of a body_create_heads key
	lxPersonCue   // a person_cues, human_verbs or name_intros word
	lxOrgWord     // a word of org_create_heads, org_create_tails or media_tails (also with a final dot)
	lxGiven       // a given name of lang/*.given.txt (Extractor.given)
	lxStateCtx    // a word of people_words, state_name_heads or region_tails (insideNames)
	// lxNameNot: a month, weekday, function word, pronoun or common word
	// (the lists isNameWord reads); a word without it is in none of them.
	lxNameNot
	// lxLoneNot: a word of lone_names.not, surname_not, ethnonyms or
	// given_not (the lists loneNameWord reads); a word without it is in
	// none of them.
	lxLoneNot
	lxBodyState   // first word of a bodies_with_state form (namedBodies)
	lxTeamFirst   // first word of a team_cues phrase (teamStates)
	lxInitialsCue // a word of initials_intros or person_nouns (initialsPersons)
	// lxClass0 is the bit of the first word class (lang/<code>.json
	// classes, by name); the classes past the last bit have none
	// (classBit) and are looked up.
	lxClass0
)

// Flags of token.lx2: word lists that one rule reads at (nearly) every
// token, so that the rule tests a bit before, or instead of, a map. A
// list keyed by written forms (case-sensitive) sets the bit of each
// key's fold: there the bit only rules words out, and the rule still
// looks the written form up.
const (
	l2PersonHead      uint64 = 1 << iota // person_heads or kin_words (headedPersons)
	l2TitleCue                           // title_cues (workTitles)
	l2Opener                             // fold of a name_opener_phrases first word (openerLen)
	l2WordGiven                          // word_given (givenNamePersons)
	l2NameParticle                       // common name_particles
	l2EnumIntro                          // enumeration_intros (enumeratedPersons)
	l2HeadlineVerb                       // a verb root or headline verb, or one with -kan or -i (headlineVerb)
	l2NotActorNext                       // fold of a not_actor_before word (notActorNext)
	l2BuildingBefore                     // building_before
	l2PlacePrep                          // place_preps
	l2Copula                             // copulas
	l2MatchNoun                          // match_nouns
	l2Versus                             // versus_words
	l2OrgLink                            // org_links
	l2TeamRole                           // team_role_before or team_role_after
	l2IndexWord                          // index_words
	l2ClubWord                           // club_words
	l2AliasWord                          // alias_words
	l2Function                           // function words (fieldWord, namedAfterHead, personNounNames)
	l2Conditional                        // modality.conditionals (modalBefore)
	l2FacilityHead                       // facility_heads (namedAfterHead)
	l2NamedAfterHead                     // named_after_heads (namedAfterHead)
	l2SourcePrep                         // source_preps (converseAgent)
	l2StateOf                            // state_of (titledPersons)
	l2Former                             // former (appositionComma)
	l2MatchVerb                          // first word of a match_verbs phrase (sidesOfResult)
	l2VesselNoun                         // vessel_nouns (afterVesselNoun)
	l2BirthOpener                        // birth_openers (bornClausePersons)
	l2OrdinaryCompany                    // fold of an ordinary_company_names key (ordinaryCompanyAt)
	l2Purpose                            // modality.purpose (modalBefore, asked for every trigger)
	l2Possessive                         // possessives (sidesOfResult, asked for every state mention)
	l2Territory                          // territory (codeTrigger, asked for every target)
	l2TellVerb                           // tell_verbs (findEvents, before the look-up)
	l2Since                              // since (sentenceDate, before the look-up)
	l2DateWord                           // a key of dateWords (sentenceDate, before dateWordOf)
	l2OrgCueHead                         // org_cue_heads (fieldCued, orgForms)
	// l2NameStopTitle: the fold of a name_stop key written as its fold
	// with the first (ASCII) letter upper ("The", "Dia"); l2NameStopOther:
	// the fold of any other key ("AP", "RSUD"). See pack.nameStopAt.
	l2NameStopTitle
	l2NameStopOther
	l2RelSecond // the second word of a two-word relPeriods or relDays key (dateAtWord)
	// Lists that rules ask of one token each (a bit answers as the map:
	// token.lx2 is the word's own, see TestLex2Exact).
	l2ThingNoun       // thing_nouns (afterThingNoun)
	l2DisasterVerb    // disaster_verbs (disasterBefore)
	l2PlaceObjectVerb // place_object_verbs (disasterBefore)
	l2ComplementPrep  // complement_preps
	l2CausePrep       // cause_preps (causeObject)
	l2Receive         // receive_verbs
	l2Coord           // coord
	l2LanguagePrep    // language_preps (languageAt)
	l2MarketNoun      // market_nouns
	l2PlaceLink       // place_links (placeAfter)
	// wordsAround's look-ups (competition_*, document_*, day_before: the
	// words before or after an organization's or a state's name): a
	// token without l2AroundFirst starts no key of competition_after or
	// document_after, one without l2AroundLast ends no key of
	// competition_before, document_before or day_before, so wordsAround
	// builds and looks up nothing next to two tokens without them.
	l2AroundFirst
	l2AroundLast
	// Lists of the English name rules that namedAfterTail asks of the
	// words after every person's name (exact, as the lists above).
	l2NamedAfter     // named_after_tails (namedAfterTail, namedAfterTailAt)
	l2NamedAfterNoun // named_after_nouns (namedAfterTail)
	// l2SectorSecond: the second word of a sectors key of two or three
	// words; sectorWords builds and looks up no longer key unless the
	// token after the first word has it.
	l2SectorSecond
	// Sentence gates of findMentions (sentGate) for rules that start from
	// a word of their own: a sentence whose tokens or'ed together
	// (sentLx2) lack the bit goes without the call. A bit is set on the
	// exact word (fold) the rule compares, so a token that would make the
	// rule act has it; others may have it too (a gate only skips).
	l2Bracket      // "(", "atau", "or": an acronym defined after a name (redefinedShorts, bracketDefinedOrgs, definedAcronyms)
	l2Age          // "1" to "99": an age (isAge, ageAppositions)
	l2Regnal       // "i" to "xix": the fold of a regnal number (isRegnalNumber, regnalPersons)
	l2OrgFormStart // "pusat" (studyCentre): the one start of orgForms without an lx bit
	l2Committee    // committee_tails (committees)
	l2MemberLink   // org_of and "'s" (memberAcronyms)
)

// nameStopAt is t.lx&lxNameStop != 0 && p.nameStop[t.raw]: a name_stop
// word as written. A token whose fold is no key's fold is turned away by
// its bits; the rest (most of them "The", "Dia" at a sentence's start)
// is answered by nameStopWord.
func (p *pack) nameStopAt(t *token) bool {
	return t.lx2&(l2NameStopTitle|l2NameStopOther) != 0 && p.nameStopWord(t)
}

// nameStopWord answers nameStopAt for a token with one of the name_stop
// bits: a key is written as the fold with its first letter upper, or it
// is looked up. Kept out of line: the rules call nameStopAt in their
// loops over every capitalized word.
//
//go:noinline
func (p *pack) nameStopWord(t *token) bool {
	if t.lx2&l2NameStopTitle != 0 && asciiTitleOf(t.raw, t.low) {
		return true // the one key of this fold written so is t.raw itself
	}
	return t.lx2&l2NameStopOther != 0 && p.nameStop[t.raw]
}

// asciiTitleOf reports whether w is low with its first byte, an ASCII
// lower-case letter, upper ("The" of "the").
func asciiTitleOf(w, low string) bool {
	return len(w) == len(low) && len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z' && w[0]+('a'-'A') == low[0] && w[1:] == low[1:]
}

// classBit returns the lexical flag of class c (0: none, look the word up).
func (p *pack) classBit(c string) uint64 {
	names := make([]string, 0, len(p.classes))
	for name := range p.classes {
		names = append(names, name)
	}
	sort.Strings(names)
	for i, name := range names {
		if name == c && i < 64-bits.TrailingZeros64(lxClass0) {
			return lxClass0 << i
		}
	}
	return 0
}

// buildLex computes the lexical flags of every word the pack knows.
func (p *pack) buildLex(given map[string]bool) {
	lex := map[string]uint64{}
	ixs := []struct {
		ix         *phraseIndex
		fbit, lbit uint64
	}{
		{&p.hedges, lxHedge, 0}, {&p.denials, lxDenial, 0}, {&p.stances, lxStance, 0},
		{&p.titles, lxTitle, 0}, {&p.metonyms, lxMetonymFirst, lxMetonymLast}, {&p.missions, lxMission, 0},
		{&p.bodies, lxBodyFirst, 0}, {&p.pairs, lxPairFirst, 0}, {&p.mediaCues, 0, lxMediaLast},
	}
	for _, x := range ixs {
		x.ix.fbit, x.ix.lbit = x.fbit, x.lbit
		for w := range x.ix.first {
			lex[w] |= x.fbit
		}
		if x.lbit != 0 {
			for w := range x.ix.last {
				lex[w] |= x.lbit
			}
		}
	}
	for w := range p.stances.first {
		for _, c := range p.clitics {
			lex[w+c] |= lxStanceClitic
		}
	}
	for w := range p.triggers {
		lex[w] |= lxTrigger
		for _, c := range p.clitics {
			lex[w+c] |= lxTrigger
		}
	}
	for w := range p.pronouns {
		lex[w] |= lxPronoun
	}
	for _, s := range p.trigSets {
		for nw := range s.byNext {
			lex[nw] |= lxTrigNext
			if nw == "" {
				continue
			}
			forms := []string{nw + "s", nw + "es"}
			if strings.HasSuffix(nw, "y") {
				forms = append(forms, nw[:len(nw)-1]+"ies")
			}
			for _, w := range forms {
				if singular(w) == nw {
					lex[w] |= lxTrigNext
				}
			}
			for _, c := range p.clitics {
				lex[nw+c] |= lxTrigNext
			}
		}
	}
	for _, s := range p.trigSets {
		for pw := range s.byPrev {
			lex[pw] |= lxTrigPrev
			for _, w := range []string{pw + "s", pw + "es", strings.TrimSuffix(pw, "y") + "ies"} {
				if singular(w) == pw {
					lex[w] |= lxTrigPrev
				}
			}
		}
	}
	for name, words := range p.classes {
		if bit := p.classBit(name); bit != 0 {
			for w := range words {
				lex[w] |= bit
			}
		}
	}
	for w := range p.dateFirst {
		lex[w] |= lxDateFirst
	}
	for w := range p.teamCues.byFirst {
		lex[w] |= lxTeamFirst
	}
	for _, ws := range []map[string]bool{p.initialsIntros, p.personNouns} {
		for w := range ws {
			lex[w] |= lxInitialsCue
		}
	}
	for w := range p.nameStop {
		lex[gazetteer.Fold(w)] |= lxNameStop
	}
	for _, ws := range []map[string]bool{p.peopleWords, p.stateNameHeads, p.regionTails} {
		for w := range ws {
			lex[w] |= lxStateCtx
		}
	}
	for w := range p.personCues {
		lex[w] |= lxPersonCue
	}
	for w := range p.humanVerbs {
		lex[w] |= lxPersonCue
	}
	for w := range p.nameIntros {
		lex[w] |= lxPersonCue
	}
	for w := range p.groupLeaderIntros {
		lex[w] |= lxPersonCue
	}
	for w := range p.weakHumanVerbs {
		lex[w] |= lxPersonCue
	}
	for w := range p.bodyCreateHeads {
		if f := strings.Fields(w); len(f) > 0 {
			lex[gazetteer.Fold(f[0])] |= lxBodyHead
		}
	}
	for _, ws := range []map[string]bool{p.orgCreateHeads, p.orgCreateTails, p.mediaTails} {
		for w := range ws {
			lex[gazetteer.Fold(w)] |= lxOrgWord
			lex[gazetteer.Fold(w)+"."] |= lxOrgWord // "Co.", "Ltd." written with their dot
		}
	}
	for _, x := range []struct {
		s   set
		bit uint64
	}{
		{p.clauseBreaks, lxClauseBreak}, {p.coord, lxCoord}, {p.relative, lxRelative}, {p.speech, lxSpeech},
		{p.objPreps, lxObjPrep}, {p.locative, lxLocative}, {p.agent, lxAgent}, {p.between, lxBetween},
		{p.notActor, lxNotActor}, {p.negations, lxNegation}, {p.future, lxFuture}, {p.aux, lxAux},
		{p.determiners, lxDeterminer}, {p.light, lxLight}, {p.sectorFirst, lxSectorFirst}, {p.sectorMulti, lxSectorMulti},
		{p.mod.unreal, lxUnreal}, {p.mod.planned, lxPlanned}, {p.mod.comp, lxComp},
	} {
		for w := range x.s {
			lex[w] |= x.bit
		}
	}
	for w := range given {
		lex[w] |= lxGiven
	}
	for w := range p.months {
		lex[w] |= lxNameNot
	}
	for w := range p.weekdays {
		lex[w] |= lxNameNot
	}
	for w := range p.pronouns {
		lex[w] |= lxNameNot
	}
	for _, ws := range []map[string]bool{p.function, p.common} {
		for w := range ws {
			lex[w] |= lxNameNot
		}
	}
	for w := range p.bodiesWithState {
		lex[w] |= lxBodyState
	}
	for _, ws := range []map[string]bool{p.en.not, p.surnameNot, p.ethnonyms, p.givenNot} {
		for w := range ws {
			lex[w] |= lxLoneNot
		}
	}
	p.lex = lex
}

// buildLex2 computes the flags of token.lx2 (l2*) of every word they
// concern.
func (p *pack) buildLex2(com *common) {
	lex := map[string]uint64{}
	for _, x := range []struct {
		s   map[string]bool
		bit uint64
	}{
		{p.personHeads, l2PersonHead}, {p.kinWords, l2PersonHead}, {p.titleCues, l2TitleCue},
		{p.wordGiven, l2WordGiven}, {com.nameParticles, l2NameParticle}, {p.enumIntros, l2EnumIntro},
		{p.buildingBefore, l2BuildingBefore}, {p.placePreps, l2PlacePrep}, {p.copulas, l2Copula},
		{p.matchNouns, l2MatchNoun}, {p.versusWords, l2Versus}, {p.orgLinks, l2OrgLink},
		{p.teamRoleBefore, l2TeamRole}, {p.teamRoleAfter, l2TeamRole}, {p.indexWords, l2IndexWord},
		{p.clubWords, l2ClubWord}, {p.aliasWords, l2AliasWord},
		{p.function, l2Function}, {p.mod.conditionals, l2Conditional}, {p.tellVerbs, l2TellVerb}, {p.since, l2Since}, {p.facilityHeads, l2FacilityHead},
		{p.namedAfterHeads, l2NamedAfterHead}, {p.sourcePreps, l2SourcePrep}, {p.stateOf, l2StateOf},
		{p.former, l2Former}, {p.vesselNouns, l2VesselNoun},
		{p.birthOpeners, l2BirthOpener}, {p.ordinaryCompanyWords, l2OrdinaryCompany},
		{p.mod.purpose, l2Purpose}, {p.possessives, l2Possessive}, {p.territory, l2Territory},
		{p.orgCueHeads, l2OrgCueHead}, {p.relSecond, l2RelSecond},
		{p.thingNouns, l2ThingNoun}, {p.disasterVerbs, l2DisasterVerb}, {p.placeObjectVerbs, l2PlaceObjectVerb},
		{p.complementPreps, l2ComplementPrep}, {p.causePreps, l2CausePrep}, {p.receive, l2Receive},
		{p.coord, l2Coord}, {p.languagePreps, l2LanguagePrep}, {p.marketNouns, l2MarketNoun}, {p.placeLinks, l2PlaceLink},
	} {
		for w := range x.s {
			lex[w] |= x.bit
		}
	}
	for w := range p.matchVerbs.byFirst {
		lex[w] |= l2MatchVerb
	}
	for _, w := range []string{"(", "atau", "or"} {
		lex[w] |= l2Bracket
	}
	for n := 1; n <= 99; n++ {
		lex[strconv.Itoa(n)] |= l2Age
	}
	for _, w := range []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
		"xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix"} {
		lex[w] |= l2Regnal
	}
	lex["pusat"] |= l2OrgFormStart
	for _, x := range []struct {
		s   map[string]bool
		bit uint64
	}{
		{p.committeeTails, l2Committee}, {p.orgOf, l2MemberLink}, {map[string]bool{"'s": true}, l2MemberLink},
	} {
		for w := range x.s {
			lex[w] |= x.bit
		}
	}
	for w := range p.en.namedAfter {
		lex[w] |= l2NamedAfter
	}
	for w := range p.en.namedAfterNouns {
		lex[w] |= l2NamedAfterNoun
	}
	for k := range p.sectors { // keys are words joined by one space (loadSectors)
		if _, rest, ok := strings.Cut(k, " "); ok {
			second, _, _ := strings.Cut(rest, " ")
			lex[second] |= l2SectorSecond
		}
	}
	// A key's first (last) word as far as its first (last) space: a
	// token's fold has no space, so the token that starts (ends) the
	// words a key equals is that word.
	for _, s := range []set{p.competitionAfter, p.documentAfter} {
		for k := range s {
			w, _, _ := strings.Cut(k, " ")
			lex[w] |= l2AroundFirst
		}
	}
	for _, s := range []set{p.competitionBefore, p.documentBefore, p.dayBefore} {
		for k := range s {
			lex[k[strings.LastIndexByte(k, ' ')+1:]] |= l2AroundLast
		}
	}
	for w := range p.dateWords {
		lex[w] |= l2DateWord
	}
	// Keyed by written forms: the bit of the fold.
	for _, x := range []struct {
		s   map[string]bool
		bit uint64
	}{{p.nameOpenerFirst, l2Opener}, {p.notActorBefore, l2NotActorNext}} {
		for w := range x.s {
			lex[gazetteer.Fold(w)] |= x.bit
		}
	}
	for w := range p.nameStop {
		if f := gazetteer.Fold(w); asciiTitleOf(w, f) {
			lex[f] |= l2NameStopTitle
		} else {
			lex[f] |= l2NameStopOther
		}
	}
	// headlineVerb's forms: a root, and the root with -kan, or with -i
	// after more than three bytes.
	for _, roots := range []map[string]bool{p.verbRoots, p.headlineVerbs} {
		for w := range roots {
			lex[w] |= l2HeadlineVerb
			lex[w+"kan"] |= l2HeadlineVerb
			if len(w) > 3 {
				lex[w+"i"] |= l2HeadlineVerb
			}
		}
	}
	p.lex2 = lex
}

// lexVals gives every word of lex its lexVal: the flags, and for a trigger
// word the set matchTrigger reads (the word's own, else the first clitic
// whose removal leaves a key of more than two bytes).
func (p *pack) lexVals() map[string]lexVal {
	index := make(map[*trigSet]int32, len(p.trigSets))
	for i, s := range p.trigSets {
		index[s] = int32(i + 1)
	}
	vals := make(map[string]lexVal, len(p.lex)+len(p.lex2))
	for w, lx2 := range p.lex2 {
		vals[w] = lexVal{lx2: lx2}
	}
	for w, lx := range p.lex {
		v := lexVal{lx: lx, lx2: p.lex2[w]}
		if lx&lxTrigger != 0 {
			if s := p.trigIdx[w]; s != nil {
				v.trig = index[s]
			} else {
				for _, c := range p.clitics {
					if strings.HasSuffix(w, c) && len(w) > len(c)+2 {
						if s := p.trigIdx[w[:len(w)-len(c)]]; s != nil {
							v.trig, v.clitic = index[s], true
							break
						}
					}
				}
			}
		}
		vals[w] = v
	}
	return vals
}

func loadPack(code string, cameo map[string]*cameoEntry, given map[string]bool, com *common) (*pack, error) {
	raw, err := dataFS.ReadFile("lang/" + code + ".json")
	if err != nil {
		return nil, err
	}
	var j packJSON
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("lang/%s.json: %w", code, err)
	}
	p := &pack{
		lang:       j.Lang,
		abbrev:     map[string]bool{},
		months:     j.Months,
		weekdays:   j.Weekdays,
		relDays:    j.RelativeDays,
		relPeriods: j.RelativePeriods,
		countWords: j.CountWords,
		since:      mkset(j.Since), yearWords: mkset(j.YearWords),
		centuryWords: mkset(j.CenturyWords), decadeSuffixes: j.DecadeSuffixes,
		pronouns: j.Pronouns,
		agent:    mkset(j.Agent), coord: mkset(j.Coord), between: mkset(j.Between), betweenAnd: mkset(j.BetweenAnd),
		objPreps: mkset(j.ObjectPreps), locative: mkset(j.Locative), clauseBreaks: mkset(j.ClauseBreaks),
		relative: mkset(j.Relative), speech: mkset(j.SpeechVerbs), light: mkset(append(j.LightVerbs, j.ReceiveVerbs...)),
		receive: mkset(j.ReceiveVerbs), sourcePreps: mkset(j.SourcePreps),
		report: mkset(j.ReportVerbs), deeds: phraseWords(j.DeedVerbs),
		negations: mkset(j.Negations), negBeforeComp: mkset(j.NegBeforeComp), future: mkset(j.Future), aux: mkset(j.Aux), copulas: mkset(j.Copulas),
		stateOf: mkset(j.StateOf), missionIn: mkset(j.MissionIn), homeMissions: mkset(j.HomeMissions), territory: mkset(j.Territory), former: mkset(j.Former),
		nameStop: map[string]bool{},
		clitics:  j.Clitics,
		hedges:   unlabeled(phrases(j.Hedges)), denials: unlabeled(phrases(j.Denials)),
		metonyms: unlabeled(phrases(j.Metonyms)), missions: unlabeled(phrases(j.Missions)),
		missionName:     j.MissionName,
		classes:         map[string]set{},
		function:        mkset(j.FunctionWords),
		determiners:     mkset(j.Determiners),
		notActor:        mkset(j.NotActorAfter),
		saintWords:      mkset(j.SaintWords),
		substateBefore:  mkset(j.SubstateBefore),
		substateOffices: mkset(j.SubstateOffices),
		regimeBefore:    mkset(j.RegimeBefore), regimeAfter: mkset(j.RegimeAfter),
		nameCommon: mkset(j.NameCommon), wordGiven: mkset(j.WordGiven), seatSuffixes: j.SeatSuffixes, compoundPrefixes: mkset(j.CompoundPrefixes), compoundSuffixes: mkset(j.CompoundSuffixes), territorySuffixes: mkset(j.TerritorySuffixes), diasporaDemonyms: mkset(j.DiasporaDemonyms), relationNouns: mkset(j.RelationNouns), routeNouns: mkset(j.RouteNouns), routePreps: mkset(j.RoutePreps), teamCues: newPhraseSet(j.TeamCues), teamVenuePreps: mkset(j.TeamVenuePreps), clubWords: mkset(j.ClubWords), matchWords: mkset(j.MatchWords), matchVerbs: newPhraseSet(j.MatchVerbs), teamRoleBefore: mkset(j.TeamRoleBefore), teamRoleAfter: mkset(j.TeamRoleAfter), matchNouns: mkset(j.MatchNouns), versusWords: mkset(j.VersusWords), atPreps: mkset(j.AtPreps), languagePreps: mkset(j.LanguagePreps), languageNames: lowerSet(j.LanguageNames), capsNames: mkset(j.CapsNames), capsPronounBefore: mkset(j.CapsPronounBefore),
		competitionAfter: lowerSet(j.CompetitionAfter), competitionBefore: lowerSet(j.CompetitionBefore),
		documentAfter: lowerSet(j.DocumentAfter), documentBefore: lowerSet(j.DocumentBefore),
		dayBefore: lowerSet(j.DayBefore), warBefore: lowerSet(j.WarBefore),
		mutual:    mkset(j.Mutual),
		tellVerbs: mkset(j.TellVerbs), claimVerbs: mkset(j.ClaimVerbs),
		causePreps: mkset(j.CausePreps), topicPreps: mkset(j.TopicPreps),
		complementPreps: mkset(j.ComplementPreps), owningClaims: mkset(j.OwningClaims),
		originNouns: mkset(j.OriginNouns), onsetWords: mkset(j.OnsetWords),
		possessives: mkset(j.Possessives), appearVerbs: mkset(j.AppearVerbs),
		admissionNouns: mkset(j.AdmissionNouns), reciprocalObjects: mkset(j.ReciprocalObjects),
		reactionNouns: mkset(j.ReactionNouns), envoyNouns: mkset(j.EnvoyNouns),
		forceNouns: mkset(j.ForceNouns), forceDefinite: mkset(j.ForceDefinite),
		pairs:    unlabeled(phrases(j.Pairs)),
		triggers: map[string][]*trigger{},
	}
	for _, a := range j.Abbreviations {
		p.abbrev[a] = true
		p.abbrevMax = max(p.abbrevMax, len(a))
		if a != "" {
			p.abbrevFirst.add(a[0])
		}
	}
	p.loadActorWords(code, &j)
	for _, w := range j.NameStop {
		p.nameStop[w] = true
	}
	for _, b := range j.Boilerplate {
		re, err := regexp.Compile(b.Pattern)
		if err != nil {
			return nil, fmt.Errorf("lang/%s.json: boilerplate %q: %w", code, b.Pattern, err)
		}
		p.boiler = append(p.boiler, boilerRule{re, b.Kind})
	}
	p.dw = compileDateWords(j.dateWordsJSON)
	p.relFirst, p.relSecond = set{}, set{}
	for k := range j.RelativeDays {
		if first, rest, ok := strings.Cut(k, " "); ok {
			p.relFirst[first] = true
			p.relSecond[rest] = true
		}
	}
	for k := range j.RelativePeriods {
		if first, rest, ok := strings.Cut(k, " "); ok {
			p.relFirst[first] = true
			p.relSecond[rest] = true
		}
	}
	p.dateFirst = set{}
	for _, m := range []map[string]int{j.Months, j.Weekdays, j.RelativeDays, j.CountWords} {
		for k := range m {
			p.dateFirst[strings.Fields(k)[0]] = true
		}
	}
	for k := range j.RelativePeriods {
		p.dateFirst[strings.Fields(k)[0]] = true
	}
	for _, w := range j.CenturyWords {
		p.dateFirst[w] = true
	}
	for _, w := range p.dw.firstWords() {
		p.dateFirst[w] = true
	}
	p.dateWords = p.newDateWords()
	for _, s := range j.InlineDrop {
		re, err := regexp.Compile(s)
		if err != nil {
			return nil, fmt.Errorf("lang/%s.json: inline_drop %q: %w", code, s, err)
		}
		p.inline = append(p.inline, re)
		p.inlineWords = append(p.inlineWords, inlineWords(s))
	}
	var stances, titles []labeled
	for _, s := range j.Stances {
		stances = append(stances, labeled{strings.Fields(strings.ToLower(s.Words)), s.Relation})
	}
	for _, t := range j.Titles {
		titles = append(titles, labeled{abbrevDots(strings.Fields(strings.ToLower(t.Text))), t.Role})
	}
	p.stances, p.titles = newIndex(stances), newIndex(titles)
	for name, ws := range j.Classes {
		s := set{}
		for _, w := range ws {
			s[strings.Fields(strings.ToLower(w))[0]] = true
		}
		p.classes[name] = s
	}
	p.standalone = j.StandaloneCodes
	if err := p.loadTriggers(code, cameo); err != nil {
		return nil, err
	}
	// The words that mark the language: function words, trigger forms,
	// reporting verbs and the like.
	p.vocab = set{}
	for _, s := range []set{p.function, p.speech, p.light, p.clauseBreaks, p.coord, p.objPreps, p.locative, p.negations, p.future} {
		for w := range s {
			p.vocab[w] = true
		}
	}
	for w := range p.triggers {
		p.vocab[w] = true
	}
	// Generated trigger packs (lang/<code>.petrarch.triggers.tsv) come after
	// the hand pack, so a hand form wins at equal length; their words do not
	// mark the language.
	// Words the pack gives another job (reporting and light verbs, hedges,
	// negations, auxiliaries) are not triggers of the generated pack.
	reserved := set{}
	for _, ws := range []set{p.speech, p.light, p.negations, p.aux, p.copulas} {
		for w := range ws {
			if !p.receive[w] { // "received a grant": PETRARCH's receive patterns stay
				reserved[w] = true
			}
		}
	}
	for _, h := range j.Hedges {
		if f := strings.Fields(strings.ToLower(h)); len(f) == 1 {
			reserved[f[0]] = true
		}
	}
	p.reserved = reserved
	if err := p.loadTriggerFile("lang/"+code+".petrarch.triggers.tsv", code, cameo, true); err != nil {
		return nil, err
	}
	if err := p.loadSectors(code); err != nil {
		return nil, err
	}
	if err := p.loadModality(code); err != nil {
		return nil, err
	}
	p.indexTriggers()
	p.en = compileEnglishNames(j.englishNamesJSON)
	p.buildLex(given)
	p.buildLex2(com)
	p.lexT = newWordTable(p.lexVals())
	return p, nil
}

// common is lang/common.json: rules that do not depend on the language.
type common struct {
	Comment    string   `json:"comment"`
	StateRoles []string `json:"state_roles"`
	// SectorRoles are role titles that name a sector, not an office: a
	// person with only these is no office holder for surnameIndex.
	SectorRoles        []string           `json:"sector_roles"`
	SectorRolesComment string             `json:"sector_roles_comment"`
	NamingComment      string             `json:"naming_customs_comment"`
	KindPriority       []string           `json:"kind_priority"`
	StatusWeight       map[string]float64 `json:"status_weight"`
	RelatedConfidence  float64            `json:"related_confidence"`
	// WaterWords name water bodies ("Sea", "Strait", "Laut"): a place whose
	// gazetteer name has one is never the target of an attack or a show
	// of force (CAMEO 15, 19): "fired missiles into the Sea of Japan".
	WaterWords []string `json:"water_words"`
	// BodyTypes are the kinds of named bodies of a state that the packs'
	// "bodies" phrases name ("Kementerian Luar Negeri" + a state): kind,
	// CAMEO sector and English name (the state's name is appended).
	// ClubForms are the ways a club's name joins its city's, before and
	// after it ("FC Barcelona", "Liverpool FC", "Valencia CF"): see
	// clubCities.
	ClubForms [][2]string `json:"club_forms"`
	BodyTypes map[string]struct {
		Kind   string `json:"kind"`
		Sector string `json:"sector"`
		Name   string `json:"name"`
		// Regional: a sub-national body of the home state named by the
		// region after it ("DPRD Jawa Barat", "Polda Metro Jaya").
		Regional bool `json:"regional"`
		// StateType, for a regional type, is the type of the state's own
		// body that its generic name names before another state's name
		// ("Pengadilan Tinggi Malaysia", "Pengadilan Tinggi Kenya": the
		// state's High Court, high-court; idbody38 grid).
		StateType string `json:"state_type"`
		// States, when set, are the only states with a body of this
		// type ("congress": the Americas, the Philippines, Spain): in
		// another state's story the generic name stays the gazetteer's
		// body it names alone ("Zelenskyy addressed Congress" is the
		// American one), no body of that state is made up.
		States       []string `json:"states"`
		StatesSource string   `json:"states_source"`
		// IDs name, by state, the gazetteer's body of this type whose id
		// is not the state's code and the type ("Indonesia's anti-graft
		// agency" is idn-kpk, not a made-up idn-anti-graft-agency):
		// see bodyTypeID.
		IDs       map[string]string `json:"ids"`
		IDsSource string            `json:"ids_source"`
	} `json:"body_types"`
	// PublicationLabels are the words a publication line may carry
	// besides its date ("Diterbitkan", "WIB", "Updated"), in any language.
	PublicationLabels []string `json:"publication_labels"`
	pubLabels         set
	// UpdateLabels open a line that dates the last update, not the
	// publication ("Updated", "Diperbarui"); a publication line wins.
	UpdateLabels []string `json:"update_labels"`
	updateLabels set
	// LegalForms are the words of a company's legal form ("PT", "Tbk",
	// "Ltd", "GmbH"); a trailing one is left out of an organization's id.
	LegalForms []string `json:"legal_forms"`
	legalForms set
	// NameParticles may stand inside a person's name between name words
	// ("bin", "van", "de", "al").
	NameParticles []string `json:"name_particles"`
	nameParticles set
	// QuestionOpeners open an English direct question: a question word or
	// an inverted auxiliary ("Why did", "Will China", "Could Europe"); the
	// question asserts no act.
	QuestionOpeners []string `json:"question_openers"`
	questionOpeners set
	// NGOWords are the head and tail words of civil groups, institutes and
	// foundations: after "the", a state or city right before them opens the
	// group's name ("the Philippine Institute for …", "the Kenya Land Rights
	// Coalition"), not so for a state's bodies ("the Russian Security
	// Council").
	NGOWords []string `json:"ngo_words"`
	ngoWords set
	// GovernmentCouncilWords are words of the councils of states, cities
	// and international bodies, which are bodies, not new organizations.
	GovernmentCouncilWords []string `json:"government_council_words"`
	governmentCouncilWords set
	// SeaNouns are the words of the sea that end names as place nouns do
	// ("Himpunan Pembudidaya Rumput Laut").
	SeaNouns []string `json:"sea_nouns"`
	seaNouns set
	// ApposGroupWords call a name a civil organization in an apposition
	// ("X, a Nairobi-based rights group,", "a charity called X").
	ApposGroupWords []string `json:"appos_group_words"`
	apposGroupWords set
	// ApposFirmWords call a name a company, a research firm or an
	// institution in an apposition, only as its last word ("Kalshi, a
	// prediction market company,"; not "Hendricks, a company spokesman";
	// English organizations grid 39).
	ApposFirmWords []string `json:"appos_firm_words"`
	apposFirmWords set
	// StaffNouns are the people of an organization before "at" or "for"
	// and its name ("analysts at Capital Economics", "a spokesperson for
	// the Sunrise Movement"; English organizations grid 39).
	StaffNouns []string `json:"staff_nouns"`
	staffNouns set
	// HTMLDateMeta are the <meta> names (name, property or itemprop, lower
	// case) news sites give their publication time in, besides those
	// readability reads (article:published_time, JSON-LD datePublished,
	// dcterms.*, parsely-pub-date): detik and CNN Indonesia write
	// "publishdate", Kompas and Tribun "content_PublishedDate", schema.org
	// microdata "datePublished", older sites "pubdate" and
	// "DC.date.issued". In order of trust: the first found wins.
	HTMLDateMeta []string `json:"html_date_meta"`
	// NameArticles are the particles that are articles ("al", "la"): a
	// name they begin is as often a company's, a club's or a paper's ("Al
	// Hilal", "La Liga", "Le Monde") as a person's.
	NameArticles []string `json:"name_articles"`
	nameArticles set
	// NameOpeners begin an Arabic name before a given name ("Abu
	// Mohammed al-Julani", "Umm Khaled"): the given-name rule takes them
	// in, though they are ordinary words of a language ("abu": ash).
	NameOpeners []string `json:"name_openers"`
	nameOpeners set
	// RankRoles are the roles of titles that are ranks ("general",
	// "police_officer"): a rank takes its rank_suffixes ("Brigjen TNI"),
	// and an actor's name inside it is the rank's ("AKP" is no party, the
	// "TNI" of "Jenderal TNI" no mention of the armed forces).
	RankRoles []string `json:"rank_roles"`
	rankRoles set
	// RegionRoles are the roles of offices of a region ("regent",
	// "district_head", "village_head"): unknown capitalized words between
	// such a title and a given name are the region's name, not an
	// organization ("Camat Cisarua Ahmad Rifai").
	RegionRoles []string `json:"region_roles"`
	regionRoles set
	// BodyHeadRoles are the roles of titles that name the head of the
	// body the title is of ("governor", "chair"): the gazetteer gives a
	// body's head the role "head" (or "leader") of the body's id, so after
	// "Gubernur BI" a holder of the head of idn-central-bank is the
	// governor ("Gubernur BI Perry").
	BodyHeadRoles []string `json:"body_head_roles"`
	bodyHeadRoles set
	// CompanyRoles are the roles of a company's offices ("chief_executive",
	// "director"): one word after such a title is the holder's name only
	// when it is a given name; another word is more often the company's
	// ("Presiden Direktur Astra").
	CompanyRoles []string `json:"company_roles"`
	companyRoles set
	// SpouseRoles are the roles of a head's spouse ("first_lady"): the
	// name after the title is the spouse's, even when the head's own name
	// follows it ("Ibu Negara Iriana Joko Widodo"), and no portfolio word
	// stands between.
	SpouseRoles []string `json:"spouse_roles"`
	spouseRoles set
	// PatronymicStates are the states whose people's last name is a
	// father's name, not a family name (Malay names: Anwar Ibrahim is
	// Anwar son of Ibrahim; Ethiopian and Eritrean: Abiy Ahmed is Abiy son
	// of Ahmed): their last names are no surnames a lone word may stand
	// for ("kata Ibrahim" is no Anwar Ibrahim, "Ahmed said" no Abiy), their
	// given names are ("Anwar said", "Abiy said").
	PatronymicStates []string `json:"patronymic_states"`
	// GivenNameStates are the states whose people news names by the given
	// name alone (Thai and Lao names: "Thaksin", "Yingluck", "Sonexay"):
	// a lone given name stands for the one known person of these states
	// with it, at any date (see customGiven).
	GivenNameStates []string `json:"given_name_states"`
	// SurnameFirstStates are the states whose names the gazetteer writes
	// with the family name first ("Yoon Suk Yeol", "Xi Jinping", "Hun
	// Sen"): the first word is the surname a lone word stands for, not the
	// last.
	SurnameFirstStates []string `json:"surname_first_states"`
	// ReversedOrderStates are the states whose own press writes names
	// with the family name first where the gazetteer writes the given
	// name first (Japanese names since 2020: "Takaichi Sanae" for Sanae
	// Takaichi; Hungarian: "Orbán Viktor"): two words that are such a
	// person's name in the other order name that person.
	ReversedOrderStates []string `json:"reversed_order_states"`
	// NoSurnameStates are the states whose names have no family name
	// (Burmese names: Min Aung Hlaing, Htin Kyaw): no word of them alone
	// is a surname ("Kyaw", "Hlaing" alone may be anyone).
	NoSurnameStates []string `json:"no_surname_states"`
	// SharedNameStates are the states whose people bear names Indonesians
	// bear too (Arabic, Persian and Malay names: "Ansari", "Yunus",
	// "Munir"): a lone name of an office holder of theirs stands for them
	// only beside their state, where a lone name no home person can bear
	// stands for a foreign holder anyway ("Bessent mengatakan").
	SharedNameStates []string `json:"shared_name_states"`
	// DatedSources maps the source of a generated people file (the start
	// of its entries' "source") to the date it was compiled: a role it
	// leaves open was known to be held only to that date, so on a later
	// date a holder whose term is known to go on comes first (CountryInfo
	// leaves Chad's Youssouf Saleh Abbas in office from 2008: "Abbas" in
	// 2024 is Mahmoud Abbas).
	DatedSources map[string]string `json:"dated_sources"`
	// OfficeRoles are the roles of a state's offices that are no rank
	// and no region's ("minister", "chief_justice", "police_chief"):
	// with a rank or a region's office, and any role that ends in
	// "_minister", an unknown holder under a dateline is the dateline
	// state's official when the sentence names no other state
	// ("JAKARTA (Reuters) - Trade Minister Budi Santoso said").
	OfficeRoles []string `json:"office_roles"`
	officeRoles set
	// OneNameRoles are the roles besides office_roles and region_roles
	// after which one English word names the holder, as after a
	// minister's ("Senator Warren", "Judge Chutkan"): roles held by many,
	// each called by surname.
	OneNameRoles []string `json:"one_name_roles"`
	oneNameRoles set
	// SurnameEndings are endings of family names of Slavic, Central
	// Asian, Georgian, Turkish, Romanian and Greek origin that no ordinary
	// word of the languages read ends with ("Nurlanov", "Petrova",
	// "Djokovic", "Kovalenko", "Kapanadze", "Yilmazoglu", "Popescu",
	// "Papadopoulos"): the second of two unknown
	// name words with one is a surname where a census surname would be
	// (surnameRunPersons). Longest first does not matter: any one counts.
	SurnameEndings []string `json:"surname_endings"`
	// CombiningForms are the Latin and Greek combining forms of states'
	// names, lower case, with the state each stands for ("sino": CHN,
	// "anglo": GBR, "franco": FRA, "russo": RUS, "indo": IND): joined by a
	// hyphen to another state's name or demonym or a place of the
	// gazetteer ("Sino-US relations", "Perang Sino-Jepang",
	// "Indo-Pakistani", "KTT Sino-Afrika") they name that state too;
	// before anything else ("Indo-Pacific", "Anglo-Saxon") nothing.
	CombiningForms map[string]string `json:"combining_forms"`
}

// surnameEnding reports whether w (lower case), of six letters or more,
// ends with one of surname_endings.
func (c *common) surnameEnding(w string) bool {
	if utf8.RuneCountInString(w) < 6 {
		return false
	}
	for _, e := range c.SurnameEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

func loadCommon() (*common, error) {
	raw, err := dataFS.ReadFile("lang/common.json")
	if err != nil {
		return nil, err
	}
	var c common
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("lang/common.json: %w", err)
	}
	c.pubLabels = mkset(c.PublicationLabels)
	c.updateLabels = mkset(c.UpdateLabels)
	c.legalForms, c.nameParticles, c.nameArticles = mkset(c.LegalForms), mkset(c.NameParticles), mkset(c.NameArticles)
	c.nameOpeners = mkset(c.NameOpeners)
	c.rankRoles, c.regionRoles = mkset(c.RankRoles), mkset(c.RegionRoles)
	c.bodyHeadRoles = mkset(c.BodyHeadRoles)
	c.companyRoles = mkset(c.CompanyRoles)
	c.spouseRoles = mkset(c.SpouseRoles)
	c.officeRoles, c.oneNameRoles = mkset(c.OfficeRoles), mkset(c.OneNameRoles)
	c.questionOpeners, c.ngoWords, c.governmentCouncilWords = mkset(c.QuestionOpeners), mkset(c.NGOWords), mkset(c.GovernmentCouncilWords)
	c.seaNouns, c.apposGroupWords = mkset(c.SeaNouns), mkset(c.ApposGroupWords)
	c.apposFirmWords, c.staffNouns = mkset(c.ApposFirmWords), mkset(c.StaffNouns)
	return &c, nil
}

// bodyHead is the kind and sector of the bodies a head word names.
type bodyHead struct{ kind, sector string }

// isBodyHead reports whether w (lower case) starts a body's name.
func (p *pack) isBodyHead(w string) bool {
	_, ok := p.bodyCreateHeads[w]
	return ok
}

// allRegionWords reports whether every word of toks is a region word
// (region_words): "Nusa Tenggara", "Sumut".
func (p *pack) allRegionWords(toks []token) bool {
	if len(toks) == 0 || len(p.regionWords) == 0 {
		return false
	}
	for i := range toks {
		if !p.regionWords[toks[i].low] {
			return false
		}
	}
	return true
}

// contextName is a name of context_names, lower case, and the ids of the
// actors that share it.
type contextName struct {
	name string
	ids  []string
}
