package main

import (
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"rollout"
	"rollout/msg"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// The writes of indicators, rounds and scores agree across their entry points:
// the same input through the page form and through the JSON API (the command
// line has none of them) stores the same rows, or is refused with the same
// sentence of the same catalogue key, the same status and nothing written —
// audit entries included — on SQLite and PostgreSQL.
func TestEvalWritesAgree(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		s := serveOverStorage(t, db)
		root, err := db.RootUnit(s.ctx)
		if err != nil {
			t.Fatal(err)
		}
		s.account("agree.coord", root.ID, rollout.RoleCoordinator, "Agree-Eval-2024x")
		s.account("agree.third", root.ID, rollout.RoleEvaluator, "Agree-Eval-2024x")
		coordUser, _ := db.UserByName(s.ctx, "agree.coord")
		third, _ := db.UserByName(s.ctx, "agree.third")
		coord, scorer := s.signIn("agree.coord", "Agree-Eval-2024x"), s.signIn("agree.third", "Agree-Eval-2024x")
		a := &evalAgree{t: t, db: db, s: s}
		b, err := db.BatchByNumber(s.ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		itemA, itemB := b.Items[2].ID, b.Items[3].ID
		gd, sc := s.unit("广东省"), s.unit("四川省")

		// Indicators: a new one on either item's page and through the API.
		newInd := url.Values{"op": {"save"}, "indicator_id": {"0"}, "name": {"办件量"}, "measure": {"件"}, "direction": {"higher"},
			"baseline": {"100"}, "target": {"300"}}
		a.ok("add an indicator",
			func() (int, string) { return a.form(coord, fmt.Sprintf("/items/%d/indicators", itemA), newInd) }, 303,
			func() (int, string) {
				return a.api(coord, "POST", fmt.Sprintf("/api/v1/items/%d/indicators", itemB),
					`{"name":"办件量","measure":"件","direction":"higher","baseline":100,"target":300}`)
			}, 201,
			func() any { return a.lastIndicator(itemA) }, func() any { return a.lastIndicator(itemB) })
		for _, c := range []struct {
			name string
			form url.Values
			json string
			key  string
		}{
			{"no name", url.Values{"name": {" "}, "direction": {"higher"}}, `{"name":" ","direction":"higher"}`, "err.eval.indicator_name_empty"},
			{"a name too long", url.Values{"name": {strings.Repeat("长", rollout.MaxIndicatorName+1)}, "direction": {"higher"}},
				fmt.Sprintf(`{"name":%q,"direction":"higher"}`, strings.Repeat("长", rollout.MaxIndicatorName+1)), "err.eval.indicator_name_long"},
			{"a bad direction", url.Values{"name": {"x"}, "direction": {"up"}}, `{"name":"x","direction":"up"}`, "err.eval.indicator_direction"},
			{"baseline is target", url.Values{"name": {"x"}, "direction": {"higher"}, "baseline": {"5"}, "target": {"5"}},
				`{"name":"x","direction":"higher","baseline":5,"target":5}`, "err.eval.indicator_same_values"},
		} {
			c.form.Set("op", "save")
			c.form.Set("indicator_id", "0")
			a.refused("add an indicator: "+c.name, c.key,
				func() (int, string) { return a.form(coord, fmt.Sprintf("/items/%d/indicators", itemA), c.form) },
				func() (int, string) {
					return a.api(coord, "POST", fmt.Sprintf("/api/v1/items/%d/indicators", itemA), c.json)
				})
		}

		// A number another indicator of the item has (the shadowed error of
		// old): refused, nothing written, no audit entry.
		first := a.indicators(itemA)[0]
		a.refused("an indicator given a number taken", "err.eval.indicator_seq_taken",
			func() (int, string) {
				return a.form(coord, fmt.Sprintf("/items/%d/indicators", itemA), a.indicatorForm(first, "seq", "2"))
			},
			func() (int, string) {
				return a.api(coord, "PUT", fmt.Sprintf("/api/v1/indicators/%d", first.ID), a.indicatorJSON(first, 2, first.Version))
			})
		// Changed, then changed again from the version read before: 409 with
		// the indicator as stored.
		changed := url.Values{"op": {"save"}, "indicator_id": {itoa(first.ID)}, "version": {fmt.Sprint(first.Version)},
			"name": {first.Name + "（修订）"}, "measure": {first.Measure}, "direction": {string(first.Direction)}, "target": {"10"}, "baseline": {"20"}}
		if code, body := a.form(coord, fmt.Sprintf("/items/%d/indicators", itemA), changed); code != 303 {
			t.Fatalf("change an indicator: %d %s", code, body)
		}
		a.refused("an indicator changed from an old version", "err.eval.indicator_stale",
			func() (int, string) { return a.form(coord, fmt.Sprintf("/items/%d/indicators", itemA), changed) },
			func() (int, string) {
				return a.api(coord, "PUT", fmt.Sprintf("/api/v1/indicators/%d", first.ID), a.indicatorJSON(first, 1, first.Version))
			})
		a.refused("an indicator deleted from an old version", "err.eval.indicator_stale",
			func() (int, string) {
				return a.form(coord, fmt.Sprintf("/items/%d/indicators", itemA), url.Values{"op": {"delete"},
					"indicator_id": {itoa(first.ID)}, "version": {fmt.Sprint(first.Version)}})
			},
			func() (int, string) {
				return a.api(coord, "DELETE", fmt.Sprintf("/api/v1/indicators/%d?version=%d", first.ID, first.Version), "")
			})
		a.refused("an indicator changed without a version", "err.eval.indicator_version",
			func() (int, string) {
				v := a.indicatorForm(first, "seq", "1")
				v.Del("version")
				return a.form(coord, fmt.Sprintf("/items/%d/indicators", itemA), v)
			},
			func() (int, string) {
				return a.api(coord, "PUT", fmt.Sprintf("/api/v1/indicators/%d", first.ID), a.indicatorJSON(first, 1, 0))
			})
		// Deleted through either.
		insA, insB := a.indicators(itemA), a.indicators(itemB)
		delA, delB := insA[len(insA)-1], insB[len(insB)-1]
		a.ok("delete an indicator",
			func() (int, string) {
				return a.form(coord, fmt.Sprintf("/items/%d/indicators", itemA), url.Values{"op": {"delete"}, "indicator_id": {itoa(delA.ID)},
					"version": {fmt.Sprint(delA.Version)}})
			}, 303,
			func() (int, string) {
				return a.api(coord, "DELETE", fmt.Sprintf("/api/v1/indicators/%d?version=%d", delB.ID, delB.Version), "")
			}, 204,
			func() any { return len(a.indicators(itemA)) }, func() any { return len(a.indicators(itemB)) })

		// Rounds: opened through the form and through the API.
		roundForm := func(name string, w map[string]string, units ...*rollout.Unit) url.Values {
			v := url.Values{"batch": {"7"}, "name": {name}, "period": {"2024Q4"}, "item": {itoa(itemA), itoa(itemB)},
				"c1_name": {"工作机制"}, "c1_min": {"0"}, "c1_max": {"10"}}
			for _, u := range units {
				v.Add("unit", itoa(u.ID))
			}
			for m, x := range w {
				v.Set("w_"+m, x)
			}
			return v
		}
		roundJSON := func(name string, w map[string]string, units ...*rollout.Unit) string {
			var ids []string
			for _, u := range units {
				ids = append(ids, itoa(u.ID))
			}
			var ws []string
			for m, x := range w {
				ws = append(ws, fmt.Sprintf("%q:%s", m, x))
			}
			return fmt.Sprintf(`{"name":%q,"batch":7,"period":"2024Q4","items":[%d,%d],"units":[%s],"weights":{%s},
				"criteria":[{"name":"工作机制","min":0,"max":10}]}`, name, itemA, itemB, strings.Join(ids, ","), strings.Join(ws, ","))
		}
		good := map[string]string{"coverage": "0.5", "status": "0.3", "rubric": "0.2"}
		for _, c := range []struct {
			name  string
			w     map[string]string
			units []*rollout.Unit
			key   string
		}{
			{"weights that do not add up", map[string]string{"coverage": "0.9", "rubric": "0.2"}, []*rollout.Unit{gd}, "err.eval.weights_sum"},
			{"a weight above 1", map[string]string{"coverage": "1.2", "status": "-0.2"}, []*rollout.Unit{gd}, "err.eval.weight_high"},
			{"a unit without a task", good, []*rollout.Unit{gd, s.unit("深圳市")}, "err.eval.unit_without_task"},
		} {
			a.refused("open a round: "+c.name, c.key,
				func() (int, string) { return a.form(coord, "/rounds", roundForm("核对轮次", c.w, c.units...)) },
				func() (int, string) {
					return a.api(coord, "POST", "/api/v1/rounds", roundJSON("核对轮次", c.w, c.units...))
				})
		}
		a.ok("open a round",
			func() (int, string) { return a.form(coord, "/rounds", roundForm("甲轮", good, gd, sc)) }, 303,
			func() (int, string) { return a.api(coord, "POST", "/api/v1/rounds", roundJSON("甲轮", good, gd, sc)) }, 201,
			func() any { return a.round(0) }, func() any { return a.round(1) })
		r1, r2 := a.rounds()[1], a.rounds()[0] // opened through the form, through the API

		// Evaluators.
		a.refused("evaluators: an account without the role", "err.eval.not_evaluator_role",
			func() (int, string) {
				return a.form(coord, fmt.Sprintf("/rounds/%d/evaluators", r1.ID), url.Values{"version": {"1"}, "evaluator": {itoa(coordUser.ID)}})
			},
			func() (int, string) {
				return a.api(coord, "PUT", fmt.Sprintf("/api/v1/rounds/%d/evaluators", r1.ID), fmt.Sprintf(`{"version":1,"evaluators":[%d]}`, coordUser.ID))
			})
		a.ok("evaluators",
			func() (int, string) {
				return a.form(coord, fmt.Sprintf("/rounds/%d/evaluators", r1.ID), url.Values{"version": {"1"}, "evaluator": {itoa(third.ID)}})
			}, 303,
			func() (int, string) {
				return a.api(coord, "PUT", fmt.Sprintf("/api/v1/rounds/%d/evaluators", r2.ID), fmt.Sprintf(`{"version":1,"evaluators":[%d]}`, third.ID))
			}, 200,
			func() any { return a.round(r1.ID) }, func() any { return a.round(r2.ID) })
		a.refused("evaluators from an old version", "err.eval.round_stale",
			func() (int, string) {
				return a.form(coord, fmt.Sprintf("/rounds/%d/evaluators", r1.ID), url.Values{"version": {"1"}, "evaluator": {itoa(third.ID)}})
			},
			func() (int, string) {
				return a.api(coord, "PUT", fmt.Sprintf("/api/v1/rounds/%d/evaluators", r1.ID), fmt.Sprintf(`{"version":1,"evaluators":[%d]}`, third.ID))
			})

		// Scores: a value out of range names the unit and the criterion.
		said := a.refused("a score out of range", "err.eval.score_range",
			func() (int, string) {
				return a.form(scorer, fmt.Sprintf("/rounds/%d/score", r1.ID), url.Values{fmt.Sprintf("s-%d-1", sc.ID): {"11"}})
			},
			func() (int, string) {
				return a.api(scorer, "PUT", fmt.Sprintf("/api/v1/rounds/%d/scores", r1.ID),
					fmt.Sprintf(`{"scores":[{"unit_id":%d,"criterion":1,"value":11}]}`, sc.ID))
			})
		if !strings.Contains(said, "四川省") || !strings.Contains(said, "工作机制") {
			t.Errorf("a score out of range does not say where: %q", said)
		}
		a.refused("no score at all", "err.eval.scores_none",
			func() (int, string) { return a.form(scorer, fmt.Sprintf("/rounds/%d/score", r1.ID), url.Values{}) },
			func() (int, string) {
				return a.api(scorer, "PUT", fmt.Sprintf("/api/v1/rounds/%d/scores", r1.ID), `{"scores":[]}`)
			})
		a.ok("scores",
			func() (int, string) {
				return a.form(scorer, fmt.Sprintf("/rounds/%d/score", r1.ID), url.Values{fmt.Sprintf("s-%d-1", gd.ID): {"8"}, fmt.Sprintf("c-%d-1", gd.ID): {" 机制健全 "}})
			}, 303,
			func() (int, string) {
				return a.api(scorer, "PUT", fmt.Sprintf("/api/v1/rounds/%d/scores", r2.ID),
					fmt.Sprintf(`{"scores":[{"unit_id":%d,"criterion":1,"value":8,"comment":" 机制健全 "}]}`, gd.ID))
			}, 200,
			func() any { return a.scores(r1.ID) }, func() any { return a.scores(r2.ID) })

		// Closing.
		a.refused("close from an old version", "err.eval.round_stale",
			func() (int, string) {
				return a.form(coord, fmt.Sprintf("/rounds/%d/close", r1.ID), url.Values{"version": {"1"}})
			},
			func() (int, string) {
				return a.api(coord, "POST", fmt.Sprintf("/api/v1/rounds/%d/close", r1.ID), `{"version":1}`)
			})
		a.refused("close without a version", "err.eval.round_version",
			func() (int, string) { return a.form(coord, fmt.Sprintf("/rounds/%d/close", r1.ID), url.Values{}) },
			func() (int, string) { return a.api(coord, "POST", fmt.Sprintf("/api/v1/rounds/%d/close", r1.ID), `{}`) })
		a.ok("close",
			func() (int, string) {
				return a.form(coord, fmt.Sprintf("/rounds/%d/close", r1.ID), url.Values{"version": {"2"}})
			}, 303,
			func() (int, string) {
				return a.api(coord, "POST", fmt.Sprintf("/api/v1/rounds/%d/close", r2.ID), `{"version":2}`)
			}, 200,
			func() any { return a.round(r1.ID) }, func() any { return a.round(r2.ID) })
		a.refused("a score in a closed round", "err.eval.round_closed",
			func() (int, string) {
				return a.form(scorer, fmt.Sprintf("/rounds/%d/score", r1.ID), url.Values{fmt.Sprintf("s-%d-1", gd.ID): {"9"}})
			},
			func() (int, string) {
				return a.api(scorer, "PUT", fmt.Sprintf("/api/v1/rounds/%d/scores", r1.ID),
					fmt.Sprintf(`{"scores":[{"unit_id":%d,"criterion":1,"value":9}]}`, gd.ID))
			})
	})
}

