package metrics

// ShingleSize is the number of tokens in a shingle.
const ShingleSize = 4

// Shingles returns the multiset of n-token shingles of s (tokens joined by a
// space). A text with fewer than n tokens but at least one yields a single
// shingle of all its tokens; an empty text yields none.
func Shingles(s string, n int) map[string]int {
	toks := Tokens(s)
	out := make(map[string]int)
	if len(toks) == 0 {
		return out
	}
	last := len(toks) - n + 1
	if last < 1 {
		last = 1
	}
	for i := 0; i < last; i++ {
		j := min(i+n, len(toks))
		out[joinSpace(toks[i:j])]++
	}
	return out
}

func joinSpace(toks []string) string {
	n := len(toks) - 1
	for _, t := range toks {
		n += len(t)
	}
	b := make([]byte, 0, n)
	for i, t := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, t...)
	}
	return string(b)
}

// PageShingles is one page's shingle match: true positives, false positives
// and false negatives over shingle multisets, normalised to sum 1 (all zero
// when both texts are empty).
type PageShingles struct{ TP, FP, FN float64 }

// ShingleMatch compares the truth and the prediction of one page.
func ShingleMatch(truth, pred string) PageShingles {
	ts := Shingles(truth, ShingleSize)
	ps := Shingles(pred, ShingleSize)
	var tp, fp, fn int
	for k, t := range ts {
		p := ps[k]
		tp += min(t, p)
		fn += max(0, t-p)
	}
	for k, p := range ps {
		fp += max(0, p-ts[k])
	}
	s := float64(tp + fp + fn)
	if s == 0 {
		return PageShingles{}
	}
	return PageShingles{float64(tp) / s, float64(fp) / s, float64(fn) / s}
}

// Precision of the page; ok is false when the page has no predicted
// shingles (tp+fp = 0) and is left out of the mean.
func (p PageShingles) Precision() (v float64, ok bool) {
	if p.TP+p.FP == 0 {
		return 0, false
	}
	return p.TP / (p.TP + p.FP), true
}

// Recall of the page; ok is false when the page has no true shingles
// (tp+fn = 0) and is left out of the mean.
func (p PageShingles) Recall() (v float64, ok bool) {
	if p.TP+p.FN == 0 {
		return 0, false
	}
	return p.TP / (p.TP + p.FN), true
}

// F1 of the page alone (for ranking pages): 2tp/(2tp+fp+fn); 1 when both
// texts are empty.
func (p PageShingles) F1() float64 {
	d := 2*p.TP + p.FP + p.FN
	if d == 0 {
		return 1
	}
	return 2 * p.TP / d
}

// Score holds precision, recall and F1, and how many pages went into each mean.
type Score struct {
	P, R, F1  float64
	NP, NR, N int // pages in the precision mean, in the recall mean, in total
}

// ShingleScore aggregates pages the benchmark's way: P is the mean of the
// per-page precisions over pages with tp+fp > 0, R the mean of the recalls
// over pages with tp+fn > 0, and F1 = 2PR/(P+R).
func ShingleScore(pages []PageShingles) Score {
	var s Score
	s.N = len(pages)
	for _, p := range pages {
		if v, ok := p.Precision(); ok {
			s.P += v
			s.NP++
		}
		if v, ok := p.Recall(); ok {
			s.R += v
			s.NR++
		}
	}
	if s.NP > 0 {
		s.P /= float64(s.NP)
	}
	if s.NR > 0 {
		s.R /= float64(s.NR)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// PageBoW is one page's bag-of-words precision, recall and F1.
type PageBoW struct{ P, R, F1 float64 }

// BoWMatch is WCXB's word_f1: lower-cased \w+ tokens, multiset overlap.
// An empty truth scores 1 against an empty prediction and 0 otherwise; an
// empty prediction scores 0 against a non-empty truth.
func BoWMatch(truth, pred string) PageBoW {
	tt := LowerTokens(truth)
	pt := LowerTokens(pred)
	if len(tt) == 0 {
		if len(pt) == 0 {
			return PageBoW{1, 1, 1}
		}
		return PageBoW{}
	}
	if len(pt) == 0 {
		return PageBoW{}
	}
	counts := make(map[string]int, len(tt))
	for _, t := range tt {
		counts[t]++
	}
	overlap := 0
	for _, t := range pt {
		if counts[t] > 0 {
			counts[t]--
			overlap++
		}
	}
	p := float64(overlap) / float64(len(pt))
	r := float64(overlap) / float64(len(tt))
	var f float64
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PageBoW{p, r, f}
}

// BoWScore macro-averages P, R and F1 over pages (F1 is the mean of the
// per-page F1s, not the harmonic mean of the means).
func BoWScore(pages []PageBoW) Score {
	var s Score
	s.N, s.NP, s.NR = len(pages), len(pages), len(pages)
	if len(pages) == 0 {
		return s
	}
	for _, p := range pages {
		s.P += p.P
		s.R += p.R
		s.F1 += p.F1
	}
	n := float64(len(pages))
	s.P /= n
	s.R /= n
	s.F1 /= n
	return s
}
