package rollout

import (
	"math"
	"testing"
)

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"出口货物检验检疫证单‘云签发’平台", "出口货物检验检疫证单云签发平台"},
		{"出口货物检验检疫单“云签发”平台", "出口货物检验检疫单云签发平台"},
		{"「专利开放许可」新模式", "专利开放许可新模式"},
		{"证券、期货、基金境外金融职业资格认可机制", "证券期货基金境外金融职业资格认可机制"},
		{"各县（市、区）人民政府", "各县市区人民政府"},
		{" 省商务厅\u3000", "省商务厅"},
		{"数据安全共享管理规范 and 转化应用流程", "数据安全共享管理规范and转化应用流程"},
		{"ＡＢＣ１２３ 平台", "abc123平台"},
		{"5G+工业互联网", "5g+工业互联网"}, // symbols are kept
		{"", ""},
		{"“”、。", ""},
	}
	for _, tt := range tests {
		if got := NormalizeName(tt.in); got != tt.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSimilarity(t *testing.T) {
	tests := []struct {
		name     string
		a, b     string
		min, max float64
		same     bool // at or above SimilarityThreshold
	}{
		{"7th batch item 2, body vs annex", "出口货物检验检疫证单‘云签发’平台", "出口货物检验检疫单“云签发”平台", 0.85, 0.95, true},
		{"7th batch item 3, body vs annex", "航空货运电子信息化", "航空货运电子化", 0.70, 0.75, true},
		{"quote styles only", "知识产权类案件“简案快办”", "知识产权类案件‘简案快办’", 1, 1, true},
		{"identical", "专利开放许可新模式", "专利开放许可新模式", 1, 1, true},
		{"closest different items of the 7th batch", "动产质押融资业务模式", "知识产权质押融资模式创新", 0.35, 0.45, false},
		{"different items", "知识产权纠纷调解优先机制", "知识产权质押融资模式创新", 0, 0.35, false},
		{"different items sharing 新模式", "专利导航助力产业创新协同联动新模式", "专利开放许可新模式", 0, 0.35, false},
		{"different items, no bigram in common", "海事政务闭环管理", "科创企业票据融资新模式", 0, 0, false},
		{"different units", "省商务厅", "省财政厅", 0, 0, false},
		{"a unit miswritten", "省市场监督局", "省市场监管局", 0.55, 0.65, true},
		{"one character each, same", "甲", "甲", 1, 1, true},
		{"one character each, different", "甲", "乙", 0, 0, false},
		{"empty", "", "甲", 0, 0, false},
		{"both empty", "", "", 0, 0, false},
		{"punctuation only", "“”", "“”", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Similarity(tt.a, tt.b)
			if s < tt.min || s > tt.max {
				t.Errorf("Similarity(%q, %q) = %.3f, want in [%.2f, %.2f]", tt.a, tt.b, s, tt.min, tt.max)
			}
			if same := s >= SimilarityThreshold; same != tt.same {
				t.Errorf("Similarity(%q, %q) = %.3f: above threshold %v, want %v", tt.a, tt.b, s, same, tt.same)
			}
			if r := Similarity(tt.b, tt.a); math.Abs(r-s) > 1e-12 {
				t.Errorf("not symmetric: %.3f and %.3f", s, r)
			}
		})
	}
}

// Repeated bigrams count as often as both names have them.
func TestSimilarityRepeats(t *testing.T) {
	// 哈哈哈 has bigrams 哈哈 ×2, 哈哈 has 哈哈 ×1: one in common of three.
	if s := Similarity("哈哈哈", "哈哈"); math.Abs(s-2.0/3) > 1e-12 {
		t.Errorf("Similarity(哈哈哈, 哈哈) = %.3f, want 0.667", s)
	}
}

func BenchmarkSimilarity(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Similarity("专利导航助力产业创新协同联动新模式", "专利开放许可新模式")
	}
}
