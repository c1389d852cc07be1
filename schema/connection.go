package schema

// Relay connections are this package's way of showing a graph.Page: the
// graph reads a page of items with their positions, and the schema shows it
// as totalCount, edges { cursor node }, nodes and pageInfo (pageValues in
// write.go; storeItems in plan.go names where each part's items are read).

// isConnection reports whether an object type of this name is a connection.
func isConnection(name string) bool {
	return name == "ActorConnection" || name == "EventConnection"
}
