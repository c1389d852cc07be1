package extract

import "testing"

// TestUSPoliticsGrid checks present-day (2024–2026) news of United States
// politics and government: the Trump administration's secretaries and
// agency heads, federal agencies (DOJ, DHS, ICE, CBP, FBI, CIA, the
// Pentagon, the State Department, Treasury, Commerce, USTR, FEMA, CDC,
// FDA, DOGE, USAID, the Fed), Congress and its leaders, the Supreme Court,
// governors and mayors, and the two parties, in Indonesian and English, on
// sentences written for the test in the style of wire copy and Indonesian
// news, never copied from a data set, and annotated before the extractor
// ran on them. About one row in five is a trap: a US state that is only
// the place (Texas, California), "Georgia" the US state, Washington the
// city, the White House as a building, a party's name that is only an
// adjective. A row marked known is a known failure: the test fails when it
// starts passing.
//
// Before the rules and data of this grid (06d97bb): 47 of 63 Indonesian
// rows and 53 of 65 English rows pass (100 of 128). After the data (FEMA,
// Customs and Border Protection and DOGE in bodies_g20.jsonl, with their
// Indonesian names): 50 of 63 and 59 of 65 (109 of 128); after the rule
// that a state's name after a gazetteer city and a comma is the
// same-named place in the city's country ("Atlanta, Georgia"): 51 of 63
// and 61 of 66 (112 of 129, with one regression row); after Harvard,
// Columbia, Yale and Stanford in universities.jsonl: 52 of 63 and 63 of
// 68 (115 of 131, with two more rows); after the rule that a body's name
// after a word of a building's grounds ("outside the White House",
// "gerbang Gedung Putih") is the building: 54 of 64 and 65 of 69 (119 of
// 133, with two more rows). The rows still
// marked known say why: most are the dev sets' design (a body's state is
// listed too) or states the annotation left out; the rest are bare
// "Senate", "House", "Supreme Court", "Garda Nasional", which need the
// article's state.
func TestUSPoliticsGrid(t *testing.T) {
	t.Run("id", func(t *testing.T) { runNameGrid(t, usGridIDRows, 60) })
	t.Run("en", func(t *testing.T) { runWireGrid(t, extractor(t), usGridENRows, "2025-09-01") })
}

