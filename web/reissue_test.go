package web

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"rollout"
	"rollout/refdata"
)

// gdRows are the division table of Guangdong's re-issue of the 7th batch, as
// a province writes it: 省发改委 (a short form of 省发展改革委, which the tree
// knows), 省发展改委 (a slip for it), 省地方金融管理局 (a department the tree does
// not have) and 各地级以上市人民政府 (every city of the province).
var gdRows = [][]string{
	{"序号", "改革事项", "牵头单位", "配合单位", "完成时限", "成果形式"},
	{"1", "工程建设项目审批统一化、标准化、信息化", "省住房城乡建设厅", "省发改委、各地级以上市人民政府", "2024年6月底前", "实施方案"},
	{"2", "出口货物检验检疫证单“云签发”平台", "省商务厅", "省发展改委、深圳市", "2023年12月底前", "平台上线运行"},
	{"14", "知识产权质押融资模式创新", "省市场监管局", "省地方金融管理局、深圳市", "持续推进", "工作总结"},
	{"24", "入海排污口规范化“分级分类管理”新模式", "省生态环境厅", "珠海市", "2024年6月底前", ""},
}

const (
	gdTitle = "广东省人民政府办公厅关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知"
	gdDocNo = "粤办函〔2023〕211号"
	// gdStored is what confirming the document with both unknown names
	// creates or updates: item 1 省住房城乡建设厅, 省发展改革委 and the 21 cities;
	// item 2 three units, item 14 three, item 24 two.
	gdStored = 23 + 3 + 3 + 2
)

// gdReissue is the re-issue as text: the table separated by tabs, as pasted
// from a word processor.
func gdReissue(rows ...[]string) string {
	var b strings.Builder
	b.WriteString(gdTitle + "\n" + gdDocNo + "\n\n")
	for _, r := range append(gdRows, rows...) {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return b.String()
}

// gdReissueHTML is the re-issue as a saved web page.
func gdReissueHTML() string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + gdTitle + `</title></head><body>`)
	b.WriteString(`<h1>` + gdTitle + `</h1><p>` + gdDocNo + `</p><table>`)
	for i, r := range gdRows {
		cell := "td"
		if i == 0 {
			cell = "th"
		}
		b.WriteString("<tr>")
		for _, c := range r {
			b.WriteString("<" + cell + ">" + c + "</" + cell + ">")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString(`</table></body></html>`)
	return b.String()
}

// gdReissueMarkdown is the re-issue as a Markdown table.
func gdReissueMarkdown() string {
	var b strings.Builder
	b.WriteString("# " + gdTitle + "\n\n" + gdDocNo + "\n\n")
	for i, r := range gdRows {
		b.WriteString("| " + strings.Join(r, " | ") + " |\n")
		if i == 0 {
			b.WriteString(strings.Repeat("|---", len(r)) + "|\n")
		}
	}
	return b.String()
}

// multipartForm encodes fields (name, value pairs) and, when fileName is not
// "", a file in the field document.
func multipartForm(fields []string, fileName, content string) (http.Header, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for i := 0; i+1 < len(fields); i += 2 {
		mw.WriteField(fields[i], fields[i+1])
	}
	if fileName != "" {
		fw, _ := mw.CreateFormFile("document", fileName)
		fw.Write([]byte(content))
	}
	mw.Close()
	return http.Header{"Content-Type": {mw.FormDataContentType()}}, buf.String()
}

// confirmForm encodes the confirmation form for doc, URL-encoded or multipart.
func confirmForm(doc, fileName string, multi bool, newUnits ...string) (http.Header, string) {
	fields := []string{"document", base64.StdEncoding.EncodeToString([]byte(doc)), "filename", fileName, "batch", "7"}
	for _, n := range newUnits {
		fields = append(fields, "new-unit", n)
	}
	if multi {
		return multipartForm(fields, "", "")
	}
	v := url.Values{}
	for i := 0; i+1 < len(fields); i += 2 {
		v.Add(fields[i], fields[i+1])
	}
	return http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}, v.Encode()
}

