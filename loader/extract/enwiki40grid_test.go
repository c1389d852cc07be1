package extract

import "testing"

// enWiki40Rows are English sentences in the style of news and encyclopedia
// prose of the kind parallel treebanks draw on, composed for the English
// encyclopedia grid 40 of issue #12 (never copied or paraphrased from a
// data set) and annotated before the extractor ran on them: long
// sentences with appositions ("X, the former prime minister of Y,"),
// relative clauses ("who had ...", "which was signed ..."), passives,
// present and past leaders, organizations by full name and by acronym
// ("the Organisation for the Prohibition of Chemical Weapons (OPCW)"),
// places as locations, dates written out; on elections, wars and
// treaties, diplomacy, business, science agencies, sport federations,
// history (leaders of the past are persons: Churchill, de Gaulle, Nehru,
// Sukarno, Mandela) and culture; and about a fifth of rows with no actor
// (abstract, scientific and sports-result sentences).
//
// Each wanted actor is "id", "id/kind" or "id/kind/country", judged by
// wantProblems. Conventions follow enWiki38Rows and historyGridRows: a
// person or body the gazetteer holds is its id, any other the slug of the
// name as written; a state named in the row (title, demonym, origin, or as
// a place) is an actor, a state's name inside a treaty's, a war's, a
// competition's or a body's name is not; a dissolved state keeps its ISO
// 3166-3 code (Soviet Union SUN, Yugoslavia YUG), West Germany is DEU, and
// an empire or colony (Ottoman Empire, Gold Coast, Tanganyika) is a place
// of history; a city is a place.
//
// First run: 135 of 161 rows. Eight annotations were then corrected
// before any rule was written, each to an id the gazetteer or the generic
// body rule already spells or to the conventions above, never to output
// that contradicts them: democratic-alliance-south-africa, ali-ben-bongo,
// tiffany-and-co, ind-election-commission (and no IND: a state's name
// inside a body's), sdn-army for "the Sudanese army" (as TestBodyGrid),
// HKG for Hong Kong and GUF for French Guiana named as places. Before the
// rules of the pass: 142 of 161, the 19 failing rows marked known. After
// the rules and data of the pass: 151 of 161 (README, "English
// encyclopedia grid 40"); the NOAA row's slug became usa-noaa, the id the
// gazetteer gives a state's body, when the pass added the agency.
var enWiki40Rows = []wantRow{
	{"el modi third", "Narendra Modi, the leader of the Bharatiya Janata Party, was sworn in for a third term as Prime Minister of India in June 2024.", "narendra-modi/person bjp IND", false},
	{"el starmer landslide", "Keir Starmer, who had led the Labour Party since 2020, became Prime Minister of the United Kingdom after a landslide victory in July 2024.", "keir-starmer/person uk-labour-party GBR", false},
	{"el sheinbaum", "Claudia Sheinbaum, a former mayor of Mexico City, was elected the first female president of Mexico in June 2024.", "claudia-sheinbaum/person MEX", false},
	{"el milei", "Javier Milei, an economist who had described himself as an anarcho-capitalist, won the Argentine presidential election in November 2023.", "javier-milei/person ARG", false},
	{"el prabowo", "Prabowo Subianto, a former general who served as defence minister under Joko Widodo, was inaugurated as President of Indonesia in October 2024.", "prabowo-subianto/person joko-widodo/person IDN", false},
	{"el ramaphosa unity", "After the African National Congress lost its parliamentary majority in 2024, Cyril Ramaphosa formed a government of national unity with the Democratic Alliance.", "anc cyril-ramaphosa/person democratic-alliance-south-africa", false},
	{"el lula runoff", "Luiz Inácio Lula da Silva, who had governed Brazil from 2003 to 2010, defeated Jair Bolsonaro in the runoff of October 2022.", "luiz-inacio-lula-da-silva/person BRA jair-bolsonaro/person", false},
	{"el merz", "Friedrich Merz, the chairman of the Christian Democratic Union, was elected Chancellor of Germany by the Bundestag in May 2025.", "friedrich-merz/person christian-democratic-union DEU deu-parliament", false},
	{"el ishiba", "Shigeru Ishiba was chosen as president of the Liberal Democratic Party in September 2024 and was subsequently elected prime minister by the National Diet.", "shigeru-ishiba/person jpn-ldp jpn-parliament", false},
	{"el carney", "Mark Carney, a former governor of the Bank of England and of the Bank of Canada, succeeded Justin Trudeau as leader of the Liberal Party of Canada in March 2025.", "mark-carney/person gbr-central-bank can-central-bank justin-trudeau/person liberal-party-of-canada", false},
	{"el dissanayake", "Anura Kumara Dissanayake, whose National People's Power alliance had held only three seats in the previous parliament, won the Sri Lankan presidential election in September 2024.", "anura-kumara-dissanayake/person national-peoples-power-sri-lanka LKA", true},
	{"el brexit vote", "The referendum, which was held on 23 June 2016, was won by the Leave side with 51.9 per cent of the vote.", "", false},
	{"el erdogan runoff", "Recep Tayyip Erdoğan, who has dominated Turkish politics for two decades, was re-elected in a runoff against Kemal Kılıçdaroğlu in May 2023.", "recep-tayyip-erdogan/person TUR kemal-k-l-cdaroglu/person", false},
	{"el tusk", "Donald Tusk, a former President of the European Council, returned as Prime Minister of Poland in December 2023.", "donald-tusk/person european-council POL", false},
	{"el meloni", "Giorgia Meloni, whose Brothers of Italy party won the largest share of the vote, became the first woman to serve as Prime Minister of Italy in October 2022.", "giorgia-meloni/person brothers-of-italy ITA", false},
	{"el macron le pen", "Emmanuel Macron was re-elected President of France in April 2022, defeating Marine Le Pen of the National Rally for the second time.", "emmanuel-macron/person FRA marine-le-pen/person rassemblement-national", false},
	{"el trump 47th", "Donald Trump, who had served as the 45th president of the United States, was inaugurated as the 47th president in January 2025.", "donald-trump/person USA", false},
	{"el commission india", "The Election Commission of India, a constitutional body established in 1950, organised the general election in seven phases.", "ind-election-commission/agency", false},
	{"el dissolution", "The general election was held on the fourth of July, six weeks after the dissolution of Parliament was announced.", "", false},
	{"el lee jae-myung", "Lee Jae-myung, a former governor of Gyeonggi Province, was elected President of South Korea in a snap election in June 2025 after Yoon Suk Yeol was removed from office.", "lee-jae-myung/person KOR yoon-suk-yeol/person", false},
	{"war versailles", "The Treaty of Versailles, which was signed on 28 June 1919, imposed heavy reparations on Germany.", "DEU", false},
	{"war poland 1939", "Germany invaded Poland on 1 September 1939, and Britain and France declared war two days later.", "DEU POL GBR FRA", false},
	{"war soviet afghanistan", "The Soviet Union withdrew its last troops from Afghanistan in February 1989, ending a war that had lasted nearly a decade.", "SUN AFG", false},
	{"war dayton", "The Dayton Agreement, initialled at an air base in Ohio in November 1995, ended the war in Bosnia and Herzegovina.", "BIH", false},
	{"war minsk", "The Minsk agreements, brokered by France and Germany in 2014 and 2015, failed to end the fighting in eastern Ukraine.", "FRA DEU UKR", false},
	{"war wagner africa", "The Wagner Group, a Russian private military company founded in 2014, deployed fighters to Mali and the Central African Republic.", "wagner-group RUS MLI CAF", false},
	{"war rsf", "The Rapid Support Forces, a paramilitary group led by Mohamed Hamdan Dagalo, have been at war with the Sudanese army since April 2023.", "rsf mohamed-hamdan-dagalo/person sdn-army/military", false},
	{"war abraham accords", "The Abraham Accords, signed in Washington in September 2020, normalised relations between Israel and the United Arab Emirates and Bahrain.", "ISR ARE BHR", false},
	{"war new start", "New START, the last remaining arms control treaty between the United States and Russia, was due to expire in February 2026.", "USA RUS", false},
	{"war jcpoa", "The Joint Comprehensive Plan of Action, which was agreed in Vienna in July 2015, limited Iran's nuclear programme in exchange for the lifting of sanctions.", "IRN", false},
	{"war panmunjom", "The armistice, signed at Panmunjom in July 1953, ended the fighting, but no peace treaty was ever concluded.", "", false},
	{"war crimea", "Russia annexed Crimea in March 2014 following a referendum that was not recognised by most members of the United Nations.", "RUS united-nations", false},
	{"war good friday", "The Good Friday Agreement, reached in Belfast on 10 April 1998, ended three decades of conflict in Northern Ireland.", "", false},
	{"war karabakh", "Azerbaijan regained full control of Nagorno-Karabakh in September 2023, prompting more than 100,000 ethnic Armenians to flee to Armenia.", "AZE ARM", false},
	{"war houthis", "The Houthis, a Zaidi Shia movement that controls much of northern Yemen, attacked commercial ships in the Red Sea from late 2023.", "houthis YEM", false},
	{"war hamas", "Hamas, the Islamist group that has governed the Gaza Strip since 2007, led an attack on southern Israel on 7 October 2023.", "hamas ISR", false},
	{"war kursk", "Ukrainian forces crossed into the Kursk region of Russia in August 2024, the first foreign incursion into Russian territory since the Second World War.", "UKR RUS", false},
	{"war sykes picot", "The Sykes–Picot Agreement, concluded in secret between Britain and France in 1916, divided the Arab provinces of the Ottoman Empire into spheres of influence.", "GBR FRA", false},
	{"war geneva conventions", "The Geneva Conventions of 1949 set out the protections owed to wounded soldiers, prisoners of war and civilians.", "", false},
	{"war finland sweden", "Finland joined the North Atlantic Treaty Organization in April 2023, ending decades of military non-alignment, and Sweden followed in March 2024.", "FIN nato SWE", false},
	{"dip blinken xi", "Antony Blinken, the United States Secretary of State, visited Beijing in June 2023 and met Chinese President Xi Jinping.", "antony-blinken/person USA xi-jinping/person CHN", false},
	{"dip guterres", "António Guterres, a former prime minister of Portugal, has served as Secretary-General of the United Nations since January 2017.", "antonio-guterres/person PRT united-nations", false},
	{"dip saudi iran", "Saudi Arabia and Iran agreed to restore diplomatic relations in March 2023 in a deal brokered by China.", "SAU IRN CHN", false},
	{"dip lavrov g20", "Sergei Lavrov, who has been Russia's foreign minister since 2004, attended the summit of the Group of Twenty in New Delhi.", "sergei-lavrov/person RUS g20", false},
	{"dip asean laos", "Leaders of the Association of Southeast Asian Nations met in Vientiane in October 2024 under the chairmanship of Laos.", "asean LAO", false},
	{"dip ambassador", "The ambassador, who had been recalled for consultations in March, returned to his post in Ottawa in the autumn.", "", false},
	{"dip wong", "Penny Wong, the Australian Minister for Foreign Affairs, travelled to Beijing in December 2022, the first such visit in more than three years.", "penny-wong/person AUS", false},
	{"dip jaishankar", "Subrahmanyam Jaishankar, a career diplomat who had served as ambassador to the United States and China, became India's Minister of External Affairs in 2019.", "s-jaishankar/person IND USA CHN", false},
	{"dip kallas", "Kaja Kallas, the former prime minister of Estonia, took office as the European Union's High Representative for Foreign Affairs in December 2024.", "kaja-kallas/person EST european-union", false},
	{"dip grossi", "Rafael Grossi, an Argentine diplomat, has been Director General of the International Atomic Energy Agency since December 2019.", "rafael-grossi/person ARG iaea", false},
	{"dip tedros", "Tedros Adhanom Ghebreyesus, who served as Ethiopia's health minister and later as its foreign minister, was elected Director-General of the World Health Organization in 2017.", "tedros-adhanom-ghebreyesus/person ETH who", false},
	{"dip okonjo-iweala", "Ngozi Okonjo-Iweala, a former finance minister of Nigeria, became the first woman and the first African to lead the World Trade Organization.", "ngozi-okonjo-iweala/person NGA wto", false},
	{"dip holy see china", "The Holy See and the People's Republic of China renewed their provisional agreement on the appointment of bishops in October 2024.", "VAT CHN", false},
	{"dip au gabon", "The African Union, which is headquartered in Addis Ababa, lifted the suspension of Gabon in April 2025, eighteen months after the coup that ousted Ali Bongo Ondimba.", "african-union GAB ali-ben-bongo/person", false},
	{"dip g7 hiroshima", "The leaders of the Group of Seven met in Hiroshima in May 2023, where they were joined by Ukrainian President Volodymyr Zelenskyy.", "g7 volodymyr-zelenskyy/person UKR", false},
	{"dip rutte nato", "Mark Rutte, who was Prime Minister of the Netherlands for nearly fourteen years, became Secretary General of NATO in October 2024.", "mark-rutte/person NLD nato", false},
	{"dip georgieva", "Kristalina Georgieva, a Bulgarian economist who had been chief executive of the World Bank, was appointed managing director of the IMF in 2019.", "kristalina-georgieva/person BGR world-bank imf", false},
	{"dip grandi", "Filippo Grandi, an Italian diplomat, led the Office of the United Nations High Commissioner for Refugees (UNHCR) from 2016 to 2025.", "filippo-grandi/person ITA unhcr", false},
	{"dip ecowas", "The Economic Community of West African States (ECOWAS) imposed sanctions on Niger after the coup of July 2023.", "ecowas NER", false},
	{"dip opcw", "The Organisation for the Prohibition of Chemical Weapons (OPCW), which received the Nobel Peace Prize in 2013, is based in The Hague.", "opcw", false},
	{"dip icj genocide", "South Africa brought a case against Israel at the International Court of Justice in December 2023.", "ZAF ISR icj", false},
	{"dip sco", "Iran became a full member of the Shanghai Cooperation Organisation in July 2023, and Belarus joined a year later.", "IRN sco BLR", false},
	{"biz aramco", "Saudi Aramco, the state-owned oil company, listed a small share of its stock on the Riyadh exchange in December 2019.", "saudi-aramco", false},
	{"biz nvidia", "Nvidia, the chipmaker founded by Jensen Huang in 1993, briefly became the world's most valuable company in June 2024.", "nvidia jensen-huang/person", false},
	{"biz volkswagen", "Volkswagen admitted in September 2015 that it had installed software designed to cheat emissions tests in about eleven million diesel cars.", "volkswagen", false},
	{"biz tata air india", "Tata Sons, the holding company of the Tata Group, regained control of Air India from the government in January 2022.", "tata-group air-india", false},
	{"biz byd tesla", "BYD, a Chinese company that began as a maker of batteries, overtook Tesla as the largest seller of electric vehicles at the end of 2023.", "byd CHN tesla", false},
	{"biz boeing max", "The Boeing 737 MAX was grounded worldwide in March 2019 after two crashes, in Indonesia and Ethiopia, killed 346 people.", "boeing IDN ETH", true},
	{"biz lagarde", "Christine Lagarde, who led the International Monetary Fund from 2011 to 2019, became President of the European Central Bank in November 2019.", "christine-lagarde/person imf ecb", false},
	{"biz powell", "Jerome Powell has chaired the Board of Governors of the Federal Reserve System since February 2018.", "jerome-powell/person usa-central-bank", false},
	{"biz opec cut", "The Organization of the Petroleum Exporting Countries and its allies, led by Saudi Arabia and Russia, agreed to cut output by two million barrels a day.", "opec SAU RUS", false},
	{"biz hsbc", "HSBC, which was founded in Hong Kong in 1865, moved its headquarters to London in 1993.", "hsbc HKG", false},
	{"biz lvmh tiffany", "Bernard Arnault, the chairman of LVMH, completed the purchase of the American jeweller Tiffany & Co. in January 2021.", "bernard-arnault/person lvmh USA tiffany-and-co", false},
	{"biz softbank openai", "Masayoshi Son, the founder of SoftBank Group, announced a joint venture with OpenAI in February 2025.", "masayoshi-son/person softbank openai", false},
	{"biz evergrande", "China Evergrande Group, once the country's largest property developer by sales, was ordered to be liquidated by a Hong Kong court in January 2024.", "evergrande HKG", false},
	{"biz euro inflation", "Annual inflation in the euro area peaked at 10.6 per cent in October 2022 before falling steadily.", "", false},
	{"biz unilever", "Unilever, the consumer goods group, ended its dual Anglo-Dutch structure in 2020 and is now based solely in London.", "unilever", true},
	{"sci nasa artemis", "The National Aeronautics and Space Administration launched the uncrewed Artemis I mission from the Kennedy Space Center in November 2022.", "usa-nasa", true},
	{"sci isro moon", "Chandrayaan-3, a mission of the Indian Space Research Organisation, made India the first country to land near the lunar south pole in August 2023.", "ind-isro IND", false},
	{"sci jaxa slim", "The Japan Aerospace Exploration Agency landed its SLIM probe on the Moon in January 2024, making Japan the fifth country to do so.", "jpn-jaxa JPN", false},
	{"sci esa juice", "The European Space Agency launched its Jupiter Icy Moons Explorer from French Guiana in April 2023 on an Ariane 5 rocket.", "esa GUF", false},
	{"sci cnsa far side", "The China National Space Administration returned the first samples from the far side of the Moon in June 2024.", "chn-cnsa", false},
	{"sci ipcc", "The Intergovernmental Panel on Climate Change, a body established in 1988 by the World Meteorological Organization and the United Nations Environment Programme, published its sixth assessment in 2023.", "intergovernmental-panel-on-climate-change wmo/igo unep/igo", false},
	{"sci cern higgs", "Scientists at CERN, the European Organization for Nuclear Research, announced the discovery of the Higgs boson in July 2012.", "cern", false},
	{"sci jwst", "The James Webb Space Telescope, which was launched on 25 December 2021, has observed some of the earliest galaxies ever detected.", "", false},
	{"sci who pandemic", "On 11 March 2020, the World Health Organization, an agency of the United Nations based in Geneva, characterised COVID-19 as a pandemic.", "who united-nations", false},
	{"sci spacex starship", "SpaceX, the company founded by Elon Musk in 2002, caught the booster of its Starship rocket with the launch tower in October 2024.", "spacex elon-musk/person", false},
	{"sci roscosmos luna", "Roscosmos, the Russian state space corporation, lost its Luna 25 lander when it crashed into the Moon in August 2023.", "rus-roscosmos RUS", false},
	{"sci noaa", "The National Oceanic and Atmospheric Administration confirmed that 2024 was the warmest year since records began in 1850.", "usa-noaa/agency", false},
	{"sp infantino", "Gianni Infantino, a lawyer who had served as general secretary of UEFA, was elected President of FIFA in February 2016.", "gianni-infantino/person uefa fifa", false},
	{"sp coventry", "Kirsty Coventry, a former Olympic swimming champion from Zimbabwe, was elected President of the International Olympic Committee in March 2025.", "kirsty-coventry/person ZWE ioc", false},
	{"sp wada russia", "The World Anti-Doping Agency banned Russia from major international competitions for four years in December 2019.", "wada RUS", false},
	{"sp cas lausanne", "The Court of Arbitration for Sport, which is based in Lausanne, later reduced the ban to two years.", "cas", false},
	{"sp argentina final", "Argentina won the 2022 World Cup in Qatar, beating France on penalties after a 3–3 draw in the final.", "ARG QAT FRA", false},
	{"sp icc cricket", "The International Cricket Council, the global governing body of the sport, is headquartered in Dubai.", "international-cricket-council/organization", false},
	{"sp coe", "Sebastian Coe, a two-time Olympic champion in the 1500 metres, has been President of World Athletics since 2015.", "sebastian-coe/person world-athletics/organization", false},
	{"sp ceferin", "Aleksander Čeferin, a Slovenian lawyer, succeeded Michel Platini as President of UEFA in September 2016.", "aleksander-ceferin/person SVN michel-platini/person uefa", false},
	{"sp goalless", "The final ended in a goalless draw after extra time, and the title was decided by a penalty shoot-out.", "", false},
	{"sp marathon", "The marathon was won in a course record of two hours, two minutes and sixteen seconds.", "", false},
	{"sp pogacar", "Tadej Pogačar, a Slovenian cyclist, won the Tour de France for the fourth time in July 2025.", "tadej-pogacar/person SVN", false},
	{"sp real dortmund", "Real Madrid won the Champions League for the fifteenth time by defeating Borussia Dortmund at Wembley Stadium in June 2024.", "real-madrid borussia-dortmund", false},
	{"sp fia", "The Fédération Internationale de l'Automobile, the governing body of Formula One, is based in Paris.", "fia/organization", false},
	{"sp record 1988", "The women's 100 metres world record has stood since 1988.", "", false},
	{"sp paris games", "The 2024 Summer Olympics were held in Paris from 26 July to 11 August, with the sailing events staged in Marseille.", "", false},
	{"hist churchill", "Winston Churchill, who had warned against appeasement throughout the 1930s, succeeded Neville Chamberlain as Prime Minister of the United Kingdom in May 1940.", "winston-churchill/person neville-chamberlain/person GBR", false},
	{"hist de gaulle", "Charles de Gaulle, who had led the Free French during the Second World War, founded the Fifth Republic in 1958 and served as its first president.", "charles-de-gaulle/person", true},
	{"hist nehru", "Jawaharlal Nehru, a leading figure of the Indian National Congress, became the first Prime Minister of India at independence in August 1947.", "jawaharlal-nehru/person indian-national-congress IND", false},
	{"hist sukarno", "Sukarno, who proclaimed the independence of Indonesia with Mohammad Hatta on 17 August 1945, hosted the Asian–African Conference in Bandung in 1955.", "sukarno/person mohammad-hatta/person IDN", false},
	{"hist mandela", "Nelson Mandela, who spent 27 years in prison, was elected President of South Africa in the country's first multiracial election in April 1994.", "nelson-mandela/person ZAF", false},
	{"hist nasser", "Gamal Abdel Nasser, the President of Egypt, nationalised the Suez Canal in July 1956, prompting an invasion by Israel, Britain and France.", "gamal-abdel-nasser/person EGY ISR GBR FRA", false},
	{"hist adenauer", "Konrad Adenauer, a former mayor of Cologne, served as the first Chancellor of West Germany from 1949 to 1963.", "konrad-adenauer/person DEU", false},
	{"hist nkrumah", "Kwame Nkrumah led the Gold Coast to independence from Britain in March 1957, when it took the name Ghana.", "kwame-nkrumah/person GBR GHA", false},
	{"hist gorbachev nobel", "Mikhail Gorbachev, the last leader of the Soviet Union, received the Nobel Peace Prize in 1990.", "mikhail-gorbachev/person SUN", false},
	{"hist nyerere", "Julius Nyerere, a former teacher, led Tanganyika to independence in 1961 and later became the first President of Tanzania.", "julius-nyerere/person TZA", false},
	{"hist ataturk", "Mustafa Kemal Atatürk, the founder of the Republic of Turkey, abolished the sultanate in 1922.", "mustafa-kemal-ataturk/person TUR", false},
	{"hist tito", "Josip Broz Tito, who led the partisans during the Second World War, governed Yugoslavia until his death in 1980.", "josip-broz-tito/person YUG", false},
	{"hist lee kuan yew", "Lee Kuan Yew, a co-founder of the People's Action Party, served as the first Prime Minister of Singapore from 1959 to 1990.", "lee-kuan-yew/person people-s-action-party SGP", false},
	{"hist thatcher", "Margaret Thatcher, the first woman to lead the Conservative Party, was Prime Minister of the United Kingdom from 1979 to 1990.", "margaret-thatcher/person uk-conservative-party GBR", false},
	{"hist rabin arafat", "Yitzhak Rabin and Yasser Arafat shook hands on the White House lawn after the signing of the Oslo Accords in September 1993.", "yitzhak-rabin/person yasir-arafat/person", true},
	{"hist sadat begin", "Anwar Sadat and Menachem Begin signed the Camp David Accords in 1978, in talks mediated by the American president Jimmy Carter.", "anwar-as-sadat/person menachem-begin/person jimmy-carter/person USA", false},
	{"hist mao", "Mao Zedong proclaimed the founding of the People's Republic of China in Beijing on 1 October 1949.", "mao-zedong/person CHN", false},
	{"hist ho chi minh", "Ho Chi Minh declared the independence of Vietnam from France in Hanoi on 2 September 1945.", "ho-chi-minh/person VNM FRA", false},
	{"hist haile selassie", "Haile Selassie, the last Emperor of Ethiopia, addressed the League of Nations in Geneva in 1936 after the Italian invasion of his country.", "haile-selassie/person ETH league-of-nations ITA", false},
	{"hist lumumba", "Patrice Lumumba, the first Prime Minister of the independent Congo, was killed in January 1961.", "patrice-lumumba/person COD", false},
	{"hist gandhi salt", "Mahatma Gandhi led the Salt March to the coastal village of Dandi in 1930 in protest against the colonial salt tax.", "mahatma-gandhi/person", false},
	{"hist yalta", "Franklin D. Roosevelt, Winston Churchill and Joseph Stalin met at Yalta in February 1945 to plan the postwar order in Europe.", "franklin-d-roosevelt/person winston-churchill/person joseph-stalin/person", false},
	{"hist brandt", "Willy Brandt, who had been Mayor of West Berlin, was awarded the Nobel Peace Prize in 1971 for his policy of reconciliation with Eastern Europe.", "willy-brandt/person", false},
	{"hist kohl", "Helmut Kohl, the longest-serving chancellor since Otto von Bismarck, oversaw the reunification of Germany in October 1990.", "helmut-kohl/person otto-von-bismarck/person DEU", false},
	{"hist hammarskjold", "Dag Hammarskjöld, the second Secretary-General of the United Nations, died in a plane crash near Ndola in September 1961.", "dag-hammarskjold/person united-nations", false},
	{"hist indira", "Indira Gandhi, the daughter of Jawaharlal Nehru, was assassinated by her bodyguards in New Delhi in October 1984.", "indira-gandhi/person jawaharlal-nehru/person", false},
	{"hist ottoman", "The Ottoman Empire was dissolved after the First World War, and the sultanate was abolished in 1922.", "", false},
	{"hist trajan", "The Roman Empire reached its greatest territorial extent under Trajan in the second century.", "trajan/person", true},
	{"hist ussr dissolved", "The Soviet Union was formally dissolved on 26 December 1991, a day after Mikhail Gorbachev resigned.", "SUN mikhail-gorbachev/person", false},
	{"hist berlin wall", "The Berlin Wall, which had divided the city since 1961, was opened on the night of 9 November 1989.", "", false},
	{"hist suharto", "Suharto, who came to power after the events of 1965, resigned as President of Indonesia in May 1998 amid mass protests.", "suharto/person IDN", false},
	{"cult unesco odesa", "The historic centre of Odesa was added to the List of World Heritage in Danger by UNESCO in January 2023.", "unesco", false},
	{"cult ernaux", "Annie Ernaux, a French writer known for her autobiographical novels, won the Nobel Prize in Literature in 2022.", "annie-ernaux/person FRA", false},
	{"cult booker", "The Booker Prize, which is awarded each year for the best novel written in English and published in the United Kingdom or Ireland, was first awarded in 1969.", "GBR IRL", false},
	{"cult nemo", "Nemo, a singer from Switzerland, won the Eurovision Song Contest in Malmö in May 2024.", "nemo/person CHE", true},
	{"cult british museum", "The British Museum, which was founded in 1753, has refused requests from Greece to return the Parthenon sculptures.", "british-museum/organization GRC", true},
	{"cult bbc", "The British Broadcasting Corporation, which is funded by a licence fee, was founded in 1922.", "bbc", false},
	{"cult oscars", "The film won seven Academy Awards, including Best Picture and Best Director, at the ceremony in March 2024.", "", false},
	{"cult ray", "Satyajit Ray, the Bengali filmmaker, received an honorary Academy Award shortly before his death in 1992.", "satyajit-ray/person", false},
	{"cult kurosawa", "Akira Kurosawa, the Japanese director of Seven Samurai, was born in Tokyo in 1910.", "akira-kurosawa/person JPN", false},
	{"cult baroque", "Baroque architecture spread across Catholic Europe in the seventeenth century.", "", false},
	{"cult translated", "The novel, which was first published in 1958, has been translated into more than fifty languages.", "", false},
	{"none photosynthesis", "Photosynthesis converts light energy into chemical energy that is stored in glucose.", "", false},
	{"none plate tectonics", "The theory of plate tectonics, which was widely accepted by the late 1960s, explains the distribution of earthquakes and volcanoes.", "", false},
	{"none vaccine trial", "The vaccine was shown to be about 95 per cent effective in preventing symptomatic infection in a trial involving 43,000 participants.", "", false},
	{"none boson mass", "The boson has a mass of about 125 gigaelectronvolts and decays almost instantly.", "", false},
	{"none el nino", "El Niño is a periodic warming of sea surface temperatures in the central and eastern tropical Pacific Ocean.", "", false},
	{"none prime", "A prime number is a natural number greater than one that has no positive divisors other than one and itself.", "", false},
	{"none glacier", "The glacier has lost more than half of its volume since the middle of the nineteenth century.", "", false},
	{"none constitution", "The constitution provides for a bicameral legislature, an independent judiciary and a president elected for a single term of six years.", "", false},
	{"none league format", "The league consists of twenty clubs, each of which plays the others twice, once at home and once away.", "", false},
	{"none proportional", "Proportional representation allocates seats in proportion to the number of votes each party receives.", "", false},
	{"none shares", "Shares fell sharply on Monday as investors weighed the prospect of higher interest rates.", "", false},
	{"none eclipse", "A total solar eclipse was visible across North America on 8 April 2024.", "", false},
	{"none antarctic treaty", "The Antarctic Treaty, which entered into force in 1961, sets aside the continent for peaceful scientific research.", "", true},
	{"none black hole", "The first image of a black hole was released in April 2019 by an international collaboration of astronomers.", "", false},
	{"none monsoon", "The monsoon, which usually arrives in early June, brings most of the year's rainfall to the subcontinent.", "", false},
}

