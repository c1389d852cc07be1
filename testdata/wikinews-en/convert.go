//go:build ignore

// convert.go turns the Wikinews articles of shared/data/wikinews-en (NAME.txt
// with NAME.meta beside it) into wikinews-en.jsonl, one raw article a line in
// the loader's {"url","text","title","source","published","lang"} format.
//
//	go run testdata/wikinews-en/convert.go /path/to/shared/data/wikinews-en > testdata/wikinews-en/wikinews-en.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type article struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
	Text      string `json:"text"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run convert.go DIR > wikinews-en.jsonl")
		os.Exit(2)
	}
	files, err := filepath.Glob(filepath.Join(os.Args[1], "*.txt"))
	if err != nil {
		panic(err)
	}
	sort.Strings(files)
	enc := json.NewEncoder(os.Stdout)
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		meta, err := os.Open(strings.TrimSuffix(f, ".txt") + ".meta")
		if err != nil {
			panic(err)
		}
		a := article{Source: "Wikinews", Lang: "en", Text: string(text)}
		sc := bufio.NewScanner(meta)
		for sc.Scan() {
			k, v, _ := strings.Cut(sc.Text(), ": ")
			switch k {
			case "sourceURL":
				a.URL = v
			case "title":
				a.Title = v
			case "dateCreated":
				a.Published = v
			}
		}
		meta.Close()
		if err := enc.Encode(a); err != nil {
			panic(err)
		}
	}
}
