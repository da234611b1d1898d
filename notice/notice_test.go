package notice

import (
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"rollout"
)

const (
	refText = "../refdata/guohan-2023-56.txt"
	refHTML = "testdata/guohan-2023-56.html"
)

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustParse(t *testing.T, src []byte) *rollout.Notice {
	t.Helper()
	n, err := Parse(src)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return n
}

// diags returns the diagnostics with the given code.
func diags(n *rollout.Notice, code string) []rollout.Diagnostic {
	var ds []rollout.Diagnostic
	for _, d := range n.Diagnostics {
		if d.Code == code {
			ds = append(ds, d)
		}
	}
	return ds
}

func TestParseReference(t *testing.T) {
	n := mustParse(t, readFile(t, refText))

	header := []struct {
		field, got, want string
	}{
		{"DocNo", n.DocNo, "国函〔2023〕56号"},
		{"Title", n.Title, "国务院关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知"},
		{"Issuer", n.Issuer, "国务院"},
		{"Addressees", n.Addressees, "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"},
		{"SourceURL", n.SourceURL, "https://www.gov.cn/zhengce/content/202307/content_6890912.htm"},
		{"Format", n.Format, rollout.FormatText},
		{"AnnexTitle", n.AnnexTitle, "自由贸易试验区第七批改革试点经验复制推广工作任务分工表"},
	}
	for _, h := range header {
		if h.got != h.want {
			t.Errorf("%s = %q, want %q", h.field, h.got, h.want)
		}
	}
	if want := time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC); !n.IssuedOn.Equal(want) || n.IssuedOn.Location() != time.UTC {
		t.Errorf("IssuedOn = %v, want %v", n.IssuedOn, want)
	}
	if n.Batch != 7 {
		t.Errorf("Batch = %d, want 7", n.Batch)
	}
	if !strings.HasPrefix(n.Preamble, "建设自由贸易试验区（以下简称自贸试验区）") || !strings.HasSuffix(n.Preamble, "现就有关事项通知如下：") {
		t.Errorf("Preamble = %q", n.Preamble)
	}

	// Duties: two, the page break of the first joined back.
	if len(n.Duties) != 2 {
		t.Fatalf("got %d duties, want 2: %+v", len(n.Duties), n.Duties)
	}
	if n.Duties[0].Heading != "高度重视复制推广工作" || n.Duties[1].Heading != "切实做好组织实施" {
		t.Errorf("duty headings = %q, %q", n.Duties[0].Heading, n.Duties[1].Heading)
	}
	if !strings.Contains(n.Duties[0].Text, "把制度优势转化为治理效能，推进治理体系") || strings.Contains(n.Duties[0].Text, "\n") {
		t.Errorf("duty 二 not joined across the page break: %q", n.Duties[0].Text)
	}
	if !strings.HasSuffix(n.Duties[1].Text, "重大问题及时报告国务院。") {
		t.Errorf("duty 三 = %q", n.Duties[1].Text)
	}
	if ds := diags(n, "page-break-joined"); len(ds) != 1 || ds[0].Level != rollout.LevelInfo || ds[0].Line != 41 {
		t.Errorf("page-break-joined diagnostics = %+v, want one info at line 41", ds)
	}

	// Domains.
	wantDomains := []rollout.Domain{
		{Seq: 1, Name: "投资贸易便利化", Declared: 3, Items: []int{1, 2, 3}},
		{Seq: 2, Name: "政府管理创新", Declared: 5, Items: []int{4, 5, 6, 7, 8}},
		{Seq: 3, Name: "金融开放创新", Declared: 6, Items: []int{9, 10, 11, 12, 13, 14}},
		{Seq: 4, Name: "产业高质量发展", Declared: 5, Items: []int{15, 16, 17, 18, 19}},
		{Seq: 5, Name: "知识产权保护", Declared: 3, Items: []int{20, 21, 22}},
	}
	if !reflect.DeepEqual(n.Domains, wantDomains) {
		t.Errorf("Domains =\n%+v\nwant\n%+v", n.Domains, wantDomains)
	}

	// Items.
	if len(n.Items) != 24 {
		t.Fatalf("got %d items, want 24", len(n.Items))
	}
	for i, it := range n.Items {
		if it.Seq != i+1 {
			t.Errorf("item %d has Seq %d", i, it.Seq)
		}
		if it.Batch != 7 {
			t.Errorf("item %d has Batch %d", it.Seq, it.Batch)
		}
		switch {
		case it.Seq <= 22 && (it.Scope != rollout.ScopeNationwide || it.Domain == ""):
			t.Errorf("item %d: scope %q, domain %q; want 全国 in a domain", it.Seq, it.Scope, it.Domain)
		case it.Seq == 23 && (it.Scope != rollout.ScopeFTZ || it.Domain != ""):
			t.Errorf("item 23: scope %q, domain %q; want 自贸试验区 and no domain", it.Scope, it.Domain)
		case it.Seq == 24 && (it.Scope != rollout.ScopeCoastal || it.Domain != ""):
			t.Errorf("item 24: scope %q, domain %q; want 沿海地区 and no domain", it.Scope, it.Domain)
		}
		if it.Content == "" || len(it.Responsible) == 0 {
			t.Errorf("item %d: empty content or responsible units", it.Seq)
		}
		if it.Seq != 2 && it.Seq != 3 && len(it.Aliases) != 0 {
			t.Errorf("item %d has aliases %q, want none", it.Seq, it.Aliases)
		}
	}
	items := []struct {
		seq         int
		name        string
		aliases     []string
		responsible []string
		domain      string
	}{
		{1, "工程建设项目审批统一化、标准化、信息化", nil, []string{"住房城乡建设部"}, "投资贸易便利化"},
		{2, "出口货物检验检疫单“云签发”平台", []string{"出口货物检验检疫证单‘云签发’平台"}, []string{"海关总署"}, "投资贸易便利化"},
		{3, "航空货运电子化", []string{"航空货运电子信息化"}, []string{"中国民航局"}, "投资贸易便利化"},
		{9, "跨境人民币全程电子缴税", nil, []string{"中国人民银行", "税务总局"}, "金融开放创新"},
		{14, "知识产权质押融资模式创新", nil, []string{"国家知识产权局", "中国人民银行", "金融监管总局"}, "金融开放创新"},
		{22, "专利侵权纠纷“先行裁驳、另行请求”裁决模式", nil, []string{"国家知识产权局", "最高人民法院"}, "知识产权保护"},
		{23, "推广知识产权海外侵权责任险", nil, []string{"国家知识产权局", "金融监管总局"}, ""},
		{24, "入海排污口规范化“分级分类管理”新模式", nil, []string{"生态环境部"}, ""},
	}
	for _, w := range items {
		it := n.Item(w.seq)
		if it == nil {
			t.Errorf("no item %d", w.seq)
			continue
		}
		if it.Name != w.name || !slices.Equal(it.Aliases, w.aliases) || !slices.Equal(it.Responsible, w.responsible) || it.Domain != w.domain {
			t.Errorf("item %d = {%q %q %q %q}, want {%q %q %q %q}", w.seq,
				it.Name, it.Aliases, it.Responsible, it.Domain, w.name, w.aliases, w.responsible, w.domain)
		}
	}
	if c := n.Item(16).Content; !strings.Contains(c, "共享管理规范 and 转化应用流程") {
		t.Errorf("item 16 content lost its stray \" and \": %q", c)
	}
	if c := n.Item(11).Content; !strings.Contains(c, "所在国家(地区)与中国金融监管部门签署《证券期货监管合作谅解备忘录》的金融人才,无需参加") {
		t.Errorf("item 11 content not as published: %q", c)
	}

	// Diagnostics: the two name differences, the quote-style ones, nothing worse.
	mismatch := diags(n, "name-mismatch")
	if len(mismatch) != 2 {
		t.Fatalf("name-mismatch diagnostics = %+v, want 2", mismatch)
	}
	for i, want := range [][2]string{
		{"出口货物检验检疫证单‘云签发’平台", "出口货物检验检疫单“云签发”平台"},
		{"航空货运电子信息化", "航空货运电子化"},
	} {
		d := mismatch[i]
		if d.Level != rollout.LevelWarning || d.Line != 21 || !strings.Contains(d.Message, want[0]) || !strings.Contains(d.Message, want[1]) {
			t.Errorf("name-mismatch %d = %+v, want a warning on line 21 naming %q and %q", i, d, want[0], want[1])
		}
	}
	var quoteItems []string
	for _, d := range diags(n, "quote-style") {
		if d.Level != rollout.LevelInfo {
			t.Errorf("quote-style at level %s", d.Level)
		}
		quoteItems = append(quoteItems, d.Message)
	}
	for _, seq := range []string{"第 4 项", "第 6 项", "第 21 项", "第 22 项", "第 24 项"} {
		if !strings.Contains(strings.Join(quoteItems, "\n"), seq) {
			t.Errorf("no quote-style diagnostic for %s in %q", seq, quoteItems)
		}
	}
	for _, d := range n.Diagnostics {
		switch d.Code {
		case "name-mismatch", "quote-style", "page-break-joined":
		default:
			t.Errorf("unexpected diagnostic %+v", d)
		}
		if d.Line <= 0 {
			t.Errorf("diagnostic without a line: %+v", d)
		}
	}
	if n.HasErrors() {
		t.Error("the reference notice has error diagnostics")
	}
	if err := n.Validate(); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

