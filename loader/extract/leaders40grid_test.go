package extract

import "testing"

// leaders40EnglishRows and leaders40IndonesianRows are the leaders40 grid
// of issue #12: sentences written for the test (made up in the style of
// present-day wire copy and Indonesian news, never copied from a data set)
// naming office holders of 2025 outside the G7: heads of state and
// government, foreign, defence and finance ministers and central bank
// governors of Africa, Latin America, Central Asia and the Caucasus, the
// Gulf, South and Southeast Asia, the Pacific and Eastern Europe, and the
// heads of the African Union, UN agencies (UNEP, UNCTAD, UNAIDS, WMO), the
// IMF and NATO. They give the person by full name with a title and a
// state, by title and surname ("Governor Thugge", "Menlu Ablakwa",
// "President Hichilema") and by surname alone after a first mention. Each
// row was annotated before the extractor ran on it: want ids are the
// gazetteer's ids (a person the gazetteer lacked gets the slug id its
// people files would give), every person the row gives must be wanted
// (leadersRowProblems), absent holds a namesake or a stale holder.
var leaders40EnglishRows = []leadersRow{
	{"en ruto", "en", "2025-07-15", "Kenyan President William Ruto said on Tuesday his government would cut borrowing. Ruto spoke after meeting investors in Nairobi.", []string{"william-ruto/person/KEN", "KEN"}, nil, false},
	{"en mbadi", "en", "2025-06-12", "Kenya's Treasury Cabinet Secretary John Mbadi said the deficit would narrow next year. Mbadi told lawmakers revenue collection had improved.", []string{"john-mbadi/person/KEN", "KEN"}, nil, false},
	{"en thugge", "en", "2025-08-06", "Central Bank of Kenya Governor Kamau Thugge said inflation remained within the target range.", []string{"kamau-thugge/person/KEN", "ken-central-bank"}, nil, false},
	{"en thugge title surname", "en", "2025-08-06", "Governor Thugge said the Central Bank of Kenya would keep its policy rate unchanged.", []string{"kamau-thugge/person/KEN", "ken-central-bank"}, nil, false},
	{"en tinubu", "en", "2025-06-26", "Nigerian President Bola Tinubu signed the tax reform bills into law on Thursday.", []string{"bola-tinubu/person/NGA", "NGA"}, nil, false},
	{"en edun", "en", "2025-05-20", "Nigeria's Finance Minister Wale Edun said the reforms would attract foreign investment. Edun added that the naira had stabilised.", []string{"wale-edun/person/NGA", "NGA"}, nil, false},
	{"en edun title surname", "en", "2025-05-20", "Finance Minister Edun said Nigeria would issue a new Eurobond this year.", []string{"wale-edun/person/NGA", "NGA"}, nil, false},
	{"en cardoso", "en", "2025-09-23", "Central Bank of Nigeria Governor Olayemi Cardoso said inflation was slowing.", []string{"olayemi-cardoso/person/NGA", "nga-central-bank"}, nil, false},
	{"en cardoso cbn", "en", "2025-03-01", "CBN Governor Cardoso told reporters the bank would keep tightening.", []string{"olayemi-cardoso/person/NGA", "nga-central-bank"}, nil, false},
	{"en mahama", "en", "2025-04-10", "Ghanaian President John Mahama said the government would renegotiate its debt deal.", []string{"john-mahama/person/GHA", "GHA"}, nil, false},
	{"en ato forson", "en", "2025-03-12", "Ghana's Finance Minister Cassiel Ato Forson presented the budget to parliament on Wednesday. Ato Forson said spending cuts were needed.", []string{"cassiel-ato-forson/person/GHA", "GHA"}, nil, false},
	{"en ablakwa", "en", "2025-05-14", "Foreign Minister Samuel Okudzeto Ablakwa of Ghana said the two countries would restore full ties.", []string{"samuel-okudzeto-ablakwa/person/GHA", "GHA"}, nil, false},
	{"en ablakwa surname", "en", "2025-05-14", "Ghana's foreign minister, Samuel Okudzeto Ablakwa, met his Togolese counterpart on Monday. Ablakwa said the two countries would work together on security.", []string{"samuel-okudzeto-ablakwa/person/GHA", "GHA", "TGO"}, nil, false},
	{"en asiama", "en", "2025-06-05", "Bank of Ghana Governor Johnson Asiama said the cedi had gained against the dollar.", []string{"johnson-asiama/person/GHA", "gha-central-bank"}, nil, false},
	{"en abiy", "en", "2025-09-09", "Ethiopian Prime Minister Abiy Ahmed said the dam would benefit the whole region. Abiy spoke at the inauguration ceremony.", []string{"abiy-ahmed/person/ETH", "ETH"}, nil, false},
	{"en faye sonko", "en", "2025-08-04", "Senegalese President Bassirou Diomaye Faye met Prime Minister Ousmane Sonko on Monday.", []string{"bassirou-diomaye-faye/person/SEN", "ousmane-sonko/person/SEN", "SEN"}, nil, false},
	{"en sonko surname", "en", "2025-08-04", "Senegal's Prime Minister Ousmane Sonko addressed lawmakers on Friday. Sonko said the country would not seek a new programme soon.", []string{"ousmane-sonko/person/SEN", "SEN"}, nil, false},
	{"en godongwana", "en", "2025-05-21", "South African Finance Minister Enoch Godongwana tabled a revised budget. Godongwana said VAT would not rise.", []string{"enoch-godongwana/person/ZAF", "ZAF"}, nil, false},
	{"en bourita", "en", "2025-04-08", "Moroccan Foreign Minister Nasser Bourita said the kingdom supported the plan.", []string{"nasser-bourita/person/MAR", "MAR"}, nil, false},
	{"en attaf", "en", "2025-04-15", "Algeria's Foreign Minister Ahmed Attaf said Algiers would recall its ambassador.", []string{"ahmed-attaf/person/DZA", "DZA"}, nil, false},
	{"en nduhungirehe", "en", "2025-06-27", "Rwandan Foreign Minister Olivier Nduhungirehe said his country was committed to the peace deal.", []string{"olivier-nduhungirehe/person/RWA", "RWA"}, nil, false},
	{"en nduhungirehe kayikwamba", "en", "2025-06-27", "Rwanda's Foreign Minister Olivier Nduhungirehe and his Congolese counterpart Thérèse Kayikwamba Wagner signed the agreement. Nduhungirehe called it a turning point.", []string{"olivier-nduhungirehe/person/RWA", "therese-kayikwamba-wagner/person/COD", "RWA", "COD"}, nil, false},
	{"en tshisekedi", "en", "2025-03-01", "Congolese President Felix Tshisekedi said the rebels must withdraw from Goma.", []string{"felix-tshisekedi/person/COD", "COD"}, nil, false},
	{"en samia", "en", "2025-11-03", "Tanzanian President Samia Suluhu Hassan was sworn in for a second term on Monday.", []string{"samia-suluhu/person/TZA", "TZA"}, nil, false},
	{"en hichilema", "en", "2025-05-07", "Zambian President Hakainde Hichilema said copper output would double. Hichilema spoke at a mining conference.", []string{"hakainde-hichilema/person/ZMB", "ZMB"}, nil, false},
	{"en hichilema title surname", "en", "2025-05-07", "President Hichilema said Zambia was ready to host the summit.", []string{"hakainde-hichilema/person/ZMB", "ZMB"}, nil, false},
	{"en ncube", "en", "2025-02-20", "Zimbabwe's Finance Minister Mthuli Ncube said the new currency was stable. Ncube told parliament that inflation had eased.", []string{"mthuli-ncube/person/ZWE", "ZWE"}, nil, false},
	{"en youssouf", "en", "2025-04-15", "African Union Commission Chairperson Mahmoud Ali Youssouf called for an immediate ceasefire in Sudan.", []string{"mahmoud-ali-youssouf/person/DJI", "african-union", "SDN"}, nil, false},
	{"en kouchouk", "en", "2025-05-01", "Egyptian Finance Minister Ahmed Kouchouk said the budget would post a primary surplus.", []string{"ahmed-kouchouk/person/EGY", "EGY"}, nil, false},
	{"en abdalla", "en", "2025-03-01", "Central Bank of Egypt Governor Hassan Abdalla said the pound was now fully flexible.", []string{"hassan-abdalla/person/EGY", "egy-central-bank"}, nil, false},
	{"en petro", "en", "2025-09-16", "Colombian President Gustavo Petro said the talks would resume next month. Petro spoke in Bogota.", []string{"gustavo-petro/person/COL", "COL"}, nil, false},
	{"en noboa", "en", "2025-10-01", "Ecuador's President Daniel Noboa declared a state of emergency in three provinces.", []string{"daniel-noboa/person/ECU", "ECU"}, nil, false},
	{"en jeri", "en", "2025-10-20", "Peru's President José Jerí said he would not run in the April election.", []string{"jose-jeri/person/PER", "PER"}, []string{"dina-boluarte"}, false},
	{"en boluarte", "en", "2025-04-01", "President Dina Boluarte of Peru said the state of emergency would be extended.", []string{"dina-boluarte/person/PER", "PER"}, []string{"jose-jeri"}, false},
	{"en paz", "en", "2025-11-10", "Bolivian President Rodrigo Paz said fuel subsidies would be phased out. Paz took office on Saturday.", []string{"rodrigo-paz/person/BOL", "BOL"}, nil, false},
	{"en orsi", "en", "2025-05-06", "Uruguay's President Yamandú Orsi met his Brazilian counterpart in Montevideo.", []string{"yamandu-orsi/person/URY", "URY", "BRA"}, nil, false},
	{"en pena", "en", "2025-07-10", "Paraguayan President Santiago Peña said the country would buy more aircraft.", []string{"santiago-pena/person/PRY", "PRY"}, nil, false},
	{"en mulino", "en", "2025-02-03", "Panamanian President José Raúl Mulino said the canal would remain neutral. Mulino rejected any foreign control.", []string{"jose-raul-mulino/person/PAN", "PAN"}, nil, false},
	{"en bukele", "en", "2025-04-14", "Salvadoran President Nayib Bukele said the prisoners would stay in custody.", []string{"nayib-bukele/person/SLV", "SLV"}, nil, false},
	{"en caputo", "en", "2025-10-02", "Argentina's Economy Minister Luis Caputo said the currency band would stay in place. Caputo spoke at a conference in Buenos Aires.", []string{"luis-caputo/person/ARG", "ARG"}, nil, false},
	{"en diaz-canel", "en", "2025-03-15", "Cuban President Miguel Díaz-Canel said the blackout was caused by a grid failure.", []string{"miguel-diaz-canel/person/CUB", "CUB"}, nil, false},
	{"en arevalo", "en", "2025-10-13", "Guatemalan President Bernardo Arévalo said the gang leaders had escaped from prison.", []string{"bernardo-arevalo/person/GTM", "GTM"}, nil, false},
	{"en tokayev", "en", "2025-06-10", "Kazakh President Kassym-Jomart Tokayev said the country would build its first nuclear plant. Tokayev spoke in Astana.", []string{"kassym-jomart-tokayev/person/KAZ", "KAZ"}, nil, false},
	{"en mirziyoyev saidov", "en", "2025-06-02", "Uzbek President Shavkat Mirziyoyev met Foreign Minister Bakhtiyor Saidov on Monday.", []string{"shavkat-mirziyayev/person/UZB", "bakhtiyor-saidov/person/UZB", "UZB"}, nil, false},
	{"en japarov", "en", "2025-03-13", "Kyrgyz President Sadyr Japarov signed the border treaty with Tajikistan.", []string{"sadyr-japarov/person/KGZ", "KGZ", "TJK"}, nil, false},
	{"en pashinyan mirzoyan", "en", "2025-08-07", "Armenian Prime Minister Nikol Pashinyan and Foreign Minister Ararat Mirzoyan arrived for the talks.", []string{"nikol-pashinyan/person/ARM", "ararat-mirzoyan/person/ARM", "ARM"}, nil, false},
	{"en papikyan", "en", "2025-04-01", "Armenia's Defence Minister Suren Papikyan said the army would buy more artillery. Papikyan spoke in Yerevan.", []string{"suren-papikyan/person/ARM", "ARM"}, nil, false},
	{"en bayramov", "en", "2025-03-14", "Azerbaijan's Foreign Minister Jeyhun Bayramov said the text of the peace treaty was agreed.", []string{"jeyhun-bayramov/person/AZE", "AZE"}, nil, false},
	{"en hasanov", "en", "2025-02-10", "Defence Minister Zakir Hasanov of Azerbaijan said the troops were on high alert.", []string{"zakir-hasanov/person/AZE", "AZE"}, nil, false},
	{"en kobakhidze", "en", "2025-01-05", "Georgian Prime Minister Irakli Kobakhidze said the protests would not change the government's course. Kobakhidze accused foreign groups of funding the rallies.", []string{"irakli-kobakhidze/person/GEO", "GEO"}, nil, false},
	{"en sandu", "en", "2025-09-22", "Moldovan President Maia Sandu said Russia had tried to buy votes.", []string{"maia-sandu/person/MDA", "MDA", "RUS"}, nil, false},
	{"en domanski", "en", "2025-08-28", "Poland's Finance Minister Andrzej Domański said the deficit would fall next year. Domański told reporters the economy was growing.", []string{"andrzej-domanski/person/POL", "POL"}, nil, false},
	{"en sikorski", "en", "2025-11-19", "Polish Foreign Minister Radosław Sikorski said Warsaw would close the last Russian consulate. Sikorski blamed Moscow for the sabotage.", []string{"radoslaw-sikorski/person/POL", "POL", "RUS"}, nil, false},
	{"en szijjarto", "en", "2025-05-20", "Hungarian Foreign Minister Péter Szijjártó said Budapest would veto the sanctions.", []string{"peter-szijjarto/person/HUN", "HUN"}, nil, false},
	{"en gasic", "en", "2025-03-01", "Serbia's Defence Minister Bratislav Gašić said the army would hold exercises near the border.", []string{"bratislav-gasic/person/SRB", "SRB"}, nil, false},
	{"en bolojan", "en", "2025-07-01", "Romanian Prime Minister Ilie Bolojan said taxes would rise to cut the deficit.", []string{"ilie-bolojan/person/ROU", "ROU"}, nil, false},
	{"en al-jadaan", "en", "2025-01-20", "Saudi Finance Minister Mohammed al-Jadaan said the kingdom would keep spending on its giga-projects.", []string{"mohammed-al-jadaan/person/SAU", "SAU"}, nil, false},
	{"en albusaidi", "en", "2025-05-05", "Omani Foreign Minister Badr Albusaidi said the next round of talks would be held in Muscat.", []string{"badr-albusaidi/person/OMN", "OMN"}, nil, false},
	{"en dissanayake", "en", "2025-02-17", "Sri Lankan President Anura Kumara Dissanayake said the IMF programme would continue. Dissanayake spoke in Colombo.", []string{"anura-kumara-dissanayake/person/LKA", "LKA", "imf"}, []string{"dissanayake-mudiyanselage-jayaratne"}, false},
	{"en weerasinghe", "en", "2025-05-22", "Central Bank of Sri Lanka Governor Nandalal Weerasinghe said rates would stay low.", []string{"nandalal-weerasinghe/person/LKA", "lka-central-bank"}, nil, false},
	{"en mansur", "en", "2025-03-10", "Bangladesh Bank Governor Ahsan H. Mansur said the bank would recover the stolen funds. Mansur spoke in Dhaka.", []string{"ahsan-h-mansur/person/BGD", "bgd-central-bank"}, nil, false},
	{"en muizzu", "en", "2025-07-25", "Maldivian President Mohamed Muizzu said the debt would be repaid on time.", []string{"mohamed-muizzu/person/MDV", "MDV"}, nil, false},
	{"en manele", "en", "2025-06-01", "Solomon Islands Prime Minister Jeremiah Manele said the security pact would be reviewed. Manele spoke in Honiara.", []string{"jeremiah-manele/person/SLB", "SLB"}, nil, false},
	{"en manele title surname", "en", "2025-06-01", "Prime Minister Manele said Solomon Islands would stay neutral.", []string{"jeremiah-manele/person/SLB", "SLB"}, nil, false},
	{"en napat", "en", "2025-05-01", "Vanuatu's Prime Minister Jotham Napat said the climate case would go ahead.", []string{"jotham-napat/person/VUT", "VUT"}, nil, false},
	{"en chia der jiun", "en", "2025-07-30", "Monetary Authority of Singapore Managing Director Chia Der Jiun said the currency policy was appropriate.", []string{"chia-der-jiun/person/SGP", "sgp-central-bank"}, nil, false},
	{"en nguyen thi hong", "en", "2025-04-02", "State Bank of Vietnam Governor Nguyen Thi Hong said credit growth would accelerate.", []string{"nguyen-thi-hong/person/VNM", "vnm-central-bank"}, nil, false},
	{"en andersen", "en", "2025-08-15", "UNEP Executive Director Inger Andersen said the plastic pollution talks had stalled. Andersen spoke in Geneva.", []string{"inger-andersen/person/DNK", "unep"}, nil, false},
	{"en grynspan", "en", "2025-04-10", "UNCTAD Secretary-General Rebeca Grynspan said the tariffs would hit the poorest countries hardest.", []string{"rebeca-grynspan/person/CRI", "unctad"}, nil, false},
	{"en byanyima", "en", "2025-03-03", "UNAIDS Executive Director Winnie Byanyima said funding cuts threatened HIV programmes.", []string{"winnie-byanyima/person/UGA", "unaids"}, nil, false},
	{"en saulo", "en", "2025-01-10", "World Meteorological Organization Secretary-General Celeste Saulo said 2024 was the hottest year on record.", []string{"celeste-saulo/person/ARG", "wmo"}, nil, false},
	{"en georgieva caputo", "en", "2025-04-15", "IMF Managing Director Kristalina Georgieva met Argentina's Economy Minister Luis Caputo. Georgieva praised the reforms.", []string{"kristalina-georgieva/person/BGR", "luis-caputo/person/ARG", "imf", "ARG"}, nil, false},
}

