package source

import (
	"encoding/json"
	"errors"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is the readable part of an HTML page.
type Page struct {
	Title     string // og:title, else <title>
	Published string // publication date as the page gives it
	Text      string // main text, paragraphs separated by "\n\n"
}

// ParseHTML finds the title, publication date and main text of a page
// (already decoded). The main text drops navigation, scripts, ads, cookie
// banners, footers and related links (readability); each block of the
// article is one paragraph, with white space inside it collapsed.
func ParseHTML(page string) (Page, error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		p := tokenPage(page)
		if strings.TrimSpace(p.Text) == "" {
			return p, errors.New("no article text in the HTML page")
		}
		return p, nil
	}
	p := Page{Title: pageTitle(doc), Published: published(doc)}
	removeBoilerplate(doc)
	parser := readability.NewParser()
	art, err := parser.ParseDocument(doc, nil)
	root := art.Node
	if err != nil || root == nil {
		root = findElement(doc, atom.Body)
		if root == nil {
			root = doc
		}
	}
	p.Text = renderText(root)
	if p.Title == "" && err == nil {
		p.Title = strings.TrimSpace(art.Title())
	}
	if strings.TrimSpace(p.Text) == "" {
		return p, errors.New("no article text in the HTML page")
	}
	return p, nil
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

func walkElements(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkElements(c, fn)
	}
}

// metas maps the lower-cased property, name or itemprop of each <meta>
// to its first content.
func metas(doc *html.Node) map[string]string {
	m := map[string]string{}
	walkElements(doc, func(n *html.Node) {
		if n.DataAtom != atom.Meta {
			return
		}
		content, ok := attr(n, "content")
		content = strings.TrimSpace(content)
		if !ok || content == "" {
			return
		}
		for _, k := range []string{"property", "name", "itemprop"} {
			if v, ok := attr(n, k); ok {
				v = strings.ToLower(strings.TrimSpace(v))
				if _, seen := m[v]; !seen {
					m[v] = content
				}
			}
		}
	})
	return m
}

func pageTitle(doc *html.Node) string {
	m := metas(doc)
	for _, k := range []string{"og:title", "twitter:title"} {
		if v := m[k]; v != "" {
			return v
		}
	}
	if t := findElement(doc, atom.Title); t != nil {
		return collapse(textOf(t))
	}
	return ""
}

var publishedMetas = []string{
	"article:published_time", "og:article:published_time", "og:published_time",
	"datepublished", "published_time", "pubdate", "publishdate", "publish-date",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
	"sailthru.date", "parsely-pub-date", "date",
}

// published returns the publication date as the page states it: meta
// tags, then JSON-LD datePublished, then a <time datetime>.
func published(doc *html.Node) string {
	m := metas(doc)
	for _, k := range publishedMetas {
		if v := m[k]; v != "" {
			return v
		}
	}
	var found string
	walkElements(doc, func(n *html.Node) {
		if found != "" || n.DataAtom != atom.Script {
			return
		}
		if t, _ := attr(n, "type"); !strings.EqualFold(strings.TrimSpace(t), "application/ld+json") {
			return
		}
		var v any
		if json.Unmarshal([]byte(textOf(n)), &v) == nil {
			found = jsonLDDate(v)
		}
	})
	if found != "" {
		return found
	}
	var first, marked string
	walkElements(doc, func(n *html.Node) {
		if n.DataAtom != atom.Time {
			return
		}
		dt, ok := attr(n, "datetime")
		dt = strings.TrimSpace(dt)
		if !ok || dt == "" {
			return
		}
		if first == "" {
			first = dt
		}
		ip, _ := attr(n, "itemprop")
		_, pub := attr(n, "pubdate")
		if marked == "" && (pub || strings.EqualFold(ip, "datePublished")) {
			marked = dt
		}
	})
	if marked != "" {
		return marked
	}
	return first
}

// jsonLDDate finds datePublished in a JSON-LD value (objects, arrays, @graph).
func jsonLDDate(v any) string {
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v["datePublished"].(string); ok && strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if d := jsonLDDate(v[k]); d != "" {
				return d
			}
		}
	case []any:
		for _, e := range v {
			if d := jsonLDDate(e); d != "" {
				return d
			}
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// collapse joins the words of s with single spaces.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Figure: true,
	atom.Figcaption: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Hr: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Caption: true,
}

var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Button: true, atom.Select: true, atom.Nav: true,
}

// renderText writes the text of n as paragraphs separated by blank lines.
func renderText(n *html.Node) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if s := collapse(cur.String()); s != "" {
			paras = append(paras, s)
		}
		cur.Reset()
	}
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Br {
				cur.WriteByte(' ')
				return
			}
			if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
				cur.WriteByte(' ')
			}
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
		if block {
			flush()
		}
	}
	rec(n)
	flush()
	return strings.Join(paras, "\n\n")
}

// boilerTokens are class or id words of page furniture that readability
// may keep: cookie banners, ads inside the article, share bars, related links.
var boilerTokens = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true, "rgpd": true,
	"ad": true, "ads": true, "adv": true, "advert": true, "advertisement": true, "adsbygoogle": true,
	"pub": true, "publicite": true, "sponsor": true, "sponsored": true, "promo": true,
	"outbrain": true, "taboola": true, "share": true, "sharing": true, "social": true,
	"newsletter": true, "related": true, "breadcrumb": true, "breadcrumbs": true, "popup": true,
	// datelines and bylines: the date goes to Published, not into the text
	"byline": true, "dateline": true, "meta": true, "author": true, "posted": true, "timestamp": true,
}

var boilerRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "dialog": true, "alertdialog": true,
}

// removeBoilerplate deletes the elements that boilerTokens, or an ARIA
// role of page furniture, mark (never html, body, main or article).
func removeBoilerplate(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isBoilerplate(c) {
			n.RemoveChild(c)
		} else {
			removeBoilerplate(c)
		}
		c = next
	}
}

func isBoilerplate(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.Head:
		return false
	case atom.Nav, atom.Footer, atom.Aside, atom.Time:
		return true
	}
	if role, ok := attr(n, "role"); ok && boilerRoles[strings.ToLower(strings.TrimSpace(role))] {
		return true
	}
	for _, k := range []string{"class", "id"} {
		v, _ := attr(n, k)
		for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}) {
			if boilerTokens[w] {
				return true
			}
		}
	}
	return false
}
