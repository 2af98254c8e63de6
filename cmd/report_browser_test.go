package cmd_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/newsx/newsx/extract"
)

// The report as a person sees it, in Debian's chromium, headless.
//
// Plain `go test ./...` skips these tests when no chromium is found;
// `make browser-test` (and so `make test`) installs it and sets
// NEWSX_BROWSER_TEST=1, under which a missing or failing browser fails.
// NEWSX_CHROMIUM names the browser, NEWSX_SCREENSHOT where the PNG goes
// (else the test's temporary folder).

// chromium returns the browser's path, or skips (fails under
// NEWSX_BROWSER_TEST=1) when there is none.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("NEWSX_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("NEWSX_BROWSER_TEST") == "1" {
		t.Fatal("no chromium on PATH (make browser-test installs Debian's chromium)")
	}
	t.Skip("no chromium on PATH: the report's browser test needs it (run make browser-test, which installs it)")
	return ""
}

// browser starts a headless chromium with the flags this closed network
// needs (no background connections) and a fresh profile, and collects
// console errors and uncaught exceptions.
func browser(t *testing.T, path string) (context.Context, *consoleErrors) {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1300, 1100),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	errs := &consoleErrors{}
	if err := chromedp.Listen(ctx, errs.event); err != nil { // starts the browser
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx, errs
}

// consoleErrors gathers console.error and console.assert calls, uncaught
// exceptions and the browser log's errors (a resource that failed to load).
type consoleErrors struct {
	mu   sync.Mutex
	msgs []string
}

func (c *consoleErrors) event(ev any) {
	var msg string
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if e.Type != runtime.ConsoleAPICalledTypeError && e.Type != runtime.ConsoleAPICalledTypeAssert {
			return
		}
		var parts []string
		for _, a := range e.Args {
			parts = append(parts, strings.TrimSpace(string(a.Value)+" "+a.Description))
		}
		msg = "console." + string(e.Type) + ": " + strings.Join(parts, " ")
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		msg = fmt.Sprintf("exception at %d:%d: %s", d.LineNumber, d.ColumnNumber, d.Text)
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
	case *log.EventEntryAdded:
		if e.Entry.Level != log.EntryLevelError {
			return
		}
		msg = "log: " + e.Entry.Text + " " + e.Entry.URL
	default:
		return
	}
	c.mu.Lock()
	c.msgs = append(c.msgs, msg)
	c.mu.Unlock()
}

func (c *consoleErrors) all() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.msgs...)
}

// open loads the page and waits for its script to have drawn everything;
// it returns how long that took. A page whose script fails is named with
// its console errors.
func open(t *testing.T, ctx context.Context, page string, errs *consoleErrors) time.Duration {
	t.Helper()
	abs, err := filepath.Abs(page)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	wait, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(wait, chromedp.Navigate("file://"+abs), chromedp.WaitVisible(`body[data-ready="1"]`)); err != nil {
		t.Fatalf("loading %s: %v\n%s", page, err, strings.Join(errs.all(), "\n"))
	}
	return time.Since(start)
}

// fixtureFacts reads the fixtures' records and returns the cities and the
// institution keys that facts name (a city by name, as stats groups them):
// what the map and the table must show, counted apart from the page's code.
func fixtureFacts(t *testing.T) (cities, insts map[string]bool) {
	t.Helper()
	out, err := exec.Command(filepath.Join(binDir, "newsx"), "extract", "-q", "../testdata/gold").Output()
	if err != nil {
		t.Fatal(err)
	}
	cities, insts = map[string]bool{}, map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var r extract.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		for _, p := range r.Procedures {
			if p.City != nil {
				cities[*p.City] = true
			}
			if p.Institution != nil {
				for _, in := range r.Institutions {
					if in.Name == *p.Institution {
						insts[in.Key] = true
					}
				}
			}
		}
	}
	return cities, insts
}

