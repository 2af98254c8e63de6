package extract

import "github.com/newsx/newsx/lang"

// A name may hold a date: "hôpital du 1er Novembre 1954", "CHU 1er
// Novembre d'Oran", "مستشفى 20 أوت 1955", "مستشفى أول نوفمبر 1954". These
// tell whether a number inside a name belongs to such a date; dates then
// leaves what lies within a name alone.

// nameDay reports whether the number at j opens a day and a month of a
// name: "1er Novembre", "20 Août". In a cased script the month must be
// capitalized, as dates write it in lowercase ("le 1er novembre").
func (d *doc) nameDay(j int) bool {
	if !d.l.Cased || j+1 >= len(d.toks) || len(d.toks[j].Key) > 2 {
		return false
	}
	m := j + 1
	if d.glued(j) && d.toks[m].Kind == lang.Word && d.toks[m].Letters <= 3 && !d.l.MonthWords[d.toks[m].Key] {
		m++ // "1er"
	}
	return m < len(d.toks) && d.toks[m].Kind == lang.Word && d.toks[m].Cap && d.l.MonthWords[d.toks[m].Key]
}

// nameYear reports whether the year at j closes a day and a month already
// taken into a name that opens at body: "1er Novembre 1954", "أول نوفمبر
// 1954". The month must not open the name ("مستشفى نوفمبر 2023") and, in a
// cased script, must follow a day number.
func (d *doc) nameYear(j, body int) bool {
	m := j - 1
	if len(d.toks[j].Key) != 4 || m-1 < body || d.toks[m].Kind != lang.Word || !d.l.MonthWords[d.toks[m].Key] {
		return false
	}
	if !d.l.Cased {
		return true
	}
	day := m - 1
	if d.toks[day].Kind == lang.Word && day-1 >= body && d.glued(day-1) {
		day-- // "1er"
	}
	return d.toks[m].Cap && d.toks[day].Kind == lang.Number
}
