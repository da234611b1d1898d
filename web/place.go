package web

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	"rollout"
)

// Where the reforms stand at one place, for everyone (JOURNEYS.md 9): an
// enterprise in 义乌 searches for its city and sees, item by item, the task
// on its line of government nearest to it — the county's own when the work
// was divided down to it, else its city's or its province's — with that
// task's status and coverage as verified (复核通过) from the roll-ups. Like
// the item's progress page it shows verified aggregates only: no reports, no
// documents, no names of people.

// placeKinds are the units a person looks up as a place.
var placeKinds = []rollout.UnitKind{rollout.KindProvince, rollout.KindCity, rollout.KindCounty, rollout.KindFTZ, rollout.KindFTZArea}

// maxPlaces bounds the places a search lists.
const maxPlaces = 20

// place is a unit found by a search, with the governments above it.
type place struct {
	Unit  *rollout.Unit
	Trail []string // names from the province down to the unit's parent
	Name  []segment
}

// searchPlaces returns the places whose name matches q, provinces first.
func (s *Server) searchPlaces(r *http.Request, q string) ([]place, error) {
	sq := rollout.ParseSearch(q)
	if sq.Empty() {
		return nil, nil
	}
	all, err := s.units.Units(r.Context())
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]*rollout.Unit, len(all))
	for _, u := range all {
		byID[u.ID] = u
	}
	var out []place
	for _, u := range all {
		if u.RetiredAt != nil || !slices.Contains(placeKinds, u.Kind) || sq.Score(u.Name) == 0 {
			continue
		}
		p := place{Unit: u, Name: highlight(u.Name, sq)}
		for _, a := range trail(u, byID) {
			p.Trail = append(p.Trail, a.Name)
		}
		out = append(out, p)
		if len(out) == maxPlaces {
			break
		}
	}
	return out, nil
}

// trail lists the units above u on its path, from the top government down,
// leaving out the root (the State Council).
func trail(u *rollout.Unit, byID map[int64]*rollout.Unit) []*rollout.Unit {
	var out []*rollout.Unit
	for _, id := range pathIDs(u.Path) {
		if a := byID[id]; a != nil && a.ID != u.ID && a.Kind != rollout.KindStateCouncil {
			out = append(out, a)
		}
	}
	return out
}

// pathIDs reads a materialised path "/1/4/9/".
func pathIDs(path string) []int64 {
	var ids []int64
	for part := range strings.SplitSeq(strings.Trim(path, "/"), "/") {
		if id, err := strconv.ParseInt(part, 10, 64); err == nil {
			ids = append(ids, id)
		}
	}
	return ids
}

// placePage is the data of a place's page.
type placePage struct {
	layout
	Unit    *rollout.Unit
	Trail   []*rollout.Unit
	Batches []placeBatch
}

// placeBatch is one batch's items at the place.
type placeBatch struct {
	Batch *rollout.Batch
	Rows  []placeRow
}

// placeRow is an item and the task nearest to the place on its line.
type placeRow struct {
	Item *rollout.Item
	At   pictureCell
	Own  bool // the task is the place's own
}

// placePageHandler serves GET /places/{id}.
func (s *Server) placePageHandler(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r, rollout.ActReadCatalog, rollout.Target{}); err != nil {
		return err
	}
	l := requestLang(r)
	if s.rollups == nil {
		return notFound(l, r.URL.Path)
	}
	id, err := positiveInt(l, r, "id", "value.unit_id")
	if err != nil {
		return err
	}
	u, err := s.units.Unit(r.Context(), id)
	if err != nil {
		return err
	}
	if !slices.Contains(placeKinds, u.Kind) {
		return notFound(l, r.URL.Path)
	}
	p := &placePage{layout: newLayout(r, tr(l, "place.title", u.Name), "search"), Unit: u}
	line := map[int64]bool{}
	for _, aid := range pathIDs(u.Path) {
		line[aid] = true
		if aid == u.ID {
			continue
		}
		a, err := s.units.Unit(r.Context(), aid)
		if err != nil {
			return err
		}
		if a.Kind != rollout.KindStateCouncil {
			p.Trail = append(p.Trail, a)
		}
	}
	batches, err := s.catalog.Batches(r.Context())
	if err != nil {
		return err
	}
	for _, b := range batches {
		pb, err := s.placeBatch(r, b.Batch, u.ID, line)
		if err != nil {
			return err
		}
		if len(pb.Rows) > 0 {
			p.Batches = append(p.Batches, pb)
		}
	}
	return s.views.place.render(w, http.StatusOK, p)
}

// placeBatch walks each item of a batch from its first-level task on the
// place's line down the tasks divided on that line, as far as the place.
func (s *Server) placeBatch(r *http.Request, number int, unitID int64, line map[int64]bool) (placeBatch, error) {
	b, err := s.catalog.BatchByNumber(r.Context(), number)
	if err != nil {
		return placeBatch{}, err
	}
	cells, err := s.rollups.Matrix(r.Context(), number)
	if err != nil {
		return placeBatch{}, err
	}
	pb := placeBatch{Batch: b}
	for i := range b.Items {
		it := &b.Items[i]
		at, ok := onLine(cells, it.ID, line)
		for ok && at.UnitID != unitID && at.Divided {
			below, err := s.rollups.Below(r.Context(), at.TaskID)
			if err != nil {
				return placeBatch{}, err
			}
			next, found := onLine(below, it.ID, line)
			if !found {
				break
			}
			at = next
		}
		if ok {
			pb.Rows = append(pb.Rows, placeRow{Item: it, At: newPictureCell(at.AsVerified(), false), Own: at.UnitID == unitID})
		}
	}
	return pb, nil
}

// onLine is the cell of item whose unit is on the place's line.
func onLine(cells []rollout.Cell, itemID int64, line map[int64]bool) (rollout.Cell, bool) {
	for _, c := range cells {
		if c.ItemID == itemID && line[c.UnitID] {
			return c, true
		}
	}
	return rollout.Cell{}, false
}
