package sqldb_test

import (
	"context"
	"reflect"
	"sync"
	"testing"
	"time"

	"rollout"
	"rollout/notice"
	"rollout/refdata"
	"rollout/sqldb"
	"rollout/sqldb/sqldbtest"
)

// sampleNotice is a small notice shaped like the 7th batch: two domains, a
// specific-region item, an alias, several responsible units in order.
func sampleNotice() *rollout.Notice {
	return &rollout.Notice{
		DocNo: "国函〔2023〕56号", Title: "国务院关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知",
		Issuer: "国务院", IssuedOn: time.Date(2023, 6, 24, 0, 0, 0, 0, time.UTC), Batch: 7,
		Addressees: "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", Format: rollout.FormatText,
		Duties: []rollout.Duty{{Heading: "高度重视复制推广工作", Text: "各地区、各部门要……"}},
		Domains: []rollout.Domain{
			{Seq: 1, Name: "投资贸易便利化", Declared: 2, Items: []int{2, 1}},
			{Seq: 2, Name: "知识产权保护", Declared: 1, Items: []int{3}},
		},
		Items: []rollout.Item{
			{Seq: 1, Name: "工程建设项目审批统一化、标准化、信息化", Content: "统一省域内……", Responsible: []string{"住房城乡建设部"}, Scope: "全国", Domain: "投资贸易便利化"},
			{Seq: 2, Name: "出口货物检验检疫单“云签发”平台", Aliases: []string{"出口货物检验检疫证单‘云签发’平台"}, Content: "依托国际贸易“单一窗口”……", Responsible: []string{"海关总署"}, Scope: "全国", Domain: "投资贸易便利化"},
			{Seq: 3, Name: "知识产权质押融资模式创新", Content: "打造以企业知识产权……", Responsible: []string{"国家知识产权局", "中国人民银行", "金融监管总局"}, Scope: "全国", Domain: "知识产权保护"},
			{Seq: 4, Name: "推广知识产权海外侵权责任险", Content: "推出……", Responsible: []string{"国家知识产权局", "金融监管总局"}, Scope: "自贸试验区"},
		},
		Diagnostics: []rollout.Diagnostic{{Level: rollout.LevelWarning, Code: "name-mismatch", Message: "正文与附件名称不同", Line: 22}},
	}
}

var src = rollout.Source{Format: rollout.FormatText, Body: []byte("原文\n")}

func TestImportAndRead(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		n := sampleNotice()
		res, err := db.ImportNotice(ctx, n, src)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Created || res.Batch.ID == 0 || res.Batch.ItemCount != 4 {
			t.Fatalf("import result = %+v", res)
		}

		b, err := db.BatchByNumber(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		if b.DocNo != n.DocNo || b.Title != n.Title || !b.IssuedOn.Equal(n.IssuedOn) || b.Issuer != "国务院" || b.Addressees != n.Addressees {
			t.Errorf("header = %+v", b.Notice)
		}
		if b.Fingerprint != n.Fingerprint() {
			t.Errorf("fingerprint %s, want %s", b.Fingerprint, n.Fingerprint())
		}
		if !reflect.DeepEqual(b.Domains, n.Domains) {
			t.Errorf("domains = %+v, want %+v", b.Domains, n.Domains)
		}
		if !reflect.DeepEqual(b.Duties, n.Duties) || !reflect.DeepEqual(b.Diagnostics, n.Diagnostics) {
			t.Errorf("duties %+v diagnostics %+v", b.Duties, b.Diagnostics)
		}
		if len(b.Items) != 4 {
			t.Fatalf("%d items", len(b.Items))
		}
		for i, got := range b.Items {
			want := n.Items[i]
			want.ID, want.Batch = got.ID, 7
			if want.Aliases == nil {
				want.Aliases = []string{}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("item %d:\n got %+v\nwant %+v", i, got, want)
			}
		}
		// The stored batch, read back, has the same fingerprint: nothing was altered.
		if fp := b.Notice.Fingerprint(); fp != b.Fingerprint {
			t.Errorf("stored notice fingerprint %s differs from import %s", fp, b.Fingerprint)
		}

		it, err := db.Item(ctx, b.Items[2].ID)
		if err != nil {
			t.Fatal(err)
		}
		if it.Lead() != "国家知识产权局" || len(it.Responsible) != 3 || it.Domain != "知识产权保护" {
			t.Errorf("item = %+v", it)
		}

		s, err := db.BatchSource(ctx, 7)
		if err != nil || string(s.Body) != "原文\n" || s.Format != rollout.FormatText {
			t.Errorf("source = %+v, %v", s, err)
		}

		list, err := db.Batches(ctx)
		if err != nil || len(list) != 1 || list[0].ItemCount != 4 || list[0].Items != nil {
			t.Errorf("batches = %+v, %v", list, err)
		}
	})
}

