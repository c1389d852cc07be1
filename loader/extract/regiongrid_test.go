package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// regionGridRows are sentences written for the region grid (made up in the
// style of Indonesian and English news, not taken from any data set) that
// name first-level regions of states other than Indonesia: provinces,
// states, prefectures, governorates. A region is a place (where something
// happens), never the state acting and never a person. Each row gives the
// actors that are no place, exactly (want, space-separated ids: the
// gazetteer's id, a state's alpha-3, else the slug of the name), and the
// ids of regions that must be found as places (places). The rows cross
// regions after prepositions and words for a region, regions as the
// subject of a sentence (still no state actor), regions inside longer
// names (a university, an army, a club, a strait) and look-alike traps
// (ordinary words, given names, demonyms that equal a region's name).
// Written, with their annotation, before the extractor was run on them.
var regionGridRows = []struct{ lang, text, want, places string }{
	// Regions as places after prepositions, Indonesian.
	{"id", "Banjir besar merendam ratusan rumah di Sabah sejak Senin.", "", "sabah"},
	{"id", "Kebakaran hutan meluas di Sarawak dan asapnya terbawa hingga Kalimantan Barat.", "", "sarawak"},
	{"id", "Polisi menangkap tiga tersangka penyelundupan narkoba di Johor pada Selasa malam.", "", "johor"},
	{"id", "Gempa bermagnitudo 6,1 mengguncang Sichuan pada Rabu dini hari.", "", "sichuan"},
	{"id", "Pabrik baterai itu akan dibangun di Guangdong dengan nilai investasi 2 miliar dolar.", "", "guangdong"},
	{"id", "Topan Khanun bergerak menuju Okinawa dengan kecepatan angin 180 kilometer per jam.", "", "okinawa"},
	{"id", "Salju lebat menutup sejumlah jalan di Hokkaido selama akhir pekan.", "", "hokkaido"},
	{"id", "Pertempuran sengit dilaporkan terjadi di wilayah Sagaing, Myanmar.", "MMR", "sagaing"},
	{"id", "Ribuan warga mengungsi dari Negara Bagian Shan setelah serangan udara militer.", "", "shan"},
	{"id", "Bentrokan bersenjata pecah di Kachin dekat perbatasan dengan China.", "CHN", "kachin"},
	{"id", "Pasukan federal Ethiopia bertempur melawan milisi Fano di Amhara.", "ETH", "amhara"},
	{"id", "Kelaparan mengancam jutaan orang di Kordofan Selatan, menurut PBB.", "united-nations", "south-kordofan"},
	{"id", "Sisa-sisa kuburan massal ditemukan di Nineveh, Irak utara.", "IRQ", "nineveh"},
	{"id", "Serangan bom bunuh diri menewaskan lima orang di Anbar.", "", "anbar"},
	{"id", "Taliban memperluas penanaman opium di Helmand.", "taliban", "helmand"},
	{"id", "Kekerasan antarkartel kembali meningkat di Sinaloa sepanjang tahun ini.", "", "sinaloa"},
	{"id", "Ribuan migran berjalan kaki dari Chiapas menuju perbatasan Amerika Serikat.", "USA", "chiapas"},
	{"id", "Boko Haram menyerang sebuah desa di Borno, Nigeria timur laut.", "boko-haram NGA", "borno"},
	{"id", "M23 merebut kota Goma di Kivu Utara pada Januari.", "m23", "north-kivu"},
	{"id", "Wabah kolera menyebar di Ituri, timur Republik Demokratik Kongo.", "COD", "ituri"},
	{"id", "Tentara Israel menggerebek sejumlah rumah di Hebron dan Nablus.", "ISR", "hebron nablus"},
	{"id", "Houthi melancarkan serangan baru ke Marib pada Kamis.", "houthis", "marib"},
	{"id", "Sebuah ledakan mengguncang pelabuhan di Aden, Yaman selatan.", "YEM", "aden"},
	{"id", "Operasi kontraterorisme digelar di Dagestan, Rusia selatan.", "RUS", "dagestan"},
	{"id", "Petani di Punjab memblokade jalan raya untuk memprotes harga gandum.", "", "punjab"},
	{"id", "Pemilu regional di Catalonia akan digelar pada Mei.", "", "catalonia"},
	{"id", "Sekolah-sekolah di Skotlandia ditutup akibat badai.", "", "scotland"},
	{"id", "Kunjungan kenegaraan itu berlanjut ke Bavaria pada hari kedua.", "", "bavaria"},
	{"id", "Banjir bandang melanda Kelantan dan Terengganu setelah hujan tiga hari.", "", "kelantan terengganu"},
	{"id", "Kapal nelayan asal Aceh ditahan di perairan Penang.", "", "penang"},
	{"id", "Wisatawan Indonesia banyak berlibur ke Queensland dan Australia Barat.", "", "queensland western-australia"},
	{"id", "Kekerasan separatis kembali terjadi di Pattani, Thailand selatan.", "THA", "pattani"},
	{"id", "Warga Indonesia di Bobonaro dan Covalima diminta berhati-hati.", "", "bobonaro covalima"},
	{"id", "Longsor menewaskan puluhan orang di Enga, Papua Nugini.", "PNG", "enga"},
	{"id", "Gencatan senjata di Bougainville terus dipantau.", "", "bougainville"},
	{"id", "Militer Filipina melancarkan operasi terhadap kelompok bersenjata di Sulu dan Basilan.", "PHL", "sulu basilan"},
	{"id", "Kebakaran hutan melanda Xinjiang dan Tibet selama musim panas.", "", "xinjiang tibet"},
	{"id", "Angin topan merusak ribuan rumah di Sindh dan Balochistan.", "", "sindh balochistan"},
	// Regions as places after prepositions, English.
	{"en", "Heavy flooding hit Sabah on Monday, forcing thousands from their homes.", "", "sabah"},
	{"en", "Police in Johor arrested four men suspected of smuggling migrants.", "", "johor"},
	{"en", "A magnitude 6.8 earthquake struck Sichuan early on Wednesday.", "", "sichuan"},
	{"en", "The typhoon is expected to make landfall in Okinawa on Friday.", "", "okinawa"},
	{"en", "Heavy fighting was reported in Sagaing, where resistance forces hold several towns.", "", "sagaing"},
	{"en", "Clashes between the army and Fano militias continued in Amhara.", "", "amhara"},
	{"en", "Militants killed at least 12 soldiers in Helmand, officials said.", "", "helmand"},
	{"en", "Cartel violence in Sinaloa has displaced thousands of families.", "", "sinaloa"},
	{"en", "The rebels advanced toward Goma, the capital of North Kivu.", "", "north-kivu"},
	{"en", "Israeli troops raided homes in Nablus and Hebron overnight.", "", "nablus hebron"},
	{"en", "Fighting around Marib has intensified since the truce collapsed.", "", "marib"},
	{"en", "Gunmen opened fire on a police checkpoint in Dagestan.", "", "dagestan"},
	{"en", "Farmers in Punjab burned crop stubble despite a ban.", "", "punjab"},
	{"en", "Voters in Scotland go to the polls in May.", "", "scotland"},
	{"en", "The carmaker employs 40,000 people in Bavaria.", "", "bavaria"},
	{"en", "Wildfires spread across Catalonia and Andalusia.", "", "catalonia andalusia"},
	{"en", "Floods in Kordofan and Darfur have cut off aid routes.", "", "darfur"},
	{"en", "Aid convoys reached Ituri after weeks of delays.", "", "ituri"},
	{"en", "A bomb exploded at a market in Borno state on Tuesday.", "", "borno"},
	{"en", "Residents of Anbar province returned to their homes.", "", "anbar"},
	{"en", "Heavy snow closed roads across Hokkaido.", "", "hokkaido"},
	{"en", "Drought has hit Rajasthan and Gujarat hardest.", "", "rajasthan gujarat"},
	{"en", "Protesters rallied in Lombardy and Piedmont against the reform.", "", "lombardy piedmont"},
	{"en", "Separatist rebels attacked a bus in Balochistan.", "", "balochistan"},
	// Regions as the subject: a place, never the state acting, never a person.
	{"id", "Sabah mencatat lonjakan kasus demam berdarah bulan ini.", "", "sabah"},
	{"id", "Sarawak mengekspor listrik ke Kalimantan Barat sejak 2016.", "", "sarawak"},
	{"id", "Sichuan menjadi penghasil babi terbesar di China.", "CHN", "sichuan"},
	{"id", "Okinawa menampung sebagian besar pangkalan militer Amerika Serikat di Jepang.", "USA JPN", "okinawa"},
	{"id", "Guangdong menyumbang lebih dari sepersepuluh ekonomi China.", "CHN", "guangdong"},
	{"id", "Johor bersiap menyambut jalur kereta cepat ke Singapura.", "SGP", "johor"},
	{"en", "Sabah welcomed a record 3 million tourists last year.", "", "sabah"},
	{"en", "Sarawak says it will build its own hydrogen plant.", "", "sarawak"},
	{"en", "Guangdong accounts for a tenth of China's economy.", "CHN", "guangdong"},
	{"en", "Bavaria has long resisted federal plans on wind power.", "", "bavaria"},
	{"en", "Catalonia held an unauthorized independence referendum in 2017.", "", "catalonia"},
	{"en", "Punjab has declared a heatwave emergency.", "", "punjab"},
	{"en", "Scotland will hold another vote on independence, the first minister said.", "", "scotland"},
	{"en", "Dagestan has seen repeated attacks on police.", "", "dagestan"},
	{"en", "Kachin has been the scene of fierce fighting since 2011.", "", "kachin"},
	// Regions inside longer names.
	{"id", "Tentara Kemerdekaan Kachin mengklaim merebut pos militer di dekat Bhamo.", "kachin-independence-army", ""},
	{"en", "The Kachin Independence Army said it had captured a border post.", "kachin-independence-army", ""},
	{"en", "Fighters of the Arakan Army seized a town in Rakhine.", "arakan-army", "rakhine"},
	{"id", "Kapal tanker itu dibajak di Teluk Aden.", "", "gulf-of-aden"},
	{"en", "The Sinaloa Cartel has split into rival factions.", "sinaloa-cartel", ""}, // the cartel, no place: an armed group since bodies_world.jsonl
	{"id", "Universitas Punjab menunda ujian akhir semester.", "", ""},
	{"en", "Hokkaido University researchers published the study on Monday.", "", ""},
	{"id", "Kapal feri itu menyeberangi Selat Johor menuju Singapura.", "", ""},
	// A company's name that opens with its region (added with the rule that keeps the region in the name).
	{"id", "Saham Jiangsu Hengrui Medicine Co. Ltd. melonjak delapan persen pada Senin.", "jiangsu-hengrui-medicine", ""},
	{"en", "Guangdong Investment Ltd said its annual profit rose 4 percent.", "guangdong-investment", ""},
	// A region named for a neighbouring state (added in stop 27 with the
	// names, as regressions): Iran's provinces are no Azerbaijan.
	{"en", "An earthquake struck East Azerbaijan province in northwestern Iran.", "IRN", "east-azerbaijan"},
	{"id", "Gempa mengguncang Provinsi Azerbaijan Barat di barat laut Iran.", "IRN", "west-azerbaijan"},
	{"id", "Pabrik mobil itu berada di Saxony Bawah, Jerman.", "DEU", "lower-saxony"},
	// Look-alike traps: ordinary words, given names, demonyms.
	{"id", "Harga perak naik tipis di pasar logam mulia.", "", ""},
	{"id", "Perak dan emas menjadi incaran investor saat pasar bergejolak.", "", ""},
	{"en", "Delta flights resumed after the storm passed.", "", ""},
	{"en", "The plateau in prices surprised analysts.", "", ""},
	{"en", "Somali pirates hijacked a cargo ship off the Horn of Africa.", "", ""},
	{"en", "Central bankers met in Basel this week.", "", ""},
	{"en", "Victoria Beckham launched a new fashion line in London.", "victoria-beckham", ""},
	{"en", "Northern and Western leaders disagreed on the plan.", "", ""},
}

