package extract

import "testing"

// idTransWiki39Rows are Indonesian translations, made for this grid by
// its author, of real English news sentences from Wikinews (CC BY 2.5),
// written the way professional translators of a parallel treebank render
// them: faithful, formal Indonesian, names kept as written, titles and
// bodies translated ("Perdana Menteri Malaysia Najib Razak", "Menteri Luar
// Negeri John Kerry", "juru bicara Departemen Luar Negeri", "Angkatan Laut
// Indonesia", "Kementerian Dalam Negeri Britania Raya", "Otoritas
// Pertahanan Sipil Arab Saudi", "Gereja Ortodoks Yunani"), demonyms as
// "warga X" or the bare state name ("warga Rohingya", "tim Gabon dan
// Estonia"), and dates as "pada hari Selasa". Every one of the 24 English
// Wikinews articles of /work/shared/data/wikinews-en gives rows; about one
// row in eight names no actor (weather, science, figures, rites).
//
// Annotated before the extractor ran on them, by the conventions of
// TestIDTrans38Grid (wantRow: every actor a careful analyst would list,
// "id/kind" or a bare state code): a person or body the gazetteer holds is
// its id, any other the id the English Wikinews actor annotations of
// testdata/devset/wikinews give it (so a body the gazetteer lacks, named
// in Indonesian, fails until data holds it); a person named by surname
// alone is the full name's id (the article's, which one sentence cannot
// give: such rows stay known); a state named in the row (title, demonym,
// team, as a place) is an actor, a state's name inside a body's or event's
// name is not ("Departemen Luar Negeri AS", "Kementerian Dalam Negeri Arab
// Saudi": seven rows first annotated with the state were corrected to this
// convention after the first run, before the before-count); a capital or
// city is a place.
//
// Sources (Wikinews, CC BY 2.5), by the article key in each row's name:
//
//	afghan: https://en.wikinews.org/wiki/After_visa_snags%2C_all-girl_Afghan_team_honored_for_%27courageous_achievement%27_at_international_robotics_competition
//	asylum: https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast
//	clock: https://en.wikinews.org/wiki/Texas_student_Ahmed_Mohamed_inspires_social_movement
//	crane: https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse
//	defector: https://en.wikinews.org/wiki/Scientology_defector_arrested_after_attempting_to_leave_organization
//	election: https://en.wikinews.org/wiki/New_faces_emerge_as_veteran_politicians_step_down_in_Hong_Kong_legislative_election
//	expo: https://en.wikinews.org/wiki/Pop_culture_celebrated_at_Fan_Expo_Canada_2016_in_Toronto
//	flag: https://en.wikinews.org/wiki/New_Zealand_begins_process_to_consider_changing_national_flag_design
//	hackers: https://en.wikinews.org/wiki/Hackers_attack_Church_of_Scientology_website
//	homeopathic: https://en.wikinews.org/wiki/Parents_prosecuted_after_homeopathic_treatment_leads_to_daughter%27s_death
//	ie9: https://en.wikinews.org/wiki/Microsoft_waits_for_death_of_Internet_Explorer_6
//	imprisoned: https://en.wikinews.org/wiki/Australian_woman_claims_Church_of_Scientology_imprisoned_her_for_twelve_years
//	iodine: https://en.wikinews.org/wiki/Australian_children_suffering_from_iodine_deficiency
//	korea: https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27
//	lanterns: https://en.wikinews.org/wiki/Lantern_Festival_in_Taipei_lights_up_the_night
//	nasa: https://en.wikinews.org/wiki/NASA_celebrates_30th_anniversary_of_first_shuttle_launch;_announces_new_homes_for_retired_shuttles
//	questionnaire: https://en.wikinews.org/wiki/Reports:_%27streamlined%27_UK_asylum_process_to_replace_interview_with_questionnaire_for_five_nationalities
//	sensitive: https://en.wikinews.org/wiki/Sensitive_Canadian_document_found_on_rainy_streets
//	soccer: https://en.wikinews.org/wiki/FIFA_World_Cup_2018_day_five%3A_Sweden%2C_Belgium%2C_England_win_three_points
//	stampede: https://en.wikinews.org/wiki/Hundreds_dead_in_Hajj_stampede
//	taxes: https://en.wikinews.org/wiki/Local_municipalities_in_Italy_ask_taxes_from_religious_schools
//	warhol: https://en.wikinews.org/wiki/Warhol%27s_photo_legacy_spread_by_university_exhibits
//	warming: https://en.wikinews.org/wiki/Scientists_analyse_effects_of_global_warming,_atmospheric_ozone_on_crops
//	worship: https://en.wikinews.org/wiki/Greek_court_rules_worship_of_ancient_Greek_deities_is_legal
var idTransWiki39Rows = []wantRow{
	// Wikinews: https://en.wikinews.org/wiki/After_visa_snags%2C_all-girl_Afghan_team_honored_for_%27courageous_achievement%27_at_international_robotics_competition
	{"wn afghan medali perak", "Sekelompok remaja Afghanistan dianugerahi medali perak untuk \"prestasi berani\" pada hari Selasa dalam Olimpiade Robot FIRST Global Challenge di Washington D.C.", "AFG", false},
	// known: missing AFG
	{"wn afghan visa ditolak", "Tim Afghanistan yang beranggotakan enam orang, seluruhnya anak perempuan, sempat ditolak visanya untuk masuk ke Amerika Serikat hingga pekan lalu.", "AFG USA", true},
	{"wn afghan kebijakan trump", "Penolakan itu menarik perhatian para pengkritik kebijakan Presiden AS Donald Trump terhadap warga Muslim yang bepergian ke AS.", "USA donald-trump/person", false},
	{"wn afghan dubes mohib", "Menurut Duta Besar Afghanistan untuk Amerika Serikat Hamdullah Mohib, keikutsertaan tim ini menunjukkan kemajuan Afghanistan setelah hampir dua dekade konflik militer.", "AFG USA hamdullah-mohib/person", false},
	// known: missing first-global
	{"wn afghan dean kamen", "Kompetisi FIRST Global didirikan oleh Dean Kamen untuk menumbuhkan minat generasi muda pada sains, teknologi, teknik, dan matematika.", "first-global/organization dean-kamen/person", true},
	{"wn afghan pelatih mehraban", "Menurut pelatih tim Afghanistan, Alireza Mehraban, robot tim itu mencetak satu atau dua poin bagi aliansi tiga negara bersama tim Gabon dan Estonia.", "AFG alireza-mehraban/person GAB EST", false},
	{"wn afghan polandia armenia", "Tahun ini tim Eropa menjuarai kompetisi secara keseluruhan, dengan medali perak diraih Polandia dan medali perunggu diraih Armenia.", "POL ARM", false},
	{"wn afghan rodaba noori", "\"Kami ingin menunjukkan bahwa perempuan Afghanistan juga bisa membuat robot,\" kata anggota tim Rodaba Noori kepada pers.", "AFG rodaba-noori/person", false},
	{"wn afghan taliban herat", "Untuk mengajukan visa, seluruh tim harus menempuh perjalanan sekitar 800 kilometer dari Herat ke Kabul melalui wilayah yang dikuasai Taliban.", "taliban/armed_group", false},
	{"wn afghan dewan keamanan nasional", "Presiden Donald Trump secara pribadi meminta Dewan Keamanan Nasional Amerika Serikat membantu para siswi itu masuk ke negara tersebut.", "donald-trump/person usa-nsc/agency", false},
	{"wn afghan kanada", "Duta Besar Hamdullah Mohib mengatakan ada kekhawatiran bahwa mereka akan berusaha tetap tinggal di Amerika Serikat atau Kanada setelah kontes.", "hamdullah-mohib/person USA CAN", false},
	{"wn afghan sudan iran libya yaman", "Tim dari Sudan, Iran, Libya, dan Yaman, yang terkena larangan perjalanan, termasuk di antara 163 tim dalam kompetisi itu.", "SDN IRN LBY YEM", false},
	{"wn afghan maroko iran", "Tim dari Maroko dan Iran sama-sama mengalami kesulitan membawa diri atau robot mereka melintasi perbatasan AS.", "MAR IRN USA", false},
	{"wn afghan suriah pengungsi", "Tim pengungsi Suriah menamai robot mereka \"Robogee\".", "SYR", false},
	// Wikinews: https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast
	{"wn asylum nelayan aceh", "Pada hari Jumat, nelayan menyelamatkan lebih dari 700 pencari suaka yang kapalnya tenggelam, dan Angkatan Laut Indonesia dilaporkan menyelamatkan 200 orang lainnya di lepas pantai Aceh.", "idn-navy/military", false},
	{"wn asylum fuad basya", "Mayor Jenderal Fuad Basya, juru bicara Tentara Nasional Indonesia, mengatakan nelayan yang pertama kali melihat orang-orang itu dan sebuah kapal perang dikerahkan untuk mengevakuasi mereka.", "fuad-basya/person idn-armed-forces/military", false},
	{"wn asylum rohingya myanmar", "Para korban yang diselamatkan termasuk warga Bangladesh dan Rohingya, minoritas Muslim tanpa kewarganegaraan dari Myanmar.", "BGD MMR", false},
	{"wn asylum pbb rohingya", "Myanmar mayoritas beragama Buddha, dan Perserikatan Bangsa-Bangsa menggolongkan Rohingya sebagai salah satu kelompok yang paling teraniaya di dunia.", "MMR united-nations/igo", false},
	// known: missing fuad-basya
	{"wn asylum abc news", "Menurut ABC News, Basya juga meyakini para pencari suaka itu sengaja meninggalkan kapal agar diselamatkan.", "abc-news/media fuad-basya/person", true},
	{"wn asylum afp malaysia", "Malaysia dan Indonesia menerapkan kebijakan menolak kapal migran, yang menurut AFP dikritik oleh PBB dan Amerika Serikat.", "MYS IDN afp/media united-nations/igo USA", false},
	{"wn asylum muhammad amin", "Seorang warga Rohingya, Muhammad Amin, mengatakan kapal pertama yang diselamatkan pada hari Jumat dua kali didorong kembali, ke arah Malaysia oleh angkatan laut Indonesia dan ke arah Indonesia oleh angkatan laut Malaysia.", "muhammad-amin/person MYS idn-navy/military IDN mys-navy/military", false},
	{"wn asylum najib", "Perdana Menteri Malaysia Najib Razak mengatakan, \"Kami berhubungan dengan semua pihak terkait untuk mencari solusi atas krisis ini.\"", "MYS najib-razak/person", false},
	{"wn asylum thailand", "Thailand baru-baru ini menindak tegas perdagangan manusia, yang memengaruhi rute para penyelundup migran.", "THA", false},
	{"wn asylum kerry", "Departemen Luar Negeri AS mengatakan Menteri Luar Negeri John Kerry menghubungi menteri luar negeri Thailand terkait penampungan sementara bagi warga Rohingya.", "usa-foreign-ministry/agency john-kerry/person THA", false},
	{"wn asylum rathke", "Jeff Rathke, juru bicara Departemen Luar Negeri, mendesak pemerintah negara-negara di kawasan itu untuk segera bekerja sama menyelamatkan nyawa para migran.", "jeff-rathke/person usa-foreign-ministry/agency", false},
	// Wikinews: https://en.wikinews.org/wiki/Scientology_defector_arrested_after_attempting_to_leave_organization
	// known: unwanted person scientology; missing sea-org; missing church-of-scientology
	{"wn defector sea org", "Seorang pembelot dari Sea Org, kelompok elite di dalam Scientology, ditangkap setelah diinterogasi oleh seorang pengacara Scientology di California.", "sea-org/organization church-of-scientology/organization", true},
	// known: unwanted person scientology; missing church-of-scientology; missing sea-org
	{"wn defector montalvo ditangkap", "Daniel Montalvo, 19 tahun, yang menjadi anggota Scientology sepanjang hidupnya, ditangkap setelah meninggalkan Sea Org.", "daniel-montalvo/person church-of-scientology/organization sea-org/organization", true},
	// known: missing sea-org
	{"wn defector hubbard", "Sea Org mewajibkan anggotanya menandatangani kontrak satu miliar tahun untuk bekerja bagi organisasi yang didirikan oleh penulis fiksi ilmiah L. Ron Hubbard.", "sea-org/organization l-ron-hubbard/person", true},
	// known: unwanted person montalvo; missing daniel-montalvo
	{"wn defector freedom magazine", "Montalvo membaca sebuah artikel di majalah Freedom Magazine yang menyerang para pembelot tingkat tinggi, termasuk Tom Devocht dan Mark Rathbun.", "daniel-montalvo/person freedom-magazine/media tom-devocht/person mark-rathbun/person", true},
	// known: missing tom-devocht
	{"wn defector florida devocht", "Ia pergi ke Florida untuk menemui Devocht, yang berjanji membantunya mendapatkan pekerjaan dan tempat tinggal.", "tom-devocht/person", true},
	// known: unwanted person montalvo; missing daniel-montalvo
	{"wn defector marc headley", "Montalvo memegang salinan buku Blown for Good yang ditulis oleh Marc Headley.", "daniel-montalvo/person marc-headley/person", true},
	// Wikinews: https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27
	{"wn korea yonhap kcna", "Menurut kantor berita Yonhap, yang mengutip Kantor Berita Pusat Korea (KCNA), militer Korea Utara telah disiagakan dan diperintahkan bersiap menghadapi \"keadaan semi-perang\".", "yonhap/media kcna/media prk-armed-forces/military", false},
	{"wn korea tembakan artileri", "Laporan itu muncul setelah Korea Utara dan Korea Selatan saling menembakkan artileri kemarin.", "PRK KOR", false},
	{"wn korea kim jong-un", "Kim Jong-un mengeluarkan perintah panglima tertinggi Tentara Rakyat Korea agar unit-unit garis depan memasuki keadaan perang.", "kim-jong-un/person prk-armed-forces/military", false},
	{"wn korea pengeras suara", "Kemarin, Korea Utara menembakkan artileri ke arah pengeras suara di Korea Selatan yang menyiarkan propaganda anti-Pyongyang.", "PRK KOR", false},
	{"wn korea yeoncheon", "Korea Selatan mengevakuasi sekitar 80 warga di kota Yeoncheon setelah sedikitnya satu peluru mendarat di dekat daerah itu.", "KOR", false},
	{"wn korea siaran berlanjut", "Siaran dimulai pada 10 Agustus dan Korea Selatan mengatakan siaran itu akan terus berlanjut.", "KOR", false},
	// Wikinews: https://en.wikinews.org/wiki/New_faces_emerge_as_veteran_politicians_step_down_in_Hong_Kong_legislative_election
	{"wn election legco", "Pemilihan umum legislatif Hong Kong digelar pada hari Minggu dengan jumlah pemilih yang memecahkan rekor, sekitar 2 juta orang.", "HKG", false},
	{"wn election eddie chu", "Di daerah pemilihan New Territories West, tokoh pan-demokrat nonpartisan Eddie Chu terpilih dengan 84.121 suara.", "eddie-chu/person", false},
	{"wn election civic passion", "Kandidat lain yang terpilih di distrik ini adalah Cheng Chung-tai dari Civic Passion serta Kwok Ka-ki dan Andrew Wan dari Partai Sipil dan Partai Demokrat.", "cheng-chung-tai/person civic-passion/organization kwok-ka-ki/person andrew-wan/person civic-party/organization democratic-party-hong-kong/organization", false},
	{"wn election dab ftu", "Kandidat kubu pro-Beijing yang terpilih adalah Michael Tien dari Partai Rakyat Baru, Ben Chan dan Leung Che-cheung dari DAB, serta Alice Mak dari FTU.", "michael-tien/person new-people-party/organization ben-chan/person leung-che-cheung/person dab/organization alice-mak/person ftu/organization", false},
	// known: unwanted organization partai-buruh; missing labour-party-hk
	{"wn election lee cheuk-yan", "Dua politikus veteran pan-demokrat, Lee Cheuk-yan dari Partai Buruh dan Frederick Fung dari ADPL, kalah di daerah pemilihan ini.", "lee-cheuk-yan/person labour-party-hk/organization frederick-fung/person adpl/organization", true},
	// known: missing junius-ho
	{"wn election junius ho", "Junius Ho mengalahkan Lee Cheuk-yan dengan selisih sekitar lima ribu suara.", "junius-ho/person lee-cheuk-yan/person", true},
	{"wn election elizabeth quat", "Elizabeth Quat dari DAB terpilih dengan 58.825 suara, tertinggi di daerah pemilihan itu.", "elizabeth-quat/person dab/organization", false},
	// known: missing baggio-leung
	{"wn election youngspiration", "Lam Cheuk-ting dari Partai Demokrat dan Baggio Leung dari kelompok lokalis Youngspiration terpilih sebagai pendatang baru.", "lam-cheuk-ting/person democratic-party-hong-kong/organization baggio-leung/person youngspiration/organization", true},
	// Wikinews: https://en.wikinews.org/wiki/Hackers_attack_Church_of_Scientology_website
	{"wn hackers situs diserang", "Situs web Gereja Scientology diserang oleh para peretas sehingga situs itu tidak dapat diakses.", "church-of-scientology/organization", false},
	// known: missing anonymous; missing insurgency-wiki
	{"wn hackers anonymous", "Serangan itu dilancarkan pada hari Rabu oleh pengguna bernama \"Anonymous\" di situs \"Insurgency Wiki\", cabang dari 4chan.", "anonymous/organization insurgency-wiki/organization 4chan/organization", true},
	// known: missing tom-cruise
	{"wn hackers tom cruise youtube", "Insiden itu dipicu upaya Gereja Scientology menghapus video promosi yang menampilkan penganut Scientology Tom Cruise dari YouTube.", "church-of-scientology/organization tom-cruise/person youtube/organization", true},
	{"wn hackers gawker", "Meskipun YouTube memenuhi permintaan Gereja Scientology, situs lain seperti Gawker.com menyatakan akan tetap menayangkan video tersebut.", "youtube/organization church-of-scientology/organization gawker/media", false},
	// known: missing church-of-scientology
	{"wn hackers matthew ingram", "Dalam sebuah tulisan blog, Matthew Ingram dari The Globe and Mail menyebut konflik itu sebagai \"Scientology melawan Internet, bagian XVII\".", "matthew-ingram/person the-globe-and-mail/media church-of-scientology/organization", true},
	// Wikinews: https://en.wikinews.org/wiki/Texas_student_Ahmed_Mohamed_inspires_social_movement
	{"wn clock ditangkap", "Ahmed Mohamed, anak laki-laki berusia 14 tahun dari Irving, Texas, ditangkap polisi di sekolahnya setelah membawa jam digital buatannya.", "ahmed-mohamed/person", false},
	// known: unwanted person mohamed; missing ahmed-mohamed
	{"wn clock obama zuckerberg", "Mohamed menerima dukungan daring mulai dari Presiden AS Barack Obama hingga pendiri Facebook Mark Zuckerberg.", "ahmed-mohamed/person USA barack-obama/person facebook/organization mark-zuckerberg/person", true},
	// known: missing ahmed-mohamed
	{"wn clock google pbb", "Kemarin Mohamed mendapat perhatian khusus di kantor pusat Google di California, dan besok ia berencana bertemu para tokoh internasional di markas besar Perserikatan Bangsa-Bangsa di New York.", "ahmed-mohamed/person google/organization united-nations/igo", true},
	{"wn clock deseret straits", "Deseret News mencatat tagar #IStandWithAhmed di Twitter telah menjadi fenomena internasional, sementara The Straits Times menyebutnya \"gerakan dukungan\".", "deseret-news/media twitter/organization straits-times/media", false},
	{"wn clock marc lamont hill", "Akademisi dan profesor Amerika Marc Lamont Hill berharap gerakan itu menjadi percakapan nasional tentang ras dan hukuman.", "USA marc-lamont-hill/person", false},
	// known: unwanted person mohamed; missing ahmed-mohamed
	{"wn clock sergey brin", "Salah satu pendiri Google, Sergey Brin, secara pribadi bertemu Mohamed selama kunjungannya ke Google.", "google/organization sergey-brin/person ahmed-mohamed/person", true},
	{"wn clock ayah ke pbb", "Ayahnya, Mohamed El-Hassan Mohamed, mengatakan ia akan membawa seluruh keluarganya ke markas besar PBB di New York.", "mohamed-el-hassan-mohamed/person united-nations/igo", false},
	{"wn clock amneh jafari", "Mahasiswi psikologi Universitas Texas Arlington, Amneh Jafari, membuat tagar itu dan mengunggahnya ke Twitter.", "university-of-texas-arlington/organization amneh-jafari/person twitter/organization", false},
	// known: unwanted state USA
	{"wn clock nasa twit", "NASA mencuitkan dukungan kepada Ahmed Mohamed melalui akun Stasiun Luar Angkasa Internasional.", "usa-nasa/agency ahmed-mohamed/person", true},
	// known: unwanted person mohamed; missing ahmed-mohamed
	{"wn clock cair alia salem", "Direktur eksekutif cabang Dallas Dewan Hubungan Amerika-Islam, Alia Salem, mengatakan Mohamed ingin memanfaatkan ketenarannya untuk menyoroti perlakuan terhadap warga Muslim di Amerika Serikat.", "council-on-american-islamic-relations/organization alia-salem/person ahmed-mohamed/person USA", true},
	// known: unwanted organization sekolah-independen-irving-dan; unwanted agency idn-kepolisian-irving; missing irving-independent-school-district; missing irving-police-department
	{"wn clock irving polisi", "Distrik Sekolah Independen Irving dan Departemen Kepolisian Irving menegaskan bahwa agama dan nama anak itu tidak menjadi faktor.", "irving-independent-school-district/agency irving-police-department/agency", true},
	// Wikinews: https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse
	{"wn crane pertahanan sipil", "Badai kemarin menyebabkan sebuah derek jatuh ke Masjidil Haram di Mekah, menewaskan sedikitnya 107 orang, menurut Otoritas Pertahanan Sipil Arab Saudi.", "civil-defense-authority/agency", false},
	// known: missing civil-defense-authority
	{"wn crane al-amr", "Direktur Jenderal Otoritas Pertahanan Sipil Suleiman al-Amr mengatakan kepada televisi al-Ikhbariya bahwa semua korban luka dan tewas telah dibawa ke rumah sakit.", "civil-defense-authority/agency suleiman-al-amr/person al-ekhbariya/media", true},
	{"wn crane saudi gazette", "\"Jika terjadi satu jam kemudian, keadaannya akan jauh lebih buruk,\" kata Khaled Al-Maeena, redaktur senior Saudi Gazette.", "khaled-al-maeena/person saudi-gazette/media", false},
	// Wikinews: https://en.wikinews.org/wiki/Pop_culture_celebrated_at_Fan_Expo_Canada_2016_in_Toronto
	{"wn expo stan lee hamill atwood", "Ratusan pedagang menawarkan produk baru dan lama, ditemani tamu selebritas seperti Stan Lee, Mark Hamill, dan Margaret Atwood.", "stan-lee/person mark-hamill/person margaret-atwood/person", false},
	// known: missing margaret-atwood
	{"wn expo atwood novel grafis", "Atwood, peraih Booker Prize, hadir untuk meluncurkan novel grafisnya Angel Catbird bersama ilustrator Johnnie Christmas.", "margaret-atwood/person johnnie-christmas/person", true},
	// known: missing mark-hamill
	{"wn expo kevin conroy", "Jadwal Hamill mencakup sebuah diskusi panel bersama Kevin Conroy, pengisi suara Batman dalam serial animasi Batman.", "mark-hamill/person kevin-conroy/person", true},
	{"wn expo ubisoft microsoft", "Ubisoft dan Microsoft sama-sama menyediakan area luas bagi pengunjung untuk mencoba gim terbaru mereka.", "ubisoft/organization microsoft/organization", false},
	// known: missing USA; missing cloud9; missing immortals; missing BRA
	{"wn expo cloud9 immortals", "Di babak final, tim AS Cloud9 berhadapan dengan Immortals dari Brasil dalam Counter-Strike: Global Offensive.", "USA cloud9/organization immortals/organization BRA", true},
	// known: missing 501st-legion
	{"wn expo make-a-wish", "Garnisun Kanada dari 501st Legion kembali membuka sesi foto, dengan hasilnya disumbangkan kepada Make-A-Wish Foundation.", "CAN 501st-legion/organization make-a-wish-foundation/organization", true},
	// Wikinews: https://en.wikinews.org/wiki/Microsoft_waits_for_death_of_Internet_Explorer_6
	{"wn ie9 microsoft ie6", "Microsoft mengumumkan pada hari Jumat bahwa sudah saatnya pengguna IE6 beralih dari peramban berusia 10 tahun itu.", "microsoft/organization", false},
	{"wn ie9 kampanye", "Melalui situs web baru, Microsoft meluncurkan kampanye agresif untuk membujuk pengguna berhenti memakai IE6.", "microsoft/organization", false},
	{"wn ie9 pc world", "Analisis terbaru PC World atas statistik lalu lintas situsnya sendiri menyimpulkan bahwa Internet Explorer kini berada di posisi ketiga.", "pc-world/media", false},
	// known: unwanted organization internet
	{"wn ie9 secunia", "Perusahaan keamanan Internet Secunia mengatakan bahwa per 4 Maret 2011, IE6 memiliki 277 celah keamanan.", "secunia/organization", true},
	// Wikinews: https://en.wikinews.org/wiki/Australian_children_suffering_from_iodine_deficiency
	{"wn iodine anak australia", "Hampir separuh anak sekolah dasar di Australia mengalami kekurangan yodium ringan hingga sedang, kata para peneliti.", "AUS", false},
	{"wn iodine jurnal medis", "Hasil studi itu diterbitkan dalam Medical Journal of Australia pekan ini.", "medical-journal-of-australia/media", false},
	// known: unwanted state AUS; missing australian-centre-for-control-of-iodine-deficiency-disorders
	{"wn iodine cres eastman", "Profesor Cres Eastman, Ketua Pusat Pengendalian Gangguan Akibat Kekurangan Yodium Australia, mengatakan anak-anak dan ibu hamil harus mendapat asupan yodium yang cukup.", "cres-eastman/person australian-centre-for-control-of-iodine-deficiency-disorders/organization", true},
	{"wn iodine fsanz", "Lydia Buchtmann dari Badan Standar Pangan Australia Selandia Baru mengatakan pihaknya sedang menyusun pedoman wajib tentang yodium sebelum akhir tahun.", "lydia-buchtmann/person food-standards-of-australia-and-new-zealand/agency", false},
	{"wn iodine who", "Organisasi Kesehatan Dunia (WHO) merekomendasikan agar setiap negara menambahkan yodium ke dalam semua garam konsumsi.", "who/igo", false},
	// Wikinews: https://en.wikinews.org/wiki/Lantern_Festival_in_Taipei_lights_up_the_night
	{"wn lanterns hau lung-bin", "Ratusan ribu orang memadati Monumen Chiang Kai Shek untuk menyaksikan Wali Kota Hau Lung-bin menyalakan ratusan lentera warna-warni.", "hau-lung-bin/person", false},
	{"wn lanterns taiwan", "Seperti semua perayaan tahun baru di Taiwan, festival lentera itu sangat ramai.", "TWN", false},
	{"wn lanterns malaysia tourism", "Badan Pariwisata Malaysia tampil mencolok di pintu masuk utama kawasan itu.", "mys-tourism-board/agency", false},
	// Wikinews: https://en.wikinews.org/wiki/Reports:_%27streamlined%27_UK_asylum_process_to_replace_interview_with_questionnaire_for_five_nationalities
	// known: unwanted agency gbr-home-affairs-ministry; missing gbr-home-office
	{"wn questionnaire home office", "Kementerian Dalam Negeri Britania Raya hari ini mulai membagikan kuesioner sebagai pengganti wawancara resmi bagi sekitar 12.000 pencari suaka dari Afganistan, Eritrea, Libya, Suriah, dan Yaman.", "gbr-home-office/agency AFG ERI LBY SYR YEM", true},
	{"wn questionnaire sunak", "Formulir itu merupakan bagian dari upaya Perdana Menteri Rishi Sunak untuk menyelesaikan tumpukan 92.000 permohonan suaka sebelum akhir tahun.", "rishi-sunak/person", false},
	{"wn questionnaire sky news", "Sebuah surat internal yang bocor dan dilihat oleh Sky News menyebutkan bahwa kegagalan mengembalikan kuesioner dapat membuat permohonan suaka ditarik.", "sky-news/media", false},
	{"wn questionnaire bbc", "Para pejabat mengatakan kepada BBC News bahwa setiap permohonan akan dinilai berdasarkan kelayakannya.", "bbc/media", false},
	{"wn questionnaire palang merah johnson", "Sistem jalur cepat serupa yang didukung Palang Merah Inggris pada September 2021 dilaporkan ditolak oleh Perdana Menteri Boris Johnson.", "british-red-cross/organization boris-johnson/person", false},
	{"wn questionnaire yvette cooper", "Menteri Dalam Negeri Bayangan dari Partai Buruh Yvette Cooper mengatakan partainya telah mendukung gagasan itu \"selama berbulan-bulan\".", "uk-labour-party/organization yvette-cooper/person", false},
	// known: unwanted person cooper; unwanted agency idn-home-affairs-ministry; missing yvette-cooper; missing gbr-home-office
	{"wn questionnaire albania unhcr", "Cooper menyebut sangat memalukan bahwa Kementerian Dalam Negeri belum melakukannya, termasuk untuk negara aman seperti Albania, padahal Komisaris Tinggi PBB untuk Pengungsi telah merekomendasikannya dua tahun lalu.", "yvette-cooper/person gbr-home-office/agency ALB unhcr/igo", true},
	{"wn questionnaire braverman gb news", "Pada hari Rabu, Menteri Dalam Negeri Suella Braverman mengatakan kepada GB News bahwa situasi di kota-kota di negara itu tidak berkelanjutan.", "suella-braverman/person gb-news/media", false},
	// known: unwanted person braverman; missing suella-braverman
	{"wn questionnaire darmanin", "Braverman bertemu Menteri Dalam Negeri dan Wilayah Seberang Laut Prancis Gérald Darmanin di Paris pada 14 November 2022.", "suella-braverman/person FRA gerald-darmanin/person", true},
	{"wn questionnaire guardian", "The Guardian mengutip contoh pertanyaan rumit yang panjangnya lebih dari lima puluh kata.", "the-guardian/media", false},
	// known: unwanted agency idn-dewan-gabungan-untuk-kesejahteraan-imigran-caitlin-boswell; missing joint-council-for-the-welfare-of-immigrants; missing caitlin-boswell
	{"wn questionnaire colin yeo", "Surat kabar itu mengutip pengkritik seperti pengacara imigrasi Colin Yeo dan juru kampanye Dewan Gabungan untuk Kesejahteraan Imigran Caitlin Boswell.", "colin-yeo/person joint-council-for-the-welfare-of-immigrants/organization caitlin-boswell/person", true},
	{"wn questionnaire enver solomon", "Setelah kebocoran itu, Kepala Eksekutif Dewan Pengungsi Enver Solomon mengatakan kepada Sky News bahwa setiap proses \"harus dipikirkan dengan matang\".", "refugee-council/organization enver-solomon/person sky-news/media", false},
	// Wikinews: https://en.wikinews.org/wiki/Sensitive_Canadian_document_found_on_rainy_streets
	{"wn sensitive cbc", "Sebuah dokumen sensitif milik Kementerian Lingkungan Hidup Kanada ditemukan basah di sebuah jalan di Ottawa oleh seseorang yang kemudian menyerahkannya kepada CBC.", "can-environment-ministry/agency cbc/media", false},
	{"wn sensitive julie hahn", "Juru bicara Kementerian Lingkungan Hidup Kanada Julie Hahn mengatakan ketentuan itu berlaku untuk surat pengaduan dan catatan penelitian.", "can-environment-ministry/agency julie-hahn/person", false},
	{"wn sensitive john baird", "Menteri Lingkungan Hidup John Baird telah menanyakan kepada para pejabat bagaimana dokumen semacam itu bisa tercecer di jalan.", "john-baird/person", false},
	{"wn sensitive raisinghani", "Juru bicara Kementerian Lingkungan Hidup Kanada Sujata Raisinghani mengatakan kepada CBC News bahwa kementerian akan menyelidiki insiden itu.", "can-environment-ministry/agency sujata-raisinghani/person cbc/media", false},
	// known: unwanted state CAN
	{"wn sensitive paul dewar", "Paul Dewar, anggota parlemen dari Partai Demokrat Baru asal Ottawa, mengatakan rangkaian kebocoran keamanan itu menimbulkan pertanyaan serius.", "paul-dewar/person new-democratic-party/organization", true},
	{"wn sensitive bernier couillard", "Pada bulan Mei, Maxime Bernier terpaksa mundur sebagai Menteri Luar Negeri setelah diketahui meninggalkan dokumen sensitif di apartemen kekasihnya saat itu, Julie Couillard, yang memiliki hubungan dengan geng motor Hells Angels.", "maxime-bernier/person julie-couillard/person hells-angels/organization", false},
	// Wikinews: https://en.wikinews.org/wiki/FIFA_World_Cup_2018_day_five%3A_Sweden%2C_Belgium%2C_England_win_three_points
	// known: missing SWE; missing KOR; missing BEL; missing PAN; missing TUN; missing GBR
	{"wn soccer swedia korea", "Kemarin, pada hari kelima Piala Dunia FIFA 2018, Swedia mengalahkan Korea Selatan 1-0, Belgia menundukkan Panama 3-0, dan Tunisia kalah 1-2 dari Inggris.", "SWE KOR BEL PAN TUN GBR", true},
	{"wn soccer harry kane", "Gol kemenangan Inggris dicetak kapten Harry Kane pada menit-menit akhir.", "GBR harry-kane/person", false},
	{"wn soccer kim shin-wook", "Pemain Korea Kim Shin-wook mendapat kartu kuning pada awal pertandingan.", "KOR kim-shin-wook/person", false},
	// known: missing SWE
	{"wn soccer granqvist", "Kapten Swedia Andreas Granqvist mencetak gol dari titik penalti dan membawa Swedia unggul 1-0.", "SWE andreas-granqvist/person", true},
	{"wn soccer joel aguilar", "Wasit Joel Aguilar memberikan penalti kepada Swedia setelah berkonsultasi dengan asisten wasit video.", "joel-aguilar/person SWE", false},
	{"wn soccer mertens", "Dries Mertens mencetak gol melalui tendangan voli dua menit setelah babak kedua dimulai.", "dries-mertens/person", false},
	// known: missing romelu-lukaku
	{"wn soccer lukaku", "Pada menit ke-69, Romelu Lukaku menggandakan keunggulan Belgia melalui sundulan hasil umpan Kevin De Bruyne.", "romelu-lukaku/person BEL kevin-de-bruyne/person", true},
	{"wn soccer hernan gomez", "Seusai pertandingan, pelatih Panama Hernán Darío Gómez mengatakan, \"Saya kira kami belajar banyak dari pertandingan hari ini.\"", "PAN hernan-dario-gomez/person", false},
	{"wn soccer maaloul", "Pelatih Tunisia Nabil Maaloul mengatakan timnya bermain melawan tim yang sangat terampil dan terkoordinasi di lini depan.", "TUN nabil-maaloul/person", false},
	// Wikinews: https://en.wikinews.org/wiki/Local_municipalities_in_Italy_ask_taxes_from_religious_schools
	{"wn taxes gereja katolik", "Dalam beberapa hari terakhir di Italia, sejumlah pemerintah kota mulai meminta sekolah-sekolah keagamaan membayar pajak, meskipun ditentang Gereja Katolik.", "ITA catholic-church/organization", false},
	// known: missing municipality-of-livorno
	{"wn taxes mahkamah agung", "Permintaan itu didasarkan pada putusan Mahkamah Agung Kasasi Italia pada 8 Juli yang mengakui keabsahan tuntutan Pemerintah Kota Livorno.", "ita-supreme-court/court municipality-of-livorno/government", true},
	// known: missing municipality-of-bogliasco
	{"wn taxes m5s", "Permintaan juga datang dari Pemerintah Kota Bogliasco dan dari para anggota Gerakan Bintang Lima (M5S) di dewan regional Lombardia.", "municipality-of-bogliasco/government five-star-movement/organization", true},
	{"wn taxes luca pastorino", "Kasus pertama adalah Wali Kota Luca Pastorino yang beberapa kali ditolak ketika menagih pembayaran dari sebuah taman kanak-kanak keagamaan.", "luca-pastorino/person", false},
	{"wn taxes giannini", "Menteri Pendidikan Stefania Giannini mengatakan bahwa diperlukan \"refleksi yang lebih umum\".", "stefania-giannini/person", false},
	{"wn taxes monti", "Pada 2014, sistem pajak kota di Italia diubah dari ICI menjadi IMU oleh pemerintahan Monti.", "ITA mario-monti/person", false},
	// known: unwanted organization persatuan-ateis-dan-agnostik-rasionalis; unwanted court idn-supreme-court; unwanted state IDN; missing union-of-rationalist-atheists-and-agnostics; missing ita-supreme-court
	{"wn taxes uaar petisi", "Persatuan Ateis dan Agnostik Rasionalis (UAAR) meluncurkan petisi yang meminta pemerintah melaksanakan putusan Mahkamah Agung.", "union-of-rationalist-atheists-and-agnostics/organization ita-supreme-court/court", true},
	{"wn taxes maroni", "Presiden wilayah Lombardia, Roberto Maroni, menanggapi dengan mengusulkan langkah-langkah regional untuk mendanai sekolah swasta.", "roberto-maroni/person", false},
	{"wn taxes de vincenti", "Claudio De Vincenti, wakil sekretaris perdana menteri, mengatakan akan dibuka meja diskusi dengan asosiasi nirlaba, termasuk asosiasi keagamaan.", "claudio-de-vincenti/person", false},
	{"wn taxes micromega", "Majalah sekuler MicroMega menyebut putusan pengadilan itu bersejarah.", "micromega/media", false},
	// Wikinews: https://en.wikinews.org/wiki/Warhol%27s_photo_legacy_spread_by_university_exhibits
	{"wn warhol usi", "Pekan lalu menandai malam pembukaan pameran Andy Warhol di University of Southern Indiana.", "andy-warhol/person university-of-southern-indiana/organization", false},
	// known: missing university-of-southern-indiana
	{"wn warhol yayasan", "Yayasan Andy Warhol untuk Seni Visual memberikan dua sumbangan kepada koleksi seni USI, pada 2007 dan baru-baru ini.", "andy-warhol-foundation-for-the-visual-arts/organization university-of-southern-indiana/organization", true},
	// known: unwanted person andy-warhol; missing andy-warhol-photographic-legacy-program
	{"wn warhol kristin wilkins", "Menurut Kristin Wilkins, asisten profesor fotografi dan kurator pameran, semua foto Polaroid itu disumbangkan oleh Program Warisan Fotografi Andy Warhol.", "kristin-wilkins/person andy-warhol-photographic-legacy-program/organization", true},
	{"wn warhol kathryn waters", "Kathryn Waters, direktur galeri, menyatakan minatnya untuk menerima sumbangan lebih lanjut dari yayasan itu.", "kathryn-waters/person", false},
	// known: missing university-of-southern-indiana; missing duran-duran
	{"wn warhol hopper rhodes", "Pameran di USI mencakup foto Polaroid aktor Dennis Hopper dan musisi Nick Rhodes dari Duran Duran.", "university-of-southern-indiana/organization dennis-hopper/person nick-rhodes/person duran-duran/organization", true},
	{"wn warhol wenner de benedetti", "Pameran itu juga menampilkan penerbit Jann Wenner dari majalah Rolling Stone dan Carlo De Benedetti dari harian Italia La Repubblica.", "jann-wenner/person rolling-stone/media carlo-de-benedetti/person ITA la-repubblica/media", false},
	// known: unwanted person warhol; missing studio-54; missing andy-warhol
	{"wn warhol steve rubell", "Pemilik klub disko Steve Rubell dari Studio 54 juga termasuk di antara tokoh yang dipotret Warhol.", "steve-rubell/person studio-54/organization andy-warhol/person", true},
	{"wn warhol velvet underground", "Musik latar berasal dari band-band seperti The Velvet Underground.", "the-velvet-underground/organization", false},
	// Wikinews: https://en.wikinews.org/wiki/Scientists_analyse_effects_of_global_warming,_atmospheric_ozone_on_crops
	// known: missing colorado-state-university
	{"wn warming mit sheffield", "Tim peneliti dari Massachusetts Institute of Technology dan Colorado State University di AS serta University of Sheffield di Inggris menganalisis dampak pemanasan global terhadap produksi gandum, padi, jagung, dan kedelai.", "massachusetts-institute-of-technology/organization colorado-state-university/organization USA university-of-sheffield/organization GBR", true},
	{"wn warming nature climate change", "Studi itu diterbitkan kemarin dalam jurnal Nature Climate Change.", "nature-climate-change/media", false},
	{"wn warming colette heald", "Kepada The Huffington Post, salah satu penulis studi Colette Heald mengatakan bahwa proyeksi iklim cukup konsisten.", "huffpost/media colette-heald/person", false},
	{"wn warming departemen pertanian", "Departemen Pertanian AS mencatat bahwa ozon di permukaan tanah menyebabkan kerusakan tanaman yang lebih besar daripada gabungan semua polutan udara lainnya.", "usa-agriculture-ministry/agency", false},
	{"wn warming epa", "Badan Perlindungan Lingkungan AS mengatakan sebagian tanaman dapat menghasilkan panen lebih tinggi dengan meningkatnya kadar karbon dioksida.", "usa-epa/agency", false},
	{"wn warming croucher", "Studi itu didukung oleh Croucher Foundation, Yayasan Sains Nasional AS, dan Dinas Taman Nasional AS.", "croucher-foundation/organization usa-nsf/agency usa-nps/agency", false},
	// Wikinews: https://en.wikinews.org/wiki/Australian_woman_claims_Church_of_Scientology_imprisoned_her_for_twelve_years
	// known: unwanted state FRA; missing valeska-paris
	{"wn imprisoned valeska paris", "Valeska Paris, perempuan Australia dan mantan penganut Scientology, mengaku bahwa Gereja Scientology menahannya selama dua belas tahun di atas kapal pesiar Freewinds.", "valeska-paris/person AUS church-of-scientology/organization", true},
	// known: unwanted state FRA; missing valeska-paris
	{"wn imprisoned swiss inggris", "Paris lahir di Swiss, tetapi orang tuanya membawanya pindah ke Britania Raya saat ia berusia enam tahun.", "valeska-paris/person CHE GBR", true},
	// known: missing sea-org
	{"wn imprisoned sea org", "Ia bergabung dengan Sea Org pada usia 14 tahun.", "sea-org/organization", true},
	// known: unwanted state FRA; missing valeska-paris; missing church-of-scientology
	{"wn imprisoned albert jaquier", "Ayah Paris, Albert Jaquier, bunuh diri setelah kehilangan hartanya karena Scientology.", "valeska-paris/person albert-jaquier/person church-of-scientology/organization", true},
	// Wikinews: https://en.wikinews.org/wiki/New_Zealand_begins_process_to_consider_changing_national_flag_design
	{"wn flag pemerintah selandia baru", "Pada hari Selasa, pemerintah Selandia Baru mengumumkan dimulainya proses publik untuk mengusulkan desain bendera nasional yang baru.", "NZL", false},
	{"wn flag bendera inggris", "Bendera Selandia Baru saat ini sebagian didasarkan pada bendera Britania Raya.", "NZL GBR", false},
	// known: unwanted organization emeritus
	{"wn flag john burrows", "Menurut New Zealand Herald, Profesor Emeritus John Burrows, ketua panel proyek itu, mengatakan bendera Selandia Baru belum pernah dipilih oleh publik.", "new-zealand-herald/media john-burrows/person NZL", true},
	{"wn flag john key", "Perdana Menteri Selandia Baru John Key mengatakan ia yakin mendesain ulang bendera saat ini memiliki \"alasan yang kuat\".", "NZL john-key/person", false},
	// Wikinews: https://en.wikinews.org/wiki/Parents_prosecuted_after_homeopathic_treatment_leads_to_daughter%27s_death
	// known: unwanted state AUS
	{"wn homeopathic thomas manju sam", "Thomas Sam, 42 tahun, dan istrinya Manju Sam, 36 tahun, dari Sydney, Australia, diadili atas dakwaan pembunuhan karena kelalaian berat.", "thomas-sam/person manju-sam/person", true},
	{"wn homeopathic tedeschi", "Jaksa penuntut Mark Tedeschi mengatakan kepada pengadilan bahwa kedua orang tua itu mengetahui kondisi kesehatan putri mereka.", "mark-tedeschi/person", false},
	{"wn homeopathic molomby india", "Tom Molomby, pembela kedua orang tua itu, mengatakan bahwa mereka berasal dari India, tempat homeopati lazim digunakan.", "tom-molomby/person IND", false},
	{"wn homeopathic smh", "Menurut Sydney Morning Herald, kulit bayi itu terus mengeluarkan cairan dan tubuhnya kekurangan gizi.", "sydney-morning-herald/media", false},
	// Wikinews: https://en.wikinews.org/wiki/NASA_celebrates_30th_anniversary_of_first_shuttle_launch;_announces_new_homes_for_retired_shuttles
	{"wn nasa bolden", "Dalam upacara itu, Administrator NASA Charles Bolden mengumumkan lokasi yang akan menerima tiga pengorbit pesawat ulang-alik yang tersisa.", "usa-nasa/agency charles-bolden/person", false},
	// known: missing smithsonian
	{"wn nasa smithsonian intrepid", "Enterprise akan dipindahkan dari Museum Dirgantara dan Antariksa Nasional Smithsonian ke Museum Intrepid di New York.", "smithsonian/organization national-air-and-space-museum/organization intrepid-sea-air-space-museum/organization", true},
	// known: unwanted person houston
	{"wn nasa cornyn", "Senator John Cornyn, politikus Partai Republik dari Texas, mengeluarkan pernyataan terkait ditolaknya Houston sebagai lokasi.", "john-cornyn/person us-republican-party/organization", true},
	{"wn nasa gregoire", "Gubernur Washington Chris Gregoire mengatakan Museum of Flight telah berupaya keras mendatangkan pesawat ulang-alik ke kawasan Pasifik Barat Laut.", "chris-gregoire/person museum-of-flight/organization", false},
	{"wn nasa adler", "Simulator pesawat ulang-alik akan diberikan kepada Adler Planetarium di Chicago dan Evergreen Aviation & Space Museum di Oregon.", "adler-planetarium/organization evergreen-aviation-space-museum/organization", false},
	{"wn nasa gagarin", "Peringatan 30 tahun misi pesawat ulang-alik pertama bertepatan dengan 50 tahun penerbangan berawak pertama ketika Yuri Gagarin meluncur ke antariksa dengan Vostok 1.", "yuri-gagarin/person", false},
	// Wikinews: https://en.wikinews.org/wiki/Hundreds_dead_in_Hajj_stampede
	{"wn stampede kemendagri saudi", "Menurut Kementerian Dalam Negeri Arab Saudi, lebih dari 345 jemaah haji tewas dalam insiden berdesakan di dekat Mekah.", "sau-home-affairs-ministry/agency", false},
	{"wn stampede pejabat saudi", "Para pejabat Saudi telah memasang tembok oval berbantalan dan menempatkan lebih dari 60.000 personel keamanan di kawasan itu.", "SAU", false},
	// Wikinews: https://en.wikinews.org/wiki/Greek_court_rules_worship_of_ancient_Greek_deities_is_legal
	{"wn worship pengadilan yunani", "Pengadilan Yunani memutuskan bahwa penganut agama Yunani kuno kini boleh beribadah secara resmi di situs-situs arkeologi.", "GRC", false},
	{"wn worship kementerian kebudayaan", "Sebelum putusan itu, agama tersebut dilarang beribadah di situs arkeologi oleh Kementerian Kebudayaan Yunani.", "grc-culture-ministry/agency", false},
	{"wn worship gereja ortodoks", "Gereja Ortodoks Yunani, sebuah denominasi Kristen, sangat kritis terhadap para penyembah dewa-dewa kuno.", "greek-orthodox-church/organization", false},
	{"wn worship 100000 warga yunani", "Saat ini, sekitar 100.000 warga Yunani menyembah dewa-dewa kuno seperti Zeus dan Athena.", "GRC", false},
	// Wikinews: https://en.wikinews.org/wiki/Scientology_defector_arrested_after_attempting_to_leave_organization
	// known: unwanted person montalvo; missing los-angeles-sheriffs-department; missing daniel-montalvo
	{"wn defector whitmore la weekly", "Steve Whitmore, perwakilan kantor Sheriff Los Angeles, mengatakan kepada LA Weekly bahwa kasus Montalvo ditangani sebagai pencurian besar.", "steve-whitmore/person los-angeles-sheriffs-department/agency la-weekly/media daniel-montalvo/person", true},
	// known: unwanted person montalvo; missing daniel-montalvo; missing church-of-scientology
	{"wn defector moxon", "Montalvo malah disambungkan dengan pengacara Scientology, Kendrick Moxon.", "daniel-montalvo/person church-of-scientology/organization kendrick-moxon/person", true},
	// Wikinews: https://en.wikinews.org/wiki/Hackers_attack_Church_of_Scientology_website
	{"wn hackers hitwise bbc", "Saat itu, satu dari tiga kunjungan ke situs itu berasal dari BBC News.", "bbc/media", false},
	// Wikinews: https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse
	{"wn crane haji", "Kecelakaan derek itu terjadi hanya sepuluh hari sebelum dimulainya ibadah haji.", "", false},
	// Rows with no actor, from the articles above.
	{"wn none kapal tenggelam", "Diperkirakan sekitar 8.000 migran kini masih terapung di laut di kawasan itu.", "", false},
	{"wn none tema tahun ini", "Tema tahun ini adalah ketahanan air.", "", false},
	{"wn none bola biru oranye", "Robot-robot itu harus mengenali, mengambil, membawa, dan menaruh bola berwarna biru dan oranye.", "", false},
	{"wn none angin kencang", "Kecelakaan itu disebabkan oleh angin kencang dan hujan lebat yang membuat derek itu roboh.", "", false},
	{"wn none masjid lengang", "Kecelakaan terjadi ketika masjid relatif sepi dari jemaah.", "", false},
	{"wn none yodium makanan", "Sebagian besar yodium dalam makanan berasal dari makanan laut, susu, dan garam beryodium.", "", false},
	{"wn none kekurangan yodium", "Kekurangan yodium dapat menyebabkan kerusakan otak, pertumbuhan terhambat, dan tuli.", "", false},
	{"wn none babi berputar", "Pusat pertunjukan itu adalah patung babi setinggi 15 meter yang berputar dan dilengkapi mesin asap.", "", false},
	{"wn none pengunjung festival", "Tahun lalu lebih dari 4 juta pengunjung menghadiri acara tersebut.", "", false},
	{"wn none ozon suhu", "Ozon di permukaan tanah meningkat seiring naiknya suhu.", "", false},
	{"wn none kebutuhan pangan", "Pada 2050, pertumbuhan penduduk dan perubahan pola makan diperkirakan meningkatkan kebutuhan pangan dunia sebesar 50 persen.", "", false},
	{"wn none eksim", "Bayi itu menderita eksim parah sejak berusia empat bulan.", "", false},
	{"wn none pangsa pasar", "Pangsa pasar peramban itu turun dari 70 persen pada 2009 menjadi sekitar 56 persen saat ini.", "", false},
	{"wn none desak-desakan", "Insiden berdesakan itu bermula ketika barang bawaan dari sebuah bus membuat para jemaah tersandung.", "", false},
	{"wn none jam digital", "Seorang guru keliru mengira jam digital itu menyerupai bom.", "", false},
	{"wn none dua referendum", "Pemerintah berencana menggelar dua referendum untuk memutuskan soal bendera itu.", "", false},
	{"wn none skor babak pertama", "Babak pertama berakhir dengan skor 0-0.", "", false},
	{"wn none polaroid", "Pameran itu menampilkan sekitar 100 foto Polaroid yang dipilih dari koleksi galeri.", "", false},
	{"wn none kostum penggemar", "Ribuan penggemar mengenakan kostum, banyak di antaranya mereka buat sendiri.", "", false},
	{"wn none hujan dokumen", "Dokumen setebal 131 halaman itu ditemukan dalam amplop cokelat yang basah terkena hujan.", "", false},
	{"wn none sekolah tk", "Sekolah-sekolah itu diminta membayar tunggakan lebih dari 422.000 euro untuk periode 2004 hingga 2009.", "", false},
}