func TestParseHTMLMatchesText(t *testing.T) {
	text := mustParse(t, readFile(t, refText))
	page := mustParse(t, readFile(t, refHTML))
	if page.Format != rollout.FormatHTML {
		t.Errorf("Format = %q, want html", page.Format)
	}
	if page.Fingerprint() != text.Fingerprint() {
		t.Error("the page and the text have different fingerprints")
	}
	// Field by field, to say where they differ.
	a, b := *text, *page
	a.Format, b.Format = "", ""
	a.Diagnostics, b.Diagnostics = nil, nil
	if !reflect.DeepEqual(a.Items, b.Items) {
		for i := range min(len(a.Items), len(b.Items)) {
			if !reflect.DeepEqual(a.Items[i], b.Items[i]) {
				t.Errorf("item %d:\ntext %+v\nhtml %+v", i+1, a.Items[i], b.Items[i])
			}
		}
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("notices differ:\ntext %+v\nhtml %+v", a, b)
	}
	// The same diagnostics, except their lines, which point into the page.
	if len(text.Diagnostics) != len(page.Diagnostics) {
		t.Fatalf("text has %d diagnostics, page %d:\n%+v\n%+v", len(text.Diagnostics), len(page.Diagnostics), text.Diagnostics, page.Diagnostics)
	}
	src := strings.Split(string(readFile(t, refHTML)), "\n")
	for i, d := range page.Diagnostics {
		td := text.Diagnostics[i]
		if d.Level != td.Level || d.Code != td.Code || d.Message != td.Message {
			t.Errorf("diagnostic %d: text %+v, page %+v", i, td, d)
		}
		if d.Line <= 0 || d.Line > len(src) {
			t.Errorf("diagnostic %d has line %d", i, d.Line)
			continue
		}
		if d.Code == "name-mismatch" && !strings.Contains(src[d.Line-1], "投资贸易便利化领域") {
			t.Errorf("name-mismatch points at line %d: %q", d.Line, src[d.Line-1])
		}
	}
}

