package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"rollout"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// Journey 1 through two entry points: `rollout import --batch 8` and
// `rollout assign --batch 8` on one database, POST /api/v1/notices?batch=8
// and POST /api/v1/batches/8/assignment on another, each seeded alike (the
// reference tree and the 7th batch assigned, as a first start leaves it).
// The two store the same batch, items, source and tasks, say the same
// report, each write is audited, and a second run changes nothing on both.
func TestIntakeEntryPointsAgree(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(variantsDir, "new-batch.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc = bytes.ReplaceAll(doc, []byte("国函〔2023〕56号"), []byte("国函〔2025〕8号"))
	file := filepath.Join(t.TempDir(), "new-batch.txt")
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			open := func() (*sqldb.DB, string) {
				dsn := sqldbtest.DSN(t, dialect)
				db, err := sqldb.Open(context.Background(), dsn)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { db.Close() })
				db.Password = sqldb.TestPasswordParams
				return db, dsn
			}
			cliDB, cliDSN := open()
			apiDB, _ := open()
			serveOverStorage(t, cliDB) // the first start: the tree and the 7th batch
			s := serveOverStorage(t, apiDB)

			// The command line.
			var cliReport map[string]any
			for i, want := range []string{"created", "unchanged"} {
				code, out, errOut := runCmd(t, "import", "--json", "--batch", "8", "--db", cliDSN, file)
				var r map[string]any
				if err := json.Unmarshal([]byte(out), &r); err != nil || code != 0 || r["stored"] != want {
					t.Fatalf("import %d: exit %d %v %.300s %s", i, code, err, out, errOut)
				}
				if i == 0 {
					cliReport = r
				}
			}
			for i := range 2 {
				if code, out, errOut := runCmd(t, "assign", "--batch", "8", "--db", cliDSN); code != 0 {
					t.Fatalf("assign %d: exit %d %s %s", i, code, out, errOut)
				}
			}

			// The API.
			root, err := apiDB.RootUnit(s.ctx)
			if err != nil {
				t.Fatal(err)
			}
			s.account("agree.intake", root.ID, rollout.RoleCoordinator, "Agree-Intake-2025x")
			c := s.signIn("agree.intake", "Agree-Intake-2025x")
			var apiReport map[string]any
			for i, want := range []int{201, 200} {
				code, body := c.send("POST", "/api/v1/notices?batch=8", "text/plain", string(doc))
				if code != want {
					t.Fatalf("POST notices %d: %d %.300s", i, code, body)
				}
				if i == 0 {
					if err := json.Unmarshal([]byte(body), &apiReport); err != nil {
						t.Fatal(err)
					}
				}
			}
			for i, want := range []int{201, 200} {
				if code, body := c.do("POST", "/api/v1/batches/8/assignment", ""); code != want {
					t.Fatalf("POST assignment %d: %d %.300s", i, code, body)
				}
			}

			// The same report, but for the file's name.
			delete(cliReport, "file")
			delete(apiReport, "file")
			if !reflect.DeepEqual(cliReport, apiReport) {
				t.Errorf("reports differ:\ncli %v\napi %v", cliReport, apiReport)
			}
			// The same rows.
			a, b := intakeRows(t, cliDB), intakeRows(t, apiDB)
			if len(a.tasks) < 24*31 {
				t.Errorf("%d tasks of batch 8", len(a.tasks))
			}
			if !reflect.DeepEqual(a, b) {
				t.Errorf("stored rows differ:\ncli %+v\napi %+v", a.batch, b.batch)
				for i := range min(len(a.tasks), len(b.tasks)) {
					if a.tasks[i] != b.tasks[i] {
						t.Errorf("first differing task: %q / %q", a.tasks[i], b.tasks[i])
						break
					}
				}
			}
			// Audited once each: the second runs changed nothing.
			for _, db := range []*sqldb.DB{cliDB, apiDB} {
				for _, action := range []string{"notice.import", "tasks.assign"} {
					es, err := db.AuditEntries(s.ctx, rollout.AuditFilter{Action: action, Object: "batch:8"})
					if err != nil || len(es) != 1 {
						t.Errorf("%s: %d entries, %v", action, len(es), err)
					}
				}
			}
		})
	}
}

// storedIntake is what a notice and its assignment leave, without IDs and
// times.
type storedIntake struct {
	batch  [6]string
	source []byte
	items  []string
	tasks  []string
}

func intakeRows(t *testing.T, db *sqldb.DB) storedIntake {
	t.Helper()
	ctx := context.Background()
	b, err := db.BatchByNumber(ctx, 8)
	if err != nil {
		t.Fatal(err)
	}
	src, err := db.BatchSource(ctx, 8)
	if err != nil {
		t.Fatal(err)
	}
	out := storedIntake{batch: [6]string{b.DocNo, b.Title, b.Issuer, b.IssuedOn.Format("2006-01-02"), b.Fingerprint, src.Format}, source: src.Body}
	for _, it := range b.Items {
		out.items = append(out.items, fmt.Sprint(it.Seq, it.Name, it.Aliases, it.Content, it.Responsible, it.Scope, it.Domain))
	}
	ts, err := db.Tasks(ctx, rollout.TaskFilter{Batch: 8})
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range ts {
		out.tasks = append(out.tasks, fmt.Sprint(tk.ItemSeq, tk.UnitCode, tk.UnitName, tk.Role, tk.State, tk.ParentID != 0))
	}
	slices.Sort(out.tasks)
	return out
}
