package dates

// This file holds the word tables used by the scanner. They are plain data,
// built once at package initialisation. Keys are lower case as produced by
// lowerKey (simple Unicode case folding, with the Turkish dotted capital I
// folded to a plain i).

// months maps month names and their common abbreviations to month numbers.
// Names from different languages share one table because pages often mix
// languages (an English template around German text) and because the same
// spelling never means two different months in the supported languages
// (en, de, fr, es, pt, it, nl, pl, ru, uk, tr, id, ro, cs, sk, hu, sv, da, no, fi, el, ar,
// hi, bn). Polish, Russian and
// Ukrainian dates use the genitive case ("25 marca", "25 марта"), so both
// nominative and genitive forms are listed. Vietnamese months are written
// "tháng 3" and are handled by the scanner rather than by this table.
var months = map[string]int{
	// English.
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	// German (with the Austrian "Jänner" and the ASCII spelling "Maerz").
	"januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3, "mai": 5,
	"juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"mär": 3, "mrz": 3, "okt": 10, "dez": 12,
	// French, with and without accents because feeds often drop them.
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
	"juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
	"décembre": 12, "decembre": 12,
	"janv": 1, "févr": 2, "fevr": 2, "fév": 2, "avr": 4, "juil": 7, "déc": 12,
	// Spanish.
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
	"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"ene": 1, "abr": 4, "ago": 8, "dic": 12,
	// Portuguese.
	"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "dezembro": 12,
	"fev": 2, "set": 9, "out": 10,
	// Italian.
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12,
	"gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
	// Dutch.
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
	"mrt": 3,
	// Polish: nominative, genitive and abbreviations.
	"styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5, "czerwiec": 6,
	"lipiec": 7, "sierpień": 8, "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
	"lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
	"sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "sie": 8, "wrz": 9,
	"paź": 10, "lis": 11, "gru": 12,
	// Russian: nominative, genitive and abbreviations.
	"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6,
	"июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
	"июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
	"сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
	// Ukrainian genitive forms, which differ completely from Russian.
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
	"липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
	// Turkish, with ASCII spellings because upper-case text loses the
	// dotless ı ("MAYIS" folds to "mayis").
	"ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5,
	"haziran": 6, "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9,
	"ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12,
	"şub": 2, "nis": 4, "haz": 6, "tem": 7, "ağu": 8, "eyl": 9, "eki": 10, "kas": 11, "ara": 12,
	// Indonesian.
	"maret": 3, "agustus": 8, "desember": 12,
	"agt": 8, "des": 12,
	// Romanian ("20 septembrie 2020"); "noi" (November) is left out: it is the word
	// for "we".
	"ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
	"septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
	"ian": 1, "iun": 6, "iul": 7,
	// Czech and Slovak: genitive forms, as dates use them ("5. května 2020",
	// "5. mája 2020"), and the Czech nominatives that differ from Polish.
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
	"července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
	"leden": 1, "únor": 2, "březen": 3, "duben": 4, "květen": 5, "červen": 6,
	"červenec": 7, "srpen": 8, "říjen": 10, "prosinec": 12,
	"januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7,
	"augusta": 8, "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
	// Hungarian ("2020. május 5."), read year first by the scanner.
	"január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
	"július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
	"márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "szept": 9,
	// Swedish, Danish and Norwegian, where they differ from German and Dutch.
	"augusti": 8, "marts": 3,
	// Finnish partitive forms, as dates use them ("5. toukokuuta 2020").
	"tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
	"kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
	"marraskuuta": 11, "joulukuuta": 12,
	// Greek genitive forms ("5 Μαΐου 2020"), with and without the accents that
	// capitals drop.
	"ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "μαιου": 5,
	"ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
	"νοεμβρίου": 11, "δεκεμβρίου": 12,
	"ιανουαριου": 1, "φεβρουαριου": 2, "μαρτιου": 3, "απριλιου": 4, "ιουνιου": 6,
	"ιουλιου": 7, "αυγουστου": 8, "σεπτεμβριου": 9, "οκτωβριου": 10, "νοεμβριου": 11,
	"δεκεμβριου": 12,
	// Arabic: the names used in Egypt and the Gulf, with and without hamza, and the
	// one-word Levantine names (levantMonth reads the two-word ones, "كانون الثاني").
	"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
	"يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
	"أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	"شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
	// Hindi, with the nukta both as a combining mark and left out.
	"जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6,
	"जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
	"नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
	// Bengali, with য় both decomposed (as NFC leaves it) and precomposed.
	"জানুয়ারি": 1, "জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "ফেব্রুয়ারি": 2, "মার্চ": 3,
	"এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7, "আগস্ট": 8, "সেপ্টেম্বর": 9,
	"অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
}