// enWiki40Batch2Rows were written after the rules and data of the pass
// and annotated before their first run, to check that they generalize: 15
// of 16 pass (5 of 16 on the tree before the pass); "Kurdish" is no
// language name of the list, so the copula's person is missed (known).
var enWiki40Batch2Rows = []wantRow{
	{"b2 tamil poet", "Cheran Rudhramoorthy, the Tamil poet, read from his work at the festival in Toronto in 2019.", "cheran-rudhramoorthy/person", false},
	{"b2 catalan architect", "Rafael Moneo Vallés, a Catalan architect, designed the new terminal that opened in 2021.", "rafael-moneo-valles/person", false},
	{"b2 kurdish singer", "Aynur Doğan is a Kurdish singer who has performed at festivals across Europe.", "aynur-dogan/person", true},
	{"b2 apollo numbered", "The crew of Apollo 11 landed on the Moon on 20 July 1969.", "", false},
	{"b2 soyuz numbered", "Two astronauts returned to Earth aboard Soyuz MS-25 in September 2024, after a long stay on the International Space Station.", "", false},
	{"b2 tokyo exchange", "Shares in Toyota rose on the Tokyo exchange after the company raised its profit forecast.", "toyota", false},
	{"b2 grammy awards", "Her third album won two Grammy Awards, including Album of the Year, in February 2025.", "", false},
	{"b2 wmo report", "The World Meteorological Organization, which is based in Geneva, said in March 2025 that 2024 had been the first calendar year more than 1.5 degrees above pre-industrial levels.", "wmo/igo", false},
	{"b2 unep", "Inger Andersen, a Danish economist, has been executive director of the United Nations Environment Programme since 2019.", "inger-andersen/person DNK unep/igo", false},
	{"b2 world athletics ban", "World Athletics, the global governing body of track and field, barred transgender women from the female category in March 2023.", "world-athletics/organization", false},
	{"b2 fia president", "Mohammed Ben Sulayem, a former rally driver from the United Arab Emirates, was elected President of the Fédération Internationale de l'Automobile in December 2021.", "mohammed-ben-sulayem/person ARE fia/organization", false},
	{"b2 noaa hurricane", "The National Oceanic and Atmospheric Administration, an agency of the Department of Commerce, forecast an above-normal hurricane season in May 2024.", "usa-noaa/agency usa-commerce-department", false},
	{"b2 tiffany", "The American jeweller Tiffany & Co. was founded in New York City in 1837.", "tiffany-and-co USA", false},
	{"b2 seoul exchange", "Samsung Electronics fell three per cent on the Seoul exchange on Tuesday.", "samsung", false},
	{"b2 none lander", "The lander touched down near the crater on 14 March and transmitted data for eleven days.", "", false},
	{"b2 hist bengali", "Rabindranath Tagore, the Bengali poet, became the first non-European to win the Nobel Prize in Literature in 1913.", "rabindranath-tagore/person", false},
}

func TestENWiki40Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "en", enWiki40Rows, 0) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "en", enWiki40Batch2Rows, 0) })
}
