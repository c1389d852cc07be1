package extract

import (
	"context"
	"testing"
)

// idBodiesGridPublished is the article date of the Indonesian bodies grid's
// rows: present-day news of 2025.
const idBodiesGridPublished = "2025-11-20"

// runIDBodiesGrid runs rows in lang under the grid's article date with
// nameProblems ("id", "id/kind" or "id/kind/country"), as runWireGrid does
// for English.
func runIDBodiesGrid(t *testing.T, rows []wireGridRow, lang string) {
	t.Helper()
	x := extractor(t)
	pass, failKnown := 0, 0
	for _, c := range rows {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: lang, Published: idBodiesGridPublished})
			if err != nil {
				t.Fatal(err)
			}
			judgeRow(t, c.known, nameProblems(d, c.want, c.absent, c.none), &pass, &failKnown)
		})
	}
	t.Logf("%d rows: %d pass, %d known failures", len(rows), pass, failKnown)
}

// idBodiesGridRows are Indonesian present-day news sentences naming
// Indonesia's own bodies as Indonesian news writes them: ministries of the
// 2024 Merah Putih cabinet by full and short names, agencies, courts, the
// legislature and its parts, armed forces and police units, regional
// governments, state enterprises; and rows where a body word names no body.
// Each body is wanted as its own actor with kind and country IDN.
// Annotated before the extractor ran on the rows.
var idBodiesGridRows = []wireGridRow{
	// Ministries.
	{"kemenkeu defisit", "Kemenkeu mencatat defisit APBN mencapai 2,78 persen dari PDB hingga akhir November.", []string{"idn-finance-ministry/agency/IDN"}, nil, false, false},
	{"kemendikdasmen spmb", "Kemendikdasmen menerbitkan aturan baru soal sistem penerimaan murid baru.", []string{"idn-education-ministry/agency/IDN"}, nil, false, false},
	{"kementerian pu mudik", "Kementerian PU menargetkan perbaikan jalan nasional rampung sebelum arus mudik Lebaran.", []string{"idn-public-works-ministry/agency/IDN"}, nil, false, false},
	{"kementerian pekerjaan umum banjir", "Kementerian Pekerjaan Umum mengerahkan alat berat ke lokasi banjir bandang di Sumatera Barat.", []string{"idn-public-works-ministry/agency/IDN"}, nil, false, false},
	{"kemenkum kuhap", "Kemenkum menyerahkan draf revisi KUHAP kepada DPR.", []string{"idn-law-ministry/agency/IDN", "idn-dpr/legislature/IDN"}, nil, false, false},
	{"kementerian imipas nusakambangan", "Kementerian Imigrasi dan Pemasyarakatan memindahkan ratusan narapidana ke Nusakambangan.", []string{"idn-immigration-corrections-ministry/agency/IDN"}, nil, false, false},
	{"kementerian hukum badan hukum", "Kementerian Hukum mengesahkan badan hukum partai politik baru itu.", []string{"idn-law-ministry/agency/IDN"}, nil, false, false},
	{"kemenag isbat", "Kemenag menetapkan 1 Ramadan jatuh pada Sabtu setelah sidang isbat.", []string{"idn-religious-affairs-ministry/agency/IDN"}, nil, false, false},
	{"kementerian kesehatan dbd", "Kementerian Kesehatan melaporkan lonjakan kasus demam berdarah di 20 provinsi.", []string{"idn-health-ministry/agency/IDN"}, nil, false, false},
	{"kemenkes mpox", "Kemenkes meminta rumah sakit bersiaga menghadapi penyebaran cacar monyet.", []string{"idn-health-ministry/agency/IDN"}, nil, false, false},
	{"kemlu wni teheran", "Kemlu memastikan seluruh WNI di Teheran dalam kondisi aman.", []string{"idn-foreign-ministry/agency/IDN"}, nil, false, false},
	{"kemhan rafale", "Kemhan menandatangani kontrak pembelian 42 jet tempur Rafale.", []string{"idn-defense-ministry/agency/IDN"}, nil, false, false},
	{"kemendagri penjabat", "Kemendagri menunjuk penjabat gubernur untuk tiga provinsi baru di Papua.", []string{"idn-home-affairs-ministry/agency/IDN"}, nil, false, false},
	{"kemendag bauksit", "Kementerian Perdagangan memperpanjang larangan ekspor bijih bauksit.", []string{"idn-trade-ministry/agency/IDN"}, nil, false, false},
	{"esdm raja ampat", "Kementerian ESDM mencabut izin usaha pertambangan nikel di Raja Ampat.", []string{"idn-energy-ministry/agency/IDN"}, nil, false, false},
	{"komdigi judi", "Kementerian Komunikasi dan Digital memblokir ribuan situs judi daring.", []string{"idn-communication-ministry/agency/IDN"}, nil, false, false},
	{"komdigi hoaks", "Komdigi memanggil pengelola platform media sosial terkait konten hoaks.", []string{"idn-communication-ministry/agency/IDN"}, nil, false, false},
	{"kemensos lewotobi", "Kementerian Sosial menyalurkan bantuan logistik ke pengungsi erupsi Gunung Lewotobi.", []string{"idn-social-ministry/agency/IDN"}, nil, false, false},
	{"kemnaker ump", "Kemnaker menetapkan kenaikan upah minimum provinsi sebesar 6,5 persen.", []string{"idn-manpower-ministry/agency/IDN"}, nil, false, false},
	{"kementan swasembada", "Kementerian Pertanian menargetkan swasembada beras tercapai pada 2027.", []string{"idn-agriculture-ministry/agency/IDN"}, nil, false, false},
	{"kkp kapal vietnam", "Kementerian Kelautan dan Perikanan menangkap kapal ikan berbendera Vietnam di Laut Natuna Utara.", []string{"idn-fisheries-ministry/agency/IDN"}, nil, false, false},
	{"kementerian kehutanan izin", "Kementerian Kehutanan mencabut izin pemanfaatan hutan milik 18 perusahaan.", []string{"idn-forestry-ministry/agency/IDN"}, []string{"idn-environment-ministry"}, false, false},
	{"klh citarum", "Kementerian Lingkungan Hidup menyegel pabrik yang membuang limbah ke Sungai Citarum.", []string{"idn-environment-ministry/agency/IDN"}, nil, false, false},
	{"kemenhub truk", "Kemenhub melarang truk sumbu tiga melintas di jalan tol selama libur Natal.", []string{"idn-transport-ministry/agency/IDN"}, nil, false, false},
	{"kementerian bumn pertamina", "Kementerian BUMN merombak jajaran direksi PT Pertamina.", []string{"idn-soe-ministry/agency/IDN", "pertamina/organization/IDN"}, nil, false, false},
	{"kementerian investasi hilirisasi", "Kementerian Investasi dan Hilirisasi mencatat realisasi investasi mencapai Rp1.400 triliun.", []string{"idn-investment-ministry/agency/IDN"}, nil, false, false},
	{"kemenpar wisman", "Kementerian Pariwisata menargetkan 16 juta kunjungan wisatawan mancanegara tahun ini.", []string{"idn-tourism-ministry/agency/IDN"}, nil, false, false},
	{"kemenpora bonus", "Kemenpora menyiapkan bonus bagi atlet peraih medali SEA Games.", []string{"idn-youth-sports-ministry/agency/IDN"}, nil, false, false},
	{"kemendes dana desa", "Kementerian Desa dan Pembangunan Daerah Tertinggal menyalurkan dana desa tahap kedua.", []string{"idn-village-ministry/agency/IDN"}, nil, false, false},
	{"kementerian pkp rumah", "Kementerian Perumahan dan Kawasan Permukiman menargetkan pembangunan tiga juta rumah.", []string{"idn-housing-ministry/agency/IDN"}, nil, false, false},
	{"setneg hut ri", "Kementerian Sekretariat Negara menyiapkan upacara HUT RI di Ibu Kota Nusantara.", []string{"idn-state-secretariat/agency/IDN"}, nil, false, false},
	{"kemenko pangan beras", "Kementerian Koordinator Bidang Pangan menggelar rapat koordinasi stok beras.", []string{"idn-food-coordinating-ministry/agency/IDN"}, nil, false, false},
	{"kemenko polkam desk", "Kemenko Polkam membentuk desk pemberantasan penyelundupan barang ilegal.", []string{"idn-polhukam-ministry/agency/IDN"}, nil, false, false},
	{"kementerian pppa korban", "Kementerian PPPA mendampingi korban kekerasan seksual di sekolah asrama itu.", []string{"idn-women-ministry/agency/IDN"}, nil, false, false},
	{"kemendiktisaintek ukt", "Kementerian Pendidikan Tinggi, Sains, dan Teknologi membatalkan kenaikan uang kuliah tunggal.", []string{"idn-higher-education-ministry/agency/IDN"}, nil, false, false},
	{"kementerian ham aduan", "Kementerian HAM menerima aduan dari warga korban penggusuran.", []string{"idn-human-rights-ministry/agency/IDN"}, nil, false, false},
	{"kemhan kapal selam", "Kementerian Pertahanan membantah kabar pembelian kapal selam bekas.", []string{"idn-defense-ministry/agency/IDN"}, nil, false, false},
	{"kemenperin tekstil", "Kementerian Perindustrian memperketat impor tekstil dan produk tekstil.", []string{"idn-industry-ministry/agency/IDN"}, nil, false, false},
	{"kemenkop kopdes", "Kementerian Koperasi membentuk 80.000 Koperasi Desa Merah Putih.", []string{"idn-cooperatives-ministry/agency/IDN"}, nil, false, false},
	{"atr hgb laut", "Kementerian Agraria dan Tata Ruang membatalkan sertifikat hak guna bangunan di atas laut Tangerang.", []string{"idn-agrarian-ministry/agency/IDN"}, nil, false, false},

	// Agencies.
	{"bnpb bencana", "BNPB mencatat 2.100 bencana terjadi sepanjang 2024.", []string{"idn-bnpb/agency/IDN"}, nil, false, false},
	{"bmkg cuaca", "BMKG memperingatkan potensi cuaca ekstrem di sebagian besar wilayah Jawa.", []string{"idn-bmkg/agency/IDN"}, nil, false, false},
	{"bpom merkuri", "BPOM menarik peredaran produk kosmetik yang mengandung merkuri.", []string{"idn-bpom/agency/IDN"}, nil, false, false},
	{"bnn sabu", "BNN memusnahkan 1,2 ton sabu hasil sitaan dari jaringan internasional.", []string{"idn-bnn/agency/IDN"}, nil, false, false},
	{"bnpt akun", "BNPT mengidentifikasi ratusan akun media sosial penyebar paham radikal.", []string{"idn-bnpt/agency/IDN"}, nil, false, false},
	{"basarnas selat bali", "Basarnas mengerahkan kapal dan helikopter untuk mencari korban kapal tenggelam di Selat Bali.", []string{"idn-basarnas/agency/IDN"}, nil, false, false},
	{"bssn ransomware", "BSSN menyebut serangan ransomware itu melumpuhkan Pusat Data Nasional.", []string{"idn-bssn/agency/IDN"}, nil, false, false},
	{"bapanas het", "Bapanas menaikkan harga eceran tertinggi beras medium.", []string{"idn-bapanas/agency/IDN"}, nil, false, false},
	{"bgn dapur", "Badan Gizi Nasional menghentikan sementara dapur MBG setelah kasus keracunan siswa.", []string{"idn-bgn/agency/IDN"}, nil, false, false},
	{"danantara garuda", "Danantara menyuntikkan dana segar ke Garuda Indonesia.", []string{"idn-danantara/agency/IDN", "garuda-indonesia/organization/IDN"}, nil, false, false},
	{"ojk bpr", "OJK mencabut izin usaha sebuah bank perekonomian rakyat di Jawa Tengah.", []string{"idn-ojk/agency/IDN"}, nil, false, false},
	{"lps klaim", "LPS membayar klaim simpanan nasabah bank yang ditutup itu.", []string{"idn-lps/agency/IDN"}, nil, false, false},
	{"bpk kelebihan bayar", "BPK menemukan kelebihan bayar proyek senilai Rp2 triliun.", []string{"idn-bpk/agency/IDN"}, nil, false, false},
	{"bpkp timah", "BPKP mengaudit kerugian negara dalam kasus korupsi tata niaga timah.", []string{"idn-supreme-audit/agency/IDN"}, nil, false, false},
	{"kpu pleno", "KPU menetapkan pasangan calon terpilih dalam rapat pleno terbuka.", []string{"idn-kpu/agency/IDN"}, nil, false, false},
	{"bawaslu politik uang", "Bawaslu menemukan dugaan politik uang di sejumlah daerah.", []string{"idn-bawaslu/agency/IDN"}, nil, false, false},
	{"komnas ham kanjuruhan", "Komnas HAM menyimpulkan terjadi pelanggaran HAM dalam tragedi Kanjuruhan.", []string{"idn-komnas-ham/agency/IDN"}, nil, false, false},
	{"ombudsman ppdb", "Ombudsman RI menemukan maladministrasi dalam penerimaan peserta didik baru.", []string{"idn-ombudsman/agency/IDN"}, nil, false, false},
	{"kpk tahan bupati", "KPK menahan bupati itu usai pemeriksaan selama sembilan jam.", []string{"idn-kpk/agency/IDN"}, nil, false, false},

	// Courts.
	{"ma kasasi", "MA mengabulkan kasasi jaksa dan memperberat hukuman terdakwa.", []string{"idn-supreme-court/court/IDN"}, nil, false, true}, // known: MA alone is left no actor (TestBodyGridNot: Madrasah Aliyah, initials)
	{"mk ambang batas", "MK memutuskan ambang batas pencalonan presiden inkonstitusional.", []string{"idn-constitutional-court/court/IDN"}, nil, false, false},
	{"mahkamah agung pk", "Mahkamah Agung menolak peninjauan kembali yang diajukan mantan gubernur itu.", []string{"idn-supreme-court/court/IDN"}, nil, false, false},
	{"ky hakim", "KY memeriksa tiga hakim yang membebaskan terdakwa pembunuhan itu.", []string{"idn-judicial-commission/court/IDN"}, nil, false, false},
	{"pn jakpus kpu", "Pengadilan Negeri Jakarta Pusat memerintahkan KPU menunda tahapan pemilu.", []string{"pengadilan-negeri-jakarta-pusat/court/IDN", "idn-kpu/agency/IDN"}, nil, false, false},
	{"pn jaksel praperadilan", "PN Jakarta Selatan menolak gugatan praperadilan yang diajukan tersangka.", []string{"pengadilan-negeri-jakarta-selatan/court/IDN"}, nil, false, false},
	{"ptun jakarta", "PTUN Jakarta mengabulkan gugatan warga terhadap keputusan gubernur.", []string{"ptun-jakarta/court/IDN"}, nil, false, false},
	{"tipikor jakpus vonis", "Pengadilan Tipikor Jakarta Pusat memvonis mantan menteri itu 12 tahun penjara.", []string{"pengadilan-tipikor-jakarta-pusat/court/IDN"}, nil, false, false},
	{"pt dki harvey", "Pengadilan Tinggi DKI Jakarta memperberat vonis Harvey Moeis menjadi 20 tahun penjara.", []string{"pengadilan-tinggi-dki-jakarta/court/IDN", "harvey-moeis"}, nil, false, false},
	{"pa jaksel cerai", "Pengadilan Agama Jakarta Selatan mengabulkan gugatan cerai pasangan selebritas itu.", []string{"pengadilan-agama-jakarta-selatan/court/IDN"}, nil, false, false},

	// The legislature and its parts.
	{"dpr ruu tni", "DPR mengesahkan revisi Undang-Undang TNI dalam rapat paripurna.", []string{"idn-dpr/legislature/IDN"}, nil, false, false},
	{"dpd pemekaran", "DPD meminta pemerintah menunda pemekaran provinsi.", []string{"idn-dpd/legislature/IDN"}, nil, false, true}, // known
	{"mpr lantik", "MPR melantik Prabowo Subianto sebagai presiden.", []string{"idn-mpr/legislature/IDN", "prabowo-subianto"}, nil, false, false},
	{"komisi i panglima", "Komisi I DPR menyetujui calon Panglima TNI dalam uji kelayakan.", []string{"idn-dpr/legislature/IDN"}, nil, false, false},
	{"baleg pilkada", "Baleg DPR menyepakati revisi UU Pilkada dibawa ke rapat paripurna.", []string{"idn-dpr/legislature/IDN"}, nil, false, false},
	{"banggar rapbn", "Badan Anggaran DPR menyetujui asumsi dasar makro RAPBN 2026.", []string{"idn-dpr/legislature/IDN"}, nil, false, false},
	{"dprd dki apbd", "DPRD DKI Jakarta mengesahkan APBD 2025 sebesar Rp91 triliun.", []string{"dprd-dki-jakarta/legislature/IDN"}, nil, false, false},
	{"dprd jatim pansus", "DPRD Jawa Timur membentuk panitia khusus untuk menyelidiki proyek itu.", []string{"dprd-jawa-timur/legislature/IDN"}, nil, false, false},
	{"komisi xi gubernur bi", "Komisi XI DPR memanggil Gubernur BI untuk membahas pelemahan rupiah.", []string{"idn-dpr/legislature/IDN", "idn-central-bank/agency/IDN"}, nil, false, false},
	{"mkd sanksi", "Mahkamah Kehormatan Dewan DPR menjatuhkan sanksi kepada tiga anggota dewan.", []string{"idn-dpr/legislature/IDN"}, nil, false, false},

	// Armed forces and police units.
	{"tni ad aceh", "TNI AD mengirim 1.000 prajurit ke Aceh untuk membantu korban banjir.", []string{"idn-army/military/IDN"}, nil, false, false},
	{"tni al timah", "TNI AL menangkap kapal pengangkut pasir timah ilegal di perairan Bangka.", []string{"idn-navy/military/IDN"}, nil, false, false},
	{"tni au hercules", "TNI AU mengerahkan pesawat Hercules untuk mengangkut bantuan ke Sumatera.", []string{"idn-air-force/military/IDN"}, nil, false, false},
	{"kopassus latihan", "Kopassus menggelar latihan bersama dengan pasukan khusus Australia.", []string{"idn-kopassus/military/IDN"}, nil, false, false},
	{"kostrad batalion", "Kostrad mengirim satu batalion ke perbatasan di Papua.", []string{"idn-kostrad/military/IDN"}, nil, false, false},
	{"marinir evakuasi", "Marinir TNI AL mengevakuasi warga yang terjebak banjir di Jakarta Utara.", []string{"idn-marines/military/IDN"}, nil, false, false},
	{"korps marinir natuna", "Korps Marinir menyiagakan pasukan di Natuna.", []string{"idn-marines/military/IDN"}, nil, false, false},
	{"brimob blokade", "Brimob membubarkan massa yang memblokade jalan tambang.", []string{"idn-brimob/agency/IDN"}, nil, false, false},
	{"densus sulteng", "Densus 88 menangkap lima terduga teroris di Sulawesi Tengah.", []string{"idn-densus-88/agency/IDN"}, nil, false, false},
	{"bareskrim tersangka", "Bareskrim Polri menetapkan pemilik pabrik itu sebagai tersangka.", []string{"idn-bareskrim/agency/IDN"}, nil, false, false},
	{"polda jabar tahun baru", "Polda Jawa Barat mengerahkan 5.000 personel untuk pengamanan malam tahun baru.", []string{"polda-jawa-barat/agency/IDN"}, nil, false, false},
	{"polda sumut bandar", "Polda Sumatera Utara menangkap bandar narkoba jaringan Malaysia.", []string{"polda-sumatera-utara/agency/IDN"}, nil, false, false},
	{"polres bogor puncak", "Polres Bogor menutup jalur Puncak karena longsor.", []string{"polres-bogor/agency/IDN"}, nil, false, false},
	{"kodam jaya pelantikan", "Kodam Jaya menyiagakan prajurit untuk mengamankan pelantikan presiden.", []string{"kodam-jaya/military/IDN"}, nil, false, false},
	{"kodam cenderawasih intan jaya", "Kodam XVII/Cenderawasih mengirim pasukan tambahan ke Intan Jaya.", []string{"kodam-xvii-cenderawasih/military/IDN"}, nil, false, false},
	{"polri pecat", "Polri memecat anggota yang terlibat penembakan siswa itu.", []string{"idn-police/agency/IDN"}, nil, false, false},
	{"mabes polri tim", "Mabes Polri membentuk tim khusus untuk mengusut kasus itu.", []string{"idn-police/agency/IDN"}, nil, false, false},
	{"bakamla natuna", "Bakamla mengusir kapal penjaga pantai China dari Laut Natuna Utara.", []string{"idn-coast-guard/agency/IDN"}, nil, false, false},

	// Regional governments.
	{"pemprov jabar pajak", "Pemprov Jawa Barat menghapus tunggakan pajak kendaraan bermotor.", []string{"pemprov-jawa-barat/government/IDN"}, nil, false, false},
	{"pemkot surabaya pompa", "Pemkot Surabaya membangun rumah pompa baru untuk mengatasi banjir.", []string{"pemkot-surabaya/government/IDN"}, nil, false, false},
	{"pemkab bogor segel", "Pemkab Bogor menyegel tempat wisata yang tidak berizin di kawasan Puncak.", []string{"pemkab-bogor/government/IDN"}, nil, false, false},
	{"pemprov bali pungutan", "Pemerintah Provinsi Bali memungut biaya dari wisatawan asing sebesar Rp150.000.", []string{"pemprov-bali/government/IDN"}, nil, false, false},
	{"pemkot medan pasar", "Pemerintah Kota Medan menutup sementara pasar yang terbakar.", []string{"pemkot-medan/government/IDN"}, nil, false, false},
	{"pemkab sleman darurat", "Pemerintah Kabupaten Sleman menetapkan status tanggap darurat bencana.", []string{"pemkab-sleman/government/IDN"}, nil, false, false},
	{"pemprov dki modifikasi cuaca", "Pemprov DKI menggelar modifikasi cuaca untuk mengurangi curah hujan.", []string{"pemprov-dki-jakarta/government/IDN"}, nil, false, false},
	{"pemprov jatim bantuan", "Pemprov Jatim menyalurkan bantuan kepada korban gempa di Bawean.", []string{"pemprov-jawa-timur/government/IDN"}, nil, false, false},
	{"bpbd jateng", "BPBD Jawa Tengah mencatat 15 kabupaten terdampak banjir.", []string{"bpbd-jawa-tengah/agency/IDN"}, nil, false, false},
	{"pemkab pati pbb", "Pemkab Pati membatalkan kenaikan pajak bumi dan bangunan.", []string{"pemkab-pati/government/IDN"}, nil, false, false},

	// State enterprises.
	{"pertamina harga bbm", "Pertamina menurunkan harga bahan bakar nonsubsidi mulai 1 Desember.", []string{"pertamina/organization/IDN"}, nil, false, false},
	{"pln padam", "PLN memadamkan listrik bergilir di sejumlah wilayah Sumatera.", []string{"pln/organization/IDN"}, nil, false, false},
	{"garuda haji", "Garuda Indonesia menambah penerbangan haji tahun ini.", []string{"garuda-indonesia/organization/IDN"}, nil, false, false},
	{"perum bulog gabah", "Perum Bulog menyerap gabah petani dengan harga Rp6.500 per kilogram.", []string{"idn-bulog/agency/IDN"}, nil, false, false},
	{"kai nataru", "PT KAI menambah perjalanan kereta selama libur Natal dan Tahun Baru.", []string{"kereta-api-indonesia/organization/IDN"}, nil, false, false},

	// A body word naming no body.
	{"sejumlah kementerian", "Sejumlah kementerian belum melaporkan realisasi anggaran.", nil, nil, true, false},
	{"beberapa polda", "Ia pernah bertugas di beberapa polda sebelum pensiun.", nil, nil, true, false},
}

