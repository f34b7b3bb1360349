package winnow

import (
	"strings"
	"unicode/utf8"
)

// Language detection is the last source of Article.Language, for pages that declare
// none. Scripts settle most languages (Thai, Korean, Japanese, Chinese, Hindi, Russian,
// Arabic and Persian); Latin-script languages are told apart by their most common
// words, which make up a large share of any running text.

// maxDetectRunes bounds the text read for detection: a few paragraphs are enough.
const maxDetectRunes = 4000

// minDetectLetters: below this many letters the text says too little to guess (a
// Chinese sentence has about twenty).
const minDetectLetters = 20

// commonWords are, per language, very frequent short words that other languages written
// in the Latin script rarely use. Lower case.
var commonWords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "that", "with", "for", "this", "are", "was", "you", "have", "from", "it"},
	"de": {"der", "die", "und", "das", "nicht", "ist", "mit", "sich", "auf", "für", "dem", "den", "ein", "eine", "auch", "wird"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui", "pas", "sur", "au", "avec", "du", "que"},
	"es": {"el", "los", "las", "y", "del", "que", "en", "por", "una", "con", "para", "es", "se", "su", "al", "como"},
	"pt": {"o", "os", "as", "e", "do", "da", "dos", "das", "em", "não", "uma", "com", "para", "que", "é", "no", "na"},
	"it": {"il", "di", "che", "è", "della", "per", "non", "una", "con", "sono", "del", "gli", "nel", "alla", "anche"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "met", "voor", "ook", "wordt"},
	"pl": {"i", "w", "nie", "się", "na", "jest", "że", "do", "to", "z", "jak", "ale", "po", "dla", "przez"},
	"tr": {"ve", "bir", "bu", "da", "de", "için", "ile", "çok", "olarak", "daha", "olan", "gibi", "ama", "en", "değil"},
	"id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke", "adalah"},
	"vi": {"và", "của", "là", "có", "được", "trong", "cho", "những", "các", "không", "người", "với", "một", "này", "đã"},
}

// commonIndex maps each common word to the languages that use it.
var commonIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, words := range commonWords {
		for _, w := range words {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// detectLanguage guesses the ISO 639-1 code of a text's language, or returns "".
func detectLanguage(text string) string {
	var han, kana, hangul, thai, arabic, persian, deva, cyr, latin, viet, letters int
	n := 0
	for _, r := range text {
		if n++; n > maxDetectRunes {
			break
		}
		if r < utf8.RuneSelf {
			// An ASCII letter is Latin, and none is Vietnamese's own.
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				letters++
				latin++
			}
			continue
		}
		if !isLetterRune(r) {
			continue
		}
		letters++
		switch scriptOf(r) {
		case scriptKana:
			kana++
		case scriptHan:
			han++
		case scriptHangul:
			hangul++
		case scriptThai:
			thai++
		case scriptArabic:
			arabic++
			if strings.ContainsRune("پچژگکی", r) {
				persian++
			}
		case scriptDevanagari:
			deva++
		case scriptCyrillic:
			cyr++
		case scriptLatin:
			latin++
			if strings.ContainsRune(vietnameseLetters, lowerRune(r)) {
				viet++
			}
		}
	}
	if letters < minDetectLetters {
		return ""
	}
	switch top := max(han+kana, hangul, thai, arabic, deva, cyr, latin); {
	case top == hangul:
		return "ko"
	case top == han+kana:
		// Japanese text mixes kana into every sentence; Chinese has none.
		if kana*10 > han+kana {
			return "ja"
		}
		return "zh"
	case top == thai:
		return "th"
	case top == arabic:
		if persian*20 > arabic {
			return "fa"
		}
		return "ar"
	case top == deva:
		return "hi"
	case top == cyr:
		return "ru"
	}
	if viet*20 > latin {
		return "vi"
	}
	return latinLanguage(text)
}

// vietnameseLetters are letters only Vietnamese uses among the languages detected.
const vietnameseLetters = "ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"

// latinLanguage counts the common words of each Latin-script language in text.
func latinLanguage(text string) string {
	if len(text) > maxDetectRunes*2 {
		text = text[:maxDetectRunes*2]
	}
	score := map[string]int{}
	words := 0
	// The words are read in place, as strings.FieldsFunc would split them at every rune
	// that is not a letter.
	low := strings.ToLower(text)
	start := -1 // where the word being read starts, or -1 between words
	for i, r := range low {
		if isLetterRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words++
			for _, lang := range commonIndex[low[start:i]] {
				score[lang]++
			}
			start = -1
		}
	}
	if start >= 0 {
		words++
		for _, lang := range commonIndex[low[start:]] {
			score[lang]++
		}
	}
	best, bestN := "", 0
	for _, lang := range []string{"en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "id", "vi"} {
		if score[lang] > bestN {
			best, bestN = lang, score[lang]
		}
	}
	// Running text has a common word in every few; a list of names has none.
	if bestN*10 < words {
		return ""
	}
	return best
}
