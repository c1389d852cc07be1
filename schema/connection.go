package schema

import "github.com/geokg/kg/graph"

// Relay connections are this package's way of showing a graph.Page: the
// graph reads a page of items with their positions, and the schema shapes
// it as totalCount, edges { cursor node }, nodes and pageInfo.

// isConnection reports whether a field of type name is a connection.
func isConnection(name string) bool {
	return name == "ActorConnection" || name == "EventConnection"
}

// connectionItems is what a connection selection asks of the graph: the
// fields of its items (edges' nodes and nodes, merged) and whether to count.
func connectionItems(sels []graph.Selection) (items []graph.Selection, total bool) {
	for _, f := range sels {
		switch f.Field {
		case "totalCount":
			total = true
		case "nodes":
			for _, g := range f.Fields {
				items = merge(items, g)
			}
		case "edges":
			for _, g := range f.Fields {
				if g.Field == "node" {
					for _, h := range g.Fields {
						items = merge(items, h)
					}
				}
			}
		}
	}
	return items, total
}

// relay shapes a page as the connection selection sels asks.
func relay(sels []graph.Selection, p *graph.Page) map[string]any {
	out := make(map[string]any, len(sels))
	for _, f := range sels {
		switch f.Field {
		case "totalCount":
			out[f.Key] = p.Total
		case "pageInfo":
			pi := map[string]any{}
			for _, g := range f.Fields {
				switch g.Field {
				case "hasNextPage":
					pi[g.Key] = p.More
				case "hasPreviousPage":
					pi[g.Key] = p.After != ""
				case "startCursor":
					pi[g.Key] = position(p, 0)
				case "endCursor":
					pi[g.Key] = position(p, len(p.Keys)-1)
				}
			}
			out[f.Key] = pi
		case "nodes":
			list := make([]any, len(p.Items))
			for i, it := range p.Items {
				list[i] = pick(it, f.Fields)
			}
			out[f.Key] = list
		case "edges":
			list := make([]any, len(p.Items))
			for i, it := range p.Items {
				e := map[string]any{}
				for _, g := range f.Fields {
					switch g.Field {
					case "cursor":
						e[g.Key] = p.Keys[i]
					case "node":
						e[g.Key] = pick(it, g.Fields)
					}
				}
				list[i] = e
			}
			out[f.Key] = list
		}
	}
	return out
}

func position(p *graph.Page, i int) any {
	if i < 0 || i >= len(p.Keys) {
		return nil
	}
	return p.Keys[i]
}

// pick keeps the keys of sels of an item projected for every selection of
// the connection's items.
func pick(item any, sels []graph.Selection) any {
	m, ok := item.(map[string]any)
	if !ok {
		return item
	}
	out := make(map[string]any, len(sels))
	for _, s := range sels {
		out[s.Key] = m[s.Key]
	}
	return out
}