// TestIDBodiesGrid checks Indonesia's own bodies in Indonesian news.
func TestIDBodiesGrid(t *testing.T) {
	runIDBodiesGrid(t, idBodiesGridRows, "id")
}

// idBodiesGridEnglish are the same bodies as English news about Indonesia
// writes them, annotated before the extractor ran on the rows.
var idBodiesGridEnglish = []wireGridRow{
	{"en finance ministry deficit", "Indonesia's Finance Ministry said the budget deficit would stay below 3 percent of GDP.", []string{"idn-finance-ministry/agency/IDN"}, nil, false, false},
	{"en bnpb floods", "The National Disaster Mitigation Agency (BNPB) said 23 people were killed in the floods.", []string{"idn-bnpb/agency/IDN"}, nil, false, false},
	{"en bmkg tsunami", "The Meteorology, Climatology and Geophysics Agency (BMKG) issued a tsunami warning after the quake.", []string{"idn-bmkg/agency/IDN"}, nil, false, false},
	{"en kpk regent", "Indonesia's Corruption Eradication Commission (KPK) named the regent a suspect.", []string{"idn-kpk/agency/IDN"}, nil, false, false},
	{"en dpr military law", "The House of Representatives (DPR) passed the revised military law on Thursday.", []string{"idn-dpr/legislature/IDN"}, []string{"usa-house"}, false, false},
	{"en mk threshold", "Indonesia's Constitutional Court struck down the presidential nomination threshold.", []string{"idn-constitutional-court/court/IDN"}, nil, false, false},
	{"en tni papua", "The Indonesian Military (TNI) deployed more troops to Papua's highlands.", []string{"idn-armed-forces/military/IDN"}, nil, false, false},
	{"en densus", "The police counterterrorism squad Densus 88 arrested five suspects in Central Sulawesi.", []string{"idn-densus-88/agency/IDN"}, nil, false, false},
	{"en ojk rural bank", "The Financial Services Authority (OJK) revoked the license of a rural bank in Central Java.", []string{"idn-ojk/agency/IDN"}, nil, false, false},
	{"en pertamina fuel", "State energy firm Pertamina cut fuel prices for the second time this year.", []string{"pertamina/organization/IDN"}, nil, false, false},
	{"en pln blackout", "State electricity company PLN said the blackout was caused by a transmission fault.", []string{"pln/organization/IDN"}, nil, false, false},
	{"en garuda aircraft", "Flag carrier Garuda Indonesia said it would return three leased aircraft.", []string{"garuda-indonesia/organization/IDN"}, nil, false, false},
	{"en bulog rice", "State logistics agency Bulog said rice stocks had reached 4 million tons.", []string{"idn-bulog/agency/IDN"}, nil, false, false},
	{"en west java government", "The West Java provincial government closed the illegal mine.", []string{"pemprov-jawa-barat/government/IDN"}, nil, false, false},
	{"en east java police", "East Java Police arrested three suspects over the stadium stampede.", []string{"polda-jawa-timur/agency/IDN"}, nil, false, false},
	{"en supreme court sentence", "Indonesia's Supreme Court increased the prison sentence of the former minister.", []string{"idn-supreme-court/court/IDN"}, nil, false, false},
	{"en kpu winner", "The General Elections Commission (KPU) declared Prabowo Subianto the winner.", []string{"idn-kpu/agency/IDN", "prabowo-subianto"}, nil, false, false},
	{"en bawaslu complaints", "The Elections Supervisory Agency (Bawaslu) said it had received 300 complaints.", []string{"idn-bawaslu/agency/IDN"}, nil, false, false},
	{"en bpom syrup", "Indonesia's Food and Drug Monitoring Agency (BPOM) ordered the recall of the cough syrups.", []string{"idn-bpom/agency/IDN"}, nil, false, false},
	{"en bnn meth", "The National Narcotics Agency (BNN) seized 1.2 tonnes of methamphetamine.", []string{"idn-bnn/agency/IDN"}, nil, false, false},
	{"en basarnas search", "The National Search and Rescue Agency (Basarnas) said the search would continue.", []string{"idn-basarnas/agency/IDN"}, nil, false, false},
	{"en danantara invest", "Sovereign wealth fund Danantara plans to invest $10 billion in downstream projects.", []string{"idn-danantara/agency/IDN"}, nil, false, false},
	{"en navy meth", "The Indonesian Navy intercepted a vessel carrying 2 tonnes of crystal methamphetamine.", []string{"idn-navy/military/IDN"}, nil, false, false},
	{"en kopassus training", "Indonesia's Army Special Forces (Kopassus) held joint training with Australian special forces.", []string{"idn-kopassus/military/IDN"}, nil, false, false},
	{"en jakarta administration", "The Jakarta administration raised the provincial minimum wage by 6.5 percent.", []string{"pemprov-dki-jakarta/government/IDN"}, nil, false, false},
	{"en central jakarta court", "The Central Jakarta District Court ordered the KPU to delay the election.", []string{"pengadilan-negeri-jakarta-pusat/court/IDN", "idn-kpu/agency/IDN"}, nil, false, false},
	{"en bgn kitchen", "The National Nutrition Agency (BGN) suspended the kitchen after hundreds of students fell ill.", []string{"idn-bgn/agency/IDN"}, nil, false, false},
	{"en mpr sworn", "Indonesia's People's Consultative Assembly (MPR) swore in Prabowo Subianto as president.", []string{"idn-mpr/legislature/IDN", "prabowo-subianto"}, nil, false, false},
	{"en bi rate", "Bank Indonesia held its benchmark rate at 4.75 percent.", []string{"idn-central-bank/agency/IDN"}, nil, false, false},
	{"en bpk audit", "The Audit Board (BPK) found irregularities in the ministry's spending.", []string{"idn-bpk/agency/IDN"}, nil, false, false},
	{"en immigration corrections", "Indonesia's Ministry of Immigration and Corrections deported 12 foreigners.", []string{"idn-immigration-corrections-ministry/agency/IDN"}, nil, false, false},
	{"en public works toll", "Indonesia's Public Works Ministry said repairs to the toll road would finish before Eid.", []string{"idn-public-works-ministry/agency/IDN"}, nil, false, false},
	{"en several ministries", "Several ministries have yet to report their spending for the year.", nil, nil, true, false},
}

