package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/graphql-go/graphql"
	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/ast"

	"github.com/geokg/kg/schema"
)

// reply is what the GraphQL endpoint answers; write sends it.
type reply struct {
	status int
	media  string
	header http.Header // extra headers: Allow, WWW-Authenticate
	body   response
	op     string // query, mutation, subscription, or "" before one is known
}

// graphqlHandler serves GraphQL over HTTP
// (https://graphql.github.io/graphql-over-http/draft/).
type graphqlHandler struct {
	cfg     Config
	schema  *schema.Schema
	docs    *documents
	keys    keyring
	limits  limits
	metrics *metrics
	breaker *breaker
}

func (h *graphqlHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	log := logger(r.Context())
	rep := h.serve(w, r, log)
	rep.status = write(w, log, rep)
	elapsed := time.Since(start)
	h.metrics.observe(rep, elapsed)
	log.Debug("graphql", "method", r.Method, "op", rep.op, "status", rep.status, "duration", elapsed)
}

func (h *graphqlHandler) serve(w http.ResponseWriter, r *http.Request, log *slog.Logger) reply {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		return failHTTP(mediaJSON, &httpError{http.StatusMethodNotAllowed, codeMethodNotAllowed,
			"GraphQL is served by GET (queries) and POST"}, http.Header{"Allow": {"GET, POST"}})
	}
	media := negotiate(r.Header)
	if media == "" {
		return failHTTP(mediaJSON, &httpError{http.StatusNotAcceptable, codeNotAcceptable,
			"the response is application/graphql-response+json or application/json; the Accept header allows neither"}, nil)
	}
	authenticated, err := h.keys.authenticate(r)
	if err != nil {
		return failHTTP(media, &httpError{http.StatusUnauthorized, codeUnauthenticated, err.Error()},
			http.Header{"WWW-Authenticate": {`Bearer error="invalid_request"`}})
	}
	req, herr := readRequest(w, r, h.cfg.MaxBodyBytes)
	if herr != nil {
		return failHTTP(media, herr, nil)
	}
	if strings.TrimSpace(req.Query) == "" {
		return failHTTP(media, badRequest("the query parameter is missing or empty"), nil)
	}
	if h.cfg.MaxQueryBytes >= 0 && len(req.Query) > h.cfg.MaxQueryBytes {
		return failRequest(media, "", requestError(codeTooLarge,
			fmt.Sprintf("the query is %d bytes long, more than the limit of %d", len(req.Query), h.cfg.MaxQueryBytes)))
	}

	// The cost depends on the variables: it is checked on every request,
	// cached document or not, before validation.
	costCheck := func(doc *ast.Document) []gqlerrors.FormattedError {
		if h.limits.cost < 0 {
			return nil
		}
		op, err := operation(doc, req.OperationName)
		if err != nil {
			return nil
		}
		if cost := h.schema.Cost(doc, op, req.Variables); cost > h.limits.cost {
			return []gqlerrors.FormattedError{formatLimit(tooComplex("cost", "cost", cost, h.limits.cost), nil)}
		}
		return nil
	}
	doc, invalid, parseErr := h.docs.get(req.Query, costCheck)
	if parseErr != nil {
		return failRequest(media, "", requestErrors(codeParseFailed, *parseErr))
	}
	if doc == nil {
		return failRequest(media, "", requestErrors(codeValidationFailed, invalid...))
	}
	op, opErr := operation(doc, req.OperationName)
	opType := ""
	if op != nil {
		opType = op.Operation
	}
	if op != nil && r.Method == http.MethodGet && op.Operation != ast.OperationTypeQuery {
		rep := failHTTP(media, &httpError{http.StatusMethodNotAllowed, codeMethodNotAllowed,
			fmt.Sprintf("a %s cannot be sent by GET; use POST", op.Operation)}, http.Header{"Allow": {"POST"}})
		rep.op = opType
		return rep
	}
	if len(invalid) > 0 {
		return failRequest(media, opType, requestErrors(codeValidationFailed, invalid...))
	}
	if opErr != nil {
		return failRequest(media, opType, requestError(codeOperationResolution, opErr.Error()))
	}
	if rootType(h.schema.GraphQL(), op) == nil || op.Operation == ast.OperationTypeSubscription {
		return failRequest(media, opType, requestError(codeOperationResolution,
			fmt.Sprintf("this server does not support %s operations", op.Operation)))
	}
	// While Neo4j is known to be down, fail at once rather than wait for
	// the driver to give up (introspection needs no storage).
	storage := needsStorage(doc, op)
	if storage && !h.breaker.allow() {
		return unavailable(media, opType)
	}

	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
	defer cancel()
	ctx = schema.WithAuthenticated(ctx, authenticated)
	// Queries are planned and answered by the schema with one statement;
	// mutations and introspection run on graphql-go.
	res := h.schema.Execute(ctx, schema.Request{Doc: doc, OperationName: req.OperationName, Variables: req.Variables})
	return h.result(ctx, media, opType, res, log)
}

