package graph

import "github.com/neo4j/neo4j-go-driver/v5/neo4j"

// Driver is s's driver, for tests that read or change the database behind
// the package's back.
func Driver(s *Store) neo4j.DriverWithContext { return s.driver }

// SetTieCandidates makes allies and adversaries at the root read n of an
// actor's strongest ties per index seek, so that tests on small graphs can
// exercise both the early answer and the ranking of every tie.
func SetTieCandidates(s *Store, n int) { s.tieCandidates = n }

// SetTieScanBelow makes allies and adversaries at the root rank every tie
// at once for actors with at most n stances; negative n makes them read
// candidates first whatever the actor's degree; 0 restores the default.
func SetTieScanBelow(s *Store, n int) { s.tieScanBelow = n }

// SetSlowPaths makes s answer the timeline and an actor's events by reading
// every event of the actor, as before the event_out and event_in seeks.
func SetSlowPaths(s *Store, on bool) { s.slowPaths = on }
