package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/want")

// TestGenerate runs the converter on excerpts of its sources (testdata/src,
// cut from the shared data: CountryInfo's Indonesia and Malaysia blocks,
// the first provinces and regencies, every 15th Sastrawi root, the first
// lines of the UD files) twice, and checks that both runs write the same
// bytes and that they equal the reviewed output in testdata/want.
func TestGenerate(t *testing.T) {
	outs := make([]map[string][]byte, 2)
	for i := range outs {
		dir := t.TempDir()
		data, lang := filepath.Join(dir, "data"), filepath.Join(dir, "lang")
		for _, d := range []string{data, lang} {
			if err := os.MkdirAll(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		in, err := os.ReadFile("testdata/data/states.jsonl")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(data, "states.jsonl"), in, 0o644); err != nil {
			t.Fatal(err)
		}
		// The hand-written given names, which the cities are checked against.
		idGiven, err := os.ReadFile("../../../lang/id.given.txt")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(lang, "id.given.txt"), idGiven, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := run("testdata/src", data, lang, "sources"); err != nil {
			t.Fatal(err)
		}
		outs[i] = map[string][]byte{}
		for _, f := range []string{"data/leaders_countryinfo.jsonl", "data/places_idn.jsonl", "data/armed_groups_petrarch.jsonl", "lang/id.common.txt", "data/people_phoenix.jsonl", "data/international_phoenix.jsonl", "lang/en.given.txt"} {
			b, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatal(err)
			}
			outs[i][filepath.Base(f)] = b
		}
	}
	for name, b := range outs[0] {
		t.Run(name, func(t *testing.T) {
			if !bytes.Equal(b, outs[1][name]) {
				t.Fatalf("two runs differ")
			}
			if len(bytes.TrimSpace(b)) == 0 {
				t.Fatalf("empty output")
			}
			want := filepath.Join("testdata/want", name)
			if *update {
				if err := os.WriteFile(want, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			w, err := os.ReadFile(want)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, w) {
				t.Errorf("output differs from %s (run with -update and review the diff)", want)
			}
		})
	}
}

func TestProperName(t *testing.T) {
	for in, want := range map[string]string{"B.J._HABIBIE_": "B.J. Habibie", "SUSILO_BAMBANG_YUDHOYONO_": "Susilo Bambang Yudhoyono", "JEAN-CLAUDE_JUNCKER_": "Jean-Claude Juncker",
		// A monarch's regnal number stays upper case; a word that only looks like one does not.
		"ABDULLAH_II_": "Abdullah II", "MSWATI_III": "Mswati III", "CHAN_TONG_IV": "Chan Tong IV", "XI_JINPING": "Xi Jinping", "ZHANG_VI_MING": "Zhang Vi Ming"} {
		t.Run(in, func(t *testing.T) {
			if got := properName(in); got != want {
				t.Errorf("properName(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

// TestCommittedPhoenix regenerates the committed Phoenix files and the
// given names from the full sources committed in sources/ and the
// committed data files (what the converter counts as known), and checks
// them byte for byte: the data the extractor embeds is what the converter
// makes.
func TestCommittedPhoenix(t *testing.T) {
	dir := t.TempDir()
	data, lang := filepath.Join(dir, "data"), filepath.Join(dir, "lang")
	if err := os.MkdirAll(lang, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(data, os.DirFS("../../data")); err != nil {
		t.Fatal(err)
	}
	known, err := knownForms(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := phoenix("sources", data, lang, "sources", known); err != nil {
		t.Fatal(err)
	}
	for got, want := range map[string]string{
		filepath.Join(data, "people_phoenix.jsonl"):        "../../data/people_phoenix.jsonl",
		filepath.Join(data, "international_phoenix.jsonl"): "../../data/international_phoenix.jsonl",
		filepath.Join(lang, "en.given.txt"):                "../../../lang/en.given.txt",
		filepath.Join(lang, "surnames.txt"):                "../../../lang/surnames.txt",
		filepath.Join(lang, "surnames.ordinary.txt"):       "../../../lang/surnames.ordinary.txt",
		filepath.Join(lang, "surnames.frequent.txt"):       "../../../lang/surnames.frequent.txt",
	} {
		t.Run(filepath.Base(want), func(t *testing.T) {
			g, err := os.ReadFile(got)
			if err != nil {
				t.Fatal(err)
			}
			w, err := os.ReadFile(want)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(g, w) {
				t.Errorf("%s differs from what the converter makes (go generate ./loader/extract/gazetteer)", want)
			}
			if n := bytes.Count(g, []byte("\n")); n < 100 {
				t.Errorf("only %d lines", n)
			}
		})
	}
}

// TestCommittedCities regenerates data/places_world.jsonl from the
// committed GeoNames copy, word lists and data files, and checks it byte
// for byte.
func TestCommittedCities(t *testing.T) {
	data := t.TempDir()
	if err := os.CopyFS(data, os.DirFS("../../data")); err != nil {
		t.Fatal(err)
	}
	if err := worldCities(data, "../../../lang", "sources"); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(data, "places_world.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../data/places_world.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("data/places_world.jsonl differs from what the converter makes (go generate ./loader/extract/gazetteer)")
	}
	if n := bytes.Count(got, []byte("\n")); n < 1000 {
		t.Errorf("only %d lines", n)
	}
}

// TestCommittedRegions regenerates data/places_regions.jsonl from the
// committed ISO 3166-2 copy, the names table, word lists and data files
// (the world cities among them), and checks it byte for byte.
func TestCommittedRegions(t *testing.T) {
	data := t.TempDir()
	if err := os.CopyFS(data, os.DirFS("../../data")); err != nil {
		t.Fatal(err)
	}
	if err := worldRegions(data, "../../../lang", "sources"); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(data, "places_regions.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../data/places_regions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("data/places_regions.jsonl differs from what the converter makes (go generate ./loader/extract/gazetteer)")
	}
	if n := bytes.Count(got, []byte("\n")); n < 1000 {
		t.Errorf("only %d lines", n)
	}
}