// The page without the article's marks: navigation and the information table
// come before the title and are left out; the footer after the table is
// reported, and the notice is the same.
func TestParseHTMLWithoutArticle(t *testing.T) {
	src := string(readFile(t, refHTML))
	src = strings.Replace(src, `<div class="pages_content" id="UCAP-CONTENT">`, `<div class="content">`, 1)
	n := mustParse(t, []byte(src))
	if want := mustParse(t, readFile(t, refText)).Fingerprint(); n.Fingerprint() != want {
		t.Errorf("fingerprint differs without the article element; items: %d, title %q", len(n.Items), n.Title)
	}
	if len(diags(n, "annex-text")) == 0 {
		t.Error("the page chrome after the table is not reported")
	}
	if n.HasErrors() {
		t.Errorf("error diagnostics: %+v", n.Diagnostics)
	}
}

// Older pages of the website lay the article out in a table cell, with the
// annex table nested inside it.
func TestParseHTMLLayoutTable(t *testing.T) {
	src := string(readFile(t, refHTML))
	src = strings.Replace(src, `<div class="pages_content" id="UCAP-CONTENT">`,
		`<table width="100%"><tr><td class="b12c" id="UCAP-CONTENT">`, 1)
	src = strings.Replace(src, "<p><br></p>\n    </div>", "<p><br></p>\n    </td></tr></table>", 1)
	n := mustParse(t, []byte(src))
	if want := mustParse(t, readFile(t, refText)).Fingerprint(); n.Fingerprint() != want {
		t.Errorf("fingerprint differs; %d items, diagnostics %+v", len(n.Items), n.Diagnostics)
	}
	if len(n.Diagnostics) != 8 {
		t.Errorf("diagnostics %+v", n.Diagnostics)
	}
}

