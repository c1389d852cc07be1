package loader

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"
)

// sniffFacts reads the top-level keys of the first JSON document of br (the
// first element of an array) until it knows whether the stream holds facts
// documents: a "format" of "kg-facts/…" says so, and so do "article" or
// "actors" without the "text" or "html" of a raw-article record. It reads at
// most max bytes, however far into the document the keys are, and returns a
// reader that yields the whole stream again.
func sniffFacts(br *bufio.Reader, max int) (bool, io.Reader) {
	var seen bytes.Buffer
	dec := json.NewDecoder(io.TeeReader(io.LimitReader(br, int64(max)), &seen))
	replay := func() io.Reader { return io.MultiReader(bytes.NewReader(seen.Bytes()), br) }
	// Not JSON as far as it goes: fall back on the text of what was read.
	fallback := func() (bool, io.Reader) {
		return bytes.Contains(seen.Bytes(), []byte(`"kg-facts/`)), replay()
	}
	tok, err := dec.Token()
	if err != nil {
		return fallback()
	}
	if tok == json.Delim('[') {
		if tok, err = dec.Token(); err != nil {
			return fallback()
		}
	}
	if tok != json.Delim('{') {
		return false, replay()
	}
	keys := map[string]bool{}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return fallback()
		}
		key, _ := k.(string)
		keys[key] = true
		if key == "format" {
			v, err := dec.Token()
			if err != nil {
				return fallback()
			}
			if s, ok := v.(string); ok && strings.HasPrefix(s, "kg-facts/") {
				return true, replay()
			}
			if d, ok := v.(json.Delim); ok && (d == '{' || d == '[') {
				if skipRest(dec) != nil {
					return fallback()
				}
			}
			continue
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return fallback()
		}
	}
	return (keys["article"] || keys["actors"] || keys["format"]) && !keys["text"] && !keys["html"], replay()
}

// skipRest skips the rest of the object or array whose opening delimiter
// dec has just returned.
func skipRest(dec *json.Decoder) error {
	for depth := 1; depth > 0; {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}
