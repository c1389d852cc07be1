package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// idForeign39Row is a row of the Indonesian foreign-domestic grid: want
// and absent as nameProblems reads them, none for a row with no actor,
// noHome for a row none of whose events may have Indonesia or one of its
// bodies as source or target, known for a known failure.
type idForeign39Row struct {
	name, text   string
	want, absent []string
	none, noHome bool
	known        bool
}

// idForeign39GridRows are Indonesian present-day news sentences and short
// articles (2015-2026), many of them in the style of foreign wire copy
// translated into Indonesian, about another state's domestic affairs,
// where a generic Indonesian name of a body or office ("Mahkamah Agung",
// "Kementerian Pertahanan", "polisi", "parlemen", "Bank Sentral", "Jaksa
// Agung") belongs to THAT state: the sentence or the article signals the
// state by a person the gazetteer knows ("Obama", "Erdogan"), a seat of
// government or capital ("Gedung Putih", "Kremlin", "Downing Street",
// "Ankara"), or a state named earlier in the article; and contrasting rows
// where the body stays Indonesia's (no foreign signal, an Indonesian
// person or place, a foreign person only as the object after the body).
// A made body is wanted as "<state>-<type>" with kind and state, as the
// bodies grids do. Written and annotated before the extractor ran on them.
var idForeign39GridRows = []idForeign39Row{
	// A known foreign person before the body.
	{"obama gedung putih ma", "Dalam pidatonya di Gedung Putih, Obama memuji keputusan Mahkamah Agung tentang reformasi layanan kesehatan.", []string{"usa-supreme-court/court/USA", "barack-obama"}, []string{"idn-supreme-court"}, false, true, false},
	{"erdogan mk", "Erdogan menuduh Mahkamah Konstitusi melampaui kewenangannya dalam kasus wartawan yang ditahan.", []string{"tur-constitutional-court/court/TUR", "recep-tayyip-erdogan"}, []string{"idn-constitutional-court"}, false, true, false},
	{"putin kemhan", "Putin memerintahkan Kementerian Pertahanan mempercepat produksi rudal hipersonik.", []string{"rus-defense-ministry/agency/RUS", "vladimir-putin"}, []string{"idn-defense-ministry"}, false, true, false},
	{"netanyahu militer", "Netanyahu mengatakan Militer akan melanjutkan operasi darat di Rafah.", []string{"isr-armed-forces/military/ISR", "benjamin-netanyahu"}, []string{"idn-armed-forces"}, false, true, false},
	{"trump jaksa agung", "Trump menginstruksikan Jaksa Agung untuk menyelidiki lawan-lawan politiknya.", []string{"usa-attorney-general", "donald-trump"}, []string{"idn-attorney-general"}, false, true, false},
	{"erdogan polisi kudeta", "Erdogan mengatakan Polisi telah menangkap puluhan tersangka percobaan kudeta.", []string{"tur-police/agency/TUR", "recep-tayyip-erdogan"}, []string{"idn-police"}, false, true, false},
	{"modi ma pasal 370", "Modi memuji Mahkamah Agung atas putusannya mengenai status khusus Kashmir.", []string{"ind-supreme-court/court/IND", "narendra-modi"}, []string{"idn-supreme-court"}, false, true, false},
	{"lula bank sentral", "Lula kembali menyerang Bank Sentral karena mempertahankan suku bunga tinggi.", []string{"bra-central-bank/agency/BRA", "luiz-inacio-lula-da-silva"}, []string{"idn-central-bank"}, false, true, false},
	{"zelensky parlemen", "Zelensky meminta Parlemen memperpanjang masa darurat militer selama 90 hari.", []string{"ukr-parliament/legislature/UKR", "volodymyr-zelenskyy"}, nil, false, true, false},
	{"milei kongres", "Milei mengancam akan memveto undang-undang pensiun yang disahkan Kongres.", []string{"arg-congress/legislature/ARG", "javier-milei"}, []string{"usa-congress"}, false, true, false},
	{"yoon majelis nasional", "Yoon Suk Yeol mengumumkan darurat militer, tetapi Majelis Nasional segera membatalkannya.", []string{"kor-parliament/legislature/KOR", "yoon-suk-yeol"}, nil, false, true, false},
	{"macron parlemen bubar", "Macron membubarkan Parlemen dan menyerukan pemilihan umum dini.", []string{"fra-parliament/legislature/FRA", "emmanuel-macron"}, nil, false, true, false},
	{"netanyahu ma reformasi", "Netanyahu bersikeras Mahkamah Agung tidak berwenang membatalkan undang-undang dasar.", []string{"isr-supreme-court/court/ISR", "benjamin-netanyahu"}, []string{"idn-supreme-court"}, false, true, false},
	{"ramaphosa kepolisian", "Ramaphosa menonaktifkan kepala Kepolisian setelah tuduhan korupsi mencuat.", []string{"zaf-police/agency/ZAF", "cyril-ramaphosa"}, []string{"idn-police"}, false, true, false},
	{"marcos kemhan", "Marcos memerintahkan Kementerian Pertahanan memperkuat kehadiran di Laut China Selatan.", []string{"phl-defense-ministry/agency/PHL", "ferdinand-marcos-jr"}, []string{"idn-defense-ministry"}, false, true, true}, // known: a lone "Marcos" is no known person (two Ferdinand Marcoses), so no state

	// A seat of government or a capital before the body.
	{"kremlin kemlu", "Kremlin menyatakan Kementerian Luar Negeri akan menanggapi sanksi baru itu secara setimpal.", []string{"rus-presidency", "rus-foreign-ministry/agency/RUS"}, []string{"idn-foreign-ministry"}, false, true, false},
	{"downing street polisi", "Downing Street mengatakan Polisi sedang menyelidiki kebocoran dokumen anggaran itu.", []string{"gbr-government", "gbr-police/agency/GBR"}, []string{"idn-police"}, false, true, false},
	{"gedung putih kemlu", "Gedung Putih mengatakan Kementerian Luar Negeri akan mengevakuasi staf kedutaan yang tidak penting.", []string{"usa-presidency", "usa-foreign-ministry/agency/USA"}, []string{"idn-foreign-ministry"}, false, true, false},
	{"di ankara mk", "Di Ankara, Mahkamah Konstitusi memutuskan penahanan wartawan itu melanggar hak asasi.", []string{"tur-constitutional-court/court/TUR"}, []string{"idn-constitutional-court"}, false, true, false},
	{"di moskow kemhan", "Di Moskow, Kementerian Pertahanan mengumumkan latihan nuklir taktis.", []string{"rus-defense-ministry/agency/RUS"}, []string{"idn-defense-ministry"}, false, true, false},

	// The state named in an earlier sentence of the article.
	{"article turki bank sentral", "Presiden Turki Recep Tayyip Erdogan kembali mengkritik kebijakan moneter. Bank Sentral memangkas suku bunga acuan sebesar 200 basis poin pada Kamis.", []string{"tur-central-bank/agency/TUR", "recep-tayyip-erdogan", "TUR"}, []string{"idn-central-bank"}, false, true, false},
	{"article korsel mk", "Korea Selatan dilanda krisis politik terburuk dalam beberapa dekade. Mahkamah Konstitusi akan memutuskan nasib presiden pekan depan.", []string{"kor-constitutional-court/court/KOR", "KOR"}, []string{"idn-constitutional-court"}, false, true, false},
	{"article prancis parlemen", "Presiden Prancis Emmanuel Macron menunjuk perdana menteri baru. Parlemen diperkirakan akan mengajukan mosi tidak percaya.", []string{"fra-parliament/legislature/FRA", "emmanuel-macron"}, nil, false, true, false},
	{"article israel kepolisian", "Ribuan warga Israel berunjuk rasa di Tel Aviv menentang pemerintahan Netanyahu. Kepolisian menangkap 30 pengunjuk rasa.", []string{"isr-police/agency/ISR", "benjamin-netanyahu"}, []string{"idn-police"}, false, true, false},
	{"article trump kemhan", "Trump menandatangani perintah eksekutif soal transgender di militer. Kementerian Pertahanan mulai memberhentikan ribuan prajurit.", []string{"usa-defense-ministry/agency/USA", "donald-trump"}, []string{"idn-defense-ministry"}, false, true, false},

	// Contrasts: the body stays Indonesia's.
	{"ma tanpa sinyal", "Mahkamah Agung menolak permohonan kasasi terdakwa kasus korupsi tersebut.", []string{"idn-supreme-court/court/IDN"}, nil, false, false, false},
	{"prabowo ma", "Presiden Prabowo Subianto meminta Mahkamah Agung mempercepat penanganan perkara korupsi.", []string{"idn-supreme-court/court/IDN", "prabowo-subianto"}, nil, false, false, false},
	{"prabowo kemhan", "Prabowo memerintahkan Kementerian Pertahanan mempercepat pengadaan kapal selam.", []string{"idn-defense-ministry/agency/IDN", "prabowo-subianto"}, nil, false, false, false},
	{"kemlu panggil dubes as trump", "Kementerian Luar Negeri memanggil duta besar Amerika Serikat terkait pernyataan Trump.", []string{"idn-foreign-ministry/agency/IDN"}, []string{"usa-foreign-ministry"}, false, false, false},
	{"kemlu sambut rubio jakarta", "Kementerian Luar Negeri menyambut kunjungan Menteri Luar Negeri AS Marco Rubio ke Jakarta.", []string{"idn-foreign-ministry/agency/IDN"}, []string{"usa-foreign-ministry"}, false, false, false},
	{"polisi tangkap warga australia", "Polisi menangkap seorang warga Australia yang membawa narkoba di Bandara Ngurah Rai.", []string{"idn-police/agency/IDN"}, []string{"aus-police"}, false, false, false},
	{"article indonesia kemlu israel", "Pemerintah Indonesia mengecam serangan Israel ke Gaza. Kementerian Luar Negeri menyerukan gencatan senjata segera.", []string{"idn-foreign-ministry/agency/IDN"}, []string{"isr-foreign-ministry"}, false, false, false},
	{"jokowi bank sentral", "Jokowi meminta Bank Sentral menjaga stabilitas nilai tukar rupiah.", []string{"idn-central-bank/agency/IDN", "joko-widodo"}, nil, false, false, false},
	{"di surabaya polisi", "Di Surabaya, Polisi membubarkan unjuk rasa menolak kenaikan harga BBM.", []string{"idn-police/agency/IDN"}, nil, false, false, false},
	{"sugiono kemlu lavrov", "Menteri Luar Negeri Sugiono mengatakan Kementerian Luar Negeri akan menindaklanjuti pertemuan dengan Sergei Lavrov.", []string{"idn-foreign-ministry/agency/IDN", "sugiono"}, []string{"rus-foreign-ministry"}, false, false, false},
	{"article jakarta polisi", "JAKARTA - Ribuan buruh berunjuk rasa di depan gedung DPR. Polisi mengerahkan 5.000 personel untuk mengamankan aksi itu.", []string{"idn-police/agency/IDN"}, nil, false, false, false},

	// Two foreign states: whose body, the sentence does not say.
	{"trump putin kemlu", "Trump dan Putin sepakat bertemu, sementara Kementerian Luar Negeri menyiapkan agenda pertemuan.", []string{"donald-trump", "vladimir-putin"}, []string{"idn-foreign-ministry", "usa-foreign-ministry", "rus-foreign-ministry"}, false, true, false},
}

