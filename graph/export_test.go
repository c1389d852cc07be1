package graph

// SetTieCandidates makes allies and adversaries at the root read n of an
// actor's strongest ties per index seek, so that tests on small graphs can
// exercise both the early answer and the ranking of every tie.
func SetTieCandidates(s *Store, n int) { s.tieCandidates = n }
