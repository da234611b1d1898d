package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	mrand "math/rand/v2"

	"rollout"
	"rollout/gen"
	"rollout/sqldb"
)

// genProblems is about how many problems a generator run raises, whatever
// the scale: on leaves whose newest report waits for approval or a legal
// change, which is when a unit asks the level above for help.
const genProblems = 300

var problemTitles = []string{"需上级部门修改相关规章后方能实施", "系统对接需国家部委开放数据接口", "配套资金尚未落实",
	"涉及法律授权，需报请国务院批准", "跨部门数据共享协议未签订", "地方性法规与改革举措不一致"}

// genCoordination adds what gen makes besides reports, through the ordinary
// service paths (each a transaction, so the volumes are modest): problems
// raised on leaves pending approval, and an evaluation round over the 7th
// batch and every province, scored by a generated evaluator on its rubric.
// Everything is drawn from the seed.
func genCoordination(ctx context.Context, db *sqldb.DB, seed uint64, leaves []gen.Leaf, around []rollout.Period,
	res *genResult) error {
	now := db.Now()
	var pending []gen.Leaf
	for _, l := range leaves {
		h := gen.Progress(seed, l, around, now)
		if n := len(h.Entries); n > 0 && h.Entries[n-1].Status == rollout.StatusPending {
			pending = append(pending, l)
		}
	}
	rng := mrand.New(mrand.NewPCG(seed, 0x70b1e))
	ctx = rollout.WithActor(ctx, &rollout.User{Username: "gen"})
	for _, l := range pending {
		if rng.IntN(len(pending)) >= genProblems {
			continue
		}
		title := problemTitles[rng.IntN(len(problemTitles))] + "（合成）"
		if _, err := db.RaiseProblem(ctx, rollout.NewProblem{TaskID: l.TaskID, Title: title,
			Body: "（合成数据）本单位推进该改革事项时遇到上述困难，请上级协调。"}, nil); err != nil {
			return fmt.Errorf("raise a problem on task %d: %w", l.TaskID, err)
		}
		res.Problems++
	}

	// The evaluation round: every item of the 7th batch, every province.
	cells, err := db.Matrix(ctx, 7)
	if err != nil {
		return err
	}
	r := &rollout.Round{Name: "第七批改革试点经验成效评估（合成）", Batch: 7, Period: around[len(around)-1],
		Weights:  rollout.Weights{Coverage: 0.4, Status: 0.2, Evidence: 0.1, Indicators: 0.1, Rubric: 0.2},
		Criteria: []rollout.Criterion{{Name: "工作机制", Min: 0, Max: 10}, {Name: "创新举措", Min: 0, Max: 10}, {Name: "成效与示范", Min: 0, Max: 10}}}
	seen := map[int64]bool{}
	for _, c := range cells {
		if !seen[c.ItemID] {
			seen[c.ItemID] = true
			r.Items = append(r.Items, c.ItemID)
		}
		if seen[-c.UnitID] {
			continue
		}
		seen[-c.UnitID] = true
		u, err := db.Unit(ctx, c.UnitID)
		if err != nil {
			return err
		}
		if u.Kind == rollout.KindProvince {
			r.Units = append(r.Units, u.ID)
		}
	}
	round, err := db.CreateRound(ctx, r)
	if err != nil {
		return fmt.Errorf("evaluation round: %w", err)
	}
	root, err := db.RootUnit(ctx)
	if err != nil {
		return err
	}
	var b [12]byte
	rand.Read(b[:]) // nobody signs in as the generated evaluator
	evaluator := &rollout.User{Username: "gen.evaluator", DisplayName: "第三方评估机构（合成）",
		Grants: []rollout.Grant{{UnitID: root.ID, Role: rollout.RoleEvaluator}}}
	if err := db.CreateUser(ctx, evaluator, "Gx-"+hex.EncodeToString(b[:])); err != nil {
		return fmt.Errorf("evaluator: %w", err)
	}
	if _, err := db.SetEvaluators(ctx, round.ID, round.Version, []int64{evaluator.ID}); err != nil {
		return err
	}
	var scores []rollout.Score
	for _, u := range round.Units {
		for _, c := range round.Criteria {
			v := float64(int((c.Min+rng.Float64()*(c.Max-c.Min))*2)) / 2
			scores = append(scores, rollout.Score{RoundID: round.ID, UnitID: u, Criterion: c.Seq, Value: v, Comment: "（合成评分）"})
		}
	}
	if err := db.SaveScores(rollout.WithActor(ctx, evaluator), round.ID, scores); err != nil {
		return fmt.Errorf("scores: %w", err)
	}
	res.Scores = len(scores)
	return nil
}
