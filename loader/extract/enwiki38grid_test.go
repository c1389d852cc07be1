package extract

import "testing"

// enWiki38Rows are English sentences in the style of encyclopedia articles
// and long-form news about present-day (2015-2026) topics, composed for the
// English encyclopedia grid 38 of issue #12 (never copied from a data set)
// and annotated before the extractor ran on them: biographies ("Born in
// Lagos, X worked as ... before founding ..."), persons named by a
// nationality adjective ("Japanese novelist", "Brazilian striker",
// "Hungarian-born biochemist"), honorifics and titles ("Sir", "Dame",
// "Sheikh", "Pope", "King", "Crown Prince", "Cardinal", "Grand
// Ayatollah"), organizations and who founded them, companies and
// acquisitions (ordinary-word names such as Amazon and Meta only with
// strong context: "acquired by Amazon", "Meta said"), places that are not
// states (a state's name inside a longer name: "Northern Ireland", "New
// Mexico", "Papua New Guinea", "the Congo River", "Indian Ocean",
// "Georgia" as the US state; regions, peoples and languages), and about a
// fifth of rows with no actor at all (geography, biology, science,
// cuisine, history without named actors).
//
// Each wanted actor is "id", "id/kind" or "id/kind/country", scored by
// idWiki38Problems (every non-place actor must be wanted). Conventions
// follow TestEncyclopedicGrid: a person or body the gazetteer holds is its
// id, any other person the slug of the name as written; a state named in
// the row (title, demonym, origin, or as a place) is an actor; a state's
// name inside a body's, a region's, a river's, an ocean's, a people's, a
// language's or a dish's name is not; a city is a place, so "Born in
// Lagos" names no Nigeria.
//
// First run: 108 of 160 rows; the 52 failing rows were marked known. After
// the rules and data of the pass: 140 of 160 (README, "English
// encyclopedia grid 38").
var enWiki38Rows = []wantRow{
	// Biographies: born-in and raised-in clauses, careers, nationality adjectives.
	{"bio ogunlesi", "Born in Lagos, Adebayo Ogunlesi worked as an investment banker at Credit Suisse before founding Global Infrastructure Partners in 2006.", "adebayo-ogunlesi/person credit-suisse global-infrastructure-partners/organization", false},
	{"bio adichie", "Chimamanda Ngozi Adichie is a Nigerian novelist whose books have been translated into more than 30 languages.", "chimamanda-ngozi-adichie/person NGA", false},
	{"bio murakami", "Haruki Murakami is a Japanese novelist who won the Franz Kafka Prize in 2006.", "haruki-murakami/person JPN", false},
	{"bio messi rosario", "Born in Rosario, Lionel Messi joined the youth academy of FC Barcelona at the age of 13 before moving to Paris Saint-Germain in 2021.", "lionel-messi/person fc-barcelona paris-saint-germain", false},
	{"bio mbappe", "Kylian Mbappé is a French footballer who plays as a forward for Real Madrid.", "kylian-mbappe/person FRA real-madrid", false},
	{"bio vinicius", "Brazilian striker Vinícius Júnior joined Real Madrid from Flamengo in 2018.", "vinicius-junior/person BRA real-madrid flamengo", false},
	{"bio swift", "Taylor Swift is an American singer-songwriter whose Eras Tour became the highest-grossing concert tour of all time.", "taylor-swift/person USA", false},
	{"bio bong", "South Korean director Bong Joon-ho won the Academy Award for Best Picture with Parasite in 2020.", "bong-joon-ho/person KOR", false},
	{"bio kipyegon", "Kenyan runner Faith Kipyegon set a world record in the 1500 metres in Florence in 2023.", "faith-kipyegon/person KEN", false},
	{"bio carlsen", "Norwegian chess player Magnus Carlsen held the world title from 2013 to 2023.", "magnus-carlsen/person NOR", false},
	{"bio ardern harvard", "Jacinda Ardern served as Prime Minister of New Zealand from 2017 to 2023 before taking a fellowship at Harvard University.", "jacinda-ardern/person NZL harvard-university", false},
	{"bio qureshi karachi", "Born in Karachi, Amina Qureshi studied medicine in London before joining Médecins Sans Frontières in 2016.", "amina-qureshi/person msf", false},
	{"bio sunak parents", "Rishi Sunak, the son of Indian parents who emigrated from East Africa, became Prime Minister of the United Kingdom in October 2022.", "rishi-sunak/person IND GBR", false},
	{"bio macron banker", "Before entering politics, Emmanuel Macron worked as an investment banker at Rothschild.", "emmanuel-macron/person", false},
	{"bio harris california", "Kamala Harris served as Attorney General of California before becoming vice president.", "kamala-harris/person", false},
	{"bio bukele", "Nayib Bukele, a former mayor of San Salvador, has been President of El Salvador since 2019.", "nayib-bukele/person SLV", false},
	{"bio petro bogota", "Gustavo Petro, a former senator and mayor of Bogotá, became Colombia's first left-wing president in 2022.", "gustavo-petro/person COL", false},
	{"bio okafor engineer", "Born in Enugu, Ifeoma Okafor trained as a civil engineer before becoming the first woman to lead the Nigerian Society of Engineers.", "ifeoma-okafor/person nigerian-society-of-engineers/organization", false},
	{"bio tanaka raised", "Raised in Osaka, Kenji Tanaka moved to Tokyo to study law and later joined the Ministry of Finance.", "kenji-tanaka/person", false},
	{"bio silva worked", "After graduating from the University of São Paulo, Mariana Silva worked as a reporter for Folha de S.Paulo.", "mariana-silva/person university-of-sao-paulo folha-de-s-paulo", false},
	{"bio dutch economist", "Dutch economist Pieter Janssen joined the European Central Bank in 2018.", "pieter-janssen/person NLD ecb", false},
	{"bio ghanaian entrepreneur", "Ghanaian entrepreneur Kwame Mensah founded the fintech start-up PayHub in Accra in 2019.", "kwame-mensah/person GHA payhub/organization", false}, // PayHub added by the English organizations grid 39 ("start-up" a firm cue), as "founding Global Infrastructure Partners" wants the firm
	{"bio born 1985", "Priya Raman (born 1985) is an Indian-born Canadian astrophysicist at the University of Toronto.", "priya-raman/person IND CAN university-of-toronto", true},
	{"bio ethiopian refugee", "Born in a refugee camp in Kenya, Abdi Warsame became the first Somali-American elected to the Minneapolis city council.", "abdi-warsame/person KEN", false},
	// Science with persons named by nationality and title.
	{"sci manabe", "Japanese-American physicist Syukuro Manabe shared the 2021 Nobel Prize in Physics.", "syukuro-manabe/person JPN USA", true},
	{"sci kariko", "Hungarian-born biochemist Katalin Karikó shared the 2023 Nobel Prize in Medicine with Drew Weissman.", "katalin-kariko/person HUN drew-weissman/person", true},
	{"sci hassabis", "Demis Hassabis, a British computer scientist, co-founded DeepMind in 2010.", "demis-hassabis/person GBR google-deepmind", false},
	{"sci han kang", "South Korean novelist Han Kang won the Nobel Prize in Literature in 2024.", "han-kang/person KOR", false},
	{"sci goodall", "Dr. Jane Goodall, the British primatologist, spent decades studying chimpanzees in Tanzania.", "jane-goodall/person GBR TZA", false},
	{"sci nwosu", "Dr. Amara Nwosu, a Nigerian paediatrician, led the study of malaria vaccines.", "amara-nwosu/person NGA", false},
	{"sci doudna", "American biochemist Jennifer Doudna shared the 2020 Nobel Prize in Chemistry with French microbiologist Emmanuelle Charpentier.", "jennifer-doudna/person USA emmanuelle-charpentier/person FRA", false},
	{"sci italian physicist", "Italian physicist Giorgio Parisi won the Nobel Prize in Physics in 2021 for his work on complex systems.", "giorgio-parisi/person ITA", false},
	{"sci professor", "Professor Sarah Gilbert led the University of Oxford team that developed the AstraZeneca vaccine.", "sarah-gilbert/person university-of-oxford astrazeneca", false},
	// Sport: athletes and coaches named by nationality; clubs.
	{"sport kohli", "Indian cricketer Virat Kohli retired from Test cricket in 2025.", "virat-kohli/person IND", false},
	{"sport nadal", "Spanish tennis player Rafael Nadal retired after the Davis Cup finals in Málaga in 2024.", "rafael-nadal/person ESP", false},
	{"sport djokovic usopen", "Serbian tennis player Novak Djokovic won his 24th Grand Slam title at the 2023 US Open.", "novak-djokovic/person SRB", false},
	{"sport nadeem", "Pakistani javelin thrower Arshad Nadeem won Olympic gold in Paris, ahead of India's Neeraj Chopra.", "arshad-nadeem/person PAK neeraj-chopra/person IND", false}, // passes since the enwiki42 grid added Neeraj Chopra to the gazetteer
	{"sport mahuchikh", "Ukrainian high jumper Yaroslava Mahuchikh won gold at the 2024 Summer Olympics.", "yaroslava-mahuchikh/person UKR", false},
	{"sport regragui", "Moroccan coach Walid Regragui led the national team to the semi-finals of the 2022 World Cup.", "walid-regragui/person MAR", true},
	{"sport hamilton ferrari", "Lewis Hamilton, the seven-time world champion, joined Ferrari from Mercedes in 2025.", "lewis-hamilton/person ferrari mercedes-amg-petronas", true},
	{"sport ohtani", "Japanese baseball player Shohei Ohtani signed a ten-year contract with the Los Angeles Dodgers in 2023.", "shohei-ohtani/person JPN los-angeles-dodgers", false},
	{"sport salah", "Egyptian forward Mohamed Salah has scored more than 200 goals for Liverpool.", "mohamed-salah/person EGY liverpool-fc", true},
	{"sport brazilian keeper", "Brazilian goalkeeper Rafael Monteiro joined the Portuguese club Benfica in 2022.", "rafael-monteiro/person BRA PRT sl-benfica", false},
	// Culture: artists named by nationality; works named after persons.
	{"cult del toro", "Mexican filmmaker Guillermo del Toro won the Academy Award for Best Director for The Shape of Water.", "guillermo-del-toro/person MEX", false},
	{"cult burna boy", "Nigerian singer Burna Boy won the Grammy Award for Best Global Music Album in 2021.", "burna-boy/person NGA", false},
	{"cult murphy oppenheimer", "Irish actor Cillian Murphy won the Academy Award for Best Actor for his role in Oppenheimer.", "cillian-murphy/person IRL", false},
	{"cult gerwig barbie", "Greta Gerwig's Barbie became the highest-grossing film of 2023.", "greta-gerwig/person", true},
	{"cult adele", "British singer Adele began a residency at Caesars Palace in Las Vegas in 2022.", "adele/person GBR", false},
	{"cult kpop bts", "BTS, the South Korean boy band, became the first K-pop act to top the Billboard Hot 100.", "bts/organization KOR", true},
	{"cult french painter", "French painter Camille Moreau exhibited her work at the Venice Biennale in 2024.", "camille-moreau/person FRA", false},
	{"cult chinese artist", "Chinese artist Ai Weiwei moved to Portugal in 2021.", "ai-weiwei/person CHN PRT", false},
	// Honorifics and titles: Sir, Dame, Sheikh, Pope, King, Queen, Emperor, Crown Prince, Cardinal, Grand Ayatollah, Rabbi, Archbishop, Imam, Father.
	{"hon attenborough", "Sir David Attenborough narrated the BBC series Planet Earth III in 2023.", "david-attenborough/person bbc", false},
	{"hon mbr", "Sheikh Mohammed bin Rashid Al Maktoum is the Vice President of the United Arab Emirates and ruler of Dubai.", "mohammed-bin-rashid-al-maktoum/person ARE", false},
	{"hon pope francis", "Pope Francis, born Jorge Mario Bergoglio in Buenos Aires, led the Catholic Church from 2013 until his death in 2025.", "pope-francis/person catholic-church", false},
	{"hon pope leo", "Pope Leo XIV, the first American pope, was elected in May 2025.", "pope-leo-xiv/person USA", false},
	{"hon charles", "King Charles III was crowned at Westminster Abbey in May 2023.", "charles-iii/person", false},
	{"hon mbs", "Crown Prince Mohammed bin Salman was appointed Prime Minister of Saudi Arabia in 2022.", "mohammed-bin-salman/person SAU", false},
	{"hon parolin", "Cardinal Pietro Parolin has served as the Holy See's Secretary of State since 2013.", "pietro-parolin/person VAT", false},
	{"hon sistani", "Grand Ayatollah Ali al-Sistani is the most senior Shia cleric in Iraq.", "ali-al-sistani/person IRQ", false},
	{"hon margrethe", "Queen Margrethe II of Denmark abdicated in January 2024 in favour of her son, King Frederik X.", "margrethe-ii/person frederik-x/person DNK", false},
	{"hon naruhito", "Emperor Naruhito acceded to the Chrysanthemum Throne in May 2019.", "naruhito/person", false},
	{"hon tamim", "Sheikh Tamim bin Hamad Al Thani became Emir of Qatar in 2013 after his father abdicated.", "tamim-bin-hamad-al-thani/person QAT", false},
	{"hon abdullah", "King Abdullah II of Jordan has reigned since 1999.", "abdullah-ii-of-jordan/person JOR", false},
	{"hon ratcliffe", "Sir Jim Ratcliffe, the founder of Ineos, bought a stake in Manchester United in 2024.", "jim-ratcliffe/person ineos manchester-united", false},
	{"hon mansour", "Sheikh Mansour bin Zayed Al Nahyan has owned Manchester City since 2008.", "mansour-bin-zayed-al-nahyan/person manchester-city", false},
	{"hon mirvis", "Rabbi Ephraim Mirvis has been Chief Rabbi of the United Kingdom since 2013.", "ephraim-mirvis/person GBR", false},
	{"hon welby", "Archbishop Justin Welby resigned as Archbishop of Canterbury in November 2024.", "justin-welby/person", false},
	{"hon imam", "Imam Mahmoud Hassan leads Friday prayers at a mosque in Leicester.", "mahmoud-hassan/person", false},
	{"hon dame", "Dame Sarah Connolly, the English mezzo-soprano, sang at the coronation in 2023.", "sarah-connolly/person", false},
	{"hon father", "Father Tomás Ruiz ran a migrant shelter in Tijuana for a decade.", "tomas-ruiz/person", false},
	// Organizations: who founded them, where they sit.
	{"org five star", "The Five Star Movement was founded in 2009 by comedian Beppe Grillo and Gianroberto Casaleggio.", "five-star-movement beppe-grillo/person gianroberto-casaleggio/person", false},
	{"org sumar", "Sumar was founded in 2022 by Yolanda Díaz, then Spain's labour minister.", "sumar yolanda-diaz/person ESP", true},
	{"org reform founded", "Reform UK was founded in 2018 as the Brexit Party by Nigel Farage and Catherine Blaiklock.", "reform-uk nigel-farage/person catherine-blaiklock/person", false},
	{"org wagner", "The Wagner Group was founded by Dmitry Utkin and financed by Yevgeny Prigozhin.", "wagner-group dmitry-utkin/person yevgeny-prigozhin/person", false},
	{"org openai founded", "OpenAI was founded in December 2015 by Sam Altman, Elon Musk and Ilya Sutskever, among others.", "openai sam-altman/person elon-musk/person ilya-sutskever/person", false},
	{"org anthropic", "Anthropic was founded in 2021 by former OpenAI researchers, including Dario Amodei and Daniela Amodei.", "anthropic openai dario-amodei/person daniela-amodei/person", false},
	{"org tlp", "Tehreek-e-Labbaik Pakistan is an Islamist party founded in 2015 by Khadim Hussain Rizvi.", "tehreek-e-labbaik-pakistan khadim-hussain-rizvi/person", true},
	{"org solar alliance", "The International Solar Alliance was launched by India and France at the Paris climate conference in 2015.", "international-solar-alliance IND FRA", false},
	{"org party founded generic", "The party was founded in 2012 by Arvind Kejriwal after the anti-corruption movement.", "arvind-kejriwal/person", false},
	{"org headquartered", "The foundation, established in 2016 by the philanthropist Laura Arnold, is headquartered in Houston.", "laura-arnold/person", false},
	{"org brics expanded", "BRICS expanded in 2024 to include Egypt, Ethiopia, Iran and the United Arab Emirates.", "brics EGY ETH IRN ARE", false},
	{"org georgian dream", "Georgian Dream, founded in 2012 by the billionaire Bidzina Ivanishvili, has governed Georgia since 2012.", "georgian-dream bidzina-ivanishvili/person GEO", false},
	{"org pti founded", "Pakistan Tehreek-e-Insaf was founded in 1996 by the former cricketer Imran Khan.", "pakistan-tehreek-e-insaf imran-khan/person", false},
	{"org swiss ngo", "The Geneva-based charity was set up in 2015 by the Swiss banker Thomas Keller.", "thomas-keller/person CHE", false},
	// Companies and acquisitions; ordinary-word names with strong context.
	{"co wholefoods", "Whole Foods Market was acquired by Amazon in 2017 for $13.7 billion.", "whole-foods-market amazon-com", false},
	{"co acquired by amazon", "In 2018, the company was acquired by Amazon for about $1 billion.", "amazon-com", false},
	{"co instagram", "Instagram was acquired by Facebook in 2012 and is now owned by Meta Platforms.", "instagram facebook meta-platforms", false},
	{"co twitter musk", "In 2022, Elon Musk bought Twitter and later renamed it X.", "elon-musk/person twitter", false},
	{"co activision", "Activision Blizzard was acquired by Microsoft in October 2023 for $69 billion.", "activision-blizzard microsoft", false},
	{"co shell bg", "Shell completed its takeover of the British gas producer BG Group in 2016.", "shell-plc GBR bg-group", false},
	{"co meta said", "Meta said it would cut about 5 percent of its workforce.", "meta-platforms", false},
	{"co apple intel", "In 2019, Apple bought most of Intel's smartphone modem business for $1 billion.", "apple-inc intel", false},
	{"co arm softbank", "Arm Holdings was acquired by Japan's SoftBank in 2016.", "arm-holdings softbank JPN", false},
	{"co geely volvo", "Chinese automaker Geely owns Volvo Cars, which is based in Gothenburg.", "geely CHN volvo-cars", false},
	{"co nvidia arm", "Nvidia's attempt to buy Arm from SoftBank collapsed in 2022.", "nvidia arm-holdings softbank", true},
	{"co tata jlr", "Tata Motors, the Indian carmaker, has owned Jaguar Land Rover since 2008.", "tata-motors IND jaguar-land-rover", false},
	{"co novo", "Danish drugmaker Novo Nordisk makes the weight-loss drug Wegovy.", "novo-nordisk DNK", false},
	{"co tsmc arizona", "Taiwanese chipmaker TSMC is building three plants in Arizona.", "tsmc TWN", false},
	{"co samsung suwon", "Samsung Electronics is headquartered in Suwon, South Korea.", "samsung KOR", false},
	{"co amazon founded", "Amazon was founded by Jeff Bezos in a garage in Bellevue, Washington, in 1994.", "amazon-com jeff-bezos/person", false},
	// Places that are not states: a state's name inside a longer name, regions, rivers, peoples, languages.
	{"place northern ireland", "Belfast is the capital of Northern Ireland and its largest city.", "", false},
	{"place new mexico", "Santa Fe is the capital of New Mexico and one of the oldest cities in the United States.", "USA", false},
	{"place guinea-bissau", "Bissau is the capital and largest city of Guinea-Bissau.", "GNB", false},
	{"place congo river", "The Congo River is the deepest river in the world.", "", false},
	{"place indian ocean", "The Maldives lies in the Indian Ocean southwest of Sri Lanka.", "MDV LKA", false},
	{"place georgia us", "Atlanta, the capital of Georgia, is home to the headquarters of Delta Air Lines and Coca-Cola.", "delta-air-lines coca-cola", true},
	{"place kurdistan", "The Kurdistan Region of Iraq held an independence referendum in 2017.", "IRQ", true},
	{"place punjabi", "Punjabi is spoken by more than 100 million people in Pakistan and India.", "PAK IND", false},
	{"place swahili", "Swahili is an official language of Kenya, Tanzania and Uganda.", "KEN TZA UGA", false},
	{"place amazon rainforest", "The Amazon rainforest covers much of northern Brazil.", "BRA", false},
	{"place hispaniola", "The Dominican Republic shares the island of Hispaniola with Haiti.", "DOM HTI", false},
	{"place png", "Papua New Guinea occupies the eastern half of the island of New Guinea.", "PNG", false},
	{"place west bengal", "West Bengal borders Bangladesh to the east.", "BGD", false},
	{"place jalisco", "Guadalajara is the capital of the Mexican state of Jalisco.", "MEX", false},
	{"place victoria falls", "Victoria Falls lies on the Zambezi River on the border between Zambia and Zimbabwe.", "ZMB ZWE", false},
	{"place gulf of america", "The Gulf of Mexico was renamed the Gulf of America in United States federal usage in 2025.", "USA", false},
	{"place south sudan", "Juba became the capital of South Sudan at independence in 2011.", "SSD", false},
	{"place rohingya", "The Rohingya are a mostly Muslim ethnic group from Rakhine State.", "", false},
	{"place basque", "Basque is a language isolate spoken in northern Spain and southwestern France.", "ESP FRA", false},
	{"place mekong", "The Mekong River flows through six countries before reaching the South China Sea.", "", false},
	{"place lake victoria", "Lake Victoria is shared by Uganda, Kenya and Tanzania.", "UGA KEN TZA", false},
	{"place sahel", "The Sahel stretches from Senegal in the west to Sudan in the east.", "SEN SDN", false},
	{"place new england", "Maple syrup is produced across New England and Quebec.", "", false},
	{"place dutch suriname", "Dutch is also spoken in Suriname and in Flanders.", "SUR", true},
	{"place mandarin", "Mandarin is the official language of China and Taiwan.", "CHN TWN", false},
	{"place mauritius", "The Indian Ocean island of Mauritius gained independence in 1968.", "MUS", false},
	{"place new south wales", "Sydney is the capital of New South Wales.", "", false},
	{"place british columbia", "Vancouver is the largest city in British Columbia.", "", false},
	{"place tamil nadu", "Tamil is the official language of Tamil Nadu and one of the official languages of Sri Lanka and Singapore.", "LKA SGP", false},
	{"place equatorial guinea", "Malabo, the capital of Equatorial Guinea, lies on the island of Bioko.", "GNQ", false},
	{"place east timor sea", "The Timor Sea separates the island of Timor from northern Australia.", "AUS", false},
	{"place macedonia greek", "Thessaloniki is the largest city in the Greek region of Macedonia.", "GRC", true},
	{"place hausa", "Hausa is spoken by tens of millions of people across Niger and northern Nigeria.", "NER NGA", false},
	// No actor: geography, biology, science, technology, cuisine, history.
	{"none reef", "The Great Barrier Reef suffered its sixth mass bleaching event in 2024.", "", false},
	{"none axolotl", "The axolotl is a salamander native to the lakes around Mexico City.", "", false},
	{"none crispr", "CRISPR gene editing allows scientists to alter DNA sequences with high precision.", "", false},
	{"none covid life", "The COVID-19 pandemic caused the largest drop in global life expectancy since World War II.", "", false},
	{"none llm", "Large language models are trained on vast amounts of text.", "", false},
	{"none monarch", "The monarch butterfly migrates thousands of kilometres each autumn.", "", false},
	{"none hunga tonga", "The Hunga Tonga eruption in January 2022 sent a plume 57 kilometres into the atmosphere.", "", false},
	{"none atacama", "The Atacama Desert is one of the driest places on Earth.", "", false},
	{"none siberian tiger", "The Siberian tiger is the largest living cat species.", "", false},
	{"none arabian sea", "Cyclones in the Arabian Sea have become more intense in recent decades.", "", false},
	{"none korean bbq", "Korean barbecue restaurants have spread across the suburbs.", "", false},
	{"none thai curry", "Thai green curry is made with coconut milk and green chillies.", "", false},
	{"none persian script", "Persian is written in a modified Arabic script.", "", false},
	{"none portuguese", "Portuguese is the most widely spoken language in the Southern Hemisphere.", "", true},
	{"none roman aqueducts", "Roman aqueducts carried water over long distances.", "", false},
	{"none green wall", "The Great Green Wall aims to restore degraded land across the Sahel.", "", false},
	{"none greek yogurt", "Greek yogurt has more protein than regular yogurt.", "", false},
	{"none chinese zodiac", "The Chinese zodiac assigns an animal to each year in a twelve-year cycle.", "", false},
	{"none mpox", "Mpox spreads mainly through close contact with an infected person.", "", false},
	{"none lithium", "Lithium-ion batteries power most electric vehicles sold today.", "", false},
	{"none sourdough", "Sourdough bread enjoyed a revival during the pandemic lockdowns.", "", false},
	{"none victorian", "The Victorian terraced houses were built in the 1880s for railway workers.", "", false},
	{"none japanese maple", "The Japanese maple is prized for its red autumn leaves.", "", false},
	{"none french press", "A French press brews coffee by steeping the grounds in hot water.", "", true},
	{"none brazilian jiu-jitsu", "Brazilian jiu-jitsu is a martial art based on ground fighting.", "", false},
	{"none canadian shield", "The Canadian Shield is a vast region of ancient rock.", "", false},
	{"none african elephant", "The African forest elephant was listed as critically endangered in 2021.", "", false},
}

