// Package dashboard serves the analysts' dashboard at /dashboard: static
// pages (plain JavaScript, no build step) and vendored front-end libraries,
// embedded in the binary so that it works offline. The pages ask the public
// GraphQL API (/graphql) the same questions a script would; this package
// knows nothing of GraphQL or Cypher.
package dashboard

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed index.html dashboard.js dashboard.css assets
var files embed.FS

// csp lets the page load only what this server serves. Styles may be
// inline: the graph library and the charts set element styles.
const csp = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'"

// Handler serves the dashboard under /dashboard: the page at /dashboard/
// (and /dashboard, redirected), its scripts and assets below it.
func Handler() http.Handler {
	static := http.StripPrefix("/dashboard/", http.FileServer(http.FS(files)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/dashboard":
			http.Redirect(w, r, "/dashboard/", http.StatusMovedPermanently)
			return
		case "/dashboard/", "/dashboard/index.html":
			page, err := fs.ReadFile(files, "index.html")
			if err != nil {
				http.Error(w, "dashboard missing", http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Security-Policy", csp)
			w.Header().Set("Cache-Control", "no-cache")
			w.Write(page)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=3600")
		w.Header().Set("Content-Security-Policy", csp)
		static.ServeHTTP(w, r)
	})
}
