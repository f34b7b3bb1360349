//go:build ignore

// Gen writes the charset test pages: each text below, written for these tests, is put in
// a small article page, encoded in a legacy charset (declared or not, rightly or not)
// and written as NAME.html, beside NAME.want.json holding the title and text a correct
// decoding gives. Run it from the repository's root:
//
//	go run testdata/charsets/gen.go
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// text is an article in one language: a title and three paragraphs, with a menu and a
// footer around them in the page.
type text struct {
	lang, title, nav, footer string
	paras                    []string
}

var (
	french = text{lang: "fr", title: "La nouvelle bibliothèque ouvre ses portes",
		nav: "Accueil Monde Culture Économie", footer: "© 2024 Le Journal de la Ville",
		paras: []string{
			"Après trois ans de travaux, la nouvelle bibliothèque municipale a ouvert ses portes en plein cœur de la ville. Le bâtiment de cinq étages peut accueillir près de quatre cent mille livres.",
			"« Nous voulons un lieu où les enfants comme les aînés aiment s’arrêter », explique la directrice. Dès le premier jour, plusieurs milliers de visiteurs — dont beaucoup d’élèves — sont venus.",
			"Outre des salles de lecture calmes, l’édifice abrite un café et un espace d’exposition… L’entrée est gratuite ; la carte de prêt coûte 5 € par an, œuvres rares comprises.",
		}}
	german = text{lang: "de", title: "Neue Stadtbibliothek öffnet ihre Türen",
		nav: "Startseite Politik Kultur Sport", footer: "© 2024 Stadtanzeiger",
		paras: []string{
			"Nach drei Jahren Bauzeit hat die neue Stadtbibliothek im Zentrum ihre Türen geöffnet. Das fünfstöckige Gebäude bietet Platz für rund vierhunderttausend Bücher.",
			"Die Leiterin der Bibliothek wünscht sich einen Ort, an dem sich Kinder ebenso wohlfühlen wie ältere Menschen. Am ersten Tag kamen mehrere tausend Besucher.",
			"Außer ruhigen Lesesälen gibt es ein Café und eine Ausstellungsfläche. Geöffnet ist täglich von neun bis einundzwanzig Uhr, der Eintritt ist frei.",
		}}
	vietnamese = text{lang: "vi", title: "Thư viện thành phố khánh thành tòa nhà mới",
		nav: "Trang chủ Thời sự Văn hóa Kinh doanh", footer: "© 2024 Báo Thành phố",
		paras: []string{
			"Sau ba năm xây dựng, tòa nhà mới của thư viện thành phố đã chính thức mở cửa đón bạn đọc. Tòa nhà cao năm tầng, có thể chứa khoảng bốn trăm nghìn cuốn sách.",
			"Giám đốc thư viện cho biết bà mong muốn nơi đây trở thành điểm đến quen thuộc của cả trẻ em lẫn người cao tuổi. Ngày đầu tiên, hàng nghìn người dân đã đến tham quan.",
			"Ngoài các phòng đọc yên tĩnh, tòa nhà còn có quán cà phê và không gian triển lãm. Thư viện mở cửa hằng ngày từ chín giờ sáng đến chín giờ tối.",
		}}
	japaneseText = text{lang: "ja", title: "図書館の新しい本館が完成しました",
		nav: "ホーム 社会 文化 経済", footer: "Copyright 2024 市民新聞",
		paras: []string{
			"市の中心部に建設されていた図書館の新しい本館が、三年の工事を経て完成しました。建物は五階建てで、約四十万冊の本を収めることができます。",
			"館長は「子どもから高齢者まで、誰もが気軽に立ち寄れる場所にしたい」と話しています。開館は来月の一日で、初日には記念の催しが開かれる予定です。",
			"新しい本館には、静かに勉強できる部屋のほか、カフェや展示スペースも設けられました。利用時間は午前九時から午後九時までです。",
		}}
	simplified = text{lang: "zh-CN", title: "城市图书馆新馆正式开放",
		nav: "首页 国内 文化 经济", footer: "Copyright 2024 城市日报",
		paras: []string{
			"经过三年的建设，位于市中心的图书馆新馆今天正式向公众开放。新馆共有五层，可以容纳约四十万册图书。",
			"馆长表示，希望新馆成为一个让孩子和老人都愿意停留的地方。开馆第一天，就有数千名读者前来参观。",
			"新馆除了安静的阅览室之外，还设有咖啡厅和展览空间，开放时间为每天上午九点到晚上九点。",
		}}
	traditional = text{lang: "zh-TW", title: "市立圖書館新館正式開放",
		nav: "首頁 社會 文化 財經", footer: "Copyright 2024 城市日報",
		paras: []string{
			"經過三年的建設，位於市中心的圖書館新館今天正式向民眾開放。新館共有五層，可以容納約四十萬冊圖書。",
			"館長表示，希望新館成為一個讓孩子和長者都願意停留的地方。開館第一天，就有數千名讀者前來參觀。",
			"新館除了安靜的閱覽室之外，還設有咖啡廳和展覽空間，開放時間為每天上午九點到晚上九點。",
		}}
	koreanText = text{lang: "ko", title: "시립 도서관 새 건물 문 열어",
		nav: "홈 사회 문화 경제", footer: "Copyright 2024 시민일보",
		paras: []string{
			"시내 중심가에 지어진 도서관 새 건물이 삼 년의 공사를 마치고 오늘 문을 열었습니다. 건물은 오 층이며 책 사십만 권을 보관할 수 있습니다.",
			"관장은 아이부터 노인까지 누구나 편하게 들를 수 있는 곳이 되기를 바란다고 말했습니다. 개관 첫날에는 수천 명의 시민이 찾아왔습니다.",
			"새 건물에는 조용한 열람실과 함께 카페와 전시 공간도 마련되었습니다. 이용 시간은 오전 아홉 시부터 오후 아홉 시까지입니다.",
		}}
	russian = text{lang: "ru", title: "В городе открылась новая библиотека",
		nav: "Главная Общество Культура Экономика", footer: "Городская газета, 2024",
		paras: []string{
			"После трёх лет строительства в центре города открылось новое здание библиотеки. В пятиэтажном здании поместится около четырёхсот тысяч книг.",
			"Директор библиотеки сказала, что хочет сделать её местом, куда с удовольствием будут приходить и дети, и пожилые люди. В первый день здание посетили несколько тысяч человек.",
			"Кроме тихих читальных залов, в новом здании есть кафе и выставочный зал. Библиотека работает ежедневно с девяти утра до девяти вечера.",
		}}
)

