package schema

// sectorCodes are the CAMEO agent codes an event's source or target sector
// may hold (Event.sourceSector, EventFilter.sectors): the agents of the
// CAMEO manual and PETRARCH2's agents dictionary.
var sectorCodes = []string{
	"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "SPY", "BUS", "MNC", "MED", "EDU", "CVL",
	"HLH", "LAB", "AGR", "REF", "CRM", "ELI", "ENV", "NGO", "IGO", "INS", "SEP", "UAF", "RAD", "HRI",
	"REL", "MOD", "DEV", "IMG", "SET", "AMN", "IRC", "GRP", "UIS", "CHR", "MOS", "JEW", "HIN", "BUD",
}

func sectorValues() map[string]string {
	m := make(map[string]string, len(sectorCodes))
	for _, c := range sectorCodes {
		m[c] = c
	}
	return m
}