// TestIDBodiesGridEnglish checks the English rows.
func TestIDBodiesGridEnglish(t *testing.T) {
	runIDBodiesGrid(t, idBodiesGridEnglish, "en")
}

// idBodiesGridRows2 is the second batch, written and annotated after the
// first batch's data and rules and before the extractor ran on it.
var idBodiesGridRows2 = []wireGridRow{
	{"b2 kemenhut tesso nilo", "Kemenhut menyegel lahan perkebunan sawit ilegal di kawasan hutan Tesso Nilo.", []string{"idn-forestry-ministry/agency/IDN"}, []string{"idn-environment-ministry"}, false, false},
	{"b2 klh gugat", "KLH menggugat perusahaan pembakar hutan ke pengadilan.", []string{"idn-environment-ministry/agency/IDN"}, nil, false, false},
	{"b2 putusan ma", "Putusan MA itu menguatkan vonis pengadilan tingkat pertama.", []string{"idn-supreme-court/court/IDN"}, nil, false, true}, // known: as "ma kasasi"
	{"b2 korps marinir bekasi", "Korps Marinir mengerahkan perahu karet untuk mengevakuasi korban banjir di Bekasi.", []string{"idn-marines/military/IDN"}, nil, false, false},
	{"b2 kementerian pppa panti", "Kementerian PPPA mengecam kekerasan terhadap anak di panti asuhan itu.", []string{"idn-women-ministry/agency/IDN"}, nil, false, false},
	{"b2 polda bali turis", "Polda Bali memburu pelaku penipuan terhadap turis asing.", []string{"polda-bali/agency/IDN"}, nil, false, false},
	{"b2 pemkot bandung pkl", "Pemkot Bandung menertibkan pedagang kaki lima di kawasan Alun-alun.", []string{"pemkot-bandung/government/IDN"}, nil, false, false},
	{"b2 komisi iii gas air mata", "Komisi III DPR meminta Kapolri mengevaluasi penggunaan gas air mata.", []string{"idn-dpr/legislature/IDN"}, nil, false, false},
	{"b2 kementerian kehutanan pembalakan", "Kementerian Kehutanan menetapkan 20 tersangka pembalakan liar di Kalimantan.", []string{"idn-forestry-ministry/agency/IDN"}, nil, false, false},
	{"b2 ma hakim ott", "MA memberhentikan sementara hakim yang terjaring operasi tangkap tangan.", []string{"idn-supreme-court/court/IDN"}, nil, false, true}, // known: as "ma kasasi"
	{"b2 pn surabaya bebas", "Pengadilan Negeri Surabaya membebaskan terdakwa penganiayaan itu.", []string{"pengadilan-negeri-surabaya/court/IDN"}, nil, false, false},
}

