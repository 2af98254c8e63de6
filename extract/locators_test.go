package extract

import "testing"

func TestIsLocator(t *testing.T) {
	for _, tt := range []struct {
		run  string
		want bool
	}{
		{"https://example.com/2024/10/06/article-title", true},
		{"(http://x.org/a?b=2023).", true},
		{"www.site.dz/2022/", true},
		{"WWW.Site.DZ", true},
		{"site.dz/2022/greffes", true},
		{"/uploads/2025/02/22-3.jpg", true},
		{"/uploads/2025/02/", true},
		{"wp-content/uploads/2025/02/22", true},
		{"image_2023-10-06.png", true},
		{"2023-10-06.pdf", true},
		{"greffes2024@chu-oran.dz", true},
		{"12/03/2022", false},
		{"12.03.2022", false},
		{"12.03.2022г.", false},
		{"2023.Le", false},
		{"2023.le", false},
		{"2.000.000", false},
		{"الأول/أكتوبر", false},
		{"et/ou", false},
		{"24h/24", false},
		{"2023/2024", false},
		{"janvier/février/mars/avril", false},
		{"M.", false},
		{"@chu_oran", false},
	} {
		if got := isLocator(tt.run); got != tt.want {
			t.Errorf("isLocator(%q) = %v, want %v", tt.run, got, tt.want)
		}
	}
}
