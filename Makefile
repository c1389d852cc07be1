# The two commands the README opens with:
#   make run   local Neo4j up, sample articles loaded, GraphQL + playground on http://localhost:8080
#   make test  the whole suite; integration tests run against a Neo4j the script starts and stops
.PHONY: run test build check neo4j-start neo4j-stop clean

GO ?= go

run:
	@scripts/run

test:
	@scripts/test

build:
	$(GO) build -trimpath -o bin/kg ./cmd/kg

# Static checks only (gofmt, go vet); part of `make test`.
check:
	@scripts/test --check-only

neo4j-start:
	@scripts/neo4j start dev

neo4j-stop:
	@scripts/neo4j stop dev

clean:
	rm -rf bin
	scripts/neo4j wipe dev
	scripts/neo4j wipe test
