package metrics

import "strings"

// Snippets is a confusion matrix over with/without snippets.
type Snippets struct{ TP, FP, FN, TN int }

// Add returns the sum of two matrices.
func (s Snippets) Add(o Snippets) Snippets {
	return Snippets{s.TP + o.TP, s.FP + o.FP, s.FN + o.FN, s.TN + o.TN}
}

// SnippetMatch is trafilatura's count_item: after collapsing white space
// (case kept), a "with" snippet found in the text is a true positive and a
// missing one a false negative; a "without" snippet found is a false positive
// and a missing one a true negative.
func SnippetMatch(text string, with, without []string) Snippets {
	t := CollapseSpace(text)
	var s Snippets
	for _, w := range with {
		if found(t, w) {
			s.TP++
		} else {
			s.FN++
		}
	}
	for _, w := range without {
		if found(t, w) {
			s.FP++
		} else {
			s.TN++
		}
	}
	return s
}

func found(text, snippet string) bool {
	return text != "" && strings.Contains(text, CollapseSpace(snippet))
}

// Precision is tp/(tp+fp), 0 when undefined.
func (s Snippets) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is tp/(tp+fn), 0 when undefined.
func (s Snippets) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// Accuracy is (tp+tn)/all, 0 when undefined.
func (s Snippets) Accuracy() float64 { return ratio(s.TP+s.TN, s.TP+s.TN+s.FP+s.FN) }

// F1 is 2tp/(2tp+fp+fn) = 2PR/(P+R), 0 when undefined.
func (s Snippets) F1() float64 { return ratio(2*s.TP, 2*s.TP+s.FP+s.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
