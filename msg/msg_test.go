package msg

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var verb = regexp.MustCompile(`%(?:\[\d+\])?[-+# 0-9.]*[a-zA-Z%]`)

// TestBothLanguages: every key has both languages, with the same fmt verbs in
// the same order (%q and %s count as one).
func TestBothLanguages(t *testing.T) {
	for key, m := range catalogue {
		if strings.TrimSpace(m.zh) == "" || strings.TrimSpace(m.en) == "" {
			t.Errorf("%s: a language is empty: %+v", key, m)
		}
		// Chinese quotes its own arguments (“%s”) where English may use %q;
		// a language may order them otherwise (%[2]s) and pad them (%02d).
		if zv, ev := verbs(m.zh), verbs(m.en); zv != ev {
			t.Errorf("%s: zh takes %q, en takes %q", key, zv, ev)
		}
	}
}

// verbs are the argument types of a message in argument order: the letter of
// each verb, %q as %s, placed by an explicit index where there is one.
func verbs(s string) string {
	var out []string
	next := 0
	for _, v := range verb.FindAllString(s, -1) {
		if v == "%%" {
			continue
		}
		at := next
		if i := strings.Index(v, "["); i >= 0 {
			n, _ := strconv.Atoi(v[i+1 : strings.Index(v, "]")])
			at = n - 1
		}
		for len(out) <= at {
			out = append(out, "")
		}
		out[at] = strings.ReplaceAll(v[len(v)-1:], "q", "s")
		next = at + 1
	}
	return strings.Join(out, " ")
}

type state string

func (s state) Text(l Lang) string { return Text(l, "state."+string(s)) }

func TestTextLocalizesArguments(t *testing.T) {
	ui["test.step"] = message{"任务当前状态为“%s”。", "The task is %s."}
	catalogue["test.step"] = ui["test.step"]
	defer delete(catalogue, "test.step")
	defer delete(ui, "test.step")
	if got := Text(ZH, "test.step", state("closed")); got != "任务当前状态为“已办结”。" {
		t.Errorf("zh: %q", got)
	}
	if got := Text(EN, "test.step", state("closed")); got != "The task is "+Text(EN, "state.closed")+"." {
		t.Errorf("en: %q", got)
	}
	if got := Text(EN, Raw, "原样"); got != "原样" {
		t.Errorf("raw: %q", got)
	}
	if got := Text(EN, "no.such.key"); got != "no.such.key" {
		t.Errorf("unknown key: %q", got)
	}
}
