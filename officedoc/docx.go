// Package officedoc writes official documents (公文) as Word files (.docx)
// laid out as GB/T 9704-2012 lays out a document: A4 paper with margins of
// 37 mm (top), 35 mm (bottom), 28 mm (left) and 26 mm (right); the issuing
// authority's mark (发文机关标志) in red, centred, the document number
// (发文字号) under it and a red rule across the type area; the title
// (标题) in 小标宋 二号, centred; the addressees (主送机关) and the body
// (正文) in 仿宋 三号 with the first line of each paragraph indented by two
// characters; first-level headings in 黑体, second-level in 楷体; the issuer
// and the date (成文日期) at the right below the body; page numbers
// "— 1 —" at the foot of each page.
//
// Only the standard library is used: a .docx is a ZIP archive of
// WordprocessingML parts (ECMA-376). Word, WPS and LibreOffice open what
// Write produces; a test converts it with LibreOffice.
package officedoc

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"
)

// Document is an official document to write.
type Document struct {
	Issuer     string // the issuing authority (发文机关), printed in red at the top and as the signature
	DocNo      string // the document number (发文字号), e.g. 自贸办评〔2025〕3号
	Title      string // 标题
	Addressees string // 主送机关, ending with a colon
	Blocks     []Block
	Date       string // 成文日期 as written, e.g. 二〇二五年一月十五日
	// Created is the time written in the file's properties.
	Created time.Time
}

// BlockKind is what a block of the body is.
type BlockKind int

const (
	Para     BlockKind = iota // a paragraph, first line indented two characters
	Heading1                  // 一、… in 黑体
	Heading2                  // （一）… in 楷体
	Table                     // a table: Header and Rows
	Note                      // a note below a table, smaller, not indented
)

// Block is one block of the body.
type Block struct {
	Kind   BlockKind
	Text   string
	Header []string
	Rows   [][]string
	// Widths are the columns' shares of the type area (they need not add up
	// to anything: they are scaled); equal when empty.
	Widths []float64
}

// The fonts of GB/T 9704: 小标宋 for the mark and the title, 仿宋 for the
// body, 黑体 and 楷体 for headings. Each is named as Windows names it, with
// the fonts a reader without it falls back to through the font's own
// table (Word and WPS map the GB2312 names to the system's 仿宋 and 楷体).
const (
	fontSong  = "方正小标宋简体"
	fontFang  = "仿宋_GB2312"
	fontHei   = "黑体"
	fontKai   = "楷体_GB2312"
	fontLatin = "Times New Roman"
)

// Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt.
const (
	sizeMark  = 52 // 26 pt: the mark is set larger than the title
	sizeTitle = 44
	sizeBody  = 32
	sizeNote  = 28
	sizeTable = 24
)

// A4 and its margins in twentieths of a point (1 mm = 56.7 twips).
const (
	pageW, pageH = 11906, 16838
	marginTop    = 2098 // 37 mm
	marginBottom = 1984 // 35 mm
	marginLeft   = 1587 // 28 mm
	marginRight  = 1474 // 26 mm
	typeWidth    = pageW - marginLeft - marginRight
	lineExact    = 579 // 28.95 pt: 22 lines on a page of 225 mm
	red          = "FF0000"
)

// Write writes d as a .docx.
func Write(d *Document) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	created := d.Created
	if created.IsZero() {
		created = time.Now()
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", fmt.Sprintf(coreProps, esc(d.Title), esc(d.Issuer), created.UTC().Format(time.RFC3339), created.UTC().Format(time.RFC3339))},
		{"docProps/app.xml", appProps},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/styles.xml", styles()},
		{"word/settings.xml", settings},
		{"word/footer1.xml", footer()},
		{"word/document.xml", body(d)},
	}
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: created})
		if err != nil {
			return nil, fmt.Errorf("officedoc: %w", err)
		}
		if _, err := io.WriteString(w, p.body); err != nil {
			return nil, fmt.Errorf("officedoc: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("officedoc: %w", err)
	}
	return buf.Bytes(), nil
}

