package rollout

// SheetLimits bounds a spreadsheet (.xlsx) read from a user — uploaded to a
// page or the API, or given to the command line — so that a hostile file
// cannot take the server's memory or time: every bound is checked while the
// file is read, before anything is allocated for what it declares. A file
// beyond any bound is refused (EINVALID) with a sentence naming the bound.
//
// With ReportSheetLimits, reading one file holds at most Cells cell values (16 bytes
// each), SharedText and CellText bytes of text and four bytes per shared
// string — under 30 MB — and a few tokens of XML at a time.
type SheetLimits struct {
	// FileSize is the largest file, in bytes, as uploaded (compressed).
	FileSize int64
	// Entries is the most parts (zip entries) the file may hold; a
	// spreadsheet has a few dozen.
	Entries int
	// PartSize is the most one part may unzip to, declared or actual; Unzipped
	// the most all parts together may declare.
	PartSize, Unzipped int64
	// Ratio is the most a part larger than RatioFloor bytes may unzip to per
	// byte compressed: spreadsheets compress about tenfold, zip bombs a
	// thousandfold.
	Ratio, RatioFloor int64
	// Rows and Columns are the shape of the sheet: a cell beyond row Rows or
	// column Columns is refused by name, and so is a sheet that declares a
	// larger used range.
	Rows, Columns int
	// Cells is the most cells a sheet read may hold, each row counted up to
	// its last cell.
	Cells int
	// SharedStrings is the most strings the shared-strings table may hold,
	// SharedText the most bytes of their text.
	SharedStrings int
	SharedText    int64
	// CellText is the most bytes of text a sheet may hold in its own cells
	// (inline strings, numbers, formula results).
	CellText int64
	// Token is the most bytes of one XML token: a cell's text (Excel allows
	// 32,767 characters), a tag with its attributes.
	Token int
}

// ReportSheetLimits bounds a progress report template read back (sheet.ReadTemplate).
// A unit's template has one row per task under a title and a header row, 16
// columns and two per indicator of its items; 10,000 tasks make a file of
// under 1 MB that unzips to under 8 MB.
var ReportSheetLimits = SheetLimits{
	FileSize:      MaxTemplateSize,
	Entries:       1000,
	PartSize:      32 << 20,
	Unzipped:      64 << 20,
	Ratio:         100,
	RatioFloor:    1 << 20,
	Rows:          20000,
	Columns:       128,
	Cells:         500_000,
	SharedStrings: 500_000,
	SharedText:    8 << 20,
	CellText:      8 << 20,
	Token:         1 << 20,
}
