package extract

import "testing"

// enWiki42Rows are English sentences in the style of Wikipedia articles and
// news features about present-day (2015-2026) persons and organizations
// outside government: athletes and their clubs, musicians and bands,
// writers, scientists, business people and their companies, universities,
// NGOs, media outlets and religious organizations, from many countries.
// They are named alone on second mention ("Ambani", "Salah"), with an
// apposition ("South Korean singer X", "X, a Nigerian novelist,"), with a
// relation ("X's wife", "coach X") or as the subject of a human verb (was
// born, married, died, played, wrote, founded). Composed for the English
// present-day encyclopedia persons and organizations grid 42 of issue #12
// (never copied or paraphrased from a data set; none repeats a row of
// idWiki42Rows, the Indonesian twin) and annotated before the extractor ran
// on them. want is the exact set of non-place actors as "id/kind/country":
// the gazetteer's id where it holds the entity, otherwise the slug of the
// name as the text first gives it (testdata/README.md "Annotation rules");
// a state named as a nationality (a demonym on a person, a team, a company),
// an origin or a place is an actor, a national team names no state, a
// state's name inside a body's or a competition's name is not; a person the
// gazetteer lacks gets no country. About an eighth of the rows name no actor
// (works, products, common words that look like names, places).
//
// First run: 90 of 150 rows. Five annotations were corrected after it, none
// to fit a rule written later: "Taiwanese-born", "Albanian-born", "Indian-born"
// name no state (the convention of compoundGridRows and enNewsRows: the
// state acts in none of them), IBM is the gazetteer's
// international-business-machines-corporation and Energy Transfer its
// energy-transfer-partners (each an entry of the generated Phoenix file).
// With these annotations: 92 of 150 on the base code, 132 of 150 with
// the pass's data and words (18 known).
var enWiki42Rows = []wantRow{
	// Business people and their companies.
	{"arnault lvmh", "Bernard Arnault, the French businessman who chairs LVMH, briefly overtook Elon Musk as the world's richest person in 2023.", "bernard-arnault/person FRA/state lvmh/organization elon-musk/person", false},
	{"arnault alone daughter", "Arnault's daughter, Delphine Arnault, became chief executive of Christian Dior Couture in February 2023.", "bernard-arnault/person delphine-arnault/person christian-dior-couture/organization", false},
	{"ambani reliance", "Mukesh Ambani is the chairman of Reliance Industries, the largest private company in India by market value.", "mukesh-ambani/person reliance-industries/organization IND/state", false},
	{"ambani alone wedding", "Ambani's younger son, Anant Ambani, married Radhika Merchant in Mumbai in July 2024.", "mukesh-ambani/person anant-ambani/person radhika-merchant/person", true},
	{"adani group", "Gautam Adani founded the Adani Group as a commodity trading firm in 1988.", "gautam-adani/person adani-group/organization", false},
	{"adani hindenburg", "In January 2023 the American short seller Hindenburg Research accused Adani of stock manipulation.", "hindenburg-research/organization USA/state gautam-adani/person", false},
	{"masayoshi son softbank", "Masayoshi Son, the founder of SoftBank, was born in Tosu, Saga Prefecture in 1957.", "masayoshi-son/person softbank/organization", false},
	{"dangote refinery", "Aliko Dangote, a Nigerian industrialist, opened his oil refinery near Lagos in 2023.", "aliko-dangote/person NGA/state", false},
	{"hastings netflix", "Reed Hastings co-founded Netflix with Marc Randolph in 1997 as a DVD rental service.", "reed-hastings/person netflix/organization marc-randolph/person", false},
	{"chesky airbnb", "Brian Chesky, Airbnb's chief executive, grew up in Niskayuna, New York.", "brian-chesky/person airbnb/organization", false},
	{"lisa su amd", "Lisa Su, a Taiwanese-born American engineer, has led AMD since 2014.", "lisa-su/person USA/state advanced-micro-devices/organization", false},
	{"daniel ek spotify", "Daniel Ek, a Swedish entrepreneur, founded Spotify in Stockholm in 2006.", "daniel-ek/person SWE/state spotify/organization", false},
	{"zhang yiming bytedance", "Zhang Yiming stepped down as chief executive of ByteDance, the owner of TikTok, in 2021.", "zhang-yiming/person bytedance/organization tiktok/organization", false},
	{"pony ma tencent", "Ma Huateng, known as Pony Ma, co-founded Tencent in Shenzhen in 1998.", "ma-huateng/person tencent/organization", false},
	{"sbf ftx", "Sam Bankman-Fried, the founder of the FTX exchange, was sentenced to 25 years in prison in March 2024.", "sam-bankman-fried/person ftx/organization", false},
	{"cz binance", "Changpeng Zhao resigned as chief executive of Binance after pleading guilty to money-laundering violations.", "changpeng-zhao/person binance/organization", false},
	{"holmes theranos", "Elizabeth Holmes, who founded Theranos at the age of 19, began serving her prison sentence in Texas in 2023.", "elizabeth-holmes/person theranos/organization", false},
	{"neumann wework", "Adam Neumann was forced out of WeWork in 2019 after the company's planned listing collapsed.", "adam-neumann/person wework/organization", false},
	{"murati openai", "Mira Murati, the Albanian-born engineer who served as chief technology officer of OpenAI, left the company in September 2024.", "mira-murati/person openai/organization", false},
	{"sutskever ssi", "Ilya Sutskever co-founded Safe Superintelligence with Daniel Gross and Daniel Levy in June 2024.", "ilya-sutskever/person safe-superintelligence/organization daniel-gross/person daniel-levy/person", false},
	{"suleyman microsoft", "Mustafa Suleyman, a co-founder of DeepMind, joined Microsoft to lead its consumer artificial intelligence unit.", "mustafa-suleyman/person google-deepmind/organization microsoft/organization", false},
	{"jassy amazon", "Andy Jassy succeeded Jeff Bezos as president and chief executive of Amazon in July 2021.", "andy-jassy/person jeff-bezos/person amazon-com/organization", true},
	{"ratan tata died", "Ratan Tata, the former chairman of Tata Sons, died in Mumbai on 9 October 2024 at the age of 86.", "ratan-tata/person tata-group/organization", false},
	{"akio toyoda", "Akio Toyoda, the grandson of Toyota's founder, handed the post of chief executive to Koji Sato in 2023.", "akio-toyoda/person toyota/organization koji-sato/person", true},
	{"ghosn escape", "Carlos Ghosn, the former chairman of Nissan, fled Japan for Lebanon in December 2019 hidden in an audio equipment case.", "carlos-ghosn/person nissan/organization JPN/state LBN/state", false},
	{"ortega inditex", "Amancio Ortega, the Spanish founder of Inditex, opened the first Zara shop in A Coruña in 1975.", "amancio-ortega/person ESP/state inditex/organization", false},
	{"branson virgin galactic", "Richard Branson flew to the edge of space aboard a Virgin Galactic spaceplane in July 2021.", "richard-branson/person virgin-galactic/organization", false},
	{"arvind krishna ibm", "Arvind Krishna, an Indian-born engineer, became chief executive of IBM in April 2020.", "arvind-krishna/person international-business-machines-corporation/organization", false},
	{"novo nordisk wegovy", "Novo Nordisk, the Danish drugmaker behind Wegovy, became Europe's most valuable company in 2023.", "novo-nordisk/organization DNK/state", false},
	{"safaricom mpesa", "Safaricom, Kenya's largest telecommunications company, launched the M-Pesa mobile money service in 2007.", "safaricom/organization KEN/state", false},
	{"flutterwave founder", "Olugbenga Agboola co-founded Flutterwave, a Nigerian payments company, in 2016.", "olugbenga-agboola/person flutterwave/organization NGA/state", false},

	// Footballers, coaches and clubs.
	{"salah liverpool", "Mohamed Salah, the Egyptian forward, signed a new two-year contract with Liverpool F.C. in April 2025.", "mohamed-salah/person EGY/state liverpool-fc/organization", false},
	{"salah alone", "Salah was named the Premier League's player of the season for a third time.", "mohamed-salah/person", true},
	{"van dijk captain", "Virgil van Dijk, the Dutch defender, has captained Liverpool since 2023.", "virgil-van-dijk/person NLD/state liverpool-fc/organization", true},
	{"bellingham real", "Jude Bellingham joined Real Madrid from Borussia Dortmund in June 2023 for an initial fee of 103 million euros.", "jude-bellingham/person real-madrid/organization borussia-dortmund/organization", false},
	{"kane bayern", "Harry Kane, the England captain, left Tottenham Hotspur for Bayern Munich in August 2023.", "harry-kane/person tottenham-hotspur/organization bayern-munich/organization", false},
	{"kane alone bundesliga", "Kane scored 36 goals in his first Bundesliga season, a record for a debutant.", "harry-kane/person", false},
	{"vinicius ballon", "Vinícius Júnior, the Brazilian winger, finished second in the 2024 Ballon d'Or vote.", "vinicius-junior/person BRA/state", false},
	{"modric born", "Luka Modrić was born in Zadar in 1985 and grew up during the Croatian War of Independence.", "luka-modric/person", true},
	{"benzema ittihad", "Karim Benzema moved from Real Madrid to the Saudi club Al-Ittihad in June 2023.", "karim-benzema/person real-madrid/organization SAU/state al-ittihad/organization", false},
	{"mane al nassr", "Sadio Mané, a Senegalese international, signed for Al Nassr after one season at Bayern Munich.", "sadio-mane/person SEN/state al-nassr/organization bayern-munich/organization", false},
	{"lewandowski wife", "Anna Lewandowska, the wife of Robert Lewandowski, is a karate champion and fitness entrepreneur.", "anna-lewandowska/person robert-lewandowski/person", false},
	{"de bruyne napoli", "Kevin De Bruyne joined Napoli on a free transfer after ten years at Manchester City.", "kevin-de-bruyne/person ssc-napoli/organization manchester-city/organization", false},
	{"klopp red bull", "Jürgen Klopp, the former Liverpool manager, became head of global soccer at Red Bull in January 2025.", "jurgen-klopp/person red-bull/organization", false},
	{"arteta arsenal", "Mikel Arteta was appointed head coach of Arsenal F.C. in December 2019.", "mikel-arteta/person arsenal-fc/organization", false},
	{"coach mourinho", "Fenerbahçe appointed coach José Mourinho in June 2024.", "fenerbahce/organization jose-mourinho/person", false},
	{"simeone atletico", "Diego Simeone, the Argentine coach, has managed Atlético Madrid since December 2011.", "diego-simeone/person ARG/state atletico-madrid/organization", false},
	{"galatasaray osimhen", "Victor Osimhen, a Nigerian striker, spent the 2024-25 season on loan at Galatasaray.", "victor-osimhen/person NGA/state galatasaray/organization", false},
	{"boca riquelme", "Juan Román Riquelme was elected president of Boca Juniors in December 2023.", "juan-roman-riquelme/person boca-juniors/organization", false},
	{"al ahly mosimane", "Pitso Mosimane, a South African coach, won the CAF Champions League twice with Al Ahly.", "pitso-mosimane/person ZAF/state al-ahly/organization", false},
	{"sundowns", "Mamelodi Sundowns, a club based in Pretoria, played at the FIFA Club World Cup in 2025.", "mamelodi-sundowns/organization", false},
	{"ajax farioli", "Ajax hired the Italian coach Francesco Farioli in July 2024.", "afc-ajax/organization ITA/state francesco-farioli/person", false},
	{"la liga title", "FC Barcelona won La Liga in 2025 under the German coach Hansi Flick.", "fc-barcelona/organization DEU/state hansi-flick/person", false},

	// Other athletes and their teams.
	{"djokovic 24", "Novak Djokovic won his 24th Grand Slam singles title at the 2023 US Open.", "novak-djokovic/person", false},
	{"nadal retired", "Rafael Nadal, the Spanish tennis player, retired after the Davis Cup Finals in Málaga in November 2024.", "rafael-nadal/person ESP/state", false},
	{"federer wife", "Roger Federer's wife, Mirka Federer, is a former professional player who represented Switzerland.", "roger-federer/person mirka-federer/person CHE/state", false},
	{"alcaraz sinner", "Carlos Alcaraz beat Jannik Sinner in a five-set French Open final in June 2025.", "carlos-alcaraz/person jannik-sinner/person", false},
	{"serena married", "Serena Williams married Alexis Ohanian, a co-founder of Reddit, in New Orleans in 2017.", "serena-williams/person alexis-ohanian/person reddit/organization", false},
	{"osaka japan", "Naomi Osaka, who was born in Osaka to a Haitian father, represents Japan.", "naomi-osaka/person HTI/state JPN/state", false},
	{"swiatek gauff", "Iga Świątek lost to Coco Gauff in the final of the Madrid Open.", "iga-swiatek/person coco-gauff/person", false},
	{"verstappen red bull", "Max Verstappen won four consecutive world championships with Red Bull Racing from 2021 to 2024.", "max-verstappen/person red-bull-racing/organization", false},
	{"hamilton ferrari", "Lewis Hamilton left Mercedes for Ferrari at the start of the 2025 season.", "lewis-hamilton/person mercedes-amg-petronas/organization ferrari/organization", true},
	{"leclerc monaco", "Charles Leclerc, a Monegasque driver, won his home race in Monaco in 2024.", "charles-leclerc/person MCO/state", false},
	{"lebron lakers", "LeBron James became the league's all-time leading scorer while playing for the Los Angeles Lakers.", "lebron-james/person los-angeles-lakers/organization", false},
	{"lebron son bronny", "James's son Bronny was drafted by the Lakers in June 2024.", "lebron-james/person bronny/person los-angeles-lakers/organization", true},
	{"wembanyama spurs", "Victor Wembanyama, a French basketball player, was selected first overall by the San Antonio Spurs in 2023.", "victor-wembanyama/person FRA/state san-antonio-spurs/organization", false},
	{"ohtani dodgers", "Shohei Ohtani signed a ten-year contract worth 700 million dollars with the Los Angeles Dodgers in December 2023.", "shohei-ohtani/person los-angeles-dodgers/organization", false},
	{"ohtani interpreter", "Ohtani's former interpreter, Ippei Mizuhara, was sentenced for stealing millions of dollars from him.", "shohei-ohtani/person ippei-mizuhara/person", false},
	{"biles paris", "Simone Biles, an American gymnast, won three gold medals at the Paris Olympics.", "simone-biles/person USA/state", false},
	{"kipchoge marathon", "Eliud Kipchoge, the Kenyan marathon runner, ran the distance in under two hours in Vienna in 2019.", "eliud-kipchoge/person KEN/state", false},
	{"chopra javelin", "Neeraj Chopra became the first Indian athlete to win an Olympic gold medal in track and field.", "neeraj-chopra/person IND/state", false},
	{"dhoni csk", "MS Dhoni led the Chennai Super Kings to a fifth Indian Premier League title in 2023.", "ms-dhoni/person chennai-super-kings/organization", false},
	{"babar azam captain", "Babar Azam, the Pakistani batsman, stepped down as white-ball captain in October 2024.", "babar-azam/person PAK/state", false},
	{"carlsen gukesh", "Gukesh Dommaraju, an Indian chess player, became the youngest undisputed world champion in December 2024.", "gukesh-dommaraju/person IND/state", false},
	{"carlsen fide", "Magnus Carlsen was fined by FIDE for wearing jeans at the World Rapid Championship.", "magnus-carlsen/person fide/organization", false},
	{"fury usyk", "Tyson Fury lost to Oleksandr Usyk, the Ukrainian boxer, in Riyadh in May 2024.", "tyson-fury/person oleksandr-usyk/person UKR/state", false},

	// Musicians and bands.
	{"jungkook bts", "Jungkook, the youngest member of BTS, began his military service in December 2023.", "jungkook/person bts/organization", true},
	{"bts hybe", "BTS, a South Korean boy band managed by Big Hit Music, became the first Korean act to top the Billboard Hot 100.", "bts/organization KOR/state big-hit-music/organization", true},
	{"bad bunny", "Bad Bunny, the rapper from San Juan, headlined the Super Bowl halftime show in February 2026.", "bad-bunny/person", false},
	{"beyonce jay-z", "Beyoncé and her husband Jay-Z bought a house in Malibu for 200 million dollars in 2023.", "beyonce/person jay-z/person", false},
	{"rihanna fenty", "Rihanna founded the cosmetics brand Fenty Beauty with LVMH in 2017.", "rihanna/person fenty-beauty/organization lvmh/organization", true},
	{"sheeran born", "Ed Sheeran was born in Halifax, West Yorkshire, and grew up in Framlingham, Suffolk.", "ed-sheeran/person", false},
	{"adele residency", "Adele, the English singer, ended her Las Vegas residency in November 2024.", "adele/person", false},
	{"eilish brother", "Billie Eilish writes her songs with her brother, Finneas O'Connell.", "billie-eilish/person finneas-o-connell/person", false},
	{"liam payne died", "Liam Payne, a former member of One Direction, died after falling from a hotel balcony in Buenos Aires in October 2024.", "liam-payne/person one-direction/organization", false},
	{"burna boy", "Burna Boy, a Nigerian singer, won the Grammy Award for best global music album in 2021.", "burna-boy/person NGA/state", false},
	{"shakira pique", "Shakira and the footballer Gerard Piqué announced their separation in June 2022.", "shakira/person gerard-pique/person", false},
	{"rosalia", "Rosalía, a Spanish singer, released the album Motomami in March 2022.", "rosalia/person ESP/state", false},
	{"kendrick drake", "Kendrick Lamar's feud with Drake dominated hip-hop in 2024.", "kendrick-lamar/person drake/person", true},
	{"maneskin eurovision", "Måneskin, an Italian rock band, won the Eurovision Song Contest in Rotterdam in 2021.", "maneskin/organization ITA/state", false},
	{"stones hackney", "The Rolling Stones released Hackney Diamonds, their first album of original songs in 18 years, in 2023.", "the-rolling-stones/organization", false},
	{"ozzy died", "Ozzy Osbourne, the singer of Black Sabbath, died in July 2025, weeks after a farewell concert in Birmingham.", "ozzy-osbourne/person black-sabbath/organization", false},
	{"sakamoto", "Ryuichi Sakamoto, the Japanese composer, died in Tokyo in March 2023.", "ryuichi-sakamoto/person JPN/state", false},
	{"diljit", "Diljit Dosanjh, a Punjabi singer and actor, performed at the Coachella festival in 2023.", "diljit-dosanjh/person", false},
	{"coldplay martin wife", "Dakota Johnson, the partner of Coldplay's Chris Martin, is an American actress.", "dakota-johnson/person coldplay/organization chris-martin/person USA/state", false},
	{"umg grainge", "Lucian Grainge has been chairman and chief executive of Universal Music Group since 2011.", "lucian-grainge/person universal-music-group/organization", false},

	// Writers and scientists.
	{"rushdie attack", "Salman Rushdie was stabbed on stage at the Chautauqua Institution in western New York in August 2022.", "salman-rushdie/person chautauqua-institution/organization", false},
	{"adichie", "Chimamanda Ngozi Adichie, a Nigerian novelist, published Dream Count, her first novel in more than a decade, in 2025.", "chimamanda-ngozi-adichie/person NGA/state", false},
	{"han kang nobel", "Han Kang became the first South Korean writer to win the Nobel Prize in Literature in 2024.", "han-kang/person KOR/state", false},
	{"ernaux", "Annie Ernaux, the French author, received the Nobel Prize in Literature in 2022.", "annie-ernaux/person FRA/state", false},
	{"gurnah", "Abdulrazak Gurnah was born in Zanzibar and came to Britain as a refugee in the late 1960s.", "abdulrazak-gurnah/person GBR/state", false},
	{"fosse", "Jon Fosse, a Norwegian playwright, writes in Nynorsk.", "jon-fosse/person NOR/state", false},
	{"kundera died", "Milan Kundera, who left Czechoslovakia for France in 1975, died in Paris in July 2023.", "milan-kundera/person CSK/state FRA/state", false},
	{"vargas llosa died", "Mario Vargas Llosa died in Lima in April 2025 at the age of 89.", "mario-vargas-llosa/person", false},
	{"ngugi died", "Ngũgĩ wa Thiong'o, the Kenyan writer, died in the United States in May 2025.", "ngugi-wa-thiong-o/person KEN/state USA/state", false},
	{"rooney", "Sally Rooney, the Irish novelist, published Intermezzo in September 2024.", "sally-rooney/person IRL/state", false},
	{"atwood", "Margaret Atwood, the Canadian writer, won the Booker Prize for The Testaments in 2019.", "margaret-atwood/person CAN/state", false},
	{"doudna charpentier", "Jennifer Doudna and Emmanuelle Charpentier shared the 2020 Nobel Prize in Chemistry for developing CRISPR gene editing.", "jennifer-doudna/person emmanuelle-charpentier/person", false},
	{"paabo max planck", "Svante Pääbo, a Swedish geneticist at the Max Planck Institute for Evolutionary Anthropology, won the Nobel Prize in 2022.", "svante-paabo/person SWE/state max-planck-institute-for-evolutionary-anthropology/organization", true},
	{"higgs died", "Peter Higgs, the British physicist who predicted the Higgs boson, died in Edinburgh in April 2024.", "peter-higgs/person GBR/state", false},
	{"jumper baker", "John Jumper of Google DeepMind and David Baker of the University of Washington shared the 2024 chemistry prize.", "john-jumper/person google-deepmind/organization david-baker/person university-of-washington/organization", false},
	{"goodall died", "Jane Goodall, the English primatologist, died in October 2025 while on a speaking tour in California.", "jane-goodall/person", false},
	{"thunberg flotilla", "Greta Thunberg was deported by Israel in June 2025 after the boat she was on was intercepted.", "greta-thunberg/person ISR/state", false},

	// Universities, NGOs, media and religious organizations.
	{"harvard garber", "Alan Garber became president of Harvard University after Claudine Gay resigned in January 2024.", "alan-garber/person harvard-university/organization claudine-gay/person", false},
	{"oxford tsinghua", "The University of Oxford and Tsinghua University signed an agreement on climate research.", "university-of-oxford/organization tsinghua-university/organization", false},
	{"uct rector", "Mamokgethi Phakeng, the former vice-chancellor of the University of Cape Town, left the post in 2023.", "mamokgethi-phakeng/person university-of-cape-town/organization", false},
	{"msf gaza", "Médecins Sans Frontières said two of its staff were killed in Gaza in November 2023.", "msf/organization", false},
	{"amnesty callamard", "Agnès Callamard, the secretary general of Amnesty International, is a French human rights expert.", "agnes-callamard/person amnesty-international/organization FRA/state", false},
	{"greenpeace verdict", "A jury in North Dakota ordered Greenpeace to pay damages to Energy Transfer in March 2025.", "greenpeace/organization energy-transfer-partners/organization", false},
	{"wikimedia", "The Wikimedia Foundation, which hosts Wikipedia, is based in San Francisco.", "wikimedia-foundation/organization", false},
	{"bbc davie", "Tim Davie, the director-general of the BBC, resigned in November 2025.", "tim-davie/person bbc/media", false},
	{"nyt sulzberger", "A. G. Sulzberger has been the publisher of The New York Times since 2018.", "a-g-sulzberger/person new-york-times/media", false},
	{"al jazeera journalist", "Shireen Abu Akleh, a Palestinian-American journalist for Al Jazeera, was killed in Jenin in May 2022.", "shireen-abu-akleh/person PSE/state USA/state al-jazeera/media", true},
	{"guardian owner", "The Guardian is owned by the Scott Trust, which was set up in 1936.", "the-guardian/media scott-trust/organization", false},
	{"pope leo", "Pope Leo XIV, born Robert Francis Prevost in Chicago, was elected in May 2025.", "pope-leo-xiv/person", false},
	{"pope francis died", "Pope Francis died at his residence in the Vatican on Easter Monday 2025.", "pope-francis/person VAT/state", false},
	{"welby resigned", "Justin Welby resigned as Archbishop of Canterbury in November 2024 after a report on abuse in the Church of England.", "justin-welby/person church-of-england/organization", false},
	{"kirill russian orthodox", "Patriarch Kirill, the head of the Russian Orthodox Church, has supported the war in Ukraine.", "patriarch-kirill/person russian-orthodox-church/organization UKR/state", false},
	{"dalai lama successor", "The Dalai Lama said in July 2025 that his successor would be chosen by the Gaden Phodrang Trust.", "dalai-lama/person gaden-phodrang-trust/organization", false},
	{"nu muhammadiyah", "Nahdlatul Ulama and Muhammadiyah, the two largest Muslim organizations in Indonesia, run thousands of schools.", "nahdlatul-ulama/organization muhammadiyah/organization IDN/state", false},
	{"aga khan died", "Aga Khan IV, the spiritual leader of the Ismaili Muslims, died in Lisbon in February 2025.", "aga-khan-iv/person", true},

	// No actor: works, products, common words, places.
	{"noact album", "Hit Me Hard and Soft was released in May 2024 and debuted at number two on the Billboard 200.", "", false},
	{"noact novel", "Kafka on the Shore was translated into English by Philip Gabriel in 2005.", "philip-gabriel/person", false},
	{"noact film", "Oppenheimer won seven Academy Awards, including best picture, in March 2024.", "", true},
	{"noact apple fruit", "An apple a day keeps the doctor away is a proverb first recorded in 1866.", "", false},
	{"noact amazon river", "The Amazon River carries more water than the next seven largest rivers combined.", "", false},
	{"noact iphone", "The iPhone 16 went on sale in September 2024 with a new camera button.", "", false},
	{"noact model 3", "The Model 3 was the best-selling electric car in Europe in 2019.", "", false},
	{"noact mercedes name", "Mercedes is a given name meaning mercies.", "", true},
	{"noact jordan shoe", "Air Jordan sneakers were first released in 1985.", "", false},
	{"noact galaxy phone", "The Galaxy S24 introduced on-device translation of phone calls.", "", false},
	{"noact wembley", "Wembley Stadium reopened in 2007 after a rebuilding that lasted five years.", "", false},
	{"noact everest", "Mount Everest is 8,849 metres high according to a 2020 survey.", "", false},
	{"noact chatgpt", "ChatGPT reached 100 million weekly users within a year of its launch.", "", false},
	{"noact nobel prize", "The Nobel Prize in Physics is awarded each year in Stockholm on 10 December.", "", false},
	{"noact premier league season", "The 2024-25 season was the 33rd season of the Premier League.", "", false},
	{"noact cricket bat", "A cricket bat is traditionally made from willow.", "", false},
	{"noact harry potter", "Harry Potter and the Cursed Child opened in London's West End in 2016.", "", true},
	{"noact kpop genre", "K-pop is a genre of popular music that took shape in the 1990s.", "", false},
	{"noact tour", "The Eras Tour became the highest-grossing concert tour of all time in December 2023.", "", false},
}

