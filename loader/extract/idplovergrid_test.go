package extract

import (
	"context"
	"fmt"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestIDPloverGrid checks the event coding of present-day Indonesian news
// sentences by PLOVER event type, as the official CAMEO→PLOVER table the
// extractor uses (cameo.plover.tsv) maps the CAMEO code it gives: AGREE
// (03), CONSULT (04), SUPPORT (05), COOPERATE (06), AID (07), CONCEDE and
// RETREAT (08: 0813, 0814, 084-087 are RETREAT), REQUEST (10), ACCUSE (09,
// 11), REJECT (12), THREATEN (13), PROTEST (14), MOBILIZE (15), SANCTION
// (16 but 163), COERCE (163, 17, 191, 192), ASSAULT (18, 19 but 191-192,
// 20, 1712, 175). Each type has about eight to ten rows in varied phrasings:
// meN- and di- verbs, ber- verbs, bare verbs, nominalizations (penangkapan
// … oleh …), the passive with oleh, reported speech (mengatakan, menurut)
// and negation (tidak, belum) or the future and plans (akan, berencana),
// which must give no fact. The root field of a row's events holds the
// PLOVER type. A person's or place's state stands for it, as in the other
// event grids; in these rows an empty source matches any source. The
// sentences were written for the test in the style of present-day
// Indonesian news and annotated before the extractor ran on them; a row
// marked known is a known failure and fails the test when it passes.
//
// Before any rule or data of this grid: 109 of 151 rows pass. After the
// data (mutual exchanges of prisoners, withdrawals and recalls from a
// place, ceasefires agreed, acceded demands, vetoes, martial law, thanks,
// joint patrols): 118 of 151. A second batch of 14 rows, annotated before
// its first run: 4 of 14 passed without this grid's data, 11 of 14 with
// it. After one rule (a group noun that ends a pattern starts its owner's
// mention) and expelled and recalled ambassadors: 120 of 151 and 12 of 14;
// with three more forms (a bare "sepakat gencatan senjata", prompted by the
// second batch, inspectors allowed in, frozen assets): 122 of 151 and 13 of
// 14 (135 of 165 in all, the floor).
func TestIDPloverGrid(t *testing.T) {
	x := extractor(t)
	type ev = syntaxEvent
	tests := []eventRow{
		// AGREE: intents, offers, promises (03).
		{"agree sepakat menyelesaikan", "Indonesia dan Malaysia sepakat menyelesaikan sengketa perbatasan melalui perundingan.",
			[]ev{{"IDN", "", "AGREE", "MYS", "", ""}}, nil, false, true},
		{"agree berjanji memberikan", "Jepang berjanji memberikan bantuan senilai 300 juta dolar kepada Vietnam.",
			[]ev{{"JPN", "", "AGREE", "VNM", "", ""}}, []ev{{"JPN", "", "AID", "", "", "fact"}}, false, false},
		{"agree bersedia berunding", "Rusia menyatakan bersedia berunding dengan Ukraina di Istanbul.",
			[]ev{{"RUS", "", "AGREE", "UKR", "", ""}}, []ev{{"RUS", "", "CONSULT", "UKR", "", "fact"}}, false, false},
		{"agree menawarkan diri menengahi", "Turki menawarkan diri untuk menengahi konflik antara Pakistan dan Afghanistan.",
			[]ev{{"TUR", "", "AGREE", "", "", ""}}, nil, false, false},
		{"agree akan mengunjungi", "Presiden Prabowo akan mengunjungi Jepang pekan depan.",
			[]ev{{"IDN", "", "AGREE", "JPN", "", ""}}, []ev{{"IDN", "", "CONSULT", "JPN", "", "fact"}}, false, false},
		{"agree siap membantu", "China siap membantu Myanmar membangun kembali wilayah yang dilanda gempa.",
			[]ev{{"CHN", "", "AGREE", "MMR", "", ""}}, []ev{{"CHN", "", "AID", "MMR", "", "fact"}}, false, false},
		{"agree sepakat untuk meningkatkan", "Vietnam dan Filipina sepakat untuk meningkatkan kerja sama penjaga pantai.",
			[]ev{{"VNM", "", "AGREE", "PHL", "", ""}}, nil, false, false},
		{"agree berjanji akan mendukung", "India berjanji akan mendukung pencalonan Indonesia sebagai anggota tidak tetap Dewan Keamanan PBB.",
			[]ev{{"IND", "", "AGREE", "IDN", "", ""}}, nil, false, false},
		{"agree menyetujui usulan", "Hamas menyetujui usulan gencatan senjata yang diajukan Mesir dan Qatar.",
			[]ev{{"hamas", "", "AGREE", "", "", ""}}, nil, false, false},

		// CONSULT: meetings, visits, calls, talks (04).
		{"consult bertemu dengan", "Menteri Luar Negeri Sugiono bertemu dengan Menteri Luar Negeri Jepang di Tokyo pada Rabu.",
			[]ev{{"IDN", "", "CONSULT", "JPN", "", "fact"}}, nil, false, false},
		{"consult mengunjungi", "Presiden Vietnam mengunjungi Jakarta untuk membahas kerja sama perdagangan.",
			[]ev{{"VNM", "", "CONSULT", "IDN", "", "fact"}}, nil, false, true},
		{"consult berbicara telepon", "Kanselir Jerman Friedrich Merz berbicara melalui telepon dengan Presiden Prancis Emmanuel Macron.",
			[]ev{{"DEU", "", "CONSULT", "FRA", "", "fact"}}, nil, false, false},
		{"consult berunding di", "Delegasi Iran dan Amerika Serikat berunding di Muscat, Oman.",
			[]ev{{"IRN", "", "CONSULT", "USA", "", "fact"}}, nil, false, false},
		{"consult menerima kunjungan", "Perdana Menteri Singapura Lawrence Wong menerima kunjungan Presiden Prabowo di Istana.",
			[]ev{{"SGP", "", "CONSULT", "IDN", "", "fact"}}, nil, false, false},
		{"consult pertemuan antara", "Pertemuan antara Menteri Luar Negeri Korea Selatan dan Menteri Luar Negeri Jepang berlangsung di Seoul.",
			[]ev{{"KOR", "", "CONSULT", "JPN", "", "fact"}}, nil, false, false},
		{"consult dijadwalkan", "Presiden Filipina dijadwalkan bertemu Presiden China pada bulan depan.",
			nil, []ev{{"PHL", "", "CONSULT", "CHN", "", "fact"}}, false, false},
		{"consult belum bertemu", "Menteri Pertahanan Australia belum bertemu dengan mitranya dari China.",
			nil, []ev{{"AUS", "", "CONSULT", "CHN", "", "fact"}}, false, false},
		{"consult menggelar perundingan", "Thailand dan Kamboja menggelar perundingan di Kuala Lumpur yang dimediasi Malaysia.",
			[]ev{{"THA", "", "CONSULT", "KHM", "", "fact"}}, nil, false, false},

		// SUPPORT: praise, endorsement, recognition, apology, formal agreements (05).
		{"support menyatakan dukungan", "Arab Saudi menyatakan dukungan terhadap kedaulatan Suriah.",
			[]ev{{"SAU", "", "SUPPORT", "SYR", "", ""}}, nil, false, true},
		{"support memuji", "Amerika Serikat memuji peran Indonesia dalam misi perdamaian di Lebanon.",
			[]ev{{"USA", "", "SUPPORT", "IDN", "", "fact"}}, nil, false, false},
		{"support mengakui", "Brasil secara resmi mengakui Palestina sebagai negara merdeka.",
			[]ev{{"BRA", "", "SUPPORT", "PSE", "", "fact"}}, nil, false, false},
		{"support terima kasih", "Presiden Korea Selatan menyampaikan terima kasih kepada Jepang atas bantuan evakuasi.",
			[]ev{{"KOR", "", "SUPPORT", "JPN", "", "fact"}}, nil, false, false},
		{"support membela", "Malaysia membela hak rakyat Palestina dalam sidang Majelis Umum PBB.",
			[]ev{{"MYS", "", "SUPPORT", "PSE", "", "fact"}}, nil, false, false},
		{"support menandatangani perjanjian", "Indonesia dan Australia menandatangani perjanjian keamanan bersama di Canberra.",
			[]ev{{"IDN", "", "SUPPORT", "AUS", "", "fact"}}, nil, false, false},
		{"support menyambut baik", "Prancis menyambut baik keputusan Iran untuk kembali bekerja sama dengan IAEA.",
			[]ev{{"FRA", "", "SUPPORT", "IRN", "", "fact"}}, nil, false, false},
		{"support ditandatangani", "Perjanjian damai antara Armenia dan Azerbaijan ditandatangani di Washington.",
			[]ev{{"ARM", "", "SUPPORT", "AZE", "", "fact"}}, nil, false, true},
		{"support permintaan maaf", "Jepang menyampaikan permintaan maaf kepada Korea Selatan atas insiden tersebut.",
			[]ev{{"JPN", "", "SUPPORT", "KOR", "", "fact"}}, nil, false, false},
		{"support tidak akan mengakui", "Jerman tidak akan mengakui negara Palestina dalam waktu dekat.",
			nil, []ev{{"DEU", "", "SUPPORT", "PSE", "", "fact"}}, false, false},

		// COOPERATE: material cooperation (06).
		{"cooperate latihan gabungan", "Militer Indonesia dan Australia menggelar latihan gabungan di Darwin.",
			[]ev{{"IDN", "", "COOPERATE", "AUS", "", "fact"}}, nil, false, false},
		{"cooperate bekerja sama menindak", "Malaysia dan Thailand bekerja sama menindak penyelundupan narkoba di perbatasan.",
			[]ev{{"MYS", "", "COOPERATE", "THA", "", "fact"}}, nil, false, true},
		{"cooperate mengekstradisi", "Singapura mengekstradisi seorang buronan korupsi ke Indonesia.",
			[]ev{{"SGP", "", "COOPERATE", "IDN", "", "fact"}}, nil, false, false},
		{"cooperate berbagi intelijen", "Filipina dan Jepang berbagi intelijen tentang aktivitas kapal China.",
			[]ev{{"PHL", "", "COOPERATE", "JPN", "", "fact"}}, nil, false, true},
		{"cooperate latihan militer bersama", "Korea Selatan dan Amerika Serikat menggelar latihan militer bersama di Semenanjung Korea.",
			[]ev{{"KOR", "", "COOPERATE", "USA", "", "fact"}}, nil, false, false},
		{"cooperate akan latihan", "India dan Indonesia akan menggelar latihan bersama angkatan laut tahun depan.",
			nil, []ev{{"IND", "", "COOPERATE", "IDN", "", "fact"}}, false, false},
		{"cooperate kerja sama ekonomi", "Vietnam menjalin kerja sama ekonomi dengan Uni Emirat Arab.",
			[]ev{{"VNM", "", "COOPERATE", "ARE", "", "fact"}}, nil, false, false},
		{"cooperate patroli bersama", "Angkatan laut Indonesia dan Malaysia menggelar patroli bersama di Selat Malaka.",
			[]ev{{"IDN", "", "COOPERATE", "MYS", "", "fact"}}, nil, false, false},

		// AID (07).
		{"aid mengirimkan bantuan kemanusiaan", "Jepang mengirimkan bantuan kemanusiaan ke Myanmar setelah gempa.",
			[]ev{{"JPN", "", "AID", "MMR", "", "fact"}}, nil, false, false},
		{"aid menyalurkan bantuan dana", "Pemerintah Australia menyalurkan bantuan dana kepada Papua Nugini.",
			[]ev{{"AUS", "", "AID", "PNG", "", "fact"}}, nil, false, false},
		{"aid pinjaman", "Arab Saudi memberikan pinjaman senilai 3 miliar dolar kepada Pakistan.",
			[]ev{{"SAU", "", "AID", "PAK", "", "fact"}}, nil, false, false},
		{"aid memasok senjata", "Amerika Serikat memasok senjata kepada Ukraina.",
			[]ev{{"USA", "", "AID", "UKR", "", "fact"}}, nil, false, false},
		{"aid suaka", "Rusia memberikan suaka kepada mantan presiden Suriah Bashar al-Assad.",
			[]ev{{"RUS", "", "AID", "SYR", "", "fact"}}, nil, false, false},
		{"aid pasukan perdamaian", "Indonesia mengirim pasukan perdamaian ke Lebanon.",
			[]ev{{"IDN", "", "AID", "LBN", "", "fact"}}, nil, false, false},
		{"aid belum mengirimkan", "Jerman belum mengirimkan bantuan militer yang dijanjikan kepada Ukraina.",
			nil, []ev{{"DEU", "", "AID", "UKR", "", "fact"}}, false, false},
		{"aid berencana hibah", "China berencana memberikan hibah kepada Kamboja.",
			nil, []ev{{"CHN", "", "AID", "KHM", "", "fact"}}, false, false},
		{"aid pasif diberikan oleh", "Bantuan pangan untuk warga Afghanistan diberikan oleh Uni Emirat Arab.",
			[]ev{{"ARE", "", "AID", "AFG", "", "fact"}}, nil, false, false},

		// CONCEDE: yielding, easing, acceding (08 but RETREAT codes).
		{"concede menyerah kepada", "Ratusan anggota milisi menyerah kepada militer Nigeria.",
			[]ev{{"", "", "CONCEDE", "NGA", "", "fact"}}, nil, false, true},
		{"concede mencabut larangan", "Pemerintah Sri Lanka mencabut larangan impor dari India.",
			[]ev{{"LKA", "", "CONCEDE", "IND", "", "fact"}}, nil, false, false},
		{"concede melonggarkan pembatasan", "Thailand melonggarkan pembatasan perjalanan bagi warga Malaysia.",
			[]ev{{"THA", "", "CONCEDE", "MYS", "", "fact"}}, nil, false, false},
		{"concede mengabulkan tuntutan", "Pemerintah Bangladesh mengabulkan tuntutan mahasiswa.",
			[]ev{{"BGD", "", "CONCEDE", "", "", "fact"}}, nil, false, false},
		{"concede mengalah", "Jepang akhirnya mengalah dalam sengketa tarif dengan Amerika Serikat.",
			[]ev{{"JPN", "", "CONCEDE", "USA", "", "fact"}}, nil, false, false},
		{"concede mencabut larangan ekspor", "Korea Selatan mencabut larangan ekspor ke Jepang.",
			[]ev{{"KOR", "", "CONCEDE", "JPN", "", "fact"}}, nil, false, false},
		{"concede memenuhi tuntutan", "Pemerintah Nepal memenuhi tuntutan para demonstran.",
			[]ev{{"NPL", "", "CONCEDE", "", "", "fact"}}, nil, false, false},
		{"concede tidak akan mengalah", "Presiden Venezuela mengatakan tidak akan mengalah kepada Amerika Serikat.",
			nil, []ev{{"VEN", "", "CONCEDE", "USA", "", "fact"}}, false, false},

		// RETREAT: releases, lifting sanctions, access, withdrawals, ceasefires.
		{"retreat membebaskan sandera", "Hamas membebaskan tiga sandera Israel pada Sabtu.",
			[]ev{{"hamas", "", "RETREAT", "ISR", "", "fact"}}, nil, false, false},
		{"retreat bertukar tawanan", "Rusia dan Ukraina bertukar tawanan perang.",
			[]ev{{"RUS", "", "RETREAT", "UKR", "", "fact"}}, nil, false, false},
		{"retreat mencabut sanksi", "Amerika Serikat mencabut sanksi terhadap Suriah.",
			[]ev{{"USA", "", "RETREAT", "SYR", "", "fact"}}, nil, false, false},
		{"retreat menarik pasukannya", "Israel menarik pasukannya dari Jalur Gaza.",
			[]ev{{"ISR", "", "RETREAT", "PSE", "", "fact"}}, nil, false, false},
		{"retreat mengizinkan inspektur", "Iran mengizinkan inspektur IAEA mengakses fasilitas nuklirnya.",
			[]ev{{"IRN", "", "RETREAT", "iaea", "", "fact"}}, nil, false, false},
		{"retreat menyepakati gencatan senjata", "Thailand dan Kamboja menyepakati gencatan senjata di perbatasan.",
			[]ev{{"THA", "", "RETREAT", "KHM", "", "fact"}}, nil, false, false},
		{"retreat belum mencabut", "Uni Eropa belum mencabut sanksi terhadap Belarus.",
			nil, []ev{{"european-union", "", "RETREAT", "BLR", "", "fact"}}, false, false},
		{"retreat membebaskan warga", "Korea Utara membebaskan seorang warga negara Amerika Serikat.",
			[]ev{{"PRK", "", "RETREAT", "USA", "", "fact"}}, nil, false, false},
		{"retreat pembebasan oleh", "Pembebasan dua jurnalis Prancis oleh Iran disambut baik Paris.",
			[]ev{{"IRN", "", "RETREAT", "FRA", "", "fact"}}, nil, false, true},

		// REQUEST: demands (10).
		{"request menuntut", "Palestina menuntut Israel menghentikan pembangunan permukiman di Tepi Barat.",
			[]ev{{"PSE", "", "REQUEST", "ISR", "", ""}}, nil, false, false},
		{"request mendesak", "Indonesia mendesak Myanmar segera menghentikan kekerasan terhadap warga sipil.",
			[]ev{{"IDN", "", "REQUEST", "MMR", "", ""}}, nil, false, false},
		{"request desakan", "Desakan Uni Eropa kepada Rusia untuk menarik pasukan tidak digubris.",
			[]ev{{"european-union", "", "REQUEST", "RUS", "", ""}}, nil, false, false},
		{"request menuntut menarik", "China menuntut Filipina menarik kapal perangnya dari Scarborough.",
			[]ev{{"CHN", "", "REQUEST", "PHL", "", ""}}, nil, false, false},
		{"request menuntut pencabutan", "Iran menuntut pencabutan seluruh sanksi sebelum perundingan dimulai.",
			[]ev{{"IRN", "", "REQUEST", "", "", ""}}, nil, false, true},
		{"request mendesak negara barat", "Ukraina mendesak negara-negara Barat mempercepat pengiriman senjata.",
			[]ev{{"UKR", "", "REQUEST", "", "", ""}}, nil, false, true},
		{"request menuntut meminta maaf", "Korea Selatan menuntut Jepang meminta maaf atas kerja paksa.",
			[]ev{{"KOR", "", "REQUEST", "JPN", "", ""}}, []ev{{"JPN", "", "SUPPORT", "KOR", "", "fact"}}, false, false},
		{"request pasif didesak oleh", "Pakistan didesak oleh Amerika Serikat untuk menindak kelompok militan.",
			[]ev{{"USA", "", "REQUEST", "PAK", "", ""}}, nil, false, false},
		{"request tuntutan agar", "Tuntutan Vietnam agar China menghormati zona ekonomi eksklusifnya ditolak Beijing.",
			[]ev{{"VNM", "", "REQUEST", "CHN", "", ""}}, nil, false, true},

		// ACCUSE: disapproval, accusation, investigation (09, 11).
		{"accuse menuduh melanggar", "Ukraina menuduh Rusia melanggar gencatan senjata.",
			[]ev{{"UKR", "", "ACCUSE", "RUS", "", "fact"}}, nil, false, false},
		{"accuse mengecam operasi", "Presiden Venezuela mengecam operasi militer Amerika Serikat di Karibia.",
			[]ev{{"VEN", "", "ACCUSE", "USA", "", "fact"}}, nil, false, false},
		{"accuse mengkritik keras", "Kementerian Luar Negeri Malaysia mengkritik keras kebijakan imigrasi Australia.",
			[]ev{{"MYS", "", "ACCUSE", "AUS", "", "fact"}}, nil, false, false},
		{"accuse menuding tiongkok", "Tiongkok menuding Amerika Serikat mencampuri urusan dalam negerinya.",
			[]ev{{"CHN", "", "ACCUSE", "USA", "", "fact"}}, nil, false, false},
		{"accuse dikecam oleh", "Israel dikecam oleh Spanyol setelah serangan di Lebanon.",
			[]ev{{"ESP", "", "ACCUSE", "ISR", "", "fact"}}, nil, false, false},
		{"accuse menggugat", "Afrika Selatan menggugat Israel ke Mahkamah Internasional.",
			[]ev{{"ZAF", "", "ACCUSE", "ISR", "", "fact"}}, nil, false, false},
		{"accuse menyesalkan", "Pemerintah Jerman menyesalkan keputusan Amerika Serikat keluar dari Perjanjian Paris.",
			[]ev{{"DEU", "", "ACCUSE", "USA", "", "fact"}}, nil, false, false},
		{"accuse menyelidiki", "PBB menyelidiki dugaan kejahatan perang di Sudan.",
			[]ev{{"united-nations", "", "ACCUSE", "", "", "fact"}}, nil, false, true},
		{"accuse kecaman terhadap", "Kecaman Indonesia terhadap Israel disampaikan di Dewan Keamanan PBB.",
			[]ev{{"IDN", "", "ACCUSE", "ISR", "", "fact"}}, nil, false, false},
		{"accuse tidak mengecam", "Filipina tidak mengecam China atas insiden tersebut.",
			nil, []ev{{"PHL", "", "ACCUSE", "CHN", "", "fact"}}, false, false},

		// REJECT (12).
		{"reject menolak usulan dari", "Rusia menolak usulan gencatan senjata dari Ukraina.",
			[]ev{{"RUS", "", "REJECT", "UKR", "", "fact"}}, nil, false, false},
		{"reject membantah tuduhan", "Israel membantah tuduhan Afrika Selatan soal genosida.",
			[]ev{{"ISR", "", "REJECT", "ZAF", "", "fact"}}, nil, false, false},
		{"reject menampik laporan", "China menampik laporan Jepang tentang kapal perang di dekat Senkaku.",
			[]ev{{"CHN", "", "REJECT", "JPN", "", "fact"}}, nil, false, false},
		{"reject memveto", "Amerika Serikat memveto resolusi gencatan senjata di Dewan Keamanan PBB.",
			[]ev{{"USA", "", "REJECT", "", "", "fact"}}, nil, false, false},
		{"reject menolak berunding", "Iran menolak berunding langsung dengan Amerika Serikat.",
			[]ev{{"IRN", "", "REJECT", "USA", "", "fact"}}, []ev{{"IRN", "", "CONSULT", "USA", "", "fact"}}, false, false},
		{"reject mengabaikan seruan", "Korea Utara mengabaikan seruan Korea Selatan untuk berdialog.",
			[]ev{{"PRK", "", "REJECT", "KOR", "", "fact"}}, nil, false, false},
		{"reject ditolak oleh", "Usulan damai Rusia ditolak oleh Ukraina.",
			[]ev{{"UKR", "", "REJECT", "RUS", "", "fact"}}, nil, false, false},
		{"reject menyangkal", "Kamboja menyangkal telah menanam ranjau di perbatasan dengan Thailand.",
			[]ev{{"KHM", "", "REJECT", "", "", "fact"}}, nil, false, false},
		{"reject menolak mengalah", "Iran menolak mengalah kepada tuntutan Amerika Serikat.",
			[]ev{{"IRN", "", "REJECT", "USA", "", "fact"}}, []ev{{"IRN", "", "CONCEDE", "USA", "", "fact"}}, false, false},

		// THREATEN (13).
		{"threaten mengancam akan melancarkan", "Korea Utara mengancam akan melancarkan serangan nuklir ke Amerika Serikat.",
			[]ev{{"PRK", "", "THREATEN", "USA", "", ""}}, []ev{{"PRK", "", "ASSAULT", "USA", "", "fact"}}, false, false},
		{"threaten mengancam tarif", "Presiden Trump mengancam mengenakan tarif 100 persen terhadap China.",
			[]ev{{"USA", "", "THREATEN", "CHN", "", ""}}, []ev{{"USA", "", "COERCE", "CHN", "", "fact"}}, false, false},
		{"threaten memperingatkan agar", "Rusia memperingatkan Finlandia agar tidak menempatkan senjata NATO di wilayahnya.",
			[]ev{{"RUS", "", "THREATEN", "FIN", "", ""}}, nil, false, false},
		{"threaten ultimatum", "Iran memberikan ultimatum kepada Israel.",
			[]ev{{"IRN", "", "THREATEN", "ISR", "", ""}}, nil, false, false},
		{"threaten bersumpah membalas", "Israel bersumpah membalas serangan rudal Iran.",
			[]ev{{"ISR", "", "THREATEN", "IRN", "", ""}}, nil, false, false},
		{"threaten ancaman terhadap", "Ancaman China terhadap Taiwan meningkat menjelang pemilu.",
			[]ev{{"CHN", "", "THREATEN", "TWN", "", ""}}, nil, false, false},
		{"threaten mengancam sanksi", "Uni Eropa mengancam menjatuhkan sanksi kepada Israel.",
			[]ev{{"european-union", "", "THREATEN", "ISR", "", ""}}, []ev{{"european-union", "", "COERCE", "ISR", "", "fact"}}, false, false},
		{"threaten memutus hubungan", "Thailand mengancam memutus hubungan diplomatik dengan Kamboja.",
			[]ev{{"THA", "", "THREATEN", "KHM", "", ""}}, []ev{{"THA", "", "SANCTION", "KHM", "", "fact"}}, false, false},
		{"threaten pasif diancam oleh", "Pakistan diancam oleh India dengan serangan militer.",
			[]ev{{"IND", "", "THREATEN", "PAK", "", ""}}, nil, false, true},

		// PROTEST (14).
		{"protest berunjuk rasa menentang", "Ribuan warga Korea Selatan berunjuk rasa menentang kunjungan Perdana Menteri Jepang.",
			[]ev{{"", "", "PROTEST", "", "", ""}}, nil, false, false},
		{"protest mogok kerja", "Buruh di Jakarta menggelar mogok kerja menuntut kenaikan upah.",
			[]ev{{"", "", "PROTEST", "", "", ""}}, nil, false, true},
		{"protest berdemonstrasi di depan", "Mahasiswa berdemonstrasi di depan Kedutaan Besar Amerika Serikat di Jakarta.",
			[]ev{{"", "", "PROTEST", "", "", ""}}, nil, false, true},
		{"protest aksi unjuk rasa", "Ratusan aktivis melakukan aksi unjuk rasa di depan Kedutaan Besar Israel di London.",
			[]ev{{"", "", "PROTEST", "", "", ""}}, nil, false, true},
		{"protest memblokade jalan", "Pengunjuk rasa memblokade jalan menuju bandara di Bangkok.",
			[]ev{{"", "", "PROTEST", "", "", ""}}, nil, false, true},
		{"protest mogok makan", "Tahanan Palestina melakukan mogok makan di penjara Israel.",
			[]ev{{"", "", "PROTEST", "", "", ""}}, nil, false, false},
		{"protest kerusuhan", "Kerusuhan pecah di Dhaka setelah pengumuman hasil pemilu.",
			[]ev{{"", "", "PROTEST", "", "", ""}}, nil, false, true},
		{"protest memprotes pemerintah", "Warga Georgia memprotes keputusan pemerintah menunda perundingan dengan Uni Eropa.",
			[]ev{{"", "", "PROTEST", "", "", ""}}, nil, false, true},
		{"protest menggelar demonstrasi", "Massa di Islamabad menggelar demonstrasi menentang serangan Israel.",
			[]ev{{"", "", "PROTEST", "", "", ""}}, nil, false, true},

		// MOBILIZE (15).
		{"mobilize mengerahkan pasukan", "India mengerahkan pasukan tambahan ke perbatasan dengan Pakistan.",
			[]ev{{"IND", "", "MOBILIZE", "", "", "fact"}}, nil, false, false},
		{"mobilize rudal ke laut", "Korea Utara meluncurkan rudal balistik ke Laut Jepang.",
			[]ev{{"PRK", "", "MOBILIZE", "", "", ""}}, []ev{{"PRK", "", "ASSAULT", "JPN", "", "fact"}}, false, true},
		{"mobilize kesiagaan", "Militer Taiwan meningkatkan kesiagaan setelah China menggelar latihan perang.",
			[]ev{{"TWN", "", "MOBILIZE", "", "", "fact"}}, nil, false, true},
		{"mobilize kapal induk dekat", "Amerika Serikat mengirim kapal induk ke dekat Venezuela.",
			[]ev{{"USA", "", "MOBILIZE", "", "", "fact"}}, nil, false, false},
		{"mobilize memobilisasi", "Thailand memobilisasi pasukan di perbatasan dengan Kamboja.",
			[]ev{{"THA", "", "MOBILIZE", "", "", "fact"}}, nil, false, false},
		{"mobilize latihan militer sekitar", "China menggelar latihan militer besar-besaran di sekitar Taiwan.",
			[]ev{{"CHN", "", "MOBILIZE", "", "", "fact"}}, nil, false, false},
		{"mobilize polisi dikerahkan", "Ribuan polisi Kenya dikerahkan untuk mengamankan demonstrasi di Nairobi.",
			[]ev{{"KEN", "", "MOBILIZE", "", "", "fact"}}, nil, false, true},
		{"mobilize berencana", "Rusia berencana mengerahkan pasukan ke perbatasan dengan Finlandia.",
			nil, []ev{{"RUS", "", "MOBILIZE", "", "", "fact"}}, false, false},

		// SANCTION (16 but 163) and, by the official table, sanctions,
		// tariffs, embargoes and boycotts (163) as COERCE. The first run
		// showed five rows annotated SANCTION for 163 acts against the
		// table; their annotation was corrected to COERCE before any rule.
		{"sanction menjatuhkan sanksi", "Uni Eropa menjatuhkan sanksi baru terhadap Iran.",
			[]ev{{"european-union", "", "COERCE", "IRN", "", "fact"}}, nil, false, false},
		{"sanction memberlakukan tarif", "Amerika Serikat memberlakukan tarif impor terhadap baja dari Vietnam.",
			[]ev{{"USA", "", "COERCE", "VNM", "", "fact"}}, nil, false, true},
		{"sanction mengusir diplomat", "Kanada mengusir diplomat India terkait pembunuhan aktivis Sikh.",
			[]ev{{"CAN", "", "SANCTION", "IND", "", "fact"}}, nil, false, false},
		{"sanction memutuskan hubungan", "Niger memutuskan hubungan diplomatik dengan Ukraina.",
			[]ev{{"NER", "", "SANCTION", "UKR", "", "fact"}}, nil, false, false},
		{"sanction dijatuhi sanksi oleh", "Rusia dijatuhi sanksi oleh Jepang.",
			[]ev{{"JPN", "", "COERCE", "RUS", "", "fact"}}, nil, false, false},
		{"sanction membekukan aset", "Pemerintah Inggris membekukan aset milik oligarki Rusia.",
			[]ev{{"GBR", "", "COERCE", "RUS", "", "fact"}}, nil, false, false},
		{"sanction menangguhkan bantuan", "Amerika Serikat menghentikan bantuan kepada Kolombia.",
			[]ev{{"USA", "", "SANCTION", "COL", "", "fact"}}, nil, false, false},
		{"sanction menghentikan impor", "China menghentikan impor makanan laut dari Jepang.",
			[]ev{{"CHN", "", "SANCTION", "JPN", "", "fact"}}, nil, false, true},
		{"sanction tidak menjatuhkan", "Uni Eropa tidak menjatuhkan sanksi kepada Israel.",
			nil, []ev{{"european-union", "", "COERCE", "ISR", "", "fact"}}, false, false},
		{"sanction menarik duta besar", "Kolombia menarik duta besarnya dari Israel.",
			[]ev{{"COL", "", "SANCTION", "ISR", "", "fact"}}, nil, false, false},

		// COERCE (163, 17, 191, 192).
		{"coerce menangkap", "Polisi Malaysia menangkap dua warga negara Indonesia atas dugaan penyelundupan.",
			[]ev{{"MYS", "", "COERCE", "IDN", "", "fact"}}, nil, false, false},
		{"coerce penangkapan oleh", "Penangkapan jurnalis Amerika Serikat oleh otoritas Rusia memicu kecaman.",
			[]ev{{"RUS", "", "COERCE", "USA", "", "fact"}}, nil, false, true},
		{"coerce menahan", "Otoritas Iran menahan seorang warga negara Prancis atas tuduhan spionase.",
			[]ev{{"IRN", "", "COERCE", "FRA", "", "fact"}}, nil, false, false},
		{"coerce mendeportasi", "Pemerintah Malaysia mendeportasi ratusan pekerja migran asal Indonesia.",
			[]ev{{"MYS", "", "COERCE", "IDN", "", "fact"}}, nil, false, false},
		{"coerce memblokade", "Israel memblokade Jalur Gaza.",
			[]ev{{"ISR", "", "COERCE", "PSE", "", "fact"}}, nil, false, false},
		{"coerce merebut kota", "Pasukan Rusia merebut kota Pokrovsk di Ukraina timur.",
			[]ev{{"RUS", "", "COERCE", "UKR", "", "fact"}}, nil, false, false},
		{"coerce menyita kapal", "Otoritas China menyita kapal nelayan Vietnam.",
			[]ev{{"CHN", "", "COERCE", "VNM", "", "fact"}}, nil, false, false},
		{"coerce darurat militer", "Junta Myanmar memberlakukan darurat militer di sejumlah wilayah.",
			[]ev{{"MMR", "", "COERCE", "", "", "fact"}}, nil, false, true},
		{"coerce ditahan oleh", "Dua warga Korea Selatan ditahan oleh aparat Kamboja.",
			[]ev{{"KHM", "", "COERCE", "KOR", "", "fact"}}, nil, false, false},
		{"coerce tidak menangkap", "Polisi Inggris tidak menangkap para demonstran di London.",
			nil, []ev{{"GBR", "", "COERCE", "", "", "fact"}}, false, false},

		// ASSAULT (18, 19, 20, 1712, 175).
		{"assault menyerang dengan", "Rusia menyerang Kyiv dengan rudal dan drone pada Kamis dini hari.",
			[]ev{{"RUS", "", "ASSAULT", "UKR", "", "fact"}}, nil, false, false},
		{"assault diserang oleh", "Kota Odesa diserang oleh drone Rusia.",
			[]ev{{"RUS", "", "ASSAULT", "UKR", "", "fact"}}, nil, false, false},
		{"assault melancarkan serangan udara", "Israel melancarkan serangan udara ke Lebanon selatan.",
			[]ev{{"ISR", "", "ASSAULT", "LBN", "", "fact"}}, nil, false, false},
		{"assault membombardir", "Militer Pakistan membombardir posisi Taliban di Afghanistan.",
			[]ev{{"PAK", "", "ASSAULT", "", "", "fact"}}, nil, false, false},
		{"assault baku tembak", "Pasukan Thailand dan Kamboja terlibat baku tembak di perbatasan.",
			[]ev{{"THA", "", "ASSAULT", "KHM", "", "fact"}}, nil, false, false},
		{"assault serangan drone menghantam", "Serangan drone Ukraina menghantam kilang minyak di Rusia.",
			[]ev{{"UKR", "", "ASSAULT", "RUS", "", "fact"}}, nil, false, false},
		{"assault menculik", "Kelompok bersenjata menculik lima warga negara China di Pakistan.",
			[]ev{{"", "", "ASSAULT", "CHN", "", "fact"}}, nil, false, true},
		{"assault menurut", "Menurut militer Lebanon, Israel menembaki desa-desa di perbatasan.",
			[]ev{{"ISR", "", "ASSAULT", "", "", ""}}, nil, false, true},
		{"assault akan menyerang jika", "Israel akan menyerang Iran jika program nuklirnya dilanjutkan.",
			nil, []ev{{"ISR", "", "ASSAULT", "IRN", "", "fact"}}, false, false},
		{"assault belum menyerang", "Amerika Serikat belum menyerang Venezuela, kata pejabat Pentagon.",
			nil, []ev{{"USA", "", "ASSAULT", "VEN", "", "fact"}}, false, false},

		// Reported speech over several types.
		{"speech mengatakan menangkap", "Juru bicara kepolisian mengatakan polisi Thailand menangkap tiga warga negara Myanmar.",
			[]ev{{"THA", "", "COERCE", "MMR", "", ""}}, nil, false, false},
		{"speech menurut bantuan", "Menurut Kementerian Luar Negeri, Indonesia telah mengirim bantuan ke Sudan.",
			[]ev{{"IDN", "", "AID", "SDN", "", ""}}, nil, false, false},

		// No event.
		{"none sepak bola menyerang", "Timnas Indonesia menyerang pertahanan Jepang sepanjang babak pertama.",
			nil, nil, true, false},
		{"none hama", "Hama tikus menyerang ratusan hektare sawah di Jawa Tengah.",
			nil, nil, true, false},
		{"none cuaca", "Banjir merendam ribuan rumah di Kabupaten Bekasi.",
			nil, nil, true, false},
		// Second batch, annotated before its first run.
		{"b2 retreat bertukar tahanan", "Armenia dan Azerbaijan bertukar tahanan di perbatasan kedua negara.",
			[]ev{{"ARM", "", "RETREAT", "AZE", "", "fact"}}, nil, false, false},
		{"b2 retreat pertukaran sandera", "Israel dan Hamas melakukan pertukaran sandera di Gaza.",
			[]ev{{"ISR", "", "RETREAT", "hamas", "", "fact"}}, nil, false, false},
		{"b2 retreat penarikan pasukan dari", "Rusia mengumumkan penarikan pasukan dari Kherson.",
			[]ev{{"RUS", "", "RETREAT", "UKR", "", ""}}, nil, false, true},
		{"b2 retreat sepakat gencatan senjata", "India dan Pakistan sepakat gencatan senjata setelah empat hari pertempuran.",
			[]ev{{"IND", "", "RETREAT", "PAK", "", "fact"}}, nil, false, false},
		{"b2 concede memenuhi tuntutan", "Pemerintah Kenya memenuhi tuntutan para pengunjuk rasa untuk membatalkan kenaikan pajak.",
			[]ev{{"KEN", "", "CONCEDE", "", "", "fact"}}, nil, false, false},
		{"b2 reject memveto", "Rusia memveto rancangan resolusi tentang Ukraina di Dewan Keamanan.",
			[]ev{{"RUS", "", "REJECT", "", "", "fact"}}, nil, false, false},
		{"b2 support mengucapkan terima kasih", "Presiden Filipina mengucapkan terima kasih kepada Jepang atas bantuan kapal patroli.",
			[]ev{{"PHL", "", "SUPPORT", "JPN", "", "fact"}}, nil, false, false},
		{"b2 cooperate patroli gabungan", "Indonesia dan Filipina menggelar patroli gabungan di Laut Sulawesi.",
			[]ev{{"IDN", "", "COOPERATE", "PHL", "", "fact"}}, nil, false, false},
		{"b2 agree menyetujui tawaran", "Ukraina menyetujui tawaran gencatan senjata dari Amerika Serikat.",
			[]ev{{"UKR", "", "AGREE", "USA", "", ""}}, nil, false, false},
		{"b2 coerce jam malam", "Pemerintah Nepal memberlakukan jam malam di Kathmandu.",
			[]ev{{"NPL", "", "COERCE", "", "", "fact"}}, nil, false, false},
		{"b2 retreat tidak menarik", "Israel tidak akan menarik pasukan dari Lebanon selatan.",
			nil, []ev{{"ISR", "", "RETREAT", "LBN", "", "fact"}}, false, false},
		{"b2 sanction mengusir duta besar", "Mali mengusir duta besar Prancis dari Bamako.",
			[]ev{{"MLI", "", "SANCTION", "FRA", "", "fact"}}, nil, false, false},
		{"b2 assault diserbu", "Sebuah kamp pengungsi di Tepi Barat diserbu oleh tentara Israel.",
			[]ev{{"ISR", "", "ASSAULT", "PSE", "", "fact"}}, nil, false, false},
		{"b2 request meminta", "Filipina meminta China menghentikan manuver berbahaya di Laut China Selatan.",
			[]ev{{"PHL", "", "REQUEST", "CHN", "", ""}}, nil, false, false},
	}
	runPloverRows(t, x, tests, 135)
}

// runPloverRows is runEventRowsIn for Indonesian rows whose events carry a
// PLOVER type in the root field.
func runPloverRows(t *testing.T, x *Extractor, rows []eventRow, floor int) {
	t.Helper()
	pass, failKnown := 0, 0
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			judgeRow(t, tc.known, ploverRowProblems(t, x, tc), &pass, &failKnown)
		})
	}
	t.Logf("%d rows: %d pass, %d known failures", len(rows), pass, failKnown)
	if pass < floor {
		t.Errorf("%d rows pass, want at least %d", pass, floor)
	}
}

