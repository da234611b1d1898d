package main

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// TestMistypedDatabase: issue 15 item 5. An operator command on a database
// path that does not exist fails (exit 1) naming it, and creates nothing:
// no empty backup, no "chain intact: 0 entries".
func TestMistypedDatabase(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "rolout.db")
	for _, args := range [][]string{
		{"backup", filepath.Join(dir, "b.db")},
		{"audit", "verify"},
		{"audit", "head"},
		{"audit", "list"},
		{"check"},
		{"user", "list"},
		{"remind"},
		{"units", "show", "广东省"},
		{"assign"},
		{"tasks"},
		{"scope", "--item", "1", "nationwide"},
		{"rhythm", "quarterly"},
		{"links"},
		{"bench", "--runs", "1"},
	} {
		code, out, errOut := runCmd(t, append(args, "--db", "sqlite:"+typo)...)
		if code != exitFailure || !strings.Contains(errOut, "不存在") || !strings.Contains(errOut, typo) {
			t.Errorf("%v on a missing database: exit %d\n%s%s", args, code, out, errOut)
		}
		for _, f := range []string{typo, typo + sqldb.AuditKeySuffix, filepath.Join(dir, "b.db")} {
			if _, err := os.Stat(f); err == nil {
				t.Fatalf("%v created %s", args, f)
			}
		}
	}
	// The commands that make a database still do.
	if code, _, errOut := runCmd(t, "units", "load", "--db", "sqlite:"+typo); code != exitOK {
		t.Errorf("units load: exit %d %s", code, errOut)
	}
	if code, out, _ := runCmd(t, "audit", "verify", "--db", "sqlite:"+typo); code != exitOK || !strings.Contains(out, "审计链完整") {
		t.Errorf("audit verify after units load: exit %d %s", code, out)
	}
}

// TestAuditHeadCommands: issue 15 item 4 from the command line, on both
// databases. audit head prints NUMBER:MAC; verify --head holds while the
// chain does, and fails once the tail after the head is cut, or an entry is
// changed with every hash after it recomputed.
func TestAuditHeadCommands(t *testing.T) {
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			dsn := sqldbtest.DSN(t, dialect)
			t.Setenv(sqldb.EnvAuditKeyFile, filepath.Join(t.TempDir(), "audit.key"))
			if code, _, errOut := runCmd(t, "units", "load", "--db", dsn); code != exitOK {
				t.Fatalf("units load: %d %s", code, errOut)
			}
			if code, _, errOut := runCmd(t, "import", "--db", dsn, noticeText); code != exitOK {
				t.Fatalf("import: %d %s", code, errOut)
			}
			code, out, errOut := runCmd(t, "audit", "head", "--db", dsn)
			head := strings.TrimSpace(out)
			h, err := sqldb.ParseAuditHead(head)
			if code != exitOK || err != nil || h.ID < 3 {
				t.Fatalf("audit head: exit %d %q %s %v", code, out, errOut, err)
			}
			if code, out, errOut := runCmd(t, "audit", "verify", "--head", head, "--db", dsn); code != exitOK || !strings.Contains(out, "仍在链中") {
				t.Fatalf("verify --head: exit %d %s%s", code, out, errOut)
			}
			if code, _, errOut := runCmd(t, "audit", "verify", "--head", "12:zz", "--db", dsn); code != exitBadInput || !strings.Contains(errOut, "编号:MAC") {
				t.Errorf("verify --head 12:zz: exit %d %s", code, errOut)
			}

			raw := rawDB(t, dsn)
			guard := `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`
			if dialect == "sqlite" {
				guard = `DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete`
			}
			if _, err := raw.Exec(guard); err != nil {
				t.Fatal(err)
			}
			// A cut tail: the chain that remains holds, the head does not.
			if _, err := raw.Exec(`DELETE FROM audit_log WHERE id > $1`, h.ID-2); err != nil {
				t.Fatal(err)
			}
			if code, out, _ := runCmd(t, "audit", "verify", "--db", dsn); code != exitOK {
				t.Errorf("verify without the head after the cut: exit %d %s (a cut tail alone is not visible)", code, out)
			}
			code, _, errOut = runCmd(t, "audit", "verify", "--head", head, "--db", dsn)
			if code != exitFailure || !strings.Contains(errOut, "已不是保存时的样子") {
				t.Errorf("verify --head after the cut: exit %d %s", code, errOut)
			}

			// The first entry changed, every hash after it recomputed.
			db, err := sqldb.OpenWith(ctx, dsn, sqldb.Options{MustExist: true})
			if err != nil {
				t.Fatal(err)
			}
			es, err := db.AuditEntries(ctx, rollout.AuditFilter{Limit: 10000})
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
			slices.Reverse(es)
			prev := rollout.AuditGenesis
			for i := range es {
				e := &es[i]
				if e.ID == 1 {
					e.Actor = "someone-else"
				}
				e.PrevHash = prev
				e.Hash = e.ComputeHash()
				prev = e.Hash
				if _, err := raw.Exec(`UPDATE audit_log SET actor = $1, prev_hash = $2, hash = $3 WHERE id = $4`, e.Actor, e.PrevHash, e.Hash, e.ID); err != nil {
					t.Fatal(err)
				}
			}
			code, out, errOut = runCmd(t, "audit", "verify", "--db", dsn)
			if code != exitFailure || !strings.Contains(errOut, "第 1 号记录处的 MAC 不符") {
				t.Errorf("verify after editing entry 1 with the hashes recomputed: exit %d %s%s", code, out, errOut)
			}
		})
	}
}

