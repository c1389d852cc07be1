package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// places3Row is a row of the places grid of issue #12: a sentence in lang,
// the ids it must give (want, space-separated, each "id" or "id/kind"), the
// ids it must not give (absent), none when it names no actor but places,
// known when it is a known failure. Unlike the name grids, places count:
// a place in want must be read with that id. Every state and person the
// row gives must be in want.
type places3Row struct {
	name, lang, text, want, absent string
	none, known                    bool
}

// places3RowProblems lists how the actors of d miss the row.
func places3RowProblems(actors []facts.Actor, c places3Row) []string {
	var probs []string
	kinds := map[string]string{}
	var all []string
	for _, a := range actors {
		kinds[a.ID] = a.Kind
		all = append(all, a.ID+"/"+a.Kind)
	}
	slices.Sort(all)
	var wantIDs []string
	for _, w := range strings.Fields(c.want) {
		f := strings.Split(w, "/")
		wantIDs = append(wantIDs, f[0])
		k, ok := kinds[f[0]]
		switch {
		case !ok:
			probs = append(probs, "missing "+w)
		case len(f) > 1 && k != f[1]:
			probs = append(probs, f[0]+" is "+k+", want "+f[1])
		}
	}
	for _, id := range strings.Fields(c.absent) {
		f := strings.Split(id, "/")
		if k, ok := kinds[f[0]]; ok && (len(f) == 1 || k == f[1]) {
			probs = append(probs, "false "+id)
		}
	}
	for _, a := range actors {
		switch {
		case c.none && a.Kind != facts.KindPlace:
			probs = append(probs, "unwanted "+a.Kind+" "+a.ID)
		case (a.Kind == facts.KindState || a.Kind == facts.KindPerson) && !slices.Contains(wantIDs, a.ID):
			probs = append(probs, "unwanted "+a.Kind+" "+a.ID)
		}
	}
	if len(probs) > 0 {
		probs = append(probs, "got "+strings.Join(all, " "))
	}
	return probs
}

// runPlaces3Rows runs the rows under an article date of published
// (runGrid).
func runPlaces3Rows(t *testing.T, rows []places3Row, min int, published string) {
	t.Helper()
	runGrid(t, rows, min, func(c places3Row) (string, Input, bool) {
		return c.name, Input{Text: c.text, Lang: c.lang, Published: published}, c.known
	}, func(d *facts.Document, c places3Row) []string { return places3RowProblems(d.Actors, c) })
}

