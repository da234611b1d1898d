package web

import (
	"net/http"
	"strings"

	"rollout"
)

// searchPage is the data of the search page.
type searchPage struct {
	layout
	Searched bool // a non-empty query was run
	Results  []searchResult
	Places   []place // units whose name matches: where the reforms stand there
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
	if p.Places, err = s.searchPlaces(r, q); err != nil {
		return err
	}
	for _, it := range items {
		p.Results = append(p.Results, newSearchResult(l, it, q))
	}
	return s.views.search.render(w, http.StatusOK, p)
}

// newSearchResult marks the query in the item's name and lead unit and, when
// the name does not match it, shows where it matched: an alias, another
// responsible unit or the content. Matching is rollout's (rollout.ParseSearch):
// whole terms, or most of a term's character bigrams.
func newSearchResult(l lang, it *rollout.Item, q string) searchResult {
	sq := rollout.ParseSearch(q)
	res := searchResult{Item: it, Name: highlight(it.Name, sq), Lead: highlight(it.Lead(), sq)}
	if sq.Score(it.Name) > 0 {
		return res
	}
	for _, a := range it.Aliases {
		if sq.Score(a) > 0 {
			res.Where, res.Snippet = tr(l, "item.aliases"), highlight(a, sq)
			return res
		}
	}
	if units := strings.Join(it.Responsible, "、"); sq.Score(units) > 0 {
		if sq.Score(it.Lead()) == 0 {
			res.Where, res.Snippet = tr(l, "item.responsible"), highlight(units, sq)
		}
		return res
	}
	if sq.Score(it.Content) > 0 {
		res.Where, res.Snippet = tr(l, "item.content"), excerpt(it.Content, sq, 30)
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
		return rollout.E(rollout.EINVALID, "error.query_empty")
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

// highlight cuts s into segments with what q matches marked.
func highlight(s string, q rollout.SearchQuery) []segment {
	if s == "" {
		return nil
	}
	rs := []rune(s)
	var out []segment
	start := 0
	for _, sp := range q.Spans(s) {
		if sp[0] > start {
			out = append(out, segment{Text: string(rs[start:sp[0]])})
		}
		out = append(out, segment{Text: string(rs[sp[0]:sp[1]]), Mark: true})
		start = sp[1]
	}
	if start < len(rs) {
		out = append(out, segment{Text: string(rs[start:])})
	}
	return out
}

// excerpt is the text around the first match of q in s, radius runes either
// side, with ellipses where it is cut, highlighted.
func excerpt(s string, q rollout.SearchQuery, radius int) []segment {
	spans := q.Spans(s)
	if len(spans) == 0 {
		return nil
	}
	rs := []rune(s)
	from, to := max(0, spans[0][0]-radius), min(len(rs), spans[0][1]+radius)
	text := string(rs[from:to])
	if from > 0 {
		text = "…" + text
	}
	if to < len(rs) {
		text += "…"
	}
	return highlight(text, q)
}
