package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"rollout"
)

// Indicator values on the report form: one field per indicator of the task's
// item, named ind-<indicator ID>; an empty field states no value. The hidden
// field indicators=1 says the form showed them, so that a post without them
// (an older form, a script) keeps the values stored.

// taskIndicators are the indicators of t's item; none when the site has no
// indicator service or they cannot be read (the form then keeps the values).
func (s *Server) taskIndicators(r *http.Request, t *rollout.Task) []*rollout.Indicator {
	if s.indicators == nil {
		return nil
	}
	ins, err := s.indicators.Indicators(r.Context(), t.ItemID)
	if err != nil {
		s.logError(r, err)
		return nil
	}
	return ins
}

// valuesInput is a report's values as the form shows them.
func valuesInput(vs []rollout.IndicatorValue) map[int64]string {
	out := map[int64]string{}
	for _, v := range vs {
		out[v.IndicatorID] = strconv.FormatFloat(v.Value, 'f', -1, 64)
	}
	return out
}

// readValues reads the ind-<id> fields of a post.
func readValues(f url.Values) (map[int64]string, bool) {
	out := map[int64]string{}
	for key := range f {
		if raw, ok := strings.CutPrefix(key, "ind-"); ok {
			if id, err := strconv.ParseInt(raw, 10, 64); err == nil && id > 0 {
				out[id] = strings.TrimSpace(f.Get(key))
			}
		}
	}
	return out, f.Get("indicators") != ""
}

// indicatorValues are the values typed, by indicator ID; a value that is not
// a number is refused on its field.
func (in reportInput) indicatorValues(l lang) ([]rollout.IndicatorValue, error) {
	ids := make([]int64, 0, len(in.Values))
	for id := range in.Values {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	out := []rollout.IndicatorValue{}
	for _, id := range ids {
		raw := strings.ReplaceAll(in.Values[id], ",", "")
		if raw == "" {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSuffix(raw, "%"), 64)
		if err != nil {
			return nil, &formError{fmt.Sprintf("ind-%d", id), invalid(l, "report.bad_indicator_value", in.Values[id])}
		}
		out = append(out, rollout.IndicatorValue{IndicatorID: id, Value: v})
	}
	return out, nil
}

// itemIndicatorsOf are the indicators of the tasks' items, by item ID, for
// the template's indicator columns; none without the service.
func (s *Server) itemIndicatorsOf(ctx context.Context, tasks []*rollout.Task) (map[int64][]*rollout.Indicator, error) {
	out := map[int64][]*rollout.Indicator{}
	if s.indicators == nil {
		return out, nil
	}
	for _, t := range tasks {
		if _, ok := out[t.ItemID]; ok {
			continue
		}
		ins, err := s.indicators.Indicators(ctx, t.ItemID)
		if err != nil {
			return nil, err
		}
		out[t.ItemID] = ins
	}
	return out, nil
}
