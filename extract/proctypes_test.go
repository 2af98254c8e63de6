package extract

import "testing"

// TestProcedureTypes checks the packs' type rules per language: the type
// and organ of each count, "" for null.
func TestProcedureTypes(t *testing.T) {
	e := engine(t)
	tests := []struct{ text, typ, organ string }{
		{"Le CHU de Constantine a réalisé 12 greffes rénales en 2023.", "transplant", "kidney"},
		{"L'hôpital a réalisé 7 greffes de foie cette année.", "transplant", "liver"},
		{"La clinique a pratiqué 40 césariennes au mois de mars.", "cesarean", ""},
		{"Le service a réalisé 30 interventions par coelioscopie cette année.", "endoscopic", ""},
		{"Il a réalisé quatre opérations dites de “triple pontage coronarien”.", "cardiac", ""},
		{"Le service a réalisé 25 arthroplasties de hanche depuis janvier.", "joint_replacement", ""},
		{"Le CHU a réalisé 120 opérations depuis janvier.", "surgery", ""},
		{"Le centre a assuré 300 dialyses le mois dernier.", "other", ""},
		{"أجرى مستشفى وهران 15 عملية زرع كلية خلال السنة الماضية.", "transplant", "kidney"},
		{"أجرى الفريق الطبي 12 عملية قلب مفتوح في المستشفى الجامعي.", "cardiac", ""},
		{"سجل المستشفى الجامعي 100 عملية جراحية بالمنظار خلال السنة.", "endoscopic", ""},
		{"أجرى الأطباء في المستشفى الجامعي 50 عملية قيصرية خلال الشهر.", "cesarean", ""},
		{"أجرى الأطباء في المستشفى الجامعي 30 عملية جراحية خلال الشهر.", "surgery", ""},
		{"В областной больнице выполнили 40 трансплантаций печени за год.", "transplant", "liver"},
		{"Врачи больницы провели 25 пересадок почки в прошлом году.", "transplant", "kidney"},
		{"В роддоме провели 60 кесаревых сечений за месяц в этом году.", "cesarean", ""},
		{"Хирурги выполнили 120 лапароскопических операций в этом году.", "endoscopic", ""},
		{"В клинике выполнили 300 операций эндопротезирования суставов за год.", "joint_replacement", ""},
		{"В центре выполнили 80 операций аортокоронарного шунтирования за год.", "cardiac", ""},
		{"Хирурги центра провели 500 операций в этом году, сообщили в больнице.", "surgery", ""},
	}
	for _, tt := range tests {
		res, err := e.Process(Article{Source: "t", Text: tt.text})
		if err != nil {
			t.Fatal(err)
		}
		ps := res.Record.Procedures
		if len(ps) != 1 {
			t.Errorf("%q: %d procedures, want 1", tt.text, len(ps))
			continue
		}
		typ, organ := "", ""
		if ps[0].Type != nil {
			typ = *ps[0].Type
		}
		if ps[0].Organ != nil {
			organ = *ps[0].Organ
		}
		if typ != tt.typ || organ != tt.organ {
			t.Errorf("%q: type %q organ %q, want %q %q", tt.text, typ, organ, tt.typ, tt.organ)
		}
	}
}
