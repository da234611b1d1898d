package rollout

import (
	"errors"
	"testing"
)

// TestTextOfFileNames: issue 15 item 8 for files. A file name that is not
// text (NUL, bytes that are not UTF-8) is refused before anything is stored,
// for evidence and for a problem's attachments alike.
func TestTextOfFileNames(t *testing.T) {
	for _, s := range []string{"a\x00.pdf", "\xff\xfe.pdf", "批复\xc3(.pdf"} {
		if IsText(s) {
			t.Errorf("IsText(%q)", s)
		}
		_, err := CheckEvidenceFile(Evidence{FileName: s}, []byte("%PDF-1.7"))
		var e *Error
		if !errors.As(err, &e) || e.Key != "err.report.file_name_text" {
			t.Errorf("evidence %q: %v", s, err)
		}
		if _, err := CheckAttachment(s, 10); !errors.As(err, &e) || e.Key != "err.coord.file_name_text" {
			t.Errorf("attachment %q: %v", s, err)
		}
	}
	for _, s := range []string{"批复.pdf", "a.pdf", "😀.pdf"} {
		if !IsText(s) {
			t.Errorf("IsText(%q) is false", s)
		}
		if _, err := CheckEvidenceFile(Evidence{FileName: s}, []byte("%PDF-1.7")); err != nil {
			t.Errorf("evidence %q: %v", s, err)
		}
		if _, err := CheckAttachment(s, 10); err != nil {
			t.Errorf("attachment %q: %v", s, err)
		}
	}
}