// TestRestoreRefusedWhileServing: issue 15 item 6. While serve holds the
// database, restore --force refuses; once it has stopped, restore works.
func TestRestoreRefusedWhileServing(t *testing.T) {
	dir := t.TempDir()
	dsn := "sqlite:" + filepath.Join(dir, "live.db")
	runCmd(t, "units", "load", "--db", dsn)
	if code, _, errOut := runCmd(t, "backup", "--db", dsn, filepath.Join(dir, "b.db")); code != exitOK {
		t.Fatalf("backup: %d %s", code, errOut)
	}
	release, err := sqldb.HoldForServing(dsn) // what cmdServe holds while it serves
	if err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCmd(t, "restore", "--force", "--db", dsn, filepath.Join(dir, "b.db"))
	if code != exitFailure || !strings.Contains(errOut, "正被运行中的服务使用") {
		t.Errorf("restore under a running server: exit %d %s", code, errOut)
	}
	release()
	if code, out, errOut := runCmd(t, "restore", "--force", "--db", dsn, filepath.Join(dir, "b.db")); code != exitOK {
		t.Errorf("restore after the server stopped: exit %d %s%s", code, out, errOut)
	}
}

// TestTextRefusedOverStorage: issue 15 item 8 on both databases. NUL bytes
// and invalid UTF-8 are 400 with a clear message (PostgreSQL answered 500 to
// the first two), and nothing of them is stored.
func TestTextRefusedOverStorage(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		s := serveOverStorage(t, db)
		anon := &client{t: t, srv: s.srv, c: s.srv.Client()}
		auditBefore, _ := db.AuditEntries(context.Background(), rollout.AuditFilter{Limit: 10000})
		for _, c := range []struct{ method, path, ctype, body, want string }{
			{"GET", "/api/v1/items?q=%00", "", "", "查询参数 q 含有空字符"},
			{"GET", "/api/v1/items?q=%C3%28", "", "", "查询参数 q"},
			{"POST", "/api/v1/session", "application/json", `{"username":"ad\u0000min","password":"x"}`, "JSON 请求体"},
			{"POST", "/api/v1/session", "application/json", "{\"username\":\"ad\xffmin\",\"password\":\"x\"}", "JSON 请求体"},
			{"POST", "/signin", "application/x-www-form-urlencoded", "username=ad%00min&password=x", "表单字段 username"},
			{"GET", "/api/v1/items/1%00", "", "", "请求路径"},
		} {
			code, body := anon.send(c.method, c.path, c.ctype, c.body)
			if code != 400 || !strings.Contains(body, c.want) {
				t.Errorf("%s %s %q: %d, want 400 saying %q\n%.300s", c.method, c.path, c.body, code, c.want, body)
			}
		}
		after, _ := db.AuditEntries(context.Background(), rollout.AuditFilter{Limit: 10000})
		if len(after) != len(auditBefore) {
			t.Errorf("refused text reached the audit trail: %d entries before, %d after", len(auditBefore), len(after))
		}
	})
}

