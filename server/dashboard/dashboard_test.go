package dashboard

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	h := Handler()
	tests := []struct {
		path, wantType, wantBody string
		status                   int
	}{
		{"/dashboard", "", "", http.StatusMovedPermanently},
		{"/dashboard/", "text/html", `<script src="/dashboard/dashboard.js">`, http.StatusOK},
		{"/dashboard/dashboard.js", "javascript", "/graphql", http.StatusOK},
		{"/dashboard/dashboard.css", "text/css", "--accent", http.StatusOK},
		{"/dashboard/assets/cytoscape.min.js", "javascript", "cytoscape", http.StatusOK},
		{"/dashboard/assets/LICENSE.cytoscape", "text/plain", "Permission is hereby granted", http.StatusOK},
		{"/dashboard/nope.js", "", "", http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, tt.path, nil))
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if tt.status == http.StatusMovedPermanently && rec.Header().Get("Location") != "/dashboard/" {
				t.Errorf("redirect to %q", rec.Header().Get("Location"))
			}
			if !strings.Contains(rec.Header().Get("Content-Type"), tt.wantType) {
				t.Errorf("Content-Type %q, want %s", rec.Header().Get("Content-Type"), tt.wantType)
			}
			if !strings.Contains(rec.Body.String(), tt.wantBody) {
				t.Errorf("body lacks %q", tt.wantBody)
			}
			if tt.status == http.StatusOK && !strings.Contains(rec.Header().Get("Content-Security-Policy"), "default-src 'self'") {
				t.Errorf("CSP %q", rec.Header().Get("Content-Security-Policy"))
			}
		})
	}
}