// evalAgree runs one use case through the page form and the JSON API.
type evalAgree struct {
	t  *testing.T
	db *sqldb.DB
	s  *overStorage
}

func (a *evalAgree) form(c *client, path string, v url.Values) (int, string) {
	a.t.Helper()
	return c.send("POST", path, "application/x-www-form-urlencoded", v.Encode())
}

func (a *evalAgree) api(c *client, method, path, body string) (int, string) {
	a.t.Helper()
	return c.do(method, path, body)
}

// ok checks a use case that succeeds through both: the statuses each entry
// point answers success with, and the same stored result (rowsA after the
// page, rowsB after the API).
func (a *evalAgree) ok(what string, page func() (int, string), pageWant int, api func() (int, string), apiWant int, rowsA, rowsB func() any) {
	a.t.Helper()
	pageCode, pageBody := page()
	apiCode, apiBody := api()
	if pageCode != pageWant {
		a.t.Errorf("%s, page: %d, want %d\n%s", what, pageCode, pageWant, pageBody)
	}
	if apiCode != apiWant {
		a.t.Errorf("%s, API: %d, want %d\n%s", what, apiCode, apiWant, apiBody)
	}
	if x, y := rowsA(), rowsB(); !reflect.DeepEqual(x, y) {
		a.t.Errorf("%s: stored through the page\n%+v\nthrough the API\n%+v", what, x, y)
	}
}