// docxOf is text as a Word document: a paragraph a line, a tab a <w:tab/>.
func docxOf(t *testing.T, text string) string {
	t.Helper()
	var body strings.Builder
	for _, line := range strings.Split(text, "\n") {
		body.WriteString("<w:p>")
		for i, cell := range strings.Split(line, "\t") {
			if i > 0 {
				body.WriteString("<w:r><w:tab/></w:r>")
			}
			body.WriteString(`<w:r><w:t xml:space="preserve">` + html.EscapeString(cell) + "</w:t></w:r>")
		}
		body.WriteString("</w:p>")
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`,
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, content)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// state is what a re-issue could change: the units and the tasks.
type state struct{ units, tasks int }

func (site *testSite) state() state {
	site.units.mu.Lock()
	units := len(site.units.units)
	site.units.mu.Unlock()
	site.tasks.mu.Lock()
	defer site.tasks.mu.Unlock()
	return state{units, len(site.tasks.tasks)}
}

// TestReissuePreview: Guangdong uploads its re-issue (journey 2). The preview
// shows each item's division with the units' names, roles, deadlines and
// deliverables, the names it does not know with the closest known ones and a
// box to create each, and what reading found. Nothing is stored.
func TestReissuePreview(t *testing.T) {
	for _, tt := range []struct {
		name, file, content string
	}{
		{"text", "粤办函〔2023〕211号.txt", gdReissue()},
		{"upper-case extension", "分工表.TXT", gdReissue()},
		{"web page", "分工表.html", gdReissueHTML()},
		{"Markdown", "分工表.md", gdReissueMarkdown()},
		{"Word", "分工表.docx", docxOf(t, gdReissue())},
	} {
		t.Run(tt.name, func(t *testing.T) {
			site := newTestSite(t, newFake(t))
			before := site.state()
			header, body := multipartForm([]string{"batch", "7"}, tt.file, tt.content)
			rec := site.serveAs(t, gdReporter, "POST", "/units/440000/reissue", header, body)
			page := rec.Body.String()
			if rec.Code != 200 || rec.Header().Get("Content-Type") != htmlType {
				t.Fatalf("%d %q\n%s", rec.Code, rec.Header().Get("Content-Type"), page)
			}
			for _, w := range []string{
				"<h1 lang=\"zh-CN\">" + gdTitle + "</h1>", gdDocNo, "第七批（国函〔2023〕56号）", "以下为预览，尚未保存任何内容",
				"读取分工4行，对应改革事项4项，拟创建或更新下级任务29项。",
				// The divisions, item by item.
				`<a href="/items/1001" lang="zh-CN">工程建设项目审批统一化、标准化、信息化</a>`,
				`<a href="/units/440095" lang="zh-CN">省住房城乡建设厅</a></td>`, `<span class="role role-lead">牵头</span>`,
				`<a href="/units/440091" lang="zh-CN">省发展改革委</a></td>`, `<span class="role role-co">配合</span>`,
				`<a href="/units/440500" lang="zh-CN">汕头市</a>`, `<a href="/units/441900" lang="zh-CN">东莞市</a>`,
				`<time datetime="2024-06-30">2024年6月底前</time>`, `<time datetime="2023-12-31">2023年12月底前</time>`, "持续推进",
				"实施方案", "平台上线运行", "工作总结",
				"文件表述：<span lang=\"zh-CN\">出口货物检验检疫证单“云签发”平台</span>",
				`<a href="/items/1024" lang="zh-CN">入海排污口规范化“分级分类管理”新模式</a>`,
				// The unknown names, with suggestions and a box each.
				`<fieldset class="unknown" id="unknown">`, "未能识别的单位名称 <span class=\"count\">（2）</span>",
				`<span class="unknown-name" lang="zh-CN">省发展改委</span> — <span>是否为：省发展改革委？</span>`,
				`<input type="checkbox" id="new-unit-0" name="new-unit" value="省发展改委">`,
				// a standard department of the province: created on first use, not asked
				`<span class="unknown-name" lang="zh-CN">省地方金融管理局</span>`, `标准部门名称：首次使用时新建为“省地方金融管理局”`,
				`<label for="new-unit-0">在本单位下新建<span class="visually-hidden"> 省发展改委</span></label>`,
				// What reading found, and the form that confirms.
				"<code>unit-normalised</code>", "“省发改委”按“省发展改革委”对应。", "<code>items-undivided</code>",
				`<form class="divide reissue-confirm" method="post" action="/units/440000/reissue/confirm" enctype="multipart/form-data">`,
				`<input type="hidden" name="filename" value="` + tt.file + `">`, `<input type="hidden" name="batch" value="7">`,
				`<button type="submit">确认并分解任务</button>`, `<a href="/units/440000/reissue">重新上传</a>`,
			} {
				if !strings.Contains(page, w) {
					t.Errorf("the preview lacks %q", w)
				}
			}
			if m := hiddenDocument.FindStringSubmatch(page); m == nil {
				t.Error("the preview does not carry the document")
			} else if doc, err := base64.StdEncoding.DecodeString(html.UnescapeString(m[1])); err != nil || string(doc) != tt.content {
				t.Errorf("the carried document is not the one uploaded (%v)", err)
			}
			for _, w := range []string{"checked", "error-summary"} {
				if strings.Contains(page, w) {
					t.Errorf("the preview has %q", w)
				}
			}
			if after := site.state(); after != before || site.tasks.cascades != 0 || site.tasks.divides != 0 {
				t.Errorf("the preview stored something: %+v → %+v, %d cascades", before, after, site.tasks.cascades)
			}
		})
	}
}

// A re-issue as a text PDF (printed by Chromium from the web page of the
// notice package's tests) previews as its web page does.
func TestReissuePreviewPDF(t *testing.T) {
	site := newTestSite(t, newFake(t))
	pdf, err := os.ReadFile("../notice/testdata/reissue-gd-2023-211.pdf")
	if err != nil {
		t.Fatal(err)
	}
	header, body := multipartForm([]string{"batch", "7"}, "粤办函〔2023〕211号.pdf", string(pdf))
	rec := site.serveAs(t, gdReporter, "POST", "/units/440000/reissue", header, body)
	page := rec.Body.String()
	for _, w := range []string{"<h1 lang=\"zh-CN\">" + gdTitle + "</h1>", gdDocNo, "读取分工24行", `<form class="divide reissue-confirm"`} {
		if rec.Code != 200 || !strings.Contains(page, w) {
			t.Errorf("%d: lacks %q", rec.Code, w)
		}
	}
	// The API takes the same file as its body, as the page does.
	rec = site.serveAs(t, gdReporter, "POST", "/api/v1/units/440000/reissue?batch=7&dry_run=true",
		http.Header{"Content-Type": {"application/pdf"}}, string(pdf))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), gdDocNo) || !strings.Contains(rec.Body.String(), `"dry_run": true`) {
		t.Errorf("the API with the PDF: %d %.400s", rec.Code, rec.Body.String())
	}
}

// The preview says what reading found in the reader's language, from the
// diagnostics' keys; the JSON API too.
func TestReissuePreviewDiagnosticsInEnglish(t *testing.T) {
	site := newTestSite(t, newFake(t))
	header, body := multipartForm([]string{"batch", "7"}, "分工表.txt", gdReissue())
	header.Set("Cookie", "lang=en")
	rec := site.serveAs(t, gdReporter, "POST", "/units/440000/reissue", header, body)
	page := html.UnescapeString(rec.Body.String())
	for _, w := range []string{"<code>unit-normalised</code>", "“省发改委” is read as “省发展改革委”."} {
		if rec.Code != 200 || !strings.Contains(page, w) {
			t.Errorf("%d: lacks %q", rec.Code, w)
		}
	}
	if strings.Contains(page, "按“省发展改革委”对应") {
		t.Error("a finding said in Chinese on the English page")
	}
}

// TestReissuePreviewWarns: a preview the confirmation would refuse says so
// at once, above the preview.
func TestReissuePreviewWarns(t *testing.T) {
	site := newTestSite(t, newFake(t))
	doc := gdReissue([]string{"3", "航空货运电子化", "省商务厅", "", strings.Repeat("持续", 26), ""})
	header, body := multipartForm([]string{"batch", "7"}, "分工表.txt", doc)
	rec := site.serveAs(t, gdReporter, "POST", "/units/440000/reissue", header, body)
	page := rec.Body.String()
	for _, w := range []string{`<div class="error-summary" id="form-error" role="alert">`, "文件第9行（第3项）的完成时限过长：最多50个字，现有52个字。",
		`<form class="divide reissue-confirm"`} {
		if rec.Code != 200 || !strings.Contains(page, w) {
			t.Errorf("%d: lacks %q", rec.Code, w)
		}
	}
}

var hiddenDocument = regexp.MustCompile(`<input type="hidden" name="document" value="([^"]*)">`)

