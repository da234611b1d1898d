package web

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"net/http/httptest"
	"reflect"
	"testing"
	"time"

	"rollout"
)

// stdlibJSON is what writeJSON wrote before it indented by itself: the
// standard library's encoder with the same settings.
func stdlibJSON(t testing.TB, v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// awkward are strings that encoding/json escapes, or must not: quotes,
// backslashes, braces and commas inside strings, HTML, control characters,
// U+2028, invalid UTF-8, Chinese.
var awkward = []string{"", `"`, `\`, `\"`, `"\\"`, "{[,:]}", `a,"b":{c}`, "<b>&amp;</b>", "\n\t\r\b\f\x00\x1f",
	"\u2028\u2029", "\xff\xfe", "国务院办公厅", "自贸试验区 \"临港\" 新片区\\", "  spaces  "}

// writeJSON answers byte for byte what encoding/json's indenting encoder
// wrote, for the matrix's cells with every field set and strings that need
// escaping, for empty and nested values, and for scalars.
func TestWriteJSONSameAsEncoder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var cells []rollout.Cell
	for i := range 200 {
		c := rollout.Cell{ItemID: r.Int64N(1 << 40), Batch: r.IntN(10), ItemSeq: i, UnitID: r.Int64(), TaskID: -r.Int64(),
			UnitName: awkward[i%len(awkward)], UnitCode: awkward[(i+3)%len(awkward)], Status: rollout.ReportStatus(awkward[(i+5)%len(awkward)]),
			Divided: i%2 == 0, VerifiedStatus: rollout.ReportStatus("implemented")}
		if i%3 != 0 {
			c.Since = time.Date(2024, 1, 2, 3, 4, 5, r.IntN(1e9), time.FixedZone("", 8*3600))
			c.VerifiedSince = time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)
		}
		c.Tally = rollout.Tally{Leaves: r.IntN(5000), NotStarted: r.IntN(9), InProgress: -1, Implemented: i, Evidence: 1 << 30}
		c.Verified = rollout.Tally{Central: i, NA: r.IntN(3)}
		cells = append(cells, c)
	}
	values := map[string]any{
		"matrix":        apiMatrix{Batch: 7, Cells: cells, Partial: true},
		"empty matrix":  apiMatrix{Batch: 1, Cells: []rollout.Cell{}},
		"below":         apiBelow{TaskID: 3, Cells: cells[:5]},
		"error":         apiErrorBody{Error: apiErrorDetail{Code: "not_found", Message: awkward[7]}},
		"empty things":  map[string]any{"a": []int{}, "b": map[string]int{}, "c": [][]any{{}, {map[string]any{}}}, "d": nil},
		"nested arrays": [][][]int{{{1, 2}, {}}, {{3}}},
		"strings":       awkward,
		"scalars":       []any{1.5e300, math.Copysign(0, -1), 1e-7, 3, true, false, nil, "x"},
		"string":        `top "level" \ string`,
		"number":        42,
		"null":          nil,
		"deep":          deepValue(40),
	}
	for name, v := range values {
		want := stdlibJSON(t, v)
		rec := httptest.NewRecorder()
		if err := writeJSON(rec, 200, v); err != nil {
			t.Fatal(err)
		}
		if got := rec.Body.Bytes(); !bytes.Equal(got, want) {
			t.Errorf("%s: writeJSON wrote\n%s\nencoding/json writes\n%s", name, got, want)
		}
	}
}

func deepValue(n int) any {
	if n == 0 {
		return []any{"leaf", 1}
	}
	return map[string]any{"k": deepValue(n - 1), "s": []any{n}}
}

// appendIndented indents any valid JSON, once made compact, as json.Indent does.
func FuzzAppendIndented(f *testing.F) {
	for _, s := range []string{`{}`, `[]`, `{"a":[1,{"b":"c\"}"}],"d":{}}`, `"x"`, `[[[]],[{}]]`, `{"\\":"\\\""}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if !json.Valid(src) {
			return
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, src); err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "", "  "); err != nil {
			t.Fatal(err)
		}
		if got := appendIndented(nil, compact.Bytes()); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("appendIndented(%q) =\n%s\njson.Indent gives\n%s", compact.Bytes(), got, want.Bytes())
		}
	})
}

// The matrix's and the drill-down's own encoders (jsoncells.go) write what
// encoding/json writes for cells whose every field is set — found by
// reflection, so that a field added to rollout.Cell or rollout.Tally and not
// to the encoders fails here — and for cells left at their zero values.
func TestCellsJSONSameAsEncoder(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var fill func(v reflect.Value, path string)
	fill = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[time.Time]() {
				v.Set(reflect.ValueOf(time.Date(2000+r.IntN(30), time.Month(1+r.IntN(12)), 1+r.IntN(28), r.IntN(24), 0, r.IntN(60),
					r.IntN(3)*r.IntN(1e9), time.FixedZone("", 3600*(r.IntN(25)-12)))))
				return
			}
			for i := range v.NumField() {
				fill(v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		case reflect.Int, reflect.Int64, reflect.Int32:
			v.SetInt(r.Int64N(1<<40) - 1<<39)
		case reflect.String:
			v.SetString(awkward[r.IntN(len(awkward))])
		case reflect.Bool:
			v.SetBool(r.IntN(2) == 0)
		default:
			t.Fatalf("%s: no random value for a %s: teach this test and jsoncells.go the new field", path, v.Kind())
		}
	}
	cells := make([]rollout.Cell, 300)
	for i := range cells {
		if i%7 != 0 { // every seventh left zero: times omitted, statuses empty
			fill(reflect.ValueOf(&cells[i]).Elem(), "Cell")
		}
	}
	var total, verified rollout.Tally
	fill(reflect.ValueOf(&total).Elem(), "Tally")
	fill(reflect.ValueOf(&verified).Elem(), "Tally")
	for name, v := range map[string]indentedJSON{
		"matrix":          apiMatrix{Batch: 7, Cells: cells, Total: total, VerifiedTotal: verified, Partial: true},
		"matrix of one":   apiMatrix{Batch: 1, Cells: cells[1:2]},
		"empty matrix":    apiMatrix{Cells: []rollout.Cell{}},
		"nil cells":       apiMatrix{},
		"below":           apiBelow{TaskID: 12, Cells: cells[:40], Total: total},
		"below of a leaf": apiBelow{TaskID: -1, Cells: []rollout.Cell{}},
	} {
		want := stdlibJSON(t, v)
		got, err := v.appendIndentedJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			i := 0
			for i < min(len(got), len(want)) && got[i] == want[i] {
				i++
			}
			t.Errorf("%s: differs from encoding/json at byte %d:\n%s\nwant\n%s", name, i, got[max(0, i-200):min(len(got), i+200)],
				want[max(0, i-200):min(len(want), i+200)])
		}
	}
	// A time encoding/json refuses, it refuses too.
	bad := apiMatrix{Cells: []rollout.Cell{{Since: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}}}
	if _, err := bad.appendIndentedJSON(nil); err == nil {
		t.Error("a year 10000 was written")
	}
}