// refused checks a use case both entry points refuse: the same status, the
// same sentence, of catalogue key key, and nothing written by either. It
// returns the sentence.
func (a *evalAgree) refused(what, key string, page, api func() (int, string)) (said string) {
	a.t.Helper()
	before := a.rows()
	pageCode, pageBody := page()
	a.unchanged(what+", page", before)
	apiCode, apiBody := api()
	a.unchanged(what+", API", before)
	var e struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	if err := json.Unmarshal([]byte(apiBody), &e); err != nil || e.Error.Message == "" {
		a.t.Errorf("%s, API: %d %s", what, apiCode, apiBody)
		return ""
	}
	if pageCode != apiCode || apiCode < 400 {
		a.t.Errorf("%s: page %d, API %d", what, pageCode, apiCode)
	}
	if !keyPattern(key).MatchString(e.Error.Message) {
		a.t.Errorf("%s: the API says %q, not the sentence of %s", what, e.Error.Message, key)
	}
	if !strings.Contains(pageBody, html.EscapeString(e.Error.Message)) {
		a.t.Errorf("%s: the page does not say %q\n%s", what, e.Error.Message, pageBody)
	}
	return e.Error.Message
}

func (a *evalAgree) rows() map[string][]string {
	a.t.Helper()
	rows, err := a.db.TableRows(a.s.ctx)
	if err != nil {
		a.t.Fatal(err)
	}
	return rows
}