// enWiki42Batch2Rows are a second batch, written and annotated after the
// first batch's rules and data and before the extractor ran on them: 7 of
// 18 on the base code, 9 of 18 with the pass (9 known). The
// same cues (appositions with an occupation, relations, human verbs, wars
// and works named after peoples) with other names.
var enWiki42Batch2Rows = []wantRow{
	{"b2 otedola industrialist", "Femi Otedola, a Nigerian industrialist, sold his stake in Forte Oil in 2019.", "femi-otedola/person NGA/state forte-oil/organization", true},
	{"b2 masiyiwa econet", "Strive Masiyiwa, the Zimbabwean-born founder of Econet Group, lives in London.", "strive-masiyiwa/person econet-group/organization", true},
	{"b2 coventry ioc", "Kirsty Coventry, a Zimbabwean swimmer, was elected president of the International Olympic Committee in March 2025.", "kirsty-coventry/person ZWE/state ioc/organization", false},
	{"b2 root batsman", "Joe Root, the English batsman, passed 13,000 Test runs in 2025.", "joe-root/person", false},
	{"b2 saka winger", "Bukayo Saka, the Arsenal winger, signed a new contract in September 2025.", "bukayo-saka/person arsenal-fc/organization", true},
	{"b2 soyinka playwright", "Wole Soyinka, a Nigerian playwright, was the first African to win the Nobel Prize in Literature.", "wole-soyinka/person NGA/state", false},
	{"b2 harari historian", "Yuval Noah Harari, an Israeli historian at the Hebrew University of Jerusalem, wrote Sapiens.", "yuval-noah-harari/person ISR/state hebrew-university-of-jerusalem/organization", true},
	{"b2 tu youyou", "Tu Youyou, a Chinese pharmaceutical chemist, shared the Nobel Prize in Physiology or Medicine in 2015.", "tu-youyou/person CHN/state", false},
	{"b2 miyazaki ghibli", "Hayao Miyazaki co-founded Studio Ghibli with Isao Takahata and Toshio Suzuki in 1985.", "hayao-miyazaki/person studio-ghibli/organization isao-takahata/person toshio-suzuki/person", true},
	{"b2 reynolds wrexham", "Ryan Reynolds, the Canadian actor, bought Wrexham A.F.C. with Rob McElhenney in 2021.", "ryan-reynolds/person CAN/state wrexham-afc/organization rob-mcelhenney/person", true},
	{"b2 boehly chelsea", "Todd Boehly, an American investor, led the consortium that bought Chelsea F.C. in May 2022.", "todd-boehly/person USA/state chelsea-fc/organization", false},
	{"b2 son lafc wife", "Son Heung-min's father, Son Woong-jung, coached him as a child in Chuncheon.", "son-heung-min/person son-woong-jung/person", false},
	{"b2 dangote alone", "Dangote said the refinery would make Nigeria self-sufficient in petrol.", "aliko-dangote/person NGA/state", false},
	{"b2 ohtani alone", "Ohtani hit 54 home runs and stole 59 bases in his first season with the Dodgers.", "shohei-ohtani/person los-angeles-dodgers/organization", true},
	{"b2 oxfam director", "Amitabh Behar, the executive director of Oxfam International, spoke at the World Economic Forum.", "amitabh-behar/person oxfam/organization world-economic-forum/organization", true},
	{"b2 noact war", "The Syrian War of 2011 is the subject of a documentary by Waad al-Kateab.", "waad-al-kateab/person", true},
	{"b2 noact novel", "Klara and the Sun was published in March 2021.", "", false},
	{"b2 noact chess", "The Sicilian Defence is the most popular response to the king's pawn opening.", "", false},
}

// TestENWiki42Grid runs the English present-day encyclopedia persons and
// organizations grid 42.
func TestENWiki42Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "en", enWiki42Rows, 0) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "en", enWiki42Batch2Rows, 0) })
}
