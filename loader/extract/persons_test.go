package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestPersonRules checks the person rules of issue #12 one construction at
// a time, on sentences written for the test (names made up, so that the
// gazetteer cannot know them): given names, appositive offices, the state
// of an office after the name, and what is not a person.
func TestPersonRules(t *testing.T) {
	x := extractor(t)
	type want struct {
		id, country, role string // role "title/of"; "" = not checked
	}
	for _, c := range []struct {
		name, lang, text string
		want             []want
		absent           []string
	}{
		{"given name and surname", "en", "Talks were led by Margaret Okonkwo-Bailey in Geneva.", []want{{id: "margaret-okonkwo-bailey"}}, nil},
		{"given name, Indonesian", "id", "Pertemuan itu dihadiri Siti Wulandaru dan Bambang Prasetyono.", []want{{id: "siti-wulandaru"}, {id: "bambang-prasetyono"}}, nil},
		{"initials before a given name", "en", "The book by L. Ron Kessler was reprinted.", []want{{id: "l-ron-kessler"}}, nil},
		{"initial before an unknown name, Indonesian", "id", "Dalam disertasinya J. Pardede dan M. Akib Latuconsina mengemukakan hal itu.", []want{{id: "j-pardede"}, {id: "m-akib-latuconsina"}}, nil},
		{"middle initial without its dot, Indonesian", "id", "Rapat itu mengangkat Rozik B Soetjipto sebagai direktur.", []want{{id: "rozik-b-soetjipto"}}, nil},
		{"given name alone", "id", "Tommy ditinggal sendiri di rumah, lalu menemukan artikel milik Jessica.", []want{{id: "tommy"}, {id: "jessica"}}, nil},
		{"given name alone after a preposition of place or before a pronoun is none", "id", "\"Mari kita berangkat ke Lincoln,\" katanya.", nil, []string{"mari", "lincoln"}},
		{"office holder after a known company with its legal form", "id", "Direktur Utama PT Kalbe Farma Tbk Wirabumi Laksmana mengatakan laba naik.", []want{{id: "wirabumi-laksmana"}}, nil},
		{"a religion is no given name", "id", "Umat Kristen dan umat Hindu merayakan hari raya bersama.", nil, []string{"kristen", "hindu"}},
		{"a list of regional offices names no person", "id", "Ia pernah menjabat Irwasda Kalbar, Wakapolda Nusa Tenggara, lalu Kapolda Sulteng.", nil, []string{"irwasda-kalbar", "nusa-tenggara", "kalbar"}},
		{"initial of a street or a product is no person", "id", "Kantornya di Jl. A. Yani menjual produk seri A Premium.", nil, []string{"a-yani", "a-premium"}},
		{"given name before an organization's word", "en", "Money came from the Harold Winterbottom Foundation last year.", nil, []string{"harold-winterbottom-foundation", "harold-winterbottom"}},
		{"ordinary word is no given name", "en", "Will Grossmann come? Hope Springs is a town.", nil, []string{"will-grossmann", "hope-springs"}},
		{"East Asian name, hyphenated given name", "en", "Two lawmakers, Tam Hoi-yan and Ri Chol-gwang, were disqualified.", []want{{id: "tam-hoi-yan"}, {id: "ri-chol-gwang"}}, nil},
		{"hyphenated words are no name", "en", "The Anti-war Coalition and the Pro-democracy Camp marched.", nil, []string{"the-anti-war", "anti-war"}},
		{"appositive office with of", "en", "Kwabena Asante-Darko, the foreign minister of Ghana, condemned the attack.", []want{{id: "kwabena-asante-darko", country: "GHA", role: "foreign_minister/GHA"}}, nil},
		{"appositive office with genitive", "en", "Ricardo Palmeirim, Brazil's defence minister, arrived on Monday.", []want{{id: "ricardo-palmeirim", country: "BRA", role: "defense_minister/BRA"}}, nil},
		{"appositive office, Indonesian", "id", "Kwabena Asante-Darko, Menteri Luar Negeri Ghana, mengecam serangan itu.", []want{{id: "kwabena-asante-darko", country: "GHA", role: "foreign_minister/GHA"}}, nil},
		{"office of a longer name is not the state's", "en", "Maria Palmeirim, the president of the Philippine Red Cross, spoke.", nil, []string{"head_of_state"}},
		{"state after the name", "en", "Prime Minister Lars Kjeldgaard of Denmark arrived in Jakarta.", []want{{id: "lars-kjeldgaard", country: "DNK", role: "head_of_government/DNK"}}, nil},
		{"title and unknown name, Indonesian", "id", "Menlu Ghana Kwabena Asante bertemu Menlu RI di Jakarta.", []want{{id: "kwabena-asante", country: "GHA", role: "foreign_minister/GHA"}}, nil},
		{"honorific and unknown name", "id", "Ny. Ratih Sulistyowati dan Tn. Hendrawan Pamungkas hadir.", []want{{id: "ratih-sulistyowati"}, {id: "hendrawan-pamungkas"}}, nil},
		{"title and a common noun is no person", "id", "Presiden Direktur mengatakan laba naik.", nil, []string{"direktur", "presiden-direktur"}},
		{"honorific and one home name is no office holder", "id", "Tn. Gunawan dan Ny. Ratih hadir dalam rapat warga.", []want{{id: "gunawan"}, {id: "ratih"}}, []string{"budi-gunawan"}},
		{"H. before a name is an honorific", "id", "H. Rahmat Hidayatullah memberikan bantuan kepada warga.", []want{{id: "rahmat-hidayatullah"}}, []string{"h-rahmat-hidayatullah"}},
		{"honorific inside a name", "id", "Hadir pula Darwis Haji Kamaluddin dalam rapat itu.", nil, []string{"kamaluddin"}},
		{"organization of an office before a given name", "id", "Direktur Kalimaya Sentosa Budi Raharjo Wicaksono mengatakan laba naik.", []want{{id: "budi-raharjo-wicaksono", role: "director/kalimaya-sentosa"}}, []string{"kalimaya-sentosa-budi"}},
		{"occupation, organization, given name", "id", "\"Laba naik,\" kata analis Kalimaya Agus Wicaksono di Jakarta.", []want{{id: "agus-wicaksono"}}, []string{"kalimaya-agus-wicaksono"}},
		{"police rank after an office", "id", "Kapolda Jenderal Pol. Hartono Wicaksono memimpin rapat.", []want{{id: "hartono-wicaksono", country: "IDN"}}, []string{"pol"}},
		{"minister's office without a state is the home state's", "id", "Wakil Menteri Luar Negeri Darmaji Sulistyo menerima tamu.", []want{{id: "darmaji-sulistyo", country: "IDN", role: "vice_foreign_minister/"}}, nil},
		{"unknown portfolio before a known person", "id", "Menko Polkam Budi Gunawan memimpin rapat.", []want{{id: "budi-gunawan", role: "coordinating_minister/IDN"}}, []string{"polkam-budi-gunawan"}},
		{"chair of a regional legislature", "id", "Ketua DPRD Jawa Tengah Bambang Kusriyanto membuka rapat.", []want{{id: "bambang-kusriyanto", country: "IDN", role: "chair/dprd-jawa-tengah"}}, nil},
		{"region before a rank is no name", "id", "Kapolda Metro Jaya Irjen Hartawan Sudiro menjelaskan kasus itu.", []want{{id: "hartawan-sudiro", country: "IDN"}}, []string{"jaya"}},
		{"title and an office noun is no person", "en", "Mr. Speaker, the bill was passed. Madam Speaker declared the session open.", nil, []string{"speaker", "madam-speaker"}},
		{"surname alone before a verb", "id", "Hendrickson menolak tuduhan itu, sementara Okonkwo tidak hadir.", []want{{id: "hendrickson"}, {id: "okonkwo"}}, nil},
		{"surname alone after a verb or a preposition of a person", "id", "Polisi menangkap Hendricks di rumahnya setelah bertemu dengan Kowalczyk.", []want{{id: "hendricks"}, {id: "kowalczyk"}}, nil},
		{"surname alone after a conjunction that opens the sentence", "id", "Namun Hendrickson tidak sendirian.", []want{{id: "hendrickson"}}, nil},
		{"surname alone after an ordinary word that opens the sentence is none", "id", "Jamrud Hendrickson kemudian dibawa ke Las Vegas.", nil, []string{"hendrickson"}},
		{"surname alone before a verb without a prefix", "id", "Kemudian Hendrickson tiba di bandara dan Kowalczyk setuju.", []want{{id: "hendrickson"}, {id: "kowalczyk"}}, nil},
		{"surname listed with a place is the place", "id", "Hujan turun di Vancouver dan Richmond sepanjang pekan.", nil, []string{"richmond"}},
		{"surname before what is said of a place is the place", "id", "Aran bermuara di sisi utara lembah itu.", nil, []string{"aran"}},
		{"surname in brackets after a company is its short name", "id", "Saham PT Pamapersada Nusantara (Pama) naik pekan lalu.", nil, []string{"pama"}},
		{"surname after a noun of a thing and before no verb is none", "id", "Perebutan jamrud Bahia raksasa", nil, []string{"bahia/person"}},
		{"surname of a religion or a month is none", "id", "Umat berdoa kepada Allah pada 16 Rajab 1344.", nil, []string{"allah", "rajab"}},
		{"rare surname of one known person is that person", "id", "Stalin memerintah Uni Soviet selama hampir 30 tahun.", []want{{id: "joseph-stalin"}}, nil},
		{"surname that is an English word is no known person", "id", "Hunt memperkenalkan tim itu kepada rekannya.", nil, []string{"jeremy-hunt"}},
		{"surname of two known people is none", "id", "Castro menolak usulan itu.", nil, []string{"castro"}},
		{"unknown first name and a surname in a person's place", "id", "Dalam pertemuan itu, Nnamdi Okafor menyampaikan keberatan kepada Chidi Eze.", []want{{id: "nnamdi-okafor"}}, nil},
		{"name with a surname listed with places is a place", "id", "Maskapai itu terbang ke Kupang, Ende Hendricks dan Bali.", nil, []string{"ende-hendricks"}},
		{"name after an article is no person", "id", "Al Hendricks akan membuka cabang baru di Dubai.", nil, []string{"al-hendricks"}},
		{"another name of a place before what is said of it", "id", "Pulo Kowalczyk atau Pulau Kowalczyk adalah salah satu pulau di Maluku.", nil, []string{"pulo-kowalczyk", "pulau-kowalczyk"}},
		{"occupation, its field, a name", "id", "Ahli virologi Hiroshi Nishiura memperingatkan lonjakan kasus.", []want{{id: "hiroshi-nishiura"}}, nil},
		{"occupation, a field of three words, a name", "id", "Pengamat politik luar negeri Teuku Rezasyah menilai kunjungan itu penting.", []want{{id: "teuku-rezasyah"}}, nil},
		{"two given names joined by a hyphen", "id", "Ahli geologi Belanda Jean-Jacques Dozy mengunjungi Indonesia pada 1936.", []want{{id: "jean-jacques-dozy"}}, nil},
		{"a given name that is an ordinary word, before a census surname", "en", "Grace Okafor runs a shelter in Abuja. Hope Hicks testified on Tuesday.", []want{{id: "grace-okafor"}, {id: "hope-hicks"}}, nil},
		{"a plural English word after a given name is a team's name", "en", "The Georgia Bulldogs won the title. Elizabeth Banks starred in the film.", []want{{id: "elizabeth-banks"}}, []string{"georgia-bulldogs"}},
		{"clerics' titles", "en", "Armed men abducted Father Joseph Ikechukwu from his parish. Father and son were killed.", []want{{id: "joseph-ikechukwu"}}, nil},
		{"a given name that ends another name of a leader is no surname", "en", "The lawyer said Mohamed was innocent.", []want{{id: "mohamed"}}, []string{"mohamed-abdullahi-farmaajo"}},
		{"two given names joined by a hyphen, English", "en", "Anne-Marie Slaughter said the plan would fail.", []want{{id: "anne-marie-slaughter"}}, nil},
		{"occupation and a place's field is no person", "id", "Pejabat pemerintah kota Lodi menolak usulan itu.", nil, []string{"lodi"}},
		{"occupation and a group's field is no person", "id", "Ia kini menjadi anggota boyband Starlight.", nil, []string{"starlight"}},
		{"occupation, field and a longer run is no person of the title", "id", "Naskah itu milik pemilik stasiun Asia Literary Review Omar Qadri.", nil, []string{"asia-literary-review-omar", "asia-literary-review-omar-qadri"}},
		{"a party's word after a title is no name", "id", "Senator Demokrat dari Ohio Harlan Brookes mengkritik rencana itu.", []want{{id: "harlan-brookes"}}, []string{"demokrat"}},
		{"a dynasty's name is no person", "id", "Dinasti Hendrickson memerintah wilayah itu selama dua abad.", nil, []string{"dinasti-hendrickson"}},
		{"a capital as the surname after a title and a given name", "id", "Kota ini dinamai menurut Jenderal George Washington.", []want{{id: "george-washington"}}, []string{"USA", "george"}},
		{"a state as the surname after an occupation and a given name", "id", "Pelatih itu memuji pebasket Michael Jordan.", []want{{id: "michael-jordan"}}, []string{"JOR", "michael"}},
		{"a world region after an organization's title is no name", "id", "Direktur Eksekutif Greenpeace Asia Tenggara menyampaikan kritik.", nil, []string{"asia-tenggara"}},
		{"object of a prefixed speech verb is no speaker", "id", "Dalam wawancara itu, Farage menyebut Brexit sebagai kemenangan.", []want{{id: "nigel-farage"}}, []string{"brexit"}},
		{"listener of told is no speaker", "en", "The minister told Parliament that the plan would go ahead.", nil, []string{"parliament"}},
		{"member of a party", "en", "John Kerrigan of the Green Party criticised the plan.", []want{{id: "john-kerrigan", role: "member/green-party"}}, nil},
		{"member of a party, Indonesian", "id", "Politikus Rahmat Hidayat dari Partai Gerindra mendukung usulan itu.", []want{{id: "rahmat-hidayat", country: "IDN", role: "member/partai-gerindra"}}, nil},
		{"occupation with its complement, name in commas", "id", "Menurut pengamat hubungan internasional dari Universitas Nusantara, Darmawan Kusumadi, langkah itu tepat.", []want{{id: "darmawan-kusumadi"}}, nil},
		{"occupation with its complement, English", "en", "An analyst at the Lowy Institute, Susannah Pettigrew, said the move was risky.", []want{{id: "susannah-pettigrew"}}, nil},
		{"spelled-out police rank is the home state's", "id", "Brigadir Jenderal Polisi Ade Kurniawan Saputro menjelaskan kasus itu.", []want{{id: "ade-kurniawan-saputro", country: "IDN", role: "police_general/"}}, nil},
		{"secretary of a body, comma, name", "id", "\"Kami siap,\" kata Sekretaris Utama Bappenas, Syahdan Loetam di Jakarta.", []want{{id: "syahdan-loetam", role: "secretary/idn-bappenas"}}, nil},
		{"old Indonesian spelling of a known person", "id", "Menurut Soesilo Bambang Yudhoyono, langkah itu tepat.", []want{{id: "susilo-bambang-yudhoyono", country: "IDN"}}, []string{"soesilo-bambang-yudhoyono"}},
		{"old spelling after a title", "id", "Mantan Presiden Soeharto meninggal pada 2008.", []want{{id: "suharto", country: "IDN"}}, []string{"soeharto"}},
		{"an airport named for a person is a place", "id", "Pesawat itu mendarat di Bandara Soekarno-Hatta pada Senin.", nil, []string{"sukarno"}},
		{"unit words before the body of an office", "id", "Ketua Fraksi PKS Darwanto Sulaiman menolak usulan itu.", []want{{id: "darwanto-sulaiman", country: "IDN", role: "chair/pks"}}, nil},
		{"commission of a legislature, name after an acronym", "id", "Anggota Komisi I DPR TB Kurniawan menilai langkah itu terlambat.", []want{{id: "tb-kurniawan", country: "IDN"}}, nil},
		{"spokesperson of the president is not the president", "id", "Juru bicara Presiden, Hartono Wibisana, mengatakan presiden akan hadir.", []want{{id: "hartono-wibisana", role: "spokesperson/"}}, []string{"head_of_state"}},
		{"office and rank", "id", "Panglima TNI Jenderal Hartono Wibisana meninjau pasukan.", []want{{id: "hartono-wibisana", role: "general/idn-armed-forces"}, {id: "hartono-wibisana", role: "military_commander/"}}, nil},
		{"initial inside a name", "id", "Peneliti LKPI Andreas J. Siregar menilai langkah itu tepat.", []want{{id: "andreas-j-siregar"}}, []string{"andreas-j"}},
		{"organization's branch in a state", "id", "Direktur Eksekutif Amnesty International Indonesia Rahmat Sutanto mengecam penangkapan itu.", []want{{id: "rahmat-sutanto", role: "executive_director/amnesty-international"}}, nil},
		// Third pass of issue #12: offices of companies and agencies.
		{"one name is no foreign office holder when the state is not named", "id", "\"Perseroan akan memberikan jasanya mulai dari pengeboran,\" kata Haris kepada wartawan di Jakarta.", []want{{id: "haris"}}, []string{"haris-silajdzic"}},
		{"one name is the foreign office holder of a named state", "id", "Malaysia mendukung usulan itu, kata Anwar kepada wartawan di Kuala Lumpur.", []want{{id: "anwar-ibrahim"}}, nil},
		{"deputy of a body, acronym, name with an initial", "id", "Deputi Senior Bank Indonesia (BI) Rahayu S. Purnomo memperkirakan ekspor naik tahun ini.", []want{{id: "rahayu-s-purnomo", role: "senior_deputy_governor/idn-central-bank"}}, nil},
		{"abbreviated office before a known company", "id", "\"Laba naik,\" kata Wadirut Bank Mandiri, Yoga Pradipta di Jakarta, pada hari ini.", []want{{id: "yoga-pradipta", role: "deputy_chief_executive/bank-mandiri"}}, []string{"wadirut"}},
		{"organization with its acronym between title and name", "id", "Dirut Bursa Efek Surabaya (BES), Hendra Kusnadi mengatakan volume transaksi naik pada pekan ini.", []want{{id: "hendra-kusnadi"}}, []string{"bursa-efek"}},
		{"unit in English before a company", "id", "Direktur Retail Banking PT Bank Sentosa Tbk, Wira Kusuma di Jakarta mengatakan pelaku pasar melepas rupiah.", []want{{id: "wira-kusuma"}}, []string{"retail-banking"}},
		{"directorate before a ministry's generic name", "id", "Dirjen Bea dan Cukai Departemen Keuangan Sudarmo Hartono menyatakan target penerimaan tidak akan tercapai.", []want{{id: "sudarmo-hartono", country: "IDN"}}, []string{"bea"}},
		{"portfolio of a second title is no name", "id", "Wakil Presiden Hubungan Investor dan Sekretaris Perusahaan Telkom Yudha Prakasa mengatakan saham dibeli kembali.", []want{{id: "yudha-prakasa", role: "corporate_secretary/telkom-indonesia"}}, []string{"hubungan-investor", "investor"}},
		{"given name that is an ordinary word, two words", "id", "Kepala Biro Hukum Kementerian Kesehatan Indah Febrianti menjelaskan bahwa aturan itu berlaku.", []want{{id: "indah-febrianti"}}, nil},
		{"two titles joined, each with its name", "id", "Menteri Luar Negeri Retno Marsudi dan Menteri Pertahanan Prabowo Subianto menerima tamu negara di kantornya.", []want{{id: "retno-marsudi"}, {id: "prabowo-subianto"}}, nil},
		{"a known family name after another given name", "id", "Ia menikah dengan Darmaji Soeharto pada 2010.", nil, []string{"suharto"}},
		{"a known name after a sentence's first word", "id", "Pertemuan Putin dan Xi berlangsung di Moskow.", []want{{id: "vladimir-putin"}}, nil},
		{"patronym", "id", "Abu Bakar bin Umar ditangkap di Malaysia.", []want{{id: "abu-bakar-bin-umar"}}, []string{"abu-bakar"}},
		{"patronym after a title", "id", "Menteri Luar Negeri Ghana Kwame Bakar bin Osei tiba di Jakarta.", []want{{id: "kwame-bakar-bin-osei", country: "GHA", role: "foreign_minister/GHA"}}, nil},
		{"a state's name as a given name", "en", "Chad Okonkwo played drums for the band.", []want{{id: "chad-okonkwo"}}, []string{"TCD"}},
		{"a state's name as a given name, Indonesian", "id", "Jordan Spenceley adalah seorang pemain sepak bola.", []want{{id: "jordan-spenceley"}}, []string{"JOR"}},
		{"a state before a region word is no given name", "en", "The Jordan Valley was occupied in 1967.", nil, []string{"jordan-valley", "JOR"}},
		{"a state before a region word is no given name, Indonesian", "id", "Georgia Selatan adalah wilayah seberang laut Inggris.", []want{}, []string{"georgia-selatan"}},
		{"a capital naming an agreement is no state and no person", "en", "The United States withdrew from the Paris Agreement in 2017.", nil, []string{"FRA", "paris-agreement"}},
		{"a city naming conventions is no person", "en", "The Geneva Conventions apply to the conflict.", nil, []string{"geneva-conventions"}},
		{"a given name before a thing noun is no person, English", "en", "Brent crude rose 3 percent on Monday.", nil, []string{"brent"}},
		{"a given name after an article is no person, English", "en", "The film won the Oscar for best picture.", nil, []string{"oscar"}},
		{"games named after a capital name no state, English", "en", "The Tokyo Olympics were postponed for a year.", nil, []string{"JPN"}},
		{"a month's name after an honorific is a surname", "en", "Mrs May said Britain would leave the union.", []want{{id: "theresa-may", country: "GBR"}}, nil},
		{"a month after an honorific before a day is a date", "en", "The talks with Mr Smith began in May 5 rounds.", []want{{id: "smith"}}, nil},
		{"a known public figure's surname alone as an object", "id", "Presiden Turki menuduh Gulen mendalangi kudeta itu.", []want{{id: "fethullah-gulen", country: "TUR"}}, nil},
		{"a known public figure's surname alone after of, English", "en", "Supporters of Navalny were detained in Moscow.", []want{{id: "alexei-navalny", country: "RUS"}}, nil},
		{"a language is no surname", "en", "The form must be completed in English, officials said.", nil, []string{"bill-english"}},
		{"a family's name is no person", "id", "Bank itu didirikan oleh keluarga Gunawan pada 1971.", nil, []string{"budi-gunawan"}},
		{"a short surname is no known person", "en", "He said he would go.", nil, []string{"liu-he"}},
		{"a party's members after a given name are no person", "en", "Chancellor Angela Merkel's Christian Democrats won the election.", []want{{id: "angela-merkel"}}, []string{"christian-democrats"}},
		{"a copula skipped as an adverb still reads the place noun after it", "en", "Tokyo was the capital of the empire.", nil, []string{"JPN"}},
		{"a state's name as a surname, English", "en", "Michael Jordan visited China last week.", []want{{id: "michael-jordan"}}, []string{"JOR"}},
		{"a river named after a state, English", "en", "The Congo River flooded the town.", nil, []string{"COD"}},
		{"a surname alone after a speech verb inside an English sentence", "en", "The plan, said Jenkins, would fail.", []want{{id: "jenkins"}}, nil},
		{"a surname alone after a quote in English", "en", "\"We will win,\" Okonkwo said.", []want{{id: "okonkwo"}}, nil},
		{"a capital after a speech verb that goes on into a phrase is no name", "en", "The experts say Iodine deficiency is preventable.", nil, []string{"iodine"}},
		{"a known public figure's surname opens an English sentence", "en", "Zuckerberg told reporters the plan would fail.", []want{{id: "mark-zuckerberg", country: "USA"}}, nil},
		{"a group word opening an English sentence is no person", "en", "Officials said the attack killed five.", nil, []string{"officials"}},
		{"an unknown word opening an English sentence is no person", "en", "Fighting said little about the truce.", nil, []string{"fighting"}},
		{"a public figure's surname alone, Indonesian", "id", "Zuckerberg mengatakan kepada wartawan bahwa rencana itu gagal.", []want{{id: "mark-zuckerberg", country: "USA"}}, nil},
		{"a given name is no public figure's surname", "id", "Menurut Haris, rencana itu gagal.", []want{{id: "haris"}}, nil},
		{"a foreign holder's name no Indonesian bears needs no state", "id", "Bessent mengatakan tarif baru akan berlaku bulan depan.", []want{{id: "scott-bessent", country: "USA"}}, []string{"bessent"}},
		{"a foreign holder's name Indonesians bear too needs the state", "id", "Ansari mengatakan program modernisasi mesin membutuhkan dana besar.", []want{{id: "ansari"}}, []string{"majed-al-ansari"}},
		{"a candidate for an office does not hold it", "id", "Calon Presiden Brasil Rafael Moreira kalah dalam putaran kedua.", []want{{id: "rafael-moreira", country: "BRA", role: "presidential_candidate/BRA"}}, []string{"head_of_state"}},
		{"former before the title's state", "en", "The vote was won by former Italian prime minister Matteo Renzi.", []want{{id: "matteo-renzi", role: "former_head_of_government/ITA"}}, nil},
		{"a frequent given name alone is no foreign holder without the state", "en", "Allegedly, Thomas' sister pleaded with him to call a doctor.", []want{{id: "thomas"}}, []string{"tillman-thomas"}},
		{"a frequent given name alone is the holder when the state is named", "en", "Irish Taoiseach Micheal Martin met officials in Dublin. Martin said the talks went well.", []want{{id: "micheal-martin", country: "IRL"}}, []string{"martin"}},
		{"a rarer given name alone is still the holder", "en", "Marcos visited Tokyo to discuss maritime security.", []want{{id: "ferdinand-marcos-jr"}}, []string{"marcos"}},
		{"a common Indonesian given name alone is no minister", "id", "\"Kami akan menindaklanjuti laporan itu,\" kata Ferry kepada wartawan.", []want{{id: "ferry"}}, []string{"ferry-juliantono"}},
		{"a common given name alone is still the vice president", "id", "Gibran mengatakan program itu berjalan baik.", []want{{id: "gibran-rakabuming-raka"}}, []string{"gibran"}},
		{"crown princess, Indonesian", "id", "Putri Mahkota Victoria mengunjungi Indonesia pekan lalu.", []want{{id: "victoria", role: "crown_princess/"}}, []string{"mahkota-victoria"}},
		{"a candidate for an office does not hold it, English", "en", "Brazilian presidential candidate Rafael Moreira conceded on Sunday.", []want{{id: "rafael-moreira", role: "presidential_candidate/BRA"}}, []string{"head_of_state"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			byID := map[string]facts.Actor{}
			var all []string
			for _, a := range d.Actors {
				byID[a.ID] = a
				roles := []string{}
				for _, r := range a.Roles {
					roles = append(roles, r.Title+"/"+r.Of)
				}
				all = append(all, a.ID+"("+strings.Join(roles, ",")+")")
			}
			for _, w := range c.want {
				a, ok := byID[w.id]
				if !ok {
					t.Errorf("no actor %s; got %v", w.id, all)
					continue
				}
				if a.Kind != facts.KindPerson {
					t.Errorf("%s is %s, want person", w.id, a.Kind)
				}
				if w.country != "" && a.Country != w.country {
					t.Errorf("%s country %q, want %q", w.id, a.Country, w.country)
				}
				if w.role != "" {
					found := false
					for _, r := range a.Roles {
						found = found || r.Title+"/"+r.Of == w.role
					}
					if !found {
						t.Errorf("%s roles %+v, want %s", w.id, a.Roles, w.role)
					}
				}
			}
			for _, id := range c.absent {
				id, kind, _ := strings.Cut(id, "/") // "bahia/person": no person of that id (the place may be)
				for _, s := range all {
					if (strings.HasPrefix(s, id+"(") || strings.Contains(s, id+"/")) && (kind == "" || string(byID[id].Kind) == kind) {
						t.Errorf("unexpected %s in %v", id, all)
					}
				}
			}
		})
	}
}

