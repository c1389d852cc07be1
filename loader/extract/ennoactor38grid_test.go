package extract

import "testing"

// enNoActor38Rows are English sentences composed for the English no-actor
// grid 38 of issue #12 (made up in the style of present-day news of
// 2018-2026, never copied from a data set) and annotated before the
// extractor ran on them. The class is precision: sentences with many
// capitalized words and few or no actors. Laws and programs (the Inflation
// Reduction Act, Medicare), events and holidays (the World Cup,
// Thanksgiving, Ramadan, the Paris Olympics), products and brands used as
// things (the iPhone 16, a Toyota Corolla, ChatGPT), diseases and storms
// (Hurricane Milton, Covid-19), buildings, streets, airports, ships and
// aircraft named after persons (JFK Airport, the USS Gerald R. Ford, the
// Lincoln Memorial), languages, cuisines and styles (Thai food, French
// fries, Korean dramas, the Spanish flu), nationality adjectives on things
// (Chinese electric cars, German beer), places holding a state's name
// (Papua New Guinea, the Indian Ocean, New Mexico, Georgia's Atlanta),
// Title Case headlines, and sentences opening with a capitalized common
// word or a given name used as a word (Will, Grace, Hope, Faith, Mark,
// Bill). About half the rows want no actor; the rest want a few exactly.
//
// Conventions (as TestEnWiki38Grid and TestIDNoActor38Grid): a state named
// as a place, a party or an origin ("-made") is an actor; a state's name
// inside a place's, a language's, a dish's, a style's or a disease's name
// is not, nor a nationality adjective describing goods or culture; a city
// is a place. Scored by runWantGrid (wantProblems).
//
// First run: 85 of 103 rows; the 18 failing rows were marked known. After
// the rules and data of the pass: 90 of 103. Batch 2: 8 of 15 on the
// commit before the rules, 13 of 15 after as annotated, 14 of 15 with one
// id spelling corrected (README, "English no-actor grid 38").
var enNoActor38Rows = []wantRow{
	// Laws and programs.
	{"law ira credits", "The Inflation Reduction Act expanded tax credits for electric vehicles and heat pumps.", "", false},
	{"law medicare enrollment", "Medicare Advantage plans will raise premiums for millions of retirees next year.", "", false},
	{"law aca subsidies", "Enhanced Affordable Care Act subsidies are set to expire at the end of December.", "", false},
	{"law chips act", "The CHIPS and Science Act set aside $39 billion for new semiconductor plants.", "", false},
	{"law social security cola", "Social Security recipients will get a 2.8 percent Cost of Living Adjustment in January.", "", false},
	{"law snap benefits", "SNAP benefits were delayed in several states during the shutdown.", "", false},
	{"law dodd frank", "Banks have lobbied for years to loosen parts of the Dodd-Frank Act.", "", false},
	{"law title ix", "New Title IX rules took effect on August 1 at colleges across the country.", "", false},
	{"law gdpr", "The General Data Protection Regulation has led to billions of euros in fines.", "", false},
	// known: "The Senate" alone, with no state in the sentence, is no body (recall, not this class)
	{"law senate passed ira", "The Senate passed the Inflation Reduction Act by a single vote in August 2022.", "usa-senate", true},
	// known: "at the White House" gives usa-presidency, which the project counts (annotation slip)
	{"law biden signed chips", "President Joe Biden signed the CHIPS and Science Act at the White House.", "joe-biden/person/USA", true},
	// known: "the Supreme Court" alone is no body (recall)
	{"law roe v wade", "Roe v. Wade was overturned by the Supreme Court in June 2022.", "usa-supreme-court", true},
	{"law dream act", "The DREAM Act has stalled in Congress for more than two decades.", "usa-congress", false},

	// Events and holidays.
	{"ev world cup 2026", "The 2026 World Cup will be played across 16 host cities in North America.", "", false},
	{"ev thanksgiving travel", "Thanksgiving weekend air travel reached a record high this year.", "", false},
	{"ev ramadan begins", "Ramadan began on Saturday after the crescent moon was sighted.", "", false},
	{"ev paris olympics", "The Paris Olympics drew record television audiences in July and August.", "", false},
	{"ev super bowl ads", "Super Bowl LIX commercials cost about $8 million for 30 seconds.", "", false},
	{"ev black friday", "Black Friday sales topped $10 billion online for the first time.", "", false},
	{"ev christmas eve", "Christmas Eve shoppers crowded malls from Dallas to Denver.", "", false},
	{"ev diwali lights", "Diwali celebrations lit up Times Square on Sunday night.", "", false},
	{"ev lunar new year", "Lunar New Year festivities in Chinatown drew thousands of visitors.", "", false},
	{"ev eid al adha", "Eid al-Adha prayers were held in parks and mosques across London.", "", false},
	{"ev fourth of july", "Fourth of July fireworks were canceled in several towns because of drought.", "", false},
	{"ev memorial day", "Memorial Day weekend marks the unofficial start of summer.", "", false},
	{"ev coachella", "Coachella returns to Indio for two weekends in April.", "", false},
	{"ev fifa world cup", "FIFA said tickets for the World Cup final sold out within hours.", "fifa", false},
	// known: national teams in a match are teams, not states, by the project's convention (annotation slip)
	{"ev euro 2024 final", "Spain beat England 2-1 in the Euro 2024 final in Berlin.", "ESP ENG", true},

	// Products and brands as things.
	{"prod iphone 16", "The iPhone 16 Pro goes on sale in stores on Friday.", "", false},
	{"prod toyota corolla", "A Toyota Corolla was the best-selling car in the world last year.", "", false},
	{"prod chatgpt users", "ChatGPT now has more than 400 million weekly users.", "", false},
	{"prod galaxy s25", "The Galaxy S25 Ultra features a titanium frame and a larger battery.", "", false},
	{"prod model y", "Model Y deliveries fell sharply in Europe in the first quarter.", "", false},
	// known: "in Japan" is a state named as a place, which the project counts (annotation slip)
	{"prod playstation 5", "PlayStation 5 Pro prices were raised in Japan in September.", "", true},
	{"prod boeing 737 max", "Boeing 737 MAX 9 jets were grounded after a door plug blew out.", "", false},
	{"prod ozempic", "Ozempic and Wegovy prescriptions have soared among younger adults.", "", false},
	{"prod tylenol", "Tylenol sales dropped after the claims about pregnancy.", "", false},
	{"prod openai launched", "OpenAI launched GPT-5 to all ChatGPT users on Thursday.", "openai", false},
	{"prod tesla cybertruck", "Tesla recalled nearly every Cybertruck sold in the United States.", "tesla USA", false},
	{"prod ford f150", "The Ford F-150 Lightning was named truck of the year.", "", false},

	// Diseases and storms.
	{"dis hurricane milton", "Hurricane Milton made landfall near Siesta Key as a Category 3 storm.", "", false},
	{"dis covid 19", "Covid-19 hospitalizations rose for a third straight week.", "", false},
	{"dis tropical storm debby", "Tropical Storm Debby dumped more than a foot of rain on South Carolina.", "", false},
	{"dis typhoon yagi", "Typhoon Yagi killed hundreds of people in Vietnam and Myanmar.", "VNM MMR", false},
	{"dis bird flu dairy", "H5N1 bird flu has spread to dairy herds in Colorado and Michigan.", "", false},
	// known: "Americans" names the state's people, which the project counts (annotation slip)
	{"dis long covid", "Long Covid affects millions of Americans, a new survey found.", "", true},
	{"dis cyclone alfred", "Cyclone Alfred knocked out power across Brisbane and the Gold Coast.", "", false},
	{"dis alzheimers", "Alzheimer's patients may benefit from a new drug approved by the FDA.", "usa-fda", false},
	{"dis storm ciaran", "Storm Ciarán brought winds of 100 miles per hour to Cornwall.", "", false},
	{"dis mpox", "Mpox cases have been reported in Sweden and Thailand.", "SWE THA", false},

	// Buildings, streets, airports, ships and aircraft named after persons.
	{"bld jfk airport", "Flights out of JFK Airport were delayed for hours by thunderstorms.", "", false},
	{"bld uss gerald ford", "The USS Gerald R. Ford sailed into the eastern Mediterranean on Monday.", "", false},
	{"bld lincoln memorial", "Protesters gathered on the steps of the Lincoln Memorial on Saturday.", "", false},
	{"bld reagan airport", "A regional jet collided with an Army helicopter near Reagan National Airport.", "", false},
	{"bld mlk boulevard", "Police closed Martin Luther King Jr. Boulevard after the shooting.", "", false},
	{"bld george washington bridge", "Traffic on the George Washington Bridge was backed up for miles.", "", false},
	{"bld kennedy center", "The Kennedy Center Honors were broadcast on Sunday night.", "", false},
	{"bld charles de gaulle", "Strikes disrupted flights at Charles de Gaulle Airport on Thursday.", "", false},
	{"bld uss carl vinson", "The USS Carl Vinson carrier strike group arrived in the region.", "", false},
	{"bld air force one", "Air Force One landed at Joint Base Andrews shortly after midnight.", "", false},
	{"bld indira gandhi airport", "Dense fog delayed dozens of flights at Indira Gandhi International Airport.", "", false},
	{"bld queen elizabeth olympic park", "The race finished at Queen Elizabeth Olympic Park in east London.", "", false},
	// known: "The Navy" alone is no body (recall)
	{"bld navy carrier", "The Navy said the USS Harry S. Truman would return to Norfolk next month.", "usa-navy", true},

	// Languages, cuisines and styles.
	{"cul thai food", "Thai food has become a staple of lunch menus in Midwestern cities.", "", false},
	{"cul french fries", "French fries prices rose after a poor potato harvest.", "", false},
	{"cul japanese anime", "Japanese anime streaming revenue doubled over five years.", "", false},
	// known: a company before a lower-case noun ("Netflix charts") stays the company
	{"cul korean dramas", "Korean dramas topped Netflix charts in more than 40 markets.", "", true},
	{"cul spanish flu", "The Spanish flu killed tens of millions between 1918 and 1920.", "", false},
	{"cul mexican restaurant", "A Mexican restaurant in Austin earned its first Michelin star.", "", false},
	// known: "the UNESCO list" is the organization, which the project counts (annotation slip)
	{"cul italian cuisine", "Italian cuisine was added to the UNESCO list of intangible heritage.", "", true},
	{"cul english language", "English language learners make up a tenth of public school students.", "", false},
	{"cul arabic calligraphy", "Arabic calligraphy classes are filling up at the community center.", "", false},
	{"cul indian wedding", "Big Indian weddings have become a booming business for Las Vegas hotels.", "", false},

	// Nationality adjectives on things.
	{"nat chinese electric cars", "Chinese electric cars now account for a fifth of European sales.", "", false},
	{"nat german beer", "German beer exports fell for the fifth year in a row.", "", false},
	// known: "watches" is also a verb after a state's name; "in Hong Kong" counts as a place-state
	{"nat swiss watches", "Swiss watches remain popular with collectors in Hong Kong.", "", true},
	// known: "Ukrainian cities" names the state, which the project counts (annotation slip)
	{"nat iranian made drones", "Russia has launched thousands of Iranian-made drones at Ukrainian cities.", "RUS IRN", true},
	{"nat french wine tariffs", "French wine sellers braced for higher tariffs in the United States.", "USA", false},
	{"nat japanese whisky", "Japanese whisky prices at auction have cooled since 2023.", "", false},

	// Places holding a state's name.
	{"pl papua new guinea", "Papua New Guinea was hit by a magnitude 6.9 earthquake on Sunday.", "PNG", false},
	{"pl equatorial guinea", "Equatorial Guinea's oil output has fallen by half since 2015.", "GNQ", false},
	{"pl new mexico wildfire", "A wildfire in New Mexico forced thousands of residents to flee.", "", false},
	{"pl indian ocean", "A cargo ship caught fire in the Indian Ocean on Tuesday.", "", false},
	// known: "Georgia's" before a US city is read as the state of Georgia
	{"pl georgia atlanta", "Georgia's Atlanta airport is the busiest in the world.", "", true},
	{"pl south china sea", "Fishing boats returned to the South China Sea after the ban ended.", "", false},
	{"pl gulf of mexico", "Oil platforms in the Gulf of Mexico were evacuated before the storm.", "", false},
	{"pl new jersey", "New Jersey Transit trains were suspended after a power failure.", "", false},
	{"pl guinea bissau", "Guinea-Bissau held a presidential election on Sunday.", "GNB", false},
	{"pl jordan river", "Farmers along the Jordan River face a worsening water shortage.", "", false},

	// Title Case headlines.
	{"hl stocks rally", "Stocks Rally As Inflation Cools Ahead Of Holiday Season", "", false},
	{"hl best black friday deals", "The Best Black Friday Deals On Laptops And TVs", "", false},
	{"hl how to watch", "How To Watch The Super Bowl Without Cable", "", false},
	{"hl storm warning", "Winter Storm Warning Issued For Much Of New England", "", false},
	{"hl trump tariffs", "Trump Announces New Tariffs On Steel And Aluminum Imports", "donald-trump/person/USA", false},

	// A capitalized common word or a given name used as a word.
	{"w will rates", "Will interest rates fall before the end of the year?", "", false},
	{"w grace period", "Grace periods for student loan payments ended in October.", "", false},
	{"w hope fades", "Hope faded for survivors as rescuers dug through the rubble.", "", false},
	{"w faith leaders", "Faith leaders called for calm after the verdict.", "", false},
	{"w mark the date", "Mark your calendars: early voting starts on Monday.", "", false},
	{"w bill passed", "Bill would ban cellphones in classrooms statewide.", "", false},
	{"w rose prices", "Rose prices spike every year ahead of Valentine's Day.", "", false},
	{"w summer heat", "Summer heat waves are getting longer, researchers say.", "", false},
	// known: "Chase" alone is no name of the bank's entry (recall)
	{"w chase bank", "Chase customers reported outages with the mobile app on Friday.", "jpmorgan-chase", true},
}

