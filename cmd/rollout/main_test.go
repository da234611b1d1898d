package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"rollout/intake"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

const (
	noticeText = "../../refdata/guohan-2023-56.txt"
	noticeHTML = "../../notice/testdata/guohan-2023-56.html"
)

// runCmd runs the program in-process and returns its exit status and outputs.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// decodeReports reads the JSON objects `import --json` printed, one per line.
func decodeReports(t *testing.T, out string) []importReport {
	t.Helper()
	var rs []importReport
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var r importReport
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("decode %q: %v", out, err)
		}
		rs = append(rs, r)
	}
	return rs
}

// The acceptance check of the foundation: the real notice, as text and as the
// saved web page, reads into the same 24 items in 5 domains.
func TestImportDryRunJSON(t *testing.T) {
	for _, file := range []string{noticeText, noticeHTML} {
		t.Run(filepath.Ext(file), func(t *testing.T) {
			code, out, errOut := runCmd(t, "import", "--dry-run", "--json", file)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if n := strings.Count(strings.TrimSpace(out), "\n"); n != 0 {
				t.Errorf("want exactly one JSON line, got %d extra", n)
			}
			// Keys scripts depend on, checked on the raw JSON.
			var raw map[string]any
			if err := json.Unmarshal([]byte(out), &raw); err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"notice", "domains", "items", "diagnostics"} {
				if _, ok := raw[k]; !ok {
					t.Errorf("missing key %q", k)
				}
			}
			r := decodeReports(t, out)[0]
			want := intake.Header{DocNo: "国函〔2023〕56号", Title: "国务院关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知",
				Issuer: "国务院", IssuedOn: "2023-06-24", Batch: 7}
			if *r.Notice != want {
				t.Errorf("notice = %+v, want %+v", *r.Notice, want)
			}
			if len(r.Items) != 24 {
				t.Fatalf("%d items, want 24", len(r.Items))
			}
			var names []string
			var counts []int
			for _, d := range r.Domains {
				names = append(names, d.Name)
				counts = append(counts, len(d.Items))
			}
			if !reflect.DeepEqual(names, []string{"投资贸易便利化", "政府管理创新", "金融开放创新", "产业高质量发展", "知识产权保护"}) ||
				!reflect.DeepEqual(counts, []int{3, 5, 6, 5, 3}) {
				t.Errorf("domains %v with %v items", names, counts)
			}
			it := func(seq int) itemReport { return r.Items[seq-1] }
			if it(23).Scope != "自贸试验区" || it(23).Domain != "" || it(24).Scope != "沿海地区" || it(24).Domain != "" {
				t.Errorf("item 23 %q/%q, item 24 %q/%q", it(23).Scope, it(23).Domain, it(24).Scope, it(24).Domain)
			}
			if !reflect.DeepEqual(it(14).Responsible, []string{"国家知识产权局", "中国人民银行", "金融监管总局"}) {
				t.Errorf("item 14 responsible = %v", it(14).Responsible)
			}
			if !reflect.DeepEqual(it(2).Aliases, []string{"出口货物检验检疫证单‘云签发’平台"}) ||
				!reflect.DeepEqual(it(3).Aliases, []string{"航空货运电子信息化"}) {
				t.Errorf("aliases: item 2 %v, item 3 %v", it(2).Aliases, it(3).Aliases)
			}
			for i, item := range r.Items {
				if item.Seq != i+1 {
					t.Errorf("item %d has seq %d", i+1, item.Seq)
				}
				if len(item.Aliases) > 0 && item.Seq != 2 && item.Seq != 3 {
					t.Errorf("item %d has unexpected aliases %v", item.Seq, item.Aliases)
				}
			}
			mismatch := 0
			for _, d := range r.Diagnostics {
				if d.Code == "name-mismatch" && (strings.Contains(d.Message, "航空货运电子信息化") || strings.Contains(d.Message, "出口货物检验检疫证单")) {
					mismatch++
				}
				if d.Level == "error" {
					t.Errorf("error diagnostic: %+v", d)
				}
			}
			if mismatch != 2 {
				t.Errorf("%d name-mismatch diagnostics naming items 2 and 3, want 2: %+v", mismatch, r.Diagnostics)
			}
			if r.Stored != "dry-run" {
				t.Errorf("stored = %q", r.Stored)
			}
		})
	}
}

// Dry runs write nothing: not even a database file.
func TestImportDryRunWritesNothing(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := runCmd(t, "import", "--dry-run", "--db", filepath.Join(dir, "r.db"), noticeText)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("dry run created %v", entries)
	}
}

