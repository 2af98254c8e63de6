package patterns

import "github.com/newsx/newsx/lang"

// compileCities compiles city_rules.
func compileCities(c string, p CityRules) LangCities {
	var l LangCities
	for _, e := range p.Endings {
		l.Endings = append(l.Endings, Ending{From: lang.Key(e.From), To: lang.Key(e.To)})
	}
	l.Stop = newSet(c, p.Stop)
	l.Context = newSet(c, p.Context)
	l.Articles = newSet(c, p.Articles)
	l.Locative = newSet(c, p.Locative)
	l.NotAfter = newSet(c, p.NotAfter)
	l.Regions = newSet(c, p.Regions)
	l.SmallPopulation = p.SmallPopulation
	return l
}
