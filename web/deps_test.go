package web

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoStorageDependency keeps the layering honest: web reads through
// rollout.CatalogService and never imports storage or a database driver; only
// cmd/rollout wires the two.
func TestNoStorageDependency(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	out, err := exec.Command(gobin, "list", "-deps", "rollout/web").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps rollout/web: %v\n%s", err, out)
	}
	forbidden := []string{"rollout/sqldb", "modernc.org/sqlite", "github.com/jackc/pgx", "database/sql"}
	for dep := range strings.FieldsSeq(string(out)) {
		for _, f := range forbidden {
			if dep == f || strings.HasPrefix(dep, f+"/") {
				t.Errorf("rollout/web depends on %s", dep)
			}
		}
	}
}
