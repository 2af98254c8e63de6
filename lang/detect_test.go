package lang

import "testing"

func TestDetect(t *testing.T) {
	d := packDetector(t)
	tests := []struct{ text, want string }{
		{"La clinique a réalisé dix opérations chirurgicales complexes avec succès cette semaine.", "fr"},
		{"تم إجراء خمس عمليات جراحية ناجحة بالمستشفى الجامعي خلال هذا الأسبوع.", "ar"},
		{"Хирурги областной больницы провели тринадцать сложных операций на сердце.", "ru"},
		{"The hospital performed ten complex surgical operations successfully this week.", "en"},
		{"El hospital realizó diez operaciones quirúrgicas complejas con éxito esta semana.", "es"},
		{"Хірурги обласної лікарні провели тринадцять складних операцій на серці.", "uk"},
		{"Хирурги провели 13 операций.", "ru"},
		{"Врачи Ташкента провели 12 операций в Ташкенте.", "ru"},
		{"Хирургът извърши тринадесет сложни операции на сърцето в болницата.", "bg"},
		{"ok", "und"},
		{"12345 67890 !!!", "und"},
	}
	for _, tt := range tests {
		if got := d.Detect(tt.text).Code; got != tt.want {
			t.Errorf("Detect(%.30q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}
