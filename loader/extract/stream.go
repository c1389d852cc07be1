package extract

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/geokg/kg/loader/facts"
)

// frontMatter removes a leading "---" block of "key: value" lines and fills
// the fields it names that the input does not already have.
func frontMatter(a Input) Input {
	t := strings.TrimPrefix(a.Text, "\ufeff")
	if !strings.HasPrefix(t, "---\n") && !strings.HasPrefix(t, "---\r\n") {
		return a
	}
	rest := t[strings.IndexByte(t, '\n')+1:]
	end := -1
	for off := 0; off < len(rest) && off < 64<<10; {
		nl := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if nl >= 0 {
			line = rest[off : off+nl]
		}
		if strings.TrimRight(line, "\r ") == "---" {
			end = off
			break
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	if end < 0 {
		return a
	}
	for _, line := range strings.Split(rest[:end], "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		set := func(f *string) {
			if *f == "" {
				*f = v
			}
		}
		switch k {
		case "url", "link":
			set(&a.URL)
		case "title":
			set(&a.Title)
		case "source", "publisher", "site":
			set(&a.Source)
		case "published", "date", "published_at":
			if a.Published == "" {
				a.publishedFrom = fmt.Sprintf("front matter field %q", k)
			}
			set(&a.Published)
		case "lang", "language":
			set(&a.Lang)
		}
	}
	body := rest[end:]
	if nl := strings.IndexByte(body, '\n'); nl >= 0 {
		body = body[nl+1:]
	} else {
		body = ""
	}
	a.Text = body
	return a
}

// maxHTMLNodes bounds the elements readability will look at.
const maxHTMLNodes = 50000

// fromHTML reduces an HTML page to its main text with readability, and
// reads title, site name, language and date from <meta> and JSON-LD (and,
// where readability finds no date, from the <meta> names of dateMeta and
// <time> elements: htmlPublished).
func fromHTML(ctx context.Context, a Input, dateMeta []string) (Input, error) {
	if err := ctx.Err(); err != nil {
		return a, err
	}
	if !utf8Valid(a.Text) {
		return a, ErrUTF8
	}
	if strings.IndexByte(a.Text, 0) >= 0 {
		return a, ErrBinary
	}
	if depth := nestingDepth(a.Text); depth > 512 {
		return a, fmt.Errorf("HTML is nested %d levels deep (limit 512)", depth)
	}
	var u *url.URL
	if a.URL != "" {
		u, _ = url.Parse(a.URL)
	}
	ps := readability.NewParser()
	ps.MaxElemsToParse = maxHTMLNodes
	art, err := ps.Parse(strings.NewReader(a.Text), u)
	if err != nil {
		return a, fmt.Errorf("html: %w", err)
	}
	var b strings.Builder
	if art.Node != nil {
		if err := art.RenderText(&b); err != nil {
			return a, fmt.Errorf("html: %w", err)
		}
	}
	if a.Title == "" {
		a.Title = art.Title()
	}
	if a.Source == "" {
		a.Source = art.SiteName()
	}
	if a.Lang == "" {
		a.Lang = strings.ReplaceAll(strings.TrimSpace(art.Language()), "_", "-")
		if !langRe.MatchString(strings.ToLower(a.Lang)) {
			a.Lang = "" // a page's lang attribute that is no language code: detect it
		}
	}
	if a.Published == "" {
		t, err := art.PublishedTime()
		switch {
		case err == nil:
			a.Published = t.Format(time.RFC3339)
		case !errors.Is(err, readability.ErrTimestampMissing):
			return a, fmt.Errorf("HTML metadata: the published time (article:published_time, datePublished) is not a date: %w", err)
		default:
			if t, ok := htmlPublished(a.Text, dateMeta); ok {
				a.Published = t.Format(time.RFC3339)
			}
		}
	}
	a.Text = normalizeSpace(b.String())
	a.Format = "text"
	return a, nil
}

// nestingDepth estimates the deepest element nesting of an HTML page by
// counting open and close tags, so that hostile pages are refused before
// a parser recurses through them.
func nestingDepth(s string) int {
	depth, maxd := 0, 0
	for i := 0; i < len(s)-1; i++ {
		if s[i] != '<' {
			continue
		}
		c := s[i+1]
		switch {
		case c == '/':
			if depth > 0 {
				depth--
			}
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i + 1
			for j < len(s) && j < i+12 && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
				j++
			}
			switch strings.ToLower(s[i+1 : j]) {
			case "br", "img", "hr", "meta", "link", "input", "source", "wbr", "col", "area", "base", "embed", "param", "track":
				continue
			}
			depth++
			maxd = max(maxd, depth)
		}
	}
	return maxd
}