// TestHolderBySurnameLatest checks that a title and a single name stand for
// the office holder of the article's date when the dictionary left an
// older holder's term open (CountryInfo's Lee Myung Bak, head of state of
// South Korea since 2008 with no end): the holder whose term started last.
func TestHolderBySurnameLatest(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ name, date, want string }{
		{"present day", "2025-11-01", "lee-jae-myung"},
		{"2010", "2010-05-01", "lee-myung-bak"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: "Presiden Lee menerima kunjungan delegasi itu di Seoul.", Lang: "id", Published: c.date})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range d.Actors {
				ids = append(ids, a.ID)
				if a.ID == c.want {
					return
				}
			}
			t.Errorf("no %s in %v", c.want, ids)
		})
	}
}

// TestAccentedGivenNames checks that a given name written with its marks
// ("Álvaro", "Jürgen") is a given name as its plain spelling is: the word
// is looked up again without its marks when the packs do not hold it.
func TestAccentedGivenNames(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ name, text, id string }{
		{"marked given name after a group title", "Pemimpin oposisi Venezuela Álvaro Núñez Pérez memenangkan hadiah itu.", "alvaro-nunez-perez"},
		{"marked given name, plain surnames", "Pemimpin oposisi Venezuela Álvaro Nunez Perez memenangkan hadiah itu.", "alvaro-nunez-perez"},
		{"plain spelling, as before", "Pemimpin oposisi Venezuela Alvaro Nunez Perez memenangkan hadiah itu.", "alvaro-nunez-perez"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: "id", Published: "2024-06-01"})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range d.Actors {
				if a.ID == c.id && a.Kind == facts.KindPerson {
					return
				}
				ids = append(ids, a.ID)
			}
			t.Errorf("no person %s; got %v", c.id, ids)
		})
	}
}