func TestImportStores(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			dsn := sqldbtest.DSN(t, dialect)
			code, out, errOut := runCmd(t, "import", "--json", "--db", dsn, noticeText)
			if code != 0 || decodeReports(t, out)[0].Stored != "created" {
				t.Fatalf("first import: exit %d, %s %s", code, out, errOut)
			}
			// The same notice again, as text and as the web page: nothing changes.
			code, out, errOut = runCmd(t, "import", "--json", "--db", dsn, noticeText, noticeHTML)
			if code != 0 {
				t.Fatalf("re-import: exit %d, %s", code, errOut)
			}
			for _, r := range decodeReports(t, out) {
				if r.Stored != "unchanged" {
					t.Errorf("%s: stored = %q, want unchanged", r.File, r.Stored)
				}
			}
			// Same 文号, different content: refused, exit 1, nothing written.
			src, _ := os.ReadFile(noticeText)
			changed := filepath.Join(t.TempDir(), "changed.txt")
			os.WriteFile(changed, bytes.Replace(src, []byte("精准打击危险货物谎报匿报行为"), []byte("精准打击违法行为"), 1), 0o644)
			code, out, _ = runCmd(t, "import", "--json", "--db", dsn, changed)
			if r := decodeReports(t, out)[0]; code != 1 || r.Error == nil || r.Error.Code != "conflict" {
				t.Errorf("changed content: exit %d, %s", code, out)
			}
			// Not a notice, and a missing file: exit 2.
			junk := filepath.Join(t.TempDir(), "junk.txt")
			os.WriteFile(junk, []byte("会议纪要\n今天讨论了天气。\n"), 0o644)
			for _, f := range []string{junk, filepath.Join(t.TempDir(), "missing.txt")} {
				code, out, _ = runCmd(t, "import", "--json", "--db", dsn, f)
				if r := decodeReports(t, out)[0]; code != 2 || r.Error == nil || r.Error.Message == "" {
					t.Errorf("%s: exit %d, %s", f, code, out)
				}
			}
			// The human-readable report says what happened.
			code, out, _ = runCmd(t, "import", "--db", dsn, noticeText)
			if code != 0 || !strings.Contains(out, "未改变") || !strings.Contains(out, "航空货运电子信息化") {
				t.Errorf("text report: exit %d\n%s", code, out)
			}

			db, err := sqldb.Open(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			b, err := db.BatchByNumber(context.Background(), 7)
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Items) != 24 || !strings.Contains(b.Items[3].Content, "精准打击危险货物谎报匿报行为") {
				t.Errorf("stored batch changed: %d items, item 4 %q", len(b.Items), b.Items[3].Content)
			}
		})
	}
}

func TestUsage(t *testing.T) {
	if code, _, errOut := runCmd(t, "frobnicate"); code != 2 || !strings.Contains(errOut, "用法") {
		t.Errorf("unknown command: exit %d, %s", code, errOut)
	}
	if code, _, _ := runCmd(t, "import"); code != 2 {
		t.Errorf("import without files: exit %d", code)
	}
	if code, out, _ := runCmd(t, "version"); code != 0 || !strings.HasPrefix(out, "rollout ") {
		t.Errorf("version: exit %d, %q", code, out)
	}
}

// The site over real storage, seeded as `serve` seeds it, on both databases.
func TestSiteOverStorage(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		site, err := newSite(ctx, db, discardLogger(), serveConfig{})
		if err != nil {
			t.Fatal(err)
		}
		// Seeding twice (a restart) adds nothing.
		if _, err := newSite(ctx, db, discardLogger(), serveConfig{}); err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(site.Handler())
		defer srv.Close()
		get := func(path string, v any) (int, string) {
			t.Helper()
			resp, err := http.Get(srv.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if v != nil {
				if err := json.Unmarshal(body, v); err != nil {
					t.Fatalf("%s: %v\n%s", path, err, body)
				}
			}
			return resp.StatusCode, string(body)
		}

		var batches struct {
			Batches []struct {
				Batch     int    `json:"number"`
				DocNo     string `json:"doc_no"`
				ItemCount int    `json:"item_count"`
			} `json:"batches"`
		}
		if code, body := get("/api/v1/batches", &batches); code != 200 || len(batches.Batches) != 1 ||
			batches.Batches[0].Batch != 7 || batches.Batches[0].ItemCount != 24 {
			t.Fatalf("batches: %d %s", code, body)
		}

		type item struct {
			ID      int64    `json:"id"`
			Seq     int      `json:"seq"`
			Aliases []string `json:"aliases"`
		}
		var found struct {
			Items []item `json:"items"`
			Count int    `json:"count"`
		}
		code, body := get("/api/v1/items?q="+urlQuery("知识产权"), &found)
		var seqs []int
		for _, it := range found.Items {
			seqs = append(seqs, it.Seq)
		}
		// Ranked: the items whose name holds the term first, in number order,
		// then those whose responsible unit (国家知识产权局) does.
		if code != 200 || found.Count != 8 || !reflect.DeepEqual(seqs, []int{14, 19, 20, 21, 23, 17, 18, 22}) {
			t.Errorf("search 知识产权: %d, count %d, items %v\n%s", code, found.Count, seqs, body)
		}

		var batch struct {
			Items []item `json:"items"`
		}
		if code, body := get("/api/v1/batches/7", &batch); code != 200 || len(batch.Items) != 24 {
			t.Fatalf("batch 7: %d %s", code, body)
		}
		var one item
		if code, body := get("/api/v1/items/"+itoa(batch.Items[2].ID), &one); code != 200 || one.Seq != 3 ||
			!reflect.DeepEqual(one.Aliases, []string{"航空货运电子信息化"}) {
			t.Errorf("item 3: %d %s", code, body)
		}
		for path, want := range map[string]string{
			"/":                                 "国函〔2023〕56号",
			"/batches/7":                        "知识产权保护",
			"/items/" + itoa(batch.Items[1].ID): "出口货物检验检疫证单‘云签发’平台",
			"/search?q=" + urlQuery("证单"):       "<mark>",
			"/batches/7/source":                 "附件：自由贸易试验区第七批改革试点经验复制推广工作任务分工表",
		} {
			if code, body := get(path, nil); code != 200 || !strings.Contains(body, want) {
				t.Errorf("GET %s: %d, want it to contain %q", path, code, want)
			}
		}
		if code, _ := get("/batches/6", nil); code != 404 {
			t.Errorf("missing batch: %d", code)
		}
		if code, _ := get("/api/v1/items/999999", nil); code != 404 {
			t.Errorf("missing item: %d", code)
		}
	})
}
