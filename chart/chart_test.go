package chart

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./chart -update to write it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (%d bytes, want %d); look at it and run go test ./chart -update if the change is meant", name, len(got), len(want))
	}
}

// wellFormed checks that s is one XML document.
func wellFormed(t *testing.T, s string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(s))
	for {
		if _, err := d.Token(); err == io.EOF {
			return
		} else if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
	}
}

func regions(t *testing.T) []Region {
	t.Helper()
	b, err := os.ReadFile("../refdata/china-provinces.geojson")
	if err != nil {
		t.Fatal(err)
	}
	rs, err := ParseRegions(b)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func TestParseRegions(t *testing.T) {
	rs := regions(t)
	provinces, other := 0, map[string]bool{}
	for _, r := range rs {
		if r.Kind == "province_level" && len(r.Code) == 6 {
			provinces++
		} else {
			other[r.Name] = true
		}
	}
	if provinces != 31 || !other["台湾"] || !other["香港"] || !other["澳门"] || !other["南海诸岛"] || len(rs) != 35 {
		t.Errorf("%d provinces, others %v, %d features", provinces, other, len(rs))
	}
	if _, err := ParseRegions([]byte(`{"features":[]}`)); err == nil {
		t.Error("an empty collection is accepted")
	}
}

func TestMapGolden(t *testing.T) {
	rs := regions(t)
	values := map[string]MapValue{
		"440000": {Value: 0.85, Text: "85.0%", Href: "/tasks/1/below"},
		"510000": {Value: 0.5, Text: "50.0%"},
		"330000": {Value: 0.1, Text: "10.0%"},
	}
	svg := Map(rs, MapOptions{Title: "各省覆盖率", Measure: "覆盖率", Scale: CoverageScale(), Values: values,
		NoData: "无数据", OutOfScope: "不在推广范围", Inset: "示意"})
	wellFormed(t, svg)
	for _, want := range []string{`fill="#006d2c" stroke="#fff" stroke-width="0.6" data-code="440000"`, `<a href="/tasks/1/below">`,
		"<title>广东：85.0%</title>", "台湾：不在推广范围", "≥ 80%", "南海诸岛（示意）"} {
		if !strings.Contains(svg, want) {
			t.Errorf("map lacks %q", want)
		}
	}
	if n := strings.Count(svg, "<path"); n != 35 {
		t.Errorf("%d paths, want one per feature (35)", n)
	}
	if len(svg) > 400_000 {
		t.Errorf("map is %d bytes: thin it more", len(svg))
	}
	golden(t, "map.svg", svg)
}

func TestLineGolden(t *testing.T) {
	pts := []Point{{"2023Q3", 0, "0.0%"}, {"2023Q4", 0.25, "25.0%"}, {"2024Q1", 0.4, "40.0%"}, {"2024Q2", 0.625, "62.5%"}}
	svg := Line("全国覆盖率", pts, 1, func(v float64) string { return fmt.Sprintf("%.0f%%", v*100) }, "#31a354")
	wellFormed(t, svg)
	if !strings.Contains(svg, "<title>2024Q2：62.5%</title>") || !strings.Contains(svg, ">100%<") {
		t.Errorf("line chart lacks its marks or axis:\n%s", svg)
	}
	golden(t, "line.svg", svg)
}

func TestBars(t *testing.T) {
	svg := Bars("按领域", []Bar{{"投资贸易便利化", 3, "3", "/x?a=1&b=2"}, {"金融开放创新", 6, "6", ""}}, 0, "#31a354")
	wellFormed(t, svg)
	if !strings.Contains(svg, `href="/x?a=1&amp;b=2"`) || !strings.Contains(svg, `width="370"`) {
		t.Errorf("bars:\n%s", svg)
	}
	if bytes.Contains([]byte(svg), []byte("NaN")) {
		t.Error("NaN in bars")
	}
}

func TestScales(t *testing.T) {
	s := CountScale(12, Reds)
	if s.Color(0) != Reds[0] || s.Color(3) != Reds[1] || s.Color(12) != Reds[4] || s.Labels[0] != "0–2" || s.Labels[4] != "≥ 12" {
		t.Errorf("count scale %+v", s)
	}
	if c := CoverageScale(); c.Color(0.79) != Greens[3] || c.Color(0.8) != Greens[4] || c.Color(0) != Greens[0] {
		t.Errorf("coverage scale")
	}
}
