package extract

import "testing"

// TestIDEvents2Grid is a second event-coding grid for present-day
// Indonesian-language news, beside TestIDEventsGrid: where that grid walks
// the CAMEO roots verb by verb, this one walks sentence structures. Reported
// speech (X mengatakan bahwa Y ...; menurut X, ...; a closing "kata X"), the
// passive with and without oleh (diserang oleh, dikecam, dijatuhi sanksi),
// relative clauses (yang), coordinated sources and targets, event nouns
// (serangan Israel ke Gaza, kunjungan ke Beijing, pertemuan antara A dan B),
// titles as sources (Menlu Rusia: the office holder's state), capitals as
// agents (Moskow membantah), time and modality (akan, berencana,
// dijadwalkan, sedang, telah, sudah, belum, tidak jadi), negation and
// denial, conditionals (jika, apabila), questions, headlines without verb
// prefixes (Rusia Serang Kyiv, 12 Tewas), and sentences of several clauses
// of which only one is an event. A head of state or government, a minister
// or a capital counts as its state. The sentences were written for the test
// in the style of present-day Indonesian news and annotated before the
// extractor ran on them; a row marked known is a known failure and fails the
// test when it passes.
//
// Before any rule or data of this grid: 88 of 120 rows pass. After them:
// 107 of 120. A second batch of 20 rows, annotated before its first run:
// 17 passed at once (121 of 140); after three more rules (a fronted
// clause's subject, memulihkan hubungan, a count after a capital's comma
// and a town named like a headline verb): 124 of 140 (the floor).
func TestIDEvents2Grid(t *testing.T) {
	x := extractor(t)
	type ev = syntaxEvent
	tests := []eventRow{
		// Reported speech: X mengatakan (bahwa) Y ... Z.
		{"speech mengatakan telah menyerang", "Juru bicara militer Ukraina mengatakan Rusia telah menyerang fasilitas gas di Poltava.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		{"speech menyatakan bahwa menolak", "Kementerian Luar Negeri Iran menyatakan bahwa Teheran menolak proposal nuklir yang diajukan Amerika Serikat.",
			[]ev{{"IRN", "", "12", "USA", "", ""}}, nil, false, false},
		{"speech menyebut sudah bertemu", "Sumber diplomatik menyebut Menteri Luar Negeri Sugiono sudah bertemu Menteri Luar Negeri Iran Abbas Araghchi di Doha.",
			[]ev{{"IDN", "", "04", "IRN", "", ""}}, nil, false, false},
		{"speech menegaskan akan", "Presiden Filipina Ferdinand Marcos Jr menegaskan Manila akan terus memprotes tindakan China di Laut China Selatan.",
			nil, []ev{{"PHL", "", "11", "CHN", "", "fact"}}, false, false},
		{"speech melaporkan", "Kantor berita Yonhap melaporkan Korea Utara menembakkan peluru artileri ke arah Korea Selatan pada Sabtu.",
			[]ev{{"PRK", "", "19", "KOR", "", ""}}, nil, false, false},
		{"speech mengklaim", "Militer Israel mengklaim telah menyerang markas Hizbullah di Lebanon selatan.",
			[]ev{{"ISR", "", "19", "", "", ""}}, nil, false, false},
		{"speech mengungkapkan bahwa", "Pejabat Amerika Serikat mengungkapkan bahwa Iran telah memasok rudal balistik kepada Rusia.",
			[]ev{{"IRN", "", "07", "RUS", "", ""}}, nil, false, false},
		{"speech speaker own state", "Perdana Menteri Jepang Shigeru Ishiba mengatakan Tokyo mengecam peluncuran rudal Korea Utara.",
			[]ev{{"JPN", "", "11", "PRK", "", ""}}, nil, false, false},
		{"speech ujar", "Indonesia siap mengirim pasukan perdamaian ke Gaza, ujar Presiden Prabowo Subianto di Istana Merdeka.",
			[]ev{{"IDN", "", "03", "", "", ""}}, []ev{{"IDN", "", "07", "PSE", "", "fact"}}, false, false},

		// Reported speech: menurut X, ...
		{"menurut kementerian", "Menurut Kementerian Pertahanan Rusia, pasukan Ukraina menyerang wilayah Belgorod dengan puluhan drone.",
			[]ev{{"UKR", "", "19", "RUS", "", ""}}, nil, false, false},
		{"menurut laporan", "Menurut laporan Reuters, Arab Saudi dan Israel telah mengadakan pembicaraan rahasia di Riyadh.",
			[]ev{{"SAU", "", "04", "ISR", "", ""}}, nil, false, false},
		{"menurut pejabat akhir", "Amerika Serikat akan memberlakukan tarif baru terhadap China bulan depan, menurut seorang pejabat Gedung Putih.",
			nil, []ev{{"USA", "", "16", "CHN", "", "fact"}}, false, false},
		{"menurut media pemerintah", "Menurut media pemerintah China, Beijing memanggil Duta Besar Filipina untuk menyampaikan protes.",
			[]ev{{"CHN", "", "11", "PHL", "", ""}}, nil, false, false},

		// Quotes closed by kata X.
		{"kata menlu", "\"Kami mengecam keras serangan Israel terhadap konvoi bantuan di Gaza,\" kata Menteri Luar Negeri Sugiono.",
			[]ev{{"", "", "11", "ISR", "", ""}}, nil, false, false},
		{"kata jubir", "Rusia menembakkan 40 rudal ke jaringan listrik Ukraina semalam, kata juru bicara Angkatan Udara Ukraina Yuriy Ihnat.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		{"kata tidak akan", "Jepang tidak akan mengakui klaim China atas Kepulauan Senkaku, kata Kepala Sekretaris Kabinet Jepang.",
			nil, []ev{{"JPN", "", "05", "CHN", "", "fact"}}, false, false},
		{"kata menambahkan", "Korea Selatan memprotes keras pelanggaran wilayah udaranya oleh pesawat militer Rusia, kata Kementerian Pertahanan di Seoul.",
			[]ev{{"KOR", "", "11", "RUS", "", ""}}, nil, false, false},
		{"kata none", "\"Situasinya masih sangat dinamis,\" kata seorang pejabat Kementerian Luar Negeri di Jakarta.",
			nil, nil, true, false},

		// Passive with oleh.
		{"pasif dikritik oleh menlu", "Kebijakan imigrasi Amerika Serikat dikritik oleh Menteri Luar Negeri Meksiko.",
			[]ev{{"MEX", "", "11", "USA", "", ""}}, []ev{{"USA", "", "11", "MEX", "", ""}}, false, false},
		{"pasif ditolak oleh", "Usulan gencatan senjata dari Amerika Serikat ditolak oleh Hamas pada Rabu malam.",
			[]ev{{"hamas", "", "12", "USA", "", ""}}, []ev{{"USA", "", "12", "hamas", "", ""}}, false, false},
		{"pasif ditangkap oleh", "Dua nelayan Indonesia ditangkap oleh aparat Malaysia di perairan Selat Malaka.",
			[]ev{{"MYS", "", "17", "IDN", "", ""}}, []ev{{"IDN", "", "17", "MYS", "", ""}}, false, false},
		{"pasif dijatuhi sanksi oleh", "Tiga perusahaan pelayaran Iran dijatuhi sanksi oleh Departemen Keuangan Amerika Serikat.",
			[]ev{{"USA", "", "16", "IRN", "", "fact"}}, []ev{{"IRN", "", "16", "USA", "", ""}}, false, false},
		{"pasif diserang oleh tanker", "Kapal tanker berbendera Liberia diserang oleh kelompok Houthi di Laut Merah.",
			[]ev{{"houthis", "", "19", "", "", ""}}, nil, false, false},
		{"pasif dikunjungi oleh", "Ibu kota Ukraina dikunjungi oleh Kanselir Jerman Friedrich Merz pada Senin.",
			[]ev{{"DEU", "", "04", "UKR", "", ""}}, nil, false, false},
		// known: a passive on a subject that is no actor (eksekusi aktivis) gives no event.
		{"pasif dikecam oleh banyak", "Eksekusi aktivis itu dikecam oleh Uni Eropa dan Inggris.",
			[]ev{{"european-union", "", "11", "", "", ""}}, nil, false, true},

		// Passive without oleh.
		{"pasif dikecam tanpa oleh", "Israel dikecam Turki dan Mesir atas serangan ke Qatar.",
			[]ev{{"TUR", "", "11", "ISR", "", ""}}, []ev{{"ISR", "", "11", "TUR", "", ""}}, false, false},
		{"pasif diserang tanpa oleh", "Pangkalan udara Al Udeid di Qatar diserang Iran pada Senin malam.",
			[]ev{{"IRN", "", "19", "QAT", "", ""}}, []ev{{"QAT", "", "19", "IRN", "", ""}}, false, false},
		{"pasif dijatuhi sanksi tanpa oleh", "Rusia kembali dijatuhi sanksi Uni Eropa terkait perang di Ukraina.",
			[]ev{{"european-union", "", "16", "RUS", "", ""}}, []ev{{"RUS", "", "16", "european-union", "", ""}}, false, false},
		{"pasif ditahan", "Dua diplomat Belanda ditahan aparat Rusia di Moskow.",
			[]ev{{"RUS", "", "17", "NLD", "", ""}}, []ev{{"NLD", "", "17", "RUS", "", ""}}, false, false},
		{"pasif ditolak tanpa oleh", "Permintaan ekstradisi dari Indonesia ditolak Singapura.",
			[]ev{{"SGP", "", "12", "IDN", "", ""}}, nil, false, false},
		// known: a di- passive with its agent right after it (no oleh) is not read.
		{"pasif dibantah", "Tuduhan itu langsung dibantah Kementerian Luar Negeri China.",
			[]ev{{"CHN", "", "12", "", "", ""}}, nil, false, true},
		{"pasif ditembak jatuh", "Drone Rusia ditembak jatuh militer Polandia di atas wilayah Lublin.",
			[]ev{{"POL", "", "19", "RUS", "", ""}}, nil, false, false},

		// Relative clauses with yang.
		{"yang dilancarkan", "Serangan yang dilancarkan Rusia ke Kharkiv pada Kamis menewaskan lima warga sipil.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		{"yang diluncurkan", "Drone yang diluncurkan Ukraina menghantam kilang minyak di Ryazan.",
			[]ev{{"UKR", "", "19", "", "", ""}}, nil, false, false},
		{"yang ditandatangani", "Perjanjian yang ditandatangani Indonesia dan Korea Selatan itu mencakup pengembangan jet tempur.",
			[]ev{{"IDN", "", "05", "KOR", "", ""}}, nil, false, false},
		{"yang bertemu apposisi", "Menteri Luar Negeri Sugiono, yang bertemu Wang Yi di Beijing pada Selasa, menyebut hubungan kedua negara semakin erat.",
			[]ev{{"IDN", "", "04", "CHN", "", ""}}, nil, false, false},
		// known: a cleft (Negara yang menyerang ... adalah Israel) does not take the actor after adalah as source.
		{"yang subject agent", "Negara yang menyerang Kapal Sumud Flotilla adalah Israel, kata aktivis.",
			[]ev{{"ISR", "", "19", "", "", ""}}, nil, false, true},
		{"yang target relatif", "Kapal Filipina yang sedang mengirim logistik ke Second Thomas Shoal diserang kapal penjaga pantai China.",
			[]ev{{"CHN", "", "19", "PHL", "", ""}}, []ev{{"PHL", "", "19", "CHN", "", ""}}, false, false},
		{"yang diberikan bantuan", "Bantuan yang diberikan Jepang kepada Filipina mencakup lima kapal patroli.",
			[]ev{{"JPN", "", "07", "PHL", "", ""}}, nil, false, false},

		// Coordination of sources and targets.
		{"coord sumber dan sasaran", "Amerika Serikat dan Inggris menjatuhkan sanksi terhadap Iran dan Rusia.",
			[]ev{{"USA", "", "16", "IRN", "", "fact"}, {"GBR", "", "16", "RUS", "", "fact"}}, nil, false, false},
		{"coord tiga sumber", "Prancis, Jerman, dan Inggris mengecam uji coba rudal Iran.",
			[]ev{{"FRA", "", "11", "IRN", "", ""}, {"GBR", "", "11", "IRN", "", ""}}, nil, false, false},
		{"coord dua sasaran", "China memberlakukan tarif balasan terhadap Amerika Serikat dan Kanada.",
			[]ev{{"CHN", "", "16", "USA", "", ""}, {"CHN", "", "16", "CAN", "", ""}}, nil, false, false},
		{"coord serta", "Indonesia serta Malaysia menyampaikan kecaman terhadap Israel.",
			[]ev{{"IDN", "", "11", "ISR", "", ""}, {"MYS", "", "11", "ISR", "", ""}}, nil, false, false},
		// known: a drill held dengan a partner is read as 15 by the last subject only; bersama does not join sources.
		{"coord bersama", "Jepang bersama Australia menggelar latihan militer dengan Filipina di Laut China Selatan.",
			[]ev{{"JPN", "", "06", "PHL", "", ""}}, nil, false, true},
		{"coord dua verba", "Iran mengecam dan mengancam akan membalas serangan Israel.",
			[]ev{{"IRN", "", "11", "ISR", "", ""}}, nil, false, false},
		{"coord persons", "Prabowo dan Anwar Ibrahim bertemu di Putrajaya untuk membahas perbatasan.",
			[]ev{{"IDN", "", "04", "MYS", "", ""}}, nil, false, false},

		// Event nouns.
		{"nomina serangan ke", "Serangan Israel ke Gaza pada Minggu menewaskan sedikitnya 30 orang.",
			[]ev{{"ISR", "", "19", "PSE", "", ""}}, nil, false, false},
		// known: a capital after ke is dropped as a place, so the visit noun has no target.
		{"nomina kunjungan ke", "Kunjungan Presiden Prabowo ke Beijing menghasilkan sejumlah kesepakatan dagang.",
			[]ev{{"IDN", "", "04", "CHN", "", ""}}, nil, false, true},
		{"nomina pertemuan antara", "Pertemuan antara Xi Jinping dan Donald Trump berlangsung selama dua jam di Busan.",
			[]ev{{"CHN", "", "04", "USA", "", ""}}, nil, false, false},
		{"nomina sanksi terhadap", "Sanksi Amerika Serikat terhadap Venezuela memukul ekspor minyak negara itu.",
			[]ev{{"USA", "", "16", "VEN", "", ""}}, nil, false, false},
		{"nomina invasi", "Invasi Rusia ke Ukraina telah memasuki tahun keempat.",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		{"nomina bantuan untuk", "Bantuan Korea Selatan untuk korban banjir di Vietnam tiba di Hanoi.",
			[]ev{{"KOR", "", "07", "VNM", "", ""}}, nil, false, false},
		{"nomina penolakan", "Penolakan Hungaria terhadap paket sanksi baru membuat Uni Eropa kesulitan.",
			[]ev{{"HUN", "", "12", "", "", ""}}, nil, false, false},
		{"nomina kritik", "Kritik Australia terhadap China soal penahanan jurnalis semakin tajam.",
			[]ev{{"AUS", "", "11", "CHN", "", ""}}, nil, false, false},
		{"nomina pembicaraan dengan", "Pembicaraan Iran dengan negara-negara Eropa soal nuklir digelar di Jenewa.",
			[]ev{{"IRN", "", "04", "", "", ""}}, nil, false, false},

		// Titles as sources.
		// known: Barat (the West) is no actor and an accusation without a target gives no event.
		{"title menlu negara", "Menlu Rusia Sergei Lavrov menuduh Barat memperpanjang perang di Ukraina.",
			[]ev{{"RUS", "", "11", "", "", ""}}, nil, false, true},
		{"title presiden tanpa nama", "Presiden Finlandia bertemu Presiden Amerika Serikat di Gedung Putih.",
			[]ev{{"FIN", "", "04", "USA", "", ""}}, nil, false, false},
		{"title menhan", "Menhan Sjafrie Sjamsoeddin menerima kunjungan Menteri Pertahanan Prancis di Jakarta.",
			[]ev{{"IDN", "", "04", "FRA", "", ""}}, nil, false, false},
		{"title pm", "PM India Narendra Modi mengecam serangan teror di Pahalgam dan menuding Pakistan.",
			[]ev{{"IND", "", "11", "PAK", "", ""}}, nil, false, false},
		{"title dubes", "Duta Besar China untuk Indonesia menemui Menteri Luar Negeri Sugiono di Jakarta.",
			[]ev{{"CHN", "", "04", "IDN", "", ""}}, nil, false, false},
		{"title kanselir", "Kanselir Jerman mengkritik kebijakan tarif Presiden Trump.",
			[]ev{{"DEU", "", "11", "USA", "", ""}}, nil, false, false},
		{"title raja", "Raja Yordania Abdullah II meminta Israel menghentikan pendudukan di Tepi Barat.",
			[]ev{{"JOR", "", "02", "ISR", "", ""}}, nil, false, false},
		{"title sekjen nato", "Sekjen NATO Mark Rutte memperingatkan Rusia soal pelanggaran wilayah udara Estonia.",
			[]ev{{"", "", "13", "RUS", "", ""}}, nil, false, false},

		// Capitals as agents.
		{"capital moskow membantah", "Moskow membantah tuduhan Kyiv soal serangan terhadap pembangkit listrik.",
			[]ev{{"RUS", "", "12", "UKR", "", ""}}, nil, false, false},
		{"capital beijing memprotes", "Beijing memprotes keras penjualan senjata Washington ke Taipei.",
			[]ev{{"CHN", "", "11", "USA", "", ""}}, nil, false, false},
		{"capital washington menjatuhkan", "Washington menjatuhkan sanksi baru terhadap pejabat Kuba.",
			[]ev{{"USA", "", "16", "CUB", "", ""}}, nil, false, false},
		{"capital seoul tokyo", "Seoul dan Tokyo sepakat memulihkan dialog keamanan.",
			[]ev{{"KOR", "", "03", "JPN", "", ""}}, nil, false, false},
		// known: a threat whose only object is a place (Selat Hormuz) gives no event.
		{"capital teheran mengancam", "Teheran mengancam akan menutup Selat Hormuz.",
			[]ev{{"IRN", "", "13", "", "", ""}}, nil, false, true},
		{"capital pyongyang mengecam", "Pyongyang mengecam latihan militer gabungan Seoul dan Washington.",
			[]ev{{"PRK", "", "11", "", "", ""}}, nil, false, false},
		{"capital kyiv menuduh", "Kyiv menuduh Moskow menculik ribuan anak Ukraina.",
			[]ev{{"UKR", "", "11", "RUS", "", ""}}, nil, false, false},
		{"capital canberra", "Canberra menuduh Teheran mendalangi serangan antisemit di Sydney.",
			[]ev{{"AUS", "", "11", "IRN", "", ""}}, nil, false, false},

		// Time and modality.
		{"mod akan bertemu", "Presiden Prabowo akan bertemu Perdana Menteri Singapura Lawrence Wong pekan depan.",
			nil, []ev{{"IDN", "", "04", "SGP", "", "fact"}}, false, false},
		{"mod berencana mengunjungi", "Perdana Menteri Australia berencana mengunjungi Papua Nugini bulan depan.",
			nil, []ev{{"AUS", "", "04", "PNG", "", "fact"}}, false, false},
		{"mod dijadwalkan", "Presiden Turki Recep Tayyip Erdogan dijadwalkan menerima Presiden Ukraina di Ankara.",
			nil, []ev{{"TUR", "", "04", "UKR", "", "fact"}}, false, false},
		{"mod sedang", "Militer Israel sedang menggempur Khan Younis di Jalur Gaza selatan.",
			[]ev{{"ISR", "", "19", "PSE", "", "fact"}}, nil, false, false},
		{"mod telah", "Amerika Serikat telah mengirimkan sistem rudal Patriot ke Ukraina.",
			[]ev{{"USA", "", "07", "UKR", "", "fact"}}, nil, false, false},
		{"mod sudah", "Indonesia sudah menandatangani perjanjian perdagangan bebas dengan Uni Eropa.",
			[]ev{{"IDN", "", "05", "european-union", "", "fact"}}, nil, false, false},
		{"mod belum", "Thailand belum menanggapi tawaran mediasi dari Malaysia.",
			nil, []ev{{"THA", "", "01", "MYS", "", "fact"}}, false, false},
		{"mod tidak jadi", "Amerika Serikat tidak jadi memberlakukan tarif terhadap Meksiko.",
			nil, []ev{{"USA", "", "16", "MEX", "", "fact"}}, false, false},
		{"mod hendak", "Korea Utara hendak mengirim pasukan tambahan ke Rusia, kata intelijen Korea Selatan.",
			nil, []ev{{"PRK", "", "07", "RUS", "", "fact"}}, false, false},
		{"mod ingin", "Vietnam ingin memperdalam kerja sama pertahanan dengan Indonesia.",
			nil, []ev{{"VNM", "", "05", "IDN", "", "fact"}}, false, false},
		// known: segera (soon) is not read as the future.
		{"mod segera", "Jepang segera menjatuhkan sanksi kepada Rusia, kata Perdana Menteri.",
			nil, []ev{{"JPN", "", "16", "RUS", "", "fact"}}, false, true},
		{"mod kemarin telah", "Kemarin, Presiden Prancis telah bertemu Presiden China di Beijing.",
			[]ev{{"FRA", "", "04", "CHN", "", "fact"}}, nil, false, false},

		// Negation and denial.
		{"deny membantah telah", "Iran membantah telah menyerang kapal tanker milik Inggris di Teluk Oman.",
			[]ev{{"IRN", "", "12", "", "", ""}}, []ev{{"IRN", "", "19", "GBR", "", "fact"}}, false, false},
		{"deny menyangkal", "Israel menyangkal menargetkan jurnalis dalam serangan di Gaza.",
			nil, []ev{{"ISR", "", "19", "PSE", "", "fact"}}, false, false},
		{"deny menepis bahwa", "China menepis tudingan bahwa Beijing memasok senjata kepada Rusia.",
			nil, []ev{{"CHN", "", "07", "RUS", "", "fact"}}, false, false},
		{"neg tidak pernah", "Indonesia tidak pernah mengakui Israel sebagai negara.",
			nil, []ev{{"IDN", "", "05", "ISR", "", "fact"}}, false, false},
		{"neg tak", "Singapura tak mengirim kapal perang ke Laut Merah.",
			nil, []ev{{"SGP", "", "15", "", "", "fact"}}, false, false},
		{"neg bukan", "Yang menyerang kapal itu bukan Iran, kata Teheran.",
			nil, []ev{{"IRN", "", "19", "", "", "fact"}}, false, false},
		{"neg kremlin", "Kremlin membantah bahwa Putin akan bertemu Zelensky di Istanbul.",
			nil, []ev{{"RUS", "", "04", "UKR", "", "fact"}}, false, false},

		// Conditionals.
		{"cond jika", "Jika Israel menyerang fasilitas nuklir Iran, harga minyak dunia akan melonjak.",
			nil, []ev{{"ISR", "", "19", "IRN", "", "fact"}}, false, false},
		{"cond apabila", "Uni Eropa akan menjatuhkan sanksi apabila Rusia menolak gencatan senjata.",
			nil, []ev{{"european-union", "", "16", "RUS", "", "fact"}, {"RUS", "", "12", "", "", "fact"}}, false, false},
		{"cond kalau", "Kalau China menyerang Taiwan, Jepang bisa terseret ke dalam konflik.",
			nil, []ev{{"CHN", "", "19", "TWN", "", "fact"}}, false, false},
		// known: a threat whose only object is a place gives no event; only the conditioned attack is coded.
		{"cond mengancam jika", "Iran mengancam akan menutup Selat Hormuz jika diserang Amerika Serikat.",
			[]ev{{"IRN", "", "13", "", "", ""}}, []ev{{"USA", "", "19", "IRN", "", "fact"}}, false, true},
		{"cond seandainya", "Seandainya Trump bertemu Kim Jong Un lagi, Korea Selatan ingin dilibatkan.",
			nil, []ev{{"USA", "", "04", "PRK", "", "fact"}}, false, false},

		// Questions.
		{"q apakah", "Apakah China akan menyerang Taiwan sebelum 2027?",
			nil, []ev{{"CHN", "", "19", "TWN", "", "fact"}}, false, false},
		{"q benarkah", "Benarkah Rusia mengirim senjata ke Korea Utara?",
			nil, []ev{{"RUS", "", "07", "PRK", "", "fact"}}, false, false},
		{"q mengapa", "Mengapa Indonesia menolak bergabung dengan aliansi militer?",
			nil, []ev{{"IDN", "", "12", "", "", "fact"}}, false, false},
		// known: a question is read as a statement of fact.
		{"q kapan", "Kapan Prabowo bertemu Trump?",
			nil, []ev{{"IDN", "", "04", "USA", "", "fact"}}, false, true},

		// Headlines without verb prefixes.
		{"head serang", "Rusia Serang Kyiv, 12 Tewas",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		{"head temui", "Prabowo Temui Xi Jinping di Beijing",
			[]ev{{"IDN", "", "04", "CHN", "", ""}}, nil, false, false},
		{"head kecam", "China Kecam Jepang soal Taiwan",
			[]ev{{"CHN", "", "11", "JPN", "", ""}}, nil, false, false},
		{"head jatuhkan sanksi", "AS Jatuhkan Sanksi ke Kuba",
			[]ev{{"USA", "", "16", "CUB", "", ""}}, nil, false, false},
		{"head tolak", "Malaysia Tolak Usulan Thailand soal Perbatasan",
			[]ev{{"MYS", "", "12", "THA", "", ""}}, nil, false, false},
		{"head gempur", "Israel Gempur Gaza, Puluhan Warga Tewas",
			[]ev{{"ISR", "", "19", "PSE", "", ""}}, nil, false, false},
		{"head bantah", "Iran Bantah Kirim Rudal ke Rusia",
			[]ev{{"IRN", "", "12", "", "", ""}}, []ev{{"IRN", "", "07", "RUS", "", "fact"}}, false, false},
		{"head kirim bantuan", "Indonesia Kirim Bantuan Kemanusiaan ke Myanmar",
			[]ev{{"IDN", "", "07", "MMR", "", ""}}, nil, false, false},
		{"head ancam", "Trump Ancam Tarif 100 Persen untuk China",
			[]ev{{"USA", "", "13", "CHN", "", ""}}, nil, false, false},

		// Several clauses, one event.
		{"multi setelah", "Setelah bertemu Xi Jinping di Beijing, Presiden Prabowo terbang ke Tokyo untuk menghadiri konferensi.",
			[]ev{{"IDN", "", "04", "CHN", "", ""}}, nil, false, false},
		{"multi harga minyak", "Harga minyak dunia naik tajam setelah Iran menyerang pangkalan Amerika Serikat di Irak.",
			[]ev{{"IRN", "", "19", "USA", "", ""}}, nil, false, false},
		{"multi karena tarif", "Rupiah melemah karena Amerika Serikat memberlakukan tarif baru terhadap Indonesia.",
			[]ev{{"USA", "", "16", "IDN", "", ""}}, nil, false, false},
		// known: menerima with a visiting office holder as object has no trigger.
		{"multi sementara", "Ribuan warga menonton pawai budaya di Bogor, sementara Presiden Prabowo menerima Presiden Turki di Istana Bogor.",
			[]ev{{"IDN", "", "04", "TUR", "", ""}}, nil, false, true},
		{"multi sebelum", "Sebelum menghadiri KTT G20 di Johannesburg, Presiden Prabowo bertemu Perdana Menteri India di New Delhi.",
			[]ev{{"IDN", "", "04", "IND", "", ""}}, nil, false, false},
		// known: menerima with a visiting office holder as object has no trigger.
		{"multi dan cuaca", "Hujan deras mengguyur Kuala Lumpur, dan Perdana Menteri Anwar Ibrahim menerima Menteri Luar Negeri Jepang.",
			[]ev{{"MYS", "", "04", "JPN", "", ""}}, nil, false, true},

		// No event.
		{"none olahraga serang", "Timnas Vietnam terus menyerang pertahanan Thailand di babak kedua.",
			nil, nil, true, false},
		{"none ekonomi naik", "Harga emas naik setelah data inflasi Amerika Serikat dirilis.",
			nil, nil, true, false},
		// known: tourists of a state visiting a place are coded as a state visit (AUS 042).
		{"none wisata", "Ribuan turis Australia berkunjung ke Bali selama libur Natal.",
			nil, []ev{{"AUS", "", "04", "IDN", "", "fact"}}, false, true},
		{"none cuaca menyerang", "Badai tropis menyerang pesisir Filipina dan memaksa ribuan warga mengungsi.",
			nil, nil, true, false},
		{"none seminar", "Seminar tentang sanksi internasional digelar di Universitas Indonesia.",
			nil, nil, true, false},
		{"none kuliner", "Restoran Jepang itu membuka cabang baru di Surabaya pekan ini.",
			nil, nil, true, false},
		// Second batch, annotated before its first run.
		{"b2 pasif dikritik tanpa oleh", "Rencana aneksasi Tepi Barat dikritik keras Arab Saudi.",
			[]ev{{"SAU", "", "11", "", "", ""}}, nil, false, false},
		{"b2 pasif diserang drone tanpa oleh", "Sebuah kapal kargo di Yaman diserang Amerika Serikat pada Selasa dini hari.",
			[]ev{{"USA", "", "19", "YEM", "", ""}}, []ev{{"YEM", "", "19", "USA", "", ""}}, false, false},
		{"b2 pasif ditangkap tanpa oleh", "Tiga warga negara China ditangkap polisi Filipina atas tuduhan spionase.",
			[]ev{{"PHL", "", "17", "CHN", "", ""}}, []ev{{"CHN", "", "17", "PHL", "", ""}}, false, false},
		// known: tarif after a passive light verb with its owner right after it (tarif antidumping Uni Eropa) is not read.
		{"b2 pasif dikenai tarif", "Produk baja Vietnam dikenai tarif antidumping Uni Eropa.",
			[]ev{{"european-union", "", "16", "VNM", "", ""}}, []ev{{"VNM", "", "16", "european-union", "", ""}}, false, true},
		{"b2 pasif ditolak dari", "Tawaran perundingan dari Korea Selatan ditolak Korea Utara.",
			[]ev{{"PRK", "", "12", "KOR", "", ""}}, []ev{{"KOR", "", "12", "PRK", "", ""}}, false, false},
		// known: a capital after ke (ke Kabul) is dropped as a place, so the strike has no target.
		{"b2 yang dilakukan", "Serangan udara yang diluncurkan Pakistan ke Kabul menuai kecaman.",
			[]ev{{"PAK", "", "19", "AFG", "", ""}}, nil, false, true},
		{"b2 yang dikirim", "Bantuan pangan yang dikirimkan Uni Emirat Arab ke Sudan tiba di Port Sudan.",
			[]ev{{"ARE", "", "07", "SDN", "", ""}}, nil, false, false},
		{"b2 head desak", "Indonesia Desak Israel Buka Akses Bantuan ke Gaza",
			[]ev{{"IDN", "", "10", "ISR", "", ""}}, nil, false, false},
		{"b2 head kutuk", "OKI Kutuk Serangan Israel ke Doha",
			[]ev{{"oic", "", "11", "ISR", "", ""}}, nil, false, false},
		{"b2 head tangkap", "Malaysia Tangkap 20 Nelayan Vietnam di Perairan Sabah",
			[]ev{{"MYS", "", "17", "VNM", "", ""}}, nil, false, false},
		{"b2 head bombardir", "Rusia Bombardir Odesa, Pelabuhan Rusak",
			[]ev{{"RUS", "", "19", "UKR", "", ""}}, nil, false, false},
		{"b2 head none", "Harga Cabai Naik Jelang Ramadan",
			nil, nil, true, false},
		{"b2 head none tokoh", "Mahasiswa Serang Juara Lomba Debat Nasional",
			nil, nil, true, false},
		{"b2 q apakah menyerang", "Apakah Israel sudah menyerang Iran lagi?",
			nil, []ev{{"ISR", "", "19", "IRN", "", "fact"}}, false, false},
		{"b2 q sudahkah", "Sudahkah Jepang mencabut sanksi terhadap Rusia?",
			nil, []ev{{"JPN", "", "08", "RUS", "", "fact"}}, false, false},
		{"b2 menurut kata", "Korea Utara menembakkan rudal jelajah ke arah Laut Kuning, menurut militer Korea Selatan.",
			nil, []ev{{"PRK", "", "19", "KOR", "", "fact"}}, false, false},
		{"b2 speech menyatakan telah", "Kementerian Pertahanan Taiwan menyatakan China telah mengerahkan 30 pesawat tempur di sekitar pulau itu.",
			[]ev{{"CHN", "", "15", "", "", ""}}, nil, false, false},
		{"b2 coord sasaran dua", "Jepang menjatuhkan sanksi kepada Rusia dan Korea Utara.",
			[]ev{{"JPN", "", "16", "RUS", "", ""}, {"JPN", "", "16", "PRK", "", ""}}, nil, false, false},
		// known: a capital after ke (ke Doha) is dropped as a place, so the strike named inside has no target.
		{"b2 nomina kecaman atas", "Kecaman Turki atas serangan Israel ke Doha disampaikan Menteri Luar Negeri Hakan Fidan.",
			[]ev{{"TUR", "", "11", "ISR", "", ""}, {"ISR", "", "19", "QAT", "", ""}}, nil, false, true},
		{"b2 multi meski", "Meski hujan turun sepanjang hari, Menteri Luar Negeri Sugiono tetap bertemu Menteri Luar Negeri Australia di Canberra.",
			[]ev{{"IDN", "", "04", "AUS", "", ""}}, nil, false, false},
	}
	runEventRowsIn(t, x, "id", tests, 124)
}
