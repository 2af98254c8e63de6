package patterns

// compileCities compiles city_rules.
func compileCities(c string, p CityRules) LangCities {
	var l LangCities
	l.Endings = endingKeys(p.Endings)
	l.Stop = newSet(c, p.Stop)
	l.Context = newSet(c, p.Context)
	l.Articles = newSet(c, p.Articles)
	l.Locative = newSet(c, p.Locative)
	l.NotAfter = newSet(c, p.NotAfter)
	l.Regions = newSet(c, p.Regions)
	l.SmallPopulation = p.SmallPopulation
	return l
}
