package facts

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
)

// MaxDocumentSize bounds one document (one JSON Lines line, or one element
// of a JSON array) so that a corrupt file cannot exhaust memory.
const MaxDocumentSize = 32 << 20

// Location says where a document was read: file, 1-based document number and
// the line it starts on.
type Location struct {
	File string
	Doc  int
	Line int
}

func (l Location) String() string {
	return fmt.Sprintf("%s: document %d (line %d)", l.File, l.Doc, l.Line)
}

// DocError is a document that was rejected, with where it was read.
type DocError struct {
	Loc Location
	Err error
}

func (e *DocError) Error() string { return e.Loc.String() + ": " + e.Err.Error() }
func (e *DocError) Unwrap() error { return e.Err }

// Item is one document read from a stream, or the reason it was rejected.
type Item struct {
	Loc Location
	Doc *Document
	Err error // a *DocError when the document is invalid
}

// Read yields the documents of a stream named file. JSON Lines ("jsonl")
// holds one document per line; JSON holds one document or an array of them.
// A document that fails validation is yielded with its error and reading goes
// on; an error that makes the rest of the stream unreadable is yielded last.
func (v *Validator) Read(r io.Reader, file string, jsonl bool) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		emit := func(loc Location, raw []byte) bool {
			doc, err := v.Decode(raw)
			if err != nil {
				return yield(Item{Loc: loc, Err: &DocError{Loc: loc, Err: err}})
			}
			return yield(Item{Loc: loc, Doc: doc})
		}
		fail := func(loc Location, err error) { yield(Item{Loc: loc, Err: &DocError{Loc: loc, Err: err}}) }
		if jsonl {
			readLines(r, file, emit, fail)
			return
		}
		readJSON(r, file, emit, fail)
	}
}

func readLines(r io.Reader, file string, emit func(Location, []byte) bool, fail func(Location, error)) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxDocumentSize)
	line, doc := 0, 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 || raw[0] == '#' {
			continue
		}
		doc++
		if !emit(Location{File: file, Doc: doc, Line: line}, raw) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line longer than %d bytes", MaxDocumentSize)
		}
		fail(Location{File: file, Doc: doc + 1, Line: line + 1}, err)
	}
}

func readJSON(r io.Reader, file string, emit func(Location, []byte) bool, fail func(Location, error)) {
	data, err := io.ReadAll(io.LimitReader(r, MaxDocumentSize*8+1))
	if err != nil {
		fail(Location{File: file, Doc: 1, Line: 1}, err)
		return
	}
	if len(data) > MaxDocumentSize*8 {
		fail(Location{File: file, Doc: 1, Line: 1}, fmt.Errorf("file larger than %d bytes; use JSON Lines for large batches", MaxDocumentSize*8))
		return
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(trimmed) == 0 {
		fail(Location{File: file, Doc: 1, Line: 1}, errors.New("empty file"))
		return
	}
	if trimmed[0] != '[' {
		emit(Location{File: file, Doc: 1, Line: lineAt(data, len(data)-len(trimmed))}, trimmed)
		return
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil { // the opening bracket
		fail(Location{File: file, Doc: 1, Line: 1}, err)
		return
	}
	for n := 1; dec.More(); n++ {
		var raw json.RawMessage
		start := int(dec.InputOffset())
		if err := dec.Decode(&raw); err != nil {
			fail(Location{File: file, Doc: n, Line: lineAt(data, start)}, fmt.Errorf("not valid JSON: %w", err))
			return
		}
		// InputOffset is before the separating comma and white space.
		off := start + len(data[start:]) - len(bytes.TrimLeft(data[start:], " \t\r\n,"))
		if !emit(Location{File: file, Doc: n, Line: lineAt(data, off)}, raw) {
			return
		}
	}
}

func lineAt(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	return bytes.Count(data[:off], []byte{'\n'}) + 1
}