// A page declares its charset in one of these ways, or not at all.
const (
	declNone      = ""
	declMeta      = "meta"       // <meta charset=X>
	declHTTPEquiv = "http-equiv" // <meta http-equiv=Content-Type content="text/html; charset=X">
	declLateMeta  = "late-meta"  // <meta charset=X> after 3 KB of other head elements
	declXML       = "xml"        // <?xml version="1.0" encoding="X"?>
)

// page is one test page.
type page struct {
	name    string
	text    text
	enc     encoding.Encoding // how the bytes are encoded; nil for UTF-8
	decl    string            // how the charset is declared
	label   string            // the charset the page declares
	server  string            // the charset the server declares (Options.Charset)
	noLang  bool              // leave <html lang> out
	bom     bool              // start with a byte-order mark
	nfd     bool              // write the text decomposed (NFD)
	rewrite func([]byte) []byte
}

var pages = []page{
	// Declared rightly.
	{name: "windows-1252", text: french, enc: charmap.Windows1252, decl: declMeta, label: "windows-1252"},
	{name: "iso-8859-1", text: german, enc: charmap.ISO8859_1, decl: declHTTPEquiv, label: "ISO-8859-1"},
	{name: "windows-1258", text: vietnamese, enc: charmap.Windows1258, decl: declMeta, label: "windows-1258"},
	{name: "shift_jis", text: japaneseText, enc: japanese.ShiftJIS, decl: declHTTPEquiv, label: "Shift_JIS"},
	{name: "euc-jp", text: japaneseText, enc: japanese.EUCJP, decl: declMeta, label: "EUC-JP"},
	{name: "iso-2022-jp", text: japaneseText, enc: japanese.ISO2022JP, decl: declMeta, label: "ISO-2022-JP"},
	{name: "gbk", text: simplified, enc: simplifiedchinese.GBK, decl: declMeta, label: "gb2312"},
	{name: "gb18030", text: withExtra(simplified, "店门口的招牌上写着一个少见的字：𠮷。"), enc: simplifiedchinese.GB18030, decl: declMeta, label: "GB18030"},
	{name: "big5", text: traditional, enc: traditionalchinese.Big5, decl: declHTTPEquiv, label: "big5"},
	{name: "euc-kr", text: koreanText, enc: korean.EUCKR, decl: declMeta, label: "euc-kr"},
	{name: "koi8-r", text: russian, enc: charmap.KOI8R, decl: declHTTPEquiv, label: "koi8-r"},
	{name: "windows-1251-server", text: russian, enc: charmap.Windows1251, server: "windows-1251"},
	{name: "utf-16le-bom", text: vietnamese, enc: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), bom: true},
	{name: "utf-16be-bom", text: japaneseText, enc: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), bom: true},
	{name: "utf-16le-no-bom", text: french, enc: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
	{name: "xml-windows-1252", text: french, enc: charmap.Windows1252, decl: declXML, label: "windows-1252"},

	// UTF-8 declared late, or not at all: charset.DetermineEncoding would guess windows-1252.
	{name: "utf-8-late-meta", text: french, decl: declLateMeta, label: "utf-8"},
	{name: "utf-8-undeclared", text: vietnamese},
	{name: "utf-8-nfd", text: vietnamese, decl: declMeta, label: "utf-8", nfd: true},

	// Mislabelled.
	{name: "utf-8-declared-latin1", text: french, decl: declMeta, label: "iso-8859-1"},
	{name: "utf-8-server-shift_jis", text: japaneseText, decl: declMeta, label: "shift_jis", server: "shift_jis"},
	{name: "windows-1252-declared-utf-8", text: german, enc: charmap.Windows1252, decl: declMeta, label: "utf-8"},
	{name: "shift_jis-declared-utf-8", text: japaneseText, enc: japanese.ShiftJIS, decl: declMeta, label: "utf-8"},
	{name: "shift_jis-server-latin1", text: japaneseText, enc: japanese.ShiftJIS, decl: declMeta, label: "shift_jis", server: "iso-8859-1"},
	{name: "euc-jp-server-shift_jis", text: japaneseText, enc: japanese.EUCJP, decl: declMeta, label: "euc-jp", server: "shift_jis"},
	{name: "shift_jis-undeclared", text: japaneseText, enc: japanese.ShiftJIS, noLang: true},
	{name: "euc-jp-undeclared", text: japaneseText, enc: japanese.EUCJP, noLang: true},
	{name: "gbk-undeclared", text: simplified, enc: simplifiedchinese.GBK, noLang: true},
	{name: "big5-undeclared", text: traditional, enc: traditionalchinese.Big5, noLang: true},
	{name: "euc-kr-undeclared", text: koreanText, enc: korean.EUCKR, noLang: true},
	{name: "windows-1251-undeclared-lang", text: russian, enc: charmap.Windows1251},
	{name: "windows-1258-undeclared-lang", text: vietnamese, enc: charmap.Windows1258},
	{name: "windows-1252-undeclared", text: french, enc: charmap.Windows1252, noLang: true},
	{name: "windows-1251-undeclared", text: russian, enc: charmap.Windows1251, noLang: true},
	{name: "koi8-r-undeclared", text: russian, enc: charmap.KOI8R, noLang: true},

	// UTF-8 with Latin-1 inside: a stray byte, and a template around a Latin-1 article.
	{name: "utf-8-stray-latin1", text: german, decl: declMeta, label: "utf-8", rewrite: func(b []byte) []byte {
		return []byte(strings.Replace(string(b), "Café", "Caf\xe9", 1))
	}},
	{name: "utf-8-template-latin1-article", text: german, noLang: true, rewrite: latin1Article},
}

