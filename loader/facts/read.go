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

// MaxDocumentSize was the fixed bound of one document.
//
// Deprecated: the bound is Limits.MaxDocumentBytes (Validator.WithLimits).
const MaxDocumentSize = 8 << 20

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
				var ve *ValidationError
				if errors.As(err, &ve) {
					for i := range ve.Problems {
						if ve.Problems[i].Line > 0 { // within the document: make it a line of the file
							ve.Problems[i].Line += loc.Line - 1
						}
					}
				}
				return yield(Item{Loc: loc, Err: &DocError{Loc: loc, Err: err}})
			}
			return yield(Item{Loc: loc, Doc: doc})
		}
		fail := func(loc Location, err error) bool { return yield(Item{Loc: loc, Err: &DocError{Loc: loc, Err: err}}) }
		if jsonl {
			readLines(r, file, v.limits.MaxDocumentBytes, emit, fail)
			return
		}
		readJSON(r, file, v.limits.MaxDocumentBytes, emit, func(loc Location, err error) { fail(loc, err) })
	}
}

// readLines reads one document per line. A line longer than max bytes is
// rejected, without being held in memory, and reading goes on.
func readLines(r io.Reader, file string, max int, emit func(Location, []byte) bool, fail func(Location, error) bool) {
	br := bufio.NewReaderSize(r, 64<<10)
	line, doc := 0, 0
	var buf []byte
	for {
		buf = buf[:0]
		have, tooLong := 0, false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			have += len(chunk)
			if !tooLong {
				if have > max+2 { // the line and its "\r\n"
					tooLong, buf = true, buf[:0]
				} else {
					buf = append(buf, chunk...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			fail(Location{File: file, Doc: doc + 1, Line: line + 1}, err)
			return
		}
		if err == io.EOF && have == 0 {
			return
		}
		line++
		raw := bytes.TrimSpace(buf)
		switch {
		case tooLong:
			doc++
			if !fail(Location{File: file, Doc: doc, Line: line}, &LimitError{What: "bytes on one line", Have: have, Max: max, Limit: "MaxDocumentBytes"}) {
				return
			}
		case len(raw) == 0 || raw[0] == '#':
		default:
			doc++
			if !emit(Location{File: file, Doc: doc, Line: line}, raw) {
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

func readJSON(r io.Reader, file string, max int, emit func(Location, []byte) bool, fail func(Location, error)) {
	data, err := io.ReadAll(io.LimitReader(r, int64(max)*8+1))
	if err != nil {
		fail(Location{File: file, Doc: 1, Line: 1}, err)
		return
	}
	if len(data) > max*8 {
		fail(Location{File: file, Doc: 1, Line: 1}, fmt.Errorf("file larger than %d bytes; use JSON Lines for large batches", max*8))
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