// TestOfficialOfIGOActsAsHimself checks that a person introduced with an
// office of an intergovernmental organization takes part in the events as
// himself, not as the state he once led (Donald Tusk was prime minister of
// Poland before and after he presided over the European Council).
func TestOfficialOfIGOActsAsHimself(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct{ name, lang, text, source string }{
		{"undated, Indonesian", "id", "Presiden Dewan Eropa Donald Tusk memperingatkan Inggris.", "donald-tusk"},
		{"undated, English", "en", "European Council President Donald Tusk warned Britain.", "donald-tusk"},
		{"a head of state acts for the state", "id", "Presiden Rusia Vladimir Putin memperingatkan Inggris.", "RUS"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Events) != 1 || d.Events[0].Source != c.source || d.Events[0].Target != "GBR" {
				t.Errorf("events = %+v, want one %s -> GBR", d.Events, c.source)
			}
		})
	}
}

// TestSurnameList checks lang/surnames.txt as the extractor reads it: the
// words are sorted and unique (sortedWords searches them by halves), and
// lookups find the first, the last and a common surname, and nothing
// that is not a line.
func TestSurnameList(t *testing.T) {
	l := checkSortedWords(t, surnamesText, "surnames; want the census list")
	for _, c := range []struct {
		name, w string
		want    bool
	}{
		{"first word", l.at(0), true},
		{"last word", l.at(len(l.offs) - 1), true},
		{"common surname", "hendrickson", true},
		{"surname of another origin", "kuznetsov", true},
		{"English ordinary word", "brown", false},
		{"prefix of a surname", "kuznetso", false},
		{"capitalized form", "Hendrickson", false},
		{"empty", "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := l.has(c.w); got != c.want {
				t.Errorf("has(%q) = %v, want %v", c.w, got, c.want)
			}
		})
	}
}

