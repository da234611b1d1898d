package rollout

import (
	"reflect"
	"testing"
)

func TestSearchScore(t *testing.T) {
	tests := []struct {
		q, text string
		match   bool
	}{
		{"专利许可", "专利开放许可新模式", true},   // 专利, 许可 of 专利/利许/许可: two thirds
		{"专利开放", "专利开放许可新模式", true},   // whole
		{"许可专利", "专利开放许可新模式", true},   // 专利, 许可 of 许可/可专/专利
		{"知识产权", "专利开放许可新模式", false},  // nothing
		{"专利质押", "专利开放许可新模式", false},  // 专利 only: one of three
		{"ICP", "跨境电商 icp 备案", true},  // letters fold
		{"专利 模式", "专利开放许可新模式", true},  // two terms, both held
		{"专利 海关", "专利开放许可新模式", false}, // a term missing
		{"“专利许可”", "专利开放许可新模式", true}, // punctuation is not a term
		{"！？", "专利开放许可新模式", false},    // no term at all
		{"利", "专利开放许可新模式", true},      // one character: whole
		{"船舶", "国际船舶登记", true},        // one bigram: whole only
		{"船登", "国际船舶登记", false},
	}
	for _, tt := range tests {
		if got := ParseSearch(tt.q).Score(tt.text) > 0; got != tt.match {
			t.Errorf("%q in %q: match %v, want %v", tt.q, tt.text, got, tt.match)
		}
	}
}

func TestSearchSpans(t *testing.T) {
	q := ParseSearch("专利许可")
	if got, want := q.Spans("专利开放许可新模式，专利"), [][2]int{{0, 2}, {4, 6}, {10, 12}}; !reflect.DeepEqual(got, want) {
		t.Errorf("spans %v, want %v", got, want)
	}
	if got := q.Spans("海关"); got != nil {
		t.Errorf("spans of a text that does not match: %v", got)
	}
	// Overlapping bigrams merge: 专利许可 whole.
	if got, want := q.Spans("推进专利许可"), [][2]int{{2, 6}}; !reflect.DeepEqual(got, want) {
		t.Errorf("spans %v, want %v", got, want)
	}
}

func TestRankItems(t *testing.T) {
	items := []*Item{
		{Batch: 7, Seq: 1, Name: "知识产权质押融资", Content: "支持专利许可收益权质押"},
		{Batch: 7, Seq: 2, Name: "专利开放许可新模式", Responsible: []string{"国家知识产权局"}},
		{Batch: 7, Seq: 3, Name: "海关监管", Content: "无关"},
		{Batch: 6, Seq: 9, Name: "专利许可备案", Responsible: []string{"国家知识产权局"}},
	}
	var got []int
	for _, it := range RankItems(ParseSearch("专利许可"), items) {
		got = append(got, it.Seq)
	}
	// The whole term in a name first, then bigrams in a name, then the content.
	if want := []int{9, 2, 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("ranked %v, want %v", got, want)
	}
	// A unit held whole ranks above a name that holds most of its bigrams.
	got = nil
	for _, it := range RankItems(ParseSearch("知识产权局"), items) {
		got = append(got, it.Seq)
	}
	if want := []int{2, 9, 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("by responsible unit: ranked %v, want %v", got, want)
	}
}
