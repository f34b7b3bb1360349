package winnow

import "strings"

// Script states: a shop's page of one product ships, beside the buy button and the
// wish-list link, the messages its scripts show when something happens: "Added to
// your list", "Unable to add item to List. Please try again.", "Oops! Something went
// wrong.", "There was a problem calculating your shipping." They are hidden until then,
// by the script's own classes or by a template's condition, so nothing in the markup
// says they are not shown; what gives them away is that they are short, and either
// marked as an alert (role=alert, the box an alert's class names) or speak of a failure
// and ask the reader to try again. No product's description reads so.

// stateMaxUnits bounds a block of state messages: a few short lines.
const stateMaxUnits = 150

// failurePhrases are the words of a script's failure message, lower-cased, in the
// languages of the shops.
var failurePhrases = newPhraseSet([]string{
	"try again", "went wrong", "there was a problem", "an error occurred",
	"erneut versuchen", "später noch einmal", "ist ein fehler aufgetreten",
	"réessayer", "réessayez", "une erreur est survenue", "une erreur s'est produite",
	"inténtalo de nuevo", "vuelve a intentarlo", "inténtelo de nuevo", "se ha producido un error",
	"riprova", "si è verificato un errore", "tente novamente", "ocorreu um erro",
	"probeer het opnieuw", "er is iets misgegaan", "spróbuj ponownie", "försök igen", "prøv igen", "prøv igjen",
	"попробуйте еще раз", "попробуйте ещё раз", "произошла ошибка",
	"thử lại", "đã xảy ra lỗi", "请重试", "請重試", "出错了", "发生错误",
	"もう一度お試し", "エラーが発生しました", "다시 시도", "오류가 발생했습니다",
})

// dropScriptStates drops, on a page that declares a product (see declaresProduct) and is
// no listing, the outermost short blocks (see stateMaxUnits) of the chosen text that are
// a script's state messages: marked as an alert, or telling of a failure (see
// failurePhrases).
func (t *tree) dropScriptStates(roots []int32) {
	if !(t.product || t.shop && !t.story && !t.discussion) || t.listed || t.spread {
		return
	}
	t.dropMatching(roots, dropCue, func(i int32, b *blk) bool {
		if !b.block || b.units == 0 || b.units > stateMaxUnits {
			return false
		}
		return isAlertBox(b) || failurePhrases.in(t.plainText(i))
	})
}

// isAlertBox reports whether block b is marked as an alert: role alert, or a class
// word that names one (see alertWords).
func isAlertBox(b *blk) bool {
	if b.n == nil {
		return false
	}
	for _, a := range b.n.Attr {
		switch a.Key {
		case "role":
			if strings.EqualFold(strings.TrimSpace(a.Val), "alert") {
				return true
			}
		case "class":
			if valueHasWord(a.Val, alertWords) {
				return true
			}
		}
	}
	return false
}

// alertWords are the class words of an alert's box, and of an error message's
// ("a-color-error", "form-error").
var alertWords = map[string]bool{"alert": true, "error": true}