// TestEnglishWordList checks lang/en.words.txt as englishWord reads it:
// sorted and unique, so that the search by halves finds every word.
func TestEnglishWordList(t *testing.T) {
	l := checkSortedWords(t, enWordsText, "words; want SCOWL's")
	for _, c := range []struct {
		w    string
		want bool
	}{{"aardvark", true}, {"department", true}, {"hendrickson", false}, {"kuznetsov", false}} {
		t.Run(c.w, func(t *testing.T) {
			if got := l.has(c.w); got != c.want {
				t.Errorf("has(%q) = %v, want %v", c.w, got, c.want)
			}
		})
	}
}

// checkSortedWords reads an embedded word list as the extractor does and
// fails unless it holds 50,000 words or more, sorted and unique: the
// search by halves (sortedWords.has) finds a word only in such a list.
func checkSortedWords(t *testing.T, text, what string) *sortedWords {
	t.Helper()
	l := newSortedWords(text)
	if n := len(l.offs); n < 50000 {
		t.Fatalf("%d %s (50,000 or more)", n, what)
	}
	for k := 1; k < len(l.offs); k++ {
		if l.at(k-1) >= l.at(k) {
			t.Fatalf("line %d: %q after %q: not sorted or not unique", k, l.at(k), l.at(k-1))
		}
	}
	return l
}