// enNoActor38Batch2Rows are a second batch for the same class, written and
// annotated after the first batch's rules, before running them.
var enNoActor38Batch2Rows = []wantRow{
	{"b2 honda civic", "A Honda Civic was stolen from the parking lot overnight.", "", false},
	{"b2 the hyundai ioniq", "The Hyundai Ioniq earned a top safety rating this week.", "", false},
	{"b2 mexican street food", "Mexican street food vendors lined the avenue for the festival.", "", false},
	{"b2 turkish tv dramas", "Turkish television dramas are popular across the Arab world.", "", false},
	{"b2 vietnamese coffee", "Vietnamese iced coffee has become a fixture of cafes in Sydney.", "", false},
	{"b2 eu directive", "The Corporate Sustainability Reporting Directive applies to large companies from 2025.", "", false},
	{"b2 hurricane beryl", "Hurricane Beryl knocked out power to more than two million homes in Houston.", "", false},
	{"b2 easter sunday", "Easter Sunday services drew large crowds at St. Patrick's Cathedral.", "", false},
	{"b2 uss abraham lincoln", "The USS Abraham Lincoln left San Diego for a seven-month deployment.", "", false},
	{"b2 hope for rain", "Hope for rain faded as the drought entered its third year.", "", false},
	{"b2 chinese made drones", "Ukraine says Russia is using Chinese-made components in its missiles.", "UKR RUS CHN", false},
	{"b2 biden medicare", "Former President Barack Obama praised the Affordable Care Act in a speech in Chicago.", "barack-obama/person/USA", false},
	{"b2 apple iphone sales", "Apple said iPhone sales rose 6 percent in the quarter.", "apple-inc", false}, // annotated "apple" first: the gazetteer spells the id apple-inc
	{"b2 japanese manga", "Japanese manga sales in France hit a record last year.", "FRA", false},
	{"b2 korean skincare", "Korean skincare brands are expanding in American drugstores.", "", true}, // known: a demonym before a place noun reads as the state
}

func TestENNoActor38Grid(t *testing.T) {
	t.Run("batch1", func(t *testing.T) { runWantGrid(t, "en", enNoActor38Rows, 100) })
	t.Run("batch2", func(t *testing.T) { runWantGrid(t, "en", enNoActor38Batch2Rows, 15) })
}
