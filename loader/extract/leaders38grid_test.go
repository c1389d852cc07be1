package extract

import "testing"

// leaders38EnglishRows and leaders38IndonesianRows are the data audit grid
// of issue #12 (leaders38): sentences written for the test (made up in the
// style of present-day wire copy and Indonesian news, never copied from a
// data set) naming the heads of state and government, foreign and defence
// ministers of the G20, ASEAN, Timor-Leste, Papua New Guinea, Australia,
// New Zealand and the states most in the news as of late 2025, and the
// heads of the EU, UN, NATO, ASEAN, WHO, IMF and World Bank, with a title
// and a state ("Foreign Minister X of Y said", "Menteri Pertahanan Y X
// mengatakan") or by full name alone. Each row was annotated before the
// extractor ran on it; want ids are the gazetteer's ids of the person and
// the state named.
var leaders38EnglishRows = []wantRow{
	{name: "lavrov", text: "Foreign Minister Sergei Lavrov of Russia said the talks had stalled.", want: "sergei-lavrov/person RUS"},
	{name: "hegseth", text: "Defense Secretary Pete Hegseth of the United States said the deployment would continue.", want: "pete-hegseth/person USA"},
	{name: "dong jun", text: "China's Defence Minister Dong Jun said the army would stay vigilant.", want: "dong-jun/person CHN", known: true},
	{name: "jaishankar", text: "External Affairs Minister S. Jaishankar of India said the border was calm.", want: "s-jaishankar/person IND"},
	{name: "motegi", text: "Japanese Foreign Minister Toshimitsu Motegi said the government would raise the issue.", want: "toshimitsu-motegi/person JPN"},
	{name: "wadephul", text: "Foreign Minister Johann Wadephul of Germany said sanctions would stay in place.", want: "johann-wadephul/person DEU"},
	{name: "vautrin", text: "French Defence Minister Catherine Vautrin said the military budget would rise.", want: "catherine-vautrin/person FRA"},
	{name: "healey", text: "British Defence Secretary John Healey said the jets would arrive next year.", want: "john-healey/person GBR"},
	{name: "anand", text: "Canadian Foreign Minister Anita Anand said her country would send more aid.", want: "anita-anand/person CAN"},
	{name: "cho hyun", text: "South Korea's Foreign Minister Cho Hyun said the alliance remained strong.", want: "cho-hyun/person KOR"},
	{name: "fidan", text: "Turkish Foreign Minister Hakan Fidan said a ceasefire was within reach.", want: "hakan-fidan/person TUR"},
	{name: "lamola", text: "South African Foreign Minister Ronald Lamola said the summit would go ahead.", want: "ronald-lamola/person ZAF"},
	{name: "marles", text: "Australian Defence Minister Richard Marles said the submarines were on schedule.", want: "richard-marles/person AUS"},
	{name: "tkatchenko", text: "Papua New Guinea's Foreign Minister Justin Tkatchenko said the treaty would be signed soon.", want: "justin-tkatchenko/person/PNG PNG"},
	{name: "thongsavanh", text: "Foreign Minister Thongsavanh Phomvihane of Laos said the meeting had been productive.", want: "thongsavanh-phomvihane/person/LAO LAO"},
	{name: "donaciano", text: "Timor-Leste's Defence Minister Donaciano Gomes said the patrol boats had arrived.", want: "donaciano-gomes/person/TLS TLS"},
	{name: "teodoro", text: "Philippine Defense Secretary Gilberto Teodoro said the patrols would continue.", want: "gilberto-teodoro/person PHL"},
	{name: "sihasak", text: "Thai Foreign Minister Sihasak Phuangketkeow said the border talks would resume.", want: "sihasak-phuangketkeow/person THA"},
	{name: "sybiha", text: "Ukrainian Foreign Minister Andrii Sybiha said his country needed more air defence.", want: "andrii-sybiha/person UKR"},
	{name: "katz", text: "Israeli Defence Minister Israel Katz said the operation would expand.", want: "israel-katz/person ISR"},
	{name: "nasirzadeh", text: "Iran's Defence Minister Aziz Nasirzadeh said the missiles were ready.", want: "aziz-nasirzadeh/person IRN"},
	{name: "rajji", text: "Lebanese Foreign Minister Youssef Rajji said his government wanted calm.", want: "youssef-rajji/person LBN"},
	{name: "saqr", text: "Egyptian Defence Minister Abdel Mageed Saqr said the forces were prepared.", want: "abdel-mageed-saqr/person EGY"},
	{name: "khawaja asif", text: "Pakistan's Defence Minister Khawaja Asif said the country would respond.", want: "khawaja-muhammad-asif/person PAK"},
	{name: "touhid", text: "Bangladesh's foreign adviser Touhid Hossain said the talks were useful.", want: "touhid-hossain/person BGD"},
	{name: "padrino", text: "Venezuelan Defence Minister Vladimir Padrino López said troops were on alert.", want: "vladimir-padrino-lopez/person VEN"},
	{name: "tuggar", text: "Nigerian Foreign Minister Yusuf Tuggar said the meeting would be held next month.", want: "yusuf-tuggar/person NGA"},
	{name: "kao kim hourn alone", text: "Kao Kim Hourn said the bloc would meet again in October.", want: "kao-kim-hourn/person"},
	{name: "banga alone", text: "Ajay Banga said the lender would double its climate funding.", want: "ajay-banga/person"},
	{name: "rutte alone", text: "Mark Rutte said allies must spend more on defence.", want: "mark-rutte/person"},
	{name: "shaibani alone", text: "Asaad al-Shaibani said the government sought new ties with its neighbours.", want: "asaad-al-shaibani/person"},
	{name: "thongsavanh alone", text: "Thongsavanh Phomvihane said the Mekong talks would continue.", want: "thongsavanh-phomvihane/person/LAO"},
	{name: "tkatchenko surname", text: "Tkatchenko said the deal was good for both countries.", want: "justin-tkatchenko/person/PNG"},
	{name: "gomes title", text: "Defence Minister Gomes of Timor-Leste said the exercise would go ahead.", want: "donaciano-gomes/person/TLS TLS"},
	{name: "sihasak alone", text: "Sihasak Phuangketkeow said the border talks would resume.", want: "sihasak-phuangketkeow/person/THA"},
}