// TestHSTSWhenServingTLS: serve with its own certificate sends
// Strict-Transport-Security; without, it does not (a proxy in front sends it).
func TestHSTSWhenServingTLS(t *testing.T) {
	ctx := context.Background()
	db, err := sqldb.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, tls := range []bool{false, true} {
		cfg := serveConfig{}
		if tls {
			cfg.TLSCert, cfg.TLSKey = "cert.pem", "key.pem"
		}
		site, err := newSite(ctx, db, discardLogger(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		rec := httptest.NewRecorder()
		site.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
		if got := rec.Header().Get("Strict-Transport-Security"); (got != "") != tls {
			t.Errorf("TLS %v: Strict-Transport-Security %q", tls, got)
		}
	}
}

// TestTextRefusedInFilesAndArguments: issue 15 item 8 for files and the
// command line, on both databases. A spreadsheet cell holding a NUL (OOXML
// writes it _x0000_) is refused by the API and by `rollout reports import`,
// naming the cell, and nothing is stored; an argument that is not text is
// refused before any command runs.
func TestTextRefusedInFilesAndArguments(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, dsn string) {
		st := serveOverStorage(t, db)
		gd := st.unit("广东省")
		st.account("gd.reporter", gd.ID, rollout.RoleReporter, "Nul-In-Cells-2024")
		c := st.signIn("gd.reporter", "Nul-In-Cells-2024")
		code, tmpl := c.do("GET", fmt.Sprintf("/units/%d/template.xlsx?period=2024Q1", gd.ID), "")
		if code != 200 {
			t.Fatalf("template: %d %s", code, tmpl)
		}
		nul := withCell(t, []byte(tmpl), 3, `<c r="E3" t="inlineStr"><is><t>已印发_x0000_</t></is></c>`)
		before, err := db.AuditEntries(st.ctx, rollout.AuditFilter{Limit: 10000})
		if err != nil {
			t.Fatal(err)
		}
		code, body := c.send("POST", fmt.Sprintf("/api/v1/units/%d/reports/import", gd.ID),
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", string(nul))
		if code != http.StatusBadRequest || !strings.Contains(body, "单元格 E3") || !strings.Contains(body, "空字符") {
			t.Errorf("API import: %d %.400s", code, body)
		}
		path := filepath.Join(t.TempDir(), "nul.xlsx")
		if err := os.WriteFile(path, nul, 0o644); err != nil {
			t.Fatal(err)
		}
		if exit, out, errOut := runCmd(t, "reports", "import", "--db", dsn, path); exit != exitBadInput || !strings.Contains(errOut, "单元格 E3") {
			t.Errorf("reports import: exit %d\n%s%s", exit, out, errOut)
		}
		after, _ := db.AuditEntries(st.ctx, rollout.AuditFilter{Limit: 10000})
		if len(after) != len(before) {
			t.Errorf("%d audit entries after the refusals, %d before", len(after), len(before))
		}
		for _, arg := range []string{"广东\x00省", "\xff\xfe"} {
			exit, out, errOut := runCmd(t, "tasks", "--db", dsn, "--unit", arg)
			if exit != exitBadInput || !strings.Contains(errOut, "第 5 个参数含有空字符（NUL）或不是有效的 UTF-8") || out != "" {
				t.Errorf("tasks --unit %q: exit %d\n%s%s", arg, exit, out, errOut)
			}
		}
	})
}

// withCell adds a cell (its XML) at the end of the given row of the report
// sheet of an .xlsx file.
func withCell(t *testing.T, data []byte, row int, cell string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	rowRE := regexp.MustCompile(fmt.Sprintf(`(?s)(<row r="%d"[^>]*>.*?)</row>`, row))
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "xl/worksheets/sheet1.xml" {
			if !rowRE.Match(body) {
				t.Fatalf("no row %d in the sheet", row)
			}
			body = rowRE.ReplaceAll(body, []byte("${1}"+cell+"</row>"))
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
