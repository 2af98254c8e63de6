package extract

// city is where the count at r was done, or -1: a city of its sentence
// said to be where ("à Tamanrasset", "в Москве"); else, unless the count
// is the whole country's or many bodies' ("à travers le pays", "les
// hôpitaux"), the city of its institution's name ("CHU de Batna"), any
// city of its sentence, the dateline's, or, for a count tied to an
// institution, the article's city: the one named most often where nobody
// came from and no other institution's name holds it ("в Екатеринбурге
// выполнено ... По его словам, специалисты провели"). A city people came
// from ("venus de", "из") or that another institution's name holds is
// never it.
func (sc *scene) city(r tokRange, inst int) int {
	free := func(c placedCity) bool { return !c.away && (c.bound < 0 || c.bound == inst) }
	if c := sc.nearestCity(r, func(c placedCity) bool { return c.at && free(c) }); c >= 0 {
		return c
	}
	if sc.wide(r) {
		return -1 // "à travers le pays", "les hôpitaux belges": no one city
	}
	if inst >= 0 && sc.instCity[inst] >= 0 {
		return sc.instCity[inst]
	}
	if c := sc.nearestCity(r, free); c >= 0 {
		return c
	}
	if sc.dateline >= 0 || inst < 0 {
		return sc.dateline
	}
	return sc.articleCity
}