var leaders38IndonesianRows = []wantRow{
	{name: "belousov", text: "Menteri Pertahanan Rusia Andrei Belousov mengatakan pasukannya terus maju.", want: "andrei-belousov/person RUS"},
	{name: "rubio", text: "Menteri Luar Negeri Amerika Serikat Marco Rubio mengatakan perundingan masih berlangsung.", want: "marco-rubio/person USA"},
	{name: "takaichi", text: "Perdana Menteri Jepang Sanae Takaichi mengatakan pemerintahnya akan menaikkan anggaran pertahanan.", want: "sanae-takaichi/person JPN"},
	{name: "pistorius", text: "Menteri Pertahanan Jerman Boris Pistorius mengatakan wajib militer perlu dibahas.", want: "boris-pistorius/person DEU"},
	{name: "barrot", text: "Menteri Luar Negeri Prancis Jean-Noël Barrot mengatakan sanksi baru sedang disiapkan.", want: "jean-noel-barrot/person FRA"},
	{name: "cooper", text: "Menteri Luar Negeri Inggris Yvette Cooper mengatakan bantuan kemanusiaan harus segera masuk.", want: "yvette-cooper/person GBR"},
	{name: "crosetto", text: "Menteri Pertahanan Italia Guido Crosetto mengatakan kapal perang akan dikirim.", want: "guido-crosetto/person ITA"},
	{name: "vieira", text: "Menteri Luar Negeri Brasil Mauro Vieira mengatakan pertemuan itu berjalan baik.", want: "mauro-vieira/person BRA"},
	{name: "ahn gyu-back", text: "Menteri Pertahanan Korea Selatan Ahn Gyu-back mengatakan latihan gabungan tetap digelar.", want: "ahn-gyu-back/person KOR"},
	{name: "sjafrie", text: "Menteri Pertahanan Sjafrie Sjamsoeddin mengatakan anggaran pertahanan akan naik.", want: "sjafrie-sjamsoeddin/person"},
	{name: "faisal bin farhan", text: "Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan mengatakan gencatan senjata harus dihormati.", want: "faisal-bin-farhan/person SAU"},
	{name: "guler", text: "Menteri Pertahanan Turki Yaşar Güler mengatakan pasukannya siap membantu.", want: "yasar-guler/person TUR"},
	{name: "mohamad hasan", text: "Menteri Luar Negeri Malaysia Mohamad Hasan mengatakan pertemuan akan digelar bulan depan.", want: "mohamad-hasan/person MYS"},
	{name: "khaled nordin", text: "Menteri Pertahanan Malaysia Mohamed Khaled Nordin mengatakan kapal baru akan tiba.", want: "mohamed-khaled-nordin/person MYS"},
	{name: "prak sokhonn", text: "Menteri Luar Negeri Kamboja Prak Sokhonn mengatakan perbatasan kembali tenang.", want: "prak-sokhonn/person KHM"},
	{name: "chan chun sing", text: "Menteri Pertahanan Singapura Chan Chun Sing mengatakan kerja sama akan diperluas.", want: "chan-chun-sing/person SGP"},
	{name: "bui thanh son", text: "Menteri Luar Negeri Vietnam Bui Thanh Son mengatakan kedua negara sepakat.", want: "bui-thanh-son/person VNM"},
	{name: "thongsavanh", text: "Menteri Luar Negeri Laos Thongsavanh Phomvihane mengatakan pertemuan berjalan lancar.", want: "thongsavanh-phomvihane/person/LAO LAO"},
	{name: "donaciano", text: "Menteri Pertahanan Timor-Leste Donaciano Gomes mengatakan kapal patroli sudah tiba.", want: "donaciano-gomes/person/TLS TLS"},
	{name: "tkatchenko", text: "Menteri Luar Negeri Papua Nugini Justin Tkatchenko mengatakan perjanjian itu segera diteken.", want: "justin-tkatchenko/person/PNG PNG"},
	{name: "peters", text: "Menteri Luar Negeri Selandia Baru Winston Peters mengatakan kesepakatan itu kurang transparan.", want: "winston-peters/person NZL"},
	{name: "shmyhal", text: "Menteri Pertahanan Ukraina Denys Shmyhal mengatakan produksi drone meningkat.", want: "denys-shmyhal/person UKR"},
	{name: "saar", text: "Menteri Luar Negeri Israel Gideon Saar mengatakan pihaknya menolak usulan itu.", want: "gideon-saar/person ISR"},
	{name: "araghchi", text: "Menteri Luar Negeri Iran Abbas Araghchi mengatakan perundingan nuklir bisa dilanjutkan.", want: "abbas-araghchi/person IRN"},
	{name: "abu qasra", text: "Menteri Pertahanan Suriah Murhaf Abu Qasra mengatakan tentara baru sedang dibentuk.", want: "murhaf-abu-qasra/person SYR"},
	{name: "ishaq dar", text: "Menteri Luar Negeri Pakistan Ishaq Dar mengatakan pihaknya menginginkan perdamaian.", want: "muhammad-ishaq-dar/person PAK"},
	{name: "yvan gil", text: "Menteri Luar Negeri Venezuela Yván Gil mengatakan tuduhan itu tidak berdasar.", want: "yvan-gil/person VEN"},
	{name: "georgieva alone", text: "Kristalina Georgieva mengatakan pertumbuhan ekonomi global melambat.", want: "kristalina-georgieva/person"},
	{name: "tedros alone", text: "Tedros Adhanom Ghebreyesus mengatakan wabah itu belum berakhir.", want: "tedros-adhanom-ghebreyesus/person"},
	{name: "kallas alone", text: "Kaja Kallas mengatakan sanksi baru sedang disiapkan.", want: "kaja-kallas/person"},
	{name: "mustafa alone", text: "Mohammad Mustafa mengatakan pemerintahnya siap bekerja.", want: "mohammad-mustafa/person"},
	{name: "tkatchenko alone", text: "Justin Tkatchenko mengatakan perjanjian itu menguntungkan kedua negara.", want: "justin-tkatchenko/person/PNG"},
	{name: "donaciano alone", text: "Donaciano Gomes mengatakan latihan bersama akan digelar.", want: "donaciano-gomes/person/TLS"},
	{name: "tkatchenko title surname", text: "Menteri Luar Negeri Papua Nugini Tkatchenko mengatakan perjanjian itu sudah final.", want: "justin-tkatchenko/person/PNG PNG"},
	{name: "rajji alone", text: "Youssef Rajji mengatakan Lebanon menginginkan ketenangan.", want: "youssef-rajji/person/LBN LBN"},
}

