package intake

import (
	"context"
	"os"
	"strings"
	"testing"

	"rollout"
	"rollout/notice"
)

// memCatalog stores notices as DecideImportNotice decides, in memory.
type memCatalog struct {
	rollout.CatalogService
	stored map[int]*rollout.Batch
}

func (m *memCatalog) ImportNotice(_ context.Context, n *rollout.Notice, src rollout.Source) (rollout.ImportResult, error) {
	existing := m.stored[n.Batch]
	create, err := rollout.DecideImportNotice(n, src, existing, n.Fingerprint())
	if err != nil || !create {
		return rollout.ImportResult{Batch: existing}, err
	}
	b := &rollout.Batch{Notice: *n, Fingerprint: n.Fingerprint()}
	m.stored[n.Batch] = b
	return rollout.ImportResult{Batch: b, Created: true}, nil
}

func TestImport(t *testing.T) {
	doc, err := os.ReadFile("../notice/testdata/variants/new-batch.txt")
	if err != nil {
		t.Fatal(err)
	}
	im := Importer{Catalog: &memCatalog{stored: map[int]*rollout.Batch{}}}
	ctx := context.Background()

	// No notice: not read.
	if out := im.Import(ctx, "x.txt", []byte("春眠不觉晓"), notice.Options{}, true); out.Read || out.Err == nil || out.Report.Notice != nil {
		t.Errorf("prose: %+v", out)
	}
	// No batch: read, refused, the line named, nothing stored.
	out := im.Import(ctx, "n.txt", doc, notice.Options{}, false)
	if !out.Read || out.Report.Notice == nil || out.Report.Stored != "" || rollout.ErrorCode(out.Err) != rollout.EINVALID ||
		!strings.Contains(rollout.ErrorMessage(out.Err), "--batch N") {
		t.Errorf("no batch: %+v %v", out.Report.Notice, out.Err)
	}
	// A dry run, then stored, then unchanged.
	for _, c := range []struct {
		dry  bool
		want string
	}{{true, StoredDryRun}, {false, StoredCreated}, {false, StoredUnchanged}} {
		out := im.Import(ctx, "n.txt", doc, notice.Options{Batch: 8}, c.dry)
		if out.Err != nil || out.Report.Stored != c.want || len(out.Report.Items) != 24 || out.Report.Notice.Batch != 8 {
			t.Errorf("%s: %+v %v", c.want, out.Report.Notice, out.Err)
		}
	}
	// Too large: refused before reading.
	if out := im.Import(ctx, "big.txt", make([]byte, rollout.MaxNoticeBytes+1), notice.Options{}, true); out.Read || rollout.ErrorCode(out.Err) != rollout.EINVALID {
		t.Errorf("too large: %v", out.Err)
	}
}
