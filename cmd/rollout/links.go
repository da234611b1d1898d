package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"rollout"
)

// linkRow is what `rollout links --json` prints per link; scripts depend on
// its keys.
type linkRow struct {
	ItemSeq    int              `json:"item_seq"`
	Batch      int              `json:"batch"`
	OtherBatch int              `json:"other_batch"`
	OtherSeq   int              `json:"other_seq"`
	Kind       rollout.LinkKind `json:"kind"`
	Score      float64          `json:"score"`
	Accepted   bool             `json:"accepted"`
}

// cmdLinks prints the suggested and accepted links of a batch's items
// (rejected ones are left out), grouped by item in number order, best first
// within each item. --suggest computes the suggestions again first (kept
// decisions stay).
func cmdLinks(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("links", "用法: rollout links [--batch N] [--suggest] [--json] [--db DSN]\n\n列出批次改革事项与其他批次事项的关联（建议的和已采纳的），每项按相似度从高到低。", stderr)
	dsn := dbFlag(fs)
	batch := fs.Int("batch", 0, "batch number (default: the newest)")
	suggest := fs.Bool("suggest", false, "compute the batch's suggestions again first")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	db, n, err := openBatch(ctx, *dsn, *batch)
	if err != nil {
		return err
	}
	defer db.Close()
	if *suggest {
		if _, err := db.SuggestLinks(rollout.WithActor(ctx, &rollout.User{Username: "system"}), n); err != nil {
			return err
		}
	}
	ls, err := db.Links(ctx, rollout.LinkFilter{Batch: n})
	if err != nil {
		return err
	}
	rows := []linkRow{}
	for _, l := range ls {
		if l.State == rollout.LinkRejected {
			continue
		}
		rows = append(rows, linkRow{ItemSeq: l.Item.Seq, Batch: l.Item.Batch, OtherBatch: l.Other.Batch, OtherSeq: l.Other.Seq,
			Kind: l.Kind, Score: float64(int(l.Score*1000+0.5)) / 1000, Accepted: l.State == rollout.LinkAccepted})
	}
	slices.SortStableFunc(rows, func(a, b linkRow) int {
		if a.ItemSeq != b.ItemSeq {
			return a.ItemSeq - b.ItemSeq
		}
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return 0
	})
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	if len(rows) == 0 {
		fmt.Fprintf(stdout, "第%d批的事项没有与其他批次的关联。\n", n)
		return nil
	}
	for _, r := range rows {
		state := "建议"
		if r.Accepted {
			state = "已采纳"
		}
		fmt.Fprintf(stdout, "第%d批第%d项 → 第%d批第%d项  %s  %.3f  %s\n", r.Batch, r.ItemSeq, r.OtherBatch, r.OtherSeq,
			r.Kind.Label(), r.Score, state)
	}
	return nil
}
