package notice

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"

	"rollout"
)

// OpenCC's table of traditional characters and their simplified forms
// (opencc/README.md says where it comes from and under which licence).
//
//go:embed opencc/TSCharacters.txt
var tsCharacters string

var (
	tsOnce sync.Once
	tsMap  map[rune]rune
)

// tsTable returns the table read into a map: each traditional character to
// its first (usual) simplified candidate. Entries whose candidate is more
// than one character, or the character itself, are left out.
func tsTable() map[rune]rune {
	tsOnce.Do(func() {
		tsMap = make(map[rune]rune, 4200)
		for _, l := range strings.Split(tsCharacters, "\n") {
			from, to, ok := strings.Cut(strings.TrimSpace(l), "\t")
			if !ok {
				continue
			}
			f, t := []rune(from), []rune(strings.Fields(to + " ")[0])
			if len(f) == 1 && len(t) == 1 && f[0] != t[0] {
				tsMap[f[0]] = t[0]
			}
		}
	})
	return tsMap
}

// A document is taken as written in traditional characters when at least
// this share of its Han characters are traditional ones: a simplified notice
// with a traditional note on where it was copied from (附錄節錄自中國政府網)
// stays as it is.
const traditionalShare = 0.05

// foldTraditional folds the lines of a document written in traditional
// characters (牽頭單位) to simplified ones (牵头单位), so that the readers
// find the words they know; a note says so. A document in simplified
// characters is left as it is.
func foldTraditional(doc *document) {
	ts := tsTable()
	han, trad := 0, 0
	examples := map[rune]bool{}
	var sample []string
	count := func(s string) {
		for _, r := range s {
			if unicode.Is(unicode.Han, r) {
				han++
				if t, ok := ts[r]; ok {
					trad++
					if !examples[r] && len(sample) < 5 {
						examples[r] = true
						sample = append(sample, string(r)+"→"+string(t))
					}
				}
			}
		}
	}
	for _, l := range doc.lines {
		count(l.text)
		for _, c := range l.cells {
			count(c)
		}
	}
	if han == 0 || float64(trad) < traditionalShare*float64(han) {
		return
	}
	fold := func(s string) string {
		return strings.Map(func(r rune) rune {
			if t, ok := ts[r]; ok {
				return t
			}
			return r
		}, s)
	}
	for i := range doc.lines {
		l := &doc.lines[i]
		l.text = fold(l.text)
		for k := range l.cells {
			l.cells[k] = fold(l.cells[k])
		}
		for k := range l.parts {
			for j := range l.parts[k] {
				l.parts[k][j] = fold(l.parts[k][j])
			}
		}
	}
	doc.pageTitle = fold(doc.pageTitle)
	doc.notes = append(doc.notes, rollout.Diag(rollout.LevelInfo, "traditional-folded", 0, "err.notice.diag.traditional-folded", trad, strings.Join(sample, "、")))
}
