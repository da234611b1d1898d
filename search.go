package rollout

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// Search over the catalogue. Chinese is written without spaces, and people
// shorten names as they speak them: 专利许可 for 专利开放许可新模式. A query is
// cut into terms (runs of Han characters; runs of letters and digits, folded
// to lower case), and a Han term of two or more characters is matched by its
// character bigrams: a text matches the term when it holds the term whole, or
// at least two thirds of the term's distinct bigrams. Every term must match
// somewhere in an item; items are ranked by where they match (name before
// aliases, responsible units and content) and how much of each term they hold.

// SearchQuery is a parsed query.
type SearchQuery struct {
	terms []searchTerm
}

type searchTerm struct {
	text    []rune   // the term, folded
	bigrams []string // distinct character bigrams of a Han term of 2+ characters
}

// minBigramShare is the share of a term's bigrams a text must hold to match
// it without holding it whole.
const minBigramShare = 2.0 / 3.0

// ParseSearch cuts q into terms. A query with no letter, digit or Han
// character has no terms and matches nothing.
func ParseSearch(q string) SearchQuery {
	var out SearchQuery
	var cur []rune
	curHan := false
	flush := func() {
		if len(cur) == 0 {
			return
		}
		t := searchTerm{text: cur}
		if curHan && len(cur) >= 2 {
			seen := map[string]bool{}
			for i := 0; i+1 < len(cur); i++ {
				b := string(cur[i : i+2])
				if !seen[b] {
					seen[b] = true
					t.bigrams = append(t.bigrams, b)
				}
			}
		}
		out.terms = append(out.terms, t)
		cur = nil
	}
	for _, r := range q {
		han := unicode.Is(unicode.Han, r)
		word := han || unicode.IsLetter(r) || unicode.IsDigit(r)
		if !word || (len(cur) > 0 && han != curHan) {
			flush()
		}
		if word {
			cur = append(cur, unicode.ToLower(r))
			curHan = han
		}
	}
	flush()
	return out
}

// Empty reports whether the query has no terms.
func (q SearchQuery) Empty() bool { return len(q.terms) == 0 }

// termScore is how well text (folded) holds term: 1 for the whole term, the
// share of its bigrams when that share is enough, 0 otherwise.
func termScore(text []rune, t searchTerm) float64 {
	if indexRunes(text, t.text) >= 0 {
		return 1
	}
	if len(t.bigrams) < 2 {
		return 0
	}
	s := string(text)
	n := 0
	for _, b := range t.bigrams {
		if strings.Contains(s, b) {
			n++
		}
	}
	share := float64(n) / float64(len(t.bigrams))
	if share+1e-9 < minBigramShare {
		return 0
	}
	return share / 2 // a scattered match ranks below a whole one
}

// Score is how well text matches the whole query: the mean of its terms'
// scores, or 0 when a term is missing.
func (q SearchQuery) Score(text string) float64 {
	if q.Empty() {
		return 0
	}
	f := foldRunes(text)
	total := 0.0
	for _, t := range q.terms {
		s := termScore(f, t)
		if s == 0 {
			return 0
		}
		total += s
	}
	return total / float64(len(q.terms))
}

// Spans are the rune ranges [from, to) of text to mark for q: every
// occurrence of a whole term, and of the bigrams of a term the text matches
// by bigrams; overlapping ranges are merged.
func (q SearchQuery) Spans(text string) [][2]int {
	f := foldRunes(text)
	var spans [][2]int
	for _, t := range q.terms {
		switch sc := termScore(f, t); {
		case sc == 0:
			continue
		case sc == 1:
			spans = appendAll(spans, f, t.text)
		default:
			for _, b := range t.bigrams {
				spans = appendAll(spans, f, []rune(b))
			}
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	var merged [][2]int
	for _, s := range spans {
		if n := len(merged); n > 0 && s[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], s[1])
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

func appendAll(spans [][2]int, text, sub []rune) [][2]int {
	for i := 0; i+len(sub) <= len(text); {
		j := indexRunes(text[i:], sub)
		if j < 0 {
			break
		}
		spans = append(spans, [2]int{i + j, i + j + len(sub)})
		i += j + len(sub)
	}
	return spans
}

// Field weights: a match in the name says most about an item.
const (
	weightName    = 8
	weightAlias   = 6
	weightUnit    = 4
	weightContent = 2
)

// searchField is a folded text of an item with the weight of a match in it.
type searchField struct {
	text   []rune
	weight float64
}

// RankItems returns the items that match q, best first: each term must be
// held by some field of the item; an item's score is, per term, the best of
// its fields' scores times their weights. Ties keep the order of items.
func RankItems(q SearchQuery, items []*Item) []*Item {
	type hit struct {
		it    *Item
		score float64
	}
	var hits []hit
	for _, it := range items {
		fields := []searchField{{foldRunes(it.Name), weightName}}
		for _, a := range it.Aliases {
			fields = append(fields, searchField{foldRunes(a), weightAlias})
		}
		fields = append(fields,
			searchField{foldRunes(strings.Join(it.Responsible, "、")), weightUnit},
			searchField{foldRunes(it.Content), weightContent})
		total := 0.0
		for _, t := range q.terms {
			best := 0.0
			for _, f := range fields {
				best = max(best, termScore(f.text, t)*f.weight)
			}
			if best == 0 {
				total = 0
				break
			}
			total += best
		}
		if total > 0 {
			hits = append(hits, hit{it, total})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		return cmp.Compare(b.score, a.score)
	})
	out := make([]*Item, len(hits))
	for i, h := range hits {
		out[i] = h.it
	}
	return out
}

func foldRunes(s string) []rune {
	rs := []rune(s)
	for i, r := range rs {
		rs[i] = unicode.ToLower(r)
	}
	return rs
}

func indexRunes(s, sub []rune) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if slices.Equal(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