func TestReportInBrowser(t *testing.T) {
	path := chromium(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	cmd := exec.Command(filepath.Join(binDir, "newsx"), "report", "-q", "-o", page, "../testdata/gold")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("newsx report: %v\n%s", err, out)
	}
	wantCities, wantInsts := fixtureFacts(t)
	ctx, errs := browser(t, path)
	took := open(t, ctx, page, errs)
	t.Logf("fixtures page loaded and drawn in %v", took.Round(time.Millisecond))

	markers := evalInt(t, ctx, `document.querySelectorAll("#markers circle").length`)
	rows := evalInt(t, ctx, `document.querySelectorAll("#insts tbody tr").length`)
	if markers != len(wantCities) {
		t.Errorf("%d markers on the map, want one per city of the fixtures' facts (%d)", markers, len(wantCities))
	}
	if rows != len(wantInsts) {
		t.Errorf("%d rows in the institutions table, want one per institution key (%d)", rows, len(wantInsts))
	}

	// Filter the table down to Marrakesh's CHU, open it, open its first
	// fact: the evidence shows the Arabic sentence right to left, the
	// matched words marked, and the article's source.
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(`#filter`, "Marrakesh"),
		chromedp.Sleep(400*time.Millisecond), // the filter waits for typing to pause
	); err != nil {
		t.Fatal(err)
	}
	if n := evalInt(t, ctx, `document.querySelectorAll("#insts tbody tr").length`); n != 1 {
		t.Errorf("filter Marrakesh: %d rows, want 1", n)
	}
	click(t, ctx, `#insts tbody tr`)
	if err := chromedp.Do(ctx, chromedp.WaitVisible(`#facts .fact`)); err != nil {
		t.Fatal(err)
	}
	click(t, ctx, `#facts .fact`)
	if err := chromedp.Do(ctx, chromedp.WaitVisible(`#facts .evidence mark`)); err != nil {
		t.Fatal(err)
	}
	chosen := evalInt(t, ctx, `+document.querySelector("#insts tr.selected").getAttribute("data-inst")`)
	mark := text(t, ctx, `#facts .evidence mark`)
	sentence := text(t, ctx, `#facts .evidence blockquote`)
	src := text(t, ctx, `#facts .evidence .src`)
	rtl, err := chromedp.Run(ctx, chromedp.AttributeValue(`#facts .evidence blockquote`, "dir"))
	if err != nil {
		t.Fatal(err)
	}
	if mark == "" || !strings.Contains(sentence, mark) || len([]rune(sentence)) <= len([]rune(mark)) {
		t.Errorf("evidence: mark %q in sentence %q", mark, sentence)
	}
	if rtl.Value != "rtl" || !strings.Contains(src, "ar_marrakech") || !strings.Contains(src, "Arabic") {
		t.Errorf("evidence: dir %q, source line %q", rtl.Value, src)
	}
	t.Logf("evidence: %q in %q (%s)", mark, sentence, src)

	// Clearing the filter brings every row back; a header sorts.
	if err := chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`(function () { var f = document.getElementById("filter"); f.value = ""; f.dispatchEvent(new Event("input")); })()`),
		chromedp.Sleep(400*time.Millisecond),
	); err != nil {
		t.Fatal(err)
	}
	click(t, ctx, `#insts th[data-sort="articles"]`)
	if n := evalInt(t, ctx, `document.querySelectorAll("#insts tbody tr").length`); n != len(wantInsts) {
		t.Errorf("after clearing the filter: %d rows, want %d", n, len(wantInsts))
	}
	if s := text(t, ctx, `#insts th[aria-sort]`); !strings.Contains(s, "Articles") {
		t.Errorf("sorted column: %q", s)
	}

	// A click on the year's tallest bar lists that year's facts: as many
	// as the page's data (aggregate's totals) counts in that year.
	seg, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(function () {
		var best = null;
		document.querySelectorAll("#timeline .bar-seg").forEach(function (r) {
			if (!best || +r.getAttribute("height") > +best.getAttribute("height")) best = r;
		});
		return [best.getAttribute("data-key"), best.getAttribute("data-type")];
	})()`))
	if err != nil || len(seg) != 2 {
		t.Fatalf("timeline bars: %v %v", seg, err)
	}
	click(t, ctx, fmt.Sprintf(`#timeline .bar-seg[data-key="%s"][data-type="%s"]`, seg[0], seg[1]))
	listed := evalInt(t, ctx, `document.querySelectorAll("#facts .fact").length`)
	inYear := evalInt(t, ctx, fmt.Sprintf(`(function () {
		var y = JSON.parse(document.getElementById("data").textContent).years[%q], n = 0;
		for (var t in y) n += y[t].facts;
		return n;
	})()`, seg[0]))
	if h := text(t, ctx, "#facts-h"); h != "Facts of "+seg[0] || listed != inYear || listed == 0 {
		t.Errorf("timeline %s: %q lists %d facts, the year holds %d", seg[0], h, listed, inYear)
	}
	// back to the evidence for the screenshot
	click(t, ctx, fmt.Sprintf(`#insts tr[data-inst="%d"]`, chosen))
	click(t, ctx, `#facts .fact`)

	// the first screen: map, timeline, the table's top and the evidence
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`)); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	shot := os.Getenv("NEWSX_SCREENSHOT")
	if shot == "" {
		shot = filepath.Join(dir, "report.png")
	}
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", shot, len(png))
	// a page with no fact at all draws too
	empty := filepath.Join(dir, "empty")
	if err := os.MkdirAll(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(empty, "a.txt"), []byte("Le ministre a parlé de la santé publique en général, sans chiffre.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	emptyPage := filepath.Join(dir, "empty.html")
	if out, err := exec.Command(filepath.Join(binDir, "newsx"), "report", "-o", emptyPage, empty).CombinedOutput(); err != nil {
		t.Fatalf("newsx report: %v\n%s", err, out)
	}
	open(t, ctx, emptyPage, errs)
	if n := evalInt(t, ctx, `document.querySelectorAll("#markers circle, #insts tbody tr").length`); n != 0 {
		t.Errorf("a page without facts shows %d markers and rows", n)
	}
	if s := text(t, ctx, "#summary"); !strings.Contains(s, "1 articles (1 fr), 0 facts") {
		t.Errorf("summary of a page without facts: %q", s)
	}
	if msgs := errs.all(); len(msgs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(msgs, "\n"))
	}
}

// TestReportLoadTime times a page given in NEWSX_REPORT_PAGE (a report of
// 1,000 or 10,000 generated articles, say): from navigation to drawn,
// best of 3 fresh loads. Skipped without it.
func TestReportLoadTime(t *testing.T) {
	page := os.Getenv("NEWSX_REPORT_PAGE")
	if page == "" {
		t.Skip("set NEWSX_REPORT_PAGE to a report to time its loading")
	}
	path := chromium(t)
	info, err := os.Stat(page)
	if err != nil {
		t.Fatal(err)
	}
	ctx, errs := browser(t, path)
	best := time.Duration(1 << 62)
	for i := 0; i < 3; i++ {
		if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
			t.Fatal(err)
		}
		if d := open(t, ctx, page, errs); d < best {
			best = d
		}
	}
	rows := evalInt(t, ctx, `document.querySelectorAll("#insts tbody tr").length`)
	markers := evalInt(t, ctx, `document.querySelectorAll("#markers circle").length`)
	// what a click costs: the top institution's facts and the first
	// fact's evidence, a type hidden and shown again (all redrawn), in ms
	clicks, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(function () {
		function time(f) { var t = performance.now(); f(); return Math.round(performance.now() - t); }
		if (!document.querySelector("#insts tbody tr")) return [0, 0, 0];
		return [
			time(function () { document.querySelector("#insts tbody tr").click(); }),
			time(function () { var f = document.querySelector("#facts .fact"); if (f) f.click(); }),
			time(function () { document.querySelector("#legend button").click(); document.querySelector("#legend button").click(); }) / 2
		];
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("%s: %.1f MB, loaded and drawn in %v (best of 3), %d markers, %d table rows; "+
		"clicks: institution %v ms, evidence %v ms, type filter %v ms\n",
		page, float64(info.Size())/1e6, best.Round(time.Millisecond), markers, rows, clicks[0], clicks[1], clicks[2])
	if msgs := errs.all(); len(msgs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(msgs, "\n"))
	}
}

func evalInt(t *testing.T, ctx context.Context, js string) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return n
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.TextContent(sel))
	if err != nil {
		t.Fatalf("%s: %v", sel, err)
	}
	return s
}

// click clicks the middle of the first element sel matches with the mouse
// (pressed and released there, as a person would), after scrolling it into
// view. chromedp's Click waits for its copy of the DOM to hold the node,
// which a table redrawn in place sometimes never sends.
func click(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	quoted, _ := json.Marshal(sel)
	xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(function () {
		var e = document.querySelector(`+string(quoted)+`);
		if (!e) return [];
		e.scrollIntoView({ block: "center" });
		var r = e.getBoundingClientRect();
		return [r.left + r.width / 2, r.top + r.height / 2];
	})()`))
	if err != nil {
		t.Fatalf("%s: %v", sel, err)
	}
	if len(xy) != 2 {
		t.Fatalf("%s: no such element", sel)
	}
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(xy[0], xy[1])); err != nil {
		t.Fatalf("clicking %s: %v", sel, err)
	}
}