var leaders40IndonesianRows = []leadersRow{
	{"id ruto", "id", "2025-07-15", "Presiden Kenya William Ruto mengatakan pemerintahnya akan memangkas utang. Ruto berbicara di Nairobi.", []string{"william-ruto/person/KEN", "KEN"}, nil, false},
	{"id mbadi", "id", "2025-06-12", "Menteri Keuangan Kenya John Mbadi mengatakan defisit anggaran akan menyempit tahun depan.", []string{"john-mbadi/person/KEN", "KEN"}, nil, false},
	{"id thugge", "id", "2025-08-06", "Gubernur Bank Sentral Kenya Kamau Thugge mengatakan inflasi masih terkendali.", []string{"kamau-thugge/person/KEN", "ken-central-bank"}, nil, false},
	{"id tinubu", "id", "2025-06-26", "Presiden Nigeria Bola Tinubu menandatangani undang-undang reformasi pajak. Tinubu mengatakan reformasi itu akan menarik investasi.", []string{"bola-tinubu/person/NGA", "NGA"}, nil, false},
	{"id edun", "id", "2025-05-20", "Menkeu Nigeria Wale Edun mengatakan nilai tukar naira sudah stabil. Menurut Edun, investor asing mulai kembali.", []string{"wale-edun/person/NGA", "NGA"}, nil, false},
	{"id cardoso", "id", "2025-09-23", "Gubernur Bank Sentral Nigeria Olayemi Cardoso mengatakan inflasi mulai melambat.", []string{"olayemi-cardoso/person/NGA", "nga-central-bank"}, nil, false},
	{"id mahama", "id", "2025-04-10", "Presiden Ghana John Mahama mengatakan pemerintahnya akan merundingkan ulang utang negara.", []string{"john-mahama/person/GHA", "GHA"}, nil, false},
	{"id ablakwa", "id", "2025-05-14", "Menteri Luar Negeri Ghana Samuel Okudzeto Ablakwa mengatakan hubungan kedua negara tetap baik. Ablakwa juga menolak tuduhan itu.", []string{"samuel-okudzeto-ablakwa/person/GHA", "GHA"}, nil, false},
	{"id menlu ablakwa", "id", "2025-05-14", "Menlu Ablakwa mengatakan Ghana tidak akan menerima para deportan.", []string{"samuel-okudzeto-ablakwa/person/GHA", "GHA"}, nil, false},
	{"id ato forson", "id", "2025-03-12", "Menkeu Ghana Cassiel Ato Forson menyampaikan rancangan anggaran pada Rabu.", []string{"cassiel-ato-forson/person/GHA", "GHA"}, nil, false},
	{"id asiama", "id", "2025-06-05", "Gubernur Bank Sentral Ghana Johnson Asiama mengatakan cedi menguat terhadap dolar.", []string{"johnson-asiama/person/GHA", "gha-central-bank"}, nil, false},
	{"id abiy", "id", "2025-09-09", "Perdana Menteri Ethiopia Abiy Ahmed meresmikan bendungan terbesar di Afrika. Abiy mengatakan bendungan itu milik seluruh rakyat.", []string{"abiy-ahmed/person/ETH", "ETH"}, nil, false},
	{"id faye sonko", "id", "2025-08-04", "Presiden Senegal Bassirou Diomaye Faye menerima Perdana Menteri Ousmane Sonko di Dakar.", []string{"bassirou-diomaye-faye/person/SEN", "ousmane-sonko/person/SEN", "SEN"}, nil, false},
	{"id godongwana", "id", "2025-05-21", "Menkeu Afrika Selatan Enoch Godongwana mengatakan pajak pertambahan nilai tidak akan naik.", []string{"enoch-godongwana/person/ZAF", "ZAF"}, nil, false},
	{"id bourita", "id", "2025-04-08", "Menlu Maroko Nasser Bourita mengatakan Rabat mendukung rencana itu.", []string{"nasser-bourita/person/MAR", "MAR"}, nil, false},
	{"id nduhungirehe", "id", "2025-06-27", "Menteri Luar Negeri Rwanda Olivier Nduhungirehe mengatakan negaranya berkomitmen pada perjanjian damai. Nduhungirehe berbicara di Washington.", []string{"olivier-nduhungirehe/person/RWA", "RWA"}, nil, false},
	{"id tshisekedi", "id", "2025-03-01", "Presiden Republik Demokratik Kongo Félix Tshisekedi mengatakan pemberontak harus mundur dari Goma.", []string{"felix-tshisekedi/person/COD", "COD"}, nil, false},
	{"id samia", "id", "2025-11-03", "Presiden Tanzania Samia Suluhu Hassan dilantik untuk masa jabatan kedua.", []string{"samia-suluhu/person/TZA", "TZA"}, nil, false},
	{"id ncube", "id", "2025-02-20", "Menteri Keuangan Zimbabwe Mthuli Ncube mengatakan mata uang baru sudah stabil.", []string{"mthuli-ncube/person/ZWE", "ZWE"}, nil, false},
	{"id youssouf", "id", "2025-04-15", "Ketua Komisi Uni Afrika Mahmoud Ali Youssouf menyerukan gencatan senjata di Sudan.", []string{"mahmoud-ali-youssouf/person/DJI", "african-union", "SDN"}, nil, false},
	{"id kouchouk", "id", "2025-05-01", "Menteri Keuangan Mesir Ahmed Kouchouk mengatakan anggaran akan mencatat surplus primer.", []string{"ahmed-kouchouk/person/EGY", "EGY"}, nil, false},
	{"id abdalla", "id", "2025-03-01", "Gubernur Bank Sentral Mesir Hassan Abdalla mengatakan pound kini sepenuhnya fleksibel.", []string{"hassan-abdalla/person/EGY", "egy-central-bank"}, nil, false},
	{"id hichilema", "id", "2025-05-07", "Presiden Zambia Hakainde Hichilema mengatakan produksi tembaga akan naik dua kali lipat.", []string{"hakainde-hichilema/person/ZMB", "ZMB"}, nil, false},
	{"id presiden hichilema", "id", "2025-05-07", "Presiden Hichilema mengatakan Zambia siap menjadi tuan rumah pertemuan itu.", []string{"hakainde-hichilema/person/ZMB", "ZMB"}, nil, false},
	{"id petro", "id", "2025-09-16", "Presiden Kolombia Gustavo Petro mengatakan perundingan akan dilanjutkan bulan depan. Petro berbicara di Bogota.", []string{"gustavo-petro/person/COL", "COL"}, nil, false},
	{"id noboa", "id", "2025-10-01", "Presiden Ekuador Daniel Noboa mengumumkan keadaan darurat di tiga provinsi.", []string{"daniel-noboa/person/ECU", "ECU"}, nil, false},
	{"id jeri", "id", "2025-10-20", "Presiden Peru José Jerí mengatakan dirinya tidak akan mencalonkan diri dalam pemilu April.", []string{"jose-jeri/person/PER", "PER"}, []string{"dina-boluarte"}, false},
	{"id paz", "id", "2025-11-10", "Presiden Bolivia Rodrigo Paz mengatakan subsidi bahan bakar akan dihapus secara bertahap.", []string{"rodrigo-paz/person/BOL", "BOL"}, nil, false},
	{"id orsi lula", "id", "2025-05-06", "Presiden Uruguay Yamandú Orsi bertemu Presiden Brasil Luiz Inácio Lula da Silva di Montevideo.", []string{"yamandu-orsi/person/URY", "luiz-inacio-lula-da-silva/person/BRA", "URY", "BRA"}, nil, false},
	{"id mulino", "id", "2025-02-03", "Presiden Panama José Raúl Mulino menegaskan terusan itu tetap netral. Mulino menolak kendali asing.", []string{"jose-raul-mulino/person/PAN", "PAN"}, nil, false},
	{"id bukele", "id", "2025-04-14", "Presiden El Salvador Nayib Bukele mengatakan para tahanan akan tetap dipenjara.", []string{"nayib-bukele/person/SLV", "SLV"}, nil, false},
	{"id caputo", "id", "2025-10-02", "Menteri Ekonomi Argentina Luis Caputo mengatakan kebijakan nilai tukar tidak berubah. Caputo berbicara di Buenos Aires.", []string{"luis-caputo/person/ARG", "ARG"}, nil, false},
	{"id diaz-canel", "id", "2025-03-15", "Presiden Kuba Miguel Díaz-Canel mengatakan pemadaman listrik disebabkan kerusakan jaringan.", []string{"miguel-diaz-canel/person/CUB", "CUB"}, nil, false},
	{"id pena", "id", "2025-07-10", "Presiden Paraguay Santiago Peña mengatakan negaranya akan membeli pesawat baru.", []string{"santiago-pena/person/PRY", "PRY"}, nil, false},
	{"id tokayev", "id", "2025-06-10", "Presiden Kazakhstan Kassym-Jomart Tokayev mengatakan negaranya akan membangun PLTN pertama.", []string{"kassym-jomart-tokayev/person/KAZ", "KAZ"}, nil, false},
	{"id mirziyoyev sugiono", "id", "2025-06-02", "Presiden Uzbekistan Shavkat Mirziyoyev menerima Menlu Sugiono di Tashkent.", []string{"shavkat-mirziyayev/person/UZB", "sugiono/person/IDN", "UZB"}, nil, false},
	{"id saidov", "id", "2025-06-02", "Menlu Uzbekistan Bakhtiyor Saidov mengatakan kerja sama dengan Indonesia akan diperluas.", []string{"bakhtiyor-saidov/person/UZB", "UZB", "IDN"}, nil, false},
	{"id japarov", "id", "2025-03-13", "Presiden Kirgizstan Sadyr Japarov menandatangani perjanjian perbatasan dengan Tajikistan.", []string{"sadyr-japarov/person/KGZ", "KGZ", "TJK"}, nil, false},
	{"id berdimuhamedow prabowo", "id", "2025-04-17", "Presiden Turkmenistan Serdar Berdimuhamedow bertemu Presiden Prabowo Subianto.", []string{"serdar-berdimuhamedow/person/TKM", "prabowo-subianto/person/IDN", "TKM"}, nil, false},
	{"id pashinyan aliyev", "id", "2025-08-08", "Perdana Menteri Armenia Nikol Pashinyan dan Presiden Azerbaijan Ilham Aliyev menandatangani deklarasi damai.", []string{"nikol-pashinyan/person/ARM", "ilham-aliyev/person/AZE", "ARM", "AZE"}, nil, false},
	{"id papikyan", "id", "2025-04-01", "Menteri Pertahanan Armenia Suren Papikyan mengatakan tentara akan membeli lebih banyak artileri.", []string{"suren-papikyan/person/ARM", "ARM"}, nil, false},
	{"id hasanov", "id", "2025-02-10", "Menhan Azerbaijan Zakir Hasanov mengatakan pasukan dalam siaga tinggi.", []string{"zakir-hasanov/person/AZE", "AZE"}, nil, false},
	{"id kobakhidze", "id", "2025-01-05", "Perdana Menteri Georgia Irakli Kobakhidze mengatakan unjuk rasa tidak akan mengubah arah pemerintah.", []string{"irakli-kobakhidze/person/GEO", "GEO"}, nil, false},
	{"id sandu", "id", "2025-09-22", "Presiden Moldova Maia Sandu menuduh Rusia mencoba membeli suara.", []string{"maia-sandu/person/MDA", "MDA", "RUS"}, nil, false},
	{"id domanski", "id", "2025-08-28", "Menteri Keuangan Polandia Andrzej Domański mengatakan defisit akan turun tahun depan. Domański mengatakan ekonomi terus tumbuh.", []string{"andrzej-domanski/person/POL", "POL"}, nil, false},
	{"id sikorski", "id", "2025-11-19", "Menlu Polandia Radosław Sikorski mengatakan Warsawa akan menutup konsulat terakhir Rusia.", []string{"radoslaw-sikorski/person/POL", "POL", "RUS"}, nil, false},
	{"id szijjarto", "id", "2025-05-20", "Menlu Hungaria Péter Szijjártó mengatakan Budapest akan memveto sanksi itu.", []string{"peter-szijjarto/person/HUN", "HUN"}, nil, false},
	{"id gasic", "id", "2025-03-01", "Menteri Pertahanan Serbia Bratislav Gašić mengatakan tentara akan menggelar latihan di dekat perbatasan.", []string{"bratislav-gasic/person/SRB", "SRB"}, nil, false},
	{"id bolojan", "id", "2025-07-01", "Perdana Menteri Rumania Ilie Bolojan mengatakan pajak akan naik untuk menekan defisit.", []string{"ilie-bolojan/person/ROU", "ROU"}, nil, false},
	{"id al-jadaan", "id", "2025-01-20", "Menteri Keuangan Arab Saudi Mohammed al-Jadaan mengatakan belanja negara tetap tinggi.", []string{"mohammed-al-jadaan/person/SAU", "SAU"}, nil, false},
	{"id albusaidi", "id", "2025-05-05", "Menlu Oman Badr Albusaidi mengatakan putaran perundingan berikutnya digelar di Muskat.", []string{"badr-albusaidi/person/OMN", "OMN"}, nil, false},
	{"id mbar", "id", "2025-06-20", "Perdana Menteri Qatar Sheikh Mohammed bin Abdulrahman Al Thani mengatakan perundingan gencatan senjata terus berjalan.", []string{"mohammed-bin-abdulrahman-al-thani/person/QAT", "QAT"}, nil, false},
	{"id dissanayake", "id", "2025-02-17", "Presiden Sri Lanka Anura Kumara Dissanayake mengatakan program IMF akan berlanjut. Dissanayake berbicara di Kolombo.", []string{"anura-kumara-dissanayake/person/LKA", "LKA", "imf"}, []string{"dissanayake-mudiyanselage-jayaratne"}, false},
	{"id weerasinghe", "id", "2025-05-22", "Gubernur Bank Sentral Sri Lanka Nandalal Weerasinghe mengatakan suku bunga akan tetap rendah.", []string{"nandalal-weerasinghe/person/LKA", "lka-central-bank"}, nil, false},
	{"id mansur", "id", "2025-03-10", "Gubernur Bank Sentral Bangladesh Ahsan H. Mansur mengatakan dana yang dicuri akan dikembalikan.", []string{"ahsan-h-mansur/person/BGD", "bgd-central-bank"}, nil, false},
	{"id muizzu", "id", "2025-07-25", "Presiden Maladewa Mohamed Muizzu mengatakan utang akan dibayar tepat waktu.", []string{"mohamed-muizzu/person/MDV", "MDV"}, nil, false},
	{"id manele", "id", "2025-06-01", "Perdana Menteri Kepulauan Solomon Jeremiah Manele mengatakan pakta keamanan akan ditinjau ulang.", []string{"jeremiah-manele/person/SLB", "SLB"}, nil, false},
	{"id napat", "id", "2025-05-01", "Perdana Menteri Vanuatu Jotham Napat mengatakan gugatan iklim akan dilanjutkan. Napat berbicara di Port Vila.", []string{"jotham-napat/person/VUT", "VUT"}, nil, false},
	{"id nguyen thi hong", "id", "2025-04-02", "Gubernur Bank Sentral Vietnam Nguyen Thi Hong mengatakan pertumbuhan kredit akan dipercepat.", []string{"nguyen-thi-hong/person/VNM", "vnm-central-bank"}, nil, false},
	{"id chia der jiun", "id", "2025-07-30", "Direktur Pelaksana Otoritas Moneter Singapura Chia Der Jiun mengatakan kebijakan mata uang sudah tepat.", []string{"chia-der-jiun/person/SGP", "sgp-central-bank"}, nil, false},
	{"id karki", "id", "2025-10-01", "Perdana Menteri Nepal Sushila Karki mengatakan pemilu akan digelar Maret mendatang.", []string{"sushila-karki/person/NPL", "NPL"}, nil, false},
	{"id hun manet", "id", "2025-07-28", "Perdana Menteri Kamboja Hun Manet mengatakan pasukan tidak akan mundur dari perbatasan. Hun Manet menuduh Thailand melanggar gencatan senjata.", []string{"hun-manet/person/KHM", "KHM", "THA"}, []string{"hun-sen"}, false},
	{"id andersen", "id", "2025-08-15", "Direktur Eksekutif UNEP Inger Andersen mengatakan perundingan soal polusi plastik buntu.", []string{"inger-andersen/person/DNK", "unep"}, nil, false},
	{"id grynspan", "id", "2025-04-10", "Sekretaris Jenderal UNCTAD Rebeca Grynspan mengatakan tarif itu paling memukul negara miskin.", []string{"rebeca-grynspan/person/CRI", "unctad"}, nil, false},
	{"id byanyima", "id", "2025-03-03", "Direktur Eksekutif UNAIDS Winnie Byanyima mengatakan pemotongan dana mengancam program HIV.", []string{"winnie-byanyima/person/UGA", "unaids"}, nil, false},
	{"id saulo", "id", "2025-01-10", "Sekjen Organisasi Meteorologi Dunia Celeste Saulo mengatakan 2024 adalah tahun terpanas.", []string{"celeste-saulo/person/ARG", "wmo"}, nil, false},
	{"id rutte", "id", "2025-06-24", "Sekjen NATO Mark Rutte mengatakan anggota aliansi harus menaikkan belanja pertahanan. Rutte berbicara di Den Haag.", []string{"mark-rutte/person/NLD", "nato"}, nil, false},
}

