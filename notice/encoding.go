package notice

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"rollout"
)

// decodeText returns src as UTF-8. A file that is valid UTF-8 is taken as
// it is, whatever a web page declares (a page saved by a browser is UTF-8
// while its <meta> still says gbk). Otherwise it is read as GB18030 (which
// covers GBK and GB2312, the encodings Chinese Windows programs save in) when
// that gives Chinese text without a byte it cannot read; a note says so.
// Anything else is refused as before, naming the first line that is not
// UTF-8.
func decodeText(src []byte) ([]byte, []rollout.Diagnostic, error) {
	if utf8.Valid(src) {
		return src, nil, nil
	}
	if out, ok := fromGB18030(src); ok {
		return out, []rollout.Diagnostic{rollout.Diag(rollout.LevelInfo, "encoding-gbk", 0, "err.notice.diag.encoding-gbk")}, nil
	}
	return nil, nil, checkUTF8(src)
}

// fromGB18030 converts src from GB18030 and reports whether it reads as
// Chinese text: no byte that is no character, no control character but
// line breaks and tabs, and Han characters among what it gives.
func fromGB18030(src []byte) ([]byte, bool) {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(src)
	if err != nil || !utf8.Valid(out) {
		return nil, false
	}
	han := 0
	for _, r := range string(out) {
		switch {
		case r == utf8.RuneError:
			return nil, false
		case r < ' ' && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			return nil, false
		case unicode.Is(unicode.Han, r):
			han++
		}
	}
	return out, han > 0
}

func isUTF8Name(cs string) bool { return cs == "utf-8" || cs == "utf8" }

// isGBName reports a declared charset this reader converts from.
func isGBName(cs string) bool {
	switch strings.ReplaceAll(cs, "_", "-") {
	case "gbk", "gb2312", "gb18030", "x-gbk", "cp936", "windows-936", "euc-cn", "hz-gb-2312":
		return true
	}
	return false
}

// Magic numbers of containers that are no text.
var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1} // .doc, .xls, .wps
	pdfMagic = []byte("%PDF-")
	rtfMagic = []byte(`{\rtf`)
)

func isZip(src []byte) bool { return bytes.HasPrefix(src, zipMagic) }

// isPDF reports a PDF: its header within the first kilobyte, as readers
// allow.
func isPDF(src []byte) bool { return bytes.Contains(src[:min(len(src), 1024)], pdfMagic) }

// checkContainer refuses, with what to do instead, the files that are no
// text and that no reader here takes.
func checkContainer(src []byte) error {
	switch {
	case bytes.HasPrefix(src, oleMagic):
		return rollout.E(rollout.EINVALID, "err.notice.doc")
	case bytes.HasPrefix(src, rtfMagic):
		return rollout.E(rollout.EINVALID, "err.notice.rtf")
	}
	return nil
}
