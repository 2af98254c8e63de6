package extract

// The right grammar (institutions.grammar: right, the default) grows a
// name after its trigger over capitalised words and the words joined to
// them: "Centre hospitalier universitaire de Tizi Ouzou".

// rightWord decides whether word j continues a name of the right grammar:
// a capitalised word, half of a compound, a word after an opener, a word
// after a join ("de chirurgie") or an adjective of the pack.
func (s *nameScan) rightWord(j int) (ok, specific bool) {
	t := s.d.toks[j]
	if t.Cap {
		return s.capital(t.Key)
	}
	return s.compound(j) || s.opened(j) || s.afterJoin && !s.open || s.d.adjective(t.Key), false
}
