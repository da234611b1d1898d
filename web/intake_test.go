package web

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"rollout/refdata"
)

// intakeHeader and intakeBody upload the 7th-batch notice's text, which the
// fixture holds already.
var intakeHeader, intakeBody = multipartForm(nil, "guohan-2023-56.txt", string(refdata.Notice7))

var notice7Text = string(refdata.Notice7)

// newBatchNotice is a notice the fixture does not hold: the 7th batch's text
// under another 文号, whose title names no batch (新一批).
func newBatchNotice(t *testing.T) []byte {
	t.Helper()
	doc, err := os.ReadFile("../notice/testdata/variants/new-batch.txt")
	if err != nil {
		t.Fatal(err)
	}
	return bytes.ReplaceAll(doc, []byte("国函〔2023〕56号"), []byte("国函〔2025〕8号"))
}

// Journey 1 on the fake: a notice without 第N批 is uploaded, refused until
// its batch is given, previewed, stored, its assignment previewed and
// confirmed; the province finds its tasks; each confirmation again changes
// nothing and says so.
func TestIntakeJourney(t *testing.T) {
	site := newTestSite(t, newFake(t))
	doc := newBatchNotice(t)
	post := func(path string, h http.Header, body string) (int, string, string) {
		t.Helper()
		rec := site.serveAs(t, "coordinator@1", "POST", path, h, body)
		return rec.Code, rec.Body.String(), rec.Header().Get("Location")
	}

	// Without a batch: read, shown, refused, and the batch field is named.
	h, body := multipartForm(nil, "new-batch.txt", string(doc))
	code, page, _ := post("/notices/preview", h, body)
	if code != http.StatusBadRequest || !strings.Contains(page, `<a href="#batch">`) || !strings.Contains(page, "第") ||
		strings.Contains(page, ">确认导入<") {
		t.Fatalf("no batch: %d\n%s", code, page)
	}
	// With batch 8: the preview, nothing stored.
	h, body = multipartForm([]string{"batch", "8"}, "new-batch.txt", string(doc))
	code, page, _ = post("/notices/preview", h, body)
	for _, want := range []string{"第八批", "国函〔2025〕8号", ">确认导入<", "以下为预览，尚未保存任何内容", `name="carried"`} {
		if !strings.Contains(page, want) {
			t.Errorf("preview lacks %q", want)
		}
	}
	if code != http.StatusOK {
		t.Fatalf("preview: %d\n%s", code, page)
	}
	if _, err := site.cat.BatchByNumber(t.Context(), 8); err == nil {
		t.Fatal("the preview stored the notice")
	}
	// Confirmed: stored, and on to the assignment preview.
	carried := url.Values{"carried": {b64(doc)}, "filename": {"new-batch.txt"}, "batch": {"8"}}.Encode()
	code, page, loc := post("/notices", formPost, carried)
	if code != http.StatusSeeOther || loc != "/batches/8/assignment?stored=created" {
		t.Fatalf("confirm: %d %q\n%s", code, loc, page)
	}
	if _, err := site.cat.BatchByNumber(t.Context(), 8); err != nil {
		t.Fatalf("not stored: %v", err)
	}
	// Again: nothing changes, and the page says so.
	if code, _, loc = post("/notices", formPost, carried); code != http.StatusSeeOther || loc != "/batches/8/assignment?stored=unchanged" {
		t.Fatalf("confirm again: %d %q", code, loc)
	}
	rec := site.getAs(t, "coordinator@1", "GET", "/batches/8/assignment?stored=created", nil)
	page = rec.Body.String()
	for _, want := range []string{"已导入第八批，共24项改革事项。", "22 项 × 31 个省（区、市），1 项 × 22 个自贸试验区，1 项 × 11 个沿海省（区、市），",
		"确认后将生成", `action="/batches/8/assignment"`} {
		if !strings.Contains(page, want) {
			t.Errorf("assignment preview lacks %q", want)
		}
	}
	before := len(site.tasks.tasks)
	code, _, loc = post("/batches/8/assignment", formPost, "")
	if code != http.StatusSeeOther || !strings.HasPrefix(loc, "/batches/8/assignment?created=715&guided=") {
		t.Fatalf("assign: %d %q", code, loc)
	}
	if len(site.tasks.tasks) <= before+715 {
		t.Errorf("tasks: %d before, %d after", before, len(site.tasks.tasks))
	}
	if code, _, loc = post("/batches/8/assignment", formPost, ""); loc != "/batches/8/assignment?created=0&guided=0" {
		t.Fatalf("assign again: %d %q", code, loc)
	}
	// Guangdong is coastal: 22 nationwide items and item 24 in its own list
	// (item 23 goes to its FTZ).
	rec = site.getAs(t, "reporter@440000", "GET", "/api/v1/units/440000/tasks", nil)
	var list struct {
		Tasks []struct {
			Batch int `json:"batch"`
		} `json:"tasks"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &list); err != nil {
		t.Fatalf("%v\n%s", err, rec.Body)
	}
	n := 0
	for _, tk := range list.Tasks {
		if tk.Batch == 8 {
			n++
		}
	}
	if n != 23 {
		t.Errorf("广东省 has %d tasks of batch 8, want 23", n)
	}
}

// The API: the answer is the command line's report; 201 when stored, 200
// when stored already, and a refusal names the line at fault.
func TestAPIImportNotice(t *testing.T) {
	site := newTestSite(t, newFake(t))
	doc := newBatchNotice(t)
	rec := site.serveAs(t, "coordinator@1", "POST", "/api/v1/notices", textPost, string(doc))
	var r struct {
		Stored string `json:"stored"`
		Error  *struct {
			Code, Message string
		} `json:"error"`
		Diagnostics []struct {
			Level string
			Line  int
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if rec.Code != http.StatusBadRequest || r.Error == nil || !strings.Contains(r.Error.Message, "--batch N") || r.Stored != "" {
		t.Errorf("no batch: %d %s", rec.Code, rec.Body)
	}
	for i, want := range []int{http.StatusCreated, http.StatusOK} {
		rec = site.serveAs(t, "coordinator@1", "POST", "/api/v1/notices?batch=8", textPost, string(doc))
		if rec.Code != want || !strings.Contains(rec.Body.String(), []string{`"stored": "created"`, `"stored": "unchanged"`}[i]) {
			t.Errorf("import %d: %d %s", i, rec.Code, rec.Body)
		}
	}
	// The same batch number with another notice: 409.
	rec = site.serveAs(t, "coordinator@1", "POST", "/api/v1/notices?batch=8", textPost, notice7Text)
	if rec.Code != http.StatusConflict || !strings.Contains(rec.Body.String(), `"code": "conflict"`) {
		t.Errorf("conflict: %d %s", rec.Code, rec.Body)
	}
	// Assignment: 201, then 200 "unchanged".
	for i, want := range []int{http.StatusCreated, http.StatusOK} {
		rec = site.serveAs(t, "coordinator@1", "POST", "/api/v1/batches/8/assignment", nil, "")
		if rec.Code != want || !strings.Contains(rec.Body.String(), []string{`"stored": "created"`, `"stored": "unchanged"`}[i]) {
			t.Errorf("assign %d: %d %.300s", i, rec.Code, rec.Body)
		}
	}
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// The other ways in: the text pasted into the form, and a Word document sent
// to the API.
func TestIntakePasteAndWord(t *testing.T) {
	site := newTestSite(t, newFake(t))
	form := url.Values{"text": {string(newBatchNotice(t))}, "batch": {"8"}}.Encode()
	rec := site.serveAs(t, "coordinator@1", "POST", "/notices/preview", formPost, form)
	if page := rec.Body.String(); rec.Code != http.StatusOK || !strings.Contains(page, "国函〔2025〕8号") ||
		!strings.Contains(page, "粘贴的文本") || !strings.Contains(page, ">确认导入<") {
		t.Errorf("pasted: %d", rec.Code)
	}
	doc, err := os.ReadFile("../notice/testdata/variants/word-table.docx")
	if err != nil {
		t.Fatal(err)
	}
	h := http.Header{"Content-Type": {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		"Content-Disposition": {`attachment; filename="word-table.docx"`}}
	rec = site.serveAs(t, "coordinator@1", "POST", "/api/v1/notices?dry_run=true", h, string(doc))
	var r struct {
		File   string `json:"file"`
		Stored string `json:"stored"`
		Items  []any  `json:"items"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil || rec.Code != http.StatusOK || r.Stored != "dry-run" ||
		r.File != "word-table.docx" || len(r.Items) != 24 {
		t.Errorf("word: %d %+v %v %.300s", rec.Code, r, err, rec.Body)
	}
	// A PDF, through the API and as a file on the page.
	pdf, err := os.ReadFile("../notice/testdata/variants/pdf-table.pdf")
	if err != nil {
		t.Fatal(err)
	}
	h = http.Header{"Content-Type": {"application/pdf"}, "Content-Disposition": {`attachment; filename="notice.pdf"`}}
	rec = site.serveAs(t, "coordinator@1", "POST", "/api/v1/notices?dry_run=true", h, string(pdf))
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil || rec.Code != http.StatusOK || r.Stored != "dry-run" ||
		r.File != "notice.pdf" || len(r.Items) != 24 {
		t.Errorf("pdf: %d %+v %v %.300s", rec.Code, r, err, rec.Body)
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, _ := mw.CreateFormFile("document", "国函〔2023〕56号.pdf")
	fw.Write(pdf)
	mw.Close()
	rec = site.serveAs(t, "coordinator@1", "POST", "/notices/preview", http.Header{"Content-Type": {mw.FormDataContentType()}}, body.String())
	// Read whole (the fixture holds batch 7 from its text already, so it is
	// previewed and refused as a different copy, not stored).
	if page := rec.Body.String(); rec.Code != http.StatusOK || !strings.Contains(page, "<dd>国函〔2023〕56号.pdf</dd>") ||
		!strings.Contains(page, "读取改革事项24项") {
		t.Errorf("pdf upload: %d %s", rec.Code, page[strings.Index(page, "<main"):])
	}
	if page := site.getAs(t, "coordinator@1", "GET", "/notices/new", nil).Body.String(); !strings.Contains(page, ".pdf") {
		t.Error("the upload form does not offer .pdf")
	}
}
