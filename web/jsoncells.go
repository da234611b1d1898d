package web

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"rollout"
)

// The matrix and the drill-down answer hundreds of cells (715 for the
// national matrix), each some 30 fields. encoding/json finds them by
// reflection, field by field, and a time through its MarshalJSON, whose output
// it checks again; these answers are written directly instead, indented as
// writeJSON indents, byte for byte what encoding/json writes
// (TestCellsJSONSameAsEncoder fills every field of a cell, whatever fields
// rollout.Cell and rollout.Tally come to have, and compares).

// indentedJSON is a value that writes itself as writeJSON would write it:
// indented by two spaces, with the final newline.
type indentedJSON interface {
	appendIndentedJSON(dst []byte) ([]byte, error)
}

func (m apiMatrix) appendIndentedJSON(dst []byte) ([]byte, error) {
	dst = append(dst, "{\n  \"batch\": "...)
	dst = strconv.AppendInt(dst, int64(m.Batch), 10)
	dst = append(dst, ",\n  \"cells\": "...)
	dst, err := appendCellsJSON(dst, m.Cells)
	if err != nil {
		return nil, err
	}
	dst = append(dst, ",\n  \"total\": "...)
	dst = appendTallyJSON(dst, &m.Total, 1)
	dst = append(dst, ",\n  \"verified_total\": "...)
	dst = appendTallyJSON(dst, &m.VerifiedTotal, 1)
	dst = append(dst, ",\n  \"partial\": "...)
	dst = strconv.AppendBool(dst, m.Partial)
	return append(dst, "\n}\n"...), nil
}

func (b apiBelow) appendIndentedJSON(dst []byte) ([]byte, error) {
	dst = append(dst, "{\n  \"task_id\": "...)
	dst = strconv.AppendInt(dst, b.TaskID, 10)
	dst = append(dst, ",\n  \"cells\": "...)
	dst, err := appendCellsJSON(dst, b.Cells)
	if err != nil {
		return nil, err
	}
	dst = append(dst, ",\n  \"total\": "...)
	dst = appendTallyJSON(dst, &b.Total, 1)
	dst = append(dst, ",\n  \"verified_total\": "...)
	dst = appendTallyJSON(dst, &b.VerifiedTotal, 1)
	return append(dst, "\n}\n"...), nil
}

// appendCellsJSON appends cells as the array of a field one level deep; nil
// is null, as encoding/json writes a nil slice.
func appendCellsJSON(dst []byte, cells []rollout.Cell) ([]byte, error) {
	switch {
	case cells == nil:
		return append(dst, "null"...), nil
	case len(cells) == 0:
		return append(dst, "[]"...), nil
	}
	dst = append(dst, '[')
	var err error
	for i := range cells {
		if i > 0 {
			dst = append(dst, ',')
		}
		if dst, err = appendCellJSON(dst, &cells[i]); err != nil {
			return nil, err
		}
	}
	return append(dst, "\n  ]"...), nil
}

// appendCellJSON appends a cell as an element of appendCellsJSON's array: its
// fields three levels deep, in rollout.Cell's order, Tally's inline.
func appendCellJSON(dst []byte, c *rollout.Cell) ([]byte, error) {
	const field = "\n      \""
	dst = append(dst, "\n    {"+field+"item_id\": "...)
	dst = strconv.AppendInt(dst, c.ItemID, 10)
	dst = append(dst, ","+field+"batch\": "...)
	dst = strconv.AppendInt(dst, int64(c.Batch), 10)
	dst = append(dst, ","+field+"item_seq\": "...)
	dst = strconv.AppendInt(dst, int64(c.ItemSeq), 10)
	dst = append(dst, ","+field+"unit_id\": "...)
	dst = strconv.AppendInt(dst, c.UnitID, 10)
	dst = append(dst, ","+field+"unit\": "...)
	dst = appendJSONString(dst, c.UnitName)
	dst = append(dst, ","+field+"unit_code\": "...)
	dst = appendJSONString(dst, c.UnitCode)
	dst = append(dst, ","+field+"task_id\": "...)
	dst = strconv.AppendInt(dst, c.TaskID, 10)
	dst = append(dst, ","+field+"status\": "...)
	dst = appendJSONString(dst, string(c.Status))
	var err error
	if !c.Since.IsZero() { // omitzero
		dst = append(dst, ","+field+"since\": \""...)
		if dst, err = c.Since.AppendText(dst); err != nil {
			return nil, err
		}
		dst = append(dst, '"')
	}
	dst = append(dst, ","+field+"divided\": "...)
	dst = strconv.AppendBool(dst, c.Divided)
	dst = append(dst, ',')
	dst = appendTallyFields(dst, &c.Tally, 3)
	dst = append(dst, ","+field+"verified_status\": "...)
	dst = appendJSONString(dst, string(c.VerifiedStatus))
	if !c.VerifiedSince.IsZero() {
		dst = append(dst, ","+field+"verified_since\": \""...)
		if dst, err = c.VerifiedSince.AppendText(dst); err != nil {
			return nil, err
		}
		dst = append(dst, '"')
	}
	dst = append(dst, ","+field+"verified\": "...)
	dst = appendTallyJSON(dst, &c.Verified, 3)
	return append(dst, "\n    }"...), nil
}

// appendTallyJSON appends a tally as an object whose key is depth levels deep.
func appendTallyJSON(dst []byte, t *rollout.Tally, depth int) []byte {
	dst = append(dst, '{')
	dst = appendTallyFields(dst, t, depth+1)
	dst = appendNewline(dst, depth)
	return append(dst, '}')
}

// appendTallyFields appends a tally's fields, each on its line depth levels
// deep, separated by commas.
func appendTallyFields(dst []byte, t *rollout.Tally, depth int) []byte {
	for i, f := range [...]struct {
		key string
		n   int
	}{{"leaves", t.Leaves}, {"not_started", t.NotStarted}, {"in_progress", t.InProgress}, {"implemented", t.Implemented},
		{"deepening", t.Deepening}, {"pending_approval", t.Pending}, {"not_applicable", t.NA}, {"central", t.Central},
		{"evidence", t.Evidence}} {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendNewline(dst, depth)
		dst = append(dst, '"')
		dst = append(dst, f.key...)
		dst = append(dst, "\": "...)
		dst = strconv.AppendInt(dst, int64(f.n), 10)
	}
	return dst
}

// appendJSONString appends s quoted as encoding/json quotes it with HTML left
// unescaped: as it is when nothing in it needs escaping (the names and codes
// of units, the statuses), else through encoding/json itself.
func appendJSONString(dst []byte, s string) []byte {
	plain := utf8.ValidString(s) && !strings.ContainsRune(s, '\u2028') && !strings.ContainsRune(s, '\u2029')
	for i := 0; plain && i < len(s); i++ {
		plain = s[i] >= 0x20 && s[i] != '"' && s[i] != '\\'
	}
	if plain {
		dst = append(dst, '"')
		dst = append(dst, s...)
		return append(dst, '"')
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	return append(dst, strings.TrimSuffix(b.String(), "\n")...)
}
