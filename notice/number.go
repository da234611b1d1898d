package notice

import (
	"strings"
	"time"
)

// digitValue returns the value of one digit written in Arabic (half- or
// full-width) or Chinese numerals, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	switch r {
	case '〇', '○', '零', 'Ｏ', 'O', 'o':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// parseNumber reads a whole number written in Arabic digits (五十六 style
// numerals up to 九十九, or digit by digit as in years: 二〇二三). It reports
// false for anything else and for numbers above 9999.
func parseNumber(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if i := strings.IndexRune(s, '十'); i >= 0 {
		tens, units := 1, 0
		if head := s[:i]; head != "" {
			r := []rune(head)
			if len(r) != 1 || digitValue(r[0]) < 1 {
				return 0, false
			}
			tens = digitValue(r[0])
		}
		if tail := s[i+len("十"):]; tail != "" {
			r := []rune(tail)
			if len(r) != 1 || digitValue(r[0]) < 1 {
				return 0, false
			}
			units = digitValue(r[0])
		}
		return tens*10 + units, true
	}
	v, n := 0, 0
	for _, r := range s {
		d := digitValue(r)
		if d < 0 || n == 4 {
			return 0, false
		}
		v = v*10 + d
		n++
	}
	return v, true
}

// parseDate reads a date line such as 2023年6月24日 or 二〇二三年六月二十四日
// and reports false when the text is not such a date or names no real day.
func parseDate(s string) (time.Time, bool) {
	m := reDate.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	y, ok1 := parseNumber(m[1])
	mo, ok2 := parseNumber(m[2])
	d, ok3 := parseNumber(m[3])
	if !ok1 || !ok2 || !ok3 || y < 1949 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 2月30日 and the like
		return time.Time{}, false
	}
	return t, true
}