func (a *evalAgree) unchanged(what string, before map[string][]string) {
	a.t.Helper()
	after := a.rows()
	for table, rows := range after {
		if !reflect.DeepEqual(rows, before[table]) {
			a.t.Errorf("%s: a refusal changed %s", what, table)
		}
	}
}

// keyPattern matches the Chinese sentence of key whatever its arguments.
func keyPattern(key string) *regexp.Regexp {
	zh, _, ok := msg.Both(key)
	if !ok {
		return regexp.MustCompile(`^\b$`) // matches nothing
	}
	verb := regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z]`)
	return regexp.MustCompile("^" + verb.ReplaceAllString(regexp.QuoteMeta(zh), ".*") + "$")
}

func (a *evalAgree) indicators(item int64) []*rollout.Indicator {
	a.t.Helper()
	ins, err := a.db.Indicators(a.s.ctx, item)
	if err != nil {
		a.t.Fatal(err)
	}
	return ins
}

// lastIndicator is the item's last indicator, without what tells the items apart.
func (a *evalAgree) lastIndicator(item int64) rollout.Indicator {
	ins := a.indicators(item)
	in := *ins[len(ins)-1]
	in.ID, in.ItemID = 0, 0
	return in
}

func (a *evalAgree) indicatorForm(in *rollout.Indicator, field, value string) url.Values {
	v := url.Values{"op": {"save"}, "indicator_id": {itoa(in.ID)}, "version": {fmt.Sprint(in.Version)}, "name": {in.Name},
		"measure": {in.Measure}, "direction": {string(in.Direction)}}
	v.Set(field, value)
	return v
}

func (a *evalAgree) indicatorJSON(in *rollout.Indicator, seq, version int) string {
	return fmt.Sprintf(`{"seq":%d,"version":%d,"name":%q,"measure":%q,"direction":%q}`, seq, version, in.Name, in.Measure, in.Direction)
}

func (a *evalAgree) rounds() []*rollout.Round {
	a.t.Helper()
	rs, err := a.db.Rounds(a.s.ctx)
	if err != nil {
		a.t.Fatal(err)
	}
	return rs
}

// round is round id (0: the second newest, 1: the newest), without what tells
// two rounds apart.
func (a *evalAgree) round(id int64) rollout.Round {
	a.t.Helper()
	var r rollout.Round
	switch rs := a.rounds(); id {
	case 0:
		r = *rs[1]
	case 1:
		r = *rs[0]
	default:
		got, err := a.db.Round(a.s.ctx, id)
		if err != nil {
			a.t.Fatal(err)
		}
		r = *got
	}
	r.ID, r.CreatedAt, r.ClosedAt = 0, time.Time{}, nil
	return r
}

func (a *evalAgree) scores(round int64) []rollout.Score {
	a.t.Helper()
	ss, err := a.db.Scores(a.s.ctx, round)
	if err != nil {
		a.t.Fatal(err)
	}
	for i := range ss {
		ss[i].RoundID, ss[i].UpdatedAt = 0, time.Time{}
	}
	return ss
}
