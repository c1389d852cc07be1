package extract

import "testing"

// idWiki42Rows are Indonesian sentences in the style of Indonesian Wikipedia
// articles translated from English, about present-day (2015-2026) persons
// and organizations outside government: musicians, athletes and their clubs,
// writers, scientists, business people and their companies, universities,
// NGOs, media outlets and religious organizations, Indonesian and foreign.
// They are named alone ("Musk", "Ronaldo"), with an apposition ("penyanyi
// asal Korea Selatan, X,"), with a relation ("istri X", "pelatih X") or as
// the subject of a human verb (lahir, menikah, meninggal, bermain, menulis).
// Composed for the Indonesian present-day encyclopedia persons and
// organizations grid 42 of issue #12 (never copied or translated from a data
// set) and annotated before the extractor ran on them. want is the exact set
// of non-place actors as "id/kind/country": the gazetteer's id where it holds
// the entity, otherwise the slug of the name as the text first gives it
// (testdata/README.md "Annotation rules"); a state named as a nationality,
// an origin or a place is an actor; a person the gazetteer lacks gets no
// country. About a seventh of the rows name no actor at all (works, products,
// common nouns that look like names, places).
var idWiki42Rows = []wantRow{
	// Business people and their companies, named in full and then alone.
	{"musk lahir pretoria", "Elon Musk lahir di Pretoria, Afrika Selatan, dan kemudian pindah ke Kanada sebelum menetap di Amerika Serikat.", "elon-musk/person ZAF/state CAN/state USA/state", false},
	{"musk alone tesla", "Pada 2022, Musk membeli Twitter seharga 44 miliar dolar AS dan mengganti namanya menjadi X.", "elon-musk/person twitter/organization", false},
	{"musk ceo spacex", "Musk juga menjabat sebagai kepala eksekutif SpaceX, perusahaan antariksa yang ia dirikan pada 2002.", "elon-musk/person spacex/organization", false},
	{"bezos amazon founder", "Jeff Bezos mendirikan Amazon pada 1994 di garasi rumahnya di Bellevue, Washington.", "jeff-bezos/person amazon-com/organization", true},
	{"zuckerberg istri", "Mark Zuckerberg menikah dengan Priscilla Chan pada Mei 2012, sehari setelah Facebook melantai di bursa.", "mark-zuckerberg/person priscilla-chan/person facebook/organization", false},
	{"altman dipecat", "Sam Altman sempat diberhentikan oleh dewan direksi OpenAI pada November 2023 sebelum kembali beberapa hari kemudian.", "sam-altman/person openai/organization", false},
	{"altman alone", "Altman lahir di Chicago dan dibesarkan di St. Louis, Missouri.", "sam-altman/person", false},
	{"huang nvidia taiwan", "Jensen Huang, pengusaha Amerika kelahiran Taiwan, adalah salah satu pendiri dan presiden direktur Nvidia.", "jensen-huang/person USA/state TWN/state nvidia/organization", false},
	{"pichai google alphabet", "Sundar Pichai menjadi kepala eksekutif Google pada 2015 dan kemudian juga memimpin perusahaan induknya, Alphabet.", "sundar-pichai/person google/organization alphabet/organization", false},
	{"tim cook apple", "Tim Cook menggantikan Steve Jobs sebagai kepala eksekutif Apple pada Agustus 2011.", "tim-cook/person steve-jobs/person apple-inc/organization", false},
	{"jack ma alibaba", "Jack Ma, pendiri Alibaba, jarang tampil di depan publik setelah regulator Tiongkok membatalkan penawaran saham perdana Ant Group.", "jack-ma/person alibaba/organization CHN/state ant-group/organization", false},
	{"lei jun xiaomi", "Lei Jun mendirikan Xiaomi pada 2010 dan meluncurkan mobil listrik pertamanya pada 2024.", "lei-jun/person xiaomi/organization", false},
	{"wang chuanfu byd", "Di bawah kepemimpinan Wang Chuanfu, BYD menjadi produsen mobil listrik terbesar di dunia pada 2023.", "wang-chuanfu/person byd/organization", true},
	{"hassabis nobel", "Demis Hassabis, salah satu pendiri Google DeepMind, menerima Penghargaan Nobel Kimia pada 2024.", "demis-hassabis/person google-deepmind/organization", false},
	{"buffett berkshire", "Warren Buffett mengumumkan bahwa ia akan mundur sebagai kepala eksekutif Berkshire Hathaway pada akhir 2025.", "warren-buffett/person berkshire-hathaway-inc/organization", false},
	{"gates yayasan", "Bill Gates dan mantan istrinya, Melinda French Gates, mendirikan yayasan filantropi terbesar di dunia.", "bill-gates/person melinda-french-gates/person", false},
	{"shou zi chew tiktok", "Shou Zi Chew, pengusaha asal Singapura, diangkat sebagai kepala eksekutif TikTok pada 2021.", "shou-zi-chew/person SGP/state tiktok/organization", false},
	{"chairul tanjung ct corp", "Chairul Tanjung adalah pengusaha Indonesia yang mendirikan CT Corp, konglomerasi yang bergerak di bidang media dan ritel.", "chairul-tanjung/person IDN/state ct-corp/organization", false},
	{"hartono djarum bca", "Budi Hartono dan saudaranya, Michael Hartono, memiliki Grup Djarum dan menjadi pemegang saham pengendali Bank Central Asia.", "budi-hartono/person michael-hartono/person djarum/organization bca/organization", false},
	{"anthoni salim indofood", "Anthoni Salim memimpin Salim Group, yang antara lain memiliki Indofood.", "anthoni-salim/person salim-group/organization indofood/organization", false},
	{"prajogo barito", "Prajogo Pangestu, pendiri Barito Pacific, sempat menjadi orang terkaya di Indonesia pada 2023.", "prajogo-pangestu/person barito-pacific/organization IDN/state", false},
	{"boy thohir adaro", "Garibaldi Thohir, kakak Erick Thohir, adalah presiden direktur Adaro Energy.", "garibaldi-thohir/person erick-thohir/person adaro/organization", false},
	{"nadiem gojek", "Nadiem Makarim mendirikan Gojek pada 2010 sebelum bergabung dengan kabinet Joko Widodo.", "nadiem-makarim/person gojek/organization joko-widodo/person", false},
	{"william tokopedia", "William Tanuwijaya mendirikan Tokopedia bersama Leontinus Alpha Edison pada 2009.", "william-tanuwijaya/person tokopedia/organization leontinus-alpha-edison/person", true},
	{"goto merger", "GoTo terbentuk dari penggabungan Gojek dan Tokopedia pada Mei 2021.", "goto/organization gojek/organization tokopedia/organization", false},
	{"unknown founder startup", "Ferry Unardi adalah salah satu pendiri Traveloka, perusahaan pemesanan tiket daring yang berkantor pusat di Jakarta.", "ferry-unardi/person traveloka/organization", false},
	{"tony fernandes airasia", "Tony Fernandes, pengusaha Malaysia, membeli AirAsia yang nyaris bangkrut seharga satu ringgit pada 2001.", "tony-fernandes/person MYS/state airasia/organization", false},
	{"forrest li sea", "Forrest Li adalah pendiri Sea Limited, perusahaan induk Shopee yang berbasis di Singapura.", "forrest-li/person sea-limited/organization shopee/organization SGP/state", false}, // corrected after the first run: "berbasis di Singapura" names the state as a place, an actor by the annotation rules,
	{"hary tanoe mnc", "Hary Tanoesoedibjo adalah pendiri MNC Group dan Partai Persatuan Indonesia.", "hary-tanoesoedibjo/person mnc-group/organization partai-perindo/organization", false},
	{"samsung lee jae-yong", "Lee Jae-yong, cucu pendiri Samsung, resmi menjadi ketua Samsung Electronics pada Oktober 2022.", "lee-jae-yong/person samsung/organization", false},
	{"huawei ren", "Huawei didirikan oleh Ren Zhengfei, mantan insinyur Tentara Pembebasan Rakyat, pada 1987 di Shenzhen.", "huawei/organization ren-zhengfei/person chn-armed-forces", false},
	{"tsmc morris chang", "Morris Chang mendirikan TSMC pada 1987 dengan dukungan pemerintah Taiwan.", "morris-chang/person tsmc/organization TWN/state", false},
	{"dario amodei anthropic", "Dario Amodei dan adiknya, Daniela Amodei, keluar dari OpenAI dan mendirikan Anthropic pada 2021.", "dario-amodei/person daniela-amodei/person openai/organization anthropic/organization", false},
	{"bukalapak ipo", "Bukalapak menjadi perusahaan rintisan Indonesia pertama yang melantai di Bursa Efek Indonesia pada Agustus 2021.", "bukalapak/organization IDN/state bursa-efek-indonesia/organization", false},
	{"pfizer biontech", "Vaksin tersebut dikembangkan bersama oleh Pfizer dan BioNTech, perusahaan bioteknologi asal Jerman.", "pfizer/organization biontech/organization DEU/state", false},

	// Footballers, coaches and clubs.
	{"ronaldo al nassr", "Cristiano Ronaldo bergabung dengan klub Arab Saudi Al Nassr pada Desember 2022.", "cristiano-ronaldo/person SAU/state al-nassr/organization", false},
	{"ronaldo alone gol", "Ronaldo mencetak gol ke-900 sepanjang kariernya pada September 2024.", "cristiano-ronaldo/person", false},
	{"ronaldo georgina", "Georgina Rodríguez, kekasih Cristiano Ronaldo, adalah model dan pemengaruh asal Argentina.", "georgina-rodriguez/person cristiano-ronaldo/person ARG/state", false},
	{"messi inter miami", "Lionel Messi bermain untuk Inter Miami sejak Juli 2023 setelah meninggalkan Paris Saint-Germain.", "lionel-messi/person inter-miami/organization paris-saint-germain/organization", false},
	{"messi alone ballon", "Messi meraih Ballon d'Or untuk kedelapan kalinya pada 2023.", "lionel-messi/person", false},
	{"messi istri", "Antonela Roccuzzo, istri Lionel Messi, lahir di Rosario, Argentina.", "antonela-roccuzzo/person lionel-messi/person ARG/state", false},
	{"mbappe real madrid", "Kylian Mbappé, penyerang asal Prancis, resmi bergabung dengan Real Madrid pada Juni 2024.", "kylian-mbappe/person FRA/state real-madrid/organization", false},
	{"haaland city", "Erling Haaland mencetak 36 gol di Liga Primer pada musim pertamanya bersama Manchester City.", "erling-haaland/person manchester-city/organization", false},
	{"son tottenham", "Son Heung-min, pesepak bola asal Korea Selatan, menjadi kapten Tottenham Hotspur pada 2023.", "son-heung-min/person KOR/state tottenham-hotspur/organization", false},
	{"son alone lafc", "Son kemudian pindah ke Los Angeles FC pada Agustus 2025.", "son-heung-min/person los-angeles-fc/organization", true},
	{"guardiola pelatih", "Pep Guardiola adalah pelatih Manchester City sejak 2016.", "pep-guardiola/person manchester-city/organization", false},
	{"ancelotti brasil", "Carlo Ancelotti ditunjuk sebagai pelatih tim nasional Brasil pada Mei 2025.", "carlo-ancelotti/person", false}, // corrected after the first run to the grids' convention: a national team ("tim nasional Brasil") names no state
	{"xabi leverkusen", "Xabi Alonso membawa Bayer Leverkusen menjuarai Bundesliga tanpa sekali pun kalah pada musim 2023–2024.", "xabi-alonso/person bayer-leverkusen/organization", false},
	{"neymar al hilal", "Neymar bergabung dengan Al Hilal dari Paris Saint-Germain pada Agustus 2023.", "neymar-junior/person al-hilal/organization paris-saint-germain/organization", true}, // corrected: the gazetteer holds him as neymar-junior,
	{"shin tae-yong pssi", "Shin Tae-yong, pelatih asal Korea Selatan, diberhentikan oleh PSSI pada Januari 2025.", "shin-tae-yong/person KOR/state pssi/organization", false},
	{"kluivert pengganti", "Patrick Kluivert ditunjuk PSSI sebagai pelatih kepala tim nasional Indonesia menggantikan Shin Tae-yong.", "patrick-kluivert/person pssi/organization shin-tae-yong/person", false}, // corrected after the first run: "tim nasional Indonesia" names no state (the grids' convention)
	{"jay idzes venezia", "Jay Idzes, bek tim nasional Indonesia, bermain untuk klub Italia Venezia.", "jay-idzes/person ITA/state venezia/organization", true},                                                 // corrected after the first run: "tim nasional Indonesia" names no state (the grids' convention)
	{"marselino lahir", "Marselino Ferdinand lahir di Surabaya pada 9 September 2004 dan memulai kariernya di Persebaya.", "marselino-ferdinand/person persebaya/organization", false},
	{"pratama arhan istri", "Azizah Salsha, istri Pratama Arhan, adalah putri politikus Andre Rosiade.", "azizah-salsha/person pratama-arhan/person andre-rosiade/person", false},
	{"witan lahir", "Witan Sulaeman lahir di Palu, Sulawesi Tengah, dan pernah bermain untuk klub Slovakia FK Senica.", "witan-sulaeman/person SVK/state fk-senica/organization", true},
	{"persija bermarkas", "Persija Jakarta adalah klub sepak bola yang bermarkas di Jakarta dan didirikan pada 1928.", "persija/organization", false},
	{"persib juara", "Persib Bandung menjuarai Liga 1 dua musim berturut-turut pada 2023–2024 dan 2024–2025.", "persib/organization", false},
	{"arema kanjuruhan", "Arema FC dijatuhi sanksi oleh Komisi Disiplin PSSI setelah tragedi di Stadion Kanjuruhan.", "arema-fc/organization pssi/organization", false},
	{"bali united ipo", "Bali United menjadi klub sepak bola pertama di Asia Tenggara yang melantai di bursa saham.", "bali-united/organization", false},
	{"dewa united pemilik", "Dewa United dimiliki oleh pengusaha Kevin Hardiman dan bermarkas di Tangerang.", "dewa-united/organization kevin-hardiman/person", false},
	{"persis kaesang", "Persis Solo dimiliki sebagian oleh Kaesang Pangarep, putra bungsu Joko Widodo.", "persis-solo/organization kaesang-pangarep/person joko-widodo/person", false},
	{"juventus pemilik", "Juventus dikendalikan oleh keluarga Agnelli melalui perusahaan induk Exor.", "juventus/organization exor/organization", false},
	{"manchester united ratcliffe", "Jim Ratcliffe, pendiri perusahaan kimia Ineos, membeli 25 persen saham Manchester United pada 2024.", "jim-ratcliffe/person ineos/organization manchester-united/organization", false},

	// Other athletes.
	{"jonatan christie asian games", "Jonatan Christie meraih medali emas tunggal putra bulu tangkis pada Asian Games 2018 di Jakarta.", "jonatan-christie/person", false},
	{"ginting alone", "Ginting kalah dari Viktor Axelsen, pemain asal Denmark, di babak semifinal.", "anthony-sinisuka-ginting/person viktor-axelsen/person DNK/state", false},
	{"gregoria pbsi", "Gregoria Mariska Tunjung, pemain tunggal putri PBSI, meraih medali perunggu Olimpiade Paris 2024.", "gregoria-mariska-tunjung/person pbsi/organization", false},
	{"apriyani greysia", "Apriyani Rahayu dan Greysia Polii meraih medali emas ganda putri pada Olimpiade Tokyo 2020.", "apriyani-rahayu/person greysia-polii/person", false},
	{"rizki juniansyah", "Rizki Juniansyah, lifter asal Serang, Banten, meraih medali emas angkat besi di Olimpiade Paris 2024.", "rizki-juniansyah/person", false},
	{"veddriq panjat", "Veddriq Leonardo, atlet panjat tebing Indonesia, memecahkan rekor dunia kategori speed pada 2024.", "veddriq-leonardo/person IDN/state", false},
	{"an se-young", "An Se-young, pebulu tangkis asal Korea Selatan, menjuarai Kejuaraan Dunia BWF pada 2023.", "an-se-young/person KOR/state bwf/organization", true},
	{"djokovic grand slam", "Novak Djokovic memenangi gelar Grand Slam ke-24 di Amerika Serikat Terbuka pada 2023.", "novak-djokovic/person", false},
	{"alcaraz sinner final", "Carlos Alcaraz mengalahkan Jannik Sinner dalam final Prancis Terbuka 2025 setelah lebih dari lima jam.", "carlos-alcaraz/person jannik-sinner/person", false},
	{"verstappen red bull", "Max Verstappen, pebalap Belanda, memenangi empat gelar juara dunia Formula 1 bersama Red Bull Racing.", "max-verstappen/person NLD/state red-bull-racing/organization", false},
	{"hamilton ferrari", "Lewis Hamilton pindah dari Mercedes ke Ferrari pada awal musim 2025.", "lewis-hamilton/person mercedes/organization ferrari/organization", true},
	{"marquez ducati", "Marc Márquez bergabung dengan tim pabrikan Ducati pada 2025 dan merebut gelar juara dunia ketujuhnya di MotoGP.", "marc-marquez/person ducati/organization", false},
	{"lebron lakers putra", "LeBron James bermain bersama putranya, Bronny James, untuk Los Angeles Lakers pada 2024.", "lebron-james/person bronny-james/person los-angeles-lakers/organization", false},
	{"simone biles", "Simone Biles, pesenam asal Amerika Serikat, meraih tiga medali emas di Olimpiade Paris 2024.", "simone-biles/person USA/state", false},
	{"rio haryanto manor", "Rio Haryanto menjadi pebalap Indonesia pertama di Formula 1 ketika bergabung dengan tim Manor Racing pada 2016.", "rio-haryanto/person IDN/state manor-racing/organization", false},

	// Musicians and entertainers.
	{"taylor swift eras", "Taylor Swift memulai tur konser The Eras Tour pada Maret 2023 di Glendale, Arizona.", "taylor-swift/person", false},
	{"swift travis kelce", "Swift bertunangan dengan pemain futbol Amerika Travis Kelce pada Agustus 2025.", "taylor-swift/person travis-kelce/person USA/state", false},
	{"bts hybe", "BTS adalah grup vokal pria asal Korea Selatan yang dibentuk oleh Big Hit Music di bawah naungan HYBE.", "bts/organization KOR/state big-hit-music/organization hybe/organization", true},
	{"blackpink lisa", "Lisa, anggota Blackpink, lahir di Buriram, Thailand, dengan nama Pranpriya Manobal.", "lisa/person blackpink/organization THA/state", false},
	{"newjeans ador", "NewJeans, grup vokal perempuan bentukan ADOR, terlibat sengketa kontrak dengan agensinya pada 2024.", "newjeans/organization ador/organization", false},
	{"dua lipa albania", "Dua Lipa adalah penyanyi asal Inggris berdarah Albania yang lahir di London.", "dua-lipa/person GBR/state ALB/state", false},
	{"ed sheeran", "Ed Sheeran menggelar konser di Stadion Gelora Bung Karno pada Maret 2024.", "ed-sheeran/person", false},
	{"beyonce jay-z", "Beyoncé menikah dengan rapper Jay-Z pada April 2008.", "beyonce/person jay-z/person", false},
	{"agnez mo", "Agnez Mo, penyanyi asal Indonesia, menandatangani kontrak dengan label Amerika pada 2018.", "agnez-mo/person IDN/state USA/state", false}, // corrected after the first run: "label Amerika" names the state as an origin,
	{"raisa hamish", "Raisa Andriana menikah dengan aktor Hamish Daud pada September 2017.", "raisa-andriana/person hamish-daud/person", false},
	{"isyana lahir", "Isyana Sarasvati lahir di Bandung dan menempuh pendidikan musik di Nanyang Academy of Fine Arts, Singapura.", "isyana-sarasvati/person nanyang-academy-of-fine-arts/organization SGP/state", true},
	{"iwan fals", "Iwan Fals dikenal melalui lagu-lagu yang mengkritik pemerintah Orde Baru.", "iwan-fals/person", false},
	{"ahmad dhani dewa 19", "Ahmad Dhani, pendiri grup musik Dewa 19, terpilih sebagai anggota Dewan Perwakilan Rakyat pada 2024.", "ahmad-dhani/person dewa-19/organization idn-dpr/legislature", true},
	{"rhoma irama", "Rhoma Irama, yang dijuluki Raja Dangdut, mendirikan grup musik Soneta pada 1970.", "rhoma-irama/person soneta/organization", false},
	{"sheila on 7", "Sheila on 7 adalah grup musik pop asal Yogyakarta yang dibentuk pada 1996.", "sheila-on-7/organization", false},
	{"nidji giring", "Giring Ganesha, mantan vokalis Nidji, kemudian menjadi Ketua Umum Partai Solidaritas Indonesia.", "giring-ganesha/person nidji/organization psi/organization", false},
	{"reza rahadian", "Reza Rahadian adalah aktor Indonesia yang memenangi Piala Citra sebagai pemeran utama pria terbaik sebanyak empat kali.", "reza-rahadian/person IDN/state", false},
	{"joko anwar", "Joko Anwar menyutradarai film Pengabdi Setan, yang dirilis pada 2017.", "joko-anwar/person", false},
	{"dicaprio oscar", "Leonardo DiCaprio memenangi Academy Award pertamanya pada 2016 melalui film The Revenant.", "leonardo-dicaprio/person", false},
	{"netflix gadis kretek", "Netflix merilis serial Gadis Kretek, yang diadaptasi dari novel karya Ratih Kumala, pada November 2023.", "netflix/organization ratih-kumala/person", true},
	{"spotify ek", "Daniel Ek mendirikan Spotify di Stockholm, Swedia, pada 2006.", "daniel-ek/person spotify/organization SWE/state", false},
	{"meninggal chester", "Vokalis Linkin Park, Chester Bennington, meninggal dunia di rumahnya di California pada Juli 2017.", "linkin-park/organization chester-bennington/person", false},
	{"meninggal glenn fredly", "Penyanyi Glenn Fredly meninggal dunia pada April 2020 di Jakarta.", "glenn-fredly/person", false},

	// Writers and scientists.
	{"han kang nobel", "Han Kang, novelis asal Korea Selatan, menerima Penghargaan Nobel Sastra pada 2024 dari Akademi Swedia.", "han-kang/person KOR/state swedish-academy/organization", false},
	{"murakami", "Haruki Murakami menulis novel Norwegian Wood, yang terbit pada 1987.", "haruki-murakami/person", false},
	{"andrea hirata", "Andrea Hirata menulis novel Laskar Pelangi berdasarkan masa kecilnya di Belitung.", "andrea-hirata/person", false},
	{"eka kurniawan booker", "Eka Kurniawan menjadi penulis Indonesia pertama yang masuk daftar panjang Man Booker International Prize pada 2016.", "eka-kurniawan/person IDN/state", false},
	{"dee lestari", "Dewi Lestari, yang dikenal dengan nama pena Dee Lestari, adalah penulis dan penyanyi asal Bandung.", "dewi-lestari/person", true},
	{"pramoedya", "Pramoedya Ananta Toer menulis Tetralogi Buru ketika ditahan di Pulau Buru.", "pramoedya-ananta-toer/person", false},
	{"hinton google", "Geoffrey Hinton, ilmuwan komputer asal Inggris-Kanada, keluar dari Google pada 2023 untuk memperingatkan bahaya kecerdasan buatan.", "geoffrey-hinton/person GBR/state CAN/state google/organization", false},
	{"ilmuwan brin", "Peneliti Badan Riset dan Inovasi Nasional, Thomas Djamaluddin, pernah menjabat sebagai Kepala Lapan.", "idn-brin/agency thomas-djamaluddin/person idn-lapan/agency", false},
	{"karikó nobel", "Katalin Karikó, ahli biokimia kelahiran Hungaria, menerima Nobel Fisiologi atau Kedokteran bersama Drew Weissman pada 2023.", "katalin-kariko/person HUN/state drew-weissman/person", false},
	{"yogi ahmad erlangga", "Ilmuwan Indonesia Yogi Ahmad Erlangga dikenal melalui penelitiannya di bidang matematika terapan di Universitas Teknologi Delft.", "yogi-ahmad-erlangga/person IDN/state universitas-teknologi-delft/organization", false},

	// Universities.
	{"ugm didirikan", "Universitas Gadjah Mada didirikan pada 19 Desember 1949 di Yogyakarta.", "universitas-gadjah-mada/organization", false},
	{"itb rektor", "Reini Wirahadikusumah menjadi perempuan pertama yang menjabat sebagai rektor Institut Teknologi Bandung.", "reini-wirahadikusumah/person institut-teknologi-bandung/organization", true},
	{"ui peringkat", "Universitas Indonesia menempati peringkat tertinggi di antara perguruan tinggi Indonesia dalam QS World University Rankings 2025.", "universitas-indonesia/organization IDN/state", false},
	{"unair", "Universitas Airlangga adalah perguruan tinggi negeri yang berkedudukan di Surabaya, Jawa Timur.", "universitas-airlangga/organization", false},
	{"harvard gay", "Claudine Gay mengundurkan diri sebagai rektor Universitas Harvard pada Januari 2024.", "claudine-gay/person harvard-university/organization", false},
	{"oxford alumnus", "Ia menempuh pendidikan doktoral di Universitas Oxford dengan beasiswa dari Lembaga Pengelola Dana Pendidikan.", "university-of-oxford/organization lembaga-pengelola-dana-pendidikan", false},
	{"mit peneliti", "Para peneliti Massachusetts Institute of Technology mengembangkan baterai baru berbahan natrium.", "massachusetts-institute-of-technology/organization", false},
	{"universitas muhammadiyah", "Universitas Muhammadiyah Malang didirikan pada 1964 dan dikelola oleh Persyarikatan Muhammadiyah.", "universitas-muhammadiyah-malang/organization muhammadiyah/organization", true},
	{"binus", "Universitas Bina Nusantara, yang lebih dikenal sebagai Binus, berawal dari sebuah lembaga kursus komputer.", "universitas-bina-nusantara/organization", false},

	// NGOs, religious organizations and media.
	{"nu yahya", "Yahya Cholil Staquf terpilih sebagai Ketua Umum Pengurus Besar Nahdlatul Ulama dalam Muktamar ke-34 di Lampung.", "yahya-cholil-staquf/person nahdlatul-ulama/organization", false},
	{"muhammadiyah haedar", "Haedar Nashir menjabat sebagai Ketua Umum Pimpinan Pusat Muhammadiyah sejak 2015.", "haedar-nashir/person muhammadiyah/organization", false},
	{"nu alone didirikan", "NU didirikan oleh Hasyim Asy'ari di Surabaya pada 1926.", "nahdlatul-ulama/organization hasyim-asy-ari/person", false},
	{"mui fatwa", "Majelis Ulama Indonesia mengeluarkan fatwa yang mengharamkan produk yang mendukung Israel pada November 2023.", "mui/organization ISR/state", false},
	{"paus fransiskus meninggal", "Paus Fransiskus meninggal dunia pada 21 April 2025 di Vatikan dalam usia 88 tahun.", "pope-francis/person VAT/state", false},
	{"paus leo", "Kardinal Robert Prevost, yang lahir di Chicago, terpilih sebagai Paus Leo XIV pada Mei 2025.", "pope-leo-xiv/person", false},
	{"kwi pgi", "Konferensi Waligereja Indonesia dan Persekutuan Gereja-gereja di Indonesia mengeluarkan pernyataan bersama soal kebebasan beragama.", "kwi/organization pgi/organization", false},
	{"greenpeace laporan", "Greenpeace Indonesia merilis laporan tentang deforestasi di Papua pada 2024.", "greenpeace/organization", false},
	{"walhi gugatan", "Wahana Lingkungan Hidup Indonesia menggugat perusahaan sawit itu ke pengadilan.", "walhi/organization", false},
	{"icw laporan", "Indonesia Corruption Watch mencatat 791 kasus korupsi sepanjang 2023.", "icw/organization", false},
	{"kontras", "KontraS didirikan pada 1998 oleh aktivis hak asasi manusia Munir Said Thalib.", "kontras/organization munir-said-thalib/person", false},
	{"amnesty hrw", "Amnesty International dan Human Rights Watch mendesak pembebasan aktivis tersebut.", "amnesty-international/organization human-rights-watch/organization", false},
	{"msf gaza", "Dokter Lintas Batas menarik stafnya dari rumah sakit di Gaza utara setelah serangan udara.", "msf/organization", false},
	{"dompet dhuafa", "Dompet Dhuafa adalah lembaga filantropi Islam yang didirikan oleh harian Republika pada 1993.", "dompet-dhuafa/organization republika/media", false},
	{"act izin", "Izin pengumpulan uang dan barang yayasan Aksi Cepat Tanggap dicabut oleh Kementerian Sosial pada Juli 2022.", "aksi-cepat-tanggap/organization idn-social-ministry", false},
	{"tempo didirikan", "Majalah Tempo pertama kali terbit pada 1971 dan sempat dibredel pemerintah pada 1994.", "tempo/media", false},
	{"kompas jakob", "Harian Kompas didirikan oleh Jakob Oetama dan P.K. Ojong pada 1965.", "kompas/media jakob-oetama/person pk-ojong/person", true},
	{"jakarta post", "The Jakarta Post adalah surat kabar berbahasa Inggris yang terbit di Jakarta sejak 1983.", "jakarta-post/media", false},
	{"nyt gugatan openai", "The New York Times menggugat OpenAI dan Microsoft atas dugaan pelanggaran hak cipta pada Desember 2023.", "new-york-times/media openai/organization microsoft/organization", false},
	{"bbc direktur", "Tim Davie mengundurkan diri sebagai direktur jenderal BBC pada November 2025.", "tim-davie/person bbc/media", true},
	{"al jazeera", "Al Jazeera adalah jaringan media yang berkantor pusat di Doha dan didanai oleh pemerintah Qatar.", "al-jazeera/media QAT/state", false},
	{"narasi najwa", "Najwa Shihab mendirikan Narasi, perusahaan media digital, pada 2017.", "najwa-shihab/person narasi/media", true},

	// No actor: works, products, common nouns and places that look like names.
	{"noact album", "Album Midnights dirilis pada Oktober 2022 dan memecahkan rekor jumlah pemutaran dalam sehari.", "", false},
	{"noact lagu", "Lagu \"Rayuan Pulau Kelapa\" diciptakan oleh Ismail Marzuki.", "ismail-marzuki/person", false},
	{"noact novel laskar", "Novel Laskar Pelangi diadaptasi menjadi film layar lebar pada 2008.", "", false},
	{"noact tesla satuan", "Tesla adalah satuan turunan SI untuk kerapatan fluks magnetik.", "", true},
	{"noact iphone", "iPhone 15 menggunakan port USB-C sebagai pengganti Lightning.", "", false},
	{"noact model y", "Model Y adalah mobil listrik terlaris di dunia pada 2023.", "", false},
	{"noact jaguar", "Jaguar adalah kucing besar yang hidup di hutan hujan Amerika Selatan.", "", false},
	{"noact apel", "Apel Malang banyak dibudidayakan di lereng Gunung Arjuno.", "", false},
	{"noact borobudur", "Candi Borobudur dibangun pada abad ke-8 pada masa Wangsa Syailendra.", "", false},
	{"noact danau toba", "Danau Toba terbentuk dari letusan supervulkan sekitar 74.000 tahun yang lalu.", "", false},
	{"noact stadion gbk", "Stadion Utama Gelora Bung Karno direnovasi menjelang Asian Games 2018.", "", false},
	{"noact bahasa korea", "Bahasa Korea ditulis dengan aksara Hangul yang diciptakan pada abad ke-15.", "", false},
	{"noact film pengabdi", "Film Pengabdi Setan 2: Communion ditonton lebih dari enam juta orang di bioskop.", "", false},
	{"noact kretek", "Kretek adalah rokok yang dibuat dari campuran tembakau dan cengkih.", "", false},
	{"noact batik", "Batik ditetapkan sebagai Warisan Kemanusiaan untuk Budaya Lisan dan Nonbendawi pada 2009.", "", false},
	{"noact mandalika", "Sirkuit Mandalika di Lombok Tengah menggelar balapan MotoGP pertamanya pada Maret 2022.", "", false},
	{"noact chatgpt", "ChatGPT mencapai 100 juta pengguna dalam dua bulan setelah diluncurkan.", "", false},
	{"noact bima sakti", "Galaksi Bima Sakti diperkirakan memiliki 100 hingga 400 miliar bintang.", "", false},
}

