package extract

import (
	"context"
	"slices"
	"testing"
)

// lead37Rows check two things of stop 37's own pass: a head word of an
// organization's form inside a known party's name that a title's run took
// in opens no second organization ("Ketua Umum Partai Persatuan Pembangunan
// Mardiono" gave "Persatuan Pembangunan" as well as the party), and
// Indonesia's parties outside the House that organizations_idn.jsonl lacked
// (Partai Demokrat gave an organization of no state); the UN organs' bare
// Indonesian names (aliases.jsonl), which a capitalized word after them
// carries on to another body's name (id.json bare_names).
var lead37Rows = []domGridRow{
	{"title run psi", "Ketua Umum Partai Solidaritas Indonesia Kaesang Pangarep mengatakan partainya siap.", []string{"kaesang-pangarep/person/IDN", "psi/organization/IDN"}},
	{"title run ppp", "Ketua Umum Partai Persatuan Pembangunan Mardiono mengatakan partainya siap.", []string{"muhammad-mardiono/person/IDN", "ppp/organization/IDN"}},
	{"title run demokrat", "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono mengumpulkan para kader.", []string{"agus-harimurti-yudhoyono/person/IDN", "partai-demokrat/organization/IDN"}},
	{"demokrat as longer", "Calon presiden dari Partai Demokrat AS Kamala Harris kalah dalam pemilu.", []string{"kamala-harris/person/USA", "us-democratic-party/organization/USA"}},
	{"ummat gelora", "Partai Ummat dan Partai Gelora gagal lolos ke Senayan.", []string{"partai-ummat/organization/IDN", "partai-gelora/organization/IDN", "idn-dpr/legislature/IDN"}},
	{"unknown party still", "Ketua Umum Partai Rakyat Adil Makmur Budi Santoso mengatakan partainya siap.", []string{"partai-rakyat-adil-makmur/organization", "budi-santoso/person"}},
	{"bare dewan keamanan", "Dewan Keamanan akan menggelar pemungutan suara atas rancangan resolusi itu pada Jumat.", []string{"un-security-council/igo"}},
	{"bare majelis umum", "Majelis Umum mengadopsi resolusi yang menuntut gencatan senjata segera.", []string{"un-general-assembly/igo"}},
	{"bare name then a date", "Dewan Keamanan Jumat lalu gagal mengesahkan resolusi itu.", []string{"un-security-council/igo"}},
	{"bare name goes on", "Pemerintah berencana membentuk Dewan Keamanan Nasional untuk mengoordinasikan kebijakan pertahanan.", []string{"idn-dewan-keamanan-nasional/agency/IDN"}},
	{"bare name goes on, a church", "Majelis Umum Gereja menolak usulan itu.", nil},
	{"longer name keeps its body", "Dewan Keamanan Rusia membahas serangan drone Ukraina.", []string{"rus-security-council/government/RUS", "UKR/state"}},
	{"gen z no person", "Aksi demonstrasi Gen Z di Nepal berujung ricuh.", []string{"NPL/state"}},
	{"hasina alone", "Hasina melarikan diri ke India dengan helikopter.", []string{"sheikh-hasina/person/BGD", "IND/state"}},
	{"home office in apposition", "Teuku Faizasyah, juru bicara Kementerian Luar Negeri, mengatakan seluruh WNI dalam keadaan aman.", []string{"teuku-faizasyah/person/IDN", "idn-foreign-ministry/agency/IDN"}},
	{"home office in apposition after speech", "\"Kami terus memantau situasi,\" ujar Budi Santoso, juru bicara Kementerian Luar Negeri.", []string{"budi-santoso/person/IDN", "idn-foreign-ministry/agency/IDN"}},
	{"foreign official in apposition", "Maria Zakharova, juru bicara Kementerian Luar Negeri, membantah tuduhan itu.", []string{"maria-zakharova/person/RUS", "rus-foreign-ministry/agency/RUS"}},
	{"persatuan opens unknown", "Sekjen Persatuan Guru Republik Indonesia Dudung Nurullah mengatakan guru honorer harus diangkat.", []string{"dudung-nurullah/person/IDN", "persatuan-guru-republik-indonesia/organization/IDN"}},
}

