package extract

import (
	"context"
	"testing"
)

func TestProbeIDF(t *testing.T) {
	x := extractor(t)
	for _, s := range []string{
		"Trump memberlakukan tarif 32 persen. Kementerian Perdagangan akan segera bernegosiasi.",
		"Trump memberlakukan tarif 32 persen terhadap produk Indonesia. Kementerian Perdagangan akan segera bernegosiasi.",
		"Usai bertemu Xi Jinping di Beijing, Prabowo mengatakan Kementerian Pertahanan akan membeli jet tempur.",
		"Anwar Ibrahim tiba di Jakarta. Polisi mengerahkan ratusan personel untuk pengamanan.",
	} {
		d, _ := x.Article(context.Background(), Input{Text: s, Lang: "id", Published: idBodiesGridPublished})
		t.Log(s)
		for _, a := range d.Actors {
			t.Logf("   %s %s %s", a.ID, a.Kind, a.Country)
		}
	}
}