// idForeign39Problems is nameProblems and, for a row marked noHome, every
// event whose source or target is Indonesia or one of its bodies.
func idForeign39Problems(x *Extractor, c idForeign39Row) []string {
	d, err := x.Article(context.Background(), Input{Text: c.text, Lang: "id", Published: idBodiesGridPublished})
	if err != nil {
		return []string{err.Error()}
	}
	probs := nameProblems(d, c.want, c.absent, c.none)
	if c.noHome {
		for _, e := range d.Events {
			for _, s := range []string{e.Source, e.Target} {
				if s == "IDN" || strings.HasPrefix(s, "idn-") {
					probs = append(probs, fmt.Sprintf("event %s %s->%s has Indonesia", e.Cameo, e.Source, e.Target))
				}
			}
		}
	}
	return probs
}

// runIDForeign39 runs rows and logs how many pass.
func runIDForeign39(t *testing.T, rows []idForeign39Row) {
	t.Helper()
	x := extractor(t)
	pass, failKnown := 0, 0
	for _, c := range rows {
		t.Run(c.name, func(t *testing.T) {
			judgeRow(t, c.known, idForeign39Problems(x, c), &pass, &failKnown)
		})
	}
	t.Logf("%d rows: %d pass, %d known failures", len(rows), pass, failKnown)
}

