package winnow

// Record stores and document editors stamp elements with random base-62 record ids
// ("old-record-id-PFk9dDFpTo0qJgx9vRfcqXxunAc", Firebase push ids, Lark and Notion block
// ids). The class-word scanner would read such a run's letters as words, split at its
// case changes and digits: "PFk9dDFpTo0…" gives "DFp", read as "dfp" (DoubleClick for
// Publishers), and a list item of the article was taken for an advert. The scanner skips a
// run that is shaped like a random id: its letters name no kind and are in no word list.

// Bounds of a generated id run (see generatedRunEnd). A random base-62 run of 16 letters
// and digits holds, on average, about 3 lower-to-upper case changes and 3 upper letters
// after an upper one; a camelCase name ("relatedPostsWidget2") seldom has two capitals in
// a row and is shorter.
const (
	genIDMinLen      = 16 // bytes of letters and digits, no separator
	genIDMinSwitches = 3  // lower-case letters followed by an upper-case one
	genIDMinCaps     = 2  // upper-case letters followed by another
)

// generatedRunEnd reports, for a value v whose byte i opens a run of ASCII letters and
// digits, where the run ends if it is a generated id, and 0 if it is not. A run is one
// when it is at least genIDMinLen long, holds a digit, and mixes cases as random text
// does: genIDMinSwitches lower-to-upper changes and genIDMinCaps capitals in a row at
// least. It does not allocate and reads the run once.
func generatedRunEnd(v string, i int) int {
	digits, switches, caps := 0, 0, 0
	var prev byte
	j := i
	for ; j < len(v); j++ {
		c := v[j]
		upper := 'A' <= c && c <= 'Z'
		switch {
		case '0' <= c && c <= '9':
			digits++
		case upper:
			if 'a' <= prev && prev <= 'z' {
				switches++
			} else if 'A' <= prev && prev <= 'Z' {
				caps++
			}
		case 'a' <= c && c <= 'z':
		default:
			goto done
		}
		prev = c
	}
done:
	if j-i >= genIDMinLen && digits > 0 && switches >= genIDMinSwitches && caps >= genIDMinCaps {
		return j
	}
	return 0
}

// isAlnumByte reports whether c is an ASCII letter or digit.
func isAlnumByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// skipRun ends the word before a skipped generated run; the token's joined letters, which
// lack the run, no longer spell its name.
func (s *tokenScan) skipRun() {
	s.endWord()
	s.joinedUsable = false
	s.prevLower, s.prevDigit = false, true
}

// mayOpenGeneratedRun reports whether byte i of v, in the token that opens at start, opens
// a run of letters and digits long enough to be a generated id: the cheap test that
// spares generatedRunEnd the short runs and the inner bytes of a run.
func mayOpenGeneratedRun(v string, i, start int) bool {
	return i+genIDMinLen <= len(v) && isAlnumByte(v[i+genIDMinLen-1]) && (i == start || !isAlnumByte(v[i-1]))
}