// regionGridKnown are rows of regionGridRows the extractor still fails;
// none for a region: each names its regions as places and no state for
// them, and fails on another actor the annotation did not foresee.
var regionGridKnown = []string{
	// a militia's name (Fano) is an actor the annotation left out
	"Pasukan federal Ethiopia bertempur melawan milisi Fano di Amhara.",
	"Clashes between the army and Fano militias continued in Amhara.",
	// a state's army (Tentara Israel, Militer Filipina, pangkalan militer Amerika Serikat) is its military body
	"Tentara Israel menggerebek sejumlah rumah di Hebron dan Nablus.",
	"Militer Filipina melancarkan operasi terhadap kelompok bersenjata di Sulu dan Basilan.",
	"Okinawa menampung sebagian besar pangkalan militer Amerika Serikat di Jepang.",
	// a demonym or a state named in passing is an actor the annotation left out
	"Wisatawan Indonesia banyak berlibur ke Queensland dan Australia Barat.",
	"Warga Indonesia di Bobonaro dan Covalima diminta berhati-hati.",
	"Israeli troops raided homes in Nablus and Hebron overnight.",
	"Kapal feri itu menyeberangi Selat Johor menuju Singapura.",
	"Somali pirates hijacked a cargo ship off the Horn of Africa.",
	// a university is an organization the annotation left out
	"Universitas Punjab menunda ujian akhir semester.",
	// a company's name after a capitalized sentence-opening word (Saham) is not read as a name
	"Saham Jiangsu Hengrui Medicine Co. Ltd. melonjak delapan persen pada Senin.",
}

