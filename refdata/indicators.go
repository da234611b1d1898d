package refdata

import (
	"fmt"
	"strconv"
	"strings"

	"rollout"
)

// ProposedIndicators7 reads Indicators7: the proposed indicators of the 7th
// batch by item number, in order, each marked Proposed.
func ProposedIndicators7() (map[int][]rollout.Indicator, error) {
	out := map[int][]rollout.Indicator{}
	lines := strings.Split(strings.TrimSpace(string(Indicators7)), "\n")
	for n, line := range lines[1:] {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("indicators7.tsv line %d: %d fields, want 5", n+2, len(f))
		}
		item, err1 := strconv.Atoi(f[0])
		seq, err2 := strconv.Atoi(f[1])
		in := rollout.Indicator{Seq: seq, Name: f[2], Measure: f[3], Direction: rollout.Direction(f[4]), Proposed: true}
		if err1 != nil || err2 != nil || in.Validate() != nil {
			return nil, fmt.Errorf("indicators7.tsv line %d: %q", n+2, line)
		}
		out[item] = append(out[item], in)
	}
	return out, nil
}
