package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// PETRARCH2's unit-test records as an English grammar test (see
// testdata/petrarch-validation/README.md).

type petrRecord struct {
	ID       string
	Date     string
	Text     string
	Codings  [][3]string // source, target, event code
	NoEvents bool
}

// loadPetrRecords reads the records; records whose only expectation is an
// error are left out.
func loadPetrRecords(t testing.TB, path string) []petrRecord {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// A few attributes are single-quoted or spaced ("noevents = "); the
	// XML decoder reads both.
	dec := xml.NewDecoder(strings.NewReader(string(raw)))
	dec.Strict = false
	var out []petrRecord
	var cur *petrRecord
	inText, errOnly := false, false
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "Sentence":
				cur = &petrRecord{}
				errOnly = false
				for _, a := range e.Attr {
					switch a.Name.Local {
					case "id":
						cur.ID = a.Value
					case "date":
						cur.Date = a.Value
					}
				}
			case "EventCoding":
				if cur == nil {
					continue
				}
				var c [3]string
				for _, a := range e.Attr {
					switch a.Name.Local {
					case "sourcecode":
						c[0] = a.Value
					case "targetcode":
						c[1] = a.Value
					case "eventcode":
						c[2] = a.Value
					case "noevents":
						cur.NoEvents = true
					case "error":
						errOnly = true
					}
				}
				if c[2] != "" {
					cur.Codings = append(cur.Codings, c)
				}
			case "Text":
				inText = true
			}
		case xml.CharData:
			if inText && cur != nil {
				cur.Text += string(e)
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "Text":
				inText = false
			case "Sentence":
				if cur != nil && !(errOnly && len(cur.Codings) == 0) {
					cur.Text = strings.Join(strings.Fields(cur.Text), " ")
					out = append(out, *cur)
				}
				cur = nil
			}
		}
	}
	return out
}

var petrCode = regexp.MustCompile(`\[([A-Za-z-]+)`)

// petrGazetteer turns PETR.Validate.actors.txt into a gazetteer file: one
// state-like entry per three-letter code not already known, its phrases in
// title case (stems also with the usual endings).
func petrGazetteer(t testing.TB, x *Extractor, src, dst string) {
	t.Helper()
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names := map[string][]string{}
	kinds := map[string]string{}
	var order []string
	var phrases []string
	flush := func(code string) {
		if len(code) < 3 || code == "---" || len(phrases) == 0 {
			phrases = nil
			return
		}
		id := strings.ToUpper(code[:3])
		if names[id] == nil {
			order = append(order, id)
			if e, known := x.gaz.Lookup(id); known {
				// A file entry replaces the built-in one: keep its names too
				// (the records reuse real codes for made-up places: ERI is
				// Eriador there, Eritrea here).
				names[id] = append(names[id], e.Names["en"]...)
				kinds[id] = e.Kind
			}
		}
		names[id] = append(names[id], phrases...)
		phrases = nil
	}
	title := func(p string) string {
		ws := strings.Fields(strings.ReplaceAll(strings.Trim(p, "_ "), "_", " "))
		for i, w := range ws {
			ws[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
		}
		return strings.Join(ws, " ")
	}
	add := func(p string) {
		stem := !strings.HasSuffix(strings.TrimSpace(p), "_")
		n := title(p)
		if n == "" {
			return
		}
		phrases = append(phrases, n)
		if stem && !strings.Contains(n, " ") {
			for _, suf := range []string{"s", "ian", "ians", "ia", "an", "ans", "i", "ese"} {
				phrases = append(phrases, n+suf)
			}
		}
	}
	pending := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if h := strings.IndexByte(line, '#'); h >= 0 {
			line = line[:h]
		}
		trim := strings.TrimSpace(line)
		switch {
		case trim == "" || strings.HasPrefix(trim, "<!--") || strings.HasPrefix(trim, "-->"):
			continue
		case strings.HasPrefix(trim, "+"):
			add(strings.TrimPrefix(trim, "+"))
		case line[0] == '\t' || line[0] == ' ':
			if pending == "" {
				if m := petrCode.FindStringSubmatch(trim); m != nil {
					pending = m[1]
				}
			}
		default:
			flush(pending)
			pending = ""
			head := trim
			if i := strings.IndexByte(trim, '['); i >= 0 {
				head = trim[:i]
				if m := petrCode.FindStringSubmatch(trim); m != nil {
					pending = m[1]
				}
			}
			add(head)
		}
	}
	flush(pending)
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	enc := json.NewEncoder(out)
	for _, id := range order {
		ns := names[id]
		kind := kinds[id]
		if kind == "" {
			kind = "state"
		}
		if err := enc.Encode(map[string]any{"id": id, "kind": kind, "name": ns[0], "names": map[string][]string{"en": ns}}); err != nil {
			t.Fatal(err)
		}
	}
}

