package web

import (
	"net/http/httptest"
	"strings"
	"testing"

	"rollout"
)

// TestRenderEveryPage renders each page template in both languages with its
// data struct, full and nearly empty.
func TestRenderEveryPage(t *testing.T) {
	s, _ := newTestServer(t, newFake(t))
	full := notice7(t)
	b7 := &rollout.Batch{ID: 1, Notice: *full, ItemCount: 24}
	for i := range b7.Items {
		b7.Items[i].ID = 1000 + int64(b7.Items[i].Seq)
		b7.Items[i].Batch = 7
	}
	// A batch a reader had trouble with: a domain that lists a missing row, a
	// nationwide item in no domain, no duties, no diagnostics, no date.
	odd := &rollout.Batch{Notice: rollout.Notice{
		DocNo: "国函〔2099〕1号", Title: "测试通知", Batch: 12,
		Domains: []rollout.Domain{{Seq: 1, Name: "投资贸易便利化", Declared: 2, Items: []int{1, 9}}},
		Items: []rollout.Item{
			{ID: 1, Batch: 12, Seq: 1, Name: "事项一", Responsible: []string{"商务部"}, Scope: "全国", Domain: "投资贸易便利化"},
			{ID: 2, Batch: 12, Seq: 2, Name: "事项二", Scope: "全国"},
		},
	}}
	it3 := b7.Items[2]
	bare := &rollout.Item{ID: 5, Batch: 12, Seq: 5, Name: "事项五"}

	for l := range numLangs {
		r := httptest.NewRequest("GET", "/?lang="+l.Code(), nil)
		lay := func(nav string) layout { return newLayout(r, "标题", nav) }
		type page struct {
			name   string
			render func(w *httptest.ResponseRecorder) error
			want   []string
		}
		pages := []page{
			{"home", func(w *httptest.ResponseRecorder) error {
				return s.views.home.render(w, 200, &homePage{layout: lay("home"), Batches: []*rollout.Batch{b7}})
			}, []string{"国函〔2023〕56号", batchLabel(l, 7)}},
			{"home empty", func(w *httptest.ResponseRecorder) error {
				return s.views.home.render(w, 200, &homePage{layout: lay("home")})
			}, []string{tr(l, "home.empty")}},
			{"batch", func(w *httptest.ResponseRecorder) error {
				return s.views.batch.render(w, 200, newBatchPage(r, b7))
			}, []string{"知识产权保护", tr(l, "batch.specific"), "<details>"}},
			{"batch odd", func(w *httptest.ResponseRecorder) error {
				return s.views.batch.render(w, 200, newBatchPage(r, odd))
			}, []string{tr(l, "batch.unassigned"), "事项二", tr(l, "batch.domain_missing", []int{9}), tr(l, "batch.diagnostics_none"), "—"}},
			{"item", func(w *httptest.ResponseRecorder) error {
				return s.views.item.render(w, 200, &itemPage{layout: lay(""), Item: &it3, Batch: b7})
			}, []string{"航空货运电子信息化", tr(l, "item.lead")}},
			{"item bare", func(w *httptest.ResponseRecorder) error {
				return s.views.item.render(w, 200, &itemPage{layout: lay(""), Item: bare})
			}, []string{"事项五", tr(l, "item.no_domain")}},
			{"search prompt", func(w *httptest.ResponseRecorder) error {
				return s.views.search.render(w, 200, &searchPage{layout: lay("search")})
			}, []string{tr(l, "search.empty_query")}},
			{"search none", func(w *httptest.ResponseRecorder) error {
				p := &searchPage{layout: lay("search"), Searched: true}
				p.Query = "无"
				return s.views.search.render(w, 200, p)
			}, []string{tr(l, "search.no_results", "无")}},
			{"search results", func(w *httptest.ResponseRecorder) error {
				p := &searchPage{layout: lay("search"), Searched: true, Results: []searchResult{newSearchResult(l, &it3, "电子信息化"), newSearchResult(l, bare, "事项")}}
				p.Query = "电子信息化"
				return s.views.search.render(w, 200, p)
			}, []string{"<mark>电子信息化</mark>", "<mark>事项</mark>五"}},
			{"error", func(w *httptest.ResponseRecorder) error {
				return s.views.error.render(w, 404, &errorPage{layout: lay(""), Status: 404, Message: "没有"})
			}, []string{"404", "没有"}},
		}
		for _, p := range pages {
			w := httptest.NewRecorder()
			if err := p.render(w); err != nil {
				t.Errorf("%s/%s: %v", l.Code(), p.name, err)
				continue
			}
			body := w.Body.String()
			for _, want := range append(p.want, `<html lang="`+l.Tag()+`">`, "</html>", tr(l, "site.name")) {
				if !strings.Contains(body, want) {
					t.Errorf("%s/%s: lacks %q", l.Code(), p.name, want)
				}
			}
			for _, bad := range []string{"%!", "<no value>", "ZgotmplZ"} {
				if strings.Contains(body, bad) {
					t.Errorf("%s/%s: has %q", l.Code(), p.name, bad)
				}
			}
		}
	}
}

// TestBatchPagePlacesEveryItemOnce: the batch page drops no item and shows none twice.
func TestBatchPagePlacesEveryItemOnce(t *testing.T) {
	b := &rollout.Batch{Notice: *notice7(t)}
	p := newBatchPage(httptest.NewRequest("GET", "/batches/7", nil), b)
	seen := map[int]int{}
	for _, d := range p.Domains {
		for _, it := range d.Items {
			seen[it.Seq]++
		}
	}
	for _, it := range append(p.Specific, p.Unassigned...) {
		seen[it.Seq]++
	}
	for _, it := range b.Items {
		if seen[it.Seq] != 1 {
			t.Errorf("item %d shown %d times", it.Seq, seen[it.Seq])
		}
	}
	if len(p.Domains) != 5 || p.Nationwide != 22 || len(p.Specific) != 2 || len(p.Unassigned) != 0 {
		t.Errorf("domains %d, nationwide %d, specific %d, unassigned %d; want 5, 22, 2, 0",
			len(p.Domains), p.Nationwide, len(p.Specific), len(p.Unassigned))
	}
}
