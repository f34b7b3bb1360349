package winnow

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