// TestLeaders38Grid runs the English and Indonesian rows of the leaders38
// data audit grid.
func TestLeaders38Grid(t *testing.T) {
	t.Run("en", func(t *testing.T) { runWantGrid(t, "en", leaders38EnglishRows, 30) })
	t.Run("id", func(t *testing.T) { runWantGrid(t, "id", leaders38IndonesianRows, 30) })
}

// leaders38Batch2English and leaders38Batch2Indonesian are the second
// batch of the leaders38 grid, written and annotated after the data was
// added and before the extractor ran on them, to check that the added
// people are found in other forms (abbreviated titles, the surname alone,
// other states named beside them).
var leaders38Batch2English = []wantRow{
	{name: "b2 thongsavanh counterpart", text: "Laos' Foreign Minister Thongsavanh Phomvihane met his Thai counterpart on Monday.", want: "thongsavanh-phomvihane/person/LAO LAO THA"},
	{name: "b2 tkatchenko png", text: "PNG Foreign Minister Justin Tkatchenko said the Pacific needed stability.", want: "justin-tkatchenko/person/PNG PNG"},
	{name: "b2 donaciano timorese", text: "Timorese Defence Minister Donaciano Gomes met Australian officials.", want: "donaciano-gomes/person/TLS TLS AUS"},
	{name: "b2 chan chun sing", text: "Defence Minister Chan Chun Sing said Singapore would buy more fighter jets.", want: "chan-chun-sing/person SGP"},
	{name: "b2 menassa", text: "Lebanon's Defence Minister Michel Menassa said troops would deploy in the south.", want: "michel-menassa/person LBN"},
	{name: "b2 bendito", text: "Foreign Minister Bendito Freitas of Timor-Leste said membership of ASEAN was a milestone.", want: "bendito-freitas/person TLS asean"},
	{name: "b2 xanana", text: "Prime Minister Xanana Gusmão said the country was ready.", want: "xanana-gusmao/person/TLS"},
	{name: "b2 abdelatty", text: "Egypt's Foreign Minister Badr Abdelatty said the crossing must reopen.", want: "badr-abdelatty/person EGY"},
}

