package extract

import (
	"context"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestPartiesAndBlocs checks a sample of the foreign parties of
// gazetteer/data/parties.jsonl and the regional organizations of
// organizations.jsonl added in the parties pass, on sentences written for
// the test: each is found with its kind and state in both languages; a
// name several parties share (lang/*.json context_names) goes to the party
// of the state the sentence names; and names that are ordinary words or
// other things' names (a party's acronym, "Persemakmuran" in the
// Commonwealth Games, "Alba") give no party.
func TestPartiesAndBlocs(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, lang, text, id, kind, country string
		absent                              []string
	}{
		{"Sinn Fein is a party, not a person", "en", "Sinn Fein won the most seats in the assembly election in Northern Ireland.", "sinn-fein", facts.KindOrganization, "IRL", nil},
		{"Sinn Féin in Indonesian", "id", "Sinn Féin memenangkan kursi terbanyak di Irlandia Utara.", "sinn-fein", facts.KindOrganization, "IRL", nil},
		{"DUP acronym", "en", "The DUP walked out of the power-sharing talks in Belfast.", "democratic-unionist-party", facts.KindOrganization, "GBR", nil},
		{"German CDU", "id", "CDU dan SPD sepakat membentuk koalisi baru di Berlin.", "christian-democratic-union", facts.KindOrganization, "DEU", nil},
		{"Turkish CHP", "en", "The CHP accused the government of rigging the vote.", "republican-peoples-party", facts.KindOrganization, "TUR", nil},
		{"Turkish AKP in Indonesian", "id", "Partai Keadilan dan Pembangunan (AKP) kembali memenangkan pemilu.", "akp", facts.KindOrganization, "TUR", nil},
		{"Kuomintang", "en", "The Kuomintang called for talks with Beijing.", "kuomintang", facts.KindOrganization, "TWN", nil},
		{"Taiwan's DPP by name", "id", "Partai Progresif Demokratik menang lagi dalam pemilu Taiwan.", "democratic-progressive-party", facts.KindOrganization, "TWN", nil},
		{"Awami League in Indonesian", "id", "Pendukung Liga Awami berunjuk rasa di Dhaka.", "awami-league", facts.KindOrganization, "BGD", nil},
		{"Pakistan Tehreek-e-Insaf", "en", "Pakistan Tehreek-e-Insaf supporters marched on Islamabad.", "pakistan-tehreek-e-insaf", facts.KindOrganization, "PAK", nil},
		{"Australian Labor in Indonesian", "id", "Partai Buruh Australia memenangkan pemilu federal.", "australian-labor-party", facts.KindOrganization, "AUS", []string{"uk-labour-party"}},
		{"Fretilin", "id", "Fretilin dan CNRT membahas pembentukan pemerintahan di Dili.", "fretilin", facts.KindOrganization, "TLS", nil},
		{"Fidesz", "en", "Fidesz lost its majority in the Hungarian parliament.", "fidesz", facts.KindOrganization, "HUN", nil},
		{"PSUV", "en", "The PSUV held a rally in Caracas.", "psuv", facts.KindOrganization, "VEN", nil},
		{"Five Star Movement in Indonesian", "id", "Gerakan Bintang Lima menolak anggaran itu.", "five-star-movement", facts.KindOrganization, "ITA", nil},
		{"Communist Party of Cuba", "en", "The Communist Party of Cuba named a new first secretary.", "communist-party-of-cuba", facts.KindOrganization, "CUB", nil},
		{"shared name with Korea named", "id", "Partai Demokrat menolak usul itu di Seoul, Korea Selatan.", "democratic-party-of-korea", facts.KindOrganization, "KOR", []string{"us-democratic-party"}},
		{"shared name with Israel named", "id", "Partai Buruh menolak rencana itu di Israel.", "israeli-labor-party", facts.KindOrganization, "ISR", []string{"uk-labour-party"}},
		{"shared name in English", "en", "The Liberal Party won the election in Canada.", "liberal-party-of-canada", facts.KindOrganization, "CAN", nil},
		{"South Africa's Democratic Alliance", "en", "The Democratic Alliance left the government in South Africa.", "democratic-alliance-south-africa", facts.KindOrganization, "ZAF", nil},
		{"Mercosur", "id", "Para pemimpin Mercosur bertemu di Montevideo.", "mercosur", facts.KindIGO, "", []string{"USA"}},
		{"Pacific Islands Forum", "id", "Forum Kepulauan Pasifik bertemu di Tonga.", "pacific-islands-forum", facts.KindIGO, "", []string{"forum-kepulauan-pasifik"}},
		{"Five Eyes", "en", "The Five Eyes alliance shares intelligence on China.", "five-eyes", facts.KindIGO, "", nil},
		{"CELAC", "en", "CELAC held its summit in Tegucigalpa.", "celac", facts.KindIGO, "", nil},
		{"Visegrad Group in Indonesian", "id", "Kelompok Visegrad menolak kuota pengungsi itu.", "visegrad-group", facts.KindIGO, "", nil},
		{"Indian Ocean Rim Association", "en", "The Indian Ocean Rim Association met in Colombo.", "iora", facts.KindIGO, "", []string{"indian-ocean-rim-association"}},
		{"Group of 77", "id", "Kelompok 77 dan China menuntut dana iklim.", "group-of-77", facts.KindIGO, "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			checkActor(t, d.Actors, c.id, c.kind, c.country, c.absent)
		})
	}
	for _, c := range []struct {
		name, lang, text string
		absent           []string
	}{
		{"DPP of an Indonesian party is its board", "id", "DPP PDI-P menggelar rapat kerja di Jakarta.", []string{"democratic-progressive-party"}},
		{"shared name without a foreign state", "id", "Partai Demokrat menolak usul itu di Jakarta.", []string{"us-democratic-party", "democratic-party-of-korea", "democratic-party-italy"}},
		{"Commonwealth Games are no Commonwealth", "id", "Atlet itu meraih emas di Pesta Olahraga Persemakmuran.", []string{"commonwealth-of-nations"}},
		{"Alba as a name", "en", "Alba went to the market in the morning.", []string{"alba"}},
		{"European solidarity is no party", "en", "European solidarity with Ukraine remains strong.", []string{"european-solidarity"}},
		{"a good party", "en", "Good party food was served at the wedding.", []string{"good-party"}},
		{"Law and Justice ministry", "en", "Pakistan's Ministry of Law and Justice issued a notice.", []string{"law-and-justice"}},
		{"New People Party of Hong Kong", "en", "New People Party's Regina Ip was re-elected.", []string{"new-people-russia"}},
		{"India's National Democratic Alliance", "en", "The National Democratic Alliance won a majority in India.", []string{"democratic-alliance-south-africa"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range d.Actors {
				for _, no := range c.absent {
					if a.ID == no {
						t.Errorf("unexpected %s in %+v", no, d.Actors)
					}
				}
			}
		})
	}
}
