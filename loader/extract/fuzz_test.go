package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/geokg/kg/loader/facts"
)

// FuzzExtract feeds arbitrary bytes through every input format: whatever
// the input, Extract must not panic or hang, every document it yields must
// pass the facts validator (schema, clean text, caps) with evidence offsets
// inside the text, and every failure must be a *facts.DocError.
func FuzzExtract(f *testing.F) {
	if raw, err := os.ReadFile(canonical); err == nil {
		f.Add(raw, uint8(0))
	}
	f.Add([]byte("JAKARTA, KOMPAS.com - Presiden Rusia Vladimir Putin bertemu Kim Jong-un, Minggu (25/6/2023).\nBaca Juga: AS menuduh Korea Utara"), uint8(0))
	f.Add([]byte("WASHINGTON (Reuters) - The United States accused China of \"dangerous\" moves, U.S. officials said. He denied it."), uint8(0))
	f.Add([]byte("---\ntitle: x\nlang: id\n---\nIa dituduh oleh AS."), uint8(1))
	f.Add([]byte("<html><head><title>t</title></head><body><p>Russia invaded Ukraine.</p></body></html>"), uint8(2))
	f.Add([]byte(`{"url":"u","text":"Israel attacked Hamas in Gaza."}`+"\n"+`{"text":1}`), uint8(3))
	f.Add([]byte(`[{"url":"u","text":"China dan Rusia sepakat."}]`), uint8(4))
	f.Add([]byte("\x00\xff\xfe"), uint8(0))
	// Runes whose lower case has another length ("İ" two bytes, "i̇" three;
	// the Kelvin sign three, "k" one) in the lines the date rules read.
	f.Add([]byte("Published İstanbul 25 June 2023\nANKARA - Turkey said."), uint8(0))
	f.Add([]byte("Diterbitkan \u212aamis 25 Juni 2023\nJAKARTA - Presiden berpidato."), uint8(0))
	names := []string{"a.txt", "a.md", "a.html", "a.jsonl", "a.json", "-"}
	x, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	v, err := facts.NewValidator()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		name := names[int(kind)%len(names)]
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		start := time.Now()
		for it := range x.Extract(ctx, name, bytes.NewReader(data)) {
			if it.Err != nil {
				if _, ok := it.Err.(*facts.DocError); !ok {
					t.Fatalf("error %T is not a *facts.DocError: %v", it.Err, it.Err)
				}
				continue
			}
			if p := facts.Check(it.Doc); len(p) > 0 {
				t.Fatalf("invalid document: %v", p)
			}
			raw, err := json.Marshal(it.Doc)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := v.Decode(raw); err != nil {
				t.Fatalf("the validator refuses the document: %v", err)
			}
			for _, a := range it.Doc.Actors {
				for _, m := range a.Mentions {
					if m.Start < 0 || m.End <= m.Start || !strings.Contains(scrub(string(data), true), m.Sentence) && name != "a.html" && name != "-" && !strings.HasSuffix(name, "json") && !strings.HasSuffix(name, "jsonl") {
						t.Fatalf("mention %+v is not in the input", m)
					}
				}
			}
		}
		if d := time.Since(start); d > 8*time.Second {
			t.Fatalf("took %v", d)
		}
	})
}