// TestLeaders40Grid runs the English and Indonesian rows of the leaders40
// grid.
func TestLeaders40Grid(t *testing.T) {
	t.Run("en", func(t *testing.T) { runLeadersRows(t, leaders40EnglishRows) })
	t.Run("id", func(t *testing.T) { runLeadersRows(t, leaders40IndonesianRows) })
}

// leaders40Batch2 is the second batch of the leaders40 grid, written and
// annotated after the data was added and before the extractor ran on it:
// the added people with lower-case titles, title and surname alone, the
// surname after a first mention, other people and states beside them.
var leaders40Batch2 = []leadersRow{
	{"en b2 thugge lower title", "en", "2025-10-07", "Kenya's central bank governor Kamau Thugge said on Tuesday the shilling was stable. Thugge added that rates could fall.", []string{"kamau-thugge/person/KEN", "KEN"}, nil, true},
	{"en b2 edun cardoso", "en", "2025-10-15", "Nigerian Finance Minister Wale Edun and Central Bank of Nigeria Governor Olayemi Cardoso met IMF officials in Washington.", []string{"wale-edun/person/NGA", "olayemi-cardoso/person/NGA", "NGA", "nga-central-bank", "imf"}, nil, false},
	{"en b2 papikyan title surname", "en", "2025-03-20", "Defence Minister Papikyan said Armenia would diversify its arms suppliers.", []string{"suren-papikyan/person/ARM", "ARM"}, nil, false},
	{"en b2 hasanov guler", "en", "2025-05-12", "Azerbaijani Defence Minister Zakir Hasanov met his Turkish counterpart Yaşar Güler in Baku.", []string{"zakir-hasanov/person/AZE", "yasar-guler/person/TUR", "AZE", "TUR"}, nil, false},
	{"en b2 nduhungirehe title surname", "en", "2025-02-10", "Foreign Minister Nduhungirehe said Rwanda had no troops in Congo.", []string{"olivier-nduhungirehe/person/RWA", "RWA", "COD"}, nil, false},
	{"en b2 andersen chief", "en", "2025-09-01", "UNEP chief Inger Andersen said the treaty talks would resume in Geneva.", []string{"inger-andersen/person/DNK", "unep"}, nil, false},
	{"en b2 byanyima alone", "en", "2025-02-20", "Winnie Byanyima said the cuts to HIV funding would cost lives.", []string{"winnie-byanyima/person/UGA"}, nil, false},
	{"en b2 napat albanese", "en", "2025-05-20", "Vanuatu Prime Minister Jotham Napat met Australian Prime Minister Anthony Albanese in Canberra.", []string{"jotham-napat/person/VUT", "anthony-albanese/person/AUS", "VUT", "AUS"}, nil, false},
	{"en b2 ato forson imf", "en", "2025-07-24", "Ghana's Finance Minister Cassiel Ato Forson said the country had met the IMF targets.", []string{"cassiel-ato-forson/person/GHA", "GHA", "imf"}, nil, false},
	{"id b2 papikyan hasanov", "id", "2025-09-01", "Menhan Armenia Suren Papikyan bertemu Menhan Azerbaijan Zakir Hasanov di perbatasan.", []string{"suren-papikyan/person/ARM", "zakir-hasanov/person/AZE", "ARM", "AZE"}, nil, false},
	{"id b2 cardoso edun", "id", "2025-10-15", "Gubernur Bank Sentral Nigeria Olayemi Cardoso dan Menkeu Nigeria Wale Edun bertemu pejabat IMF di Washington.", []string{"olayemi-cardoso/person/NGA", "wale-edun/person/NGA", "nga-central-bank", "NGA", "imf"}, nil, false},
	{"id b2 nduhungirehe surname", "id", "2025-08-01", "Menlu Rwanda Olivier Nduhungirehe menuduh Republik Demokratik Kongo melanggar kesepakatan. Nduhungirehe mengatakan Kigali tetap berkomitmen.", []string{"olivier-nduhungirehe/person/RWA", "RWA", "COD"}, nil, false},
	{"id b2 andersen alone", "id", "2025-09-01", "Inger Andersen mengatakan perundingan perjanjian plastik akan dilanjutkan di Jenewa.", []string{"inger-andersen/person/DNK"}, nil, false},
	{"id b2 manele xi", "id", "2025-07-10", "Perdana Menteri Kepulauan Solomon Jeremiah Manele bertemu Presiden China Xi Jinping di Beijing.", []string{"jeremiah-manele/person/SLB", "xi-jinping/person/CHN", "SLB", "CHN"}, nil, false},
	{"id b2 grynspan", "id", "2025-04-10", "Sekjen UNCTAD Rebeca Grynspan mengatakan tarif Amerika Serikat memukul negara berkembang.", []string{"rebeca-grynspan/person/CRI", "unctad", "USA"}, nil, false},
	{"id b2 abdalla surname", "id", "2025-08-01", "Gubernur Bank Sentral Mesir Hassan Abdalla mengatakan inflasi turun. Abdalla juga memperkirakan suku bunga akan dipangkas.", []string{"hassan-abdalla/person/EGY", "egy-central-bank"}, nil, false},
	{"id b2 domanski", "id", "2025-08-28", "Menkeu Polandia Andrzej Domański mengatakan anggaran pertahanan akan naik.", []string{"andrzej-domanski/person/POL", "POL"}, nil, false},
	{"id b2 ncube georgieva", "id", "2025-04-22", "Menteri Keuangan Zimbabwe Mthuli Ncube bertemu Direktur Pelaksana IMF Kristalina Georgieva.", []string{"mthuli-ncube/person/ZWE", "kristalina-georgieva/person/BGR", "ZWE", "imf"}, nil, false},
}

