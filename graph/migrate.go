package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// SchemaVersion is the version of the constraints, indexes and derived
// properties Migrate creates. Bump it when they change; Migrate records it
// in the database.
//
//	1  constraints, indexes and full-text indexes
//	2  per-day tie totals on every Stance (stanceTotals); stance_pair and
//	   event_pair indexes
//	3  tie class, all-time weights and pair ranks on every Stance (tie,
//	   allW, allN, tieW, tieEx; stanceTotals, tieRanks) and the tie_out and
//	   tie_in indexes that rank an actor's ties without reading them all
//	4  event_out and event_in: an actor's timeline and latest events from
//	   index entries (eventseek.go)
const SchemaVersion = 4

// migrations are idempotent: every statement says IF NOT EXISTS, so running
// Migrate on an up-to-date database changes nothing.
var migrations = []string{
	// Stable identifiers.
	`CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT stance_id IF NOT EXISTS FOR (n:Stance) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE`,
	// Filters.
	`CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)`,
	`CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)`,
	`CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)`,
	`CREATE INDEX event_day IF NOT EXISTS FOR (n:Event) ON (n.day)`,
	`CREATE INDEX event_root IF NOT EXISTS FOR (n:Event) ON (n.root)`,
	// The events between two given actors (events(filter: {between})).
	`CREATE INDEX event_pair IF NOT EXISTS FOR (n:Event) ON (n.source, n.target)`,
	// An actor's events on one side, by day: the timeline counted from the
	// entries, the latest events an ordered seek (eventseek.go).
	`CREATE INDEX event_out IF NOT EXISTS FOR (n:Event) ON (n.source, n.day, n.id, n.quadClass, n.goldstein)`,
	`CREATE INDEX event_in IF NOT EXISTS FOR (n:Event) ON (n.target, n.day, n.id, n.quadClass, n.goldstein)`,
	`CREATE INDEX evidence_date IF NOT EXISTS FOR (n:Evidence) ON (n.date)`,
	`CREATE INDEX stance_relation IF NOT EXISTS FOR (n:Stance) ON (n.relation)`,
	// The stances between two given actors (neighborhood edges).
	`CREATE INDEX stance_pair IF NOT EXISTS FOR (n:Stance) ON (n.source, n.target)`,
	// An actor's strongest ties of a class, explicit or not, in either
	// direction: an ordered index seek (rootTies).
	`CREATE INDEX tie_out IF NOT EXISTS FOR (n:Stance) ON (n.source, n.tie, n.tieEx, n.tieW)`,
	`CREATE INDEX tie_in IF NOT EXISTS FOR (n:Stance) ON (n.target, n.tie, n.tieEx, n.tieW)`,
	// Full-text search over actors and articles.
	`CREATE FULLTEXT INDEX actor_text IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliasText]`,
	`CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.source, n.url]`,
}

// Migrate creates the constraints and indexes, waits until they are online
// and records SchemaVersion. It is safe to run any number of times.
func (s *Store) Migrate(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	// Schema statements cannot share a transaction with writes, so each runs
	// in its own; IF NOT EXISTS makes a rerun after a partial failure safe.
	for _, stmt := range migrations {
		if _, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, stmt, nil)
			if err != nil {
				return nil, err
			}
			return res.Consume(ctx)
		}); err != nil {
			return fmt.Errorf("graph: migrate %q: %w", stmt, err)
		}
	}
	if err := runRetried(ctx, sess, `CALL db.awaitIndexes(300)`, nil); err != nil {
		return fmt.Errorf("graph: wait for indexes: %w", err)
	}
	// Stances written before version 3 lack some of the tie class, the
	// totals and the ranks. Computing them is a write per stance, so each
	// runs in batches in auto-commit transactions (IN TRANSACTIONS needs
	// them), and only for stances that lack them: a rerun after an
	// interruption carries on where it stopped. The ranks come last: they
	// read the totals of every stance of a pair.
	//
	// Actors imported by neo4j-admin (WriteAdminCSV) have no aliases or
	// titles when they have none: the import tool cannot store an empty
	// list (neo4j/neo4j#13566), which every online write of an actor does.
	backfill := []struct{ what, cypher string }{
		{"alias and title lists", `
MATCH (n:Actor) WHERE n.aliases IS NULL OR n.titles IS NULL
CALL (n) {
  SET n.aliases = coalesce(n.aliases, []), n.titles = coalesce(n.titles, [])
} IN TRANSACTIONS OF 5000 ROWS`},
		{"tie classes", `
MATCH (st:Stance) WHERE st.tie IS NULL
CALL (st) {
  SET st.tie = coalesce($classes[st.relation], st.relation)
} IN TRANSACTIONS OF 5000 ROWS`},
		{"tie totals", `
MATCH (st:Stance) WHERE st.allW IS NULL OR st.dayQ IS NULL
CALL (st) {
` + stanceTotals + `
} IN TRANSACTIONS OF 2000 ROWS`},
		{"tie ranks", `
MATCH (st:Stance) WHERE st.tieW IS NULL
CALL (st) {
` + tieRanks + `
} IN TRANSACTIONS OF 2000 ROWS`},
	}
	classes := map[string]any{}
	for _, r := range append(append([]string{}, AllyRelations()...), AdversaryRelations()...) {
		classes[r] = TieClass(r)
	}
	for _, b := range backfill {
		if err := runRetried(ctx, sess, b.cypher, map[string]any{"classes": classes}); err != nil {
			return fmt.Errorf("graph: compute the %s of existing stances: %w", b.what, err)
		}
	}
	if _, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, `MERGE (m:Migration {id: 'kg'}) SET m.version = $v, m.at = datetime()`,
			map[string]any{"v": SchemaVersion})
		if err != nil {
			return nil, err
		}
		return res.Consume(ctx)
	}); err != nil {
		return fmt.Errorf("graph: record schema version: %w", err)
	}
	return nil
}

// runRetried runs an auto-commit statement (CALL … IN TRANSACTIONS cannot
// run in a managed transaction, so the driver does not retry it) and runs
// it again while Neo4j answers with a retryable error, for up to a minute.
// A database that has just started, above all one neo4j-admin built, can
// report itself unavailable for a moment after Bolt first answers. Only
// idempotent statements may be given: every backfill selects what still
// lacks its value.
func runRetried(ctx context.Context, sess neo4j.SessionWithContext, cypher string, params map[string]any) error {
	deadline := time.Now().Add(time.Minute)
	for wait := 250 * time.Millisecond; ; wait = min(2*wait, 8*time.Second) {
		res, err := sess.Run(ctx, cypher, params)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err == nil || !neo4j.IsRetryable(err) || time.Now().Add(wait).After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%w (after: %w)", ctx.Err(), err)
		case <-time.After(wait):
		}
	}
}