// esc escapes s for XML text and attribute values.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// run is a run of text in a font and size, optionally bold and coloured.
func run(text, font string, size int, color string) string {
	var b strings.Builder
	b.WriteString(`<w:r><w:rPr>`)
	fmt.Fprintf(&b, `<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s" w:hint="eastAsia"/>`, fontLatin, fontLatin, font, fontLatin)
	if color != "" {
		fmt.Fprintf(&b, `<w:color w:val="%s"/>`, color)
	}
	fmt.Fprintf(&b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>`, size, size)
	fmt.Fprintf(&b, `<w:t xml:space="preserve">%s</w:t></w:r>`, esc(text))
	return b.String()
}

// para is a paragraph with the given properties (inside w:pPr) and runs.
func para(props string, runs ...string) string {
	return `<w:p><w:pPr>` + props + `</w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

const (
	exact    = `<w:spacing w:before="0" w:after="0" w:line="579" w:lineRule="exact"/>`
	center   = `<w:jc w:val="center"/>`
	right    = `<w:jc w:val="right"/>`
	justify  = `<w:jc w:val="both"/>`
	indent2  = `<w:ind w:firstLineChars="200" w:firstLine="640"/>`
	noIndent = `<w:ind w:firstLine="0"/>`
)

func body(d *Document) string {
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`)
	// The mark, in red, with space above it as the layout of 公文 leaves.
	b.WriteString(para(`<w:spacing w:before="480" w:after="240" w:line="240" w:lineRule="auto"/>`+center, run(d.Issuer, fontSong, sizeMark, red)))
	// The document number, then the red rule (a bottom border of the
	// number's paragraph, across the type area).
	b.WriteString(para(exact+center+`<w:pBdr><w:bottom w:val="single" w:sz="12" w:space="8" w:color="`+red+`"/></w:pBdr>`,
		run(d.DocNo, fontFang, sizeBody, "")))
	b.WriteString(para(exact))
	b.WriteString(para(`<w:spacing w:before="0" w:after="0" w:line="720" w:lineRule="exact"/>`+center, run(d.Title, fontSong, sizeTitle, "")))
	b.WriteString(para(exact))
	if d.Addressees != "" {
		b.WriteString(para(exact+justify+noIndent, run(d.Addressees, fontFang, sizeBody, "")))
	}
	for _, bl := range d.Blocks {
		switch bl.Kind {
		case Heading1:
			b.WriteString(para(exact+justify+indent2+`<w:keepNext/>`, run(bl.Text, fontHei, sizeBody, "")))
		case Heading2:
			b.WriteString(para(exact+justify+indent2+`<w:keepNext/>`, run(bl.Text, fontKai, sizeBody, "")))
		case Note:
			b.WriteString(para(`<w:spacing w:before="60" w:after="120" w:line="400" w:lineRule="exact"/>`+justify+noIndent, run(bl.Text, fontFang, sizeNote, "")))
		case Table:
			b.WriteString(table(bl))
		default:
			b.WriteString(para(exact+justify+indent2, run(bl.Text, fontFang, sizeBody, "")))
		}
	}
	// The issuer and the date at the right, below a blank line: the date
	// four characters from the right margin, the issuer centred over it.
	b.WriteString(para(exact))
	b.WriteString(para(exact+right+`<w:ind w:right="1280"/>`, run(d.Issuer, fontFang, sizeBody, "")))
	b.WriteString(para(exact+right+`<w:ind w:right="1280"/>`, run(d.Date, fontFang, sizeBody, "")))
	fmt.Fprintf(&b, `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter1"/>`+
		`<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="851" w:footer="992" w:gutter="0"/>`+
		`<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="0"/></w:sectPr>`,
		pageW, pageH, marginTop, marginRight, marginBottom, marginLeft)
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}

// table writes a table across the type area: a header row repeated on each
// page, thin black borders, 小四 text.
func table(bl Block) string {
	cols := len(bl.Header)
	for _, r := range bl.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return ""
	}
	widths := make([]int, cols)
	total := 0.0
	for i := 0; i < cols; i++ {
		if i < len(bl.Widths) {
			total += bl.Widths[i]
		} else {
			total++
		}
	}
	for i := range widths {
		w := 1.0
		if i < len(bl.Widths) {
			w = bl.Widths[i]
		}
		widths[i] = int(float64(typeWidth) * w / total)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>`, typeWidth)
	b.WriteString(`<w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		fmt.Fprintf(&b, `<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>`, side)
	}
	b.WriteString(`</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	row := func(cells []string, header bool) {
		b.WriteString(`<w:tr>`)
		if header {
			b.WriteString(`<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>`)
		} else {
			b.WriteString(`<w:trPr><w:cantSplit/></w:trPr>`)
		}
		for i := 0; i < cols; i++ {
			text := ""
			if i < len(cells) {
				text = cells[i]
			}
			font := fontFang
			if header {
				font = fontHei
			}
			fmt.Fprintf(&b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>`, widths[i])
			b.WriteString(para(`<w:spacing w:before="40" w:after="40" w:line="360" w:lineRule="exact"/>`+center+noIndent, run(text, font, sizeTable, "")))
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	if len(bl.Header) > 0 {
		row(bl.Header, true)
	}
	for _, r := range bl.Rows {
		row(r, false)
	}
	b.WriteString(`</w:tbl>`)
	// A table cannot end a cell or the body; a paragraph after it also
	// keeps it apart from the next table.
	return b.String() + para(`<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>`)
}

// footer is the page number, "— 1 —", in 宋体 四号, centred.
func footer() string {
	num := func(text string) string { return run(text, "宋体", sizeNote, "") }
	field := `<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>` +
		`<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>` +
		`<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>` +
		`<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>`
	return xml.Header + `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
		para(center, num("— "), field, num(" —")) + `</w:ftr>`
}

func styles() string {
	return xml.Header + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
		`<w:docDefaults><w:rPrDefault><w:rPr>` +
		fmt.Sprintf(`<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>`, fontLatin, fontLatin, fontFang, fontLatin) +
		`<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="579" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
		`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
		`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
		`</w:styles>`
}

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const packageRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
	`</Relationships>`

const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="420"/>` +
	`<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

const coreProps = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
	`<dc:title>%s</dc:title><dc:creator>%s</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>`

const appProps = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>rollout</Application></Properties>`
