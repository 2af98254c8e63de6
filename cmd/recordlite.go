package cmd

import (
	"encoding/json"

	"github.com/newsx/newsx/extract"
)

// liteRecord is extract.Record without the mentions lists, which are most
// of a record's bytes: decoding into it skips them (RecordReader's
// SkipMentions). Each procedure keeps its first mention (text, start,
// end).
type liteRecord struct {
	Source             string  `json:"source"`
	Language           string  `json:"language"`
	LanguageConfidence float64 `json:"language_confidence"`
	Encoding           string  `json:"encoding"`
	Title              string  `json:"title"`
	Published          string  `json:"published"`
	Truncated          bool    `json:"truncated"`
	ScannedTo          int     `json:"scanned_to"`
	Institutions       []struct {
		Name    string  `json:"name"`
		Key     string  `json:"key"`
		Kind    string  `json:"kind"`
		Acronym *string `json:"acronym"`
	} `json:"institutions"`
	Procedures []struct {
		Count       int64   `json:"count"`
		CountMax    *int64  `json:"count_max"`
		Qualifier   string  `json:"qualifier"`
		Procedure   string  `json:"procedure"`
		Type        *string `json:"type"`
		Organ       *string `json:"organ"`
		Institution *string `json:"institution"`
		City        *string `json:"city"`
		When        *string `json:"when"`
		Text        string  `json:"text"`
		Start       int     `json:"start"`
		End         int     `json:"end"`
	} `json:"procedures"`
	Dates []struct {
		Value    string `json:"value"`
		Text     string `json:"text"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Relative bool   `json:"relative"`
	} `json:"dates"`
	Cities []struct {
		Name       string  `json:"name"`
		Country    string  `json:"country"`
		Lat        float64 `json:"lat"`
		Lon        float64 `json:"lon"`
		GeonamesID int     `json:"geonames_id"`
	} `json:"cities"`
}

// unmarshalRecord decodes one record, with or without its mentions.
func unmarshalRecord(data []byte, rec *extract.Record, skipMentions bool) error {
	if !skipMentions {
		return json.Unmarshal(data, rec)
	}
	var l liteRecord
	if err := json.Unmarshal(data, &l); err != nil {
		return err
	}
	l.to(rec)
	return nil
}

// to fills rec from l; lists l has are never nil in rec.
func (l *liteRecord) to(rec *extract.Record) {
	*rec = extract.Record{Source: l.Source, Language: l.Language, LanguageConfidence: l.LanguageConfidence,
		Encoding: l.Encoding, Title: l.Title, Published: l.Published, Truncated: l.Truncated, ScannedTo: l.ScannedTo}
	if l.Procedures != nil {
		rec.Procedures = make([]extract.Procedure, len(l.Procedures))
	}
	for i, p := range l.Procedures {
		rec.Procedures[i] = extract.Procedure{Count: p.Count, CountMax: p.CountMax, Qualifier: p.Qualifier,
			Procedure: p.Procedure, Type: p.Type, Organ: p.Organ, Institution: p.Institution, City: p.City,
			When: p.When, Text: p.Text, Start: p.Start, End: p.End}
	}
	rec.Institutions = make([]extract.Institution, len(l.Institutions))
	for i, x := range l.Institutions {
		rec.Institutions[i] = extract.Institution{Name: x.Name, Key: x.Key, Kind: x.Kind, Acronym: x.Acronym}
	}
	rec.Dates = make([]extract.Date, len(l.Dates))
	for i, x := range l.Dates {
		rec.Dates[i] = extract.Date{Value: x.Value, Text: x.Text, Start: x.Start, End: x.End, Relative: x.Relative}
	}
	rec.Cities = make([]extract.City, len(l.Cities))
	for i, x := range l.Cities {
		rec.Cities[i] = extract.City{Name: x.Name, Country: x.Country, Lat: x.Lat, Lon: x.Lon, GeonamesID: x.GeonamesID}
	}
}
