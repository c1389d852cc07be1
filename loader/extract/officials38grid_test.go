package extract

import "testing"

// officials38EnglishRows and officials38IndonesianRows are the data audit
// grid of issue #12 (officials38): sentences written for the test (made up
// in the style of present-day wire copy and Indonesian news, never copied
// from a data set) naming, with a title or by full name alone, officials
// beyond heads of state and government and foreign and defence ministers
// (those are the leaders38 grid's): the heads of the UN agencies and
// bodies most in the news (UNHCR, UNICEF, WFP, OCHA, UNRWA, IAEA, ILO,
// FAO, WTO, UNESCO, the UN human rights chief, the ICC's and ICJ's
// presidents), central bank governors of the G20 states and the ECB's
// president, NATO's secretary general, the EU's foreign-policy chief and
// Commission vice-presidents and commissioners. Each row was annotated
// before the extractor ran on it; want ids are the gazetteer's ids of the
// person (with kind and nationality) and of the body or state named.
var officials38EnglishRows = []wantRow{
	{name: "salih unhcr", text: "UNHCR chief Barham Salih said funding cuts had forced the agency to close offices.", want: "barham-salih/person/IRQ unhcr"},
	{name: "russell unicef", text: "UNICEF Executive Director Catherine Russell said children in Gaza were starving.", want: "catherine-russell/person/USA unicef"},
	{name: "mccain wfp", text: "WFP chief Cindy McCain warned of famine in Sudan.", want: "cindy-mccain/person/USA world-food-programme SDN"},
	{name: "fletcher ocha", text: "UN aid chief Tom Fletcher said the convoys had been blocked.", want: "tom-fletcher/person/GBR united-nations"},
	{name: "lazzarini unrwa", text: "UNRWA Commissioner-General Philippe Lazzarini said hundreds of staff had been killed.", want: "philippe-lazzarini/person/CHE unrwa"},
	{name: "grossi iaea", text: "IAEA Director General Rafael Grossi said inspectors had returned to Iran.", want: "rafael-grossi/person/ARG iaea IRN"},
	{name: "houngbo ilo", text: "ILO Director-General Gilbert Houngbo said unemployment would rise.", want: "gilbert-houngbo/person/TGO international-labour-organization"},
	{name: "qu fao", text: "FAO Director-General Qu Dongyu said food prices had eased.", want: "qu-dongyu/person/CHN fao"},
	{name: "okonjo-iweala wto", text: "WTO Director-General Ngozi Okonjo-Iweala said tariffs threatened global trade.", want: "ngozi-okonjo-iweala/person/NGA wto"},
	{name: "el-enany unesco", text: "UNESCO Director-General Khaled El-Enany said the sites must be protected.", want: "khaled-el-enany/person/EGY unesco"},
	{name: "turk rights", text: "UN human rights chief Volker Türk said the killings must be investigated.", want: "volker-turk/person/AUT united-nations"},
	{name: "akane icc", text: "ICC President Tomoko Akane said the court would not be intimidated.", want: "tomoko-akane/person/JPN icc"},
	{name: "iwasawa icj", text: "ICJ President Yuji Iwasawa read out the advisory opinion.", want: "yuji-iwasawa/person/JPN icj"},
	{name: "powell fed", text: "Federal Reserve Chair Jerome Powell said rates would stay on hold.", want: "jerome-powell/person/USA usa-central-bank"},
	{name: "lagarde ecb", text: "ECB President Christine Lagarde said inflation was close to target.", want: "christine-lagarde/person/FRA ecb"},
	{name: "bailey boe", text: "Bank of England Governor Andrew Bailey said rates would fall gradually.", want: "andrew-bailey/person/GBR gbr-central-bank"},
	{name: "ueda boj", text: "Bank of Japan Governor Kazuo Ueda said a rate hike was possible.", want: "kazuo-ueda/person/JPN jpn-central-bank"},
	{name: "pan pboc", text: "People's Bank of China Governor Pan Gongsheng said policy would stay supportive.", want: "pan-gongsheng/person/CHN chn-central-bank"},
	{name: "malhotra rbi", text: "Reserve Bank of India Governor Sanjay Malhotra said growth remained robust.", want: "sanjay-malhotra/person/IND ind-central-bank"},
	{name: "villeroy bdf", text: "Bank of France Governor François Villeroy de Galhau said the ECB could cut again.", want: "francois-villeroy-de-galhau/person/FRA fra-central-bank ecb"},
	{name: "panetta bdi", text: "Bank of Italy Governor Fabio Panetta said the economy was slowing.", want: "fabio-panetta/person/ITA ita-central-bank"},
	{name: "kallas eu", text: "EU foreign policy chief Kaja Kallas said Russia must pay.", want: "kaja-kallas/person/EST european-union RUS"},
	{name: "virkkunen evp", text: "European Commission Executive Vice-President Henna Virkkunen said the rules would be enforced.", want: "henna-virkkunen/person/FIN european-commission"},
	{name: "fitto evp", text: "Executive Vice-President Raffaele Fitto said regional funds would be redirected.", want: "raffaele-fitto/person/ITA"},
	{name: "minzatu alone", text: "Roxana Mînzatu said the European Commission would propose new skills rules.", want: "roxana-minzatu/person/ROU european-commission"},
	{name: "kos enlargement", text: "EU enlargement commissioner Marta Kos said Ukraine had made progress.", want: "marta-kos/person/SVN european-union UKR"},
	{name: "dombrovskis alone", text: "Valdis Dombrovskis said the budget rules would be applied flexibly.", want: "valdis-dombrovskis/person/LVA"},
	{name: "sejourne alone", text: "Stéphane Séjourné said the bloc needed a steel strategy.", want: "stephane-sejourne/person/FRA"},
	{name: "rutte nato", text: "NATO Secretary General Mark Rutte said allies would spend more.", want: "mark-rutte/person/NLD nato"},
}

