package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"net/http"
	"strings"
)

// keyring holds the API keys that authenticate mutations, as SHA-256
// digests: comparing digests of equal length in constant time reveals
// neither a key nor its length through timing.
type keyring struct {
	digests [][sha256.Size]byte
}

func newKeyring(keys []string) keyring {
	var k keyring
	for _, key := range keys {
		if key = strings.TrimSpace(key); key != "" {
			k.digests = append(k.digests, sha256.Sum256([]byte(key)))
		}
	}
	return k
}

var errMalformedAuth = errors.New(`the Authorization header must be "Bearer <API key>"`)

// authenticate reports whether r carries one of the keys in an
// "Authorization: Bearer <key>" header. No header is not an error (queries
// are public); a header that is not a single well-formed Bearer credential
// is errMalformedAuth. A well-formed but unknown key is simply not
// authenticated: resolvers of mutations check schema.Authenticated.
func (k keyring) authenticate(r *http.Request) (bool, error) {
	values := r.Header.Values("Authorization")
	if len(values) == 0 {
		return false, nil
	}
	if len(values) > 1 {
		return false, errMalformedAuth
	}
	scheme, token, ok := strings.Cut(values[0], " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false, errMalformedAuth
	}
	token = strings.TrimLeft(token, " ")
	if !isToken68(token) {
		return false, errMalformedAuth
	}
	got := sha256.Sum256([]byte(token))
	match := 0
	for _, want := range k.digests {
		match |= subtle.ConstantTimeCompare(got[:], want[:])
	}
	return match == 1, nil
}

// isToken68 reports whether s is an RFC 9110 token68, the syntax of a
// Bearer credential (RFC 6750).
func isToken68(s string) bool {
	body := strings.TrimRight(s, "=")
	if body == "" || len(s) > 4096 {
		return false
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("-._~+/", c) >= 0:
		default:
			return false
		}
	}
	return true
}
