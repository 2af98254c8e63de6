package source

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite testdata/encodings/*/article.<encoding>.txt from article.txt")

// encodedFiles lists, per language, the encodings of testdata/encodings/LANG/article.txt.
var encodedFiles = map[string][]string{
	"fr": {"windows-1252", "iso-8859-1", "utf-16le-bom", "utf-8-bom"},
	"ar": {"windows-1256", "iso-8859-6", "utf-16le-bom"},
	"ru": {"windows-1251", "koi8-r", "iso-8859-5", "utf-16be-bom"},
}

func encoder(name string) encoding.Encoding {
	switch name {
	case "windows-1252":
		return charmap.Windows1252
	case "iso-8859-1":
		return charmap.ISO8859_1
	case "windows-1256":
		return charmap.Windows1256
	case "iso-8859-6":
		return charmap.ISO8859_6
	case "windows-1251":
		return charmap.Windows1251
	case "koi8-r":
		return charmap.KOI8R
	case "iso-8859-5":
		return charmap.ISO8859_5
	case "utf-16le-bom":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case "utf-16be-bom":
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	case "utf-8-bom":
		return unicode.UTF8BOM
	}
	panic(name)
}

func encode(t testing.TB, text, name string) []byte {
	t.Helper()
	b, err := encoder(name).NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatalf("encode %s: %v", name, err)
	}
	return b
}

// TestEncodingFiles checks that the encoded test articles are the
// encodings of article.txt (go test -run EncodingFiles -update rewrites them).
func TestEncodingFiles(t *testing.T) {
	for lang, encs := range encodedFiles {
		orig, err := os.ReadFile(filepath.Join("..", "testdata", "encodings", lang, "article.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range encs {
			want := encode(t, string(orig), e)
			p := filepath.Join("..", "testdata", "encodings", lang, "article."+e+".txt")
			if *update {
				if err := os.WriteFile(p, want, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			got, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s is not article.txt in %s (run go test -run EncodingFiles -update)", p, e)
			}
		}
	}
}

func TestReadEncodings(t *testing.T) {
	tests := []struct {
		file, enc string
	}{
		{"fr/article.txt", "utf-8"},
		{"fr/article.utf-8-bom.txt", "utf-8-bom"},
		{"fr/article.utf-16le-bom.txt", "utf-16le"},
		// The article uses no character outside Latin-1, so its windows-1252
		// bytes are its ISO-8859-1 bytes: both are named by the smaller set
		// (TestDetectLatin shows windows-1252 detected from ’ or …).
		{"fr/article.windows-1252.txt", "iso-8859-1"},
		{"fr/article.iso-8859-1.txt", "iso-8859-1"},
		{"ar/article.txt", "utf-8"},
		{"ar/article.windows-1256.txt", "windows-1256"},
		{"ar/article.iso-8859-6.txt", "iso-8859-6"},
		{"ar/article.utf-16le-bom.txt", "utf-16le"},
		{"ru/article.txt", "utf-8"},
		{"ru/article.windows-1251.txt", "windows-1251"},
		{"ru/article.koi8-r.txt", "koi8-r"},
		{"ru/article.iso-8859-5.txt", "iso-8859-5"},
		{"ru/article.utf-16be-bom.txt", "utf-16be"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", "encodings")
			want, err := os.ReadFile(filepath.Join(dir, filepath.Dir(tt.file), "article.txt"))
			if err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, tt.file)
			a, err := Read(Job{Source: p, Path: p}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Text != string(want) {
				t.Errorf("text differs from article.txt:\n%.200q", a.Text)
			}
			if a.Encoding != tt.enc {
				t.Errorf("encoding = %s, want %s", a.Encoding, tt.enc)
			}
			if a.Source != p || a.Truncated {
				t.Errorf("source %q truncated %v", a.Source, a.Truncated)
			}
		})
	}
}

// Each legacy article is also recognised from a short excerpt (one sentence).
func TestDetectShort(t *testing.T) {
	for lang, encs := range encodedFiles {
		orig, _ := os.ReadFile(filepath.Join("..", "testdata", "encodings", lang, "article.txt"))
		para := strings.Split(string(orig), "\n\n")[1]
		i := strings.IndexAny(para, ".،")
		_, n := utf8.DecodeRuneInString(para[i:])
		sentence := para[:i+n]
		for _, e := range encs {
			if strings.HasPrefix(e, "utf") || e == "windows-1252" {
				continue
			}
			text, enc, err := Decode(encode(t, sentence, e), "", false)
			if err != nil || text != sentence || enc != e {
				t.Errorf("%s %s: got %s %v %.60q", lang, e, enc, err, text)
			}
		}
	}
}

func TestDetectLatin(t *testing.T) {
	tests := []struct{ text, enc string }{
		{"L’hôpital a réalisé trois opérations… en août.", "windows-1252"},
		{"Le cœur de l'équipe.", "windows-1252"},
		{"L'hôpital a réalisé trois opérations en août.", "iso-8859-1"},
		{"El hospital realizó cinco cirugías en Señor.", "iso-8859-1"},
	}
	for _, tt := range tests {
		text, enc, err := Decode(encode(t, tt.text, tt.enc), "", false)
		if err != nil || text != tt.text || enc != tt.enc {
			t.Errorf("%q: got %q %s %v", tt.text, text, enc, err)
		}
	}
}

func TestForcedEncoding(t *testing.T) {
	ru, _ := os.ReadFile(filepath.Join("..", "testdata", "encodings", "ru", "article.txt"))
	fr, _ := os.ReadFile(filepath.Join("..", "testdata", "encodings", "fr", "article.txt"))
	tests := []struct {
		name, force, want, enc, err string
		data                        []byte
	}{
		{"koi8 as cp1251 gives junk", "CP1251", "", "windows-1251", "", encode(t, string(ru), "koi8-r")},
		{"koi8 forced", "KOI8-R", string(ru), "koi8-r", "", encode(t, string(ru), "koi8-r")},
		{"latin1 alias", "latin1", string(fr), "iso-8859-1", "", encode(t, string(fr), "windows-1252")},
		{"cp1252 alias", "cp1252", string(fr), "windows-1252", "", encode(t, string(fr), "windows-1252")},
		{"iso-8859-5", "ISO_8859-5", string(ru), "iso-8859-5", "", encode(t, string(ru), "iso-8859-5")},
		{"utf-16be forced", "utf-16be", string(ru), "utf-16be", "", encode(t, string(ru), "utf-16be-bom")},
		{"utf-8 forced on latin1", "utf8", "", "", "not valid UTF-8", encode(t, string(fr), "iso-8859-1")},
		{"utf-8 forced keeps bom name", "utf-8", string(fr), "utf-8-bom", "", encode(t, string(fr), "utf-8-bom")},
		{"unknown", "ebcdic", "", "", "unknown encoding", fr},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Read(stdinJob(tt.data), Options{Encoding: tt.force})
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Encoding != tt.enc {
				t.Errorf("encoding %s, want %s", a.Encoding, tt.enc)
			}
			if tt.want != "" && a.Text != tt.want {
				t.Errorf("text %.80q", a.Text)
			}
			if tt.want == "" && a.Text == string(ru) {
				t.Errorf("forcing the wrong encoding gave the right text")
			}
		})
	}
}

func stdinJob(data []byte) Job {
	return Job{Source: Stdin, Path: Stdin, stdin: bytes.NewReader(data)}
}

func TestRejects(t *testing.T) {
	tests := []struct {
		name, data, err string
	}{
		{"empty", "", "empty file"},
		{"whitespace", " \n\t\r\n ", "empty file"},
		{"bom only", "\xef\xbb\xbf \n", "empty file"},
		{"utf-16 spaces", "\xff\xfe \x00\n\x00", "empty file"},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not a text article"},
		{"jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG image)"},
		{"gif", "GIF89a\x01\x00", "binary file (GIF image)"},
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (PDF document)"},
		{"zip", "PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP archive)"},
		{"gzip", "\x1f\x8b\x08\x00\x00\x00", "binary file (gzip archive)"},
		{"nul", "text\x00more text", "binary file (NUL bytes)"},
		{"truncated utf-8", "Dix opérations à Sétif, trois à Or"[:34] + "\xc3", "not valid UTF-8"},
		{"lone truncated utf-8", "opé"[:3], "not valid UTF-8"},
		{"broken utf-8", "Les opérations à l'hôpital de Sétif ont été \xe9 réalisées.", "not valid UTF-8"},
		{"odd utf-16", "\xff\xfeD\x00i\x00x", "not valid UTF-16"},
		{"random high bytes", "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b", "no legacy encoding fits"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(stdinJob([]byte(tt.data)), Options{})
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("err = %v, want %q", err, tt.err)
			}
		})
	}
}

func TestKeepsTextAsDecoded(t *testing.T) {
	// No normalization, no line-ending change: only the BOM goes.
	in := "\xef\xbb\xbfe\u0301te\u0301\r\nسلام\r\n"
	a, err := Read(stdinJob([]byte(in)), Options{})
	if err != nil || a.Text != in[3:] || a.Encoding != "utf-8-bom" {
		t.Errorf("got %q %s %v", a.Text, a.Encoding, err)
	}
}

func TestEncodingName(t *testing.T) {
	for in, want := range map[string]string{
		"UTF-8": "utf-8", "utf8": "utf-8", "CP1256": "windows-1256", "windows-1256": "windows-1256",
		"ISO-8859-6": "iso-8859-6", "cp1251": "windows-1251", "KOI8-R": "koi8-r", "koi8r": "koi8-r",
		"iso_8859-5": "iso-8859-5", "latin1": "iso-8859-1", "Latin-1": "iso-8859-1", "cp1252": "windows-1252",
		"UTF-16LE": "utf-16le", "utf-16be": "utf-16be",
	} {
		if got, err := EncodingName(in); got != want || err != nil {
			t.Errorf("EncodingName(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := EncodingName("shift_jis"); err == nil {
		t.Error("shift_jis accepted")
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"Dix opérations", "\xef\xbb\xbf", "\xff\xfeD\x00", "\xfe\xff\x00D", "\x00", "op\xe9",
		"\xc7\xe1\xd8\xc8", "\xcf\xd2\xc9", "<html><head><meta charset=windows-1251></head><body><p>\xcf\xf0\xe8</p></body></html>",
		"\x89PNG\r\n\x1a\n", "\xd8"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Read(stdinJob(data), Options{MaxBytes: 4096})
		if err != nil {
			return
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Errorf("empty text accepted")
		}
		if !utf8.ValidString(a.Text) {
			t.Errorf("text is not UTF-8")
		}
		if utf8.Valid(data) && !IsHTML(data) && !bytes.HasPrefix(data, bomUTF8) && Binary(data) == "" && len(data) <= 4096 {
			if a.Text != string(data) || a.Encoding != "utf-8" {
				t.Errorf("valid UTF-8 did not round-trip: %q -> %q (%s)", data, a.Text, a.Encoding)
			}
		}
	})
}
