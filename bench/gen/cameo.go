package gen

// cameoCode is one event code of the taxonomy the extractor uses
// (loader/extract/cameo.tsv), with an English verb phrase for the sentences
// the generator writes.
type cameoCode struct {
	Code      string
	Quad      int
	Goldstein float64
	Plover    string
	Type      string
	Phrase    string // "<source> Phrase <target>"
}

// Root is the two-digit CAMEO root code.
func (c cameoCode) Root() string { return c.Code[:2] }

// cameo mirrors loader/extract/cameo.tsv (code, quad class, Goldstein,
// PLOVER, type), which is not exported; TestCameoTable checks its
// consistency.
var cameo = []cameoCode{
	{"010", 1, 0.0, "CONSULT", "make_statement", "made a statement on"},
	{"012", 1, -0.4, "CONSULT", "pessimistic_comment", "voiced pessimism about"},
	{"013", 1, 0.4, "CONSULT", "optimistic_comment", "voiced optimism about"},
	{"015", 1, 0.0, "CONSULT", "claim_responsibility", "claimed responsibility in"},
	{"016", 1, 0.0, "REJECT", "deny_responsibility", "denied any role in the incident involving"},
	{"018", 1, 3.4, "SUPPORT", "express_sympathy", "expressed sympathy with"},
	{"019", 1, 3.4, "SUPPORT", "express_accord", "said it agreed with"},
	{"020", 1, 3.0, "REQUEST", "appeal", "appealed to"},
	{"021", 1, 3.4, "REQUEST", "appeal_material_cooperation", "asked for economic cooperation from"},
	{"023", 1, 3.4, "REQUEST", "appeal_for_aid", "appealed for aid from"},
	{"026", 1, 4.0, "REQUEST", "appeal_to_negotiate", "urged talks with"},
	{"027", 1, 4.0, "REQUEST", "appeal_to_settle", "called for a settlement with"},
	{"030", 1, 4.0, "COOPERATE", "intend_to_cooperate", "pledged to cooperate with"},
	{"031", 1, 5.2, "COOPERATE", "intend_material_cooperation", "announced plans for joint projects with"},
	{"032", 1, 4.5, "SUPPORT", "promise_support", "promised diplomatic backing to"},
	{"033", 1, 5.2, "AID", "promise_aid", "promised aid to"},
	{"036", 1, 4.0, "CONSULT", "intend_to_meet", "said it would meet"},
	{"037", 1, 5.0, "AGREE", "intend_to_settle", "signalled readiness to settle its dispute with"},
	{"040", 1, 1.0, "CONSULT", "meet", "held talks with"},
	{"041", 1, 1.0, "CONSULT", "phone_call", "spoke by telephone with"},
	{"042", 1, 1.9, "CONSULT", "visit", "paid a visit to"},
	{"043", 1, 2.8, "CONSULT", "host_visit", "hosted a delegation from"},
	{"045", 1, 5.0, "CONSULT", "mediate", "offered to mediate for"},
	{"046", 1, 7.0, "CONSULT", "negotiate", "negotiated with"},
	{"050", 1, 3.5, "COOPERATE", "strengthen_relations", "strengthened diplomatic ties with"},
	{"051", 1, 3.4, "SUPPORT", "express_support", "voiced support for"},
	{"052", 1, 3.5, "SUPPORT", "defend_verbally", "defended"},
	{"054", 1, 6.0, "SUPPORT", "recognize", "granted diplomatic recognition to"},
	{"055", 1, 7.0, "CONCEDE", "apologize", "apologized to"},
	{"057", 1, 8.0, "AGREE", "sign_agreement", "signed an agreement with"},
	{"060", 2, 6.0, "COOPERATE", "material_cooperation", "launched a joint programme with"},
	{"061", 2, 6.4, "COOPERATE", "cooperate_economically", "expanded trade with"},
	{"062", 2, 7.4, "COOPERATE", "cooperate_militarily", "held joint military exercises with"},
	{"064", 2, 7.0, "COOPERATE", "share_intelligence", "shared intelligence with"},
	{"070", 2, 7.0, "AID", "provide_aid", "sent aid to"},
	{"071", 2, 7.4, "AID", "provide_economic_aid", "extended a loan to"},
	{"072", 2, 8.3, "AID", "provide_military_aid", "delivered weapons to"},
	{"073", 2, 7.4, "AID", "provide_humanitarian_aid", "sent humanitarian aid to"},
	{"074", 2, 8.5, "AID", "provide_protection", "deployed peacekeepers to protect"},
	{"075", 2, 7.0, "AID", "grant_asylum", "granted asylum to citizens of"},
	{"080", 2, 5.0, "CONCEDE", "yield", "yielded to"},
	{"084", 2, 7.0, "CONCEDE", "release", "released detainees from"},
	{"085", 2, 7.0, "CONCEDE", "ease_sanctions", "eased sanctions on"},
	{"087", 2, 9.0, "RETREAT", "de_escalate", "pulled troops back from the border with"},
	{"0871", 2, 9.0, "RETREAT", "ceasefire", "agreed a ceasefire with"},
	{"090", 3, -2.0, "INVESTIGATE", "investigate", "opened an investigation into"},
	{"100", 3, -5.0, "DEMAND", "demand", "issued demands to"},
	{"110", 3, -2.0, "ACCUSE", "disapprove", "expressed disapproval of"},
	{"111", 3, -2.0, "ACCUSE", "criticize", "criticized"},
	{"112", 3, -2.0, "ACCUSE", "accuse", "accused"},
	{"114", 3, -2.0, "ACCUSE", "complain", "lodged an official complaint with"},
	{"115", 3, -2.0, "ACCUSE", "sue", "filed a lawsuit against"},
	{"120", 3, -4.0, "REJECT", "reject", "rejected a proposal from"},
	{"128", 3, -4.0, "REJECT", "defy", "defied"},
	{"130", 3, -4.4, "THREATEN", "threaten", "threatened"},
	{"138", 3, -7.0, "THREATEN", "threaten_force", "threatened military action against"},
	{"140", 4, -6.5, "PROTEST", "protest", "protested against"},
	{"141", 4, -6.5, "PROTEST", "demonstrate", "rallied against"},
	{"150", 4, -7.2, "MOBILIZE", "military_posture", "massed troops near"},
	{"160", 4, -4.0, "SANCTION", "reduce_relations", "downgraded relations with"},
	{"161", 4, -4.0, "SANCTION", "break_relations", "broke off diplomatic relations with"},
	{"163", 4, -8.0, "SANCTION", "impose_sanctions", "imposed sanctions on"},
	{"170", 4, -7.0, "COERCE", "coerce", "pressured"},
	{"171", 4, -9.2, "SEIZE", "seize_property", "seized assets belonging to"},
	{"173", 4, -5.0, "COERCE", "arrest", "detained citizens of"},
	{"174", 4, -5.0, "COERCE", "expel", "expelled diplomats of"},
	{"180", 4, -9.0, "ASSAULT", "unconventional_violence", "carried out a bombing against"},
	{"181", 4, -9.0, "ASSAULT", "abduct", "abducted members of"},
	{"182", 4, -9.5, "ASSAULT", "assault", "attacked"},
	{"186", 4, -10.0, "ASSAULT", "assassinate", "killed a commander of"},
	{"190", 4, -10.0, "ASSAULT", "use_military_force", "launched military strikes on"},
	{"191", 4, -9.5, "ASSAULT", "blockade", "imposed a blockade on"},
	{"192", 4, -9.5, "ASSAULT", "occupy_territory", "occupied territory held by"},
	{"193", 4, -10.0, "ASSAULT", "fight", "clashed with"},
	{"194", 4, -10.0, "ASSAULT", "shell", "shelled positions of"},
	{"195", 4, -10.0, "ASSAULT", "air_strike", "carried out air strikes against"},
	{"196", 4, -10.0, "ASSAULT", "violate_ceasefire", "broke the ceasefire with"},
	{"200", 4, -10.0, "ASSAULT", "mass_violence", "committed mass violence against"},
}

