package sheet

import (
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite testdata/libreoffice.xlsx by saving the filled template with LibreOffice (soffice)")

// libreOfficeFile is the filled template (see filled) as LibreOffice saved it.
const libreOfficeFile = "testdata/libreoffice.xlsx"

// soffice converts in to the given format with LibreOffice and returns the
// new file's bytes.
func soffice(t *testing.T, in []byte, name, format string) []byte {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(dir, name)
	if err := os.WriteFile(src, in, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out := filepath.Join(dir, "out")
	cmd := exec.CommandContext(ctx, "soffice", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--headless", "--convert-to", format, "--outdir", out, src)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	matches, _ := filepath.Glob(filepath.Join(out, "*"))
	if len(matches) != 1 {
		t.Fatalf("soffice wrote %v", matches)
	}
	data, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestLibreOffice reads the filled template as LibreOffice saved it: the copy
// kept in testdata always, and, where soffice is installed, the template saved
// again now, directly and by way of an .ods file.
func TestLibreOffice(t *testing.T) {
	const xlsx = `xlsx:Calc MS Excel 2007 XML`
	files := map[string][]byte{}
	if _, err := exec.LookPath("soffice"); err == nil && !testing.Short() {
		files["saved as xlsx"] = soffice(t, filled(t), "filled.xlsx", xlsx)
		files["saved as ods, then xlsx"] = soffice(t, soffice(t, filled(t), "filled.xlsx", "ods"), "filled.ods", xlsx)
		if *update {
			if err := os.WriteFile(libreOfficeFile, files["saved as xlsx"], 0o644); err != nil {
				t.Fatal(err)
			}
		}
	} else if *update {
		t.Fatal("-update needs soffice")
	} else {
		t.Log("soffice is not installed (or -short): reading the stored file only")
	}
	stored, err := os.ReadFile(libreOfficeFile)
	if err != nil {
		t.Fatal(err)
	}
	files["stored"] = stored
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			got := read(t, data)
			if got.UnitCode != "440000" || got.UnitID != 4 || got.Period != "2024Q1" || len(got.Errors) > 0 {
				t.Errorf("got %s %d %s, errors %v", got.UnitCode, got.UnitID, got.Period, got.Errors)
			}
			if !reflect.DeepEqual(got.Rows, filledRows) {
				t.Errorf("rows:\n got %+v\nwant %+v", got.Rows, filledRows)
			}
		})
	}
}