// usGridIDRows are the Indonesian rows (expertRowProblems: every state
// and person the row gives must be wanted).
var usGridIDRows = []nameGridRow{
	// Cabinet and White House.
	// Known: annotation left out Indonesia's foreign minister Sugiono, whom the extractor rightly gives.
	{"menlu rubio", "Menteri Luar Negeri AS Marco Rubio bertemu Menlu Sugiono di Washington pada Selasa.", "marco-rubio USA", "", false, true},
	{"menhan hegseth", "Menteri Pertahanan AS Pete Hegseth memerintahkan pengerahan kapal perang ke Laut Karibia.", "pete-hegseth USA", "", false, false},
	{"menkeu bessent", "Menteri Keuangan AS Scott Bessent mengatakan perundingan tarif dengan China berjalan konstruktif.", "scott-bessent USA CHN", "", false, false},
	{"mendag lutnick", "Menteri Perdagangan AS Howard Lutnick mengancam tarif tambahan bagi semikonduktor impor.", "howard-lutnick USA", "", false, false},
	{"noem dhs", "Menteri Keamanan Dalam Negeri AS Kristi Noem membela penggerebekan imigran di Los Angeles.", "kristi-noem USA", "", false, false},
	{"jaksa agung bondi", "Jaksa Agung AS Pam Bondi mengumumkan dakwaan terhadap mantan pejabat intelijen.", "pam-bondi USA", "", false, false},
	{"direktur fbi patel", "Direktur FBI Kash Patel mengatakan penyelidikan penembakan itu masih berlangsung.", "kash-patel usa-fbi", "", false, false},
	{"gabbard dni", "Direktur Intelijen Nasional AS Tulsi Gabbard mencabut izin keamanan puluhan pejabat.", "tulsi-gabbard USA", "", false, false},
	// Known: annotation left out Israel, the place of the visit, which the dev design lists.
	{"ratcliffe cia", "Direktur CIA John Ratcliffe mengunjungi Israel untuk membahas program nuklir Iran.", "john-ratcliffe usa-cia IRN", "", false, true},
	{"rfk menkes", "Menteri Kesehatan AS Robert F. Kennedy Jr. memecat seluruh anggota panel vaksin CDC.", "robert-f-kennedy-jr USA", "", false, false},
	{"wapres vance", "Wakil Presiden AS JD Vance mengkritik kebijakan imigrasi Eropa dalam pidatonya di Munich.", "jd-vance USA", "", false, false},
	{"leavitt juru bicara", "Juru bicara Gedung Putih Karoline Leavitt mengatakan presiden akan menandatangani perintah eksekutif itu.", "karoline-leavitt usa-presidency", "", false, false},
	{"witkoff utusan", "Utusan khusus AS Steve Witkoff tiba di Moskow untuk bertemu Presiden Rusia Vladimir Putin.", "steve-witkoff USA vladimir-putin RUS", "", false, false},
	{"greer ustr", "Perwakilan Dagang AS Jamieson Greer menyatakan tarif 19 persen untuk Indonesia sudah final.", "jamieson-greer USA IDN", "", false, false},
	{"trump presiden", "Presiden AS Donald Trump menandatangani perintah eksekutif tentang tarif resiprokal.", "donald-trump USA", "", false, false},
	{"trump tanpa gelar", "Trump mengancam akan mengenakan tarif 100 persen terhadap film buatan luar negeri.", "donald-trump", "", false, false},
	{"waltz pbb", "Duta Besar AS untuk PBB Mike Waltz menyerukan gencatan senjata di Gaza.", "mike-waltz USA united-nations", "", false, false},
	{"wiles kepala staf", "Kepala Staf Gedung Putih Susie Wiles jarang tampil di depan publik.", "susie-wiles usa-presidency", "", false, false},
	// Agencies.
	{"dhs agency", "Departemen Keamanan Dalam Negeri AS menangguhkan program pengungsi dari sejumlah negara.", "usa-dhs", "", false, false},
	{"ice agency", "Badan Imigrasi dan Bea Cukai AS (ICE) menahan lebih dari 500 orang dalam operasi di Chicago.", "usa-ice", "", false, false},
	{"ice acronym", "Petugas ICE menangkap seorang mahasiswa asing di depan asramanya.", "usa-ice", "", false, false},
	{"fbi agency", "Biro Investigasi Federal (FBI) menggeledah rumah mantan penasihat keamanan nasional itu.", "usa-fbi", "", false, false},
	{"cia agency", "Badan Intelijen Pusat AS (CIA) memangkas ratusan pegawai baru.", "usa-cia", "", false, false},
	// Known: design: the state of a body that is the source is listed too (USA).
	{"pentagon", "Pentagon mengumumkan pengiriman sistem rudal Patriot tambahan ke Ukraina.", "usa-defense-ministry UKR", "", false, true},
	{"departemen luar negeri as", "Departemen Luar Negeri AS mencabut visa ratusan pelajar asing.", "usa-foreign-ministry", "", false, false},
	// Known: design: the body's state is listed too (USA).
	{"kementerian keuangan as", "Kementerian Keuangan AS menjatuhkan sanksi terhadap jaringan pengiriman minyak Iran.", "usa-treasury IRN", "", false, true},
	// Known: design: the body's state is listed too (USA).
	{"departemen kehakiman", "Departemen Kehakiman AS menggugat negara bagian California atas undang-undang pemilu.", "usa-justice-ministry", "", false, true},
	{"the fed", "Bank sentral AS, Federal Reserve, memangkas suku bunga acuan sebesar 25 basis poin.", "usa-central-bank", "", false, false},
	{"the fed singkat", "The Fed mempertahankan suku bunga di kisaran 4,25-4,5 persen.", "usa-central-bank", "", false, false},
	{"powell", "Gubernur The Fed Jerome Powell menolak tekanan Trump untuk menurunkan suku bunga.", "jerome-powell usa-central-bank donald-trump", "", false, false},
	{"fema", "Badan Penanggulangan Bencana Federal AS (FEMA) dikritik lamban menangani banjir di Texas.", "usa-fema", "", false, false},
	{"doge", "Departemen Efisiensi Pemerintah (DOGE) yang dipimpin Elon Musk memangkas ribuan pegawai federal.", "usa-doge elon-musk", "", false, false},
	{"usaid", "Penutupan USAID menghentikan bantuan kesehatan di puluhan negara.", "usa-usaid", "", false, false},
	{"cdc", "Pusat Pengendalian dan Pencegahan Penyakit AS (CDC) melaporkan lonjakan kasus campak.", "usa-cdc", "", false, false},
	{"fda", "Badan Pengawas Obat dan Makanan AS (FDA) menyetujui obat baru untuk Alzheimer.", "usa-fda", "", false, false},
	{"cbp", "Badan Perlindungan Bea Cukai dan Perbatasan AS (CBP) mencatat penurunan penyeberangan ilegal.", "usa-cbp", "", false, false},
	// Known: annotation left out China, which the sentence names.
	{"kemendag as", "Departemen Perdagangan AS memasukkan lima perusahaan China ke daftar hitam ekspor.", "usa-commerce-department", "", false, true},
	// Congress, courts, governors.
	{"ketua dpr johnson", "Ketua DPR AS Mike Johnson menunda pemungutan suara soal anggaran.", "mike-johnson usa-house", "", false, false},
	{"senat as", "Senat AS mengesahkan rancangan undang-undang pendanaan sementara untuk mengakhiri penutupan pemerintahan.", "usa-senate", "", false, false},
	{"kongres as", "Kongres AS belum menyepakati anggaran pertahanan tahun depan.", "usa-congress", "", false, false},
	// Known: bare Senat after a leader's title is not read as the US Senate (ambiguous without a state).
	{"thune", "Pemimpin Mayoritas Senat John Thune mengatakan pemungutan suara akan digelar pekan depan.", "john-thune usa-senate", "", false, true},
	// Known: bare Senat after a leader's title is not read as the US Senate (ambiguous without a state).
	{"schumer", "Pemimpin Minoritas Senat Chuck Schumer menuding Partai Republik menyandera anggaran.", "chuck-schumer usa-senate us-republican-party", "", false, true},
	{"mahkamah agung", "Mahkamah Agung AS mengizinkan pemerintah melanjutkan deportasi ke negara ketiga.", "usa-supreme-court", "", false, false},
	{"roberts", "Ketua Mahkamah Agung AS John Roberts menegur presiden yang menyerang hakim federal.", "john-roberts usa-supreme-court", "", false, false},
	// Known: bare Garda Nasional is ambiguous (Ukraine's, Iraq's); Trump's title gives USA.
	{"newsom", "Gubernur California Gavin Newsom menggugat pemerintahan Trump atas pengerahan Garda Nasional.", "gavin-newsom donald-trump usa-national-guard", "", false, true},
	{"abbott", "Gubernur Texas Greg Abbott menandatangani peta daerah pemilihan baru.", "greg-abbott", "", false, false},
	{"desantis", "Gubernur Florida Ron DeSantis membuka pusat penahanan imigran di kawasan Everglades.", "ron-desantis", "", false, false},
	{"mamdani", "Wali Kota New York terpilih Zohran Mamdani berjanji membekukan sewa apartemen.", "zohran-mamdani", "", false, false},
	{"partai demokrat as", "Partai Demokrat AS memenangi pemilihan gubernur di Virginia dan New Jersey.", "us-democratic-party", "", false, false},
	{"partai republik", "Partai Republik mempertahankan mayoritas tipis di DPR AS.", "us-republican-party usa-house", "", false, false},
	{"jeffries", "Pemimpin Minoritas DPR AS Hakeem Jeffries menolak rancangan anggaran itu.", "hakeem-jeffries usa-house", "", false, false},
	// Known: bare Garda Nasional is ambiguous without a state.
	{"garda nasional", "Garda Nasional dikerahkan ke Washington untuk menekan angka kejahatan.", "usa-national-guard", "", false, true},
	// Traps.
	{"texas banjir", "Banjir bandang di Texas menewaskan lebih dari 100 orang pada Juli.", "", "", true, false},
	{"california kebakaran", "Kebakaran hutan di California selatan menghanguskan ribuan rumah.", "", "", true, false},
	{"georgia negara bagian", "Warga Atlanta, Georgia, mengantre panjang untuk memberikan suara lebih awal.", "", "GEO", true, false},
	{"washington kota", "Ribuan orang berunjuk rasa di Washington menentang pemangkasan anggaran.", "", "", true, false},
	{"gedung putih bangunan", "Sebuah mobil menabrak gerbang Gedung Putih pada Sabtu malam tanpa korban jiwa.", "", "", true, false},
	{"gedung putih bertindak", "Gedung Putih menolak berkomentar soal laporan di luar negeri itu.", "usa-presidency", "", false, false},
	{"universitas harvard", "Mahasiswa Universitas Harvard berunjuk rasa di halaman kampus.", "harvard-university", "USA", false, false},
	{"new york times", "Menurut laporan The New York Times, perundingan itu berlangsung alot.", "", "USA", false, false},
	{"florida liburan", "Ia menghabiskan liburan musim dingin di Florida bersama keluarganya.", "", "", true, false},
	{"demokratis bukan partai", "Pemilu yang demokratis menjadi syarat utama pencairan bantuan.", "", "us-democratic-party", true, false},
	{"ohio kelahiran", "Penyanyi kelahiran Ohio itu menggelar konser di Jakarta.", "", "", true, false},
	{"kementerian pertahanan ri", "Kementerian Pertahanan menandatangani kontrak pembelian jet tempur Rafale.", "", "usa-defense-ministry", false, false},
}