// TestReissueUploadRefused: an upload that cannot be read shows the form
// again with the reason, and stores nothing.
func TestReissueUploadRefused(t *testing.T) {
	big := strings.Repeat("甲", maxDocument/3+1) // one byte over
	tests := []struct {
		name   string
		unit   int64
		fields []string
		file   string
		body   string
		header http.Header // instead of a multipart form
		raw    string
		status int
		want   []string
	}{
		{name: "no file", fields: []string{"batch", "7"}, status: 400,
			want: []string{`<a href="#document">请选择要上传的转发文件。</a>`, `aria-describedby="document-hint form-error"`}},
		{name: "a damaged PDF file", fields: []string{"batch", "7"}, file: "分工表.pdf", body: "%PDF-1.7", status: 400,
			want: []string{"无法读取 PDF 文件的页面（文件不完整或已损坏）"}},
		{name: "a WPS file", fields: []string{"batch", "7"}, file: "分工表.wps", body: "x", status: 400,
			want: []string{"不能读取“分工表.wps”：只能上传 .docx、.pdf、.txt、.md、.html 或 .htm 文件。WPS 文件请先另存为 .docx、PDF、网页或纯文本。"}},
		{name: "a damaged Word file", fields: []string{"batch", "7"}, file: "分工表.docx", body: "PK\x03\x04", status: 400,
			want: []string{"文件像是 ZIP 压缩包（Word .docx 的格式），但无法打开"}},
		{name: "a spreadsheet", fields: []string{"batch", "7"}, file: "分工表.xlsx", body: "PK\x03\x04", status: 400,
			want: []string{"不能读取“分工表.xlsx”"}},
		{name: "no extension", fields: []string{"batch", "7"}, file: "分工表", body: gdReissue(), status: 400,
			want: []string{"不能读取“分工表”"}},
		{name: "too large", fields: []string{"batch", "7"}, file: "分工表.txt", body: big, status: 413,
			want: []string{"文件过大：最多2 MiB。", `<form class="divide reissue-upload"`}},
		{name: "too large in English", fields: []string{"batch", "7"}, file: "分工表.txt", body: big, status: 413,
			header: http.Header{"Cookie": {"lang=en"}}, want: []string{"The file is too large: at most 2 MiB.", "The file could not be read"}},
		{name: "not a re-issue", fields: []string{"batch", "7"}, file: "通知.txt", body: "关于开展调研的通知\n请各单位于月底前报送材料。\n", status: 400,
			want: []string{"无法读取转发文件", `<a href="#document">`, `<form class="divide reissue-upload"`}},
		{name: "the national notice itself", fields: []string{"batch", "7"}, file: "国函〔2023〕56号.txt", body: string(refdata.Notice7), status: 400,
			want: []string{"这是国务院通知本身"}},
		{name: "empty file", fields: []string{"batch", "7"}, file: "空.txt", body: "", status: 400,
			want: []string{"文件是空的"}},
		{name: "not UTF-8", fields: []string{"batch", "7"}, file: "gbk.txt", body: "\xb9\xe3\xb6\xab\xca\xa1\t\xc9\xcc\xce\xf1\xcc\xfc\n", status: 400},
		{name: "an unknown batch", fields: []string{"batch", "99"}, file: "分工表.txt", body: gdReissue(), status: 400,
			want: []string{`<a href="#batch">未找到第九十九批：请从列表中选择批次。</a>`}},
		{name: "a bad batch", fields: []string{"batch", "x"}, file: "分工表.txt", body: gdReissue(), status: 400,
			want: []string{"收到的批次“x”无效"}},
		{name: "no units below", unit: futian, fields: []string{"batch", "7"}, file: "分工表.txt", body: gdReissue(), status: 400,
			want: []string{"福田区没有下级单位，任务无法再分解。"}},
		{name: "a form without a file", header: formPost, raw: "batch=7&document=x", status: 400,
			want: []string{"请使用页面上的表单上传文件。"}},
		{name: "an unknown unit", unit: 99, fields: []string{"batch", "7"}, file: "分工表.txt", body: gdReissue(), status: 404,
			want: []string{"未找到编号为99的单位。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newTestSite(t, newFake(t))
			before := site.state()
			header, body := multipartForm(tt.fields, tt.file, tt.body)
			if tt.raw != "" {
				header, body = http.Header{}, tt.raw
			}
			for k, v := range tt.header {
				header[k] = v
			}
			rec := site.serveAs(t, gdReporter, "POST", fmt.Sprintf("/units/%d/reissue", orID(tt.unit, guangdong)), header, body)
			page := rec.Body.String()
			if rec.Code != tt.status || rec.Header().Get("Content-Type") != htmlType {
				t.Fatalf("%d %q, want %d HTML\n%s", rec.Code, rec.Header().Get("Content-Type"), tt.status, page)
			}
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("lacks %q\n%s", w, page)
				}
			}
			if tt.status < 500 && tt.status != 404 && !strings.Contains(page, `<div class="error-summary" id="form-error" role="alert">`) {
				t.Error("no error summary")
			}
			if strings.Contains(page, "reissue-confirm") {
				t.Error("a refused upload shows a preview")
			}
			if after := site.state(); after != before || site.tasks.cascades != 0 {
				t.Errorf("stored something: %+v → %+v", before, after)
			}
		})
	}
}