// TestRegionGrid checks regionGridRows: the text's actors that are no place
// must be exactly want, and each id of places must be a place actor.
func TestRegionGrid(t *testing.T) {
	x := extractor(t)
	texts := map[string]bool{}
	for _, c := range regionGridRows {
		if texts[c.text] {
			t.Errorf("row %q twice", c.text)
		}
		texts[c.text] = true
	}
	for _, k := range regionGridKnown {
		if !texts[k] {
			t.Errorf("known failure %q is no row", k)
		}
	}
	pass := 0
	for _, c := range regionGridRows {
		t.Run(c.text, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang, Published: "2024-06-01"})
			if err != nil {
				t.Fatal(err)
			}
			var got, places []string
			for _, a := range d.Actors {
				if a.Kind == facts.KindPlace {
					places = append(places, a.ID)
				} else {
					got = append(got, a.ID)
				}
			}
			slices.Sort(got)
			got = slices.Compact(got)
			w := strings.Fields(c.want)
			slices.Sort(w)
			ok := slices.Equal(got, w)
			var missing []string
			for _, p := range strings.Fields(c.places) {
				if !slices.Contains(places, p) {
					missing = append(missing, p)
				}
			}
			ok = ok && len(missing) == 0
			known := slices.Contains(regionGridKnown, c.text)
			switch {
			case ok && known:
				t.Errorf("known failure passes now (got %v, places %v): take it off regionGridKnown", got, places)
			case !ok && !known:
				t.Errorf("got %v, want %v; places %v, missing %v", got, w, places, missing)
			}
			if ok {
				pass++
			}
		})
	}
	t.Logf("%d of %d rows pass, %d known failures", pass, len(regionGridRows), len(regionGridKnown))
}
