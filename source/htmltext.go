package source

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tokenPage reads a page that the HTML parser refuses (tag soup nested
// past its 512-element limit) with the tokenizer, which has no such
// limit: the text outside scripts and styles, a paragraph per block
// element, and the <title>. No furniture is removed: the page had no tree
// to find it in.
func tokenPage(page string) Page {
	z := html.NewTokenizer(strings.NewReader(page))
	var p Page
	var text, para strings.Builder
	skip, inTitle := 0, false
	flush := func() {
		if s := collapse(para.String()); s != "" {
			if text.Len() > 0 {
				text.WriteString("\n\n")
			}
			text.WriteString(s)
		}
		para.Reset()
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			flush()
			p.Text = text.String()
			return p
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			start := z.Token().Type == html.StartTagToken
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				if start {
					skip++
				} else if skip > 0 {
					skip--
				}
			case atom.Title:
				inTitle = start
			case atom.P, atom.Div, atom.Br, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
				atom.Section, atom.Article, atom.Tr, atom.Blockquote:
				flush()
			}
		case html.TextToken:
			switch {
			case inTitle && p.Title == "":
				p.Title = collapse(string(z.Text()))
			case skip == 0 && !inTitle:
				para.Write(z.Text())
				para.WriteByte(' ')
			}
		}
	}
}