// TestReissueConfirm: confirming stores the division through Cascade, with the
// unknown names checked created as departments of the province; a refusal
// shows the preview again with the message and stores nothing.
func TestReissueConfirm(t *testing.T) {
	withItem23 := gdReissue([]string{"23", "推广知识产权海外侵权责任险", "省地方金融管理局", "", "2024年底前", ""})
	tests := []struct {
		name     string
		doc      string
		file     string
		multi    bool
		newUnits []string
		raw      string // the URL-encoded form, instead of one made from the fields above
		lang     string
		tasksErr error
		status   int
		want     []string
		notWant  []string
		cascades int
	}{
		{name: "both names confirmed", newUnits: []string{"省发展改委", "省地方金融管理局"}, multi: true, status: 303, cascades: 1},
		{name: "both names confirmed, URL-encoded", newUnits: []string{"省地方金融管理局", "省发展改委", "省发展改委"}, status: 303, cascades: 1},
		{name: "unknown names left", status: 400, multi: true,
			want: []string{`<div class="error-summary" id="form-error" role="alert">`, "未能保存", `<a href="#unknown">1 个单位名称未能识别（省发展改委）`,
				`<fieldset class="unknown" id="unknown" aria-describedby="form-error">`, "是否为：省发展改革委？",
				`<form class="divide reissue-confirm"`, `<input type="hidden" name="batch" value="7">`}},
		// 省地方金融管理局, a standard department of the province, is created on first use
		{name: "the one unknown name confirmed", newUnits: []string{"省发展改委"}, status: 303, cascades: 1},
		{name: "a name the document does not leave unknown", newUnits: []string{"省发展改委", "省商务厅"}, status: 400,
			want: []string{"“省商务厅”不是本文件中未能识别的单位名称：只能新建预览中列出的名称。", `name="new-unit" value="省发展改委" checked>`}},
		{name: "in English", newUnits: []string{"省财政厅"}, lang: "en", status: 400,
			want: []string{`<html lang="en">`, "Nothing was saved", "&#34;省财政厅&#34; is not one of the document&#39;s unknown unit names", "did you mean 省发展改革委?"}},
		{name: "an item the province has no task for", doc: withItem23, newUnits: []string{"省发展改委", "省地方金融管理局"}, status: 400,
			want: []string{"“广东省”没有这些事项的任务，不能向下分解：第23项。", "推广知识产权海外侵权责任险"}},
		{name: "nothing matches the batch", doc: gdTitle + "\n\n序号\t改革事项\t牵头单位\n1\t建设海洋牧场\t省农业农村厅\n", status: 400,
			want:    []string{"文件中没有能对应到第七批改革事项的分工，没有可保存的任务。", "<code>item-unmatched</code>"},
			notWant: []string{`<button type="submit">确认并分解任务</button>`}},
		{name: "the document damaged", raw: "document=%40%40%40&filename=a.txt&batch=7", status: 400,
			want: []string{`<a href="#document">预览中的文件内容已损坏，请重新上传。</a>`, `<form class="divide reissue-upload"`}},
		{name: "the document not a text", doc: "\x00", status: 400,
			want: []string{"文件含有空字节", `<form class="divide reissue-upload"`}},
		{name: "no batch", raw: "document=YQ%3D%3D&filename=a.txt", status: 400,
			want: []string{"收到的批次“”无效"}},
		{name: "a file of another type", file: "分工表.xlsx", status: 400,
			want: []string{"不能读取“分工表.xlsx”"}},
		{name: "a deadline that is a paragraph", doc: gdReissue([]string{"3", "航空货运电子化", "省商务厅", "", strings.Repeat("持续", 26), ""}), status: 400,
			want: []string{"文件第9行（第3项）的完成时限过长：最多50个字，现有52个字。"}},
		{name: "storage fails", newUnits: []string{"省发展改委", "省地方金融管理局"}, tasksErr: fmt.Errorf("disk full"), status: 500, cascades: 1,
			want: []string{"系统错误"}, notWant: []string{"disk full"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newTestSite(t, newFake(t))
			site.tasks.err = tt.tasksErr
			before := site.state()
			doc := cmpOr(tt.doc, gdReissue())
			header, body := confirmForm(doc, cmpOr(tt.file, "分工表.txt"), tt.multi, tt.newUnits...)
			if tt.raw != "" {
				header, body = formPost, tt.raw
			}
			target := "/units/440000/reissue/confirm"
			if tt.lang != "" {
				target += "?lang=" + tt.lang
			}
			rec := site.serveAs(t, gdReporter, "POST", target, header, body)
			page := rec.Body.String()
			if rec.Code != tt.status {
				t.Fatalf("%d, want %d\n%s", rec.Code, tt.status, page)
			}
			for _, w := range tt.want {
				if !strings.Contains(page, w) {
					t.Errorf("lacks %q\n%s", w, page)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(page, w) {
					t.Errorf("has %q", w)
				}
			}
			if site.tasks.cascades != tt.cascades {
				t.Errorf("Cascade called %d times, want %d", site.tasks.cascades, tt.cascades)
			}
			after := site.state()
			if tt.status != 303 {
				if after != before {
					t.Errorf("a refusal stored something: %+v → %+v", before, after)
				}
				return
			}

			want := fmt.Sprintf("/units/440000/tasks?cascaded=%d", gdStored)
			if loc := rec.Header().Get("Location"); loc != want {
				t.Fatalf("Location %q, want %q", loc, want)
			}
			if after.units != before.units+2 {
				t.Errorf("%d units created, want 2", after.units-before.units)
			}
			ctx := context.Background()
			created := map[string]*rollout.Unit{}
			children, _ := site.units.UnitChildren(ctx, guangdong)
			for _, u := range children {
				if u.Name == "省发展改委" || u.Name == "省地方金融管理局" {
					created[u.Name] = u
					if u.Kind != rollout.KindDepartment {
						t.Errorf("%s is a %s, want a department", u.Name, u.Kind)
					}
				}
			}
			if len(created) != 2 {
				t.Fatalf("created under 广东省: %v", created)
			}
			roles := map[string]map[string]rollout.TaskRole{}
			for _, item := range []int64{1001, 1002, 1014, 1024} {
				parent := site.tasks.first(t, guangdong, item)
				roles[parent.ItemName] = map[string]rollout.TaskRole{}
				for _, task := range site.tasks.under(parent.ID) {
					roles[parent.ItemName][task.UnitName] = task.Role
				}
			}
			for _, c := range []struct {
				item, unit string
				role       rollout.TaskRole
			}{
				{"工程建设项目审批统一化、标准化、信息化", "省住房城乡建设厅", rollout.RoleLead},
				{"工程建设项目审批统一化、标准化、信息化", "省发展改革委", rollout.RoleCo},
				{"工程建设项目审批统一化、标准化、信息化", "湛江市", rollout.RoleCo},
				{"出口货物检验检疫单“云签发”平台", "省商务厅", rollout.RoleLead},
				{"出口货物检验检疫单“云签发”平台", "省发展改委", rollout.RoleCo},
				{"知识产权质押融资模式创新", "省地方金融管理局", rollout.RoleCo},
				{"入海排污口规范化“分级分类管理”新模式", "珠海市", rollout.RoleCo},
			} {
				if got := roles[c.item][c.unit]; got != c.role {
					t.Errorf("%s × %s: %q, want %q", c.item, c.unit, got, c.role)
				}
			}
			if n := len(roles["工程建设项目审批统一化、标准化、信息化"]); n != 23 {
				t.Errorf("item 1: %d units, want 23", n)
			}
			inbox := site.getAs(t, gdReporter, "GET", want, nil).Body.String()
			if w := fmt.Sprintf(`<p class="notice success" role="status">已按转发文件分解任务：创建或更新了%d项下级任务。</p>`, gdStored); !strings.Contains(inbox, w) {
				t.Errorf("the unit's tasks lack %q", w)
			}
		})
	}
}

// TestReissueBodyLimits: a confirmation over its bound is refused with 413
// before anything is read or stored.
func TestReissueBodyLimits(t *testing.T) {
	site := newTestSite(t, newFake(t))
	header, body := confirmForm(strings.Repeat("x", maxDocument+1), "分工表.txt", true)
	rec := site.serveAs(t, gdReporter, "POST", "/units/440000/reissue/confirm", header, body)
	if rec.Code != 413 || !strings.Contains(rec.Body.String(), "文件过大：最多2 MiB。") {
		t.Errorf("a carried document over 2 MiB: %d\n%s", rec.Code, rec.Body)
	}
	header, body = confirmForm(strings.Repeat("x", maxDocument), "分工表.txt", true, strings.Repeat("省", maxConfirmBody/3))
	rec = site.serveAs(t, gdReporter, "POST", "/units/440000/reissue/confirm", header, body)
	if rec.Code != 413 {
		t.Errorf("a confirmation over its bound: %d", rec.Code)
	}
	if site.tasks.cascades != 0 {
		t.Error("Cascade was called")
	}
}

// TestAPIReissue: POST /api/v1/units/{id}/reissue.
func TestAPIReissue(t *testing.T) {
	const both = "&create_units=" + "%E7%9C%81%E5%8F%91%E5%B1%95%E6%94%B9%E5%A7%94,%E7%9C%81%E5%9C%B0%E6%96%B9%E9%87%91%E8%9E%8D%E7%AE%A1%E7%90%86%E5%B1%80"
	tests := []struct {
		name     string
		unit     int64
		query    string
		ctype    string
		body     string
		status   int
		want     []string
		notWant  []string
		stored   bool
		cascades int
	}{
		{name: "dry run", query: "?batch=7&dry_run=true", ctype: "text/plain", status: 200,
			want: []string{`"dry_run": true`, `"title": "` + gdTitle + `"`, `"doc_no": "` + gdDocNo + `"`, `"format": "text"`,
				`"lead": [`, `"省住房城乡建设厅"`, `"co": [`, `"item_id": 1002`, `"written": "出口货物检验检疫证单“云签发”平台"`,
				`"unit_id": 440091`, `"unit": "省发展改革委"`, `"date": "2024-06-30"`, `"text": "持续推进"`,
				`"name": "省发展改委"`, `"suggestions": [` + "\n" + `          "省发展改革委"`, `"name": "省地方金融管理局"`, `"suggestions": []`,
				`"code": "unit-normalised"`, `"stored_tasks": 0`, `"created_units": []`}},
		{name: "dry run with the names to create", query: "?batch=7&dry_run=true" + both, ctype: "text/plain; charset=utf-8", status: 200,
			want:    []string{`"unknown": []`, `"unit_id": 0,`, `"unit": "省发展改委"`, `"unit": "省地方金融管理局"`, `"created_units": [`, `"stored_tasks": 0`},
			notWant: []string{`"name": "省发展改委"`}},
		{name: "a web page", query: "?batch=7&dry_run=true", ctype: "text/html", body: gdReissueHTML(), status: 200,
			want: []string{`"format": "html"`, `"item_seq": 24`}},
		{name: "stored", query: "?batch=7&dry_run=false" + both, ctype: "text/plain", status: 201, stored: true, cascades: 1,
			want: []string{`"dry_run": false`, fmt.Sprintf(`"stored_tasks": %d`, gdStored), `"unknown": []`, `"unit": "省发展改委"`, `"created_units": [`}},
		{name: "stored by default", query: "?batch=7" + both, ctype: "text/plain", status: 201, stored: true, cascades: 1},
		{name: "unknown names left", query: "?batch=7", ctype: "text/plain", status: 400,
			want: []string{`"code": "invalid"`, "1 个单位名称未能识别（省发展改委）"}},
		{name: "a name to create that is not unknown", query: "?batch=7&create_units=" + q("省商务厅"), ctype: "text/plain", status: 400,
			want: []string{"“省商务厅”不是本文件中未能识别的单位名称"}},
		{name: "an item without a task", query: "?batch=7" + both, ctype: "text/plain", status: 400,
			body: gdReissue([]string{"23", "推广知识产权海外侵权责任险", "省商务厅", "", "2024年底前", ""}),
			want: []string{"“广东省”没有这些事项的任务，不能向下分解：第23项。"}},
		{name: "a deadline that is a paragraph", query: "?batch=7" + both, ctype: "text/plain", status: 400,
			body: gdReissue([]string{"3", "航空货运电子化", "省商务厅", "", strings.Repeat("持续", 26), ""}),
			want: []string{"文件第9行（第3项）的完成时限过长"}},
		{name: "not a re-issue", query: "?batch=7", ctype: "text/plain", body: "关于开展调研的通知\n", status: 400,
			want: []string{"无法读取转发文件"}},
		{name: "nothing to store", query: "?batch=7", ctype: "text/plain", body: "序号\t改革事项\t牵头单位\n1\t建设海洋牧场\t省农业农村厅\n", status: 400,
			want: []string{"没有可保存的任务"}},
		{name: "no batch", query: "?dry_run=true", ctype: "text/plain", status: 400, want: []string{"请用参数 batch 给出文件对应的批次号"}},
		{name: "a bad batch", query: "?batch=seven", ctype: "text/plain", status: 400, want: []string{"收到“seven”"}},
		{name: "an unknown batch", query: "?batch=99&dry_run=true", ctype: "text/plain", status: 400, want: []string{"未找到第九十九批"}},
		{name: "a bad dry_run", query: "?batch=7&dry_run=yes", ctype: "text/plain", status: 400, want: []string{"参数 dry_run 应为 true 或 false"}},
		{name: "JSON", query: "?batch=7", ctype: "application/json", body: `{"document": "x"}`, status: 415,
			want: []string{`"code": "unsupported_media_type"`, "text/plain 或 text/html"}},
		{name: "no content type", query: "?batch=7", status: 415},
		{name: "another charset", query: "?batch=7", ctype: "text/plain; charset=gbk", status: 415},
		{name: "too large", query: "?batch=7&dry_run=true", ctype: "text/plain", body: strings.Repeat("x", maxDocument+1), status: 413,
			want: []string{`"code": "too_large"`, "最多2 MiB"}},
		{name: "no units below", unit: futian, query: "?batch=7&dry_run=true", ctype: "text/plain", status: 400,
			want: []string{"福田区没有下级单位"}},
		{name: "an unknown unit", unit: 99, query: "?batch=7&dry_run=true", ctype: "text/plain", status: 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := newTestSite(t, newFake(t))
			before := site.state()
			header := http.Header{}
			if tt.ctype != "" {
				header.Set("Content-Type", tt.ctype)
			}
			rec := site.serveAs(t, gdReporter, "POST", fmt.Sprintf("/api/v1/units/%d/reissue%s", orID(tt.unit, guangdong), tt.query),
				header, cmpOr(tt.body, gdReissue()))
			body := rec.Body.String()
			if rec.Code != tt.status || rec.Header().Get("Content-Type") != jsonType {
				t.Fatalf("%d %q, want %d JSON\n%s", rec.Code, rec.Header().Get("Content-Type"), tt.status, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("lacks %q in\n%s", w, body)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(body, w) {
					t.Errorf("has %q", w)
				}
			}
			if site.tasks.cascades != tt.cascades {
				t.Errorf("Cascade called %d times, want %d", site.tasks.cascades, tt.cascades)
			}
			after := site.state()
			if !tt.stored {
				if after != before {
					t.Errorf("stored something: %+v → %+v", before, after)
				}
				return
			}
			var out apiReissueResult
			if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
				t.Fatal(err)
			}
			if out.StoredTasks != gdStored || len(out.CreatedUnits) != 2 || after.units != before.units+2 {
				t.Errorf("stored %d tasks, created %v; units %d → %d", out.StoredTasks, out.CreatedUnits, before.units, after.units)
			}
			for _, line := range out.Plan.Lines {
				for _, d := range line.Divisions {
					if d.UnitID <= 0 || d.Unit == "" {
						t.Errorf("item %d: division %+v without its unit", line.ItemSeq, d)
					}
				}
			}
		})
	}
}
