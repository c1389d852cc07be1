package extract

// The dictionaries converted from outside sources (lang/en.petrarch.triggers.tsv,
// lang/en.agents.tsv, cameo.plover.tsv) are made by internal/gen from the
// committed copies in testdata/sources; internal/gen's test checks that they
// are exactly what it makes.
//go:generate go run ./internal/gen/dictgen -src testdata/sources -out .