func TestLead37Regress(t *testing.T) {
	runIDWire37(t, lead37Rows, nil)
}

// TestForeignBodyNames: the body of another state that a home body's
// name in a title makes ("Kepala Staf Angkatan Darat Pakistan") is named
// by its type, as stateBody names it, not by the home body's name ("Indonesian
// Army, of Pakistan" before).
func TestForeignBodyNames(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ name, text, id, want string }{
		{"army chief's title", "Kepala Staf Angkatan Darat Pakistan Jenderal Asim Munir dipromosikan menjadi marsekal lapangan.", "pak-army", "Army of Pakistan"},
		{"army chief without a name", "Kepala Staf Angkatan Darat Pakistan menemui Presiden Trump di Washington.", "pak-army", "Army of Pakistan"},
		{"army alone", "Angkatan Darat Pakistan menembak mati lima militan di Waziristan.", "pak-army", "Army of Pakistan"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: "id", Published: "2025-11-15"})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range d.Actors {
				if a.ID == c.id {
					if a.Name != c.want {
						t.Errorf("%s named %q, want %q", c.id, a.Name, c.want)
					}
					return
				}
			}
			t.Errorf("no %s", c.id)
		})
	}
}

// TestFireDismissal: "fired" with a post or a staff word after it is a
// dismissal, no use of force (PETRARCH's bare "fire" codes 190); shooting
// stays shooting.
func TestFireDismissal(t *testing.T) {
	type ev = syntaxEvent
	rows := []eventRow{
		{"fired police chief", "Philippine President Ferdinand Marcos Jr. fired the national police chief.",
			nil, []ev{{"PHL", "", "19", "PHL", "", ""}}, false, false},
		{"fired the minister", "Israeli Prime Minister Benjamin Netanyahu fired his defence minister, Yoav Gallant.",
			nil, []ev{{"ISR", "", "19", "ISR", "", ""}}, false, false},
		{"fired on people", "Israeli troops fired on Palestinians near an aid site in Gaza.",
			[]ev{{"ISR", "", "19", "PSE", "", ""}}, nil, false, false},
		{"fired at positions", "Russian forces fired at Ukrainian positions near Pokrovsk.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
	}
	runEventRows(t, extractor(t), rows, len(rows))
}

// TestGenerationNoPerson: "Gen" before one letter is a generation, no
// general of that name.
func TestGenerationNoPerson(t *testing.T) {
	x := extractor(t)
	d, err := x.Article(context.Background(), Input{Text: "Nepal's Gen Z protesters set fire to parliament in Kathmandu.", Lang: "en", Published: "2025-09-10"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range d.Actors {
		if a.Kind == "person" {
			t.Errorf("person %s (%q) in %q", a.ID, a.Name, "Nepal's Gen Z protesters")
		}
	}
}

// TestBareUNNames: the UN organs' bare English names are the UN's alone,
// not inside a longer name (bare_names: "the Virginia General Assembly"),
// and a title after one is its holder's.
func TestBareUNNames(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, text  string
		want, never []string
	}{
		{"general assembly", "The General Assembly adopted the resolution by 143 votes to 9.", []string{"un-general-assembly"}, nil},
		{"human rights council", "The Human Rights Council opened its session in Geneva.", []string{"un-human-rights-council"}, nil},
		{"a title after it", "General Assembly President Annalena Baerbock opened the debate.", []string{"un-general-assembly", "annalena-baerbock"}, nil},
		{"a state's legislature", "The Virginia General Assembly passed the bill.", nil, []string{"un-general-assembly"}},
		{"security council", "Secretary-General Antonio Guterres briefed the Security Council on Sudan.", []string{"un-security-council"}, []string{"security-council"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			wantNever(t, c.text, articleActorIDs(t, x, "en", c.text), c.want, c.never)
		})
	}
}

// wantNever reports every id of want that got, the actor ids of text,
// lacks, and every id of never that it has.
func wantNever(t *testing.T, text string, got, want, never []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: no %s in %v", text, w, got)
		}
	}
	for _, n := range never {
		if slices.Contains(got, n) {
			t.Errorf("%q: %s in %v", text, n, got)
		}
	}
}

