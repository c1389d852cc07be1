package facts

import (
	"errors"
	"os"
	"testing"
)

// FuzzDecode feeds arbitrary bytes to the validator: it must not panic, a
// refusal is a *ValidationError whose fields are JSON pointers, and a
// document it accepts is clean text within the caps.
func FuzzDecode(f *testing.F) {
	if raw, err := os.ReadFile("../../testdata/facts/kompastv-2023-06-25-korut-wagner.json"); err == nil {
		f.Add(raw)
	}
	f.Add([]byte(actorWith("Ru\xffssia", `a\ud800b`)))
	f.Add([]byte(actorWith(`R\u0000`, `\t\n`)))
	f.Add([]byte(`{"format":"kg-facts/1","article":{"url":"u","title":"a\u0085"},"extractor":{"name":"t","version":"1"},"actors":[]}`))
	f.Add([]byte(`[{"a":"\ud83d\ude00"}, "\\ud800"]`))
	v, err := NewValidator()
	if err != nil {
		f.Fatal(err)
	}
	v = v.WithLimits(Limits{MaxEvidence: 50})
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc, err := v.Decode(raw)
		if err != nil {
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("error %T is not a *ValidationError: %v", err, err)
			}
			for _, p := range ve.Problems {
				if p.Field != "" && p.Field[0] != '/' {
					t.Fatalf("field %q is not a JSON pointer", p.Field)
				}
			}
			return
		}
		if err := v.Limits().CheckLimits(doc); err != nil {
			t.Fatalf("accepted a document over a cap: %v", err)
		}
	})
}
