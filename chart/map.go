package chart

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
)

// Region is one feature of the province map: a provincial-level unit (Code is
// its 6-digit code), 台湾, 香港 and 澳门 (Kind "taiwan", "sar"), or the schematic
// 南海诸岛 inset (Kind "south_china_sea_inset", no code).
type Region struct {
	Code  string
	Name  string
	Kind  string
	Label [2]float64     // lon, lat of the label point
	Rings [][][2]float64 // every ring of every polygon, lon/lat
}

// ParseRegions reads the GeoJSON FeatureCollection shipped in refdata
// (properties code, name, kind, cp; Polygon or MultiPolygon geometries).
func ParseRegions(geojson []byte) ([]Region, error) {
	var fc struct {
		Features []struct {
			Properties struct {
				Code *string    `json:"code"`
				Name string     `json:"name"`
				Kind string     `json:"kind"`
				CP   [2]float64 `json:"cp"`
			} `json:"properties"`
			Geometry struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal(geojson, &fc); err != nil {
		return nil, fmt.Errorf("read map: %w", err)
	}
	var out []Region
	for _, f := range fc.Features {
		r := Region{Name: f.Properties.Name, Kind: f.Properties.Kind, Label: f.Properties.CP}
		if f.Properties.Code != nil {
			r.Code = *f.Properties.Code
		}
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
				return nil, fmt.Errorf("read map: %s: %w", r.Name, err)
			}
			r.Rings = p
		case "MultiPolygon":
			var mp [][][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &mp); err != nil {
				return nil, fmt.Errorf("read map: %s: %w", r.Name, err)
			}
			for _, p := range mp {
				r.Rings = append(r.Rings, p...)
			}
		default:
			return nil, fmt.Errorf("read map: %s: geometry %q", r.Name, f.Geometry.Type)
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("read map: no features")
	}
	return out, nil
}

// MapValue is what the map shows for one province.
type MapValue struct {
	Value float64
	Text  string // the value as people read it, e.g. "62.5%" or "12"
	Href  string // where a click on the province goes; "" for none
}

// MapOptions are the map's title, its measure and the values by province code.
// Provinces without a value are drawn grey with NoData as their legend entry
// and title; 台湾, 香港 and 澳门 are drawn grey as outside the scope of the
// notices (OutOfScope).
type MapOptions struct {
	Title      string
	Measure    string // the legend's title
	Scale      Scale
	Values     map[string]MapValue
	NoData     string // e.g. "无数据或无权查看"
	OutOfScope string // e.g. "不在推广范围"
	Inset      string // the 南海诸岛 inset's caption
}

// Map dimensions: the drawing is 800 × 600 user units and scales with the page.
const (
	mapW, mapH = 800.0, 600.0
	// A plate carrée stretched by cos 35°, the middle latitude, keeps shapes
	// close to what people know at this scale.
	minLon, maxLon = 73.0, 136.0
	minLat, maxLat = 17.0, 54.0
	tolerance      = 0.8 // points closer than this (user units) to the last kept one are dropped
)

// projection maps lon/lat to the drawing: equirectangular, x scaled by cos 35°.
type projection struct{ k, kx, x0, y0 float64 }

func newProjection() projection {
	cos := math.Cos(35 * math.Pi / 180)
	kx := (mapW - 20) / ((maxLon - minLon) * cos)
	ky := (mapH - 20) / (maxLat - minLat)
	k := math.Min(kx, ky)
	return projection{k: k, kx: k * cos, x0: 10, y0: 10}
}

func (p projection) xy(lon, lat float64) (float64, float64) {
	return p.x0 + (lon-minLon)*p.kx, p.y0 + (maxLat-lat)*p.k
}

// path writes the rings as one SVG path, thinning points closer than the
// tolerance; rings that shrink below three points are dropped.
func (p projection) path(rings [][][2]float64) string {
	var b strings.Builder
	for _, ring := range rings {
		var pts [][2]float64
		for i, c := range ring {
			x, y := p.xy(c[0], c[1])
			if len(pts) > 0 && i != len(ring)-1 {
				l := pts[len(pts)-1]
				if math.Hypot(x-l[0], y-l[1]) < tolerance {
					continue
				}
			}
			pts = append(pts, [2]float64{x, y})
		}
		if len(pts) < 3 {
			continue
		}
		for i, q := range pts {
			if i == 0 {
				b.WriteString("M")
			} else {
				b.WriteString("L")
			}
			b.WriteString(num(q[0]) + " " + num(q[1]))
		}
		b.WriteString("Z")
	}
	return b.String()
}

// Map draws the provinces coloured by opt.Values with a legend, the 南海诸岛
// inset framed in the bottom right, and each province a link when its value
// has one.
func Map(regions []Region, opt MapOptions) string {
	p := newProjection()
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" role="img" aria-labelledby="map-title" class="chart map" font-family="sans-serif">`,
		num(mapW), num(mapH))
	fmt.Fprintf(&b, `<title id="map-title">%s</title>`, esc(opt.Title))
	b.WriteString(`<rect width="100%" height="100%" fill="#fff"/>`)
	sorted := append([]Region(nil), regions...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Code < sorted[j].Code })
	for _, r := range sorted {
		d := p.path(r.Rings)
		if d == "" {
			continue
		}
		switch {
		case r.Kind == "south_china_sea_inset":
			fmt.Fprintf(&b, `<path d="%s" fill="none" stroke="#555" stroke-width="0.8"><title>%s</title></path>`, d, esc(r.Name+"（"+opt.Inset+"）"))
			continue
		case r.Code == "" || r.Kind == "taiwan" || r.Kind == "sar":
			fmt.Fprintf(&b, `<path d="%s" fill="%s" stroke="#fff" stroke-width="0.6"><title>%s</title></path>`,
				d, noDataColor, esc(r.Name+"："+opt.OutOfScope))
			continue
		}
		v, ok := opt.Values[r.Code]
		fill, text := noDataColor, opt.NoData
		if ok {
			fill, text = opt.Scale.Color(v.Value), v.Text
		}
		shape := fmt.Sprintf(`<path d="%s" fill="%s" stroke="#fff" stroke-width="0.6" data-code="%s"><title>%s</title></path>`,
			d, fill, esc(r.Code), esc(r.Name+"："+text))
		if ok && v.Href != "" {
			fmt.Fprintf(&b, `<a href="%s">%s</a>`, esc(v.Href), shape)
		} else {
			b.WriteString(shape)
		}
	}
	// Short names at the label points of the provinces with a value.
	b.WriteString(`<g font-size="10" fill="#222" text-anchor="middle" pointer-events="none">`)
	for _, r := range sorted {
		if _, ok := opt.Values[r.Code]; !ok || r.Code == "" {
			continue
		}
		x, y := p.xy(r.Label[0], r.Label[1])
		fmt.Fprintf(&b, `<text x="%s" y="%s">%s</text>`, num(x), num(y), esc(r.Name))
	}
	b.WriteString(`</g>`)
	legend(&b, 20, 430, opt.Measure, opt.Scale, opt.NoData)
	b.WriteString(`</svg>`)
	return b.String()
}