var officials38IndonesianRows = []wantRow{
	{name: "salih unhcr", text: "Kepala UNHCR Barham Salih mengatakan pendanaan badan itu berkurang tajam.", want: "barham-salih/person/IRQ unhcr"},
	{name: "russell unicef", text: "Direktur Eksekutif UNICEF Catherine Russell mengatakan anak-anak di Gaza kelaparan.", want: "catherine-russell/person/USA unicef"},
	{name: "mccain wfp", text: "Direktur Eksekutif WFP Cindy McCain memperingatkan ancaman kelaparan di Sudan.", want: "cindy-mccain/person/USA world-food-programme SDN"},
	{name: "fletcher ocha", text: "Kepala OCHA Tom Fletcher mengatakan bantuan tertahan di perbatasan.", want: "tom-fletcher/person/GBR ocha"},
	{name: "lazzarini unrwa", text: "Komisaris Jenderal UNRWA Philippe Lazzarini mengatakan ratusan staf tewas.", want: "philippe-lazzarini/person/CHE unrwa"},
	{name: "grossi iaea", text: "Direktur Jenderal IAEA Rafael Grossi mengatakan inspektur kembali ke Iran.", want: "rafael-grossi/person/ARG iaea IRN"},
	{name: "houngbo ilo", text: "Dirjen ILO Gilbert Houngbo mengatakan pengangguran akan meningkat.", want: "gilbert-houngbo/person/TGO international-labour-organization"},
	{name: "qu fao", text: "Dirjen FAO Qu Dongyu mengatakan harga pangan turun.", want: "qu-dongyu/person/CHN fao"},
	{name: "okonjo-iweala wto", text: "Direktur Jenderal WTO Ngozi Okonjo-Iweala mengatakan tarif mengancam perdagangan.", want: "ngozi-okonjo-iweala/person/NGA wto"},
	{name: "el-enany unesco", text: "Direktur Jenderal UNESCO Khaled El-Enany mengatakan situs itu harus dilindungi.", want: "khaled-el-enany/person/EGY unesco"},
	{name: "turk rights", text: "Kepala HAM PBB Volker Türk mengecam serangan itu.", want: "volker-turk/person/AUT united-nations"},
	{name: "akane icc", text: "Presiden Mahkamah Pidana Internasional Tomoko Akane mengatakan pengadilan tidak akan gentar.", want: "tomoko-akane/person/JPN icc"},
	{name: "iwasawa icj", text: "Ketua Mahkamah Internasional Yuji Iwasawa membacakan pendapat hukum itu.", want: "yuji-iwasawa/person/JPN icj"},
	{name: "lagarde ecb", text: "Gubernur Bank Sentral Eropa Christine Lagarde mengatakan inflasi mendekati target.", want: "christine-lagarde/person/FRA ecb"},
	{name: "perry bi", text: "Gubernur Bank Indonesia Perry Warjiyo mengatakan rupiah stabil.", want: "perry-warjiyo/person/IDN idn-central-bank"},
	{name: "powell fed", text: "Ketua The Fed Jerome Powell mengatakan suku bunga akan ditahan.", want: "jerome-powell/person/USA usa-central-bank"},
	{name: "ueda boj", text: "Gubernur Bank of Japan Kazuo Ueda mengatakan kenaikan suku bunga mungkin terjadi.", want: "kazuo-ueda/person/JPN jpn-central-bank"},
	{name: "bailey boe", text: "Gubernur Bank Sentral Inggris Andrew Bailey mengatakan suku bunga akan turun.", want: "andrew-bailey/person/GBR gbr-central-bank"},
	{name: "pan pboc", text: "Gubernur Bank Sentral China Pan Gongsheng mengatakan kebijakan tetap longgar.", want: "pan-gongsheng/person/CHN chn-central-bank"},
	{name: "malhotra rbi", text: "Gubernur Reserve Bank of India Sanjay Malhotra mengatakan pertumbuhan tetap kuat.", want: "sanjay-malhotra/person/IND ind-central-bank"},
	{name: "villeroy bdf", text: "Gubernur Bank Sentral Prancis François Villeroy de Galhau mengatakan ECB bisa memangkas suku bunga lagi.", want: "francois-villeroy-de-galhau/person/FRA fra-central-bank ecb"},
	{name: "kallas eu", text: "Kepala kebijakan luar negeri Uni Eropa Kaja Kallas mengatakan Rusia harus membayar.", want: "kaja-kallas/person/EST european-union RUS"},
	{name: "virkkunen evp", text: "Wakil Presiden Eksekutif Komisi Eropa Henna Virkkunen mengatakan aturan itu akan ditegakkan.", want: "henna-virkkunen/person/FIN european-commission"},
	{name: "kos enlargement", text: "Komisioner Perluasan Uni Eropa Marta Kos mengatakan Ukraina membuat kemajuan.", want: "marta-kos/person/SVN european-union UKR"},
	{name: "rutte nato", text: "Sekjen NATO Mark Rutte mengatakan anggota akan menambah belanja pertahanan.", want: "mark-rutte/person/NLD nato"},
	{name: "salih alone", text: "Barham Salih mengatakan jutaan pengungsi Sudan membutuhkan bantuan.", want: "barham-salih/person/IRQ SDN"},
	{name: "panetta alone", text: "Fabio Panetta mengatakan ekonomi Italia melambat.", want: "fabio-panetta/person/ITA ITA"},
	{name: "minzatu alone", text: "Roxana Mînzatu mengatakan Komisi Eropa akan mengusulkan aturan baru.", want: "roxana-minzatu/person/ROU european-commission"},
}

