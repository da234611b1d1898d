package web

import (
	"cmp"
	"context"
	"slices"
	"time"

	"rollout"
)

// Traffic lights and reporting periods: what the pages and the API show of a
// task's standing against its deadline, and which periods a report is for.

// lamp is a task's traffic light as a page shows it: the colour and, so that
// it never depends on colour alone, its words.
type lamp struct {
	Light rollout.Light
	// Text is 绿灯, 黄灯 or 红灯; for a deadline without a date its phrase
	// (持续推进), or 未规定 when none was set; for a task that needs nothing
	// more (closed, not applicable) 已销号.
	Text string
	// Title says what the colour means, for the dot's tooltip.
	Title string
}

// Class is the light's CSS class: light-green, light-yellow, light-red or
// light-none.
func (l lamp) Class() string { return "light-" + cmp.Or(string(l.Light), "none") }

// lightOf is the light of task t now.
func (s *Server) lightOf(t *rollout.Task) rollout.Light {
	return rollout.LightOf(t.Deadline, t.State, s.now(), s.warningDays)
}

// lamp is task t's light in language l.
func (s *Server) lamp(l lang, t *rollout.Task) lamp {
	lt := s.lightOf(t)
	switch lt {
	case rollout.LightGreen:
		return lamp{Light: lt, Text: tr(l, "light.green"), Title: tr(l, "light.green_title")}
	case rollout.LightYellow:
		return lamp{Light: lt, Text: tr(l, "light.yellow"), Title: tr(l, "light.yellow_title", s.warningDays)}
	case rollout.LightRed:
		return lamp{Light: lt, Text: tr(l, "light.red"), Title: tr(l, "light.red_title")}
	}
	switch {
	case t.State.Done():
		return lamp{Text: tr(l, "light.done"), Title: tr(l, "light.done_title")}
	case t.Deadline.Text == "":
		return lamp{Text: tr(l, "task.no_deadline"), Title: tr(l, "light.none_title")}
	}
	return lamp{Text: t.Deadline.Text, Title: tr(l, "light.phrase_title")}
}

// taskRow is a task in a list, with its light.
type taskRow struct {
	*rollout.Task
	Lamp lamp
}

// rows gives each task its light, keeping the order.
func (s *Server) rows(l lang, tasks []*rollout.Task) []taskRow {
	out := make([]taskRow, len(tasks))
	for i, t := range tasks {
		out[i] = taskRow{Task: t, Lamp: s.lamp(l, t)}
	}
	return out
}

// lightCounts counts a list's lights: what a list's summary line says.
type lightCounts struct {
	Red, Yellow, Green, None int
}

func countLights(rows []taskRow) lightCounts {
	var c lightCounts
	for _, r := range rows {
		switch r.Lamp.Light {
		case rollout.LightRed:
			c.Red++
		case rollout.LightYellow:
			c.Yellow++
		case rollout.LightGreen:
			c.Green++
		default:
			c.None++
		}
	}
	return c
}

// daysOverdue is how many whole days past its deadline a task with a date is
// on the day of now (Beijing time): 1 on the day after the deadline.
func daysOverdue(d rollout.Deadline, now time.Time) int {
	if !d.HasDate() {
		return 0
	}
	n := now.In(rollout.Beijing)
	today := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
	return int(today.Sub(d.Date).Hours() / 24)
}

// The reporting rhythm. Batches report quarterly: the current period is the
// quarter of today (Beijing time), and the form offers it, the three before it
// and the next one.

// periodAt is the quarter that holds moment t in Beijing time: 2024Q3. A
// unit's spreadsheet spans batches and uses quarters; a task's pages use its
// batch's rhythm (Server.rhythmOf).
func periodAt(t time.Time) rollout.Period { return rollout.PeriodOf(rollout.RhythmQuarterly, t) }

// periodChoices are the quarters offered around now, newest first: the next
// quarter, the current one and the three before it.
func periodChoices(now time.Time) []rollout.Period {
	return rollout.PeriodsAround(rollout.RhythmQuarterly, now, 3)
}

// rhythmOf is the reporting rhythm of a batch; quarterly when the batch does
// not say or cannot be read.
func (s *Server) rhythmOf(ctx context.Context, batch int) string {
	bs, err := s.catalog.Batches(ctx)
	if err != nil {
		return rollout.RhythmQuarterly
	}
	for _, b := range bs {
		if b.Batch == batch && rollout.ValidRhythm(b.Rhythm) {
			return b.Rhythm
		}
	}
	return rollout.RhythmQuarterly
}

// withPeriod returns periods with p added in its place when it is not among
// them (a period asked for by address, older or of another rhythm).
func withPeriod(periods []rollout.Period, p rollout.Period) []rollout.Period {
	if p == "" || slices.Contains(periods, p) {
		return periods
	}
	_, from, _, _ := rollout.ParsePeriod(string(p))
	out := slices.Clone(periods)
	i := slices.IndexFunc(out, func(q rollout.Period) bool {
		_, qf, _, _ := rollout.ParsePeriod(string(q))
		return qf.Before(from)
	})
	if i < 0 {
		return append(out, p)
	}
	return slices.Insert(out, i, p)
}

// parsePeriod reads a period a request names: a refusal in the request's
// language says how to write one.
func parsePeriod(l lang, raw string) (rollout.Period, error) {
	p, _, _, err := rollout.ParsePeriod(raw)
	if err != nil {
		return "", invalid(l, "report.bad_period", raw)
	}
	return p, nil
}