// TestMonthGivenNames checks monthGiven: a month's name that is a given
// name too opens a person's name when no number stands next to it.
func TestMonthGivenNames(t *testing.T) {
	t.Run("id", func(t *testing.T) {
		checkIntlCases(t, "id", []intlCase{
			{"Jan before a surname", "Jan Egeland mengatakan bantuan itu tidak cukup.", "jan-egeland", "person", "", nil},
			{"Jan before particles", "Menurut Jan de Vries, harga naik.", "jan-de-vries", "person", "", nil},
			{"Jan in a date", "Pada 12 Jan 2023 harga naik tajam.", "", "", "", []string{"jan"}},
		})
	})
	t.Run("en", func(t *testing.T) {
		checkIntlCases(t, "en", []intlCase{
			{"April before a surname", "April Ryan said the briefing was cancelled.", "april-ryan", "person", "", nil},
			{"April before a year", "In April 2023 prices rose sharply.", "", "", "", []string{"april"}},
		})
	})
}

// TestRegimeNames checks a leader's surname next to a word for a time in
// power (regime_before, regime_after): it is the one head of state or of
// government of that name at any time, where a lone surname elsewhere is
// only an office holder of the article's date; two heads of the name give
// nobody.
func TestRegimeNames(t *testing.T) {
	t.Run("id", func(t *testing.T) {
		checkIntlCases(t, "id", []intlCase{
			{"pemerintahan + surname", "Pada masa pemerintahan Thatcher, serikat buruh kehilangan pengaruh.", "margaret-thatcher", "person", "GBR", nil},
			{"rezim + surname", "Kebijakan itu dimulai di bawah rezim Mubarak.", "hosni-mubarak", "person", "EGY", nil},
			{"two heads of the name", "Kebijakan itu dimulai pada pemerintahan Bush.", "", "", "", []string{"george-w-bush", "george-h-w-bush", "bush"}},
			{"no regime word", "Thatcher kehilangan pengaruh.", "", "", "", []string{"margaret-thatcher"}},
		})
	})
	t.Run("en", func(t *testing.T) {
		checkIntlCases(t, "en", []intlCase{
			{"sentence opening", "The Blair government backed the invasion.", "tony-blair", "person", "GBR", nil},
			{"administration", "Under the Clinton administration, the deficit shrank.", "bill-clinton", "person", "USA", nil},
			{"two heads of the name", "The Bush administration backed the plan.", "", "", "", []string{"george-w-bush", "george-h-w-bush", "bush"}},
		})
	})
}

