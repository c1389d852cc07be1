package extract

import "testing"

// idTransWiki43Rows are Indonesian sentences written for the test (made up
// in the style of English Wikipedia text translated into Indonesian as a
// translated parallel corpus renders it; never copied or translated from a
// data set): literal word order, English names kept, long appositions,
// "yang" clauses, dates "pada tahun 1998", titles translated ("Perdana
// Menteri Inggris Winston Churchill", "Raja Louis XIV dari Prancis"), with
// regnal numbers and "dari". Topics: history and politics of the 20th and
// early 21st century outside Indonesia (wars, independence movements,
// coups, revolutions, treaties and conferences, the League of Nations and
// the UN, former states), biographies (birth places, offices with years,
// spouses and relatives), geography (regions, rivers, cities) and
// institutions of the time (universities, religious orders, companies,
// security services); 12 rows with no actor. None repeats a row of
// TestIDTransWiki40Grid, TestIDWiki42Grid or TestHistoryGrid.
//
// Annotated before the extractor ran on them, by the conventions of
// TestDomesticGrid (domGridProblems: "id/kind/country"; a row must give
// exactly its wanted actors other than places) and the history grid's id
// policy for former states: a state dissolved since ISO 3166 began keeps
// its ISO 3166-3 code (SUN, YUG, CSK, DDR); a state that changed only its
// name or regime is today's (West Germany and the German Empire DEU, Siam
// THA, Burma MMR, Malaya MYS, North Vietnam VNM, the Congo of 1960 COD,
// the Russian and Ukrainian SSRs RUS and UKR); empires, colonies and
// mandates without a code (the Ottoman Empire, Austria-Hungary, British
// India, Rhodesia, Prussia, Manchukuo) are places. A person or body the
// gazetteer holds is its id (checked against its files); any other person
// the slug of the name as written without title (a king "Louis XIV dari
// Prancis" is louis-xiv and the state); any other body the id its kind
// follows (cpsu, sun-kgb, ddr-stasi, fra-armed-forces for "tentara
// Prancis"); a state named as origin, demonym, place or party is an actor,
// a state inside a body's, war's, treaty's or event's name is none of its
// own ("Perang Kemerdekaan Aljazair", "Genosida Rwanda", "Partai Komunis
// Uni Soviet"); "pemerintah X" and "pasukan X" are the state alone. Article
// date 2025-06-01.
//
// First run: 85 of 150 as first annotated. Six annotations were then
// corrected, before any data or rule: five ids spelled as the gazetteer
// spells them (tunku-abdul-rahman-putra-alhaj, houari-boumedienne,
// organization-of-african-unity, pope-john-paul-ii, yury-andropov) and
// "Revolusi Rumania" (an event's name: no state of its own, by the
// convention above, as "Genosida Rwanda" was annotated): base 90 of 150.
// After the data (parties, movements and bodies of the time, aliases,
// British India as a place, three persons): 113 of 150 (37 known; an alias
// `Leonid Brezhnev` that made it 114 was left out for TestHistoryGrid).
var idTransWiki43Rows = []domGridRow{
	// Wars of the 20th century.
	{"war churchill dunkirk", "Perdana Menteri Inggris Winston Churchill memerintahkan evakuasi pasukan dari Dunkirk pada bulan Mei 1940, yang kemudian dikenal sebagai Operasi Dynamo.", []string{"GBR", "winston-churchill/person"}},
	{"war de gaulle london", "Jenderal Charles de Gaulle, yang melarikan diri ke London setelah jatuhnya Prancis, menyerukan perlawanan melalui siaran radio BBC pada tanggal 18 Juni 1940.", []string{"charles-de-gaulle/person", "FRA", "bbc/media"}},
	{"war roosevelt pearl", "Presiden Amerika Serikat Franklin D. Roosevelt menyebut tanggal 7 Desember 1941 sebagai hari yang akan dikenang dalam keburukan setelah serangan Jepang terhadap Pearl Harbor.", []string{"USA", "franklin-d-roosevelt/person", "JPN"}},
	{"war truman hiroshima", "Presiden Harry S. Truman menyetujui penggunaan bom atom terhadap Hiroshima dan Nagasaki pada bulan Agustus 1945.", []string{"harry-s-truman/person"}},
	{"war eisenhower normandia", "Jenderal Dwight D. Eisenhower, Panglima Tertinggi Pasukan Sekutu di Eropa, memimpin pendaratan di Normandia pada tanggal 6 Juni 1944.", []string{"dwight-d-eisenhower/person"}},
	{"war stalin stalingrad", "Pasukan Uni Soviet di bawah komando Joseph Stalin mengepung Angkatan Darat Keenam Jerman di Stalingrad pada musim dingin tahun 1942.", []string{"SUN", "joseph-stalin/person", "DEU"}},
	{"war hitler polandia", "Adolf Hitler memerintahkan invasi ke Polandia pada tanggal 1 September 1939, yang mendorong Britania Raya dan Prancis menyatakan perang terhadap Jerman.", []string{"adolf-hitler/person", "POL", "GBR", "FRA", "DEU"}},
	{"war mussolini ethiopia", "Pada tahun 1935, Italia di bawah Benito Mussolini menginvasi Ethiopia, yang saat itu diperintah oleh Kaisar Haile Selassie.", []string{"ITA", "benito-mussolini/person", "ETH", "haile-selassie/person"}},
	{"war selassie liga", "Haile Selassie menyampaikan pidato di depan Liga Bangsa-Bangsa di Jenewa pada tahun 1936 untuk memohon bantuan melawan agresi Italia.", []string{"haile-selassie/person", "league-of-nations/igo", "ITA"}},
	{"war tojo", "Hideki Tojo, yang menjabat sebagai Perdana Menteri Jepang dari tahun 1941 hingga 1944, dieksekusi setelah diadili oleh Pengadilan Militer Internasional untuk Timur Jauh.", []string{"hideki-tojo/person", "JPN", "international-military-tribunal-for-the-far-east/court"}},
	{"war korea macarthur", "Jenderal Douglas MacArthur memimpin pasukan Komando PBB dalam pendaratan di Incheon pada bulan September 1950 selama Perang Korea.", []string{"douglas-macarthur/person", "united-nations/igo"}},
	{"war korea kim il-sung", "Kim Il-sung, pemimpin Korea Utara, melancarkan invasi ke Korea Selatan pada tanggal 25 Juni 1950 dengan dukungan Uni Soviet.", []string{"kim-il-sung/person", "PRK", "KOR", "SUN"}},
	{"war dien bien phu", "Pasukan Viet Minh yang dipimpin oleh Jenderal Võ Nguyên Giáp mengalahkan tentara Prancis dalam Pertempuran Dien Bien Phu pada tahun 1954.", []string{"viet-minh/armed_group", "vo-nguyen-giap/person", "FRA", "fra-armed-forces/military"}},
	{"war vietnam johnson", "Presiden Lyndon B. Johnson meningkatkan keterlibatan militer Amerika Serikat di Vietnam setelah Insiden Teluk Tonkin pada bulan Agustus 1964.", []string{"lyndon-b-johnson/person", "USA", "VNM"}},
	{"war nixon kamboja", "Richard Nixon mengumumkan pada bulan April 1970 bahwa pasukan Amerika telah memasuki Kamboja untuk menghancurkan pangkalan-pangkalan Vietnam Utara.", []string{"richard-m-nixon/person", "USA", "KHM", "VNM"}},
	{"war enam hari", "Dalam Perang Enam Hari tahun 1967, Israel merebut Semenanjung Sinai dari Mesir, Dataran Tinggi Golan dari Suriah, dan Tepi Barat dari Yordania.", []string{"ISR", "EGY", "SYR", "JOR"}},
	{"war yom kippur", "Mesir dan Suriah melancarkan serangan mendadak terhadap Israel pada tanggal 6 Oktober 1973, yang bertepatan dengan hari raya Yom Kippur.", []string{"EGY", "SYR", "ISR"}},
	{"war iran irak", "Perang Iran-Irak, yang dimulai ketika Saddam Hussein memerintahkan invasi ke Iran pada bulan September 1980, berlangsung hampir delapan tahun.", []string{"saddam-hussein/person", "IRN"}},
	{"war afghanistan soviet", "Uni Soviet menarik pasukan terakhirnya dari Afganistan pada bulan Februari 1989 di bawah pemerintahan Mikhail Gorbachev.", []string{"SUN", "AFG", "mikhail-gorbachev/person"}},
	{"war teluk kuwait", "Koalisi yang dipimpin Amerika Serikat membebaskan Kuwait dari pendudukan Irak dalam Operasi Badai Gurun pada awal tahun 1991.", []string{"USA", "KWT", "IRQ"}},
	{"war bosnia srebrenica", "Pasukan Serbia Bosnia di bawah pimpinan Ratko Mladić membunuh lebih dari 8.000 pria dan anak laki-laki Muslim di Srebrenica pada bulan Juli 1995.", []string{"ratko-mladic/person", "BIH"}},
	{"war kosovo nato", "NATO melancarkan kampanye pengeboman terhadap Republik Federal Yugoslavia pada tahun 1999 untuk menghentikan pembersihan etnis di Kosovo.", []string{"nato/igo", "YUG", "XKX"}},
	{"war rwanda", "Genosida Rwanda tahun 1994 dimulai setelah pesawat yang membawa Presiden Juvénal Habyarimana ditembak jatuh di dekat Kigali.", []string{"juvenal-habyarimana/person"}},
	{"war irak 2003 bush", "Presiden George W. Bush dan Perdana Menteri Tony Blair memimpin invasi ke Irak pada bulan Maret 2003 dengan alasan senjata pemusnah massal.", []string{"george-w-bush/person", "tony-blair/person", "IRQ"}},
	{"war chechnya", "Perang Chechnya Pertama pecah pada bulan Desember 1994 ketika Presiden Rusia Boris Yeltsin mengirim pasukan federal ke Grozny.", []string{"RUS", "boris-yeltsin/person"}},
	{"war sipil spanyol", "Perang Saudara Spanyol berakhir pada tahun 1939 dengan kemenangan kaum nasionalis yang dipimpin Jenderal Francisco Franco, yang kemudian memerintah Spanyol hingga kematiannya pada tahun 1975.", []string{"francisco-franco/person", "ESP"}},
	{"war finlandia musim dingin", "Dalam Perang Musim Dingin tahun 1939-1940, Finlandia mempertahankan kemerdekaannya dari Uni Soviet meskipun kehilangan Karelia.", []string{"FIN", "SUN"}},
	{"war nuremberg", "Hermann Göring, salah satu pemimpin tertinggi Partai Nazi, dijatuhi hukuman mati oleh Pengadilan Nuremberg pada tahun 1946 tetapi bunuh diri sebelum dieksekusi.", []string{"hermann-goring/person", "nazi-party/organization", "international-military-tribunal/court"}},
	// Independence movements and decolonization.
	{"ind nehru pidato", "Jawaharlal Nehru, yang kemudian menjadi perdana menteri pertama India, menyampaikan pidato \"Tryst with Destiny\" pada malam kemerdekaan tanggal 14 Agustus 1947.", []string{"jawaharlal-nehru/person", "IND"}},
	{"ind jinnah pakistan", "Muhammad Ali Jinnah, pemimpin Liga Muslim Seluruh India, menjadi Gubernur Jenderal pertama Pakistan setelah pemisahan India Britania pada tahun 1947.", []string{"muhammad-ali-jinnah/person", "all-india-muslim-league/organization", "PAK"}},
	{"ind nkrumah ghana", "Kwame Nkrumah memproklamasikan kemerdekaan Ghana dari Britania Raya pada tanggal 6 Maret 1957, menjadikannya negara Afrika sub-Sahara pertama yang merdeka dari kekuasaan kolonial.", []string{"kwame-nkrumah/person", "GHA", "GBR"}},
	{"ind lumumba kongo", "Patrice Lumumba, perdana menteri pertama Republik Kongo, digulingkan dan kemudian dibunuh pada bulan Januari 1961 dengan keterlibatan Belgia.", []string{"patrice-lumumba/person", "COD", "BEL"}},
	{"ind kenyatta mau mau", "Jomo Kenyatta dipenjara oleh pemerintah kolonial Inggris selama Pemberontakan Mau Mau sebelum menjadi presiden pertama Kenya pada tahun 1964.", []string{"jomo-kenyatta/person", "GBR", "KEN"}},
	{"ind aljazair fln", "Front Pembebasan Nasional melancarkan perang kemerdekaan Aljazair melawan Prancis pada tanggal 1 November 1954.", []string{"fln-algeria/organization", "FRA"}},
	{"ind evian", "Perjanjian Évian yang ditandatangani pada bulan Maret 1962 oleh pemerintah Prancis dan perwakilan Front Pembebasan Nasional mengakhiri Perang Aljazair.", []string{"FRA", "fln-algeria/organization"}},
	{"ind ho chi minh proklamasi", "Ho Chi Minh membacakan Deklarasi Kemerdekaan Vietnam di Lapangan Ba Dinh, Hanoi, pada tanggal 2 September 1945.", []string{"ho-chi-minh/person", "VNM"}},
	{"ind nyerere tanganyika", "Julius Nyerere memimpin Tanganyika menuju kemerdekaan dari Britania Raya pada tahun 1961 dan kemudian menyatukannya dengan Zanzibar menjadi Tanzania.", []string{"julius-nyerere/person", "GBR", "TZA"}},
	{"ind mugabe zimbabwe", "Robert Mugabe menjadi perdana menteri pertama Zimbabwe setelah negara itu merdeka dari Britania Raya pada bulan April 1980.", []string{"robert-mugabe/person", "ZWE", "GBR"}},
	{"ind namibia swapo", "SWAPO memimpin perjuangan bersenjata melawan pemerintahan Afrika Selatan di Namibia hingga negara itu merdeka pada tahun 1990.", []string{"swapo/organization", "ZAF", "NAM"}},
	{"ind mozambik frelimo", "FRELIMO, yang didirikan oleh Eduardo Mondlane pada tahun 1962, berperang melawan kekuasaan kolonial Portugal hingga Mozambik merdeka pada tahun 1975.", []string{"frelimo/organization", "eduardo-mondlane/person", "PRT", "MOZ"}},
	{"ind angola mpla", "Gerakan Rakyat untuk Pembebasan Angola yang dipimpin Agostinho Neto mengambil alih kekuasaan di Luanda ketika Portugal menarik diri dari Angola pada tahun 1975.", []string{"popular-movement-for-the-liberation-of-angola/armed_group", "agostinho-neto/person", "PRT", "AGO"}},
	{"ind irlandia collins", "Michael Collins, salah satu pemimpin Tentara Republik Irlandia, ikut merundingkan Perjanjian Inggris-Irlandia pada tahun 1921.", []string{"michael-collins/person", "irish-republican-army/armed_group"}},
	{"ind bangladesh mujib", "Sheikh Mujibur Rahman, pemimpin Liga Awami, memproklamasikan kemerdekaan Bangladesh dari Pakistan pada bulan Maret 1971.", []string{"sheikh-mujibur-rahman/person", "awami-league/organization", "BGD", "PAK"}},
	{"ind israel ben gurion", "David Ben-Gurion memproklamasikan berdirinya Negara Israel di Tel Aviv pada tanggal 14 Mei 1948, beberapa jam sebelum berakhirnya Mandat Britania atas Palestina.", []string{"david-ben-gurion/person", "ISR"}},
	{"ind burma aung san", "Jenderal Aung San, ayah dari Aung San Suu Kyi, dibunuh pada bulan Juli 1947, enam bulan sebelum Burma merdeka dari Britania Raya.", []string{"aung-san/person", "aung-san-suu-kyi/person", "MMR", "GBR"}},
	{"ind malaya tunku", "Tunku Abdul Rahman membacakan proklamasi kemerdekaan Federasi Malaya di Stadion Merdeka, Kuala Lumpur, pada tanggal 31 Agustus 1957.", []string{"tunku-abdul-rahman-putra-alhaj/person", "MYS"}},
	{"ind filipina 1946", "Amerika Serikat memberikan kemerdekaan kepada Filipina pada tanggal 4 Juli 1946, dan Manuel Roxas dilantik sebagai presiden pertama republik itu.", []string{"USA", "PHL", "manuel-roxas/person"}},
	// Coups and revolutions.
	{"rev lenin bolshevik", "Vladimir Lenin memimpin kaum Bolshevik merebut kekuasaan di Petrograd dalam Revolusi Oktober tahun 1917.", []string{"vladimir-lenin/person", "bolsheviks/organization"}},
	{"rev chiang taiwan", "Chiang Kai-shek dan pemerintahan Kuomintang mundur ke Taiwan setelah dikalahkan oleh Partai Komunis Tiongkok dalam Perang Saudara Tiongkok.", []string{"chiang-kai-shek/person", "kuomintang/organization", "TWN", "ccp/organization"}},
	{"rev castro batista", "Fidel Castro menggulingkan diktator Fulgencio Batista pada tanggal 1 Januari 1959 setelah perang gerilya selama dua tahun di Sierra Maestra.", []string{"fidel-castro/person", "fulgencio-batista/person"}},
	{"rev guevara bolivia", "Che Guevara, revolusioner kelahiran Argentina, ditangkap dan dieksekusi oleh tentara Bolivia pada bulan Oktober 1967.", []string{"che-guevara/person", "ARG", "bol-armed-forces/military", "BOL"}},
	{"rev allende pinochet", "Presiden Chili Salvador Allende tewas di Istana La Moneda pada tanggal 11 September 1973 ketika militer yang dipimpin Jenderal Augusto Pinochet merebut kekuasaan.", []string{"CHL", "salvador-allende/person", "augusto-pinochet-ugarte/person"}},
	{"rev iran khomeini", "Ayatollah Ruhollah Khomeini kembali ke Teheran dari pengasingan di Prancis pada bulan Februari 1979, dua minggu setelah Shah Mohammad Reza Pahlavi meninggalkan Iran.", []string{"ruhollah-khomeini/person", "FRA", "mohammad-reza-pahlavi/person", "IRN"}},
	{"rev nasser perwira", "Gamal Abdel Nasser dan Gerakan Perwira Bebas menggulingkan Raja Farouk dari Mesir dalam kudeta tahun 1952.", []string{"gamal-abdel-nasser/person", "free-officers-movement/organization", "farouk/person", "EGY"}},
	{"rev gaddafi 1969", "Muammar Gaddafi merebut kekuasaan di Libya melalui kudeta tak berdarah pada tanggal 1 September 1969 ketika Raja Idris sedang berada di luar negeri.", []string{"muammar-gaddafi/person", "LBY", "idris/person"}},
	{"rev ceausescu", "Nicolae Ceaușescu dan istrinya, Elena Ceaușescu, dieksekusi oleh regu tembak pada tanggal 25 Desember 1989 setelah Revolusi Rumania.", []string{"nicolae-ceausescu/person", "elena-ceausescu/person"}},
	{"rev honecker", "Erich Honecker, pemimpin Partai Persatuan Sosialis Jerman, dipaksa mundur pada bulan Oktober 1989 di tengah gelombang protes di Leipzig.", []string{"erich-honecker/person", "socialist-unity-party-of-germany/organization"}},
	{"rev beludru havel", "Václav Havel, dramawan dan pembangkang, terpilih sebagai Presiden Cekoslowakia pada bulan Desember 1989 setelah Revolusi Beludru.", []string{"vaclav-havel/person", "CSK"}},
	{"rev solidaritas walesa", "Lech Wałęsa, pemimpin serikat buruh Solidaritas, memenangi pemilihan presiden Polandia pada tahun 1990.", []string{"lech-walesa/person", "solidarity/organization", "POL"}},
	{"rev agustus 1991", "Upaya kudeta oleh kelompok garis keras Partai Komunis Uni Soviet pada bulan Agustus 1991 digagalkan oleh perlawanan yang dipimpin Boris Yeltsin di Moskwa.", []string{"cpsu/organization", "boris-yeltsin/person"}},
	{"rev uni soviet bubar", "Uni Soviet resmi bubar pada tanggal 26 Desember 1991, sehari setelah Mikhail Gorbachev mengundurkan diri sebagai presiden.", []string{"SUN", "mikhail-gorbachev/person"}},
	{"rev junta argentina", "Junta militer yang dipimpin Jenderal Jorge Rafael Videla menggulingkan Presiden Isabel Perón pada bulan Maret 1976.", []string{"jorge-rafael-videla/person", "isabel-peron/person"}},
	{"rev pol pot phnom penh", "Khmer Merah di bawah Pol Pot merebut Phnom Penh pada tanggal 17 April 1975 dan segera mengosongkan kota itu.", []string{"khmer-rouge/armed_group", "pol-pot/person"}},
	{"rev mengistu derg", "Derg, junta militer yang dipimpin Mengistu Haile Mariam, menggulingkan Kaisar Haile Selassie pada tahun 1974.", []string{"derg/government", "mengistu-haile-mariam/person", "haile-selassie/person"}},
	{"rev nikaragua sandinista", "Front Pembebasan Nasional Sandinista menggulingkan Anastasio Somoza Debayle di Nikaragua pada bulan Juli 1979.", []string{"fsln/organization", "anastasio-somoza-debayle/person", "NIC"}},
	{"rev thailand 1932", "Revolusi Siam tahun 1932 mengubah Kerajaan Siam dari monarki absolut menjadi monarki konstitusional di bawah Raja Prajadhipok.", []string{"prajadhipok/person", "THA"}},
	// Treaties, conferences, international bodies.
	{"tr versailles wilson", "Presiden Woodrow Wilson mengusulkan pembentukan Liga Bangsa-Bangsa dalam Konferensi Perdamaian Paris tahun 1919, tetapi Senat Amerika Serikat menolak meratifikasi Perjanjian Versailles.", []string{"woodrow-wilson/person", "league-of-nations/igo", "usa-senate/legislature"}},
	{"tr potsdam attlee", "Clement Attlee menggantikan Churchill di tengah Konferensi Potsdam pada bulan Juli 1945 setelah Partai Buruh memenangi pemilihan umum.", []string{"clement-attlee/person", "winston-churchill/person", "uk-labour-party/organization"}},
	{"tr piagam pbb", "Piagam Perserikatan Bangsa-Bangsa ditandatangani oleh perwakilan 50 negara di San Francisco pada tanggal 26 Juni 1945.", []string{"united-nations/igo"}},
	{"tr pakta warsawa", "Uni Soviet dan tujuh negara satelitnya di Eropa Timur membentuk Pakta Warsawa pada tahun 1955 sebagai tanggapan atas masuknya Jerman Barat ke NATO.", []string{"SUN", "warsaw-treaty-organization/igo", "DEU", "nato/igo"}},
	{"tr roma eec", "Belgia, Prancis, Italia, Luksemburg, Belanda, dan Jerman Barat menandatangani Perjanjian Roma pada tahun 1957, yang membentuk Masyarakat Ekonomi Eropa.", []string{"BEL", "FRA", "ITA", "LUX", "NLD", "DEU", "european-communities/igo"}},
	{"tr camp david", "Presiden Mesir Anwar Sadat dan Perdana Menteri Israel Menachem Begin menandatangani Persetujuan Camp David yang ditengahi Presiden Jimmy Carter pada tahun 1978.", []string{"EGY", "anwar-as-sadat/person", "ISR", "menachem-begin/person", "jimmy-carter/person"}},
	{"tr oslo rabin arafat", "Perdana Menteri Israel Yitzhak Rabin dan Ketua Organisasi Pembebasan Palestina Yasser Arafat berjabat tangan di halaman Gedung Putih setelah penandatanganan Persetujuan Oslo pada tahun 1993.", []string{"ISR", "yitzhak-rabin/person", "palestine-liberation-organization/armed_group", "yasir-arafat/person"}},
	{"tr u thant kuba", "U Thant, diplomat Burma yang menjabat sebagai Sekretaris Jenderal PBB, berperan menengahi Krisis Rudal Kuba pada bulan Oktober 1962.", []string{"u-thant/person", "MMR", "united-nations/igo"}},
	{"tr kennedy khrushchev", "Presiden John F. Kennedy dan Perdana Menteri Soviet Nikita Khrushchev mencapai kesepakatan untuk menarik rudal dari Kuba pada bulan Oktober 1962.", []string{"john-f-kennedy/person", "SUN", "nikita-khrushchev/person", "CUB"}},
	{"tr start reagan", "Ronald Reagan dan Mikhail Gorbachev menandatangani Perjanjian Angkatan Nuklir Jarak Menengah di Washington pada bulan Desember 1987.", []string{"ronald-reagan/person", "mikhail-gorbachev/person"}},
	{"tr maastricht", "Perjanjian Maastricht, yang ditandatangani pada bulan Februari 1992 oleh dua belas anggota Masyarakat Eropa, membentuk Uni Eropa.", []string{"european-communities/igo", "european-union/igo"}},
	{"tr bandung nasser nehru", "Nasser, Nehru, dan Zhou Enlai termasuk di antara para pemimpin yang menghadiri Konferensi Asia-Afrika di Bandung pada bulan April 1955.", []string{"gamal-abdel-nasser/person", "jawaharlal-nehru/person", "zhou-enlai/person"}},
	{"tr oau addis", "Organisasi Persatuan Afrika didirikan di Addis Ababa pada bulan Mei 1963 oleh 32 negara Afrika yang telah merdeka.", []string{"organization-of-african-unity/igo"}},
	{"tr dayton", "Persetujuan Dayton, yang dirundingkan oleh diplomat Amerika Richard Holbrooke pada tahun 1995, mengakhiri Perang Bosnia.", []string{"USA", "richard-holbrooke/person"}},
	{"tr mahkamah den haag", "Mahkamah Internasional di Den Haag memutuskan pada tahun 1986 bahwa Amerika Serikat telah melanggar hukum internasional dengan mendukung Contra di Nikaragua.", []string{"icj/igo", "USA", "contras/armed_group", "NIC"}},
	// Biographies.
	{"bio thatcher grantham", "Margaret Thatcher lahir di Grantham, Lincolnshire, pada tahun 1925 dan menjabat sebagai Perdana Menteri Britania Raya dari tahun 1979 hingga 1990.", []string{"margaret-thatcher/person", "GBR"}},
	{"bio adenauer koln", "Konrad Adenauer, yang pernah menjabat sebagai Wali Kota Köln sebelum dicopot oleh Nazi, menjadi kanselir pertama Republik Federal Jerman pada tahun 1949.", []string{"konrad-adenauer/person", "DEU", "nazi-party/organization"}},
	{"bio brandt warsawa", "Kanselir Jerman Barat Willy Brandt berlutut di depan monumen Pemberontakan Ghetto Warsawa pada bulan Desember 1970.", []string{"DEU", "willy-brandt/person"}},
	{"bio kohl reunifikasi", "Helmut Kohl, yang menjabat sebagai Kanselir Jerman dari tahun 1982 hingga 1998, memimpin reunifikasi Jerman pada bulan Oktober 1990.", []string{"helmut-kohl/person", "DEU"}},
	{"bio mitterrand", "François Mitterrand dari Partai Sosialis menjabat sebagai Presiden Prancis selama dua periode, dari tahun 1981 hingga 1995.", []string{"francois-mitterrand/person", "socialist-party-france/organization", "FRA"}},
	{"bio ataturk", "Mustafa Kemal Atatürk, pendiri Republik Turki, lahir di Salonika, yang saat itu merupakan bagian dari Kekaisaran Utsmaniyah, pada tahun 1881.", []string{"mustafa-kemal-ataturk/person", "TUR"}},
	{"bio tito yugoslavia", "Josip Broz Tito memimpin Partisan Yugoslavia melawan pendudukan Jerman dan kemudian memerintah Yugoslavia hingga kematiannya pada tahun 1980.", []string{"josip-broz-tito/person", "YUG", "DEU", "yugoslav-partisans/armed_group"}},
	{"bio golda meir kyiv", "Golda Meir, yang lahir di Kyiv pada tahun 1898 dan dibesarkan di Milwaukee, menjadi perdana menteri perempuan pertama Israel pada tahun 1969.", []string{"golda-meir/person", "ISR"}},
	{"bio indira gandhi", "Indira Gandhi, putri Jawaharlal Nehru, dibunuh oleh dua pengawalnya di New Delhi pada tanggal 31 Oktober 1984.", []string{"indira-gandhi/person", "jawaharlal-nehru/person"}},
	{"bio benazir bhutto", "Benazir Bhutto, putri mantan Perdana Menteri Zulfikar Ali Bhutto, menjadi perempuan pertama yang memimpin pemerintahan sebuah negara mayoritas Muslim pada tahun 1988.", []string{"benazir-bhutto/person", "zulfikar-ali-bhutto/person"}},
	{"bio mandela robben", "Nelson Mandela menghabiskan 18 dari 27 tahun masa penahanannya di Pulau Robben sebelum dibebaskan oleh pemerintah F. W. de Klerk pada tahun 1990.", []string{"nelson-mandela/person", "f-w-de-klerk/person"}},
	{"bio eva peron", "Eva Perón, istri Presiden Argentina Juan Perón, meninggal karena kanker pada tahun 1952 pada usia 33 tahun.", []string{"eva-peron/person", "ARG", "juan-peron/person"}},
	{"bio raja louis xiv", "Raja Louis XIV dari Prancis, yang memerintah selama 72 tahun, memindahkan istana kerajaan ke Versailles pada tahun 1682.", []string{"louis-xiv/person", "FRA"}},
	{"bio george vi", "Raja George VI dari Britania Raya naik takhta pada bulan Desember 1936 setelah kakaknya, Edward VIII, turun takhta untuk menikahi Wallis Simpson.", []string{"george-vi/person", "GBR", "edward-viii/person", "wallis-simpson/person"}},
	{"bio wilhelmina", "Ratu Wilhelmina dari Belanda memimpin pemerintahan dalam pengasingan dari London selama pendudukan Jerman atas Belanda.", []string{"wilhelmina/person", "NLD", "DEU"}},
	{"bio kaiser wilhelm", "Kaisar Wilhelm II dari Jerman turun takhta pada bulan November 1918 dan hidup dalam pengasingan di Belanda hingga kematiannya pada tahun 1941.", []string{"wilhelm-ii/person", "DEU", "NLD"}},
	{"bio franz joseph", "Kaisar Franz Joseph I dari Austria-Hongaria menyatakan perang terhadap Serbia pada bulan Juli 1914 setelah pembunuhan keponakannya, Archduke Franz Ferdinand.", []string{"franz-joseph-i/person", "SRB", "franz-ferdinand/person"}},
	{"bio martin luther king", "Martin Luther King Jr., pendeta Baptis dan pemimpin gerakan hak-hak sipil Amerika, menerima Hadiah Nobel Perdamaian pada tahun 1964.", []string{"martin-luther-king-jr/person", "USA"}},
	{"bio eleanor roosevelt", "Eleanor Roosevelt, istri Presiden Franklin D. Roosevelt, memimpin komisi yang menyusun Deklarasi Universal Hak Asasi Manusia pada tahun 1948.", []string{"eleanor-roosevelt/person", "franklin-d-roosevelt/person"}},
	{"bio deng xiaoping", "Deng Xiaoping, yang lahir di Provinsi Sichuan pada tahun 1904, memperkenalkan reformasi ekonomi di Tiongkok setelah kematian Mao Zedong.", []string{"deng-xiaoping/person", "CHN", "mao-zedong/person"}},
	{"bio zhou enlai", "Zhou Enlai menjabat sebagai Perdana Menteri Republik Rakyat Tiongkok sejak tahun 1949 hingga kematiannya pada bulan Januari 1976.", []string{"zhou-enlai/person", "CHN"}},
	{"bio nasser alexandria", "Gamal Abdel Nasser, yang lahir di Alexandria pada tahun 1918, menasionalisasi Terusan Suez pada bulan Juli 1956.", []string{"gamal-abdel-nasser/person"}},
	{"bio sadat dibunuh", "Presiden Mesir Anwar Sadat dibunuh oleh anggota kelompok Jihad Islam Mesir saat parade militer di Kairo pada bulan Oktober 1981.", []string{"EGY", "anwar-as-sadat/person", "egyptian-islamic-jihad/armed_group"}},
	{"bio bhumibol", "Raja Bhumibol Adulyadej dari Thailand, yang lahir di Cambridge, Massachusetts, bertakhta selama lebih dari tujuh dekade hingga wafat pada tahun 2016.", []string{"bhumibol-adulyadej/person", "THA"}},
	{"bio sihanouk", "Norodom Sihanouk menjadi raja Kamboja pada tahun 1941 ketika negara itu masih berada di bawah protektorat Prancis.", []string{"norodom-sihanouk/person", "KHM", "FRA"}},
	{"bio trotsky meksiko", "Leon Trotsky, pendiri Tentara Merah, dibunuh oleh agen NKVD Ramón Mercader di Coyoacán, Meksiko, pada tahun 1940.", []string{"leon-trotsky/person", "sun-armed-forces/military", "sun-nkvd/agency", "ramon-mercader/person", "MEX"}},
	{"bio brezhnev", "Leonid Brezhnev memimpin Partai Komunis Uni Soviet selama 18 tahun, dari tahun 1964 hingga kematiannya pada tahun 1982.", []string{"communist-leader-leonid-brezhnev/person", "cpsu/organization"}},
	{"bio salazar portugal", "António de Oliveira Salazar memerintah Portugal sebagai perdana menteri dari tahun 1932 hingga 1968 di bawah rezim Estado Novo.", []string{"antonio-de-oliveira-salazar/person", "PRT"}},
	{"bio sukarno nasser persahabatan", "Sukarno dan Nasser, bersama Tito dan Nehru, dianggap sebagai pendiri Gerakan Non-Blok pada tahun 1961.", []string{"sukarno/person", "gamal-abdel-nasser/person", "non-aligned-movement/igo", "josip-broz-tito/person", "jawaharlal-nehru/person"}},
	{"bio gorbachev nobel", "Mikhail Gorbachev, Sekretaris Jenderal terakhir Partai Komunis Uni Soviet, dianugerahi Hadiah Nobel Perdamaian pada tahun 1990.", []string{"mikhail-gorbachev/person", "cpsu/organization"}},
	{"bio arafat kairo", "Yasser Arafat, yang lahir di Kairo pada tahun 1929, memimpin Organisasi Pembebasan Palestina dari tahun 1969 hingga kematiannya pada tahun 2004.", []string{"yasir-arafat/person", "palestine-liberation-organization/armed_group"}},
	{"bio ben bella", "Ahmed Ben Bella, presiden pertama Aljazair, digulingkan oleh Menteri Pertahanan Houari Boumédiène pada bulan Juni 1965.", []string{"ahmed-ben-bella/person", "DZA", "houari-boumedienne/person"}},
	{"bio bourguiba", "Habib Bourguiba memimpin Tunisia menuju kemerdekaan dari Prancis pada tahun 1956 dan menjabat sebagai presiden hingga digulingkan oleh Zine El Abidine Ben Ali pada tahun 1987.", []string{"habib-bourguiba/person", "TUN", "FRA", "zine-el-abidine-ben-ali/person"}},
	{"bio kaunda zambia", "Kenneth Kaunda, putra seorang pendeta Gereja Skotlandia, menjadi presiden pertama Zambia pada tahun 1964.", []string{"kenneth-kaunda/person", "church-of-scotland/organization", "ZMB"}},
	{"bio yeltsin sverdlovsk", "Boris Yeltsin, yang pernah menjabat sebagai kepala partai di Sverdlovsk, menjadi presiden pertama Federasi Rusia yang dipilih secara langsung pada tahun 1991.", []string{"boris-yeltsin/person", "RUS"}},
	{"bio mountbatten", "Lord Louis Mountbatten, Raja Muda terakhir India Britania, dibunuh oleh Tentara Republik Irlandia pada tahun 1979.", []string{"louis-mountbatten/person", "irish-republican-army/armed_group"}},
	// Geography: regions, rivers, cities inside states.
	{"geo sungai mekong", "Sungai Mekong mengalir melalui Tiongkok, Myanmar, Laos, Thailand, Kamboja, dan Vietnam sebelum bermuara di Laut Cina Selatan.", []string{"CHN", "MMR", "LAO", "THA", "KHM", "VNM"}},
	{"geo danube", "Sungai Danube, yang bermata air di Pegunungan Hutan Hitam di Jerman, mengalir ke Laut Hitam melalui Rumania dan Ukraina.", []string{"DEU", "ROU", "UKR"}},
	{"geo alsace lorraine", "Alsace-Lorraine diserahkan oleh Prancis kepada Kekaisaran Jerman pada tahun 1871 dan dikembalikan kepada Prancis melalui Perjanjian Versailles.", []string{"FRA", "DEU"}},
	{"geo sudetenland", "Wilayah Sudetenland, yang dihuni oleh mayoritas penutur bahasa Jerman, dianeksasi oleh Jerman dari Cekoslowakia setelah Perjanjian München pada tahun 1938.", []string{"DEU", "CSK"}},
	{"geo kashmir", "Wilayah Kashmir telah menjadi sengketa antara India dan Pakistan sejak pemisahan India Britania pada tahun 1947.", []string{"IND", "PAK"}},
	{"geo biafra", "Wilayah tenggara Nigeria memisahkan diri sebagai Republik Biafra pada bulan Mei 1967 di bawah pimpinan Letnan Kolonel Odumegwu Ojukwu.", []string{"NGA", "odumegwu-ojukwu/person"}},
	{"geo katanga", "Provinsi Katanga, yang kaya akan tembaga, memisahkan diri dari Kongo pada tahun 1960 di bawah pimpinan Moïse Tshombe.", []string{"COD", "moise-tshombe/person"}},
	{"geo crimea 1954", "Pada tahun 1954, Semenanjung Krimea dipindahkan dari Republik Sosialis Federasi Soviet Rusia ke Republik Sosialis Soviet Ukraina atas prakarsa Nikita Khrushchev.", []string{"nikita-khrushchev/person", "RUS", "UKR"}},
	// Institutions.
	{"ins oxford clinton", "Bill Clinton belajar di Universitas Oxford sebagai penerima beasiswa Rhodes dari tahun 1968 hingga 1970.", []string{"bill-clinton/person", "university-of-oxford/organization"}},
	{"ins harvard kennedy", "John F. Kennedy lulus dari Universitas Harvard pada tahun 1940 dengan skripsi tentang kebijakan peredaan Britania Raya terhadap Jerman.", []string{"john-f-kennedy/person", "harvard-university/organization", "GBR", "DEU"}},
	{"ins serikat yesus", "Serikat Yesus, ordo religius Katolik yang didirikan oleh Ignatius dari Loyola, diusir dari Portugal pada tahun 1910 setelah jatuhnya monarki.", []string{"society-of-jesus/organization", "ignatius/person", "PRT"}},
	{"ins palang merah", "Komite Internasional Palang Merah mengunjungi kamp-kamp tawanan perang di Jerman dan Jepang selama Perang Dunia Kedua.", []string{"icrc/organization", "DEU", "JPN"}},
	{"ins vatikan pius", "Paus Pius XII memimpin Gereja Katolik selama Perang Dunia Kedua, dan sikapnya terhadap Holocaust masih diperdebatkan oleh para sejarawan.", []string{"pius-xii/person", "catholic-church/organization"}},
	{"ins yohanes paulus polandia", "Paus Yohanes Paulus II, yang lahir dengan nama Karol Wojtyła di Wadowice, Polandia, mengunjungi tanah kelahirannya pada tahun 1979.", []string{"pope-john-paul-ii/person", "POL"}},
	{"ins anglo iranian", "Perdana Menteri Iran Mohammad Mosaddegh menasionalisasi Anglo-Iranian Oil Company pada tahun 1951, yang memicu kudeta yang didukung CIA dan MI6 dua tahun kemudian.", []string{"IRN", "mohammad-mosaddegh/person", "anglo-iranian-oil-company/organization", "usa-cia/agency", "gbr-mi6/agency"}},
	{"ins united fruit guatemala", "United Fruit Company menguasai sebagian besar tanah pertanian di Guatemala ketika Presiden Jacobo Árbenz digulingkan pada tahun 1954.", []string{"united-fruit-company/organization", "GTM", "jacobo-arbenz/person"}},
	{"ins volkswagen 1937", "Volkswagen didirikan pada tahun 1937 oleh Front Buruh Jerman, organisasi buruh di bawah rezim Nazi.", []string{"volkswagen/organization", "german-labour-front/organization", "DEU"}},
	{"ins kgb andropov", "Yuri Andropov memimpin KGB selama lima belas tahun sebelum menggantikan Brezhnev sebagai Sekretaris Jenderal pada tahun 1982.", []string{"yury-andropov/person", "sun-kgb/agency", "communist-leader-leonid-brezhnev/person"}},
	{"ins stasi", "Stasi, dinas keamanan negara Jerman Timur, mempekerjakan lebih dari 90.000 pegawai tetap pada tahun 1989.", []string{"ddr-stasi/agency", "DDR"}},
	{"ins sorbonne mei 1968", "Mahasiswa Universitas Sorbonne menduduki kampus mereka pada bulan Mei 1968, yang memicu pemogokan umum di seluruh Prancis.", []string{"university-of-paris/organization", "FRA"}},
	// No actor.
	{"none perang dunia pertama", "Perang Dunia Pertama berakhir dengan gencatan senjata yang ditandatangani pada pukul sebelas pagi tanggal 11 November 1918.", []string{}},
	{"none kekaisaran utsmaniyah", "Kekaisaran Utsmaniyah secara resmi dibubarkan pada tahun 1922 setelah lebih dari enam abad berdiri.", []string{}},
	{"none austria-hongaria runtuh", "Austria-Hongaria runtuh pada akhir tahun 1918, dan wilayahnya dibagi menjadi beberapa negara baru.", []string{}},
	{"none tirai besi", "Istilah \"Tirai Besi\" dipopulerkan dalam pidato di Fulton, Missouri, pada bulan Maret 1946.", []string{}},
	{"none sungai rhein", "Sungai Rhein mengalir sejauh lebih dari 1.200 kilometer dari Pegunungan Alpen hingga Laut Utara.", []string{}},
	{"none rhodesia udi", "Rhodesia secara sepihak mendeklarasikan kemerdekaan pada bulan November 1965.", []string{}},
	{"none vietnam selatan", "Vietnam Selatan tidak lagi ada sebagai negara setelah bulan April 1975.", []string{}},
	{"none operasi barbarossa", "Operasi Barbarossa, yang dimulai pada tanggal 22 Juni 1941, merupakan operasi militer darat terbesar dalam sejarah.", []string{}},
	{"none jalur hồ chí minh", "Jalur Ho Chi Minh membentang melalui hutan dan pegunungan sepanjang ribuan kilometer.", []string{}},
	{"none kapal titanic", "Kapal RMS Titanic tenggelam di Samudra Atlantik Utara pada dini hari tanggal 15 April 1912.", []string{}},
	{"geo prusia dewan kontrol", "Kerajaan Prusia dihapuskan secara resmi pada tahun 1947 oleh Dewan Kontrol Sekutu.", []string{"allied-control-council/organization"}},
	{"none manchukuo", "Manchukuo, negara boneka di Manchuria, hanya diakui oleh segelintir negara.", []string{}},
	{"none patung liberty", "Patung Liberty berdiri di Pulau Liberty di pelabuhan New York sejak tahun 1886.", []string{}},
}