// idWiki42Batch2Rows are a second batch, written and annotated after the
// first batch's rules and before the extractor ran on them: the same cues
// with other names.
var idWiki42Batch2Rows = []wantRow{
	{"b2 nadella microsoft", "Satya Nadella, insinyur kelahiran India, menjadi kepala eksekutif Microsoft pada Februari 2014.", "satya-nadella/person IND/state microsoft/organization", false},
	{"b2 nadella alone", "Nadella kemudian memimpin investasi besar perusahaan itu di OpenAI.", "satya-nadella/person openai/organization", false},
	{"b2 kubo asal jepang semifinal", "Takefusa Kubo, pemain asal Jepang, mencetak gol di babak semifinal bersama Real Sociedad.", "takefusa-kubo/person JPN/state real-sociedad/organization", false},
	{"b2 yamal barcelona", "Lamine Yamal, penyerang asal Spanyol, memperkuat FC Barcelona sejak usia 15 tahun.", "lamine-yamal/person ESP/state fc-barcelona/organization", false},
	{"b2 coldplay chris martin", "Chris Martin, vokalis Coldplay, menikah dengan aktris Gwyneth Paltrow pada 2003.", "chris-martin/person coldplay/organization gwyneth-paltrow/person", false},
	{"b2 slank kaka", "Kaka, vokalis Slank, lahir di Jakarta pada 1971.", "kaka/person slank/organization", true},
	{"b2 sm entertainment", "Aespa adalah grup vokal perempuan asal Korea Selatan yang dibentuk oleh SM Entertainment pada 2020.", "aespa/organization KOR/state sm-entertainment/organization", true},
	{"b2 neymar alone", "Neymar kembali ke Santos pada Januari 2025 setelah kontraknya bersama Al Hilal diputus.", "neymar-junior/person santos/organization al-hilal/organization", true}, // corrected: the gazetteer holds him as neymar-junior,
	{"b2 swift istri", "Travis Kelce, tunangan Taylor Swift, bermain untuk Kansas City Chiefs.", "travis-kelce/person taylor-swift/person kansas-city-chiefs/organization", true},
	{"b2 english demonym film", "Film American Fiction memenangi Academy Award untuk naskah adaptasi terbaik pada 2024.", "", false},
	{"b2 english demonym name", "Ketua Federasi Sepak Bola Indonesia menerima utusan Japan Football Association di Jakarta.", "pssi/organization japan-football-association/organization", true},
	{"b2 greysia pensiun", "Greysia Polii resmi pensiun dari bulu tangkis pada Juni 2022.", "greysia-polii/person", false},
	{"b2 ugm alumnus", "Ia adalah lulusan Universitas Brawijaya yang kemudian bekerja di Garuda Indonesia.", "universitas-brawijaya/organization garuda-indonesia/organization", false},
	{"b2 hybe alone", "HYBE menjadi perusahaan hiburan terbesar di Korea Selatan berdasarkan kapitalisasi pasar.", "hybe/organization KOR/state", false},
	{"b2 hinton nobel", "Geoffrey Hinton menerima Nobel Fisika pada 2024 bersama John Hopfield.", "geoffrey-hinton/person john-hopfield/person", false},
	{"b2 noact mobil", "Mobil listrik Ioniq 5 dirakit di pabrik Cikarang sejak 2022.", "", false},
	{"b2 noact lagu", "Lagu Bengawan Solo diterjemahkan ke dalam bahasa Jepang dan populer di Jepang.", "JPN/state", false},
	{"b2 noact gunung", "Gunung Semeru adalah gunung tertinggi di Pulau Jawa.", "", false},
}

// TestIDWiki42Grid runs the Indonesian present-day encyclopedia persons and
// organizations grid 42.
func TestIDWiki42Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "id", idWiki42Rows, 120) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "id", idWiki42Batch2Rows, 15) })
}
