package extract

import (
	"slices"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// fbodiesGridPublished is the article date of the foreign bodies grid's
// rows: present-day news of 2025.
const fbodiesGridPublished = "2025-11-15"

// fbodiesRow is a row of the foreign bodies grid: its language, the ids
// it wants ("id", "id/kind" or "id/kind/country", see nameProblems), the
// ids it must not give, none when it names no actor but places, known
// when it is a known failure.
type fbodiesRow struct {
	name, lang, text string
	want, absent     []string
	none, known      bool
}

// fbodiesGridRows are present-day news sentences, half Indonesian and half
// English, naming bodies of foreign states and of international
// organizations (issue #12, class 3: named bodies): ministries, courts,
// legislatures, armed-forces branches and commands, intelligence and
// regulatory agencies and central banks of the G20 and Indonesia's
// neighbours, in shapes the body grids before did not hold (a ministry
// after "Menurut", full state names, commands and fleets, "X's top
// court", ministries with long portfolios, regulators of China, organs of
// ASEAN and the UN). A body is wanted with its kind and state; the state
// only where the sentence names it on its own, and it must not be an
// actor where its name is only inside the body's. Written and annotated
// before the extractor ran on them.
var fbodiesGridRows = []fbodiesRow{
	// Indonesian: ministries.
	{"id kemhan jepang menurut", "id", "Menurut Kementerian Pertahanan Jepang, kapal induk China itu berlayar di dekat Pulau Miyako.", []string{"jpn-defense-ministry/agency/JPN", "CHN"}, []string{"JPN"}, false, false},
	{"id kemlu tiongkok", "id", "Kemlu Tiongkok menyatakan penentangan tegas atas penjualan senjata tersebut.", []string{"chn-foreign-ministry/agency/CHN"}, []string{"CHN"}, false, false},
	{"id kemlu amerika serikat", "id", "Pernyataan Kementerian Luar Negeri Amerika Serikat itu dirilis Selasa malam.", []string{"usa-foreign-ministry/agency/USA"}, []string{"USA"}, false, false},
	{"id kemhan nasional china", "id", "Kementerian Pertahanan Nasional China menyebut latihan itu sebagai peringatan keras.", []string{"chn-defense-ministry/agency/CHN"}, []string{"CHN"}, false, false},
	{"id kemendagri jerman", "id", "Kementerian Dalam Negeri Jerman melarang kelompok ekstremis sayap kanan itu.", []string{"deu-home-affairs-ministry/agency/DEU"}, []string{"DEU", "idn-home-affairs-ministry"}, false, false},
	{"id kemenkeu china obligasi", "id", "Kementerian Keuangan China akan menerbitkan obligasi khusus senilai 500 miliar yuan.", []string{"chn-finance-ministry/agency/CHN"}, []string{"CHN"}, false, false},
	{"id kemendag as daftar hitam", "id", "Kementerian Perdagangan AS menambahkan puluhan perusahaan ke dalam daftar hitam ekspor.", []string{"usa-commerce-department/agency/USA"}, []string{"USA"}, false, false},
	{"id dhs visa", "id", "Departemen Keamanan Dalam Negeri AS memperketat pemeriksaan visa pelajar.", []string{"usa-dhs/agency/USA"}, []string{"USA"}, false, false},
	{"id kemlu singapura myanmar", "id", "Kementerian Luar Negeri Singapura mengimbau warganya menunda perjalanan ke Myanmar.", []string{"sgp-foreign-ministry/agency/SGP", "MMR"}, []string{"SGP"}, false, true},
	{"id kemhan australia kapal selam", "id", "Kementerian Pertahanan Australia mengonfirmasi pembelian kapal selam kelas Virginia.", []string{"aus-defense-ministry/agency/AUS"}, []string{"AUS"}, false, false},
	{"id mss china", "id", "Kementerian Keamanan Negara China menuduh seorang pegawai negeri menjual rahasia kepada intelijen asing.", []string{"chn-intelligence/agency/CHN"}, []string{"CHN"}, false, false},
	{"id kementerian energi saudi", "id", "Kementerian Energi Arab Saudi menyatakan produksi minyak akan dinaikkan mulai Juli.", []string{"sau-energy-ministry/agency/SAU"}, []string{"SAU"}, false, false},
	{"id meti jepang", "id", "Kementerian Ekonomi, Perdagangan, dan Industri Jepang memperketat ekspor peralatan semikonduktor.", []string{"jpn-meti/agency/JPN"}, []string{"JPN", "jpn-economy-ministry"}, false, false},
	{"id kemhan rusia konashenkov", "id", "Juru bicara Kementerian Pertahanan Rusia Igor Konashenkov mengklaim pasukan Rusia merebut sebuah desa di Donetsk.", []string{"rus-defense-ministry/agency/RUS", "igor-konashenkov", "RUS"}, nil, false, false},
	{"id kemlu prancis gaza", "id", "Kemlu Prancis mengutuk serangan terhadap konvoi bantuan kemanusiaan di Gaza.", []string{"fra-foreign-ministry/agency/FRA"}, []string{"FRA"}, false, false},
	{"id kemlu italia", "id", "Menurut Kementerian Luar Negeri Italia, dua warganya termasuk di antara para korban.", []string{"ita-foreign-ministry/agency/ITA"}, []string{"ITA"}, false, false},

	// Indonesian: courts.
	{"id ma israel wajib militer", "id", "Mahkamah Agung Israel memerintahkan pemerintah merekrut pelajar ultra-Ortodoks ke dalam militer.", []string{"isr-supreme-court/court/ISR"}, []string{"ISR", "idn-supreme-court"}, false, false},
	{"id ma pakistan imran", "id", "Mahkamah Agung Pakistan menunda sidang banding mantan perdana menteri Imran Khan.", []string{"pak-supreme-court/court/PAK", "imran-khan"}, []string{"idn-supreme-court"}, false, false},
	{"id ma korsel lee", "id", "Mahkamah Agung Korea Selatan membatalkan putusan bebas Lee Jae-myung dalam kasus pelanggaran pemilu.", []string{"kor-supreme-court/court/KOR", "lee-jae-myung"}, []string{"idn-supreme-court"}, false, false},
	{"id ma filipina sara", "id", "Mahkamah Agung Filipina menyatakan pemakzulan Wakil Presiden Sara Duterte tidak konstitusional.", []string{"phl-supreme-court/court/PHL", "sara-duterte"}, []string{"idn-supreme-court"}, false, false},
	{"id mk afrika selatan", "id", "Mahkamah Konstitusi Afrika Selatan memutuskan undang-undang itu bertentangan dengan konstitusi.", []string{"zaf-constitutional-court/court/ZAF"}, []string{"ZAF", "idn-constitutional-court"}, false, false},
	{"id pca den haag", "id", "Mahkamah Arbitrase Permanen di Den Haag memenangkan gugatan Filipina atas klaim China di Laut China Selatan pada 2016.", []string{"pca/igo", "PHL", "CHN"}, nil, false, false},
	{"id itlos iklim", "id", "Mahkamah Internasional untuk Hukum Laut (ITLOS) mengeluarkan pendapat hukum soal perubahan iklim.", []string{"itlos/igo"}, []string{"icj"}, false, false},
	{"id ma jepang sterilisasi", "id", "Mahkamah Agung Jepang memerintahkan negara membayar ganti rugi kepada korban sterilisasi paksa.", []string{"jpn-supreme-court/court/JPN"}, []string{"JPN", "idn-supreme-court"}, false, false},
	{"id ma meksiko hakim", "id", "Mahkamah Agung Meksiko kini diisi hakim-hakim hasil pemilihan umum.", []string{"mex-supreme-court/court/MEX"}, []string{"MEX", "idn-supreme-court"}, false, false},
	{"id dewan konstitusi prancis", "id", "Dewan Konstitusi Prancis menganulir sebagian pasal undang-undang imigrasi.", []string{"fra-constitutional-council/court/FRA"}, []string{"FRA"}, false, false},
	{"id mahkamah ham eropa swiss", "id", "Mahkamah HAM Eropa memutuskan Swiss lalai melindungi warganya dari dampak perubahan iklim.", []string{"echr/igo", "CHE"}, nil, false, false},

	// Indonesian: legislatures.
	{"id dpr amerika serikat", "id", "Dewan Perwakilan Rakyat Amerika Serikat meloloskan rancangan anggaran itu dengan selisih tipis.", []string{"usa-house/legislature/USA"}, []string{"USA", "idn-dpr"}, false, false},
	{"id senat thailand", "id", "Senat Thailand menyetujui rancangan undang-undang pernikahan sesama jenis.", []string{"tha-senate/legislature/THA"}, []string{"THA", "usa-senate"}, false, false},
	{"id rajya sabha", "id", "Rajya Sabha mengesahkan RUU itu sehari setelah disetujui majelis rendah.", []string{"ind-parliament/legislature/IND"}, nil, false, false},
	{"id parlemen inggris", "id", "Parlemen Inggris memperdebatkan rancangan undang-undang bunuh diri berbantuan.", []string{"gbr-parliament/legislature/GBR"}, []string{"GBR", "idn-parliament"}, false, false},
	{"id parlemen iran iaea", "id", "Parlemen Iran menyetujui penangguhan kerja sama dengan IAEA.", []string{"irn-parliament/legislature/IRN", "iaea"}, nil, false, false},
	{"id verkhovna rada", "id", "Verkhovna Rada memperpanjang darurat militer selama 90 hari.", []string{"ukr-parliament/legislature/UKR"}, nil, false, false},
	{"id senat prancis", "id", "Senat Prancis menolak rancangan anggaran pemerintah.", []string{"fra-senate/legislature/FRA"}, []string{"FRA", "usa-senate"}, false, false},
	{"id kongres argentina milei", "id", "Kongres Argentina menyetujui paket reformasi ekonomi Presiden Javier Milei.", []string{"arg-congress/legislature/ARG", "javier-milei"}, []string{"usa-congress"}, false, false},
	{"id majelis nasional afsel", "id", "Majelis Nasional Afrika Selatan memilih kembali Cyril Ramaphosa sebagai presiden.", []string{"zaf-parliament/legislature/ZAF", "cyril-ramaphosa"}, nil, false, false},
	{"id dewan syura saudi", "id", "Dewan Syura Arab Saudi membahas rancangan undang-undang investasi yang baru.", []string{"sau-shura/legislature/SAU"}, []string{"SAU"}, false, false},
	{"id parlemen vietnam", "id", "Parlemen Vietnam memberhentikan Presiden Vo Van Thuong.", []string{"vnm-parliament/legislature/VNM", "vo-van-thuong"}, nil, false, false},
	{"id spa korut", "id", "Majelis Rakyat Tertinggi Korea Utara mengubah konstitusi negara itu.", []string{"prk-spa/legislature/PRK"}, []string{"PRK"}, false, false},
	{"id parlemen kanada", "id", "Parlemen Kanada dibubarkan menjelang pemilu bulan April.", []string{"can-parliament/legislature/CAN"}, []string{"CAN"}, false, false},
	{"id komisi eropa sanksi", "id", "Komisi Eropa mengusulkan paket sanksi ke-19 terhadap Rusia.", []string{"european-commission/igo", "RUS"}, nil, false, false},
	{"id dk pbb darurat", "id", "Dewan Keamanan PBB menggelar sidang darurat untuk membahas serangan itu.", []string{"un-security-council/igo"}, nil, false, false},
	{"id sekretariat asean", "id", "Sekretariat ASEAN di Jakarta menerima kunjungan delegasi Timor Leste.", []string{"asean/igo", "TLS"}, []string{"idn-government"}, false, false},

	// Indonesian: armed forces, branches and commands.
	{"id armada ketujuh", "id", "Armada Ketujuh AS mengirim kapal perusak melintasi Selat Taiwan.", []string{"usa-seventh-fleet/military/USA"}, []string{"USA"}, false, false},
	{"id indopacom", "id", "Komando Indo-Pasifik AS menyatakan pesawat pengintai itu beroperasi sesuai hukum internasional.", []string{"usa-indopacom/military/USA"}, []string{"USA"}, false, false},
	{"id korps marinir as", "id", "Korps Marinir AS mengerahkan ratusan personel ke Los Angeles.", []string{"usa-marines/military/USA"}, []string{"USA", "usa-navy"}, false, true},
	{"id vks rusia", "id", "Pasukan Kedirgantaraan Rusia melancarkan serangan udara di Provinsi Idlib.", []string{"rus-air-force/military/RUS"}, []string{"RUS"}, false, true},
	{"id armada laut hitam", "id", "Armada Laut Hitam Rusia memindahkan sebagian besar kapal perangnya dari Sevastopol.", []string{"rus-black-sea-fleet/military/RUS"}, []string{"RUS"}, false, false},
	{"id al pla paracel", "id", "Angkatan Laut Tentara Pembebasan Rakyat menggelar latihan di dekat Kepulauan Paracel.", []string{"chn-navy/military/CHN"}, []string{"chn-armed-forces", "idn-navy"}, false, false},
	{"id al kerajaan thailand", "id", "Angkatan Laut Kerajaan Thailand mengerahkan kapal untuk mengevakuasi warga dari daerah perbatasan.", []string{"tha-navy/military/THA"}, []string{"THA", "idn-navy"}, false, false},
	{"id au israel f35", "id", "Angkatan Udara Israel mengumumkan kedatangan skuadron F-35 ketiganya.", []string{"isr-air-force/military/ISR"}, []string{"ISR", "idn-air-force"}, false, false},
	{"id ad pakistan waziristan", "id", "Angkatan Darat Pakistan menyatakan 12 militan tewas dalam operasi di Waziristan Utara.", []string{"pak-army/military/PAK"}, []string{"PAK", "idn-army"}, false, false},
	{"id penjaga pantai vietnam", "id", "Penjaga Pantai Vietnam menyelamatkan 20 nelayan di perairan Quang Ngai.", []string{"vnm-coast-guard/agency/VNM"}, []string{"VNM"}, false, false},
	{"id al korut nampo", "id", "Angkatan Laut Korea Utara meluncurkan kapal perusak baru di Nampo.", []string{"prk-navy/military/PRK"}, []string{"PRK", "idn-navy"}, false, false},
	{"id abdb brunei", "id", "Angkatan Bersenjata Diraja Brunei menggelar latihan tahunan di Tutong.", []string{"brn-armed-forces/military/BRN"}, []string{"BRN", "idn-armed-forces"}, false, false},
	{"id ad korsel", "id", "Angkatan Darat Korea Selatan menyatakan seorang prajuritnya tewas dalam kecelakaan latihan.", []string{"kor-army/military/KOR"}, []string{"KOR", "idn-army"}, false, false},

	// Indonesian: intelligence, regulators, central banks.
	{"id sbu odesa", "id", "Dinas Keamanan Ukraina (SBU) menahan dua tersangka agen Rusia di Odesa.", []string{"ukr-sbu/agency/UKR", "RUS"}, []string{"UKR"}, false, true},
	{"id shin bet", "id", "Shin Bet menyebut pelaku penikaman itu beraksi seorang diri.", []string{"isr-shin-bet/agency/ISR"}, nil, false, false},
	{"id kepala mi6", "id", "Kepala MI6 Richard Moore memperingatkan ancaman sabotase Rusia di Eropa.", []string{"gbr-mi6/agency/GBR", "richard-moore", "RUS"}, nil, false, false},
	{"id ftc amazon", "id", "Komisi Perdagangan Federal AS menggugat Amazon atas praktik monopoli.", []string{"usa-ftc/agency/USA"}, []string{"USA"}, false, false},
	{"id sec etf", "id", "SEC menyetujui peluncuran ETF bitcoin spot pada Januari 2024.", []string{"usa-sec/agency/USA"}, nil, false, false},
	{"id cac nvidia", "id", "Administrasi Ruang Siber China memanggil perwakilan Nvidia terkait risiko keamanan cip H20.", []string{"chn-cac/agency/CHN", "nvidia"}, []string{"CHN"}, false, false},
	{"id samr google", "id", "Badan Regulasi Pasar China membuka penyelidikan antimonopoli terhadap Google.", []string{"chn-samr/agency/CHN", "google"}, []string{"CHN"}, false, false},
	{"id hur ukraina", "id", "Badan Intelijen Militer Ukraina mengklaim bertanggung jawab atas ledakan itu.", []string{"ukr-military-intelligence/agency/UKR"}, []string{"UKR"}, false, false},
	{"id boe", "id", "Bank of England memangkas suku bunga menjadi 4 persen.", []string{"gbr-central-bank/agency/GBR"}, nil, false, false},
	{"id bank sentral rusia", "id", "Bank Sentral Rusia mempertahankan suku bunga acuan di level 21 persen.", []string{"rus-central-bank/agency/RUS"}, []string{"RUS", "idn-central-bank"}, false, false},
	{"id bank sentral brasil", "id", "Bank Sentral Brasil menaikkan suku bunga Selic untuk ketujuh kalinya.", []string{"bra-central-bank/agency/BRA"}, []string{"BRA", "idn-central-bank"}, false, false},

	// Indonesian: a body word naming no state's body.
	{"id kemlu sejumlah negara eropa", "id", "Kementerian luar negeri sejumlah negara Eropa mengeluarkan imbauan perjalanan.", nil, []string{"idn-foreign-ministry"}, false, false},
	{"id bank sentral berkembang", "id", "Bank sentral negara-negara berkembang terus menambah cadangan emas.", nil, []string{"idn-central-bank"}, true, false},
	{"id parlemen mahasiswa", "id", "Parlemen mahasiswa di kampus itu menggelar sidang pleno pekan lalu.", nil, []string{"idn-parliament", "idn-dpr"}, true, false},

	// English: ministries.
	{"en mea dhaka", "en", "The Indian Ministry of External Affairs said it had taken up the matter with Dhaka.", []string{"ind-foreign-ministry/agency/IND", "BGD"}, []string{"IND"}, false, true},
	{"en meti", "en", "Japan's Ministry of Economy, Trade and Industry tightened export controls on chipmaking equipment.", []string{"jpn-meti/agency/JPN"}, []string{"JPN", "jpn-economy-ministry"}, false, false},
	{"en motie", "en", "South Korea's Ministry of Trade, Industry and Energy said exports rose for a fourth month.", []string{"kor-trade-ministry/agency/KOR"}, []string{"KOR"}, false, false},
	{"en mofcom", "en", "China's Ministry of Commerce announced export controls on rare earth technologies.", []string{"chn-commerce-ministry/agency/CHN"}, []string{"CHN"}, false, false},
	{"en treasury hk", "en", "The U.S. Treasury Department sanctioned six companies based in Hong Kong.", []string{"usa-treasury/agency/USA"}, []string{"USA"}, false, false},
	{"en pentagon border", "en", "The Pentagon said the troops would be deployed to the southern border.", []string{"usa-defense-ministry/agency/USA"}, []string{"USA"}, false, false},
	{"en dhs detained", "en", "The Department of Homeland Security said it had detained more than 400 people.", []string{"usa-dhs/agency/USA"}, []string{"USA"}, false, false},
	{"en vnm fm paracels", "en", "Vietnam's Foreign Ministry demanded that China respect its sovereignty over the Paracel Islands.", []string{"vnm-foreign-ministry/agency/VNM", "CHN"}, []string{"VNM"}, false, true},
	{"en mys home ministry", "en", "Malaysia's Home Ministry banned the book for content deemed harmful to public order.", []string{"mys-home-affairs-ministry/agency/MYS"}, []string{"MYS"}, false, false},
	{"en rus mod drones", "en", "The Russian Defence Ministry said air defences downed 112 Ukrainian drones overnight.", []string{"rus-defense-ministry/agency/RUS", "UKR"}, []string{"RUS"}, false, false},
	{"en jpn mod yonaguni", "en", "The Japanese Defense Ministry said a Chinese drone flew between Yonaguni and Taiwan.", []string{"jpn-defense-ministry/agency/JPN", "CHN", "TWN"}, []string{"JPN"}, false, false},
	{"en ita farnesina", "en", "Italy's Foreign Ministry said two Italian nationals were among the dead.", []string{"ita-foreign-ministry/agency/ITA"}, nil, false, false},

	// English: courts.
	{"en brazil top court", "en", "Brazil's top court ordered the social media platform to be suspended nationwide.", []string{"bra-supreme-court/court/BRA"}, []string{"BRA"}, false, false},
	{"en india top court", "en", "India's top court ordered the removal of stray dogs from the streets of the capital.", []string{"ind-supreme-court/court/IND"}, []string{"IND"}, false, false},
	{"en israel supreme court", "en", "Israel's Supreme Court froze the dismissal of the Shin Bet chief.", []string{"isr-supreme-court/court/ISR", "isr-shin-bet/agency/ISR"}, []string{"ISR"}, false, false},
	{"en zaf cc", "en", "South Africa's Constitutional Court ruled that the law was invalid.", []string{"zaf-constitutional-court/court/ZAF"}, []string{"ZAF"}, false, false},
	{"en pca", "en", "The Permanent Court of Arbitration ruled in 2016 that China's claims had no legal basis.", []string{"pca/igo", "CHN"}, nil, false, false},
	{"en itlos", "en", "The International Tribunal for the Law of the Sea delivered its advisory opinion on climate change.", []string{"itlos/igo"}, nil, false, false},
	{"en echr swiss", "en", "The European Court of Human Rights ruled that Switzerland had violated the rights of older women.", []string{"echr/igo", "CHE"}, nil, false, false},
	{"en mexico supreme court", "en", "Mexico's Supreme Court struck down part of the security law.", []string{"mex-supreme-court/court/MEX"}, []string{"MEX"}, false, false},
	{"en pakistan supreme court", "en", "The Supreme Court of Pakistan restored the National Assembly after a four-day hearing.", []string{"pak-supreme-court/court/PAK"}, []string{"PAK"}, false, false},

	// English: legislatures and international bodies.
	{"en thai senate", "en", "The Thai Senate approved the marriage equality bill by 130 votes to four.", []string{"tha-senate/legislature/THA"}, []string{"THA", "usa-senate"}, false, false},
	{"en turkey parliament sweden", "en", "Turkey's parliament approved Sweden's NATO membership bid.", []string{"tur-parliament/legislature/TUR", "SWE", "nato"}, nil, false, false},
	{"en shura council", "en", "Saudi Arabia's Shura Council approved the new investment law.", []string{"sau-shura/legislature/SAU"}, []string{"SAU"}, false, false},
	{"en brazilian senate", "en", "The Brazilian Senate approved the tax reform in a second round of voting.", []string{"bra-senate/legislature/BRA"}, []string{"BRA", "usa-senate"}, false, false},
	{"en italy senate", "en", "Italy's Senate gave final approval to the justice reform.", []string{"ita-senate/legislature/ITA"}, []string{"ITA", "usa-senate"}, false, false},
	{"en canada senate", "en", "Canada's Senate passed the bill without amendment.", []string{"can-senate/legislature/CAN"}, []string{"CAN", "usa-senate"}, false, false},
	{"en spa", "en", "North Korea's Supreme People's Assembly amended the constitution.", []string{"prk-spa/legislature/PRK"}, []string{"PRK"}, false, false},
	{"en lords", "en", "Britain's House of Lords voted to delay the bill.", []string{"gbr-lords/legislature/GBR"}, []string{"GBR"}, false, false},
	{"en duma lower house", "en", "Russia's lower house of parliament passed the bill in its third reading.", []string{"rus-duma/legislature/RUS"}, []string{"RUS"}, false, false},
	{"en npc top legislature", "en", "China's top legislature approved the revised law on Friday.", []string{"chn-npc/legislature/CHN"}, []string{"CHN"}, false, false},
	{"en ec chinese", "en", "The European Commission opened an investigation into Chinese subsidies.", []string{"european-commission/igo", "CHN"}, nil, false, false},
	{"en unga", "en", "The UN General Assembly voted overwhelmingly for a ceasefire.", []string{"un-general-assembly/igo"}, nil, false, false},
	{"en asean secretariat", "en", "The ASEAN Secretariat in Jakarta said the summit would be held in October.", []string{"asean/igo"}, nil, false, false},

	// English: armed forces, branches and commands.
	{"en royal thai navy", "en", "The Royal Thai Navy deployed a frigate to the border area.", []string{"tha-navy/military/THA"}, []string{"THA"}, false, false},
	{"en vietnam peoples navy", "en", "The Vietnam People's Navy took delivery of two new patrol vessels.", []string{"vnm-navy/military/VNM"}, []string{"VNM"}, false, false},
	{"en vks", "en", "Russia's Aerospace Forces carried out strikes in Idlib province.", []string{"rus-air-force/military/RUS"}, []string{"RUS"}, false, true},
	{"en black sea fleet", "en", "Russia's Black Sea Fleet moved most of its warships out of Sevastopol.", []string{"rus-black-sea-fleet/military/RUS"}, []string{"RUS"}, false, false},
	{"en seventh fleet", "en", "The U.S. Seventh Fleet said the destroyer conducted a routine Taiwan Strait transit.", []string{"usa-seventh-fleet/military/USA"}, []string{"USA"}, false, false},
	{"en indopacom", "en", "U.S. Indo-Pacific Command said the Chinese fighter came within 10 feet of the bomber.", []string{"usa-indopacom/military/USA", "CHN"}, []string{"USA"}, false, false},
	{"en centcom houthis", "en", "U.S. Central Command said its forces had struck Houthi targets in Yemen.", []string{"usa-centcom/military/USA", "houthis", "YEM"}, nil, false, false},
	{"en marine corps", "en", "The U.S. Marine Corps sent 700 Marines to Los Angeles.", []string{"usa-marines/military/USA"}, []string{"usa-navy"}, false, false},
	{"en rcmp", "en", "The Royal Canadian Mounted Police said four men had been charged with the murder.", []string{"can-police/agency/CAN"}, []string{"CAN"}, false, false},

	// English: intelligence, regulators, central banks.
	{"en sbu refinery", "en", "Ukraine's SBU security service said it had hit an oil refinery deep inside Russia.", []string{"ukr-sbu/agency/UKR", "RUS"}, []string{"UKR"}, false, true},
	{"en hur", "en", "Ukraine's military intelligence agency, known as HUR, claimed responsibility for the blast.", []string{"ukr-military-intelligence/agency/UKR"}, []string{"UKR"}, false, false},
	{"en shin bet recruited", "en", "Israel's Shin Bet security agency said the suspect had been recruited online.", []string{"isr-shin-bet/agency/ISR"}, []string{"ISR"}, false, false},
	{"en mi6 dark web", "en", "Britain's MI6 is recruiting spies through the dark web, its chief said.", []string{"gbr-mi6/agency/GBR"}, []string{"GBR"}, false, false},
	{"en bnd", "en", "Germany's BND foreign intelligence agency warned of Russian sabotage.", []string{"deu-intelligence/agency/DEU", "RUS"}, []string{"DEU"}, false, true},
	{"en nis kursk", "en", "South Korea's National Intelligence Service said North Korean troops had been deployed to Kursk.", []string{"kor-intelligence/agency/KOR", "PRK"}, []string{"KOR"}, false, false},
	{"en cac nvidia", "en", "China's Cyberspace Administration summoned Nvidia over security risks in its H20 chips.", []string{"chn-cac/agency/CHN", "nvidia"}, []string{"CHN"}, false, true},
	{"en samr google", "en", "China's State Administration for Market Regulation opened an antitrust probe into Google.", []string{"chn-samr/agency/CHN", "google"}, []string{"CHN"}, false, true},
	{"en ftc amazon", "en", "The Federal Trade Commission sued Amazon over its Prime subscriptions.", []string{"usa-ftc/agency/USA"}, []string{"USA"}, false, false},
	{"en boe", "en", "The Bank of England cut interest rates to 4 percent.", []string{"gbr-central-bank/agency/GBR"}, []string{"GBR"}, false, false},
	{"en pboc", "en", "The People's Bank of China lowered its benchmark lending rates.", []string{"chn-central-bank/agency/CHN"}, []string{"CHN"}, false, false},
	{"en argentina central bank", "en", "Argentina's central bank kept its policy rate unchanged.", []string{"arg-central-bank/agency/ARG"}, []string{"ARG"}, false, false},
	{"en turkey central bank", "en", "Turkey's central bank raised its key rate to 50 percent.", []string{"tur-central-bank/agency/TUR"}, []string{"TUR"}, false, false},
	{"en mas", "en", "The Monetary Authority of Singapore left its policy settings unchanged.", []string{"sgp-central-bank/agency/SGP"}, []string{"SGP"}, false, false},

	// English: a body word naming no state's body.
	{"en foreign ministries", "en", "Several foreign ministries issued travel warnings after the attack.", nil, nil, true, false},
	{"en texas top court", "en", "Texas's top court upheld the ruling on Friday.", nil, []string{"usa-supreme-court"}, false, false},
	{"en air force pilot", "en", "The former air force pilot now runs a flight school.", nil, nil, true, false},
}

// fbodiesGridRows2 is the second batch, written and annotated after the
// first batch's rules and data and before the extractor ran on it.
var fbodiesGridRows2 = []fbodiesRow{
	{"b2 id maff jepang", "id", "Kementerian Pertanian, Kehutanan, dan Perikanan Jepang melarang impor daging unggas dari negara bagian itu.", []string{"jpn-agriculture-ministry/agency/JPN"}, []string{"JPN", "idn-agriculture-ministry"}, false, false},
	{"b2 en maff", "en", "Japan's Ministry of Agriculture, Forestry and Fisheries said the outbreak had been contained.", []string{"jpn-agriculture-ministry/agency/JPN"}, []string{"JPN"}, false, false},
	{"b2 en pakistan top court", "en", "Pakistan's top court disqualified the prime minister from holding office.", []string{"pak-supreme-court/court/PAK"}, []string{"PAK"}, false, false},
	{"b2 en country top court", "en", "The country's top court rejected the appeal on Tuesday.", nil, nil, true, false},
	{"b2 id africom", "id", "Komando Afrika AS (AFRICOM) menyatakan tidak ada warga sipil yang tewas.", []string{"usa-africom/military/USA"}, []string{"USA"}, false, false},
	{"b2 en southcom", "en", "U.S. Southern Command said the strike killed three people aboard the vessel.", []string{"usa-southcom/military/USA"}, []string{"USA"}, false, false},
	{"b2 id armada pasifik rusia", "id", "Armada Pasifik Rusia menggelar latihan di Laut Jepang.", []string{"rus-pacific-fleet/military/RUS"}, []string{"RUS"}, false, false},
	{"b2 id al rusia", "id", "Angkatan Laut Rusia meluncurkan kapal selam nuklir baru di Severodvinsk.", []string{"rus-navy/military/RUS"}, []string{"RUS", "idn-navy"}, false, false},
	{"b2 en russian air force", "en", "The Russian Air Force lost two bombers in the attack.", []string{"rus-air-force/military/RUS"}, []string{"RUS"}, false, false},
	{"b2 id dpr filipina", "id", "Dewan Perwakilan Rakyat Filipina memakzulkan Wakil Presiden Sara Duterte.", []string{"phl-house/legislature/PHL", "sara-duterte"}, []string{"idn-dpr"}, false, false},
	{"b2 id dpr jepang", "id", "Dewan Perwakilan Rakyat Jepang dibubarkan menjelang pemilihan umum.", []string{"jpn-parliament/legislature/JPN"}, []string{"JPN", "idn-dpr"}, false, false},
	{"b2 en miit", "en", "China's Ministry of Industry and Information Technology said it would curb overcapacity.", []string{"chn-industry-ministry/agency/CHN"}, []string{"CHN"}, false, false},
	{"b2 id dewan ham pbb", "id", "Dewan HAM PBB mengadopsi resolusi tentang situasi di Sudan.", []string{"un-human-rights-council/igo", "SDN"}, nil, false, false},
	{"b2 en philippine navy", "en", "The Philippine Navy said Chinese ships shadowed its vessels.", []string{"phl-navy/military/PHL", "CHN"}, []string{"PHL"}, false, false},
	{"b2 id pengadilan tertinggi india", "id", "Pengadilan tertinggi India memerintahkan pemerintah negara bagian menghentikan pembongkaran.", []string{"ind-supreme-court/court/IND"}, []string{"IND"}, false, false},
	{"b2 en vietnam top legislature", "en", "Vietnam's top legislature approved the merger of provinces.", []string{"vnm-parliament/legislature/VNM"}, []string{"VNM"}, false, false},
	{"b2 en mafra", "en", "South Korea's Ministry of Agriculture, Food and Rural Affairs reported a new case of African swine fever.", []string{"kor-agriculture-ministry/agency/KOR"}, []string{"KOR"}, false, false},
	{"b2 id motie", "id", "Kementerian Perdagangan, Industri, dan Energi Korea Selatan menyebut ekspor cip melonjak.", []string{"kor-trade-ministry/agency/KOR"}, []string{"KOR", "idn-trade-ministry"}, false, false},
}

// fbodiesGridRows3 are regression rows for the rule that a generic body
// name after a coordinator and a state's body is that state's ("Japan's
// Foreign Ministry and Defense Ministry"), written with the rule (not
// annotated before it ran: they count in neither batch).
var fbodiesGridRows3 = []fbodiesRow{
	{"r3 en jpn fm and dm", "en", "Japan's Foreign Ministry and Defense Ministry said the flights were provocative.", []string{"jpn-foreign-ministry/agency/JPN", "jpn-defense-ministry/agency/JPN"}, []string{"JPN"}, false, false},
	{"r3 en isr army and police", "en", "Israel's army and police said two suspects were arrested.", []string{"isr-armed-forces/military/ISR", "isr-police/agency/ISR"}, []string{"ISR"}, false, false},
	{"r3 en chn navy and coast guard", "en", "The Chinese navy and coast guard sent ships to the area.", []string{"chn-navy/military/CHN", "chn-coast-guard/agency/CHN"}, []string{"CHN"}, false, false},
	{"r3 en tha courts", "en", "Thailand's Constitutional Court and Supreme Court issued rulings.", []string{"tha-constitutional-court/court/THA", "tha-supreme-court/court/THA"}, []string{"THA"}, false, false},
	{"r3 en no state", "en", "The Foreign Ministry and Defense Ministry said the flights were provocative.", nil, nil, true, false},
}

// TestFBodiesGrid checks fbodiesGridRows (130 rows, 70 Indonesian and 60
// English): 97 pass before any rule or data of this pass (99 with the
// ASEAN Secretariat annotated asean, as TestIGOGrid has it), 119 after
// the first batch's; the second batch (18 rows) 13 before its rules, 18
// after. The 11 known failures are rows where a body acts on another
// party: the event's source is the body's state, which so becomes an
// actor (the events phase's policy, dropUnnamedMonologues). A known row
// that passes fails the test, so that its mark is taken off.
func TestFBodiesGrid(t *testing.T) {
	runFBodiesGrid(t, slices.Concat(fbodiesGridRows, fbodiesGridRows2, fbodiesGridRows3), 120)
}

// runFBodiesGrid runs rows under the grid's article date, each in its own
// language (runGrid); the grid holds at least min rows.
func runFBodiesGrid(t *testing.T, rows []fbodiesRow, min int) {
	t.Helper()
	if len(rows) < min {
		t.Errorf("grid has %d rows, want at least %d", len(rows), min)
	}
	runGrid(t, rows, 0, func(c fbodiesRow) (string, Input, bool) {
		return c.name, Input{Text: c.text, Lang: c.lang, Published: fbodiesGridPublished}, c.known
	}, func(d *facts.Document, c fbodiesRow) []string { return nameProblems(d, c.want, c.absent, c.none) })
}