// TestOfficials38Grid runs the English and Indonesian rows of the
// officials38 data audit grid.
func TestOfficials38Grid(t *testing.T) {
	t.Run("en", func(t *testing.T) { runWantGrid(t, "en", officials38EnglishRows, 25) })
	t.Run("id", func(t *testing.T) { runWantGrid(t, "id", officials38IndonesianRows, 25) })
}

// officials38Batch2English and officials38Batch2Indonesian are the second
// batch of the officials38 grid, written and annotated after the data was
// added and before the extractor ran on them, to check that the added
// people are found in other forms (surname alone, a former office, other
// titles, other bodies and states named beside them).
var officials38Batch2English = []wantRow{
	{name: "b2 houngbo alone", text: "Houngbo said the ILO would cut jobs.", want: "gilbert-houngbo/person/TGO international-labour-organization"},
	{name: "b2 salih former", text: "Former Iraqi President Barham Salih took up his post at the UN refugee agency in Geneva.", want: "barham-salih/person/IRQ IRQ unhcr"},
	{name: "b2 kos belgrade", text: "Commissioner Marta Kos visited Belgrade on Tuesday.", want: "marta-kos/person/SVN SRB", known: true},
	{name: "b2 virkkunen tech", text: "Henna Virkkunen, the EU's tech chief, said the platform would be fined.", want: "henna-virkkunen/person/FIN european-union"},
	{name: "b2 villeroy surname", text: "Bank of France chief Villeroy de Galhau warned about the public debt.", want: "francois-villeroy-de-galhau/person/FRA fra-central-bank"},
	{name: "b2 fitto meloni", text: "Raffaele Fitto met Italian Prime Minister Giorgia Meloni in Rome.", want: "raffaele-fitto/person/ITA giorgia-meloni/person ITA"},
}

var officials38Batch2Indonesian = []wantRow{
	{name: "b2 dombrovskis", text: "Komisaris Eropa Valdis Dombrovskis mengatakan aturan fiskal akan dilonggarkan.", want: "valdis-dombrovskis/person/LVA"},
	{name: "b2 salih mantan", text: "Mantan Presiden Irak Barham Salih resmi memimpin UNHCR.", want: "barham-salih/person/IRQ IRQ unhcr"},
	{name: "b2 panetta", text: "Gubernur Bank Sentral Italia Fabio Panetta mengatakan inflasi melambat.", want: "fabio-panetta/person/ITA ita-central-bank"},
	{name: "b2 houngbo ilo", text: "Direktur Jenderal Organisasi Perburuhan Internasional Gilbert Houngbo mengatakan upah harus naik.", want: "gilbert-houngbo/person/TGO international-labour-organization"},
	{name: "b2 minzatu", text: "Wakil Presiden Eksekutif Komisi Eropa Roxana Mînzatu mengatakan program itu akan diperluas.", want: "roxana-minzatu/person/ROU european-commission"},
	{name: "b2 virkkunen", text: "Henna Virkkunen mengatakan Uni Eropa akan mendenda platform itu.", want: "henna-virkkunen/person/FIN european-union"},
}

// TestOfficials38Batch2 runs the second batch of the officials38 grid.
func TestOfficials38Batch2(t *testing.T) {
	t.Run("en", func(t *testing.T) { runWantGrid(t, "en", officials38Batch2English, 6) })
	t.Run("id", func(t *testing.T) { runWantGrid(t, "id", officials38Batch2Indonesian, 6) })
}