// places3GridRows are present-day news sentences, Indonesian and English,
// about places against actors, annotated before the extractor ran on them:
// cities and regions after prepositions of place are places (a capital
// there names no state), a capital is its state only as the agent of a
// political act; sub-national regions, seas and peninsulas with a state's
// name inside; places named after people (no person); streets, buildings,
// airports, ports and border crossings; islands; places of conflicts.
var places3GridRows = []places3Row{
	// Capitals and cities after prepositions of place: no state.
	{"id di tokyo pameran", "id", "Pameran dagang itu digelar di Tokyo selama tiga hari mulai Selasa.", "", "JPN", true, false},
	{"id surabaya ke beijing", "id", "Rombongan pengusaha asal Surabaya bertolak ke Beijing pada Senin pagi.", "kota-surabaya/place", "CHN", true, false},
	{"id harga cabai surabaya", "id", "Harga cabai di Surabaya naik hampir dua kali lipat menjelang Lebaran.", "kota-surabaya/place", "", true, false},
	{"id dievakuasi dari beirut", "id", "Ratusan pekerja migran dievakuasi dari Beirut melalui jalur darat.", "", "LBN", true, false},
	{"id jakarta ke seoul", "id", "Penerbangan langsung dari Jakarta ke Seoul kembali dibuka bulan depan.", "", "KOR IDN", true, false},
	{"id drone di kyiv", "id", "Sebuah drone menghantam gedung apartemen di Kyiv pada Kamis dini hari.", "", "UKR", true, false},
	{"id kairo transit doha", "id", "Delegasi mahasiswa itu tiba di Kairo setelah transit di Doha.", "", "EGY QAT", true, false},
	{"id suhu new delhi", "id", "Suhu di New Delhi menembus 47 derajat Celsius pekan ini.", "", "IND", true, false},
	{"id pertemuan di bangkok", "id", "Pertemuan tingkat menteri itu akan berlangsung di Bangkok bulan depan.", "", "THA", true, false},
	{"id dekat kathmandu", "id", "Dua pendaki asal Bandung hilang di pegunungan dekat Kathmandu.", "kabupaten-bandung/place", "NPL", true, false},
	{"id menetap di london", "id", "Setelah lulus, ia menetap di London dan bekerja sebagai perawat.", "", "GBR", true, false},
	{"id pulang dari manila", "id", "Para atlet pulang dari Manila membawa tiga medali emas.", "", "PHL", true, false},
	{"id macet menuju canberra", "id", "Jalan raya menuju Canberra ditutup akibat kebakaran semak.", "", "AUS", true, false},
	{"id hujan di hanoi", "id", "Hujan lebat di Hanoi merendam ribuan rumah warga.", "", "VNM", true, false},
	{"id kota meksiko gempa", "id", "Warga berhamburan keluar gedung ketika gempa terasa di Kota Meksiko.", "", "MEX", true, false},
	{"id kuliner di osaka", "id", "Wisatawan Indonesia kini banyak berburu kuliner di Osaka.", "IDN osaka/place", "JPN", false, false},
	// Capitals as the agent of a political act: the state.
	{"id beijing mengecam", "id", "Beijing mengecam latihan militer gabungan di Laut China Selatan.", "CHN south-china-sea/place", "", false, false},
	{"id washington menjatuhkan", "id", "Washington menjatuhkan sanksi baru terhadap tiga perusahaan pelayaran.", "USA", "", false, false},
	{"id moskow membantah", "id", "Moskow membantah tuduhan bahwa pasukannya menyerang fasilitas sipil.", "RUS", "", false, false},
	{"id tokyo memprotes", "id", "Tokyo memprotes latihan militer besar-besaran di sekitar Selat Taiwan.", "JPN taiwan-strait/place", "TWN", false, false},
	{"id seoul washington sepakat", "id", "Seoul dan Washington sepakat memperluas latihan militer di Semenanjung Korea.", "KOR USA korean-peninsula/place", "PRK", false, false},
	{"id canberra keprihatinan", "id", "Canberra menyatakan keprihatinan atas uji coba rudal itu.", "AUS", "", false, false},
	{"id teheran mengancam", "id", "Teheran mengancam akan membalas serangan terhadap fasilitas nuklirnya.", "IRN", "", false, false},
	// Regions whose names hold a state's name or a direction.
	{"id banjir jawa timur", "id", "Banjir bandang melanda tiga kecamatan di Jawa Timur sejak Sabtu.", "jawa-timur/place", "", true, false},
	{"id kekeringan ntt", "id", "Kekeringan berkepanjangan membuat petani di Nusa Tenggara Timur gagal panen.", "nusa-tenggara-timur/place", "TLS", true, false},
	{"id kantor gubernur papua barat daya", "id", "Pembangunan kantor gubernur Papua Barat Daya ditargetkan rampung tahun depan.", "papua-barat-daya/place", "PNG", false, false},
	{"id harimau sumatera utara", "id", "Seekor harimau sumatra terlihat di perkebunan warga di Sumatera Utara.", "sumatera-utara/place", "", true, false},
	{"id karhutla kalimantan selatan", "id", "Kebakaran lahan gambut kembali terjadi di Kalimantan Selatan.", "kalimantan-selatan/place", "", true, false},
	{"id kebakaran australia barat", "id", "Kebakaran hutan di Australia Barat memaksa ribuan warga mengungsi.", "western-australia/place", "AUS", true, false},
	{"id irlandia utara belfast", "id", "Dua remaja ditangkap setelah kerusuhan di Belfast, Irlandia Utara.", "belfast/place northern-ireland/place", "IRL GBR", true, false},
	{"id jenin tepi barat", "id", "Bentrokan kembali terjadi di kamp pengungsi Jenin, Tepi Barat utara.", "jenin/place west-bank/place", "", true, false},
	{"id yerusalem timur", "id", "Ribuan jemaah menunaikan salat Jumat di kompleks masjid di Yerusalem Timur.", "east-jerusalem/place", "ISR", true, false},
	{"id ketegangan laut china selatan", "id", "Ketegangan di Laut China Selatan meningkat sejak awal tahun.", "south-china-sea/place", "CHN", true, false},
	{"id semenanjung korea memanas", "id", "Situasi keamanan di Semenanjung Korea kembali memanas.", "korean-peninsula/place", "KOR PRK", true, false},
	{"id saxony bawah", "id", "Pabrik mobil di Saxony Bawah menghentikan produksi selama dua pekan.", "lower-saxony/place", "DEU", true, false},
	{"id kivu selatan", "id", "Banjir di Kivu Selatan menewaskan puluhan orang pekan lalu.", "south-kivu/place", "COD", true, false},
	{"id laut merah", "id", "Harga minyak naik setelah kapal tanker diserang di Laut Merah.", "red-sea/place", "", true, false},
	{"id australia selatan", "id", "Gelombang panas melanda Australia Selatan dan Wilayah Utara Australia.", "south-australia/place northern-territory/place", "AUS", true, false},
	{"id azerbaijan timur", "id", "Gempa bermagnitudo 5,6 mengguncang Provinsi Azerbaijan Timur pada Senin.", "east-azerbaijan/place", "AZE IRN", true, false},
	{"id kota gaza", "id", "Warga Kota Gaza mengantre air bersih sejak subuh.", "gaza-city/place", "", true, false},
	{"id jalur gaza", "id", "Distribusi bantuan di Jalur Gaza terhenti selama dua hari.", "gaza-strip/place", "", true, false},
	{"id georgia amerika", "id", "Ia lahir di Atlanta, Georgia, sebelum pindah ke Jakarta.", "atlanta/place georgia-us/place", "GEO", true, false},
	{"id jawa barat longsor", "id", "Longsor menimbun lima rumah di Kabupaten Bandung, Jawa Barat.", "kabupaten-bandung/place jawa-barat/place", "", true, false},
	{"id papua tengah intan jaya", "id", "Kontak tembak kembali terjadi di Intan Jaya, Papua Tengah, Rabu malam.", "intan-jaya/place papua-tengah/place", "PNG", true, false},
	// Places named after people: no person.
	{"id bandara soekarno hatta", "id", "Penumpang menumpuk di Bandara Soekarno-Hatta akibat penundaan penerbangan.", "soekarno-hatta-airport/place", "sukarno mohammad-hatta", true, false},
	{"id jalan jenderal sudirman", "id", "Kemacetan panjang terjadi di Jalan Jenderal Sudirman sejak pagi.", "", "sudirman jenderal-sudirman", true, false},
	{"id jalan soekarno hatta bandung", "id", "Seorang pengendara motor tewas tertabrak truk di Jalan Soekarno-Hatta, Kota Bandung.", "kota-bandung/place", "sukarno mohammad-hatta", true, false},
	{"id kota ho chi minh", "id", "Ia kini bekerja sebagai pemandu wisata di Kota Ho Chi Minh.", "ho-chi-minh-city/place", "VNM ho-chi-minh", true, false},
	{"id stadion gbk", "id", "Konser itu digelar di Stadion Gelora Bung Karno pada Sabtu malam.", "gelora-bung-karno/place", "sukarno", true, false},
	{"id bandara sultan hasanuddin", "id", "Pesawat itu mendarat darurat di Bandara Sultan Hasanuddin, Makassar.", "kota-makassar/place", "hasanuddin sultan-hasanuddin", true, false},
	{"id jalan gatot subroto", "id", "Antrean truk mengular di Jalan Gatot Subroto menuju pelabuhan.", "", "gatot-subroto", true, false},
	{"id bandara imam khomeini", "id", "Wartawan itu ditahan di Bandara Internasional Imam Khomeini setibanya dari Dubai.", "", "ruhollah-khomeini IRN", true, false},
	{"id pelabuhan soekarno hatta makassar", "id", "Kapal pesiar itu bersandar di Pelabuhan Soekarno-Hatta, Makassar.", "kota-makassar/place", "sukarno mohammad-hatta", true, false},
	{"id jalan diponegoro", "id", "Sebuah pohon tumbang menimpa mobil di Jalan Diponegoro, Kota Semarang.", "kota-semarang/place", "diponegoro", true, false},
	{"id bandara ngurah rai", "id", "Penyelundup narkoba ditangkap di Bandara I Gusti Ngurah Rai, Bali.", "bali/place", "i-gusti-ngurah-rai ngurah-rai", true, false},
	{"id jalan thamrin", "id", "Ribuan buruh berunjuk rasa di Jalan MH Thamrin menuntut kenaikan upah.", "", "mh-thamrin thamrin", true, false},
	{"id bandara ahmad yani", "id", "Jadwal penerbangan di Bandara Jenderal Ahmad Yani Semarang kembali normal.", "", "ahmad-yani", true, false},
	{"id nelson mandela bay", "id", "Banjir merendam permukiman di Nelson Mandela Bay sejak Kamis.", "nelson-mandela-bay/place", "nelson-mandela", true, false},
	// Streets, buildings, airports, ports, border crossings.
	{"id perlintasan rafah", "id", "Truk bantuan menunggu berhari-hari di perlintasan Rafah.", "rafah-crossing/place", "EGY PSE", true, false},
	{"id pos lintas batas entikong", "id", "Pos lintas batas Entikong ditutup sementara karena banjir.", "", "MYS IDN", true, false},
	{"id tanjung priok", "id", "Kapal tanker itu tertahan di Pelabuhan Tanjung Priok selama sepekan.", "", "", true, false},
	// known: "di Senayan" is most often the DPR itself ("fraksi di Senayan"), so Senayan stays the legislature after a preposition
	{"id depan gedung dpr", "id", "Ribuan mahasiswa berkumpul di depan Gedung DPR di Senayan.", "", "idn-dpr", true, true},
	{"id bandara dekai", "id", "Pesawat perintis itu tergelincir di Bandara Nop Goliat Dekai, Yahukimo.", "kabupaten-yahukimo/place", "", true, false},
	{"id terminal kampung rambutan", "id", "Ribuan pemudik memadati Terminal Kampung Rambutan sejak subuh.", "", "", true, false},
	// Islands.
	{"id nelayan natuna", "id", "Nelayan di Natuna mengeluhkan hasil tangkapan yang terus menurun.", "natuna/place", "", true, false},
	{"id pulau rempang", "id", "Warga Pulau Rempang menolak relokasi untuk proyek kawasan industri.", "", "", true, false},
	{"id kapal china natuna", "id", "Kapal Penjaga Pantai China kembali terlihat di perairan Natuna.", "chn-coast-guard natuna/place", "", false, false},
	{"id batam", "id", "Harga properti di Batam melonjak setelah pabrik baru dibuka.", "batam/place", "", true, false},
	{"id kepulauan senkaku", "id", "Kapal patroli terlihat di dekat Kepulauan Senkaku pada Minggu.", "senkaku-islands/place", "JPN CHN", true, false},
	// Conflict places.
	{"id pokrovsk pasukan rusia", "id", "Pasukan Rusia mengklaim telah merebut pinggiran Pokrovsk.", "RUS pokrovsk/place", "", false, false},
	{"id khan younis tenda", "id", "Serangan udara menghantam tenda pengungsi di Khan Younis.", "khan-younis/place", "", true, false},
	{"id el fasher mengungsi", "id", "Ribuan warga melarikan diri dari El Fasher setelah kota itu jatuh.", "el-fasher/place", "SDN", true, false},
	{"id goma kivu utara", "id", "Pertempuran kembali pecah di sekitar Goma, ibu kota Kivu Utara.", "goma/place north-kivu/place", "COD", true, false},
	{"id drone ukraina kursk", "id", "Drone Ukraina menyerang kilang minyak di wilayah Kursk.", "UKR kursk/place", "RUS", false, false},
	{"id kharkiv metro", "id", "Warga sipil di Kharkiv kembali berlindung di stasiun metro.", "kharkiv/place", "UKR", true, false},
	{"id port sudan bantuan", "id", "Bantuan kemanusiaan tertahan di Port Sudan selama berminggu-minggu.", "port-sudan/place", "SDN", true, false},
	{"id jabalia", "id", "Pengeboman di Jabalia menewaskan belasan orang pada Selasa.", "jabalia/place", "", true, false},
	{"id rakhine", "id", "Ribuan warga mengungsi dari Rakhine setelah pertempuran sengit.", "rakhine/place", "MMR", true, false},
	{"id avdiivka", "id", "Kota Avdiivka kini hampir rata dengan tanah.", "avdiivka/place", "", true, false},

	// English: capitals and cities after prepositions of place.
	{"en marched in washington", "en", "Protesters marched through the streets in Washington on Saturday.", "", "USA", true, false},
	{"en summit in tokyo", "en", "The summit will be held in Tokyo next month.", "", "JPN", true, false},
	{"en flights beijing moscow", "en", "Flights from Beijing to Moscow were cancelled because of fog.", "", "CHN RUS", true, false},
	{"en sirens across kyiv", "en", "Air raid sirens sounded across Kyiv for three hours.", "", "UKR", true, false},
	{"en snow in seoul", "en", "Heavy snow fell in Seoul overnight, disrupting flights.", "", "KOR", true, false},
	{"en mexico city quake", "en", "An earthquake shook Mexico City on Tuesday, sending residents into the streets.", "", "MEX", true, false},
	{"en kuwait city heat", "en", "Temperatures in Kuwait City topped 50 degrees Celsius on Monday.", "", "KWT", true, false},
	{"en rockets toward tel aviv", "en", "Sirens sounded in Tel Aviv as rockets were fired from the north.", "", "ISR", true, false},
	{"en dubai flights", "en", "Three flights from Dubai were diverted because of the storm.", "dubai/place", "ARE", true, false},
	{"en lived in cairo", "en", "She lived in Cairo for a decade before moving to Berlin.", "", "EGY DEU", true, false},
	{"en near rafah strike", "en", "Two people were killed in a drone strike near Rafah, medics said.", "rafah/place", "PSE", true, false},
	// English: capitals as agents.
	{"en washington imposed", "en", "Washington imposed new sanctions on Iranian oil exports.", "USA IRN", "", false, false},
	{"en beijing condemned", "en", "Beijing condemned the visit as a provocation.", "CHN", "", false, false},
	{"en london paris urged", "en", "London and Paris urged an immediate ceasefire.", "GBR FRA", "", false, false},
	{"en tehran vowed", "en", "Tehran vowed to retaliate for the strike on its consulate.", "IRN", "", false, false},
	{"en kyiv accused moscow", "en", "Kyiv accused Moscow of targeting energy infrastructure.", "UKR RUS", "", false, false},
	// English: regions with a state's name inside.
	{"en western australia bushfires", "en", "Bushfires forced evacuations in Western Australia.", "western-australia/place", "AUS", true, false},
	{"en new south wales floods", "en", "Floods swept through northern New South Wales this week.", "new-south-wales/place", "AUS GBR wales", true, false},
	{"en lower saxony plant", "en", "Volkswagen plans to cut jobs at its plant in Lower Saxony.", "volkswagen lower-saxony/place", "DEU", false, false},
	{"en northern ireland police", "en", "Police in Northern Ireland arrested three men after the riots.", "northern-ireland/place", "IRL", false, false},
	{"en west bank settler", "en", "Settler attacks in the West Bank have surged this year.", "west-bank/place", "", true, false},
	{"en east jerusalem eviction", "en", "Families in East Jerusalem face eviction from their homes.", "east-jerusalem/place", "ISR", true, false},
	{"en south china sea tension", "en", "Tensions in the South China Sea have risen since January.", "south-china-sea/place", "CHN", true, false},
	{"en korean peninsula missile", "en", "North Korea fired a ballistic missile off the Korean Peninsula's east coast.", "PRK korean-peninsula/place", "KOR", false, false},
	{"en north sumatra rain", "en", "Heavy rain flooded parts of North Sumatra.", "sumatera-utara/place", "", true, false},
	{"en south kalimantan landslide", "en", "A landslide buried homes in South Kalimantan.", "kalimantan-selatan/place", "", true, false},
	{"en new mexico wildfire", "en", "Wildfires in New Mexico destroyed hundreds of homes.", "new-mexico/place", "MEX", true, false},
	{"en atlanta georgia tornado", "en", "A tornado hit Atlanta, Georgia, on Sunday.", "atlanta/place georgia-us/place", "GEO", true, false},
	{"en east java volcano", "en", "Villagers fled as a volcano erupted in East Java.", "jawa-timur/place", "", true, false},
	{"en east nusa tenggara", "en", "Drought has hit farmers in East Nusa Tenggara.", "nusa-tenggara-timur/place", "TLS", true, false},
	{"en north darfur famine", "en", "Famine has spread across North Darfur, the UN said.", "north-darfur/place united-nations", "SDN", false, false},
	// English: places named after people.
	{"en soekarno hatta stranded", "en", "Passengers were stranded at Soekarno-Hatta International Airport.", "soekarno-hatta-airport/place", "sukarno mohammad-hatta", true, false},
	{"en ho chi minh city factory", "en", "The factory lies on the outskirts of Ho Chi Minh City.", "ho-chi-minh-city/place", "VNM", true, false},
	{"en jfk airport", "en", "The plane landed at John F. Kennedy International Airport after a bomb threat.", "", "john-f-kennedy", true, false},
	{"en imam khomeini airport", "en", "The journalist was detained at Imam Khomeini International Airport.", "", "ruhollah-khomeini IRN", true, false},
	{"en thamrin street", "en", "Protesters blocked Thamrin Street in central Jakarta.", "", "thamrin", true, false},
	{"en ben gurion airport", "en", "Several airlines suspended flights to Ben Gurion Airport.", "", "david-ben-gurion ben-gurion ISR", true, false},
	{"en nelson mandela bay", "en", "Floods cut water supplies in Nelson Mandela Bay.", "nelson-mandela-bay/place", "nelson-mandela", true, false},
	{"en queen alia airport", "en", "Flights resumed at Queen Alia International Airport in Amman.", "", "queen-alia JOR", true, false},
	// English: crossings, ports, buildings, islands.
	{"en rafah crossing trucks", "en", "Trucks queued at the Rafah crossing for a second week.", "rafah-crossing/place", "EGY", true, false},
	{"en entikong border post", "en", "Indonesia and Malaysia reopened the Entikong border post.", "IDN MYS", "", false, false},
	{"en natuna chinese vessels", "en", "Chinese vessels were spotted near the Natuna Islands.", "CHN natuna/place", "", false, false},
	{"en rempang island", "en", "Residents of Rempang Island rejected the relocation plan.", "", "", true, false},
	{"en red sea shipping", "en", "Shipping through the Red Sea has fallen by half.", "red-sea/place", "", true, false},
	{"en taiwan strait transit", "en", "The destroyer sailed through the Taiwan Strait on Thursday.", "taiwan-strait/place", "TWN", true, false},
	// English: conflict places.
	{"en khan younis troops", "en", "Israeli troops pushed deeper into Khan Younis overnight.", "ISR khan-younis/place", "", false, false},
	{"en pokrovsk russian forces", "en", "Russian forces captured two villages near Pokrovsk.", "RUS pokrovsk/place", "UKR", false, false},
	{"en rsf el fasher", "en", "The Rapid Support Forces seized El Fasher in October.", "rsf el-fasher/place", "SDN", false, false},
	{"en m23 goma", "en", "M23 rebels took control of Goma in January.", "m23 goma/place", "COD", false, false},
	{"en intan jaya clashes", "en", "Clashes broke out in Intan Jaya, Central Papua.", "intan-jaya/place papua-tengah/place", "PNG", true, false},
	{"en borno village", "en", "Gunmen attacked a village in Borno state.", "borno/place", "NGA", true, false},
	{"en goma hospitals", "en", "Hospitals in Goma are overwhelmed with wounded.", "goma/place", "COD", true, false},
	{"en kharkiv strike", "en", "A glide bomb hit a residential block in Kharkiv.", "kharkiv/place", "UKR", true, false},
	{"en jenin raid", "en", "The raid on the Jenin refugee camp lasted two days.", "jenin/place", "", true, false},
	// Second batch (annotated after the first rules, before the extractor ran on it).
	{"b2 id upacara di kremlin", "id", "Upacara penyambutan digelar di Kremlin pada Kamis malam.", "", "rus-presidency RUS", true, false},
	{"b2 id luar pentagon", "id", "Para jurnalis menunggu di luar Pentagon hingga larut malam.", "", "usa-defense-ministry", true, false},
	{"b2 id gedung kementerian pendidikan", "id", "Ratusan guru honorer berdemonstrasi di depan Gedung Kementerian Pendidikan.", "", "", true, false},
	{"b2 id gedung mahkamah agung", "id", "Wartawan menunggu di depan Gedung Mahkamah Agung sejak pagi.", "", "", true, false},
	{"b2 id gedung dprd jatim", "id", "Massa aksi membakar ban di depan Gedung DPRD Jawa Timur.", "jawa-timur/place", "", true, false},
	{"b2 id bandara raja abdulaziz", "id", "Jemaah haji Indonesia tiba di Bandara Internasional Raja Abdulaziz, Jeddah.", "IDN jeddah/place", "SAU", false, false},
	{"b2 id selat hormuz", "id", "Kapal tanker itu berlayar melewati Selat Hormuz menuju Laut Arab.", "strait-of-hormuz/place", "IRN", true, false},
	{"b2 id kepulauan seribu", "id", "Warga di Kepulauan Seribu terisolasi akibat gelombang tinggi.", "", "", true, false},
	{"b2 id prabowo sumatera barat", "id", "Presiden Prabowo Subianto meninjau lokasi banjir di Sumatera Barat.", "prabowo-subianto sumatera-barat/place", "", false, false},
	{"b2 id harga beras kupang", "id", "Harga beras di Kupang melonjak sejak awal bulan.", "kabupaten-kupang/place", "", true, false},
	{"b2 id asean kuala lumpur", "id", "Pertemuan para menteri luar negeri ASEAN digelar di Kuala Lumpur.", "asean", "MYS", false, false},
	{"b2 id pasukan israel kota gaza", "id", "Pasukan Israel menyerbu Kota Gaza dari arah utara.", "ISR gaza-city/place", "", false, false},
	{"b2 id ledakan zaporizhzhia", "id", "Ledakan terdengar di sekitar Zaporizhzhia sepanjang malam.", "zaporizhzhia/place", "UKR", true, false},
	{"b2 id aceh timur banjir", "id", "Banjir merendam ratusan rumah di Kabupaten Aceh Timur.", "kabupaten-aceh-timur/place", "", true, false},
	{"b2 id ibu kota nusantara", "id", "Pembangunan jalan tol di Ibu Kota Nusantara terus dikebut.", "", "idn-otorita-ikn", true, false},
	{"b2 id gubernur jateng banjarnegara", "id", "Gubernur Jawa Tengah meninjau lokasi longsor di Banjarnegara.", "jawa-tengah/place", "", true, false},
	// known: annotation: the project gives a meeting's heads of state their states as participants (IDN, RUS), which the row did not want
	{"b2 id prabowo putin kremlin", "id", "Prabowo bertemu Putin di Kremlin, Moskow.", "prabowo-subianto vladimir-putin", "rus-presidency", false, true},
	{"b2 id sumber di kremlin", "id", "Sumber di Kremlin menyebut pertemuan itu batal.", "rus-presidency", "", false, false},
	{"b2 en xi at the kremlin", "en", "Xi was welcomed at the Kremlin with a military band.", "xi-jinping", "rus-presidency", false, false},
	{"b2 en outside the pentagon", "en", "Journalists gathered outside the Pentagon after the announcement.", "", "usa-defense-ministry", true, false},
	{"b2 en pentagon officials said", "en", "Pentagon officials said the strike hit its target.", "usa-defense-ministry", "", false, false},
	{"b2 en sources in the kremlin", "en", "Sources in the Kremlin said Putin would not attend.", "rus-presidency vladimir-putin", "", false, false},
	{"b2 en pilgrims king abdulaziz", "en", "Pilgrims landed at King Abdulaziz International Airport in Jeddah.", "jeddah/place", "SAU", true, false},
	{"b2 en king khalid airport", "en", "The flight was diverted to King Khalid International Airport in Riyadh.", "", "SAU", true, false},
	{"b2 en sheikh zayed road", "en", "Traffic crawled along Sheikh Zayed Road in Dubai.", "dubai/place", "", true, false},
	{"b2 en supreme court building islamabad", "en", "Hundreds protested outside the Supreme Court building in Islamabad.", "", "PAK", true, false},
	{"b2 en rafah border crossing egypt", "en", "The convoy crossed into Egypt through the Rafah border crossing.", "EGY rafah-crossing/place", "", false, false},
	{"b2 en queensland nsw floods", "en", "Floods hit Queensland and northern New South Wales.", "queensland/place new-south-wales/place", "", true, false},
	// known: "Police in" a capital is the capital's state's police (MYS), as CAMEO codes it; the row wanted no state
	{"b2 en police in kuala lumpur", "en", "Police in Kuala Lumpur detained 12 people.", "", "MYS", true, true},
	{"b2 en gaza city fled", "en", "Residents of Gaza City fled south as tanks advanced.", "gaza-city/place", "", true, false},
	{"b2 en drones odesa port", "en", "Russian drones struck Odesa's port overnight.", "RUS odesa/place", "", false, false},
	{"b2 en mindanao quake", "en", "A magnitude 6.4 quake hit off the coast of Mindanao.", "mindanao/place", "", true, false},
	{"b2 en manipur troops", "en", "Troops were deployed in Manipur after ethnic clashes.", "manipur/place", "IND", true, false},
	{"b2 en scarborough shoal", "en", "The Philippine coast guard said Chinese ships blocked a boat near Scarborough Shoal.", "phl-coast-guard CHN scarborough-shoal/place", "", false, false},
	// Third batch (annotated after the second batch's rules, before the extractor ran on it).
	{"b3 id pasar saham seoul", "id", "Pasar saham Seoul ditutup melemah pada Jumat.", "", "KOR", true, false},
	{"b3 id bursa tokyo", "id", "Bursa Tokyo dibuka menguat setelah data inflasi dirilis.", "", "JPN", true, false},
	{"b3 en tokyo stock market", "en", "The Tokyo stock market closed lower on Friday.", "", "JPN", true, false},
	{"b3 en seoul bourse", "en", "The Seoul bourse rose 2 percent in early trade.", "", "KOR", true, false},
	{"b3 en beijing shares intelligence", "en", "Beijing shares intelligence with Moscow, the report said.", "CHN RUS", "", false, false},
	{"b3 en beijing residents", "en", "Beijing residents were told to stay indoors as sandstorms hit.", "", "CHN", true, false},
}

// TestPlaces3Grid runs places3GridRows: 131 of 133 passed before any
// rule, 132 after the rules for a body's building ("di depan Gedung
// Mahkamah Konstitusi"), a body's seat after a preposition ("bertemu di
// Kremlin", "at the Pentagon") and a place named after a sovereign ("Queen
// Alia International Airport"); of the second batch (34 rows, annotated
// after those rules, before the extractor ran on them) 29 passed, 31 after
// the regional body's building ("Gedung DPRD Jawa Timur") and "di luar",
// 32 after a sea's name after a preposition ("menuju Laut Arab"); of a
// third batch (6 rows on stock markets and a city's residents) 2 passed, 5
// after the stock market words: 169 of 173; 170 after market_heads
// ("Bursa Tokyo": the market; Indonesian economic news grid 39).
func TestPlaces3Grid(t *testing.T) {
	runPlaces3Rows(t, places3GridRows, 170, "2025-11-15")
}
