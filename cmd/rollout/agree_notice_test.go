package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rollout/sqldb/sqldbtest"
)

// The exit contract of import and cascade (issue 14), and dry runs that
// predict real runs: every document of the corpora goes through a dry run
// and then the real run, on SQLite and PostgreSQL, and the two agree on the
// outcome, the refusal and the counts.

const variantsDir = "../../notice/testdata/variants"

func TestImportDryRunPredictsRealRun(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(variantsDir, "*"))
	if err != nil || len(files) < 20 {
		t.Fatalf("corpus: %v %v", files, err)
	}
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			for k, file := range files {
				if dialect == "postgres" && k%4 != 0 {
					continue // a database each: a sample is enough to show both agree
				}
				dsn := sqldbtest.DSN(t, dialect)
				dcode, dout, _ := runCmd(t, "import", "--dry-run", "--json", file)
				rcode, rout, rerr := runCmd(t, "import", "--json", "--db", dsn, file)
				dr, rr := decodeReports(t, dout), decodeReports(t, rout)
				if len(dr) != 1 || len(rr) != 1 {
					t.Fatalf("%s: %q / %q", file, dout, rout)
				}
				d, r := dr[0], rr[0]
				if dcode != rcode || len(d.Items) != len(r.Items) || (d.Error == nil) != (r.Error == nil) {
					t.Errorf("%s: dry run exit %d, %d items, error %+v; real run exit %d, %d items, error %+v %s",
						filepath.Base(file), dcode, len(d.Items), d.Error, rcode, len(r.Items), r.Error, rerr)
				}
				switch {
				case strings.HasPrefix(filepath.Base(file), "new-batch"):
					if rcode != 1 || r.Error == nil || !strings.Contains(r.Error.Message, "--batch N") {
						t.Errorf("%s: exit %d, %+v", file, rcode, r.Error)
					}
				case rcode != 0 || r.Stored != "created":
					t.Errorf("%s: exit %d, stored %q, %+v", file, rcode, r.Stored, r.Error)
				}
			}
		})
	}
}

// Documents that are no notice give exit 2 and, under --json, one object
// with "error"; one read but refused gives exit 1 and says why.
func TestImportExitContract(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		return p
	}
	for _, tt := range []struct {
		file string
		code int
		want string
	}{
		{write("prose.txt", "春眠不觉晓，处处闻啼鸟。\n"), 2, "未找到文号"},
		{write("old.doc", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"), 2, ".docx"},
		{write("scan.pdf", "%PDF-1.7\n"), 2, "PDF"},
		{filepath.Join(dir, "missing.txt"), 2, "无法读取文件"},
		{filepath.Join(variantsDir, "new-batch.txt"), 1, "--batch N"},
	} {
		code, out, _ := runCmd(t, "import", "--dry-run", "--json", tt.file)
		var raw map[string]json.RawMessage
		if err := json.Unmarshal([]byte(out), &raw); err != nil {
			t.Errorf("%s: not one JSON object: %q", tt.file, out)
			continue
		}
		if code != tt.code || !strings.Contains(string(raw["error"]), tt.want) {
			t.Errorf("%s: exit %d (want %d), error %s", tt.file, code, tt.code, raw["error"])
		}
	}
	if code, _, _ := runCmd(t, "import", "--dry-run", "--batch", "7", filepath.Join(variantsDir, "new-batch.txt")); code != 0 {
		t.Errorf("--batch 7: exit %d", code)
	}
}

// cascadeCase is a re-issue of the corpus and how it is run.
type cascadeCase struct {
	unit, file string
	create     bool
}

func TestCascadeDryRunPredictsRealRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		return p
	}
	clean := write("gd-clean.txt", "广东省人民政府关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知\n\n"+
		"序号\t改革事项\t牵头单位\t配合单位\t完成时限\n"+
		"1\t工程建设项目审批统一化、标准化、信息化\t省住房城乡建设厅\t省政务服务数据管理局、深圳市\t2024年6月底前\n"+
		"24\t入海排污口规范化“分级分类管理”新模式\t省生态环境厅\t深圳市、广州市\t持续推进\n")
	ftz := write("gd-ftz.txt", "广东省人民政府关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知\n\n"+
		"1.推广知识产权海外侵权责任险。（省知识产权局牵头，省地方金融管理局配合）\n")
	ftzAreas := write("gd-ftz-areas.txt", "广东省人民政府关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知\n\n"+
		"1.推广知识产权海外侵权责任险。（牵头单位：广州南沙新区片区；责任单位：深圳前海蛇口片区、珠海横琴新区片区）\n")
	none := write("gd-none.txt", "广东省人民政府关于印发某某工作方案的通知\n\n"+
		"1.做好春季植树工作。（省林业局牵头，省财政厅配合）\n")
	testdata := "../../notice/testdata/"
	cases := []cascadeCase{
		{"广东省", testdata + "reissue-gd-2023-211.txt", false},
		{"广东省", testdata + "reissue-gd-2023-211.html", true},
		{"广东省", testdata + "reissue-gd-2023-211.pdf", true},
		{"广东省", testdata + "reissue-gd-2023-211-lo.pdf", true},
		{"广东省", ftz, true},
		{"广东省", ftzAreas, false},
		{"广东省", none, true},
		{"广东省", clean, false},
		{"广东省", clean, true},
		{"深圳市", testdata + "reissue-sz-2023-97.txt", true},
		{"广州市", testdata + "reissue-gz-measures.md", true},
		{"四川省", testdata + "reissue-sc-inline.txt", true},
		{"湖南省", testdata + "reissue-hn-duty.txt", true},
	}
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			dsn := sqldbtest.DSN(t, dialect)
			for _, args := range [][]string{{"units", "load"}, {"import", noticeText}, {"assign"}} {
				if code, out, errOut := runCmd(t, append(args, "--db", dsn)...); code != 0 {
					t.Fatalf("%v: exit %d %s %s", args, code, out, errOut)
				}
			}
			for _, c := range cases {
				args := []string{"cascade", "--json", "--unit", c.unit, "--db", dsn, c.file}
				if c.create {
					args = append(args, "--create-units")
				}
				dcode, dout, _ := runCmd(t, append(args, "--dry-run")...)
				rcode, rout, rerr := runCmd(t, args...)
				var d, r cascadeReport
				if err := json.Unmarshal([]byte(dout), &d); err != nil {
					t.Fatalf("%s dry: %v %q", c.file, err, dout)
				}
				if err := json.Unmarshal([]byte(rout), &r); err != nil {
					t.Fatalf("%s real: %v %q %s", c.file, err, rout, rerr)
				}
				name := filepath.Base(c.file)
				switch {
				case (d.Error == nil) != (r.Error == nil):
					t.Errorf("%s: dry run error %+v, real run error %+v", name, d.Error, r.Error)
				case d.Error != nil && d.Error.Message != r.Error.Message:
					t.Errorf("%s: dry run says %q, real run %q", name, d.Error.Message, r.Error.Message)
				case d.Error == nil:
					divisions := 0
					for _, l := range d.Plan.Lines {
						divisions += len(l.Divisions)
					}
					if dcode != 0 || rcode != 0 || r.Stored != divisions || len(r.Plan.Lines) != len(d.Plan.Lines) ||
						strings.Join(r.Created, "、") != strings.Join(d.Created, "、") {
						t.Errorf("%s: dry run exit %d, %d divisions, creates %v; real run exit %d, stored %d, created %v",
							name, dcode, divisions, d.Created, rcode, r.Stored, r.Created)
					}
				default:
					// refused: exit 1, but a dry run whose only refusal is names
					// awaiting confirmation is the review it is for (exit 0)
					pending := strings.Contains(d.Error.Message, "单位名称未能识别")
					if rcode != 1 || (pending && dcode != 0) || (!pending && dcode != 1) {
						t.Errorf("%s: dry run exit %d, real run exit %d: %s", name, dcode, rcode, r.Error.Message)
					}
				}
			}
		})
	}
}

