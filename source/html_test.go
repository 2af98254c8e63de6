package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadHTML(t *testing.T) {
	tests := []struct {
		lang, enc, published string
		boilerplate          []string
	}{
		{"fr", "utf-8", "2024-03-11T08:30:00+01:00", []string{
			"cookies", "Tout accepter", "Actualités", "Abonnez-vous", "Publicité", "mutuelle",
			"lire aussi", "Grippe saisonnière", "droits réservés", "Mentions légales", "dataLayer", "Partager"}},
		{"ar", "utf-8", "2024-02-18T10:15:00+01:00", []string{
			"ملفات تعريف الارتباط", "الرئيسية", "اتصل بنا", "إعلان", "مقالات ذات صلة", "حملة تلقيح",
			"جميع الحقوق محفوظة", "querySelector", "الوسوم"}},
		{"ru", "windows-1251", "2024-03-05T12:00:00+04:00", []string{
			"cookie", "Главная", "Подписка", "Реклама", "Читайте также", "Тольятти",
			"Все права защищены", "_tmr"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			p := filepath.Join("..", "testdata", "html", tt.lang+".html")
			a, err := Read(Job{Source: p, Path: p}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			plain, err := os.ReadFile(filepath.Join("..", "testdata", "html", tt.lang+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			paras := strings.Split(strings.TrimSpace(string(plain)), "\n\n")
			if a.Title != paras[0] {
				t.Errorf("title = %q, want %q", a.Title, paras[0])
			}
			if a.Published != tt.published {
				t.Errorf("published = %q, want %q", a.Published, tt.published)
			}
			if a.Encoding != tt.enc {
				t.Errorf("encoding = %q, want %q", a.Encoding, tt.enc)
			}
			for _, para := range paras[1:] {
				if !strings.Contains(a.Text, para) {
					t.Errorf("main text lacks %q", para)
				}
			}
			if !strings.Contains(a.Text, paras[1]+"\n\n"+paras[2]) {
				t.Errorf("paragraphs are not separated by a blank line:\n%s", a.Text)
			}
			for _, w := range tt.boilerplate {
				if strings.Contains(a.Text, w) {
					t.Errorf("main text has boilerplate %q:\n%s", w, a.Text)
				}
			}
		})
	}
}

func TestHTMLSniffedOnStdin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "html", "ru.html"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Read(stdinJob(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Encoding != "windows-1251" || !strings.Contains(a.Text, "двадцать пять операций") || strings.Contains(a.Text, "Главная") {
		t.Errorf("got %s %q", a.Encoding, a.Text)
	}
	// The same page in UTF-16 (BOM) is sniffed after decoding.
	a, err = Read(stdinJob(encode(t, a.Text, "utf-16le-bom")), Options{})
	if err != nil || a.Encoding != "utf-16le" {
		t.Errorf("utf-16 text: %s %v", a.Encoding, err)
	}
}

func TestHTMLCharset(t *testing.T) {
	body := "<p>Пять операций провели в областной больнице за неделю, сообщили врачи.</p>"
	tests := []struct {
		name, page, enc string
	}{
		{"meta charset", `<html><head><meta charset="KOI8-R"></head><body>` + body + `</body></html>`, "koi8-r"},
		{"http-equiv", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-5"></head><body>` + body + `</body></html>`, "iso-8859-5"},
		{"no charset", `<!doctype html><html><body>` + body + `</body></html>`, "windows-1251"},
		{"declared utf-8 but cp1251", `<html><head><meta charset="utf-8"></head><body>` + body + `</body></html>`, "windows-1251"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.enc
			data := encode(t, tt.page, e)
			a, err := Read(stdinJob(data), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Encoding != tt.enc || !strings.Contains(a.Text, "Пять операций провели") {
				t.Errorf("got %s %q", a.Encoding, a.Text)
			}
		})
	}
	// A page declared windows-1251 whose bytes are UTF-8 is UTF-8.
	a, err := Read(stdinJob([]byte(`<html><head><meta charset="windows-1251"></head><body>`+body+`</body></html>`)), Options{})
	if err != nil || a.Encoding != "utf-8" || !strings.Contains(a.Text, "Пять операций") {
		t.Errorf("mislabelled UTF-8: %s %v %q", a.Encoding, err, a.Text)
	}
}

func TestIsHTML(t *testing.T) {
	for s, want := range map[string]bool{
		"<!DOCTYPE html><html>":           true,
		"\n  <html lang=fr>":              true,
		"<!-- saved --><html>":            true,
		"\xef\xbb\xbf<!doctype html>":     true,
		"<head><title>x</title>":          true,
		"Le <html> est un langage":        false,
		"Dix opérations <p>":              false,
		"<?xml version=\"1.0\"?><html>":   true,
		"<?xml version=\"1.0\"?><rss>":    false,
		"<!-- unterminated comment <html": false,
	} {
		if IsHTML([]byte(s)) != want {
			t.Errorf("IsHTML(%q) = %v", s, !want)
		}
	}
}

// A page nested past the HTML parser's 512-element limit (tag soup of
// unclosed <font>, or deep <div>s) is read with the tokenizer instead of
// being refused whole.
func TestHTMLTagSoup(t *testing.T) {
	body := "<p>Le CHU de Tizi Ouzou a réalisé dix greffes rénales.</p><script>var x = 1;</script><div>Les patients vont bien.</div>"
	for name, page := range map[string]string{
		"unclosed": "<html><head><title>Greffes</title></head><body>" + strings.Repeat("<font>", 600) + body + "</body></html>",
		"deep":     "<html><body>" + strings.Repeat("<div>", 2000) + body + strings.Repeat("</div>", 2000) + "</body></html>",
	} {
		p, err := ParseHTML(page)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := "Le CHU de Tizi Ouzou a réalisé dix greffes rénales.\n\nLes patients vont bien."
		if p.Text != want {
			t.Errorf("%s: text %q, want %q", name, p.Text, want)
		}
		if name == "unclosed" && p.Title != "Greffes" {
			t.Errorf("%s: title %q", name, p.Title)
		}
	}
}
