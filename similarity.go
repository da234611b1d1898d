package rollout

import (
	"strings"
	"unicode"
)

// SimilarityThreshold is the least Similarity at which two names are taken for
// the same thing. The two real differences of the seventh batch score 0.89
// (出口货物检验检疫证单‘云签发’平台 / 出口货物检验检疫单“云签发”平台) and 0.71
// (航空货运电子信息化 / 航空货运电子化); the closest two different items of the
// batch (动产质押融资业务模式 / 知识产权质押融资模式创新) score 0.40.
const SimilarityThreshold = 0.55

// NormalizeName returns a name as it is compared: punctuation (quote marks of
// every style, brackets, 、，。 and the like) and white space removed,
// full-width Latin letters and digits made half-width, Latin letters in lower
// case. Names that differ only in these ways have the same normal form:
// 出口货物检验检疫单“云签发”平台 and 出口货物检验检疫单‘云签发’平台 are both
// 出口货物检验检疫单云签发平台. Chinese characters are kept as they are.
func NormalizeName(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '！' && r <= '～': // full-width forms of ASCII
			r -= '！' - '!'
		case r == '\u3000':
			r = ' '
		}
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Similarity returns how alike two names are, from 0 (nothing in common) to 1
// (the same name once normalised): the Dice coefficient of the character
// bigrams of NormalizeName(a) and NormalizeName(b), that is twice the number
// of bigrams they share divided by the number of bigrams of both. Characters
// are runes, so Chinese text is compared character by character. A name that
// normalises to nothing is similar to nothing.
func Similarity(a, b string) float64 {
	a, b = NormalizeName(a), NormalizeName(b)
	switch {
	case a == "" || b == "":
		return 0
	case a == b:
		return 1
	}
	x, y := bigrams(a), bigrams(b)
	if len(x) == 0 || len(y) == 0 {
		return 0 // one character, and not the same
	}
	count := make(map[[2]rune]int, len(x))
	for _, g := range x {
		count[g]++
	}
	common := 0
	for _, g := range y {
		if count[g] > 0 {
			count[g]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(x)+len(y))
}

// bigrams returns the pairs of adjacent runes of s, in order.
func bigrams(s string) [][2]rune {
	r := []rune(s)
	if len(r) < 2 {
		return nil
	}
	g := make([][2]rune, len(r)-1)
	for i := range g {
		g[i] = [2]rune{r[i], r[i+1]}
	}
	return g
}