// idBodiesGridEnglish2 is the second English batch, annotated before the
// extractor ran on it.
var idBodiesGridEnglish2 = []wireGridRow{
	{"b2 en south jakarta court", "The South Jakarta District Court rejected the pretrial motion filed by the suspect.", []string{"pengadilan-negeri-jakarta-selatan/court/IDN"}, nil, false, false},
	{"b2 en jakarta administrative court", "The Jakarta Administrative Court dismissed the lawsuit against the governor.", []string{"ptun-jakarta/court/IDN"}, nil, false, false},
	{"b2 en jakarta corruption court", "The Jakarta Corruption Court sentenced the former minister to 12 years in prison.", []string{"pengadilan-tipikor-jakarta/court/IDN"}, nil, false, false},
	{"b2 en immigration ministry inmates", "The Immigration and Corrections Ministry said 400 inmates had been moved to Nusakambangan.", []string{"idn-immigration-corrections-ministry/agency/IDN"}, nil, false, false},
	{"b2 en public works housing dam", "The Public Works and Housing Ministry said the dam would be completed next year.", []string{"idn-public-works-ministry/agency/IDN"}, nil, false, false},
	{"b2 en forestry ministry permits", "Indonesia's Forestry Ministry revoked permits covering 500,000 hectares of forest.", []string{"idn-forestry-ministry/agency/IDN"}, nil, false, false},
	{"b2 en bandung city government", "The Bandung city government closed the landfill after the fire.", []string{"pemkot-bandung/government/IDN"}, nil, false, false},
}

// TestIDBodiesGrid2 checks the second batches.
func TestIDBodiesGrid2(t *testing.T) {
	runIDBodiesGrid(t, idBodiesGridRows2, "id")
	runIDBodiesGrid(t, idBodiesGridEnglish2, "en")
}
