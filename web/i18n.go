package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"rollout"
	"rollout/msg"
)

// lang is a language of the interface (msg.Lang): Chinese unless a request
// asks for English with ?lang=en or a lang cookie.
type lang = msg.Lang

const (
	zh       = msg.ZH
	en       = msg.EN
	numLangs = msg.NumLangs
)

// parseLang reads a lang parameter or cookie value.
func parseLang(s string) (lang, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "zh", "zh-cn", "cn":
		return zh, true
	case "en":
		return en, true
	}
	return zh, false
}

const langCookie = "lang"

// requestLang is the language of a request: ?lang= first, then the lang cookie,
// then Chinese.
func requestLang(r *http.Request) lang {
	if l, ok := parseLang(r.URL.Query().Get("lang")); ok {
		return l
	}
	if c, err := r.Cookie(langCookie); err == nil {
		if l, ok := parseLang(c.Value); ok {
			return l
		}
	}
	return zh
}

// rememberLang sets the lang cookie when the request chose a language with ?lang=,
// so the following pages keep it.
func rememberLang(w http.ResponseWriter, r *http.Request) {
	l, ok := parseLang(r.URL.Query().Get("lang"))
	if !ok {
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name:     langCookie,
		Value:    l.Code(),
		Path:     "/",
		MaxAge:   365 * 24 * 60 * 60,
		HttpOnly: true,
		Secure:   r.TLS != nil,
		SameSite: http.SameSiteLaxMode,
	})
}

// switchURL is the current page in language l: the same path and query with
// lang replaced.
func switchURL(r *http.Request, l lang) string {
	q := r.URL.Query()
	q.Set("lang", l.Code())
	return r.URL.EscapedPath() + "?" + q.Encode()
}

// tr returns the message key in language l, formatted with args when given.
// An unknown key comes back as itself, visibly; New refuses templates that use
// one and a test checks the Go code.
func tr(l lang, key string, args ...any) string { return msg.Text(l, key, args...) }

// batchLabel names a batch: 第七批 in Chinese, "Batch 7" in English.
func batchLabel(l lang, n int) string {
	if l == en {
		return "Batch " + strconv.Itoa(n)
	}
	return "第" + chineseNumeral(n) + "批"
}

// roleLabel names a task role: 承担, 指导, 牵头, 配合.
func roleLabel(l lang, r rollout.TaskRole) string { return codeLabel(l, "role.", r) }

// kindLabel names a unit kind: 省级人民政府, 自贸试验区 …
func kindLabel(l lang, k rollout.UnitKind) string { return codeLabel(l, "kind.", k) }

// userRoleLabel names a user's role: 查看, 填报, 复核 …
func userRoleLabel(l lang, r rollout.Role) string { return codeLabel(l, "userrole.", r) }

// codeLabel names a code of the domain (a role, a kind, a state …) by its
// catalogue entry prefix+code: role.lead, kind.ftz, state.closed. A code the
// catalogue does not know is shown as itself.
func codeLabel[T ~string](l lang, prefix string, code T) string {
	key := prefix + string(code)
	if !msg.Has(key) {
		return string(code)
	}
	return tr(l, key)
}

// formatDateTime writes a moment in Beijing time to the second: 2024年1月16日
// 17:00:00 in Chinese, 16 January 2024 17:00:00 in English. The zero time is a dash.
func formatDateTime(l lang, t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	t = t.In(rollout.Beijing)
	if l == en {
		return t.Format("2 January 2006 15:04:05")
	}
	return fmt.Sprintf("%d年%d月%d日 %s", t.Year(), int(t.Month()), t.Day(), t.Format("15:04:05"))
}