// TestNameCommonWords checks the ordinary words of name_common that end
// Indonesian names after a given name, where another ordinary word ends
// no name.
func TestNameCommonWords(t *testing.T) {
	checkIntlCases(t, "id", []intlCase{
		{"Perdana after a given name", "Menurut pengamat dari Universitas Indonesia, Aditya Perdana, koalisi itu rapuh.", "aditya-perdana", "person", "IDN", nil},
		{"Putra after a given name", "Rizky Putra ditangkap polisi di rumahnya.", "rizky-putra", "person", "", nil},
		{"Perdana before Menteri", "Perdana Menteri Anwar Ibrahim tiba di Jakarta.", "anwar-ibrahim", "person", "MYS", []string{"anwar-ibrahim-perdana"}},
	})
}

// TestTitledGivenNames checks one given name after a state's office in
// English: the office holder of that state with that given name ("Jordan's
// King Abdullah"), and never a person of another state who has the name as
// a surname ("Saudi Crown Prince Mohammed" is no UN official).
func TestTitledGivenNames(t *testing.T) {
	checkIntlCases(t, "en", []intlCase{
		{"a monarch's given name", "Jordan's King Abdullah warned against the displacement of Palestinians.", "abdullah-ii-of-jordan", "person", "JOR", nil},
		{"another state's figure with the name", "Saudi Crown Prince Mohammed met Biden in Jeddah.", "mohammed", "person", "SAU", []string{"amina-j-mohammed"}},
	})
}