func TestImportIsIdempotentAndRefusesChangedContent(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		first, err := db.ImportNotice(ctx, sampleNotice(), src)
		if err != nil {
			t.Fatal(err)
		}
		again, err := db.ImportNotice(ctx, sampleNotice(), rollout.Source{Format: rollout.FormatHTML, Body: []byte("<html>")})
		if err != nil {
			t.Fatal(err)
		}
		if again.Created || again.Batch.ID != first.Batch.ID {
			t.Errorf("second import = %+v, want unchanged batch %d", again, first.Batch.ID)
		}

		changed := sampleNotice()
		changed.Items[0].Content += "（修订）"
		_, err = db.ImportNotice(ctx, changed, src)
		if rollout.ErrorCode(err) != rollout.ECONFLICT {
			t.Fatalf("changed content: err = %v, want conflict", err)
		}

		otherDocSameBatch := sampleNotice()
		otherDocSameBatch.DocNo = "国函〔2024〕1号"
		_, err = db.ImportNotice(ctx, otherDocSameBatch, src)
		if rollout.ErrorCode(err) != rollout.ECONFLICT {
			t.Fatalf("same batch number: err = %v, want conflict", err)
		}

		// Nothing of the refused imports was written.
		b, err := db.BatchByNumber(ctx, 7)
		if err != nil {
			t.Fatal(err)
		}
		if b.Items[0].Content != "统一省域内……" || b.DocNo != "国函〔2023〕56号" {
			t.Errorf("stored batch changed: %+v", b.Items[0])
		}
		s, _ := db.BatchSource(ctx, 7)
		if string(s.Body) != "原文\n" {
			t.Errorf("source overwritten: %q", s.Body)
		}
	})
}

func TestImportRefusesInvalidAndIsAtomic(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		for name, mutate := range map[string]func(*rollout.Notice){
			"no doc no":     func(n *rollout.Notice) { n.DocNo = "" },
			"no items":      func(n *rollout.Notice) { n.Items = nil },
			"duplicate seq": func(n *rollout.Notice) { n.Items[1].Seq = 1 },
			"error diagnostic": func(n *rollout.Notice) {
				n.Diagnostics = append(n.Diagnostics, rollout.Diagnostic{Level: rollout.LevelError, Code: "bad-row"})
			},
		} {
			n := sampleNotice()
			mutate(n)
			if _, err := db.ImportNotice(ctx, n, src); rollout.ErrorCode(err) != rollout.EINVALID {
				t.Errorf("%s: err = %v, want invalid", name, err)
			}
		}
		// A failure half-way — the batch row is written, then the second domain
		// breaks the unique (batch, seq) constraint — leaves nothing behind.
		halfway := sampleNotice()
		halfway.Domains[1].Seq = halfway.Domains[0].Seq
		if _, err := db.ImportNotice(ctx, halfway, src); err == nil {
			t.Fatal("import with two domains numbered alike succeeded")
		}
		if list, err := db.Batches(ctx); err != nil || len(list) != 0 {
			t.Errorf("after refused imports: %d batches, %v", len(list), err)
		}
		tables, err := db.TableRows(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, table := range []string{"batches", "domains", "items", "item_aliases", "item_responsible", "audit_log"} {
			if n := len(tables[table]); n != 0 {
				t.Errorf("refused imports left %d rows in %s", n, table)
			}
		}
	})
}