// A page whose article starts at the 文号, the title standing above it: the
// title is taken from the page's <title>.
func TestParseHTMLTitleOutsideArticle(t *testing.T) {
	src := string(readFile(t, refHTML))
	title := "<p style=\"text-align: center;\"><strong>国务院关于做好自由贸易试验区第七批<br />\n改革试点经验复制推广工作的通知</strong></p>\n"
	if !strings.Contains(src, title) {
		t.Fatal("the fixture's title paragraph changed")
	}
	src = strings.Replace(src, title, "", 1)
	src = strings.Replace(src, `<div class="pages_content" id="UCAP-CONTENT">`,
		`<h1>国务院关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知</h1><div class="pages_content" id="UCAP-CONTENT">`, 1)
	n := mustParse(t, []byte(src))
	if want := mustParse(t, readFile(t, refText)).Fingerprint(); n.Fingerprint() != want {
		t.Errorf("fingerprint differs; title %q", n.Title)
	}
	if len(diags(n, "title-from-page")) != 1 {
		t.Errorf("diagnostics %+v, want title-from-page", n.Diagnostics)
	}
}

func TestParseLineEndingsAndBOM(t *testing.T) {
	src := string(readFile(t, refText))
	want := mustParse(t, []byte(src)).Fingerprint()
	crlf := strings.ReplaceAll(src, "\n", "\r\n")
	variants := map[string]string{
		"CRLF":                   crlf,
		"BOM":                    "\ufeff" + src,
		"BOM and CRLF":           "\ufeff" + crlf,
		"CR":                     strings.ReplaceAll(src, "\n", "\r"),
		"HTML with BOM and CRLF": "\ufeff" + strings.ReplaceAll(string(readFile(t, refHTML)), "\n", "\r\n"),
	}
	for name, v := range variants {
		t.Run(name, func(t *testing.T) {
			n := mustParse(t, []byte(v))
			if n.Fingerprint() != want {
				t.Errorf("fingerprint differs")
			}
			if n.HasErrors() {
				t.Errorf("error diagnostics: %+v", n.Diagnostics)
			}
		})
	}
	// Line numbers count CRLF lines like LF lines.
	n := mustParse(t, []byte(crlf))
	if d := diags(n, "page-break-joined"); len(d) != 1 || d[0].Line != 41 {
		t.Errorf("page-break-joined = %+v, want line 41", d)
	}
}

// A Markdown table instead of tab-separated rows reads the same.
func TestParseMarkdownTable(t *testing.T) {
	src := string(readFile(t, refText))
	var out []string
	for _, l := range strings.Split(src, "\n") {
		if strings.Contains(l, "\t") {
			out = append(out, "| "+strings.ReplaceAll(l, "\t", " | ")+" |")
			if strings.HasPrefix(l, "序号") {
				out = append(out, "|---|---|---|---|---|")
			}
			continue
		}
		out = append(out, l)
	}
	n := mustParse(t, []byte(strings.Join(out, "\n")))
	if n.Fingerprint() != mustParse(t, []byte(src)).Fingerprint() {
		t.Errorf("fingerprint differs; %d items, diagnostics %+v", len(n.Items), n.Diagnostics)
	}
}

// A notice without its annex (issue 14) is read from its body, on a page as
// in a text: the 24 items, with a warning. (Before, both were refused.)
func TestParseWithoutAnnex(t *testing.T) {
	text := string(readFile(t, refText))
	page := string(readFile(t, refHTML))
	for name, src := range map[string]string{
		"text": text[:strings.Index(text, "自由贸易试验区第七批改革试点经验  \n复制推广")],
		"HTML": page[:strings.Index(page, "<table border")],
	} {
		n := mustParse(t, []byte(src))
		if len(n.Items) != 24 || len(diags(n, "annex-missing")) != 1 || n.HasErrors() || n.Items[22].Scope != rollout.ScopeFTZ {
			t.Errorf("%s: %d items, diagnostics %+v", name, len(n.Items), n.Diagnostics)
		}
	}
}

