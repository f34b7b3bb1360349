package winnow

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Prices are read two ways. hasPrice finds an amount anywhere in a text, its currency
// beside it, as a product page's offer cards print it among other words; isPriceText
// says whether a short line is a price label, as a category page's grid prints one,
// where a sign and a number anywhere in the line suffice, or a sign alone whose number
// is the next element's text.

// Price bounds.
const (
	// priceGap is how many spaces may stand between an amount and its currency
	// ("EUR 15.49", "15,49 €", "1 200 ₽").
	priceGap = 1
	// maxPriceRunes: a price is a short line ("$36", "From €1.299,00", "19,79€").
	maxPriceRunes = 32
)

// currencyWords are the currency names shops print beside an amount where they print
// no symbol: ISO 4217 codes and the local abbreviations of the currencies whose sign is
// a word ("zł", "Kč", "kr", "円", "元", "đ"). Symbols ($, €, £, ¥, ₫, ₹, …) are told by
// their Unicode category (Sc) and need no list. Matched as written, whole words beside a
// number: lower-cased, a code is an English word ("try") as often as a currency. Both
// the offer grids of a product's page (hasPrice) and the product grids of a category's
// page (isPriceText) read it.
var currencyWords = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "CHF": true, "JPY": true, "CNY": true, "RMB": true,
	"VND": true, "VNĐ": true, "RUB": true, "PLN": true, "SEK": true, "NOK": true, "DKK": true,
	"CZK": true, "HUF": true, "RON": true, "BGN": true, "INR": true, "AUD": true, "CAD": true,
	"NZD": true, "BRL": true, "MXN": true, "TRY": true, "KRW": true, "THB": true, "IDR": true,
	"MYR": true, "SGD": true, "HKD": true, "TWD": true, "ZAR": true, "AED": true, "SAR": true,
	"ILS": true, "UAH": true, "ARS": true, "CLP": true, "COP": true, "PHP": true,
	"zł": true, "Kč": true, "kr": true, "Ft": true, "lei": true, "руб": true, "грн": true,
	"円": true, "元": true, "원": true, "บาท": true, "đ": true, "vnđ": true, "Rp": true,
	"RM": true, "TL": true,
}

// hasPrice reports whether s holds an amount of money: a number with a currency sign or
// a currency's name (see currencyWords) just before or after it, at most priceGap
// spaces away ("$12", "EUR 15.49", "15,49 €", "1.200円").
func hasPrice(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isDigitRune(r) {
			i += n
			continue
		}
		// A number: digits, with the decimal and thousands marks between them.
		j := i + n
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !isDigitRune(r2) && !(r2 == '.' || r2 == ',') {
				break
			}
			j += n2
		}
		if currencyBefore(s[:i]) || currencyAfter(s[j:]) {
			return true
		}
		i = j
	}
	return false
}

// currencyBefore reports whether s ends with a currency sign or word, followed by at
// most priceGap spaces.
func currencyBefore(s string) bool {
	for gap := 0; len(s) > 0; gap++ {
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		if gap == priceGap {
			return false
		}
		s = s[:len(s)-n]
	}
	r, n := utf8.DecodeLastRuneInString(s)
	if unicode.Is(unicode.Sc, r) {
		return true
	}
	j := len(s) - n
	for j > 0 {
		r2, n2 := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r2) {
			break
		}
		j -= n2
	}
	return unicode.IsLetter(r) && currencyWords[s[j:]]
}

// currencyAfter reports whether s opens, after at most priceGap spaces, with a currency
// sign or word.
func currencyAfter(s string) bool {
	for gap := 0; len(s) > 0; gap++ {
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		if gap == priceGap {
			return false
		}
		s = s[n:]
	}
	r, n := utf8.DecodeRuneInString(s)
	if unicode.Is(unicode.Sc, r) {
		return true
	}
	j := n
	for j < len(s) {
		r2, n2 := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r2) {
			break
		}
		j += n2
	}
	return unicode.IsLetter(r) && currencyWords[s[:j]]
}

// isPriceText reports whether s, a short line, is a price: a number beside a currency
// symbol or word ("$36", "19,79 €", "1.200.000đ", "USD 40"). A symbol alone in its
// element before the number's element ("<span>$</span><span>36</span>") counts when
// next, the following text, opens with a digit.
func isPriceText(s, next string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > maxPriceRunes {
		return false
	}
	digit, symbol := false, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case unicode.Is(unicode.Sc, r):
			symbol = true
		}
	}
	if !digit {
		if !symbol {
			return false
		}
		next = strings.TrimSpace(next)
		return next != "" && next[0] >= '0' && next[0] <= '9'
	}
	if symbol {
		return true
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return r != '.' && (unicode.IsSpace(r) || unicode.IsDigit(r) || unicode.IsPunct(r))
	}) {
		if currencyWords[strings.Trim(w, ".")] {
			return true
		}
	}
	return false
}
