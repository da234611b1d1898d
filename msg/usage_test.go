package msg

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The rules of the catalogue over the whole module, read from the source:
//   - every refusal is made with rollout.E and a key the catalogue has, in both
//     languages; rollout.Errorf (a sentence made outside the catalogue) is gone;
//   - every literal key handed to msg.Text, web's tr and invalid, or rollout.E
//     exists;
//   - no Chinese string literal stands in a file outside the catalogue, except
//     in the files listed in hanAllowed, each for the reason given there.

// hanAllowed are the files whose Chinese string literals are not sentences
// said to people: the vocabulary of the documents rollout reads and writes
// (notice and re-issue wording, spreadsheet column titles, unit-name
// suffixes), reference data, and synthetic data sets. Each entry says why.
var hanAllowed = map[string]string{
	"cascade.go":       "unit-name abbreviations and suffixes matched in re-issue documents",
	"notice.go":        "the wording of notices that identifies an instrument and a scope",
	"scope.go":         "scope phrases of notices (全国, 自贸试验区, 沿海地区)",
	"task.go":          "deadline phrases of documents (2024年6月底, 年底)",
	"coordination.go":  "the wording of titles that identifies an instrument, and the coordinating unit's name",
	"refdata/":         "reference data and its parsing",
	"gen/":             "the synthetic data set, marked 合成",
	"notice/":          "the wording of notices and re-issues the reader matches",
	"sheet/":           "column titles and cell values of the spreadsheets people exchange",
	"officedoc/":       "the font names GB/T 9704 sets for official documents (仿宋_GB2312, 黑体, ...)",
	"sqldb/gen.go":     "the synthetic data set",
	"web/i18n.go":      "Chinese numerals and dates",
	"e2e/":             "browser tests",
	"intake/intake.go": "the 文号 of the notice the shipped proposed indicators belong to",
	"standard.go":      "the level words (省, 自治区, 市) of provincial departments' names in re-issue documents",
	// Not yet in the catalogue (issue 13 leaves them to a later slice): the
	// formulas a scorecard stores with each score, and the command line's
	// own output beside its refusals.
	"scorecard.go": "formulas stored with a frozen scorecard (to move with a format version)",
	"cmd/rollout/": "the command line's output and help (to move into the catalogue)",
}

var han = regexp.MustCompile(`\p{Han}`)

func TestCatalogueUse(t *testing.T) {
	root := ".."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if d.Name() == "testdata" || (strings.HasPrefix(d.Name(), ".") && rel != ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".go") || strings.HasSuffix(rel, "_test.go") || strings.HasPrefix(rel, "msg/") {
			return nil
		}
		checkFile(t, rel, path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func allowed(rel string) bool {
	for k := range hanAllowed {
		if rel == k || (strings.HasSuffix(k, "/") && strings.HasPrefix(rel, k)) {
			return true
		}
	}
	return false
}

func checkFile(t *testing.T, rel, path string) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	rootPkg := !strings.Contains(rel, "/")
	keyArg := map[string]int{} // function → index of its key argument
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			name := ""
			switch fn := n.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
				if rootPkg && (name == "E" || name == "Errorf") {
					name = "rollout." + name
				}
			case *ast.SelectorExpr:
				if x, ok := fn.X.(*ast.Ident); ok {
					name = x.Name + "." + fn.Sel.Name
				}
			}
			if name == "rollout.Errorf" {
				t.Errorf("%s: rollout.Errorf makes a sentence outside the catalogue; use rollout.E with a key", fset.Position(n.Pos()))
			}
			idx, ok := map[string]int{"rollout.E": 1, "msg.Text": 1, "tr": 1, "invalid": 1, "msg.Key": 0}[name]
			if !ok || len(n.Args) <= idx {
				return true
			}
			keyArg[name]++
			if lit, ok := n.Args[idx].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				k, _ := strconv.Unquote(lit.Value)
				if k != Raw && !Has(k) {
					t.Errorf("%s: %s(%q): no such key in the catalogue", fset.Position(lit.Pos()), name, k)
				}
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING && han.MatchString(n.Value) && !allowed(rel) {
				t.Errorf("%s: Chinese text outside the catalogue: %s", fset.Position(n.Pos()), n.Value)
			}
		}
		return true
	})
}

// TestAllowedFilesExist keeps hanAllowed honest: an entry for a file or
// folder that is gone is removed.
func TestAllowedFilesExist(t *testing.T) {
	for k := range hanAllowed {
		matches, _ := filepath.Glob(filepath.Join("..", strings.TrimSuffix(k, "/")))
		if !slices.ContainsFunc(matches, func(string) bool { return true }) {
			t.Errorf("hanAllowed names %s, which does not exist", k)
		}
	}
}
