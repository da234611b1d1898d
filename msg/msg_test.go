package msg

import (
	"regexp"
	"strings"
	"testing"
)

var verb = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// TestBothLanguages: every key has both languages, with the same fmt verbs in
// the same order (%q and %s count as one).
func TestBothLanguages(t *testing.T) {
	for key, m := range catalogue {
		if strings.TrimSpace(m.zh) == "" || strings.TrimSpace(m.en) == "" {
			t.Errorf("%s: a language is empty: %+v", key, m)
		}
		// Chinese quotes its own arguments (“%s”) where English may use %q.
		zv := strings.ReplaceAll(strings.Join(verb.FindAllString(m.zh, -1), " "), "q", "s")
		ev := strings.ReplaceAll(strings.Join(verb.FindAllString(m.en, -1), " "), "q", "s")
		if zv != ev {
			t.Errorf("%s: zh takes %q, en takes %q", key, zv, ev)
		}
	}
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