// The item replicated in FTZs: the province holds no task of it; both runs
// refuse and say which unit holds it. A document matching no item is refused.
func TestCascadeRefusalsSayWhy(t *testing.T) {
	dsn := sqldbtest.DSN(t, "sqlite")
	for _, args := range [][]string{{"units", "load"}, {"import", noticeText}, {"assign"}} {
		if code, out, errOut := runCmd(t, append(args, "--db", dsn)...); code != 0 {
			t.Fatalf("%v: exit %d %s %s", args, code, out, errOut)
		}
	}
	dir := t.TempDir()
	ftz := filepath.Join(dir, "ftz.txt")
	os.WriteFile(ftz, []byte("广东省人民政府关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知\n\n"+
		"1.推广知识产权海外侵权责任险。（省知识产权局牵头，省地方金融管理局配合）\n"), 0o644)
	for _, dry := range []bool{true, false} {
		args := []string{"cascade", "--create-units", "--unit", "广东省", "--db", dsn, ftz}
		if dry {
			args = append(args, "--dry-run")
		}
		code, out, _ := runCmd(t, args...)
		if code != 1 || !strings.Contains(out, "第23项在“广东自贸试验区”") {
			t.Errorf("dry run %v: exit %d\n%s", dry, code, out)
		}
	}
	// Divided among the FTZ's areas, the province divides the FTZ's task on
	// its behalf: the dry run says so, the real run stores it.
	areas := filepath.Join(dir, "areas.txt")
	os.WriteFile(areas, []byte("广东省人民政府关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知\n\n"+
		"1.推广知识产权海外侵权责任险。（牵头单位：广州南沙新区片区；责任单位：深圳前海蛇口片区、珠海横琴新区片区）\n"), 0o644)
	for _, dry := range []bool{true, false} {
		args := []string{"cascade", "--unit", "广东省", "--db", dsn, areas}
		if dry {
			args = append(args, "--dry-run")
		}
		code, out, _ := runCmd(t, args...)
		if code != 0 || !strings.Contains(out, "task-behalf: 国家第 23 项的任务在“广东自贸试验区”") ||
			(!dry && !strings.Contains(out, "已保存 3 个分解任务")) {
			t.Errorf("on behalf, dry run %v: exit %d\n%s", dry, code, out)
		}
	}
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("春眠不觉晓。\n"), 0o644)
	code, out, _ := runCmd(t, "cascade", "--json", "--dry-run", "--unit", "广东省", "--db", dsn, bad)
	var raw map[string]json.RawMessage
	if json.Unmarshal([]byte(out), &raw) != nil || code != 2 || raw["error"] == nil {
		t.Errorf("unreadable document: exit %d, %q", code, out)
	}
}