// withExtra returns t with one more sentence in its last paragraph.
func withExtra(t text, sentence string) text {
	t.paras = append(append([]string{}, t.paras[:len(t.paras)-1]...), t.paras[len(t.paras)-1]+sentence)
	return t
}

// latin1Article re-encodes the article's paragraphs in windows-1252, leaving the rest
// of the page (menu, title, footer) in UTF-8.
func latin1Article(b []byte) []byte {
	s := string(b)
	for _, p := range german.paras {
		enc, err := charmap.Windows1252.NewEncoder().String(p)
		if err != nil {
			log.Fatal(err)
		}
		s = strings.Replace(s, p, enc, 1)
	}
	return []byte(s)
}

func main() {
	dir := filepath.Join("testdata", "charsets")
	for _, p := range pages {
		src := p.html()
		if p.rewrite != nil {
			src = p.rewrite(src)
		}
		out, err := encode(p.enc, src)
		if err != nil {
			log.Fatalf("%s: %v", p.name, err)
		}
		if p.bom {
			mark, err := encode(p.enc, []byte("\ufeff"))
			if err != nil {
				log.Fatal(err)
			}
			out = append(mark, out...)
		}
		want, err := json.MarshalIndent(map[string]string{
			"title":          p.text.title,
			"text":           strings.Join(p.text.paras, "\n\n"),
			"server_charset": p.server,
		}, "", "  ")
		if err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p.name+".html"), out, 0o644); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p.name+".want.json"), append(want, '\n'), 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// html writes the page in UTF-8.