// idTransWiki43Known are the rows of TestIDTransWiki43Grid the extractor
// still fails, with the reason.
var idTransWiki43Known = map[string]string{
	"war stalin stalingrad":           "'Angkatan Darat Keenam Jerman' (a German army of 1942) is read as Russia's army body by 'Angkatan Darat' after Stalin's Soviet forces",
	"war dien bien phu":               "'tentara Prancis' gives France's armed forces but not the state beside it",
	"war vietnam johnson":             "'keterlibatan militer Amerika Serikat' (military as an adjective) is read as the US armed forces, not the state",
	"war iran irak":                   "a hyphenated war name ('Perang Iran-Irak') keeps both states (warNameBefore leaves hyphens alone on purpose)",
	"war afghanistan soviet":          "Gorbachev's country RUS (his later Russian offices) is listed as a state beside the Soviet Union",
	"war bosnia srebrenica":           "'pasukan Serbia Bosnia' (Bosnian Serb forces) reads Serbia as a state",
	"war rwanda":                      "an event's name ('Genosida Rwanda') keeps its state; only war words are read as names",
	"war nuremberg":                   "'Pengadilan Nuremberg' (the International Military Tribunal) is no body of the gazetteer: the city's name alone is ambiguous",
	"ind jinnah pakistan":             "'Liga Muslim Seluruh India' is no body of the gazetteer: its words make a person and India",
	"ind lumumba kongo":               "'Republik Kongo' of 1960 (today's DR Congo) is read as today's Republic of the Congo",
	"ind aljazair fln":                "'Front Pembebasan Nasional' (Algeria's FLN) is a generic name left to its slug; 'perang kemerdekaan Aljazair' in lower case still gives the state",
	"ind evian":                       "'Front Pembebasan Nasional' (Algeria's FLN) is a generic name left to its slug",
	"ind ho chi minh proklamasi":      "'Ho Chi Minh' alone is the city by design (people_figures leaves him out)",
	"ind irlandia collins":            "a treaty's name with a hyphenated pair of states ('Perjanjian Inggris-Irlandia') keeps both states",
	"ind israel ben gurion":           "'Mandat Britania atas Palestina' reads Palestine as today's state",
	"rev solidaritas walesa":          "'Solidaritas' is an ordinary Indonesian word, no organization",
	"rev pol pot phnom penh":          "the Khmer Rouge's country (KHM) is listed as a state with a mention",
	"rev nikaragua sandinista":        "'Anastasio Somoza Debayle' after a verb and before 'di' makes no person",
	"tr potsdam attlee":               "'Churchill' alone is no name of winston-churchill (lone surnames only for Stalin and Hitler)",
	"tr piagam pbb":                   "the UN inside a document's name ('Piagam Perserikatan Bangsa-Bangsa') gives no actor",
	"tr pakta warsawa":                "'Pakta Warsawa' is left out of the gazetteer on purpose (the treaty in TestNoActorGrid)",
	"tr u thant kuba":                 "an event's name ('Krisis Rudal Kuba') keeps its state",
	"tr kennedy khrushchev":           "'Perdana Menteri Soviet' gives Khrushchev's person but the demonym 'Soviet' alone is no state",
	"tr bandung nasser nehru":         "lone surnames of historical leaders ('Nasser', 'Nehru' in a list) are not read as the persons",
	"tr mahkamah den haag":            "'Contra' (singular) is no name of the Contras",
	"bio adenauer koln":               "'Nazi' alone is no name of the Nazi Party",
	"bio brandt warsawa":              "'Ghetto Warsawa' inside a monument's name gives Poland",
	"bio mandela robben":              "'pemerintah F. W. de Klerk' gives the head's state; the row did not list it",
	"bio martin luther king":          "'pendeta Baptis' (a Baptist minister) makes a person 'baptis'",
	"bio trotsky meksiko":             "'Tentara Merah' (the Red Army) is no body of the gazetteer",
	"bio sukarno nasser persahabatan": "'Nasser' and 'Tito' alone are left out on purpose (Amin Nasser of Aramco; Tito Karnavian)",
	"geo crimea 1954":                 "the Soviet republics' names ('Republik Sosialis Federasi Soviet Rusia') are read as a body and the Soviet Union",
	"ins volkswagen 1937":             "'rezim Nazi' is no name of Germany",
	"bio brezhnev":                    "'Leonid Brezhnev' is no name of the generated communist-leader-leonid-brezhnev (an alias was left out: TestHistoryGrid wants the slug leonid-brezhnev)",
	"ins kgb andropov":                "'KGB' alone is Belarus's body only, and 'Brezhnev' alone no name",
	"ins stasi":                       "'Stasi' is no body of the gazetteer; its apposition gives the generic ddr-intelligence without the state",
	"ins sorbonne mei 1968":           "'Universitas Sorbonne' is left to its slug (the University of Paris of 1968 is today's several universities)",
}

