package notice

import (
	"errors"
	"testing"

	"rollout"
)

// FuzzParse checks that Parse never panics and keeps its contract on any
// input: a notice that Validate accepts or that carries error diagnostics, or
// an EINVALID *rollout.Error.
func FuzzParse(f *testing.F) {
	text := readFile(f, refText)
	page := readFile(f, refHTML)
	f.Add(text)
	f.Add(page)
	for _, frac := range []int{2, 3, 4, 5} {
		f.Add(text[:len(text)*(frac-1)/frac])
		f.Add(page[:len(page)*(frac-1)/frac])
	}
	f.Add(text[len(text)/2:])
	f.Add([]byte("国函〔2023〕56号\n序号\t改革事项\t主要内容\t负责单位\t推广范围\n1\t甲\t乙\t丙\t全国\n"))
	f.Add([]byte("<table><tr><td>序号</td><td>改革事项</td><td>主要内容</td><td>负责单位</td><td>推广范围</td></tr><tr><td rowspan=9>1<td colspan=3>x</table>"))
	f.Fuzz(func(t *testing.T, src []byte) {
		n, err := Parse(src)
		if err != nil {
			var e *rollout.Error
			if !errors.As(err, &e) || e.Code != rollout.EINVALID || rollout.ErrorMessage(e) == "" {
				t.Fatalf("error %#v is no EINVALID *rollout.Error", err)
			}
			if n != nil {
				t.Fatal("a notice with an error")
			}
			return
		}
		if n == nil {
			t.Fatal("no notice and no error")
		}
		if verr := n.Validate(); verr != nil && !n.HasErrors() {
			t.Fatalf("Validate: %v, and no error diagnostics", verr)
		}
		for _, d := range n.Diagnostics {
			if d.Code == "" || d.Message == "" {
				t.Fatalf("empty diagnostic %+v", d)
			}
			switch d.Level {
			case rollout.LevelError, rollout.LevelWarning, rollout.LevelInfo:
			default:
				t.Fatalf("diagnostic level %q", d.Level)
			}
		}
	})
}

// FuzzParseReissue checks that ParseReissue never panics and keeps its
// contract on any input: a re-issue with at least one row, or an EINVALID
// *rollout.Error; and that PlanCascade never panics on what it reads and plans
// only units below the owner.
func FuzzParseReissue(f *testing.F) {
	for _, name := range []string{gdText, gdHTML, szInline, gzMeasure} {
		src := readFile(f, name)
		f.Add(src)
		f.Add(src[:len(src)*2/3])
		f.Add(src[len(src)/3:])
	}
	f.Add([]byte("1．推广航空货运电子化（牵头单位：市商务局，下同；责任单位：各县（市、区）人民政府\n2．推广海事政务闭环管理。\n"))
	f.Add([]byte("（三）金融开放创新领域（市地方金融监管局牵头，下同）\n7．支持开展动产质押融资业务。\n"))
	f.Add([]byte("| 序号 | 我省工作措施 | 省牵头单位 | 我市工作措施 | 市牵头单位 | 配合单位 |\n|---|---|---|---|---|---|\n| 1 | a | b | c | d |\n"))
	f.Add([]byte("<table><tr><th>序号<th>改革事项<th>牵头单位<tr><td rowspan=9>1<td colspan=3>省商务厅（<br>）</table>"))
	items := []rollout.Item{{ID: 1, Seq: 1, Name: "航空货运电子化"}, {ID: 2, Seq: 2, Name: "专利开放许可新模式"}}
	owner := &rollout.Unit{ID: 1, Name: "深圳市", Kind: rollout.KindCity, Path: "/1/"}
	below := []*rollout.Unit{
		{ID: 2, ParentID: 1, Name: "市商务局", Kind: rollout.KindDepartment, Path: "/1/2/"},
		{ID: 3, ParentID: 1, Name: "南山区", Kind: rollout.KindCounty, Path: "/1/3/"},
		{ID: 4, ParentID: 3, Name: "区商务局", Kind: rollout.KindDepartment, Path: "/1/3/4/"},
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		r, err := ParseReissue(src)
		if err != nil {
			var e *rollout.Error
			if !errors.As(err, &e) || e.Code != rollout.EINVALID || rollout.ErrorMessage(e) == "" {
				t.Fatalf("error %#v is no EINVALID *rollout.Error", err)
			}
			if r != nil {
				t.Fatal("a re-issue with an error")
			}
			return
		}
		if r == nil || len(r.Rows) == 0 {
			t.Fatalf("no error and no rows: %+v", r)
		}
		for _, row := range r.Rows {
			if row.Line <= 0 {
				t.Fatalf("row without a line: %+v", row)
			}
		}
		checkDiagnostics(t, r.Diagnostics)
		plan := rollout.PlanCascade(r, items, owner, below)
		for _, l := range plan.Lines {
			leads := 0
			for _, d := range l.Divisions {
				if d.UnitID < 2 || d.UnitID > 4 {
					t.Fatalf("division for unit %d, not below the owner", d.UnitID)
				}
				if d.Role == rollout.RoleLead {
					leads++
				}
			}
			if leads > 1 {
				t.Fatalf("line with %d leads: %+v", leads, l)
			}
		}
		checkDiagnostics(t, plan.Diagnostics)
	})
}

func checkDiagnostics(t *testing.T, ds []rollout.Diagnostic) {
	t.Helper()
	for _, d := range ds {
		if d.Code == "" || d.Message == "" {
			t.Fatalf("empty diagnostic %+v", d)
		}
		switch d.Level {
		case rollout.LevelError, rollout.LevelWarning, rollout.LevelInfo:
		default:
			t.Fatalf("diagnostic level %q", d.Level)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	for _, bm := range []struct{ name, file string }{
		{"text", refText},
		{"html", refHTML},
	} {
		src := readFile(b, bm.file)
		b.Run(bm.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
