package graph_test

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The package speaks storage: what the graph holds and how to read it. It
// knows nothing of the API that shows it (GraphQL, HTTP), and the Neo4j
// driver's types stay inside it. This test reads the package's own files
// (not its tests) and its imports as `go list` reports them.

// apiVocabulary is the GraphQL and Relay vocabulary no exported name of the
// package may use. (Edges of a graph are storage terms: ExportEdges is not
// a Relay connection's edges, which the exported names below may not be.)
var apiVocabulary = regexp.MustCompile(`(?i)graphql|relay|typename|pageinfo|cursor|connection|resolver|extensions|^(\w+\.)?(edges|node|totalcount|hasnextpage|hasPreviousPage)$`)

// apiCodes are GraphQL error codes (extensions.code): the schema package
// maps graph's errors to them; graph must not produce them.
var apiCodes = regexp.MustCompile(`BAD_USER_INPUT|NOT_FOUND|UNAUTHENTICATED|INTERNAL_SERVER_ERROR|__typename|"pageInfo"|"totalCount"|"hasNextPage"|"endCursor"`)

const driverPath = "github.com/neo4j/neo4j-go-driver"

func TestImportsNoAPIPackages(t *testing.T) {
	out, err := exec.Command("go", "list", "-json", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkg struct {
		Imports, Deps []string
	}
	if err := json.Unmarshal(out, &pkg); err != nil {
		t.Fatal(err)
	}
	if len(pkg.Deps) == 0 {
		t.Fatal("go list reported no dependencies")
	}
	for _, d := range pkg.Deps {
		for _, bad := range []string{"graphql", "net/http", "gorilla", "github.com/geokg/kg/schema", "github.com/geokg/kg/server"} {
			if strings.Contains(d, bad) {
				t.Errorf("graph depends on %s", d)
			}
		}
	}
}

// exported lists the exported names of the package's files, with what
// their declarations refer to.
type apiFile struct {
	name    string
	file    *ast.File
	drivers map[string]bool // local names of driver imports
}

func packageFiles(t *testing.T) []apiFile {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []apiFile
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, n, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		af := apiFile{name: n, file: f, drivers: map[string]bool{}}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if strings.HasPrefix(p, driverPath) {
				local := p[strings.LastIndex(p, "/")+1:]
				if imp.Name != nil {
					local = imp.Name.Name
				}
				af.drivers[local] = true
			}
		}
		files = append(files, af)
	}
	if len(files) < 5 {
		t.Fatalf("found %d files", len(files))
	}
	return files
}

// usesDriver reports the first reference to a driver package in expr.
func usesDriver(f apiFile, expr ast.Node) string {
	found := ""
	ast.Inspect(expr, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && f.drivers[id.Name] {
				found = id.Name + "." + sel.Sel.Name
			}
		}
		return found == ""
	})
	return found
}

func TestExportedAPISpeaksStorage(t *testing.T) {
	checked := 0
	check := func(f apiFile, what, name string, typ ast.Node) {
		checked++
		if apiVocabulary.MatchString(name) {
			t.Errorf("%s: exported %s %s uses API vocabulary", f.name, what, name)
		}
		if typ != nil {
			if d := usesDriver(f, typ); d != "" {
				t.Errorf("%s: exported %s %s refers to the driver's %s", f.name, what, name, d)
			}
		}
	}
	exportedRecv := func(fd *ast.FuncDecl) bool {
		if fd.Recv == nil {
			return true
		}
		typ := fd.Recv.List[0].Type
		if s, ok := typ.(*ast.StarExpr); ok {
			typ = s.X
		}
		id, ok := typ.(*ast.Ident)
		return ok && id.IsExported()
	}
	for _, f := range packageFiles(t) {
		for _, d := range f.file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Name.IsExported() && exportedRecv(d) {
					check(f, "func", d.Name.Name, d.Type)
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if !s.Name.IsExported() {
							continue
						}
						check(f, "type", s.Name.Name, nil)
						if s.Assign != 0 {
							check(f, "alias", s.Name.Name, s.Type)
						}
						switch tt := s.Type.(type) {
						case *ast.StructType:
							for _, fl := range tt.Fields.List {
								for _, n := range fl.Names {
									if n.IsExported() {
										check(f, "field", s.Name.Name+"."+n.Name, fl.Type)
									}
								}
								if len(fl.Names) == 0 {
									check(f, "embedded field", s.Name.Name, fl.Type)
								}
							}
						case *ast.InterfaceType:
							for _, m := range tt.Methods.List {
								for _, n := range m.Names {
									check(f, "method", s.Name.Name+"."+n.Name, m.Type)
								}
							}
						default:
							check(f, "type", s.Name.Name, s.Type)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() {
								check(f, "value", n.Name, s.Type)
								for _, v := range s.Values {
									check(f, "value", n.Name, v)
								}
							}
						}
					}
				}
			}
		}
		// No GraphQL error code or response shape is written anywhere.
		ast.Inspect(f.file, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && apiCodes.MatchString(lit.Value) {
				t.Errorf("%s: the literal %s belongs to the API", f.name, lit.Value)
			}
			return true
		})
	}
	if checked < 50 {
		t.Fatalf("checked only %d exported names", checked)
	}
}

// The checks themselves catch what they look for.
func TestAPICheckCatches(t *testing.T) {
	for _, name := range []string{"Relay", "PageInfo", "Typename", "EndCursor", "Edges", "Page.Edges", "GraphQLError", "Page.TotalCount"} {
		if !apiVocabulary.MatchString(name) {
			t.Errorf("%s passes the vocabulary check", name)
		}
	}
	for _, name := range []string{"Page", "Selection", "Store", "Date", "NotFoundError", "Page.Keys", "ExportEdges", "ExportNode"} {
		if apiVocabulary.MatchString(name) {
			t.Errorf("%s fails the vocabulary check", name)
		}
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", `package x
import "github.com/neo4j/neo4j-go-driver/v5/neo4j"
type Date = neo4j.Date`, 0)
	if err != nil {
		t.Fatal(err)
	}
	af := apiFile{name: "x.go", file: f, drivers: map[string]bool{"neo4j": true}}
	if usesDriver(af, f.Decls[1].(*ast.GenDecl).Specs[0].(*ast.TypeSpec).Type) == "" {
		t.Error("the driver check misses neo4j.Date")
	}
	if !apiCodes.MatchString(`"NOT_FOUND"`) {
		t.Error("the code check misses NOT_FOUND")
	}
}