// TestMonarchGivenNames checks that a monarch's one given name in the
// leaders' dictionary makes no person of that monarch's state: "Abdullah"
// and "Hussein" are everyday names, and a regnal number is what names the
// king ("Abdullah II").
func TestMonarchGivenNames(t *testing.T) {
	t.Run("id", func(t *testing.T) {
		checkIntlCases(t, "id", []intlCase{
			{"a resident named Abdullah", "\"Kami tidak tahu,\" kata Abdullah, warga setempat.", "abdullah", "person", "", nil},
			{"a suspect named Hussein", "Polisi menangkap Hussein di rumahnya di Bogor.", "hussein", "person", "", nil},
			{"king by his given name with the state named", "Raja Yordania Abdullah memperingatkan Israel.", "abdullah-ii-of-jordan", "person", "JOR", nil},
			{"king by regnal number", "Raja Yordania Abdullah II bertemu Biden di Washington.", "abdullah-ii-of-jordan", "person", "JOR", []string{"abdullah-ii"}},
		})
	})
}

// TestKinWords checks a relative's word (kin_words) before a title: the
// name in commas after the title is the holder's relative, a person with no
// office, and a name in commas after the holder is the relative's.
func TestKinWords(t *testing.T) {
	t.Run("id", func(t *testing.T) {
		checkIntlCases(t, "id", []intlCase{
			{"relative after the holder", "Istri Gubernur Jawa Barat Dedi Mulyadi, Sri Lestari, menghadiri acara itu.", "sri-lestari", "person", "", []string{"lestari"}},
			{"holder stays the holder", "Istri Gubernur Jawa Barat Dedi Mulyadi, Sri Lestari, menghadiri acara itu.", "dedi-mulyadi", "person", "IDN", nil},
			{"relative of an office with no name", "Putra bungsu Presiden, Kaesang Pangarep, mendaftar sebagai calon.", "kaesang-pangarep", "person", "IDN", nil},
			{"first lady named with the president's name", "Presiden Joko Widodo didampingi Ibu Negara Iriana Joko Widodo meninjau pasar.", "iriana-joko-widodo", "person", "", nil},
			{"the president stays", "Presiden Joko Widodo didampingi Ibu Negara Iriana Joko Widodo meninjau pasar.", "joko-widodo", "person", "IDN", nil},
			{"no relative word: the holder", "Juru bicara Presiden, Adita Irawati, membantah kabar itu.", "adita-irawati", "person", "IDN", nil},
		})
	})
	x := extractor(t)
	d, err := x.Article(context.Background(), Input{Text: "Putra bungsu Presiden, Kaesang Pangarep, mendaftar sebagai calon.", Lang: "id"})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range d.Actors {
		for _, r := range a.Roles {
			if a.ID == "kaesang-pangarep" && r.Title == "head_of_state" {
				t.Errorf("the president's son holds the office: %+v", a.Roles)
			}
		}
	}
}