// dyadScore counts directed dyads and the CAMEO root on those found.
type dyadScore struct {
	prf
	rootOK, rootN       int
	sents, sentsNoEvent int // sentences with expected events, and of them those with none found
}

// TestPetrarchValidation scores the extractor on PETRARCH2's unit-test
// records. The floors are the first honest run's figures minus a margin.
func TestPetrarchValidation(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := "testdata/petrarch-validation"
	recs := loadPetrRecords(t, filepath.Join(dir, "PETR.UnitTest.records.xml"))
	if len(recs) < 250 {
		t.Fatalf("read %d records, want about 277", len(recs))
	}
	gz := filepath.Join(t.TempDir(), "petr.jsonl")
	if keep := os.Getenv("KG_PETR_GAZETTEER"); keep != "" {
		gz = keep // keep the converted gazetteer, to run kg extract --gazetteer with it
	}
	petrGazetteer(t, extractor(t), filepath.Join(dir, "PETR.Validate.actors.txt"), gz)
	x, err := New(Options{DefaultLang: "en", Gazetteers: []string{gz}})
	if err != nil {
		t.Fatal(err)
	}
	var sc dyadScore
	for _, r := range recs {
		date := r.Date
		if len(date) == 8 {
			date = date[:4] + "-" + date[4:6] + "-" + date[6:]
		}
		doc, err := x.Article(context.Background(), Input{Text: r.Text, Lang: "en", Published: date})
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		country := map[string]string{}
		for _, a := range doc.Actors {
			if a.Kind != "state" && a.Country != "" {
				country[a.ID] = a.Country
			}
		}
		norm := func(id string) string {
			if c, ok := country[id]; ok {
				return c
			}
			if len(id) > 3 {
				id = id[:3]
			}
			return strings.ToUpper(id)
		}
		got := map[string]string{} // dyad → root
		for _, e := range doc.Events {
			if e.Target == "" || !realis(e.Status) {
				continue
			}
			k := norm(e.Source) + " " + norm(e.Target)
			if _, ok := got[k]; !ok {
				got[k] = e.Root()
			}
		}
		want := map[string]string{}
		for _, c := range r.Codings {
			if len(c[0]) < 3 || len(c[1]) < 3 || len(c[2]) < 2 || strings.ContainsAny(c[0]+c[1], "\" ") {
				// a quoted phrase: an actor the dictionary does not know
				continue
			}
			want[strings.ToUpper(c[0][:3])+" "+strings.ToUpper(c[1][:3])] = c[2][:2]
		}
		var c prf
		fp, fn := score(&c, keys(got), keys(want))
		sc.tp += c.tp
		sc.fp += c.fp
		sc.fn += c.fn
		for k, root := range want {
			if g, ok := got[k]; ok {
				sc.rootN++
				if g == root {
					sc.rootOK++
				}
			}
		}
		if len(want) > 0 {
			sc.sents++
			if len(got) == 0 {
				sc.sentsNoEvent++
			}
		}
		if len(fp)+len(fn) > 0 {
			t.Logf("%s %q\n     +%v -%v", r.ID, r.Text, fp, fn)
		}
	}
	f1 := 0.0
	if p, r := sc.p(), sc.r(); p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	rootAcc := float64(sc.rootOK) / float64(max(1, sc.rootN))
	noEv := float64(sc.sentsNoEvent) / float64(max(1, sc.sents))
	t.Logf("petrarch-validation %d records: dyads %v F1=%.2f; root right on found dyads %.2f (%d/%d); sentences with expected events but none found %.2f (%d/%d)",
		len(recs), sc.prf, f1, rootAcc, sc.rootOK, sc.rootN, noEv, sc.sentsNoEvent, sc.sents)
	if sc.p() < petrFloorP || sc.r() < petrFloorR || rootAcc < petrFloorRoot {
		t.Errorf("below the floors P>=%.2f R>=%.2f root>=%.2f", petrFloorP, petrFloorR, petrFloorRoot)
	}
}

// Floors: the figures reached minus a margin (first honest run, with a test
// gazetteer that dropped the made-up actors whose codes collide with real
// states: P=0.78 R=0.34; see README).
const (
	petrFloorP    = 0.80
	petrFloorR    = 0.55
	petrFloorRoot = 0.0 // the records' codes follow PETRARCH's test verb dictionary, not CAMEO.2.0: reported only
)

func keys(m map[string]string) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}