// viMonthWords maps the Vietnamese number words used after "tháng" ("Tháng
// Ba" is March) to month numbers. "mười một" and "mười hai" are two words and
// are handled by the scanner.
var viMonthWords = map[string]int{
	"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
	"bảy": 7, "tám": 8, "chín": 9, "mười": 10, "chạp": 12,
}

// ordinals lists day suffixes written straight after the number ("25th",
// "1er", "1º"), which are skipped.
var ordinals = map[string]bool{
	"st": true, "nd": true, "rd": true, "th": true, "er": true, "re": true,
	"e": true, "è": true, "º": true, "ª": true, "o": true, "a": true, "го": true,
}

// fillers are words that may stand between a date and its clock time, or
// between a clock time and the date that follows it ("25 de marzo de 2025 a
// las 17:53", "Cập nhật lúc 10:05 ngày 3/4/2024", "10:05 AM, Tue March 25").
// Weekday names of the supported languages are included so that a weekday
// between the two parts does not separate them. Weekdays need no other
// handling: the scanner starts a date at any position, so a weekday prefix
// is simply passed over.
var fillers = map[string]bool{
	// Connectors and prepositions.
	"at": true, "on": true, "um": true, "am": true, "à": true, "a": true, "las": true,
	"la": true, "às": true, "as": true, "alle": true, "ore": true, "om": true, "o": true,
	"godz": true, "godzina": true, "в": true, "о": true, "saat": true, "pukul": true,
	"jam": true, "lúc": true, "vào": true, "ngày": true, "kl": true, "klo": true,
	"klockan": true, "t": true, "le": true, "el": true, "den": true, "de": true, "of": true,
	"г": true, "года": true, "год": true, "r": true, "roku": true, "year": true,
	// English weekdays.
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	// German.
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true,
	"samstag": true, "sonnabend": true, "sonntag": true, "mo": true, "di": true, "mi": true,
	"do": true, "fr": true, "sa": true, "so": true,
	// French.
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true,
	"samedi": true, "dimanche": true, "lun": true, "mer": true, "jeu": true, "ven": true,
	"sam": true, "dim": true,
	// Spanish and Portuguese.
	"lunes": true, "martes": true, "miércoles": true, "miercoles": true, "jueves": true,
	"viernes": true, "sábado": true, "sabado": true, "domingo": true, "segunda": true,
	"terça": true, "terca": true, "quarta": true, "quinta": true, "sexta": true, "feira": true,
	// Italian.
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true,
	"sabato": true, "domenica": true, "lunedi": true, "martedi": true, "mercoledi": true,
	"giovedi": true, "venerdi": true,
	// Dutch.
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true,
	"zaterdag": true, "zondag": true,
	// Polish.
	"poniedziałek": true, "wtorek": true, "środa": true, "czwartek": true, "piątek": true,
	"sobota": true, "niedziela": true,
	// Russian.
	"понедельник": true, "вторник": true, "среда": true, "четверг": true, "пятница": true,
	"суббота": true, "воскресенье": true, "пн": true, "вт": true, "ср": true, "чт": true,
	"пт": true, "сб": true, "вс": true,
	// Turkish.
	"pazartesi": true, "salı": true, "çarşamba": true, "perşembe": true, "cuma": true,
	"cumartesi": true, "pazar": true,
	// Indonesian.
	"senin": true, "selasa": true, "rabu": true, "kamis": true, "jumat": true,
	"sabtu": true, "minggu": true,
	// Vietnamese ("Thứ ba", "Chủ nhật").
	"thứ": true, "chủ": true, "nhật": true, "hai": true, "ba": true, "tư": true,
	"năm": true, "sáu": true, "bảy": true, "cn": true,
}