// usGridENRows are the English rows.
var usGridENRows = []wireGridRow{
	// Cabinet and White House.
	{"rubio", "Secretary of State Marco Rubio said on Tuesday that talks with Kyiv had been productive.", []string{"marco-rubio/person"}, nil, false, false},
	{"hegseth war", "Secretary of War Pete Hegseth ordered the strike on a vessel off Venezuela.", []string{"pete-hegseth/person"}, nil, false, false},
	{"bessent", "Treasury Secretary Scott Bessent said the administration would not extend the tariff pause.", []string{"scott-bessent/person"}, nil, false, false},
	{"lutnick", "Commerce Secretary Howard Lutnick told reporters that chip tariffs were coming soon.", []string{"howard-lutnick/person"}, nil, false, false},
	{"noem", "Homeland Security Secretary Kristi Noem defended the raids in Chicago.", []string{"kristi-noem/person"}, nil, false, false},
	{"bondi", "Attorney General Pam Bondi fired several prosecutors who had worked on the cases.", []string{"pam-bondi/person"}, nil, false, false},
	{"patel", "FBI Director Kash Patel said agents had arrested a suspect in Utah.", []string{"kash-patel/person", "usa-fbi"}, nil, false, false},
	{"gabbard", "Director of National Intelligence Tulsi Gabbard revoked the security clearances of 37 officials.", []string{"tulsi-gabbard/person"}, nil, false, false},
	{"ratcliffe", "CIA Director John Ratcliffe met Israeli officials in Jerusalem.", []string{"john-ratcliffe/person", "usa-cia"}, nil, false, false},
	{"rfk", "Health Secretary Robert F. Kennedy Jr. removed all 17 members of the vaccine advisory panel.", []string{"robert-f-kennedy-jr/person"}, nil, false, false},
	// Bare "the Senate" is the US Senate once Vance holds the US vice-presidency (leaders grid of issue #12).
	{"vance", "Vice President JD Vance cast the tie-breaking vote in the Senate.", []string{"jd-vance/person", "usa-senate"}, nil, false, false},
	{"wiles", "White House Chief of Staff Susie Wiles said the president was briefed overnight.", []string{"susie-wiles/person"}, nil, false, false},
	{"leavitt", "White House press secretary Karoline Leavitt told reporters the deal was close.", []string{"karoline-leavitt/person"}, nil, false, false},
	{"witkoff", "Special envoy Steve Witkoff met Russian President Vladimir Putin in Moscow.", []string{"steve-witkoff/person", "vladimir-putin/person"}, nil, false, false},
	{"greer", "U.S. Trade Representative Jamieson Greer said the deal with Indonesia would cut tariffs to 19%.", []string{"jamieson-greer/person"}, nil, false, false},
	{"waltz", "U.N. Ambassador Mike Waltz urged the Security Council to renew sanctions on Iran.", []string{"mike-waltz/person"}, nil, false, false},
	{"trump", "President Donald Trump signed an executive order on Monday imposing new tariffs.", []string{"donald-trump/person"}, nil, false, false},
	// Agencies.
	{"dhs", "The Department of Homeland Security said it had deported more than 300,000 people.", []string{"usa-dhs"}, nil, false, false},
	{"ice", "Immigration and Customs Enforcement agents detained dozens of workers at the plant.", []string{"usa-ice"}, nil, false, false},
	{"ice acronym", "ICE said the man had a prior deportation order.", []string{"usa-ice"}, nil, false, false},
	{"cbp", "U.S. Customs and Border Protection reported the lowest number of border crossings in decades.", []string{"usa-cbp"}, nil, false, false},
	{"cbp acronym", "CBP officers seized 200 pounds of fentanyl at the Nogales port of entry.", []string{"usa-cbp"}, nil, false, false},
	{"fbi", "The FBI searched the home of former national security adviser John Bolton.", []string{"usa-fbi", "john-bolton/person"}, nil, false, false},
	{"justice department", "The Justice Department sued California over its new congressional map.", []string{"usa-justice-ministry"}, nil, false, false},
	{"doj acronym", "The DOJ indicted former FBI Director James Comey on two counts.", []string{"usa-justice-ministry", "james-comey/person"}, nil, false, false},
	{"pentagon", "The Pentagon said it would send 2,000 more troops to the southern border.", []string{"usa-defense-ministry"}, nil, false, false},
	{"department of war", "The Department of War announced a new contract for hypersonic missiles.", []string{"usa-defense-ministry"}, nil, false, false},
	{"state department", "The State Department revoked the visas of six foreign students.", []string{"usa-foreign-ministry"}, nil, false, false},
	{"treasury", "The Treasury Department imposed sanctions on two Chinese refineries.", []string{"usa-treasury"}, nil, false, false},
	{"commerce", "The Commerce Department added 23 companies to its entity list.", []string{"usa-commerce-department"}, nil, false, false},
	{"ustr", "The Office of the U.S. Trade Representative opened a Section 301 probe into Brazil.", []string{"usa-ustr"}, nil, false, false},
	{"fema", "FEMA has been criticized for its slow response to the floods.", []string{"usa-fema"}, nil, false, false},
	{"fema long", "The Federal Emergency Management Agency sent teams to Kerr County.", []string{"usa-fema"}, nil, false, false},
	{"cdc", "The CDC said measles cases had reached their highest level since 1992.", []string{"usa-cdc"}, nil, false, false},
	{"fda", "The Food and Drug Administration approved a new weight-loss pill.", []string{"usa-fda"}, nil, false, false},
	{"doge", "The Department of Government Efficiency claimed $160 billion in savings.", []string{"usa-doge"}, nil, false, false},
	{"doge acronym", "DOGE staff gained access to the Treasury payment system.", []string{"usa-doge"}, nil, false, false},
	{"usaid", "USAID's remaining staff were told to leave by July 1.", []string{"usa-usaid"}, nil, false, false},
	{"fed", "The Federal Reserve held interest rates steady on Wednesday.", []string{"usa-central-bank"}, nil, false, false},
	{"powell", "Fed Chair Jerome Powell said the central bank was in no hurry to cut rates.", []string{"jerome-powell/person", "usa-central-bank"}, nil, false, false},
	{"nsa", "The National Security Agency's director was fired last week.", []string{"usa-nsa"}, nil, false, false},
	// Congress, courts, governors.
	{"speaker johnson", "House Speaker Mike Johnson said the chamber would vote on the bill on Friday.", []string{"mike-johnson/person"}, nil, false, false},
	{"thune", "Senate Majority Leader John Thune scheduled a vote for Thursday.", []string{"john-thune/person"}, nil, false, false},
	{"schumer", "Senate Minority Leader Chuck Schumer said Democrats would not back the stopgap.", []string{"chuck-schumer/person"}, nil, false, false},
	{"jeffries", "House Democratic leader Hakeem Jeffries called the bill a disgrace.", []string{"hakeem-jeffries/person"}, nil, false, false},
	// Known: bare "The Supreme Court" needs the article's state.
	{"supreme court", "The Supreme Court allowed the administration to end the program.", []string{"usa-supreme-court"}, nil, false, true},
	{"roberts", "Chief Justice John Roberts wrote the majority opinion.", []string{"john-roberts/person"}, nil, false, false},
	{"newsom", "California Governor Gavin Newsom sued the administration over the deployment.", []string{"gavin-newsom/person"}, nil, false, false},
	{"abbott", "Texas Gov. Greg Abbott ordered state troopers to the border.", []string{"greg-abbott/person"}, nil, false, false},
	{"desantis", "Florida Gov. Ron DeSantis signed the bill into law on Thursday.", []string{"ron-desantis/person"}, nil, false, false},
	{"mamdani", "New York City Mayor-elect Zohran Mamdani named his transition team.", []string{"zohran-mamdani/person"}, nil, false, false},
	// Known: bare "Republicans" and "the Senate" need the article's state.
	{"republicans", "Republicans in the Senate blocked the Democratic proposal.", []string{"us-republican-party", "usa-senate"}, nil, false, true},
	{"democratic party", "The Democratic Party won the governor's races in Virginia and New Jersey.", []string{"us-democratic-party"}, nil, false, false},
	{"white house gov", "The White House said the president would not sign the bill.", []string{"usa-presidency"}, nil, false, false},
	// Known: bare "The House" needs the article's state.
	{"house passed", "The House passed the bill 218-214 late on Thursday.", []string{"usa-house"}, nil, false, true},
	// Traps.
	{"texas place", "Flash floods in Texas killed more than 100 people over the weekend.", nil, []string{"USA/state"}, true, false},
	{"georgia us state", "Voters in Atlanta, Georgia, waited in long lines on Tuesday.", nil, []string{"GEO"}, true, false},
	{"georgia after its capital", "Protesters gathered outside parliament in Tbilisi, Georgia, on Sunday.", nil, []string{"georgia-us"}, false, false},
	{"washington city", "Thousands marched in Washington on Saturday against the budget cuts.", nil, nil, true, false},
	{"white house building", "A car crashed into a security gate outside the White House late on Saturday.", nil, []string{"usa-presidency"}, false, false},
	{"white house outside experts", "The White House said outside experts would review the plan.", []string{"usa-presidency"}, nil, false, false},
	{"democratic adjective", "The country held its first democratic elections in 20 years.", nil, []string{"us-democratic-party"}, true, false},
	{"california place", "Wildfires in Southern California destroyed thousands of homes.", nil, nil, true, false},
	{"ohio native", "The Ohio native moved to Nashville in 2010.", nil, nil, true, false},
	{"georgia country", "Georgia's ruling party claimed victory in the parliamentary election.", []string{"GEO"}, []string{"us-democratic-party"}, false, false},
	{"republican adjective", "The group wants a republican form of government for Australia.", nil, []string{"us-republican-party"}, false, false},
	{"harvard funding", "The administration froze $2.2 billion in grants to Harvard University on Monday.", []string{"harvard-university"}, nil, false, false},
	{"columbia not colombia", "Columbia University agreed to pay $200 million to restore its federal funding.", []string{"columbia-university"}, []string{"COL"}, false, false},
	{"new york place", "The storm dumped a foot of snow on upstate New York.", nil, nil, true, false},
}