func TestIDTransWiki43Grid(t *testing.T) {
	runDomGrid(t, idTransWiki43Rows, idTransWiki43Known, "2025-06-01")
}

// idTransWiki43Batch2Rows were written and annotated after the grid's data,
// before their first run (the honest check that the data generalizes), by
// the same conventions. First run: 14 of 18 (4 known); no data was added
// after it.
var idTransWiki43Batch2Rows = []domGridRow{
	{"b2 brezhnev praha", "Leonid Brezhnev memerintahkan pasukan Pakta Warsawa menyerbu Cekoslowakia pada bulan Agustus 1968 untuk mengakhiri Musim Semi Praha yang dipimpin Alexander Dubček.", []string{"communist-leader-leonid-brezhnev/person", "CSK", "alexander-dubcek/person"}},
	{"b2 pinochet london", "Augusto Pinochet ditahan di London pada bulan Oktober 1998 atas permintaan seorang hakim Spanyol, Baltasar Garzón.", []string{"augusto-pinochet-ugarte/person", "ESP", "baltasar-garzon/person"}},
	{"b2 kim il-sung putra", "Kim Il-sung, pendiri Korea Utara, digantikan oleh putranya, Kim Jong-il, setelah meninggal pada bulan Juli 1994.", []string{"kim-il-sung/person", "PRK", "kim-jong-il/person"}},
	{"b2 partai nazi 1933", "Partai Nazi memperoleh 43,9 persen suara dalam pemilihan umum bulan Maret 1933, beberapa minggu setelah Adolf Hitler diangkat sebagai Kanselir Jerman.", []string{"nazi-party/organization", "adolf-hitler/person", "DEU"}},
	{"b2 viet minh jepang", "Viet Minh, yang didirikan oleh Ho Chi Minh pada tahun 1941, melawan pendudukan Jepang dan kemudian pemerintahan kolonial Prancis di Indochina.", []string{"viet-minh/armed_group", "ho-chi-minh/person", "JPN", "FRA"}},
	{"b2 cpsu khrushchev", "Dalam Kongres ke-20 Partai Komunis Uni Soviet pada tahun 1956, Nikita Khrushchev mengecam kultus individu Joseph Stalin dalam sebuah pidato rahasia.", []string{"cpsu/organization", "nikita-khrushchev/person", "joseph-stalin/person"}},
	{"b2 india britania gandhi", "Setelah kembali dari Afrika Selatan pada tahun 1915, Mahatma Gandhi menjadi pemimpin gerakan kemerdekaan di India Britania.", []string{"ZAF", "mahatma-gandhi/person"}},
	{"b2 bolshevik tsar", "Kaum Bolshevik mengeksekusi mantan Tsar Nicholas II beserta keluarganya di Yekaterinburg pada bulan Juli 1918.", []string{"bolsheviks/organization", "nicholas-ii/person"}},
	{"b2 plo beirut", "Organisasi Pembebasan Palestina dipaksa meninggalkan Beirut pada bulan Agustus 1982 setelah invasi Israel ke Lebanon.", []string{"palestine-liberation-organization/armed_group", "ISR", "LBN"}},
	{"b2 yesuit jepang", "Fransiskus Xaverius, salah satu pendiri Serikat Yesus, tiba di Kagoshima, Jepang, pada tahun 1549.", []string{"fransiskus-xaverius/person", "society-of-jesus/organization", "JPN"}},
	{"b2 derg mengistu zimbabwe", "Setelah Derg runtuh pada bulan Mei 1991, Mengistu Haile Mariam melarikan diri ke Zimbabwe, tempat ia hidup dalam pengasingan.", []string{"derg/government", "mengistu-haile-mariam/person", "ZWE"}},
	{"b2 de klerk nobel", "F. W. de Klerk dan Nelson Mandela bersama-sama menerima Hadiah Nobel Perdamaian pada tahun 1993 atas upaya mereka mengakhiri apartheid.", []string{"f-w-de-klerk/person", "nelson-mandela/person"}},
	{"b2 suez eden", "Perdana Menteri Britania Raya Anthony Eden mengundurkan diri pada bulan Januari 1957 setelah kegagalan intervensi Inggris dan Prancis di Terusan Suez.", []string{"GBR", "anthony-eden/person", "FRA"}},
	{"b2 tiongkok korea relawan", "Tentara Relawan Rakyat Tiongkok menyeberangi Sungai Yalu pada bulan Oktober 1950 untuk membantu Korea Utara melawan pasukan PBB.", []string{"CHN", "PRK", "united-nations/igo"}},
	{"b2 partai sed ulbricht", "Walter Ulbricht, pemimpin Partai Persatuan Sosialis Jerman, memerintahkan pembangunan tembok di Berlin pada bulan Agustus 1961.", []string{"walter-ulbricht/person", "socialist-unity-party-of-germany/organization"}},
	{"b2 perón buenos aires", "Juan Perón kembali ke Buenos Aires pada tahun 1973 setelah 18 tahun dalam pengasingan di Spanyol dan terpilih lagi sebagai Presiden Argentina.", []string{"juan-peron/person", "ESP", "ARG"}},
	{"b2 none krakatau", "Letusan Gunung Krakatau pada tahun 1883 terdengar hingga ribuan kilometer jauhnya.", nil},
	{"b2 none terusan panama", "Terusan Panama dibuka untuk pelayaran pada tanggal 15 Agustus 1914 setelah pembangunan selama sepuluh tahun.", nil},
}

// idTransWiki43Batch2Known are the batch's rows the extractor still fails,
// with the reason.
var idTransWiki43Batch2Known = map[string]string{
	"b2 brezhnev praha":      "an event's name ('Musim Semi Praha') reads its capital as today's Czechia; 'Leonid Brezhnev' is no name of the generated communist-leader-leonid-brezhnev",
	"b2 viet minh jepang":    "'Ho Chi Minh' alone is the city by design (people_figures leaves him out)",
	"b2 cpsu khrushchev":     "'Kongres ke-20' (a party congress, numbered) is read as the US Congress",
	"b2 none terusan panama": "the state inside a canal's name ('Terusan Panama') is read as the state",
}

func TestIDTransWiki43Batch2(t *testing.T) {
	runDomGrid(t, idTransWiki43Batch2Rows, idTransWiki43Batch2Known, "2025-06-01")
}
