package graph

import (
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Date is a calendar day, the unit in which facts are filed. Answers carry
// the days Neo4j stores as Dates; the driver's own type never leaves this
// package (dateParam and plain convert at the storage boundary).
type Date struct {
	t time.Time // midnight UTC
}

// DateOf is the day of t, in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// Time is the day's midnight, UTC.
func (d Date) Time() time.Time { return d.t }

// String is the day as YYYY-MM-DD.
func (d Date) String() string { return d.t.Format(time.DateOnly) }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.t.IsZero() }

// dateParam is a day as a Cypher parameter (a Neo4j Date), or nil.
func dateParam(t *time.Time) any {
	if t == nil {
		return nil
	}
	return dbtype.Date(DateOf(*t).t)
}
