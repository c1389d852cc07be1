package server

import (
	"encoding/json"
	"errors"
	"log/slog"

	"github.com/graphql-go/graphql/gqlerrors"
	"github.com/graphql-go/graphql/language/location"
)

// Codes in errors[].extensions.code. Resolvers add their own (NOT_FOUND,
// BAD_USER_INPUT, TIMEOUT…) through errors that implement coded.
const (
	codeBadRequest            = "BAD_REQUEST"
	codeMethodNotAllowed      = "METHOD_NOT_ALLOWED"
	codeNotAcceptable         = "NOT_ACCEPTABLE"
	codeUnsupportedMediaType  = "UNSUPPORTED_MEDIA_TYPE"
	codePayloadTooLarge       = "PAYLOAD_TOO_LARGE"
	codeUnauthenticated       = "UNAUTHENTICATED"
	codeParseFailed           = "GRAPHQL_PARSE_FAILED"
	codeValidationFailed      = "GRAPHQL_VALIDATION_FAILED"
	codeOperationResolution   = "OPERATION_RESOLUTION_FAILURE"
	codeBadUserInput          = "BAD_USER_INPUT"
	codeTooComplex            = "QUERY_TOO_COMPLEX"
	codeTooLarge              = "QUERY_TOO_LARGE"
	codeIntrospectionDisabled = "INTROSPECTION_DISABLED"
	codeTimeout               = "TIMEOUT"
	codeInternal              = "INTERNAL_SERVER_ERROR"
	// codeUnavailable (breaker.go): Neo4j cannot be reached.
)

// coded is a user-facing error: resolvers return them (schema.Error) and
// graphql-go's gqlerrors.ExtendedError has the same method. Its message and
// extensions reach the client when extensions carry a "code" other than
// INTERNAL_SERVER_ERROR; any other error becomes "internal error".
type coded interface {
	error
	Extensions() map[string]any
}

// response is a GraphQL response. Data is absent (nil) when the request
// did not reach execution, and json null when execution produced none.
type response struct {
	Errors []gqlError `json:"errors,omitempty"`
	Data   any        `json:"data,omitempty"`
}

// nullData is the data entry of an execution that produced none.
func nullData() json.RawMessage { return json.RawMessage("null") }

type gqlError struct {
	Message    string                    `json:"message"`
	Locations  []location.SourceLocation `json:"locations,omitempty"`
	Path       []any                     `json:"path,omitempty"`
	Extensions map[string]any            `json:"extensions,omitempty"`
}

func errorResponse(code, msg string) response {
	return response{Errors: []gqlError{{Message: msg, Extensions: map[string]any{"code": code}}}}
}

// requestErrors turns graphql-go's parse and validation errors into
// response errors, adding code where the error has none.
func requestErrors(code string, errs ...gqlerrors.FormattedError) []gqlError {
	out := make([]gqlError, 0, len(errs))
	for _, e := range errs {
		ext := e.Extensions
		if _, ok := ext["code"]; !ok {
			ext = map[string]any{"code": code}
			for k, v := range e.Extensions {
				ext[k] = v
			}
		}
		out = append(out, gqlError{Message: e.Message, Locations: e.Locations, Path: e.Path, Extensions: ext})
	}
	return out
}

// fieldErrors turns the errors of an execution into response errors: user
// errors pass; anything else (a driver error with Cypher in it, a panic, a
// resolver bug) becomes "internal error" for the client and is logged
// whole, with the request id, for the operator.
func fieldErrors(log *slog.Logger, errs []gqlerrors.FormattedError) []gqlError {
	out := make([]gqlError, 0, len(errs))
	for _, e := range errs {
		if u := userError(e); u != nil {
			if code := u.Extensions()["code"]; code == codeUnavailable || code == codeTimeout {
				// Not the client's fault: the operator wants the cause.
				log.Warn("graphql field error", "path", e.Path, "code", code, "err", detail(cause(e)))
			}
			out = append(out, gqlError{Message: u.Error(), Locations: e.Locations, Path: e.Path, Extensions: u.Extensions()})
			continue
		}
		log.Error("graphql field error", "path", e.Path, "err", detail(cause(e)))
		out = append(out, gqlError{Message: "internal error", Locations: e.Locations, Path: e.Path,
			Extensions: map[string]any{"code": codeInternal}})
	}
	return out
}

// userError is the coded error behind e, or nil.
func userError(e gqlerrors.FormattedError) coded {
	var c coded
	if !errors.As(cause(e), &c) {
		return nil
	}
	code, _ := c.Extensions()["code"].(string)
	if code == "" || code == codeInternal {
		return nil
	}
	return c
}

// detail is err for the log: the wrappers that hide a cause from clients
// (schema's "internal error", UNAVAILABLE, TIMEOUT) are unwrapped down to
// the error that says what happened.
func detail(err error) error {
	for {
		u := errors.Unwrap(err)
		if _, hides := err.(coded); u == nil || !hides {
			return err
		}
		err = u
	}
}

// cause is the error a resolver returned (or panicked with), without
// graphql-go's location wrapper.
func cause(e gqlerrors.FormattedError) error {
	err := e.OriginalError()
	var located *gqlerrors.Error
	if errors.As(err, &located) && located.OriginalError != nil {
		return located.OriginalError
	}
	if err == nil {
		return errors.New(e.Message)
	}
	return err
}
