package extract

import (
	"strings"
	"time"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
)

// htmlPublished reads the publication time of a page that readability
// found none in: the <meta> tags named metaNames (common.json
// html_date_meta), then a <time datetime>
// marked as the publication time (itemprop="datePublished" or pubdate),
// then the page's first <time datetime> that holds a day. The page is
// read as a token stream, at most its first 20,000 tokens.
// A value that is not a date is passed over (what readability reads is
// checked strictly; these are guesses of layout).
func htmlPublished(page string, metaNames []string) (time.Time, bool) {
	z := html.NewTokenizer(strings.NewReader(page))
	meta := map[string]string{}
	marked, first := "", ""
	for n := 0; n < 20000; n++ {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if !hasAttr {
			continue
		}
		tag := string(name)
		if tag != "meta" && tag != "time" {
			continue
		}
		attrs := map[string]string{}
		for more := true; more; {
			var k, v []byte
			k, v, more = z.TagAttr()
			attrs[strings.ToLower(string(k))] = strings.TrimSpace(string(v))
		}
		switch tag {
		case "meta":
			for _, k := range []string{"name", "property", "itemprop"} {
				key := strings.ToLower(attrs[k])
				if key != "" && attrs["content"] != "" {
					if _, ok := meta[key]; !ok {
						meta[key] = attrs["content"]
					}
				}
			}
		case "time":
			dt := attrs["datetime"]
			if dt == "" {
				continue
			}
			_, pub := attrs["pubdate"]
			if (pub || strings.EqualFold(attrs["itemprop"], "datePublished")) && marked == "" {
				marked = dt
			}
			if first == "" {
				first = dt
			}
		}
	}
	for _, k := range metaNames {
		if t, ok := dayTime(meta[k]); ok {
			return t, true
		}
	}
	for _, v := range []string{marked, first} {
		if t, ok := dayTime(v); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// dayTime parses a date that names a day (a year or a month alone is
// no publication day of a page).
func dayTime(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if len(v) < 8 {
		return time.Time{}, false
	}
	t, err := dateparse.ParseIn(v, time.UTC)
	if err != nil || !validYear(t.Year()) {
		return time.Time{}, false
	}
	return t, true
}
