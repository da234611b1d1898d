package web

import (
	"net/http"
	"strings"
	"unicode"

	"rollout"
)

// searchPage is the data of the search page.
type searchPage struct {
	layout
	Searched bool // a non-empty query was run
	Results  []searchResult
}

// searchResult is one found item with the match marked where it was found.
type searchResult struct {
	Item    *rollout.Item
	Name    []segment
	Lead    []segment
	Where   string    // where the match is when not in the name or the lead unit
	Snippet []segment // the text around that match
}

// segment is a piece of text, marked when it is the match. Templates write the
// pieces one by one, so the text stays escaped and only <mark> is markup.
type segment struct {
	Text string
	Mark bool
}

// searchPage serves GET /search?q=.
func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	l := requestLang(r)
	q, err := searchQuery(r)
	if err != nil {
		return err
	}
	title := tr(l, "search.title")
	if q != "" {
		title = tr(l, "search.title_for", q)
	}
	p := &searchPage{layout: newLayout(r, title, "search")}
	p.Query = q
	if q == "" {
		return s.views.search.render(w, http.StatusOK, p)
	}
	items, err := s.catalog.SearchItems(r.Context(), q)
	if err != nil {
		return err
	}
	p.Searched = true
	for _, it := range items {
		p.Results = append(p.Results, newSearchResult(l, it, q))
	}
	return s.views.search.render(w, http.StatusOK, p)
}

// newSearchResult marks q in the item's name and lead unit and, when the name
// does not hold it, shows where it is: an alias, the content or another unit.
func newSearchResult(l lang, it *rollout.Item, q string) searchResult {
	res := searchResult{Item: it, Name: highlight(it.Name, q), Lead: highlight(it.Lead(), q)}
	if matchIndex(it.Name, q) >= 0 {
		return res
	}
	for _, a := range it.Aliases {
		if matchIndex(a, q) >= 0 {
			res.Where, res.Snippet = tr(l, "item.aliases"), highlight(a, q)
			return res
		}
	}
	if matchIndex(it.Content, q) >= 0 {
		res.Where, res.Snippet = tr(l, "item.content"), excerpt(it.Content, q, 30)
		return res
	}
	if matchIndex(it.Lead(), q) >= 0 {
		return res
	}
	if units := strings.Join(it.Responsible, "、"); matchIndex(units, q) >= 0 {
		res.Where, res.Snippet = tr(l, "item.responsible"), highlight(units, q)
	}
	return res
}

// apiSearchItems serves GET /api/v1/items?q=.
func (s *Server) apiSearchItems(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	q, err := searchQuery(r)
	if err != nil {
		return err
	}
	if q == "" {
		return rollout.Errorf(rollout.EINVALID, "%s", tr(requestLang(r), "error.query_empty"))
	}
	items, err := s.catalog.SearchItems(r.Context(), q)
	if err != nil {
		return err
	}
	out := struct {
		Items []apiItem `json:"items"`
		Count int       `json:"count"`
	}{Items: []apiItem{}}
	for _, it := range items {
		out.Items = append(out.Items, newAPIItem(it))
	}
	out.Count = len(out.Items)
	return writeJSON(w, http.StatusOK, out)
}

// fold lowers each rune, keeping one rune for one, so indexes in the folded
// text are indexes in the original.
func fold(s string) []rune {
	rs := []rune(s)
	for i, r := range rs {
		rs[i] = unicode.ToLower(r)
	}
	return rs
}

// indexRunes is the rune index of the first q in s at or after from, or -1.
func indexRunes(s, q []rune, from int) int {
	for i := from; i+len(q) <= len(s); i++ {
		if string(s[i:i+len(q)]) == string(q) {
			return i
		}
	}
	return -1
}

// matchIndex is the rune index of q in s, ignoring letter case, or -1.
func matchIndex(s, q string) int {
	if q == "" {
		return -1
	}
	return indexRunes(fold(s), fold(q), 0)
}

// highlight cuts s into segments with every occurrence of q (ignoring letter
// case) marked.
func highlight(s, q string) []segment {
	if s == "" {
		return nil
	}
	rs, fs, fq := []rune(s), fold(s), fold(q)
	if len(fq) == 0 {
		return []segment{{Text: s}}
	}
	var out []segment
	start := 0
	for i := indexRunes(fs, fq, 0); i >= 0; i = indexRunes(fs, fq, start) {
		if i > start {
			out = append(out, segment{Text: string(rs[start:i])})
		}
		out = append(out, segment{Text: string(rs[i : i+len(fq)]), Mark: true})
		start = i + len(fq)
	}
	if start < len(rs) {
		out = append(out, segment{Text: string(rs[start:])})
	}
	return out
}

// excerpt is the text around the first q in s, radius runes either side, with
// ellipses where it is cut, highlighted.
func excerpt(s, q string, radius int) []segment {
	i := matchIndex(s, q)
	if i < 0 {
		return nil
	}
	rs := []rune(s)
	from, to := max(0, i-radius), min(len(rs), i+len([]rune(q))+radius)
	text := string(rs[from:to])
	if from > 0 {
		text = "…" + text
	}
	if to < len(rs) {
		text += "…"
	}
	return highlight(text, q)
}