// formatDate writes a calendar date: 2023年6月24日 in Chinese, 24 June 2023 in
// English. The zero time is shown as a dash.
func formatDate(l lang, t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	if l == en {
		return t.Format("2 January 2006")
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// chineseDocumentDate writes a date as official documents do, digit by digit
// for the year and in numerals for the month and day: 二〇二五年一月十五日.
func chineseDocumentDate(year, month, day int) string {
	digits := []rune("〇一二三四五六七八九")
	var y strings.Builder
	for _, c := range strconv.Itoa(year) {
		y.WriteRune(digits[c-'0'])
	}
	return y.String() + "年" + chineseNumeral(month) + "月" + chineseNumeral(day) + "日"
}

// chineseNumeral writes n in Chinese numerals as used in document titles and
// batch names: 7 → 七, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五,
// 1010 → 一千零一十, 10000 → 一万, 100000 → 十万. Numbers of 10^16 and more
// are written in Arabic digits.
func chineseNumeral(n int) string {
	if n == 0 {
		return "零"
	}
	if n < 0 {
		return "负" + chineseNumeral(-n)
	}
	if n >= 1e16 {
		return strconv.Itoa(n)
	}
	groupUnits := [...]string{"", "万", "亿", "万亿"}
	var groups []int // four-digit groups, lowest first
	for m := n; m > 0; m /= 10000 {
		groups = append(groups, m%10000)
	}
	var b strings.Builder
	zeroPending := false
	for i := len(groups) - 1; i >= 0; i-- {
		g := groups[i]
		if g == 0 {
			zeroPending = b.Len() > 0
			continue
		}
		if b.Len() > 0 && (zeroPending || g < 1000) {
			b.WriteString("零")
		}
		b.WriteString(chineseGroup(g))
		b.WriteString(groupUnits[i])
		zeroPending = false
	}
	s := b.String()
	// 10–19 at the head of a number are read 十, 十一 …, not 一十, 一十一.
	if strings.HasPrefix(s, "一十") {
		s = strings.TrimPrefix(s, "一")
	}
	return s
}

// chineseGroup writes 1 ≤ g ≤ 9999 with 千百十; a run of zero digits between
// other digits is one 零, trailing zeros are silent.
func chineseGroup(g int) string {
	digits := [...]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	units := [...]string{"千", "百", "十", ""}
	var b strings.Builder
	zero := false
	for i, div := 0, 1000; div > 0; i, div = i+1, div/10 {
		d := g / div % 10
		if d == 0 {
			zero = b.Len() > 0
			continue
		}
		if zero {
			b.WriteString("零")
			zero = false
		}
		b.WriteString(digits[d])
		b.WriteString(units[i])
	}
	return b.String()
}

// stateLabel names a task state: 待签收, 已签收 …; its Chinese is the
// domain's TaskState.Label.
func stateLabel(l lang, st rollout.TaskState) string { return codeLabel(l, "state.", st) }

// eventLabel names a step: 签收, 反馈, 退回 …; its Chinese is the domain's
// TaskEventKind.Label.
func eventLabel(l lang, e rollout.TaskEventKind) string { return codeLabel(l, "event.", e) }

// statusLabel names a report status; its Chinese is the domain's
// ReportStatus.Label.
func statusLabel(l lang, st rollout.ReportStatus) string { return codeLabel(l, "status.", st) }

// naReasons are the reasons a task does not apply, in the order the form
// offers them.
var naReasons = []rollout.NAReason{rollout.NAOutsideScope, rollout.NANoSuchThing, rollout.NAVertical, rollout.NAOther}

// naReasonLabel names a reason a task does not apply.
func naReasonLabel(l lang, r rollout.NAReason) string { return codeLabel(l, "na.", r) }

// periodLabel names a reporting period: 2024年第1季度, 2024年3月, 2024年上半年
// in Chinese (the domain's Period.Label); 2024 Q1, March 2024, 2024 H1 in
// English. A period that is not one is shown as written.
func periodLabel(l lang, p rollout.Period) string { return p.Text(l) }

// formatClock writes a moment in Beijing time to the minute, the same in both
// languages, as a timeline shows it: 2024-03-01 09:30. The zero time is a dash.
func formatClock(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.In(rollout.Beijing).Format("2006-01-02 15:04")
}
