package sqldb_test

import (
	"context"
	"os"
	"testing"

	"rollout"
	"rollout/notice"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// importFixture6 imports the invented earlier batch of testdata (a test
// fixture, not a real notice).
func importFixture6(t *testing.T, db *sqldb.DB) *rollout.Batch {
	t.Helper()
	body, err := os.ReadFile("testdata/fixture-batch6.txt")
	if err != nil {
		t.Fatal(err)
	}
	nt, err := notice.Parse(body)
	if err != nil {
		t.Fatal(err)
	}
	res, err := db.ImportNotice(context.Background(), nt, rollout.Source{Format: nt.Format, Body: body})
	if err != nil {
		t.Fatal(err)
	}
	return res.Batch
}

func TestLinkSuggestionsAcrossBatches(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		loadBatch7(t, db)
		importFixture6(t, db)
		ls, err := db.Links(context.Background(), rollout.LinkFilter{Batch: 6})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range ls {
			t.Logf("%d.%d %s -> %d.%d %s %s %.3f", l.Item.Batch, l.Item.Seq, l.Item.Name, l.Other.Batch, l.Other.Seq, l.Other.Name, l.Kind, l.Score)
		}
	})
}
