package extract

import "testing"

// TestTypeContinues: a count of one generic noun goes on with the kind of
// the precise count before it in its sentence, unless a list word adds it
// as another item, its own words say surgery, or another procedure is
// named between them.
func TestTypeContinues(t *testing.T) {
	e := engine(t)
	tests := []struct {
		name, text string
		count      int64
		typ, organ string // "" for null
	}{
		{"fr goes on", "Le CHU de Batna a réalisé 40 greffes rénales en 2023, dont la moitié entre mars et juin, et l'hôpital d'Oran 12 opérations.", 12, "transplant", "kidney"},
		{"fr another item", "Le CHU de Batna a réalisé 40 greffes rénales en 2023, ainsi que 300 opérations.", 300, "surgery", ""},
		{"fr another procedure between", "Le CHU a réalisé 40 césariennes, et des ablations de la vésicule, en tout 70 opérations.", 70, "surgery", ""},
		{"ar goes on", "أجرى المستشفى الجامعي بباتنة 310 عمليات زرع كلى، وأجرت المؤسسة خلال شهر ماي وحدها 14 عملية.", 14, "transplant", "kidney"},
		{"ar another item", "أجرى المستشفى 210 عمليات قلب مفتوح، إضافة إلى قرابة ثمانين عملية.", 80, "surgery", ""},
		{"ar surgery said outright", "أجرى المستشفى 100 عملية بالمنظار، وتم اجراء 5 عمليات جراحية.", 5, "surgery", ""},
		{"ru goes on", "В центре выполнили 250 трансплантаций печени, а в областной больнице 60 операций.", 60, "transplant", "liver"},
		{"ru another item", "В центре выполнили 250 трансплантаций печени, а также 600 операций.", 600, "surgery", ""},
		{"ru next sentence", "В центре выполнили 250 трансплантаций печени. В больнице провели 60 операций.", 60, "surgery", ""},
		// several organs take no organ from the transplant count before
		{"ru many organs", "С 2008 года выполнено более тысячи трансплантаций печени, а в 2023 году — 250 пересадок различных органов.", 250, "transplant", ""},
		{"fr many organs", "Le CHU a réalisé 40 greffes rénales en 2022 et 70 greffes d'organes en 2023.", 70, "transplant", ""},
		{"fr organ of the count before", "Le CHU a réalisé 40 greffes rénales en 2022 et 70 greffes en 2023.", 70, "transplant", "kidney"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := e.Process(Article{Source: "t", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range res.Record.Procedures {
				if p.Count != tt.count {
					continue
				}
				if got := deref(p.Type); got != tt.typ {
					t.Errorf("%d: type %q, want %q", tt.count, got, tt.typ)
				}
				if got := deref(p.Organ); got != tt.organ {
					t.Errorf("%d: organ %q, want %q", tt.count, got, tt.organ)
				}
				return
			}
			t.Fatalf("no count %d in %+v", tt.count, res.Record.Procedures)
		})
	}
}