// enWiki38Batch2Rows were written after the rules of the pass and
// annotated before their first run: 19 of 19 passed (17 of 19 on the tree
// before the rules).
var enWiki38Batch2Rows = []wantRow{
	{"b2 kovalenko poet", "Olena Kovalenko is a Ukrainian poet whose work has been translated into English.", "olena-kovalenko/person UKR", false},
	{"b2 nowak mathematician", "Tomasz Nowak, a Polish mathematician, won a prize for his work on number theory.", "tomasz-nowak/person POL", false},
	{"b2 raised mombasa", "Raised in Mombasa, Halima Abdalla studied law in Nairobi before joining the United Nations.", "halima-abdalla/person united-nations", false},
	{"b2 born medellin", "Born in Medellín, Camilo Restrepo trained as an architect in Bogotá.", "camilo-restrepo/person", false},
	{"b2 bought by amazon", "In 2023, the start-up was bought by Amazon for an undisclosed sum.", "amazon-com", false},
	{"b2 meta announced", "Meta announced a new artificial intelligence model in April.", "meta-platforms", false},
	{"b2 amazon river flooded", "The Amazon flooded villages along its banks in 2021.", "", false},
	{"b2 watanabe born", "Kenji Watanabe (born 1979) is a Japanese architect known for his timber buildings.", "kenji-watanabe/person JPN", false},
	{"b2 gukesh chess", "Indian chess player Gukesh Dommaraju became the youngest world champion in 2024.", "gukesh-dommaraju/person IND", false},
	{"b2 lagos largest", "Lagos is the largest city in Nigeria and a major financial centre.", "NGA", false},
	{"b2 niger river", "The Niger River flows through Guinea and Mali.", "GIN MLI", false},
	{"b2 lake malawi", "Lake Malawi is one of the deepest lakes in the world.", "", false},
	{"b2 chinese new year", "The Chinese New Year is celebrated with fireworks and family dinners.", "", false},
	{"b2 larsson singer", "Swedish singer Zara Larsson performed at the ceremony in Stockholm.", "zara-larsson/person SWE", false},
	{"b2 salgado photographer", "Brazilian photographer Sebastião Salgado died in Paris in 2025.", "sebastiao-salgado/person BRA", false},
	{"b2 hamdan crown prince", "Sheikh Hamdan bin Mohammed Al Maktoum became Crown Prince of Dubai in 2008.", "hamdan-bin-mohammed-al-maktoum/person", false},
	{"b2 red sea", "The Red Sea separates Africa from the Arabian Peninsula.", "", false},
	{"b2 bello virologist", "Dr. Aisha Bello, a Nigerian virologist, leads the institute's research on Lassa fever.", "aisha-bello/person NGA", false},
	{"b2 solberg economist", "Erik Solberg, a Norwegian economist, joined the International Monetary Fund in 2019.", "erik-solberg/person NOR imf", false},
}

func TestENWiki38Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "en", enWiki38Rows, 0) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "en", enWiki38Batch2Rows, 0) })
}
