package cmd

import "testing"

func TestDisplayName(t *testing.T) {
	for in, want := range map[string]string{
		"a.txt":               "a.txt",
		"dossier/مقال.txt":    "dossier/مقال.txt",
		"статья 1.txt":        "статья 1.txt",
		"a\nnewsx: b":         `"a\nnewsx: b"`,
		"a\tb":                `"a\tb"`,
		"\x1b[2J":             `"\x1b[2J"`,
		"c\xff.txt":           `"c\xff.txt"`,
		"\u202egnp.txt":       `"\u202egnp.txt"`,
		"\u0085next-line.txt": `"\u0085next-line.txt"`,
	} {
		if got := displayName(in); got != want {
			t.Errorf("displayName(%q) = %s, want %s", in, got, want)
		}
	}
	if got := oneLine("dangling symlink (target a\nb\xff does not exist)"); got != `dangling symlink (target a\nb\xff does not exist)` {
		t.Errorf("oneLine: %s", got)
	}
	if got := oneLine(`no "text" field`); got != `no "text" field` {
		t.Errorf("oneLine changed a safe message: %s", got)
	}
}
