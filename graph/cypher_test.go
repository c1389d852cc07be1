package graph

import "testing"

func TestFill(t *testing.T) {
	got := fill("MATCH ({{a}})-[:SOURCE]->({{b}}) WHERE {{a}}.id = {{id}} RETURN {a: {{a}}.id}", parts{"a": "a1", "b": "b2", "id": "$p0"})
	if want := "MATCH (a1)-[:SOURCE]->(b2) WHERE a1.id = $p0 RETURN {a: a1.id}"; got != want {
		t.Errorf("fill = %q, want %q", got, want)
	}
	for name, f := range map[string]func(){
		"a missing part":    func() { fill("RETURN {{x}}", parts{}) },
		"an unused part":    func() { fill("RETURN 1", parts{"x": "1"}) },
		"an unclosed brace": func() { fill("RETURN {{x", parts{"x": "1"}) },
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			f()
		})
	}
}