// TestLeaders40Batch2 runs the second batch of the leaders40 grid.
func TestLeaders40Batch2(t *testing.T) {
	runLeadersRows(t, leaders40Batch2)
}

// leaders40Batch3 checks the rule foreignBodyOfficials: written and
// annotated before running, after the rule was written from probes of
// other people (Colombia's and Kazakhstan's central bank governors). A
// governor the gazetteer does not know, named after another state's
// central bank, is that state's official, not the home state's (the
// Indonesian title "Gubernur" alone is a home office) and not stateless.
var leaders40Batch3 = []leadersRow{
	{"id b3 costa", "id", "2025-06-18", "Gubernur Bank Sentral Chile Rosanna Costa mengatakan inflasi mulai turun.", []string{"rosanna-costa/person/CHL", "chl-central-bank"}, nil, false},
	{"id b3 jouahri", "id", "2025-06-24", "Gubernur Bank Sentral Maroko Abdellatif Jouahri mengatakan suku bunga dipertahankan.", []string{"abdellatif-jouahri/person/MAR", "mar-central-bank"}, nil, true},
	{"id b3 sharkas", "id", "2025-05-05", "Gubernur Bank Sentral Yordania Adel Sharkas mengatakan dinar tetap dipatok ke dolar.", []string{"adel-sharkas/person/JOR", "jor-central-bank"}, nil, false},
	{"id b3 nouri", "id", "2025-03-27", "Gubernur Bank Sentral Tunisia Fethi Zouhair Nouri mengatakan cadangan devisa meningkat.", []string{"fethi-zouhair-nouri/person/TUN", "tun-central-bank"}, nil, true},
	{"id b3 carvallo", "id", "2025-08-20", "Gubernur Bank Sentral Paraguay Carlos Carvallo mengatakan inflasi terkendali.", []string{"carlos-carvallo/person/PRY", "pry-central-bank"}, nil, false},
	{"id b3 tolosa", "id", "2025-09-10", "Kepala Bank Sentral Uruguay Guillermo Tolosa mengatakan peso menguat.", []string{"guillermo-tolosa/person/URY", "ury-central-bank"}, nil, false},
	{"id b3 perry ghaffour", "id", "2025-05-15", "Gubernur Bank Indonesia Perry Warjiyo bertemu Gubernur Bank Sentral Malaysia Abdul Rasheed Ghaffour di Jakarta.", []string{"perry-warjiyo/person/IDN", "abdul-rasheed-ghaffour/person/MYS", "idn-central-bank", "mys-central-bank"}, nil, false},
	{"en b3 jouahri", "en", "2025-06-24", "Morocco's central bank governor Abdellatif Jouahri said rates would stay unchanged.", []string{"abdellatif-jouahri/person/MAR", "mar-central-bank"}, nil, true},
	{"en b3 sharkas", "en", "2025-05-05", "Jordan's central bank governor Adel Sharkas said the dinar peg would hold.", []string{"adel-sharkas/person/JOR", "jor-central-bank"}, nil, false},
	{"en b3 carvallo", "en", "2025-08-20", "Paraguay's central bank president Carlos Carvallo said inflation was under control.", []string{"carlos-carvallo/person/PRY", "pry-central-bank"}, nil, false},
}

// TestLeaders40Batch3 runs the rows of the rule foreignBodyOfficials.
func TestLeaders40Batch3(t *testing.T) {
	runLeadersRows(t, leaders40Batch3)
}
