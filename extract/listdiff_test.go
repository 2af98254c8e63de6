package extract

import (
	"fmt"
	"strings"
	"testing"
)

// listDiff returns a line diff of two short lists, "" when they are
// equal: items both hold are indented, what only want holds is marked
// "-", what only got holds "+" (a longest common subsequence).
func listDiff(want, got []string) string {
	if strings.Join(want, "\x00") == strings.Join(got, "\x00") && len(want) == len(got) {
		return ""
	}
	// lcs[i][j] is the longest common subsequence of want[i:] and got[j:]
	lcs := make([][]int, len(want)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(got)+1)
	}
	for i := len(want) - 1; i >= 0; i-- {
		for j := len(got) - 1; j >= 0; j-- {
			if want[i] == got[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var b strings.Builder
	i, j := 0, 0
	for i < len(want) || j < len(got) {
		switch {
		case i < len(want) && j < len(got) && want[i] == got[j]:
			fmt.Fprintf(&b, "    %s\n", want[i])
			i, j = i+1, j+1
		case j < len(got) && (i == len(want) || lcs[i][j+1] >= lcs[i+1][j]):
			fmt.Fprintf(&b, "  + %s\n", got[j])
			j++
		default:
			fmt.Fprintf(&b, "  - %s\n", want[i])
			i++
		}
	}
	if len(want) == 0 {
		b.WriteString("  (want none)\n")
	}
	if len(got) == 0 {
		b.WriteString("  (got none)\n")
	}
	return b.String()
}

func TestListDiff(t *testing.T) {
	for _, tt := range []struct {
		want, got []string
		diff      string
	}{
		{nil, nil, ""},
		{[]string{"a", "b"}, []string{"a", "b"}, ""},
		{[]string{""}, nil, "  - \n  (got none)\n"},
		{nil, []string{"x"}, "  + x\n  (want none)\n"},
		{[]string{"a", "b", "c"}, []string{"a", "x", "c"}, "    a\n  + x\n  - b\n    c\n"},
		{[]string{"10 exact"}, []string{"10 exact", "5 about"}, "    10 exact\n  + 5 about\n"},
	} {
		if got := listDiff(tt.want, tt.got); got != tt.diff {
			t.Errorf("listDiff(%q, %q) =\n%s\nwant\n%s", tt.want, tt.got, got, tt.diff)
		}
	}
}