// ploverRowProblems is eventRowProblems with each event's PLOVER type in
// place of its CAMEO root.
func ploverRowProblems(t *testing.T, x *Extractor, tc eventRow) []string {
	t.Helper()
	doc, err := x.Article(context.Background(), Input{Text: tc.text, Lang: "id", Published: "2025-11-15"})
	if err != nil {
		t.Fatal(err)
	}
	state := map[string]string{}
	for _, a := range doc.Actors {
		if (a.Kind == facts.KindPerson || a.Kind == facts.KindPlace) && a.Country != "" {
			state[a.ID] = a.Country
		}
	}
	var got, coded []syntaxEvent
	for _, e := range doc.Events {
		g := syntaxEvent{e.Source, e.SourceSector, e.Plover, e.Target, e.TargetSector, e.Status}
		got = append(got, g)
		c := g
		if st, ok := state[c.src]; ok {
			c.src = st
		}
		if st, ok := state[c.tgt]; ok {
			c.tgt = st
		}
		coded = append(coded, g, c)
	}
	var probs []string
	if tc.noEvents && len(got) > 0 {
		probs = append(probs, fmt.Sprintf("want no event, got %+v", got))
	}
	for _, w := range tc.want {
		if !w.foundInAnyTarget(coded) && !(w.src == "" && w.foundAnySource(coded)) {
			probs = append(probs, fmt.Sprintf("missing %+v; got %+v", w, got))
		}
	}
	for _, n := range tc.not {
		for _, g := range coded {
			if g.src == n.src && g.root == n.root && (n.tgt == "" || g.tgt == n.tgt) && (n.status == "" || g.status == n.status) {
				probs = append(probs, fmt.Sprintf("unexpected %+v", g))
				break
			}
		}
	}
	return probs
}
