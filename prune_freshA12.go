package winnow

import "strings"

// A tooltip box styled with CSS modules is named "Component_local__hash": the
// "Term_tooltip__8VNIW" of a Term component. The build hash (see cssModuleHashEnd) says
// nothing about the element, so it is cut off before the class token is read as a
// tooltip's (see tooltipToken); else it reads as the word after "tooltip" that names a
// trigger, and the definition a term shows on hover stays in the text.

// trimModuleHash returns tok without a trailing CSS-modules hash ("__8VNIW").
func trimModuleHash(tok string) string {
	if i := strings.LastIndex(tok, "__"); i > 0 && cssModuleHashEnd(tok, i) == len(tok) {
		return tok[:i]
	}
	return tok
}
