package schema

import "context"

type authKey struct{}

// WithAuthenticated records whether the request carried a valid API key.
// The HTTP layer decides; mutations check Authenticated.
func WithAuthenticated(ctx context.Context, ok bool) context.Context {
	return context.WithValue(ctx, authKey{}, ok)
}

// Authenticated reports whether the request carried a valid API key.
func Authenticated(ctx context.Context) bool {
	ok, _ := ctx.Value(authKey{}).(bool)
	return ok
}
