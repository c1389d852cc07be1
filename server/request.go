package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

const (
	mediaGraphQLResponse = "application/graphql-response+json"
	mediaJSON            = "application/json"
)

// gqlRequest is a well-formed GraphQL-over-HTTP request.
type gqlRequest struct {
	Query         string
	OperationName string
	Variables     map[string]any
	Extensions    map[string]any
}

// httpError is a request that is not a well-formed GraphQL-over-HTTP
// request; it is answered with status whatever the media type.
type httpError struct {
	status int
	code   string
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(format string, args ...any) *httpError {
	return &httpError{status: http.StatusBadRequest, code: codeBadRequest, msg: fmt.Sprintf(format, args...)}
}

// readRequest reads the GraphQL-over-HTTP request parameters of a GET or
// POST request.
func readRequest(w http.ResponseWriter, r *http.Request, maxBody int64) (gqlRequest, *httpError) {
	if r.Method == http.MethodGet {
		return readGET(r)
	}
	return readPOST(w, r, maxBody)
}

// readGET reads the parameters from the URL's query, application/x-www-form-urlencoded.
func readGET(r *http.Request) (gqlRequest, *httpError) {
	var req gqlRequest
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return req, badRequest("the URL query is not application/x-www-form-urlencoded: %v", err)
	}
	req.Query = q.Get("query")
	req.OperationName = q.Get("operationName")
	for _, p := range []struct {
		name string
		dst  *map[string]any
	}{{"variables", &req.Variables}, {"extensions", &req.Extensions}} {
		if v := q.Get(p.name); v != "" {
			if err := decodeObject(p.name, json.RawMessage(v), p.dst); err != nil {
				return req, err
			}
		}
	}
	return req, nil
}

// readPOST reads the parameters from an application/json body.
func readPOST(w http.ResponseWriter, r *http.Request, maxBody int64) (gqlRequest, *httpError) {
	var req gqlRequest
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return req, &httpError{http.StatusUnsupportedMediaType, codeUnsupportedMediaType,
			"a POST request needs Content-Type: application/json"}
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || mt != mediaJSON {
		return req, &httpError{http.StatusUnsupportedMediaType, codeUnsupportedMediaType,
			fmt.Sprintf("POST bodies must be application/json, not %q", ct)}
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		return req, &httpError{http.StatusUnsupportedMediaType, codeUnsupportedMediaType,
			fmt.Sprintf("POST bodies must be UTF-8, not %q", cs)}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return req, &httpError{http.StatusRequestEntityTooLarge, codePayloadTooLarge,
				fmt.Sprintf("the request body exceeds %d bytes", tooBig.Limit)}
		}
		return req, badRequest("reading the request body: %v", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return req, badRequest("the request body is empty; it must be a JSON object with a query")
	}
	// Exact property names: encoding/json would also match "QUERY" to a
	// struct field, and the other names are reserved by the specification.
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil || fields == nil {
		return req, badRequest("the request body is not a JSON object")
	}
	if err := decodeString("query", fields["query"], &req.Query); err != nil {
		return req, err
	}
	if err := decodeString("operationName", fields["operationName"], &req.OperationName); err != nil {
		return req, err
	}
	if err := decodeObject("variables", fields["variables"], &req.Variables); err != nil {
		return req, err
	}
	if err := decodeObject("extensions", fields["extensions"], &req.Extensions); err != nil {
		return req, err
	}
	return req, nil
}

func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(raw) == "null"
}

// decodeString decodes an optional string parameter: absent or null leaves
// dst alone.
func decodeString(name string, raw json.RawMessage, dst *string) *httpError {
	if isNull(raw) {
		return nil
	}
	if raw[0] != '"' || json.Unmarshal(raw, dst) != nil {
		return badRequest("the %s parameter must be a string", name)
	}
	return nil
}

// decodeObject decodes an optional map parameter: absent or null leaves
// dst alone. Numbers become float64, which graphql-go coerces.
func decodeObject(name string, raw json.RawMessage, dst *map[string]any) *httpError {
	raw = bytes.TrimSpace(raw)
	if isNull(raw) {
		return nil
	}
	if raw[0] != '{' || json.Unmarshal(raw, dst) != nil {
		return badRequest("the %s parameter must be a JSON object", name)
	}
	return nil
}

// negotiate picks the response media type from the Accept header:
// application/graphql-response+json when the client names it (and does not
// prefer application/json), otherwise application/json, which is also the
// answer when there is no Accept header (legacy clients) and for */*. It
// returns "" when the client accepts neither.
func negotiate(h http.Header) string {
	values := h.Values("Accept")
	if strings.TrimSpace(strings.Join(values, "")) == "" {
		return mediaJSON
	}
	type pref struct {
		q           float64
		specificity int // 0: no range matches, 1: */*, 2: application/*, 3: exact
	}
	var gql, js pref
	match := func(p *pref, q float64, specificity int) {
		if specificity > p.specificity || (specificity == p.specificity && q > p.q) {
			p.q, p.specificity = q, specificity
		}
	}
	for _, v := range values {
		for _, part := range strings.Split(v, ",") {
			mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
			if err != nil {
				continue
			}
			q := 1.0
			if s, ok := params["q"]; ok {
				f, err := strconv.ParseFloat(s, 64)
				if err != nil || f < 0 || f > 1 {
					continue
				}
				q = f
			}
			if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
				continue // responses are always UTF-8
			}
			switch mt {
			case mediaGraphQLResponse:
				match(&gql, q, 3)
			case mediaJSON:
				match(&js, q, 3)
			case "application/*":
				match(&gql, q, 2)
				match(&js, q, 2)
			case "*/*":
				match(&gql, q, 1)
				match(&js, q, 1)
			}
		}
	}
	switch {
	case gql.specificity == 3 && gql.q > 0 && gql.q >= js.q:
		return mediaGraphQLResponse
	case js.q > 0:
		return mediaJSON
	case gql.q > 0:
		return mediaGraphQLResponse
	}
	return ""
}