// TestIDForeign39Grid runs idForeign39GridRows.
func TestIDForeign39Grid(t *testing.T) {
	runIDForeign39(t, idForeign39GridRows)
}

// idForeign39Batch2Rows are the grid's second batch, written and annotated
// after the first batch's rules, before running.
var idForeign39Batch2Rows = []idForeign39Row{
	{"b2 starmer polisi", "Starmer mengatakan Polisi akan diberi kewenangan baru untuk menindak kerusuhan.", []string{"gbr-police/agency/GBR", "keir-starmer"}, []string{"idn-police"}, false, true, false},
	{"b2 merz parlemen", "Merz meminta Parlemen menyetujui paket utang untuk belanja pertahanan.", []string{"deu-parliament/legislature/DEU", "friedrich-merz"}, nil, false, true, false},
	{"b2 takaichi kemhan", "Takaichi menginstruksikan Kementerian Pertahanan menyusun rencana kenaikan anggaran.", []string{"jpn-defense-ministry/agency/JPN", "sanae-takaichi"}, []string{"idn-defense-ministry"}, false, true, false},
	{"b2 anwar ma", "Anwar Ibrahim menghormati putusan Mahkamah Agung dalam kasus yang menjerat mantan perdana menteri itu.", []string{"mys-supreme-court/court/MYS", "anwar-ibrahim"}, []string{"idn-supreme-court"}, false, true, false},
	{"b2 lee jae-myung jaksa agung", "Lee Jae-myung menunjuk Jaksa Agung baru untuk mereformasi kejaksaan.", []string{"kor-attorney-general", "lee-jae-myung"}, []string{"idn-attorney-general"}, false, true, false},
	{"b2 elysee kemlu", "Istana Elysee menyatakan Kementerian Luar Negeri telah memanggil duta besar Aljazair.", []string{"fra-presidency", "fra-foreign-ministry/agency/FRA"}, []string{"idn-foreign-ministry"}, false, true, false},
	{"b2 di tokyo bank sentral", "Di Tokyo, Bank Sentral menaikkan suku bunga untuk pertama kalinya dalam 17 tahun.", []string{"jpn-central-bank/agency/JPN"}, []string{"idn-central-bank"}, false, true, false},
	{"b2 article meksiko senat", "Presiden Meksiko Claudia Sheinbaum mengajukan reformasi peradilan. Senat menyetujuinya pada Rabu dini hari.", []string{"mex-senate/legislature/MEX", "claudia-sheinbaum"}, nil, false, true, false},
	{"b2 article pakistan militer", "Imran Khan kembali menuduh pemerintah Pakistan mencurangi pemilu. Mahkamah Agung menolak petisinya.", []string{"pak-supreme-court/court/PAK", "imran-khan"}, []string{"idn-supreme-court"}, false, true, false},
	{"b2 milei bank sentral", "Milei berjanji akan menutup Bank Sentral dan mengganti peso dengan dolar.", []string{"arg-central-bank/agency/ARG", "javier-milei"}, []string{"idn-central-bank"}, false, true, false},
	{"b2 kontras prabowo kemlu", "Prabowo menugaskan Kementerian Luar Negeri memulangkan WNI dari Iran.", []string{"idn-foreign-ministry/agency/IDN", "prabowo-subianto"}, []string{"irn-foreign-ministry"}, false, false, false},
	{"b2 kontras polisi trump", "Polisi memperketat pengamanan kedutaan besar AS menjelang pelantikan Trump.", []string{"idn-police/agency/IDN"}, []string{"usa-police"}, false, false, false},
	{"b2 kontras article jokowi", "Presiden Joko Widodo meresmikan bendungan di Jawa Tengah. Kementerian Pertanian menyebut bendungan itu akan mengairi 5.000 hektare sawah.", []string{"idn-agriculture-ministry/agency/IDN", "joko-widodo"}, nil, false, false, false},
	{"b2 kontras ma tanpa", "Mahkamah Konstitusi menolak gugatan uji materi undang-undang pemilu.", []string{"idn-constitutional-court/court/IDN"}, nil, false, false, false},
	{"b2 dua negara polisi", "Erdogan dan Putin bertemu di Sochi, sementara Polisi mengamankan lokasi pertemuan.", []string{"recep-tayyip-erdogan", "vladimir-putin"}, []string{"idn-police", "tur-police", "rus-police"}, false, true, false},
}

// TestIDForeign39Batch2 runs the grid's second batch.
func TestIDForeign39Batch2(t *testing.T) {
	runIDForeign39(t, idForeign39Batch2Rows)
}
