package source

import (
	"strings"
	"testing"
)

// --encoding forced on a file that is valid UTF-8 (and not plain ASCII)
// makes mojibake: the record is still produced as asked, with a warning.
func TestForcedEncodingWarning(t *testing.T) {
	arabic := "أجرى مستشفى وهران عشر عمليات جراحية."
	tests := []struct {
		name string
		data []byte
		enc  string
		warn string
	}{
		{"utf-8 read as cp1256", []byte(arabic), "cp1256", "valid UTF-8 decoded as windows-1256 as --encoding asks: the text is likely garbled"},
		{"utf-8 with BOM read as latin-1", []byte("\xef\xbb\xbfDix opérations."), "latin1", "valid UTF-8 decoded as iso-8859-1 as --encoding asks: the text is likely garbled"},
		{"utf-8 html read as koi8-r", []byte("<html><body><p>Десять операций в Москве.</p></body></html>"), "koi8-r", "valid UTF-8 decoded as koi8-r"},
		{"ascii read as cp1256", []byte("Ten operations in Oran."), "cp1256", ""},
		{"utf-8 read as utf-8", []byte(arabic), "utf-8", ""},
		{"cp1256 read as cp1256", encode(t, arabic, "windows-1256"), "cp1256", ""},
		{"utf-8 detected", []byte(arabic), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			enc, err := EncodingName(tt.enc)
			if tt.enc == "" {
				enc, err = "", nil
			}
			must(t, err)
			a, err := Read(stdinJob(tt.data), Options{Encoding: enc})
			if err != nil {
				t.Fatal(err)
			}
			if tt.warn == "" && a.Warning != "" || !strings.HasPrefix(a.Warning, tt.warn) {
				t.Errorf("warning = %q, want %q", a.Warning, tt.warn)
			}
		})
	}
}