// TestOrdinaryNamedPersons checks one name that a word introduces as an
// ordinary person's ("bernama", an age in brackets, "Korban adalah"): it is
// a new person, not the office holder of the day who has that name.
func TestOrdinaryNamedPersons(t *testing.T) {
	checkIntlCases(t, "id", []intlCase{
		{"name after bernama", "Seorang saksi bernama Joko mengaku melihat pelaku kabur.", "joko", "person", "", []string{"joko-widodo"}},
		{"name with an age", "Seorang pengendara, Wahyu (27), terluka dalam kecelakaan itu.", "wahyu", "person", "", []string{"sakti-wahyu-trenggono"}},
		{"quote attributed by keluh", "\"Harga cabai naik terus,\" keluh Sumarni, pedagang di Pasar Kramat Jati.", "sumarni", "person", "", nil},
	})
}

// TestPlaceSurnames checks a one-word place right after a given name or an
// unknown name word: it is the person's surname, not the place; after an
// ordinary word or a place's preposition it stays the place.
func TestPlaceSurnames(t *testing.T) {
	t.Run("id", func(t *testing.T) {
		checkIntlCases(t, "id", []intlCase{
			{"a Japanese name ending in a prefecture", "Penyanyi Hiroshi Miyagi tampil di Jakarta pekan lalu.", "hiroshi-miyagi", "person", "", []string{"miyagi"}},
			{"a given name before a Brazilian state", "Pelatih Carlos Bahia memuji timnya.", "carlos-bahia", "person", "", []string{"bahia"}},
			{"after a region's office (a home title: the home state)", "Gubernur Kenji Ishikawa membuka festival itu.", "kenji-ishikawa", "person", "IDN", []string{"ishikawa"}},
			{"an ordinary word before the prefecture", "Gempa mengguncang Ishikawa pada Tahun Baru.", "ishikawa", "place", "JPN", nil},
		})
	})
	t.Run("en", func(t *testing.T) {
		checkIntlCases(t, "en", []intlCase{
			{"a Japanese name ending in a prefecture", "Kenji Ishikawa won the gold medal in Paris.", "kenji-ishikawa", "person", "", []string{"ishikawa"}},
		})
	})
}

// TestCompanyOfficeWords checks one word after a company's office
// (company_roles): a given name is the holder, another word the company's
// name and no person.
func TestCompanyOfficeWords(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, text, person string
		absent             []string
	}{
		{"a company's short name", "Presiden Direktur Sinarmas menghadiri peluncuran itu.", "", []string{"sinarmas"}},
		{"a given name", "Direktur Utama Budi menghadiri peluncuran itu.", "budi", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: "id"})
			if err != nil {
				t.Fatal(err)
			}
			found := c.person == ""
			for _, a := range d.Actors {
				if a.Kind == facts.KindPerson && slices.Contains(c.absent, a.ID) {
					t.Errorf("person %s in %q", a.ID, c.text)
				}
				if a.ID == c.person && a.Kind == facts.KindPerson {
					found = true
				}
			}
			if !found {
				t.Errorf("no person %s in %v", c.person, d.Actors)
			}
		})
	}
}

// TestHeadlineNames checks a name after a title in a headline, where every
// word is capitalized: it ends at the first bare event verb or ordinary
// word.
func TestHeadlineNames(t *testing.T) {
	checkIntlCases(t, "id", []intlCase{
		{"a bare verb after the name", "Gubernur Hendra Kusuma Tinjau Lokasi Banjir di Bekasi", "hendra-kusuma", "person", "IDN", []string{"hendra-kusuma-tinjau", "hendra-kusuma-tinjau-lokasi"}},
		{"a verb with -kan after the name", "Bupati Asep Gunawan Resmikan Jembatan Baru di Cianjur", "asep-gunawan", "person", "IDN", []string{"asep-gunawan-resmikan"}},
		{"a home body before a bare verb", "Polisi Tangkap Dua Pengedar Narkoba di Medan", "idn-police", "agency", "IDN", nil},
	})
}

// TestPatronymicNames checks that the last word of a Malay name, a
// father's name (patronymic_states), is no surname a lone word stands for.
func TestPatronymicNames(t *testing.T) {
	checkIntlCases(t, "id", []intlCase{
		{"a father's name alone", "\"Kami sudah siap,\" kata Ibrahim kepada wartawan.", "ibrahim", "person", "", []string{"anwar-ibrahim"}},
		{"the full name", "Perdana Menteri Malaysia Anwar Ibrahim tiba di Jakarta.", "anwar-ibrahim", "person", "MYS", nil},
	})
}
