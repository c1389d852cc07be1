package main

import (
	"flag"
	"os"
	"strings"
	"time"

	"github.com/geokg/kg/graph"
)

// Config is every setting of the binary, in one place. Flags override the
// environment, which overrides the defaults.
type Config struct {
	Neo4j         graph.Config
	Addr          string        // KG_ADDR, --addr
	Timeout       time.Duration // per GraphQL request
	Playground    bool
	Introspection bool
	Metrics       bool
	APIKeys       []string // authenticate mutations
	Limits        struct{ Depth, Aliases, RootFields, Cost, QueryBytes, Tokens, Fields int }
	Gazetteers    []string // extra gazetteer files for the extractor
	Caps          Caps     // bounded work per article and per facts document (limits.go)
	Published     string   // publication date of raw articles that give none (--published)
	Verbose       bool
}

func env(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

// neo4jFlags registers the flags every command that talks to Neo4j takes.
func (c *Config) neo4jFlags(fs *flag.FlagSet) {
	fs.StringVar(&c.Neo4j.URI, "neo4j-uri", env("NEO4J_URI", "bolt://127.0.0.1:7687"), "Neo4j URI: bolt://, neo4j:// (routing), +s/+ssc for TLS `(NEO4J_URI)`")
	fs.StringVar(&c.Neo4j.User, "neo4j-user", env("NEO4J_USER", "neo4j"), "Neo4j user `(NEO4J_USER)`")
	fs.StringVar(&c.Neo4j.Password, "neo4j-password", env("NEO4J_PASSWORD", ""), "Neo4j password `(NEO4J_PASSWORD)`")
	fs.StringVar(&c.Neo4j.Database, "neo4j-database", env("NEO4J_DATABASE", ""), "database name; empty for the server default `(NEO4J_DATABASE)`")
	fs.BoolVar(&c.Verbose, "v", false, "verbose logging")
}

// publishedFlag registers --published: the publication date of raw
// articles without one in their metadata, dateline or a publication line.
func (c *Config) publishedFlag(fs *flag.FlagSet) {
	fs.StringVar(&c.Published, "published", "", "publication `DATE` (YYYY-MM-DD or a written date) of raw articles that give none; without it they stay undated")
}

// gazetteerFlag registers --gazetteer, which may be repeated.
func (c *Config) gazetteerFlag(fs *flag.FlagSet) {
	fs.Func("gazetteer", "extra gazetteer `FILE` (JSON Lines, see loader/extract/gazetteer/data/README.md); repeatable", func(s string) error {
		c.Gazetteers = append(c.Gazetteers, s)
		return nil
	})
	if v := env("KG_GAZETTEER", ""); v != "" {
		c.Gazetteers = append(c.Gazetteers, strings.Split(v, string(os.PathListSeparator))...)
	}
}
