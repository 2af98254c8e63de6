package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestEntityIndexAgreesWithScan merges the institutions of every fixture,
// and of all fixtures of a language as one long article, once by scanning
// the entities and once through the index: the two must agree exactly.
func TestEntityIndexAgreesWithScan(t *testing.T) {
	e := engine(t)
	for _, code := range []string{"fr", "ar", "ru"} {
		texts := articles(t, code)
		texts = append(texts, strings.Join(texts, "\n\n"), mergeCases[code])
		for i, text := range texts {
			merge := func(limit int) []Institution {
				defer func(old int) { linearMax = old }(linearMax)
				linearMax = limit
				insts, _ := newDoc(e.bundle.Langs[code], text).institutions(e.gaz, nil)
				return insts
			}
			scan, indexed := merge(1<<30), merge(0)
			if len(scan) == 0 {
				t.Errorf("%s text %d: no institutions", code, i)
			}
			if !reflect.DeepEqual(scan, indexed) {
				t.Errorf("%s text %d: the index merges differently:\nscan    %v\nindexed %v", code, i, names(scan), names(indexed))
			}
		}
	}
}

// mergeCases join mentions by each rule: a name proper shared by two
// triggers, an acronym spelling a name's initials, a shorter form.
var mergeCases = map[string]string{
	"fr": "Le CHU Ibn Rochd de Casablanca a réalisé dix greffes. L'hôpital Ibn Rochd compte 40 lits. " +
		"La Caisse nationale de sécurité sociale a remboursé les soins ; la CNSS paie aussi les prothèses. " +
		"La clinique Al Kawtar de Fès et la clinique Al Kawtar ont signé.",
	"ar": "أجرى مستشفى ابن سينا الجامعي بالرباط عشر عمليات، وقال مدير مستشفى ابن سينا إن الصندوق الوطني للضمان الاجتماعي سيتكفل بها.",
	"ru": "Брестская центральная городская больница провела 13 операций. В ЦГБ отметили, что Брестской центральной городской больницы хватает.",
}

func names(insts []Institution) []string {
	var out []string
	for _, in := range insts {
		out = append(out, in.Name)
	}
	return out
}