var leaders38Batch2Indonesian = []wantRow{
	{name: "b2 menlu thongsavanh", text: "Menlu Laos Thongsavanh Phomvihane bertemu Menlu Sugiono di Jakarta.", want: "thongsavanh-phomvihane/person/LAO LAO sugiono"},
	{name: "b2 menhan donaciano", text: "Menhan Timor Leste Donaciano Gomes mengunjungi Jakarta.", want: "donaciano-gomes/person/TLS TLS"},
	{name: "b2 tkatchenko asean", text: "Tkatchenko mengatakan Papua Nugini ingin bergabung dengan ASEAN.", want: "justin-tkatchenko/person/PNG PNG asean"},
	{name: "b2 bendito", text: "Menteri Luar Negeri Timor-Leste Bendito Freitas mengatakan negaranya siap.", want: "bendito-freitas/person TLS"},
	{name: "b2 marape", text: "Perdana Menteri Papua Nugini James Marape mengatakan perjanjian pertahanan dengan Australia sudah diteken.", want: "james-marape/person PNG AUS"},
	{name: "b2 teodoro", text: "Menteri Pertahanan Filipina Gilberto Teodoro mengatakan patroli akan ditingkatkan.", want: "gilberto-teodoro/person PHL"},
	{name: "b2 sihasak", text: "Menlu Thailand Sihasak Phuangketkeow mengatakan perundingan berlanjut.", want: "sihasak-phuangketkeow/person THA"},
	{name: "b2 kao kim hourn", text: "Sekretaris Jenderal ASEAN Kao Kim Hourn mengatakan Timor-Leste resmi menjadi anggota.", want: "kao-kim-hourn/person asean TLS"},
}

// TestLeaders38Batch2 runs the second batch of the leaders38 grid.
func TestLeaders38Batch2(t *testing.T) {
	t.Run("en", func(t *testing.T) { runWantGrid(t, "en", leaders38Batch2English, 8) })
	t.Run("id", func(t *testing.T) { runWantGrid(t, "id", leaders38Batch2Indonesian, 8) })
}
