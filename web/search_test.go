package web

import (
	"reflect"
	"testing"

	"rollout"
)

func TestHighlight(t *testing.T) {
	tests := []struct {
		s, q string
		want []segment
	}{
		{"知识产权质押融资模式创新", "知识产权", []segment{{"知识产权", true}, {"质押融资模式创新", false}}},
		{"国家知识产权局", "知识产权", []segment{{"国家", false}, {"知识产权", true}, {"局", false}}},
		{"推广知识产权海外侵权责任险", "险", []segment{{"推广知识产权海外侵权责任", false}, {"险", true}}},
		// Punctuation is not a term: nothing to mark.
		{"存、管、算、用", "、", []segment{{"存、管、算、用", false}}},
		// Most of a term's bigrams: each one marked.
		{"专利开放许可新模式", "专利许可", []segment{{"专利", true}, {"开放", false}, {"许可", true}, {"新模式", false}}},
		{"规范 AND 流程 and", "and", []segment{{"规范 ", false}, {"AND", true}, {" 流程 ", false}, {"and", true}}},
		{"海关总署", "民航", []segment{{"海关总署", false}}},
		{"海关总署", "", []segment{{"海关总署", false}}},
		{"", "x", nil},
	}
	for _, tt := range tests {
		if got := highlight(tt.s, rollout.ParseSearch(tt.q)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("highlight(%q, %q) = %v, want %v", tt.s, tt.q, got, tt.want)
		}
	}
}

func TestExcerpt(t *testing.T) {
	tests := []struct {
		s, q   string
		radius int
		want   []segment
	}{
		{"一二三四五六七八九十", "五", 2, []segment{{"…三四", false}, {"五", true}, {"六七…", false}}},
		{"一二三四五", "一", 2, []segment{{"一", true}, {"二三…", false}}},
		{"一二三四五", "五", 2, []segment{{"…三四", false}, {"五", true}}},
		{"一二三", "四", 2, nil},
	}
	for _, tt := range tests {
		if got := excerpt(tt.s, rollout.ParseSearch(tt.q), tt.radius); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("excerpt(%q, %q, %d) = %v, want %v", tt.s, tt.q, tt.radius, got, tt.want)
		}
	}
}