// result classifies what schema.Schema.Execute returned: a request error (no
// data: variable coercion failed), an execution cut short by the time limit
// or the client leaving, or an execution with data and field errors.
func (h *graphqlHandler) result(ctx context.Context, media, op string, res *graphql.Result, log *slog.Logger) reply {
	rep := reply{status: http.StatusOK, media: media, op: op}
	if res.Data == nil && len(res.Errors) > 0 && !anyPath(res.Errors) {
		if ctxErr(res.Errors) != nil || ctx.Err() != nil {
			// the execution stopped waiting at the deadline; the store sees
			// the cancelled context and stops too.
			err := ctx.Err()
			if errors.Is(err, context.DeadlineExceeded) {
				log.Warn("graphql request timed out", "timeout", h.cfg.Timeout)
			} else {
				log.Debug("graphql request cancelled", "err", err)
			}
			rep.body = response{Data: nullData(), Errors: []gqlError{{
				Message:    fmt.Sprintf("the query took longer than %s and was cancelled", h.cfg.Timeout),
				Extensions: map[string]any{"code": codeTimeout},
			}}}
			return rep
		}
		return failRequest(media, op, requestErrors(codeBadUserInput, res.Errors...))
	}
	rep.body.Errors = fieldErrors(log, res.Errors)
	rep.body.Data = res.Data
	if res.Data == nil {
		rep.body.Data = nullData()
	}
	for _, e := range rep.body.Errors {
		if e.Extensions["code"] == codeUnavailable {
			// Storage could not be reached: 503, whatever the media type,
			// so that clients and proxies retry later.
			h.breaker.record(errors.New(e.Message))
			rep.status = http.StatusServiceUnavailable
			rep.header = http.Header{"Retry-After": {retryAfter()}}
			return rep
		}
	}
	return rep
}

func anyPath(errs []gqlerrors.FormattedError) bool {
	for _, e := range errs {
		if len(e.Path) > 0 {
			return true
		}
	}
	return false
}

func ctxErr(errs []gqlerrors.FormattedError) error {
	for _, e := range errs {
		if err := e.OriginalError(); errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return err
		}
	}
	return nil
}

func requestError(code, msg string) []gqlError {
	return errorResponse(code, msg).Errors
}

// failHTTP answers a request that is not a well-formed GraphQL-over-HTTP
// request (or may not be served): its status whatever the media type.
func failHTTP(media string, e *httpError, header http.Header) reply {
	return reply{status: e.status, media: media, header: header, body: errorResponse(e.code, e.msg)}
}

// failRequest answers a GraphQL request error (the document does not parse
// or validate, no operation can be chosen, variables do not coerce): 400
// with application/graphql-response+json, 200 with application/json, as
// the specification says; never any data.
func failRequest(media, op string, errs []gqlError) reply {
	status := http.StatusOK
	if media == mediaGraphQLResponse {
		status = http.StatusBadRequest
	}
	return reply{status: status, media: media, op: op, body: response{Errors: errs}}
}

// encode writes body exactly as json.Encoder would (errors, then data, then
// a newline), except that json.RawMessage data, and json.RawMessage values
// at the top of data, are copied as they are: the schema package writes
// query answers as HTML-safe JSON in the query's field order
// (schema.Schema.Execute), and encoding/json would scan every byte of them
// again to check and escape it, which costs more than writing them did.
// openResponse writes the response object's opening brace and, when
// there are any, its errors and the comma after them: json.Encoder puts
// errors before data (the field order of response).
func openResponse(buf *bytes.Buffer, errs []gqlError) error {
	buf.WriteByte('{')
	if len(errs) == 0 {
		return nil
	}
	b, err := json.Marshal(errs)
	if err != nil {
		return err
	}
	buf.WriteString(`"errors":`)
	buf.Write(b)
	buf.WriteByte(',')
	return nil
}

func encode(buf *bytes.Buffer, body response) error {
	if raw, ok := body.Data.(json.RawMessage); ok && raw != nil {
		if err := openResponse(buf, body.Errors); err != nil {
			return err
		}
		buf.WriteString(`"data":`)
		buf.Write(raw)
		buf.WriteString("}\n")
		return nil
	}
	data, ok := body.Data.(map[string]any)
	if !ok || data == nil {
		return json.NewEncoder(buf).Encode(body)
	}
	if err := openResponse(buf, body.Errors); err != nil {
		return err
	}
	buf.WriteString(`"data":{`)
	for i, k := range slices.Sorted(maps.Keys(data)) {
		if i > 0 {
			buf.WriteByte(',')
		}
		b, err := json.Marshal(k)
		if err != nil {
			return err
		}
		buf.Write(b)
		buf.WriteByte(':')
		if raw, ok := data[k].(json.RawMessage); ok && raw != nil {
			buf.Write(raw)
			continue
		}
		if b, err = json.Marshal(data[k]); err != nil {
			return err
		}
		buf.Write(b)
	}
	buf.WriteString("}}\n")
	return nil
}

// write sends rep and returns the status it sent.
func write(w http.ResponseWriter, log *slog.Logger, rep reply) int {
	for i := range rep.body.Errors {
		rep.body.Errors[i].Message = excerpt(rep.body.Errors[i].Message)
	}
	var buf bytes.Buffer
	if err := encode(&buf, rep.body); err != nil {
		// A resolver returned something JSON cannot encode.
		log.Error("encode graphql response", "err", err)
		rep.status, rep.media = http.StatusInternalServerError, mediaJSON
		buf.Reset()
		json.NewEncoder(&buf).Encode(errorResponse(codeInternal, "internal error"))
	}
	hdr := w.Header()
	for k, v := range rep.header {
		hdr[k] = v
	}
	hdr.Set("Content-Type", rep.media+"; charset=utf-8")
	hdr.Set("Content-Length", strconv.Itoa(buf.Len()))
	hdr.Add("Vary", "Accept")
	w.WriteHeader(rep.status)
	if _, err := w.Write(buf.Bytes()); err != nil {
		log.Debug("write graphql response", "err", err)
	}
	return rep.status
}
