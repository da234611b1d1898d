package chart

import (
	"fmt"
	"math"
	"strings"
)

// Bar is one bar: its label, value, the value as text, and an optional link.
type Bar struct {
	Label string
	Value float64
	Text  string
	Href  string
}

// Bars draws horizontal bars, one per row, scaled to max (the largest value
// when max is 0), in the given colour.
func Bars(title string, bars []Bar, max float64, color string) string {
	if max <= 0 {
		for _, b := range bars {
			max = math.Max(max, b.Value)
		}
	}
	if max <= 0 {
		max = 1
	}
	const w, labelW, rowH, top = 640.0, 200.0, 22.0, 30.0
	h := top + float64(len(bars))*rowH + 10
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" role="img" aria-labelledby="bars-title" class="chart bars" font-family="sans-serif" font-size="12">`,
		num(w), num(h))
	fmt.Fprintf(&b, `<title id="bars-title">%s</title><text x="0" y="16" font-weight="bold" font-size="14">%s</text>`, esc(title), esc(title))
	plotW := w - labelW - 70
	for i, bar := range bars {
		y := top + float64(i)*rowH
		bw := math.Max(0, bar.Value/max*plotW)
		fmt.Fprintf(&b, `<text x="%s" y="%s" text-anchor="end">%s</text>`, num(labelW-6), num(y+14), esc(bar.Label))
		mark := fmt.Sprintf(`<rect x="%s" y="%s" width="%s" height="16" fill="%s"><title>%s</title></rect>`,
			num(labelW), num(y+2), num(bw), color, esc(bar.Label+"："+bar.Text))
		if bar.Href != "" {
			fmt.Fprintf(&b, `<a href="%s">%s</a>`, esc(bar.Href), mark)
		} else {
			b.WriteString(mark)
		}
		fmt.Fprintf(&b, `<text x="%s" y="%s">%s</text>`, num(labelW+bw+4), num(y+14), esc(bar.Text))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// Point is one point of a line: its label on the x axis, its value, and the
// value as text.
type Point struct {
	Label string
	Value float64
	Text  string
}

// Line draws a line over the points, with the y axis from 0 to max (the
// largest value when max is 0) and gridlines at quarters labelled by yLabel.
func Line(title string, points []Point, max float64, yLabel func(float64) string, color string) string {
	if max <= 0 {
		for _, p := range points {
			max = math.Max(max, p.Value)
		}
	}
	if max <= 0 {
		max = 1
	}
	const w, h, left, right, top, bottom = 640.0, 300.0, 60.0, 20.0, 34.0, 40.0
	plotW, plotH := w-left-right, h-top-bottom
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" role="img" aria-labelledby="line-title" class="chart line" font-family="sans-serif" font-size="12">`,
		num(w), num(h))
	fmt.Fprintf(&b, `<title id="line-title">%s</title><text x="0" y="16" font-weight="bold" font-size="14">%s</text>`, esc(title), esc(title))
	for i := 0; i <= 4; i++ {
		v := max * float64(i) / 4
		y := top + plotH - plotH*float64(i)/4
		fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#ddd"/><text x="%s" y="%s" text-anchor="end">%s</text>`,
			num(left), num(y), num(left+plotW), num(y), num(left-6), num(y+4), esc(yLabel(v)))
	}
	fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#333"/>`, num(left), num(top+plotH), num(left+plotW), num(top+plotH))
	step := plotW
	if len(points) > 1 {
		step = plotW / float64(len(points)-1)
	}
	xy := func(i int, v float64) (float64, float64) {
		x := left + float64(i)*step
		if len(points) == 1 {
			x = left + plotW/2
		}
		return x, top + plotH - v/max*plotH
	}
	if len(points) > 1 {
		var d strings.Builder
		for i, p := range points {
			x, y := xy(i, p.Value)
			if i == 0 {
				d.WriteString("M")
			} else {
				d.WriteString("L")
			}
			d.WriteString(num(x) + " " + num(y))
		}
		fmt.Fprintf(&b, `<path d="%s" fill="none" stroke="%s" stroke-width="2"/>`, d.String(), color)
	}
	for i, p := range points {
		x, y := xy(i, p.Value)
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="3.5" fill="%s"><title>%s</title></circle>`, num(x), num(y), color, esc(p.Label+"："+p.Text))
		fmt.Fprintf(&b, `<text x="%s" y="%s" text-anchor="middle">%s</text>`, num(x), num(top+plotH+16), esc(p.Label))
	}
	b.WriteString(`</svg>`)
	return b.String()
}