// ampmPrefix maps words written before the clock time in Chinese, Japanese
// and Korean to 1 (morning) or 2 (afternoon): "오후 5:53" is 17:53.
var ampmPrefix = map[string]int{
	"오전": 1, "오후": 2, "上午": 1, "下午": 2, "早上": 1, "凌晨": 1, "晚上": 2, "中午": 2,
	"午前": 1, "午後": 2,
}

// ampmSuffix maps words written after the clock time to 1 (am) or 2 (pm).
// "sa" and "ch" are the Vietnamese sáng/chiều abbreviations, and the Arabic words
// are "morning" and "evening", with and without their final marks. Dotted forms
// ("p.m.") are recognised by the scanner.
var ampmSuffix = map[string]int{"am": 1, "pm": 2, "sa": 1, "ch": 2,
	"صباحاً": 1, "صباحا": 1, "صباح": 1, "مساءً": 2, "مساءا": 2, "مساء": 2}

// hourWords are words that may follow a clock time and carry no information
// ("14:05 Uhr", "17:53 h", "10 giờ").
var hourWords = map[string]bool{
	"uhr": true, "h": true, "hrs": true, "hr": true, "hs": true, "horas": true,
	"giờ": true, "hod": true, "ч": true,
}

// zone describes a time-zone abbreviation. Abbreviations are ambiguous in
// general, so the table holds the reading most common on news sites and
// maps each to a fixed offset. The generic US names (ET, CT, MT, PT) name no
// offset at all; for them usDST is set and the offset is the standard one,
// moved forward an hour when the US daylight-saving rules apply on that day.
type zone struct {
	off   int // seconds east of UTC
	usDST bool
}

// zones maps upper-case zone abbreviations (stored lower case) to offsets.
// Only abbreviations written in capitals are accepted, so that words such as
// the French "et" are not taken for zones. CST is read as US Central (not
// China) and IST as India, their most common uses on English-language pages.
var zones = map[string]zone{
	"gmt": {0, false}, "utc": {0, false}, "ut": {0, false}, "z": {0, false},
	"wet": {0, false}, "west": {3600, false}, "bst": {3600, false},
	"cet": {3600, false}, "cest": {7200, false}, "mez": {3600, false}, "mesz": {7200, false},
	"eet": {7200, false}, "eest": {10800, false}, "msk": {10800, false},
	"sast": {7200, false}, "wat": {3600, false}, "cat": {7200, false}, "eat": {10800, false},
	"pkt": {5 * 3600, false}, "ist": {5*3600 + 1800, false},
	"ict": {7 * 3600, false}, "wib": {7 * 3600, false}, "wita": {8 * 3600, false},
	"wit": {9 * 3600, false}, "hkt": {8 * 3600, false}, "sgt": {8 * 3600, false},
	"pht": {8 * 3600, false}, "awst": {8 * 3600, false},
	"jst": {9 * 3600, false}, "kst": {9 * 3600, false},
	"aest": {10 * 3600, false}, "aedt": {11 * 3600, false},
	"nzst": {12 * 3600, false}, "nzdt": {13 * 3600, false},
	"brt": {-3 * 3600, false}, "art": {-3 * 3600, false},
	"est": {-5 * 3600, false}, "edt": {-4 * 3600, false},
	"cst": {-6 * 3600, false}, "cdt": {-5 * 3600, false},
	"mst": {-7 * 3600, false}, "mdt": {-6 * 3600, false},
	"pst": {-8 * 3600, false}, "pdt": {-7 * 3600, false},
	"akst": {-9 * 3600, false}, "akdt": {-8 * 3600, false}, "hst": {-10 * 3600, false},
	"et": {-5 * 3600, true}, "ct": {-6 * 3600, true}, "mt": {-7 * 3600, true},
	"pt": {-8 * 3600, true},
}