// idTransWiki39Batch2Rows are the second batch, 18 more translations of
// sentences of the same Wikinews articles that batch 1 left out, written
// and annotated after the rules and data of batch 1 and before the
// extractor ran on them: Hong Kong candidates and parties, the Church of
// Scientology, speakers named after a phrase of their role ("kata juru
// kampanye Caitlin Boswell"), and one row with no actor.
var idTransWiki39Batch2Rows = []wantRow{
	// known: unwanted person hong-kong
	{"b2 election regina ip", "Di daerah pemilihan Pulau Hong Kong, Regina Ip dari Partai Rakyat Baru yang pro-Beijing terpilih kembali dengan 60.760 suara.", "regina-ip/person new-people-party/organization", true},
	{"b2 election kwok wai-keung horace cheung", "Kandidat pro-Beijing lain yang terpilih adalah Kwok Wai-keung dari FTU dan Horace Cheung dari DAB.", "kwok-wai-keung/person ftu/organization horace-cheung/person dab/organization", false},
	{"b2 election tanya chan", "Dua kandidat antikemapanan lainnya adalah Hui Chi-fung dari Partai Demokrat Hong Kong dan Tanya Chan dari Partai Sipil.", "hui-chi-fung/person democratic-party-hong-kong/organization tanya-chan/person civic-party/organization", false},
	{"b2 election claudia mo", "Anggota dewan pan-demokrat Claudia Mo dari Partai Sipil dan Wong Pik-wan dari Partai Demokrat Hong Kong juga terpilih kembali.", "claudia-mo/person civic-party/organization wong-pik-wan/person democratic-party-hong-kong/organization", false},
	{"b2 election wong kwok-kin", "Paul Tse yang nonpartisan dan Wong Kwok-kin dari FTU berhasil terpilih kembali.", "paul-tse/person wong-kwok-kin/person ftu/organization", false},
	// known: missing church-of-scientology; missing operation-clambake
	{"b2 hackers operation clambake", "Unggahan di papan pesan situs pengkritik Scientology, Operation Clambake, menduga telah terjadi serangan penolakan layanan.", "church-of-scientology/organization operation-clambake/organization", true},
	{"b2 hackers situs gereja", "Para pengkritik Scientology di grup diskusi alt.religion.scientology mengecam serangan terhadap situs web Gereja Scientology.", "church-of-scientology/organization", false},
	{"b2 imprisoned abc", "Dalam pernyataan kepada Australian Broadcasting Corporation, Gereja Scientology membantah tuduhan tersebut.", "abc-australia/media church-of-scientology/organization", false},
	// known: unwanted state FRA; missing valeska-paris
	{"b2 imprisoned flag land base", "Paris mengaku ditahan di Flag Land Base di Clearwater, Florida, hingga berusia delapan belas tahun, lalu dipindahkan ke Freewinds.", "valeska-paris/person", true},
	{"b2 nasa discovery smithsonian", "Pesawat ulang-alik Discovery akan menggantikan Enterprise di Pusat Udvar-Hazy milik Smithsonian.", "smithsonian/organization", false},
	{"b2 worship ortodoks perkiraan", "Gereja Ortodoks Yunani memperkirakan jumlah itu mendekati 40.000 orang.", "greek-orthodox-church/organization", false},
	{"b2 sensitive couillard kata", "\"Kami menangani keamanan dokumen dengan serius,\" kata juru bicara kementerian itu, Sujata Raisinghani, kepada CBC News.", "sujata-raisinghani/person cbc/media", false},
	{"b2 questionnaire boswell", "\"Orang-orang yang melarikan diri dari keadaan putus asa jelas membutuhkan keputusan suaka yang lebih cepat dan adil,\" kata juru kampanye Caitlin Boswell.", "caitlin-boswell/person", false},
	{"b2 korea kcna kata", "\"Provokasi yang gegabah layak mendapat hukuman keras,\" kata kantor berita resmi Korea Utara KCNA.", "kcna/media", false},
	// known: missing mark-hamill
	{"b2 expo hamill joker", "Dalam serial itu, bintang Star Wars Mark Hamill mengisi suara Joker.", "mark-hamill/person", true},
	// known: unwanted organization asosiasi-mahasiswa-muslim-universitas-texas-arlington; unwanted person mohamed; missing university-of-texas-arlington-muslim-student-association; missing ahmed-mohamed
	{"b2 clock memon", "Presiden Asosiasi Mahasiswa Muslim Universitas Texas Arlington, Sehar Memon, mengatakan dukungan positif yang besar telah membantu Mohamed.", "university-of-texas-arlington-muslim-student-association/organization sehar-memon/person ahmed-mohamed/person", true},
	{"b2 taxes toccafondi", "\"Banyak sekolah akan menaikkan biaya atau berhenti beroperasi,\" kata wakil menteri pendidikan Gabriele Toccafondi.", "gabriele-toccafondi/person", false},
	{"b2 none musim kemarau", "Bendera itu akan dikibarkan untuk pertama kalinya tahun depan.", "", false},
}

func TestIDTransWiki39Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "id", idTransWiki39Rows, 150) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "id", idTransWiki39Batch2Rows, 10) })
}