func TestConcurrentImportsStoreOnce(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		var wg sync.WaitGroup
		created := make(chan bool, 8)
		errs := make(chan error, 8)
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				res, err := db.ImportNotice(ctx, sampleNotice(), src)
				if err != nil && rollout.ErrorCode(err) != rollout.ECONFLICT {
					errs <- err
					return
				}
				created <- res.Created
			}()
		}
		wg.Wait()
		close(created)
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		n := 0
		for c := range created {
			if c {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d imports reported creating the batch, want 1", n)
		}
		b, err := db.BatchByNumber(ctx, 7)
		if err != nil || len(b.Items) != 4 {
			t.Fatalf("batch = %v, %v", b, err)
		}
	})
}

func TestSearchItems(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		if _, err := db.ImportNotice(ctx, sampleNotice(), src); err != nil {
			t.Fatal(err)
		}
		seqs := func(items []*rollout.Item) []int {
			out := []int{}
			for _, it := range items {
				out = append(out, it.Seq)
			}
			return out
		}
		for _, tc := range []struct {
			q    string
			want []int
		}{
			{"知识产权", []int{3, 4}},   // name and content
			{"金融监管总局", []int{3, 4}}, // responsible unit
			{"证单", []int{2}},        // only in the alias
			{"单一窗口", []int{2}},      // only in the content
			{"  审批 ", []int{1}},     // trimmed
			{"100%", []int{}},       // LIKE wildcards are literal
			{"_", []int{}},          // so is the underscore
			{"不存在的词", []int{}},
		} {
			got, err := db.SearchItems(ctx, tc.q)
			if err != nil {
				t.Fatalf("%q: %v", tc.q, err)
			}
			if !reflect.DeepEqual(seqs(got), tc.want) {
				t.Errorf("search %q = %v, want %v", tc.q, seqs(got), tc.want)
			}
		}
		if _, err := db.SearchItems(ctx, " "); rollout.ErrorCode(err) != rollout.EINVALID {
			t.Errorf("empty query: %v", err)
		}
	})
}

func TestNotFound(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		if _, err := db.BatchByNumber(ctx, 99); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("batch: %v", err)
		}
		if _, err := db.BatchSource(ctx, 99); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("source: %v", err)
		}
		if _, err := db.Item(ctx, 12345); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("item: %v", err)
		}
	})
}

func TestRhythm(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		if _, err := db.ImportNotice(ctx, sampleNotice(), src); err != nil {
			t.Fatal(err)
		}
		if b, _ := db.BatchByNumber(ctx, 7); b.Rhythm != rollout.RhythmQuarterly {
			t.Errorf("default rhythm %q", b.Rhythm)
		}
		if err := db.SetRhythm(ctx, 7, rollout.RhythmMonthly); err != nil {
			t.Fatal(err)
		}
		if list, _ := db.Batches(ctx); list[0].Rhythm != rollout.RhythmMonthly {
			t.Errorf("rhythm after setting %q", list[0].Rhythm)
		}
		if err := db.SetRhythm(ctx, 7, "weekly"); rollout.ErrorCode(err) != rollout.EINVALID {
			t.Errorf("weekly: %v", err)
		}
		if err := db.SetRhythm(ctx, 8, rollout.RhythmMonthly); rollout.ErrorCode(err) != rollout.ENOTFOUND {
			t.Errorf("missing batch: %v", err)
		}
	})
}

// TestSearchRealNotice: search understands Chinese as people shorten it, on
// the real 7th-batch notice: 专利许可 finds 专利开放许可新模式 (two of its three
// bigrams), and a name held whole ranks above bigrams scattered in content.
func TestSearchRealNotice(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB, _ string) {
		ctx := context.Background()
		n, err := notice.Parse(refdata.Notice7)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ImportNotice(ctx, n, rollout.Source{Format: rollout.FormatText, Body: refdata.Notice7}); err != nil {
			t.Fatal(err)
		}
		got, err := db.SearchItems(ctx, "专利许可")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Name != "专利开放许可新模式" {
			var names []string
			for _, it := range got {
				names = append(names, it.Name)
			}
			t.Fatalf("专利许可 found %q, want 专利开放许可新模式 first", names)
		}
		got, err = db.SearchItems(ctx, "专利导航")
		if err != nil {
			t.Fatal(err)
		}
		// Item 17 holds it in its name; item 19 only in its content.
		if len(got) != 2 || got[0].Seq != 17 || got[1].Seq != 19 {
			t.Errorf("专利导航: %v", got)
		}
	})
}
