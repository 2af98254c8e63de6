package extract

// period is the value of date mention k, or the interval it opens or
// closes: "de 2014 à 2023", "منذ سنة 2014 إلى غاية سنة 2023", "с 2014 по
// 2023 год" give "2014/2023"; "depuis 2007", "с 2014 года" give "2007/..".
func (sc *scene) period(k int) string {
	f := &sc.d.l.Facts
	value := func(k int) string { return sc.rec.Dates[sc.dates[k].which].Value }
	if k+1 < len(sc.dates) && sc.opens(k) && sc.joined(k, k+1) {
		return value(k) + "/" + value(k+1)
	}
	if k > 0 && sc.opens(k-1) && sc.joined(k-1, k) {
		return value(k-1) + "/" + value(k)
	}
	if _, ok := f.Since.Before(sc.d.toks, sc.skipFillers(sc.dates[k].start)); ok {
		return value(k) + "/.."
	}
	return value(k)
}

// opens reports whether a word of facts.from stands before date mention k.
func (sc *scene) opens(k int) bool {
	_, ok := sc.d.l.Facts.From.Before(sc.d.toks, sc.skipFillers(sc.dates[k].start))
	return ok
}

// joined reports whether only a word of facts.to (and fillers) stands
// between date mentions a and b, of two different dates.
func (sc *scene) joined(a, b int) bool {
	da, db := sc.dates[a], sc.dates[b]
	if da.which == db.which || sc.sent[da.start] != sc.sent[db.start] {
		return false
	}
	ph, ok := sc.d.l.Facts.To.Before(sc.d.toks, sc.skipFillers(db.start))
	return ok && sc.skipFillers(db.start)-len(ph.Keys) == da.end
}

// skipFillers returns where the fillers before token i start ("سنة",
// "l'année", "года"): words between a date and the word that places it.
func (sc *scene) skipFillers(i int) int {
	for n := 0; n < 3; n++ {
		ph, ok := sc.d.l.Facts.Fillers.Before(sc.d.toks, i)
		if !ok {
			break
		}
		i -= len(ph.Keys)
	}
	return i
}
