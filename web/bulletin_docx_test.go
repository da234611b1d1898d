package web

import (
	"context"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// needSoffice is LibreOffice's soffice, or a skip where it is not installed
// (and a failure under CI, which must have it: scripts/test.sh installs it).
func needSoffice(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("soffice (LibreOffice) is not installed: under CI the .docx bulletin must be converted (apt-get install libreoffice-writer-nogui)")
		}
		t.Skip("soffice (LibreOffice) is not installed: the .docx bulletin is not converted (apt-get install libreoffice-writer-nogui)")
	}
	return path
}

// convert converts src with LibreOffice headless to format in a fresh
// profile and returns the file it wrote.
func convert(t *testing.T, soffice, src, format string) []byte {
	t.Helper()
	dir := filepath.Dir(src)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out := filepath.Join(dir, "out-"+strings.SplitN(format, ":", 2)[0])
	cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", format, "--outdir", out, src)
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice --convert-to %s: %v\n%s", format, err, b)
	}
	matches, _ := filepath.Glob(filepath.Join(out, "*"))
	if len(matches) != 1 {
		t.Fatalf("soffice --convert-to %s wrote %v\n%s", format, matches, b)
	}
	data, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestBulletinDocx: the bulletin as a Word document, downloaded as its page
// offers it, opens in LibreOffice: converted to PDF and to text, the text
// holds the document's parts in order — the issuer, the number, the title,
// the ranking, the closing and the date.
func TestBulletinDocx(t *testing.T) {
	site := newTestSite(t, newFake(t))
	page := site.getAs(t, "coordinator@1", "GET", "/rounds/1/bulletin", nil).Body.String()
	if !strings.Contains(page, `href="/rounds/1/bulletin?format=docx"`) {
		t.Errorf("the bulletin's page offers no .docx")
	}
	if rec := site.serveAs(t, rootScorer, "PUT", "/api/v1/rounds/1/scores", jsonPost,
		`{"scores": [{"unit_id": 440000, "criterion": 1, "value": 8}]}`); rec.Code != http.StatusOK {
		t.Fatalf("scoring: %d %s", rec.Code, rec.Body)
	}
	rec := site.getAs(t, "coordinator@1", "GET", "/rounds/1/bulletin?format=docx", nil)
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != docxType {
		t.Fatalf("docx: %d %s", rec.Code, rec.Header().Get("Content-Type"))
	}
	if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, ".docx") {
		t.Errorf("Content-Disposition %q", cd)
	}
	if rec := site.getAs(t, "coordinator@1", "GET", "/rounds/1/report?format=docx", nil); rec.Code != http.StatusBadRequest {
		t.Errorf("the report as docx: %d, want 400", rec.Code)
	}
	if rec := site.getAs(t, roundScorer, "GET", "/rounds/2/bulletin?format=docx", nil); rec.Code != http.StatusForbidden {
		t.Errorf("another round's bulletin as docx: %d, want 403", rec.Code)
	}

	soffice := needSoffice(t)
	src := filepath.Join(t.TempDir(), "bulletin.docx")
	if err := os.WriteFile(src, rec.Body.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := convert(t, soffice, src, "pdf")
	if !strings.HasPrefix(string(pdf), "%PDF-") || len(pdf) < 2000 {
		t.Errorf("the PDF LibreOffice made is no PDF (%d bytes)", len(pdf))
	}
	// Its pages are A4: 210 × 297 mm, 595.3 × 841.9 points.
	if !regexp.MustCompile(`/MediaBox\s*\[\s*0 0 595\.3\d* 841\.8\d*\s*\]`).Match(pdf) {
		t.Errorf("the PDF's pages are not A4")
	}
	text := string(convert(t, soffice, src, "txt:Text (encoded):UTF8"))
	last := -1
	for _, want := range []string{"自由贸易试验区工作部际联席会议办公室", "自贸办评〔2024〕1号", "关于第七批成效评估情况的通报",
		"各省、自治区、直辖市人民政府", "一、总体情况", "广东省", "二、各单位得分排名", "省级单位排名",
		"省级单位中尚未评分的 1 个单位不参加排名：四川省。", "特此通报。", "二〇二四年七月二日"} {
		i := strings.Index(text, want)
		if i < 0 {
			t.Errorf("LibreOffice's text lacks %q:\n%s", want, text)
			continue
		}
		if i < last {
			t.Errorf("%q is out of order", want)
		}
		last = i
	}
}