func (p page) html() []byte {
	t := p.text
	var b strings.Builder
	if p.decl == declXML {
		fmt.Fprintf(&b, "<?xml version=\"1.0\" encoding=\"%s\"?>\n", p.label)
	}
	b.WriteString("<!DOCTYPE html>\n<html")
	if !p.noLang {
		fmt.Fprintf(&b, " lang=\"%s\"", t.lang)
	}
	b.WriteString(">\n<head>\n")
	switch p.decl {
	case declMeta:
		fmt.Fprintf(&b, "<meta charset=\"%s\">\n", p.label)
	case declHTTPEquiv:
		fmt.Fprintf(&b, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n", p.label)
	case declLateMeta:
		for i := 0; i < 40; i++ {
			fmt.Fprintf(&b, "<meta name=\"keyword-%d\" content=\"library, city, books, reading, culture\">\n", i)
		}
		b.WriteString("<script>window.dataLayer = window.dataLayer || [];</script>\n")
		fmt.Fprintf(&b, "<meta charset=\"%s\">\n", p.label)
	}
	fmt.Fprintf(&b, "<title>%s</title>\n</head>\n<body>\n<header><nav>", t.title)
	for _, item := range strings.Fields(t.nav) {
		fmt.Fprintf(&b, "<a href=\"/%s\">%s</a> ", strings.ToLower(item), item)
	}
	fmt.Fprintf(&b, "</nav></header>\n<article>\n<h1>%s</h1>\n", t.title)
	for _, para := range t.paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", para)
	}
	fmt.Fprintf(&b, "</article>\n<footer><p>%s</p></footer>\n</body>\n</html>\n", t.footer)
	s := b.String()
	if p.nfd {
		s = norm.NFD.String(s)
	}
	return []byte(s)
}

// encode encodes UTF-8 bytes with e (nil: UTF-8). Windows-1258 has few precomposed
// letters: the others are written as a base letter and a combining tone mark, as
// Vietnamese pages in that charset do.
func encode(e encoding.Encoding, b []byte) ([]byte, error) {
	switch e {
	case nil:
		return b, nil
	case charmap.Windows1258:
		return encode1258(string(b))
	}
	return e.NewEncoder().Bytes(b)
}

func encode1258(s string) ([]byte, error) {
	var out []byte
	for _, r := range s {
		if c, ok := charmap.Windows1258.EncodeRune(r); ok {
			out = append(out, c)
			continue
		}
		// Take the tone mark out, write the rest precomposed and the mark after it.
		var rest []rune
		tone := rune(0)
		for _, d := range norm.NFD.String(string(r)) {
			if tone == 0 && strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", d) {
				tone = d
				continue
			}
			rest = append(rest, d)
		}
		base := []rune(norm.NFC.String(string(rest)))
		if tone == 0 || len(base) != 1 {
			return nil, fmt.Errorf("windows-1258 cannot write %q", r)
		}
		c, ok1 := charmap.Windows1258.EncodeRune(base[0])
		mark, ok2 := charmap.Windows1258.EncodeRune(tone)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("windows-1258 cannot write %q", r)
		}
		out = append(out, c, mark)
	}
	return out, nil
}