// TestPurposeModality: a word of purpose before a trigger ("untuk
// bertemu", "to meet") carries the plan of the verb it serves: the
// meeting is an intent (036), not a meeting held; without a plan it stays
// a meeting.
func TestPurposeModality(t *testing.T) {
	type ev = syntaxEvent
	x := extractor(t)
	id := []eventRow{
		{"akan terbang untuk bertemu", "Prabowo akan terbang ke Washington untuk bertemu Presiden Joe Biden.",
			[]ev{{"IDN", "", "03", "USA", "", ""}}, []ev{{"IDN", "", "04", "USA", "", ""}}, false, false},
		{"dijadwalkan terbang untuk bertemu", "Prabowo dijadwalkan terbang ke Amerika Serikat untuk bertemu Presiden Joe Biden di Gedung Putih.",
			[]ev{{"IDN", "", "03", "USA", "", ""}}, []ev{{"IDN", "", "04", "USA", "", ""}}, false, false},
		{"terbang untuk bertemu", "Prabowo terbang ke Washington untuk bertemu Presiden Joe Biden.",
			[]ev{{"IDN", "", "04", "USA", "", ""}}, nil, false, false},
	}
	runEventRowsIn(t, x, "id", id, len(id))
	en := []eventRow{
		{"scheduled to fly to meet", "Prabowo is scheduled to fly to Washington to meet President Joe Biden.",
			[]ev{{"IDN", "", "03", "USA", "", ""}}, []ev{{"IDN", "", "04", "USA", "", ""}}, false, false},
		{"flew to meet", "Prabowo flew to Washington to meet President Joe Biden.",
			[]ev{{"IDN", "", "04", "USA", "", ""}}, nil, false, false},
	}
	runEventRowsIn(t, x, "en", en, len(en))
}

// TestActAnaphora: a condemnation of "the attack" ("serangan itu") with
// no actor of its own is aimed at whoever the article last reported
// attacking; "he" after a person in the same sentence is that person, not
// the state the sentence before was about; "and said" ends the object of
// the verb before it.
func TestActAnaphora(t *testing.T) {
	type ev = syntaxEvent
	x := extractor(t)
	en := []eventRow{
		{"condemned the attack", "Iran launched more than 300 drones and missiles at Israel late on Saturday. U.S. President Joe Biden condemned the attack and said he would convene leaders of the Group of Seven to coordinate a diplomatic response.",
			[]ev{{"USA", "", "11", "IRN", "", ""}, {"USA", "", "03", "g7", "", ""}}, []ev{{"IRN", "", "03", "g7", "", ""}, {"USA", "", "11", "g7", "", ""}}, false, false},
		{"no attack before", "U.S. President Joe Biden condemned the attack and said he would convene leaders of the Group of Seven.",
			[]ev{{"USA", "", "03", "g7", "", ""}}, []ev{{"USA", "", "11", "g7", "", ""}}, false, false},
		{"the attack names its own target", "Iran launched drones at Israel. Britain condemned the attack on Israel.",
			[]ev{{"GBR", "", "11", "ISR", "", ""}}, []ev{{"GBR", "", "11", "IRN", "", ""}}, false, false},
	}
	runEventRowsIn(t, x, "en", en, len(en))
	id := []eventRow{
		{"mengecam serangan tersebut", "Rusia melancarkan serangan rudal besar-besaran ke Ukraina pada Senin dini hari. Pemerintah Indonesia mengecam serangan tersebut. Uni Eropa juga mengutuk serangan itu.",
			[]ev{{"IDN", "", "11", "RUS", "", ""}, {"european-union", "", "11", "RUS", "", ""}}, nil, false, false},
		{"serangan itu terhadap names its own target", "Iran meluncurkan ratusan drone ke Israel. Inggris mengecam serangan itu terhadap Israel.",
			[]ev{{"GBR", "", "11", "ISR", "", ""}}, []ev{{"GBR", "", "11", "IRN", "", ""}}, false, false},
	}
	runEventRowsIn(t, x, "id", id, len(id))
}
