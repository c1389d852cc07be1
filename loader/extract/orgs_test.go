package extract

import (
	"context"
	"testing"

	"github.com/geokg/kg/loader/facts"
)

// TestOrganizationRules checks the organization rules on sentences written
// for the test: a name after an organization's head word, the state inside
// it as its country, occupations inside a name, and what is no name.
func TestOrganizationRules(t *testing.T) {
	x := extractor(t)
	for _, c := range []struct {
		name, lang, text, id, country string
		absent                        []string
	}{
		{"front", "id", "Front Pemuda Nusantara menggelar unjuk rasa di depan gedung parlemen pada Senin.", "front-pemuda-nusantara", "", nil},
		{"alliance with an occupation and a place", "id", "Aliansi Mahasiswa Papua menggelar demonstrasi di depan kantor gubernur kemarin.", "aliansi-mahasiswa-papua", "", nil},
		{"party with its state", "id", "Partai Komunis Vietnam menggelar kongres di Hanoi pekan ini.", "partai-komunis-vietnam", "VNM", []string{"VNM"}},
		{"party with its state as an acronym", "id", "Partai Republik AS menolak rancangan anggaran itu pada Selasa.", "partai-republik-as", "USA", []string{"USA"}},
		{"party with an occupation", "id", "Partai Buruh Australia memenangkan pemilihan umum tahun ini.", "partai-buruh-australia", "AUS", nil},
		{"known organization by name", "id", "Pengurus Nahdlatul Ulama menolak rencana itu dalam rapat pekan lalu.", "nahdlatul-ulama", "IDN", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := x.Article(context.Background(), Input{Text: c.text, Lang: c.lang})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			found := false
			for _, a := range d.Actors {
				ids = append(ids, a.ID)
				if a.ID == c.id {
					found = true
					if a.Kind != facts.KindOrganization || a.Country != c.country {
						t.Errorf("%s: kind %s country %q, want organization %q", c.id, a.Kind, a.Country, c.country)
					}
				}
				for _, no := range c.absent {
					if a.ID == no {
						t.Errorf("unexpected %s (part of the name) in %v", no, d.Actors)
					}
				}
			}
			if !found {
				t.Errorf("no %s in %v", c.id, ids)
			}
		})
	}
}
