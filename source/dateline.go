package source

import "regexp"

// datedText matches a text that opens on its publication date, as pages
// saved with their date do: " date 2025-12-07 В Красноярской ...".
var datedText = regexp.MustCompile(`\A\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})\b`)

// textDate is the publication date a text opens on, or "".
func textDate(text string) string {
	if m := datedText.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}