// untargeted are the codes an event without a target may have, with the
// phrase that ends its sentence.
var untargeted = map[string]string{
	"010": "made a public statement",
	"141": "faced mass demonstrations",
	"150": "put its forces on high alert",
}

// Root-code weights, roughly the shares of GDELT 1.0 events by root: talk
// (01, 04, 11) dominates, material conflict is rarer than verbal. A pair of
// actors draws from the cooperative or the conflictual table according to
// its affinity.
var (
	coopRoots = []weighted{
		{"01", 14}, {"02", 4}, {"03", 7}, {"04", 24}, {"05", 10}, {"06", 3}, {"07", 3}, {"08", 2},
	}
	conflictRoots = []weighted{
		{"09", 2}, {"10", 3}, {"11", 12}, {"12", 4}, {"13", 3}, {"14", 3}, {"15", 2}, {"16", 2},
		{"17", 6}, {"18", 4}, {"19", 8}, {"20", 0.3},
	}
)

type weighted struct {
	Key    string
	Weight float64
}

// quadOfRoot is the quad class every code of a root has: 01–05 verbal
// cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20
// material conflict.
func quadOfRoot(root string) int {
	switch {
	case root <= "05":
		return 1
	case root <= "08":
		return 2
	case root <= "13":
		return 3
	default:
		return 4
	}
}
