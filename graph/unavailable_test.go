package graph_test

import (
	"context"
	"errors"
	"io"
	"net"
	"net/url"
	"sync"
	"testing"

	"github.com/geokg/kg/graph"
	"github.com/geokg/kg/graph/graphtest"
)

// Writes that cannot reach Neo4j say so with ErrUnavailable, as reads do,
// so that the loader stops at once and the API answers UNAVAILABLE on the
// first mutation of an outage instead of an internal error. The store talks
// to the real Neo4j through a TCP relay that the test then cuts: every
// connection is closed and new ones are refused, as when Neo4j goes away.
func TestWritesUnavailable(t *testing.T) {
	ctx := context.Background()
	cfg := graphtest.Config(t)
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	r := startRelay(t, u.Host)
	cfg.URI = "bolt://" + r.addr()
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close(ctx)
	if _, err := st.Counts(ctx); err != nil {
		t.Fatalf("through the relay: %v", err)
	}
	r.cut()

	f := sample("https://example.test/unavailable", "2023-01-02", true)
	for _, tt := range []struct {
		name string
		run  func() error
	}{
		{"WriteArticle", func() error { _, err := st.WriteArticle(ctx, f); return err }},
		{"BulkWrite", func() error {
			_, err := st.BulkWrite(ctx, graph.BulkBatch{Articles: []graph.ArticleFacts{f}})
			return err
		}},
		{"DeleteArticle", func() error { _, err := st.DeleteArticle(ctx, f.Article.ID); return err }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.run(); !errors.Is(err, graph.ErrUnavailable) {
				t.Errorf("err = %v, want one wrapping graph.ErrUnavailable", err)
			}
		})
	}
}

// relay forwards TCP connections from a loopback port to target until cut.
type relay struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func startRelay(t *testing.T, target string) *relay {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r := &relay{ln: ln}
	t.Cleanup(r.cut)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			r.mu.Lock()
			r.conns = append(r.conns, c, up)
			r.mu.Unlock()
			go func() { _, _ = io.Copy(up, c); up.Close() }()
			go func() { _, _ = io.Copy(c, up); c.Close() }()
		}
	}()
	return r
}

func (r *relay) addr() string { return r.ln.Addr().String() }

// cut closes the port and every connection through it.
func (r *relay) cut() {
	r.ln.Close()
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range r.conns {
		c.Close()
	}
	r.conns = nil
}