func TestParseErrors(t *testing.T) {
	text := string(readFile(t, refText))
	page := string(readFile(t, refHTML))
	annexAt := strings.Index(text, "自由贸易试验区第七批改革试点经验  \n复制推广")
	tests := []struct {
		name string
		src  string
		want []string // the message must contain each
	}{
		{"empty", "", []string{"空"}},
		{"blank", " \n\r\n\t\n", []string{"空"}},
		{"prose", "春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。\n", []string{"未找到文号", "未找到附件任务分工表", "序号、改革事项、主要内容、负责单位、推广范围"}},
		{"notice without annex or items", text[:strings.Index(text, "**一、复制推广的主要内容**")], []string{"未找到附件任务分工表", "序号、改革事项、主要内容、负责单位、推广范围"}},
		{"annex without 文号", text[annexAt:], []string{"未找到文号", "国函〔2023〕56号"}},
		{"header without rows", text[:strings.Index(text, "\n1\t")], []string{"没有可读取的事项行"}},
		{"invalid UTF-8", "国函〔2023〕56号\n\xff\xfe\xfd 通知\n", []string{"不是 UTF-8", "第 2 行"}},
		{"neither UTF-8 nor GBK", "\xb9\xfa\xce\xf1\xd4\xba\xff\x80\n", []string{"不是 UTF-8", "GBK"}},
		{"UTF-16", "\xff\xfe\x00\x00", []string{"UTF-16"}},
		{"HTML in big5", strings.Replace(page, "charset=UTF-8", "charset=big5", 1) + "\xa4\xa4", []string{"big5", "UTF-8"}},
		{"HTML meta charset gb2312", `<html><head><meta charset="gb2312"></head><body><p>国函〔2023〕56号</p></body></html>`, []string{"未找到附件任务分工表"}},
		{"HTML without notice", `<!DOCTYPE html><html><body><nav>首页</nav><p>欢迎访问</p></body></html>`, []string{"未找到文号", "未找到附件任务分工表"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse([]byte(tt.src))
			if err == nil {
				t.Fatalf("no error; notice %q with %d items", n.DocNo, len(n.Items))
			}
			if n != nil {
				t.Error("a notice returned with the error")
			}
			var e *rollout.Error
			if !errors.As(err, &e) || e.Code != rollout.EINVALID {
				t.Fatalf("error %v, want a *rollout.Error with code invalid", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(rollout.ErrorMessage(e), w) {
					t.Errorf("message %q does not contain %q", rollout.ErrorMessage(e), w)
				}
			}
		})
	}
}

func TestParseMutations(t *testing.T) {
	ref := string(readFile(t, refText))
	type edit struct{ old, new string }
	tests := []struct {
		name    string
		edits   []edit
		want    []string // diagnostic codes that must be present
		notWant []string // and codes that must not
		errors  bool     // error diagnostics expected
		check   func(t *testing.T, n *rollout.Notice)
	}{
		{
			name:  "domain count altered",
			edits: []edit{{"“航空货运电子信息化”等3项", "“航空货运电子信息化”等4项"}},
			want:  []string{"count-mismatch"},
			check: func(t *testing.T, n *rollout.Notice) {
				d := diags(n, "count-mismatch")
				if len(d) != 1 || !strings.Contains(d[0].Message, "投资贸易便利化") || !strings.Contains(d[0].Message, "等4项") || d[0].Line != 21 {
					t.Errorf("count-mismatch = %+v", d)
				}
				if n.Domains[0].Declared != 4 || len(n.Domains[0].Items) != 3 {
					t.Errorf("domain 1 = %+v", n.Domains[0])
				}
			},
		},
		{
			name:  "annex scope changed",
			edits: []edit{{"大幅提高海事政务服务效率。\t交通运输部\t全国", "大幅提高海事政务服务效率。\t交通运输部\t沿海地区"}},
			want:  []string{"scope-mismatch"},
			check: func(t *testing.T, n *rollout.Notice) {
				d := diags(n, "scope-mismatch")
				if len(d) != 1 || !strings.Contains(d[0].Message, "海事政务闭环管理") || !strings.Contains(d[0].Message, "沿海地区") {
					t.Errorf("scope-mismatch = %+v", d)
				}
				if n.Item(5).Scope != rollout.ScopeCoastal {
					t.Errorf("item 5 scope = %q, want as published", n.Item(5).Scope)
				}
			},
		},
		{
			name:  "specific-region item marked nationwide in the annex",
			edits: []edit{{"实行重点、一般和简化分类管理。\t生态环境部\t沿海地区", "实行重点、一般和简化分类管理。\t生态环境部\t全国"}},
			want:  []string{"scope-mismatch"},
		},
		{
			name:  "annex row removed",
			edits: []edit{{"5\t海事政务闭环管理\t推动海事政务服务事项不见面办理,通过实施不见面受理、网上审批、不见面补正、邮寄发证等措施,大幅提高海事政务服务效率。\t交通运输部\t全国\n", ""}},
			want:  []string{"body-item-not-in-annex", "count-mismatch", "seq-order"},
			check: func(t *testing.T, n *rollout.Notice) {
				d := diags(n, "body-item-not-in-annex")
				if len(d) != 1 || !strings.Contains(d[0].Message, "海事政务闭环管理") || d[0].Line != 23 {
					t.Errorf("body-item-not-in-annex = %+v", d)
				}
				if len(n.Items) != 23 || !slices.Equal(n.Domains[1].Items, []int{4, 6, 7, 8}) {
					t.Errorf("%d items; domain 2 = %+v", len(n.Items), n.Domains[1])
				}
			},
		},
		{
			name:    "nested quotes only",
			edits:   []edit{{"1\t工程建设项目审批统一化、标准化、信息化", "1\t工程建设项目审批“统一化、标准化、信息化”"}},
			want:    []string{"quote-style"},
			notWant: []string{"body-item-not-in-annex", "item-not-in-body"},
			check: func(t *testing.T, n *rollout.Notice) {
				if a := n.Item(1).Aliases; len(a) != 0 {
					t.Errorf("item 1 aliases = %q, want none", a)
				}
				if len(diags(n, "name-mismatch")) != 2 {
					t.Errorf("name-mismatch = %+v, want only items 2 and 3", diags(n, "name-mismatch"))
				}
				found := false
				for _, d := range diags(n, "quote-style") {
					found = found || strings.Contains(d.Message, "第 1 项")
				}
				if !found {
					t.Error("no quote-style diagnostic for item 1")
				}
			},
		},
		{
			name:  "annex row not named in the body",
			edits: []edit{{"\t生态环境部\t沿海地区", "\t生态环境部\t沿海地区\n25\t数字化通关新模式\t试点内容。\t海关总署\t全国"}},
			want:  []string{"item-not-in-body"},
			check: func(t *testing.T, n *rollout.Notice) {
				if it := n.Item(25); it == nil || it.Domain != "" {
					t.Errorf("item 25 = %+v", it)
				}
			},
		},
		{
			name:  "body name found nowhere",
			edits: []edit{{"“海事政务闭环管理”", "“船员证书远程换发”"}},
			want:  []string{"body-item-not-in-annex", "item-not-in-body", "count-mismatch"},
		},
		{
			name:  "odd separator between units",
			edits: []edit{{"\t中国人民银行、税务总局\t", "\t中国人民银行，税务总局\t"}},
			want:  []string{"responsible-separator"},
			check: func(t *testing.T, n *rollout.Notice) {
				if r := n.Item(9).Responsible; !slices.Equal(r, []string{"中国人民银行", "税务总局"}) {
					t.Errorf("item 9 responsible = %q", r)
				}
			},
		},
		{
			name:   "duplicate 序号",
			edits:  []edit{{"10\t对外承包工程", "9\t对外承包工程"}},
			want:   []string{"seq-duplicate", "body-item-not-in-annex"},
			errors: true,
		},
		{
			name:   "non-numeric 序号",
			edits:  []edit{{"11\t证券、期货", "十一a\t证券、期货"}},
			want:   []string{"seq-invalid"},
			errors: true,
		},
		{
			name:   "row with a missing cell",
			edits:  []edit{{"助力解决其融资难、融资贵问题。\t中国人民银行、金融监管总局", "助力解决其融资难、融资贵问题。中国人民银行、金融监管总局"}},
			want:   []string{"row-cells"},
			errors: true,
		},
		{
			name:  "empty cell",
			edits: []edit{{"提供担保支持办理贴现。\t中国人民银行、金融监管总局\t全国", "提供担保支持办理贴现。\t中国人民银行、金融监管总局\t"}},
			want:  []string{"cell-empty"},
		},
		{
			name:  "row broken by a page break",
			edits: []edit{{"报送电子劳动合同信息。依托电子劳动合同信息", "报送电子劳动合同信息。\n\n依托电子劳动合同信息"}},
			want:  []string{"row-joined"},
			check: func(t *testing.T, n *rollout.Notice) {
				if c := n.Item(7).Content; !strings.Contains(c, "报送电子劳动合同信息。依托电子劳动合同信息") || n.Item(7).Scope != "全国" {
					t.Errorf("item 7 = %+v", n.Item(7))
				}
			},
		},
		{
			name:  "date in Chinese numerals",
			edits: []edit{{"2023年6月24日", "二〇二三年六月二十四日"}},
			check: func(t *testing.T, n *rollout.Notice) {
				if !n.IssuedOn.Equal(time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC)) {
					t.Errorf("IssuedOn = %v", n.IssuedOn)
				}
			},
		},
		{
			name:   "no date",
			edits:  []edit{{"2023年6月24日", ""}},
			want:   []string{"date-missing"},
			errors: true,
		},
		{
			name:   "impossible date",
			edits:  []edit{{"2023年6月24日", "2023年2月30日"}},
			want:   []string{"date-invalid"},
			errors: true,
		},
		{
			name:  "no signature",
			edits: []edit{{"\n国务院\n\n2023年6月24日", "\n2023年6月24日"}},
			want:  []string{"issuer-inferred"},
			check: func(t *testing.T, n *rollout.Notice) {
				if n.Issuer != "国务院" {
					t.Errorf("Issuer = %q", n.Issuer)
				}
			},
		},
		{
			name:  "batch in Arabic digits",
			edits: []edit{{"**国务院关于做好自由贸易试验区第七批", "**国务院关于做好自由贸易试验区第7批"}},
			check: func(t *testing.T, n *rollout.Notice) {
				if n.Batch != 7 || !strings.Contains(n.Title, "第7批") {
					t.Errorf("Batch = %d, Title %q", n.Batch, n.Title)
				}
			},
		},
		{
			name:  "page break inside a domain line",
			edits: []edit{{"“海事政务闭环管理”、", "“海事政务闭环管理”、\n\n"}},
			want:  []string{"page-break-joined"},
			check: func(t *testing.T, n *rollout.Notice) {
				if !slices.Equal(n.Domains[1].Items, []int{4, 5, 6, 7, 8}) {
					t.Errorf("domain 2 = %+v", n.Domains[1])
				}
			},
		},
		{
			name:  "quoted words and 领域 in a duty",
			edits: []edit{{"激发市场活力，", "激发市场活力，在“放管服”改革领域持续用力，"}},
			check: func(t *testing.T, n *rollout.Notice) {
				if len(n.Domains) != 5 || !strings.Contains(n.Duties[0].Text, "在“放管服”改革领域持续用力") {
					t.Errorf("%d domains; duty 二 = %q", len(n.Domains), n.Duties[0].Text)
				}
			},
		},
		{
			name:  "tabs after list numbers",
			edits: []edit{{"1.投资贸易便利化领域：", "1.\t投资贸易便利化领域："}, {"（二）在特定区域", "（二）\t在特定区域"}},
			check: func(t *testing.T, n *rollout.Notice) {
				if len(n.Domains) != 5 || n.Domains[0].Name != "投资贸易便利化" || len(n.Diagnostics) != 8 {
					t.Errorf("domains %+v; diagnostics %+v", n.Domains, n.Diagnostics)
				}
			},
		},
		{
			name:  "stray text after the table",
			edits: []edit{{"\t生态环境部\t沿海地区", "\t生态环境部\t沿海地区\n\n（此件公开发布）"}},
			want:  []string{"annex-text"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := ref
			for _, e := range tt.edits {
				if !strings.Contains(src, e.old) {
					t.Fatalf("the reference has no %q", e.old)
				}
				src = strings.Replace(src, e.old, e.new, 1)
			}
			n := mustParse(t, []byte(src))
			for _, c := range tt.want {
				if len(diags(n, c)) == 0 {
					t.Errorf("no %s diagnostic in %+v", c, n.Diagnostics)
				}
			}
			for _, c := range tt.notWant {
				if d := diags(n, c); len(d) > 0 {
					t.Errorf("unexpected %+v", d)
				}
			}
			if n.HasErrors() != tt.errors {
				t.Errorf("HasErrors = %v, want %v: %+v", n.HasErrors(), tt.errors, n.Diagnostics)
			}
			if !tt.errors {
				if err := n.Validate(); err != nil {
					t.Errorf("Validate: %v", err)
				}
			}
			if tt.check != nil {
				tt.check(t, n)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"国函〔2023〕56号", rollout.FormatText},
		{"", rollout.FormatText},
		{"\ufeff<!DOCTYPE html><html></html>", rollout.FormatHTML},
		{"\n  <html lang=\"zh-CN\">", rollout.FormatHTML},
		{"<!-- saved from url=(0014)about:internet -->\n<html>", rollout.FormatHTML},
		{"<p>国函〔2023〕56号</p>", rollout.FormatHTML},
		{"<以下为正文>", rollout.FormatText},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.src)); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
	if got := Detect(readFile(t, refHTML)); got != rollout.FormatHTML {
		t.Errorf("Detect(fixture) = %q", got)
	}
	if got := Detect(readFile(t, refText)); got != rollout.FormatText {
		t.Errorf("Detect(reference text) = %q", got)
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"7", 7, true}, {"七", 7, true}, {"十", 10, true}, {"十二", 12, true}, {"二十", 20, true},
		{"二十四", 24, true}, {"九十九", 99, true}, {"２４", 24, true}, {"二〇二三", 2023, true},
		{"两", 2, true}, {"", 0, false}, {"十十", 0, false}, {"一百", 0, false}, {"12345", 0, false}, {"x", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseNumber(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseNumber(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for no date
	}{
		{"2023年6月24日", "2023-06-24"},
		{"2023年06月04日", "2023-06-04"},
		{"二〇二三年六月二十四日", "2023-06-24"},
		{"二○二三年十二月三十一日", "2023-12-31"},
		{"２０２３年６月２４日", "2023-06-24"},
		{"2023年2月29日", ""},
		{"2023年13月1日", ""},
		{"2023年6月", ""},
		{"于2023年6月24日", ""},
	}
	for _, tt := range tests {
		d, ok := parseDate(tt.in)
		got := ""
		if ok {
			got = d.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("parseDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuoted(t *testing.T) {
	tests := []struct {
		in       string
		want     []string
		unclosed bool
	}{
		{"“甲”、“乙‘丙’丁”等2项。", []string{"甲", "乙‘丙’丁"}, false},
		{"“入海排污口规范化“分级分类管理”新模式”", []string{"入海排污口规范化“分级分类管理”新模式"}, false},
		{"「甲」、\"乙\"", []string{"甲", "乙"}, false},
		{"无引号", nil, false},
		{"“未闭合", nil, true},
		{"”多余的右引号“甲”", []string{"甲"}, false},
	}
	for _, tt := range tests {
		got, unclosed := quoted(tt.in)
		if !slices.Equal(got, tt.want) || unclosed != tt.unclosed {
			t.Errorf("quoted(%q) = %q, %v; want %q, %v", tt.in, got, unclosed, tt.want, tt.unclosed)
		}
	}
}

// No two different items of the reference come near the threshold.
func TestSimilarityThreshold(t *testing.T) {
	n := mustParse(t, readFile(t, refText))
	for i, a := range n.Items {
		for j, b := range n.Items {
			if i < j {
				if s := rollout.Similarity(a.Name, b.Name); s > rollout.SimilarityThreshold-0.1 {
					t.Errorf("items %d and %d score %.2f", a.Seq, b.Seq, s)
				}
			}
		}
	}
}
