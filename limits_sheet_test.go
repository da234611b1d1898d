package rollout

import "testing"

// The bounds of a template read back hold together: what they let one file
// hold stays under half of the 64 MB a hostile file may raise the heap by
// (the other half is the collector's headroom), and they let through the
// largest template the system makes.
func TestReportSheetLimits(t *testing.T) {
	l := ReportSheetLimits
	held := int64(l.Cells)*16 + l.SharedText + int64(l.SharedStrings)*4 + l.CellText + int64(l.Rows)*24 + 3*int64(l.Token)
	for _, c := range []struct {
		what string
		ok   bool
	}{
		{"what a file may hold is under 32 MB", held <= 32<<20},
		{"a part fits in the sum of parts", l.PartSize <= l.Unzipped},
		{"a token fits in the text of cells and of shared strings", int64(l.Token) <= l.CellText && int64(l.Token) <= l.SharedText},
		{"the shape is within a spreadsheet's (1,048,576 rows, 16,384 columns)", l.Rows <= 1<<20 && l.Columns <= 1<<14},
		{"10,000 tasks of 16 columns and 10 indicators fit", l.Rows >= 10002 && l.Columns >= 16+1+2*10 && l.Cells >= 10002*(16+1+2*10)},
		{"a cell of 32,767 characters of three bytes fits in a token", l.Token >= 32767*3},
		{"a template's few dozen parts fit", l.Entries >= 100},
	} {
		if !c.ok {
			t.Errorf("%s: %+v (holds %d MB)", c.what, l, held>>20)
		}
	}
}