func utf8Valid(s string) bool { return checkText(s) != ErrUTF8 }

// normalizeSpace trims the lines of rendered HTML text and drops empty ones.
func normalizeSpace(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// record is one article of a JSON Lines or JSON batch.
type record struct {
	URL       string `json:"url"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
	// Other names feeds give the publication date, read when "published"
	// is absent (as front matter reads "date" and "published_at").
	Date          string `json:"date"`
	PublishedAt   string `json:"published_at"`
	PublishedAtJS string `json:"publishedAt"`
	DatePublished string `json:"datePublished"`
}

// published returns the record's publication date and the field it was
// read from.
func (rec *record) published() (string, string) {
	for _, f := range []struct{ name, v string }{{"published", rec.Published}, {"published_at", rec.PublishedAt}, {"publishedAt", rec.PublishedAtJS}, {"datePublished", rec.DatePublished}, {"date", rec.Date}} {
		if strings.TrimSpace(f.v) != "" {
			return f.v, fmt.Sprintf("field %q", f.name)
		}
	}
	return "", `field "published"`
}

// Kind of a raw input stream.
const (
	kindText  = "text"
	kindHTML  = "html"
	kindJSONL = "jsonl"
	kindJSON  = "json"
)

func kindByName(file string) string {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".txt", ".md", ".markdown", ".text":
		return kindText
	case ".html", ".htm", ".xhtml":
		return kindHTML
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".json":
		return kindJSON
	}
	return ""
}

func sniff(head []byte) string {
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	t = bytes.TrimPrefix(t, []byte("\xef\xbb\xbf"))
	switch {
	case len(t) == 0:
		return kindText
	case t[0] == '{':
		return kindJSONL
	case t[0] == '[':
		return kindJSON
	case t[0] == '<':
		low := bytes.ToLower(t[:min(len(t), 512)])
		for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p", "<meta", "<title", "<!--"} {
			if bytes.HasPrefix(low, []byte(tag)) {
				return kindHTML
			}
		}
	}
	return kindText
}

// Extract reads a raw input stream named file and yields one item per
// article: .txt/.md/.markdown are one text article (front matter allowed),
// .html/.htm one HTML page, .jsonl one {"url","text",...} record per line,
// .json one record or an array of them; "-" or an unknown extension is
// sniffed. Bad articles are yielded with a *facts.DocError naming file,
// document, line and field, and reading goes on. JSON Lines are read line
// by line, so memory stays flat whatever the size of the stream.
func (x *Extractor) Extract(ctx context.Context, file string, r io.Reader) iter.Seq[facts.Item] {
	return func(yield func(facts.Item) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		kind := kindByName(file)
		if kind == "" {
			head, _ := br.Peek(512)
			kind = sniff(head)
		}
		fail := func(loc facts.Location, err error) bool {
			return yield(facts.Item{Loc: loc, Err: &facts.DocError{Loc: loc, Err: err}})
		}
		one := func(loc facts.Location, in Input) bool {
			doc, err := x.Article(ctx, in)
			if err != nil {
				return fail(loc, err)
			}
			return yield(facts.Item{Loc: loc, Doc: doc})
		}
		switch kind {
		case kindText, kindHTML:
			loc := facts.Location{File: file, Doc: 1, Line: 1}
			data, err := io.ReadAll(io.LimitReader(br, int64(x.limits.MaxBytes)+1))
			if err != nil {
				fail(loc, err)
				return
			}
			if len(data) > x.limits.MaxBytes {
				fail(loc, &SizeError{Size: len(data), Max: x.limits.MaxBytes})
				return
			}
			in := Input{Text: string(data), Format: kind}
			if kind == kindText && file != "-" {
				in.URL = ""
			}
			one(loc, in)
		case kindJSONL:
			x.readJSONL(ctx, file, br, one, fail)
		case kindJSON:
			x.readJSONArray(ctx, file, br, one, fail)
		}
	}
}

func (x *Extractor) recordInput(loc facts.Location, raw []byte) (Input, error) {
	var rec record
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return Input{}, fmt.Errorf("field %q: want a %s, have %s", te.Field, te.Type, te.Value)
		}
		return Input{}, fmt.Errorf("not valid JSON: %w", err)
	}
	pub, from := rec.published()
	in := Input{Text: rec.Text, URL: rec.URL, Title: rec.Title, Source: rec.Source, Published: pub, Lang: rec.Lang, publishedFrom: from}
	if in.Text == "" && rec.HTML != "" {
		in.Text, in.Format = rec.HTML, kindHTML
	}
	if strings.TrimSpace(in.Text) == "" {
		return Input{}, errors.New(`field "text": missing or empty`)
	}
	return in, nil
}

// readJSONL reads one record per line; a line longer than MaxArticleSize
// is skipped with an error and reading goes on.
func (x *Extractor) readJSONL(ctx context.Context, file string, br *bufio.Reader, one func(facts.Location, Input) bool, fail func(facts.Location, error) bool) {
	line, doc := 0, 0
	var buf []byte
	for {
		if ctx.Err() != nil {
			fail(facts.Location{File: file, Doc: doc + 1, Line: line + 1}, ctx.Err())
			return
		}
		buf = buf[:0]
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !tooLong {
				if len(buf)+len(chunk) > x.limits.MaxBytes+4096 {
					tooLong = true
					buf = buf[:0]
				} else {
					buf = append(buf, chunk...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			fail(facts.Location{File: file, Doc: doc + 1, Line: line + 1}, err)
			return
		}
		if err == io.EOF && len(buf) == 0 && !tooLong {
			return
		}
		line++
		raw := bytes.TrimSpace(buf)
		if tooLong {
			doc++
			if !fail(facts.Location{File: file, Doc: doc, Line: line}, fmt.Errorf("line longer than %d bytes: %w", x.limits.MaxBytes, &SizeError{Size: x.limits.MaxBytes + 4096, Max: x.limits.MaxBytes})) {
				return
			}
		} else if len(raw) > 0 && raw[0] != '#' {
			doc++
			loc := facts.Location{File: file, Doc: doc, Line: line}
			in, rerr := x.recordInput(loc, raw)
			if rerr != nil {
				if !fail(loc, rerr) {
					return
				}
			} else if !one(loc, in) {
				return
			}
		}
		if err == io.EOF {
			return
		}
		if cap(buf) > 1<<20 {
			buf = nil // do not keep a large buffer for the rest of the stream
		}
	}
}

// readJSONArray reads one record, or an array of records decoded one at a time.
func (x *Extractor) readJSONArray(ctx context.Context, file string, br *bufio.Reader, one func(facts.Location, Input) bool, fail func(facts.Location, error) bool) {
	cr := &countingReader{r: br}
	dec := json.NewDecoder(cr)
	tok, err := dec.Token()
	if err != nil {
		fail(facts.Location{File: file, Doc: 1, Line: 1}, fmt.Errorf("not valid JSON: %w", err))
		return
	}
	if d, ok := tok.(json.Delim); !ok || (d != '[' && d != '{') {
		fail(facts.Location{File: file, Doc: 1, Line: 1}, errors.New("want a JSON object or array of objects"))
		return
	}
	if tok == json.Delim('{') {
		// A single record: re-read it whole.
		fail(facts.Location{File: file, Doc: 1, Line: 1}, errors.New("a .json file must hold an array of records; use .jsonl for one record per line"))
		return
	}
	for n := 1; dec.More(); n++ {
		if ctx.Err() != nil {
			fail(facts.Location{File: file, Doc: n, Line: 0}, ctx.Err())
			return
		}
		line := cr.lines + 1
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			fail(facts.Location{File: file, Doc: n, Line: line}, fmt.Errorf("not valid JSON: %w", err))
			return
		}
		loc := facts.Location{File: file, Doc: n, Line: line}
		if len(raw) > x.limits.MaxBytes+4096 {
			if !fail(loc, &SizeError{Size: len(raw), Max: x.limits.MaxBytes}) {
				return
			}
			continue
		}
		in, err := x.recordInput(loc, raw)
		if err != nil {
			if !fail(loc, err) {
				return
			}
			continue
		}
		if !one(loc, in) {
			return
		}
	}
}

// countingReader counts the lines read so far (approximate for JSON arrays:
// the decoder reads ahead).
type countingReader struct {
	r     io.Reader
	lines int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.lines += bytes.Count(p[:n], []byte{'\n'})
	return n, err
}
