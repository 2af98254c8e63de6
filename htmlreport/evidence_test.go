package htmlreport

import "testing"

func TestSnippet(t *testing.T) {
	text := "Première phrase. Le CHU a réalisé 150 greffes en 2023. Troisième phrase."
	r := []rune(text)
	start := len([]rune("Première phrase. Le CHU a réalisé "))
	end := start + len([]rune("150 greffes"))
	got := snippet(r, start, end, "150 greffes")
	want := Snippet{Before: "Le CHU a réalisé ", Match: "150 greffes", After: " en 2023."} // spaces kept: "4عمليات" has none
	if got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
	// Arabic, and a match at the very start of the text
	ar := []rune("٣٥٠ عملية زرع كلى في باتنة. جملة أخرى.")
	got = snippet(ar, 0, 9, "٣٥٠ عملية")
	if got.Before != "" || got.Match != "٣٥٠ عملية" || got.After != " زرع كلى في باتنة." {
		t.Errorf("arabic: got %+v", got)
	}
	// initials and abbreviations end no sentence
	ru := []rune("Итоги. В 2023 г. в НИИ им. Н. В. Склифосовского выполнено 50 операций. Дальше.")
	at := len([]rune("Итоги. В 2023 г. в НИИ им. Н. В. Склифосовского выполнено "))
	got = snippet(ru, at, at+len([]rune("50 операций")), "50 операций")
	if got.Before != "В 2023 г. в НИИ им. Н. В. Склифосовского выполнено " || got.After != "." {
		t.Errorf("russian: got %+v", got)
	}
	// offsets out of the text: the matched words alone
	if got := snippet(r, 10, 500, "x"); got != (Snippet{Match: "x"}) {
		t.Errorf("bad offsets: got %+v", got)
	}
	// "3.5" is no sentence end; a long sentence is cut with an ellipsis
	long := []rune("Intro. " + "Il y a eu 3.5 fois plus de " + repeat("mots ", 100) + "12 opérations ici.")
	s := len(long) - len([]rune("12 opérations ici."))
	got = snippet(long, s, s+len([]rune("12 opérations")), "12 opérations")
	if got.Before[:len("…")] != "…" || len([]rune(got.Before)) > maxSide+1 {
		t.Errorf("long: before %q", got.Before)
	}
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}
