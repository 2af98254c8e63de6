package htmlreport

import (
	_ "embed"
	"encoding/json"
	"html/template"
	"io"
)

var (
	//go:embed page.html
	pageHTML string
	//go:embed page.css
	pageCSS string
	//go:embed page.js
	pageJS string

	pageTmpl = template.Must(template.New("page").Parse(pageHTML))
)

// Write writes the page for d to w: one HTML file that needs nothing else.
func Write(w io.Writer, d *Data) error {
	// encoding/json escapes <, > and & in strings (\u003c...), so no
	// article text can close the script element it is inlined in.
	data, err := json.Marshal(d)
	if err != nil {
		return err
	}
	return pageTmpl.Execute(w, struct {
		Title     string
		Countries []Country
		Scale     int
		CSS       template.CSS
		JS        template.JS
		Data      template.JS
	}{d.Title, World(), WorldScale, template.CSS(pageCSS), template.JS(pageJS), template.JS(data)})
}
