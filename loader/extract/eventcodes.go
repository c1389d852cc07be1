// CAMEO code rules of the events phase: reciprocal codes, intent (03x)
// codes, threat (13x) codes by content, reaction roots.

package extract

import (
	"strings"
)

// recipCode: CAMEO codes whose act is mutual (meet, negotiate, agree, sign,
// cooperate, fight): a coordinated subject without an object acts on each other.
func recipCode(code string) bool {
	switch code[:min(3, len(code))] {
	case "030", "031", "036", "037", "040", "041", "043", "044", "046", "050", "057", "060", "061", "062", "064":
		return true
	}
	return false
}

// intentCode is CAMEO's "express intent to" code for a cooperative act
// announced as a plan ("will contribute aid" → 033), "" for acts that have
// none (conflict: a planned attack is an event with status planned).
func intentCode(code string) string {
	switch {
	case code == "045" || code == "0451":
		return "039"
	case strings.HasPrefix(code, "057"):
		return "037"
	case strings.HasPrefix(code, "04"):
		return "036"
	case strings.HasPrefix(code, "05"):
		return "032"
	case strings.HasPrefix(code, "06"):
		return "031"
	case strings.HasPrefix(code, "07"):
		return "033"
	case strings.HasPrefix(code, "08"):
		return "035"
	}
	return ""
}

// reactionRoot: CAMEO roots of reactions a noun can name with "from" its
// author ("criticism from the EU", "praise from Washington"): disapprove,
// reject, express support.
func reactionRoot(root string) bool { return root == "11" || root == "12" || root == "05" }

// threatCode is CAMEO's "threaten to" code for the content of a threat
// ("" when the content says nothing more than a threat, 130).
func threatCode(code string) string {
	switch {
	case code[:2] == "18" || code[:2] == "19" || code[:2] == "20":
		return "138"
	case strings.HasPrefix(code, "162"):
		return "1311"
	case strings.HasPrefix(code, "163"):
		return "1312"
	case strings.HasPrefix(code, "161"):
		return "1313"
	case code[:2] == "16":
		return "131"
	case code[:2] == "14":
		return "133"
	case strings.HasPrefix(code, "172"):
		return "132"
	case code[:2] == "17":
		return "137"
	}
	return ""
}
