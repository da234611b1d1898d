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
			if !errors.As(err, &e) || e.Code != rollout.EINVALID || e.Message == "" {
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
