// Package chart draws the SVG pictures of rollout's pages with the standard
// library only: a map of China's provinces coloured by a measure (Map), a
// horizontal bar chart (Bars) and a line chart (Line). Each picture has a
// title, a legend where colours carry meaning, a <title> on every mark for
// screen readers and hover, and prints as it shows (no script, no external
// file). The pages put a table beside each picture as its text alternative.
//
// Output is deterministic: the same input gives the same bytes, so that tests
// compare it with golden files.
package chart

import (
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"
)

// esc escapes text for SVG content and attributes.
func esc(s string) string { return html.EscapeString(s) }

// num writes a coordinate with at most one decimal.
func num(f float64) string {
	return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64)
}

// Scale maps a value to one of its colours by thresholds: Colors[i] for
// values below Breaks[i], the last colour for the rest. len(Colors) must be
// len(Breaks)+1.
type Scale struct {
	Breaks []float64
	Colors []string
	// Labels name each class in the legend (len(Colors) of them).
	Labels []string
}

// Color is v's colour.
func (s Scale) Color(v float64) string {
	for i, b := range s.Breaks {
		if v < b {
			return s.Colors[i]
		}
	}
	return s.Colors[len(s.Colors)-1]
}

// Greens is a five-class sequential scale from pale to dark green, readable in
// grey print as well.
var Greens = []string{"#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"}

// Reds is a five-class sequential scale for counts of trouble.
var Reds = []string{"#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"}

// CoverageScale classes a share between 0 and 1 in fifths.
func CoverageScale() Scale {
	return Scale{Breaks: []float64{0.2, 0.4, 0.6, 0.8}, Colors: Greens,
		Labels: []string{"< 20%", "20–40%", "40–60%", "60–80%", "≥ 80%"}}
}

// CountScale classes counts from 0 to max in five classes of equal width
// (at least one per class), with colours from colors.
func CountScale(max int, colors []string) Scale {
	step := int(math.Ceil(float64(max) / 5))
	if step < 1 {
		step = 1
	}
	s := Scale{Colors: colors}
	for i := 1; i <= 4; i++ {
		s.Breaks = append(s.Breaks, float64(i*step))
	}
	for i := 0; i < 5; i++ {
		lo, hi := i*step, (i+1)*step-1
		switch {
		case i == 4:
			s.Labels = append(s.Labels, fmt.Sprintf("≥ %d", lo))
		case lo == hi:
			s.Labels = append(s.Labels, strconv.Itoa(lo))
		default:
			s.Labels = append(s.Labels, fmt.Sprintf("%d–%d", lo, hi))
		}
	}
	return s
}

// legend writes the colour boxes of a scale at (x, y), one per line, plus a
// grey box for "no data" when noData is not empty.
func legend(b *strings.Builder, x, y float64, title string, s Scale, noData string) {
	fmt.Fprintf(b, `<g class="legend" font-size="12"><text x="%s" y="%s" font-weight="bold">%s</text>`, num(x), num(y), esc(title))
	labels := append([]string{}, s.Labels...)
	colors := append([]string{}, s.Colors...)
	if noData != "" {
		labels, colors = append(labels, noData), append(colors, noDataColor)
	}
	for i := range labels {
		yy := y + 8 + float64(i)*18
		fmt.Fprintf(b, `<rect x="%s" y="%s" width="14" height="14" fill="%s" stroke="#666" stroke-width="0.5"/><text x="%s" y="%s">%s</text>`,
			num(x), num(yy), colors[i], num(x+20), num(yy+11), esc(labels[i]))
	}
	b.WriteString(`</g>`)
}

const noDataColor = "#e0e0e0"
