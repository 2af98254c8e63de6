package source

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Article is one decoded article ready for extraction.
type Article struct {
	Source    string // file path (bytes that are not UTF-8 written \xNN, see sourceName), "-" for stdin, or the JSONL "id" (as a string; numbers formatted plainly)
	Text      string // decoded text: extraction offsets index the code points of this string
	Encoding  string // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1256", "iso-8859-6", "windows-1251", "koi8-r", "iso-8859-5", "windows-1252", "iso-8859-1"
	Title     string // HTML title (og:title or <title>), if any
	Published string // HTML published date (meta, JSON-LD datePublished, <time datetime>) or JSONL "published", as given
	Truncated bool   // true when cut to MaxBytes because Options.Truncate was set
	Warning   string // a problem that did not stop reading (a forced encoding on UTF-8 data), or ""
}

// Options control reading.
type Options struct {
	Encoding string // force this encoding by name (see EncodingName); "" = detect
	MaxBytes int64  // largest input (or JSONL line) read; 10 MiB when 0
	Truncate bool   // cut a larger input to MaxBytes instead of rejecting it
	JSONL    bool   // inputs are JSON Lines of {"id": ..., "text": ..., "published": ...}
	// Exts, when set, are the file name endings a folder walk picks up
	// instead of the default ones (eval walks for ".gold.yaml").
	Exts []string
	// Published is the publication date of inputs that give none (a plain
	// text, an HTML page without one, a JSONL line without "published"):
	// Read sets it as the article's. An input's own date wins.
	Published string
}

// DefaultMaxBytes is the size limit when Options.MaxBytes is 0.
const DefaultMaxBytes = 10 << 20

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// sizeLabel names a byte count the way users give it.
func sizeLabel(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Job is one unit of work in input order: a file to read, stdin data, or
// a JSONL record. A Job whose Err is set names a problem input: Read
// returns that error.
type Job struct {
	Source string // what the article is called in output and error messages: always UTF-8 (see sourceName), never embedded in Err
	Err    error  // why this input cannot be read at all, or nil
	Path   string // the file to read, or the JSONL file of a record ("-" for stdin)
	Line   int    // 1-based line of a JSONL record, 0 otherwise

	stdin io.Reader // the data of a "-" job
	rec   *record   // a JSONL record
}

// Text file extensions a folder walk picks up, and JSONL ones in JSONL mode.
var (
	textExts  = []string{".txt", ".html", ".htm"}
	jsonlExts = []string{".jsonl", ".ndjson"}
)

// Jobs streams the jobs named by args to yield, in order, stopping if
// yield returns false. Folders are walked recursively in sorted order
// (names sorted within each folder) for *.txt, *.html, *.htm
// (case-insensitive; *.jsonl and *.ndjson with opts.JSONL); symbolic links
// to folders are followed; hidden files and folders (names starting with
// ".") are skipped unless given as an argument. Only regular files are read from folders: a
// FIFO, socket or device with a matching name (directly or through a
// symlink) becomes a job with Err set, never opened; a path given as an
// argument is read whatever it is (a FIFO is streamed, like stdin). "-" is
// stdin. Dangling symlinks, symlink loops, unreadable folders and missing
// paths become jobs with Err set (one per problem path), and so does a
// folder argument that gave no job at all (ErrNoArticles). With opts.JSONL, every non-empty line of each input is a
// job (see jsonlJobs).
func Jobs(args []string, stdin io.Reader, opts Options, yield func(Job) bool) {
	exts := textExts
	switch {
	case len(opts.Exts) > 0:
		exts = opts.Exts
	case opts.JSONL:
		exts = jsonlExts
	}
	w := &walker{exts: exts, opts: opts}
	w.yield = func(j Job) bool {
		w.jobs++
		return yield(j)
	}
	for _, a := range args {
		if !w.arg(a, stdin) {
			return
		}
	}
}

type walker struct {
	exts  []string
	opts  Options
	yield func(Job) bool
	seen  []fs.FileInfo // folders entered through a symlink
	jobs  int           // jobs yielded so far
}

// ErrNoArticles is the error of a folder argument in which a walk found
// nothing to read.
var ErrNoArticles = errors.New("no articles found")

func (w *walker) arg(a string, stdin io.Reader) bool {
	if a == Stdin {
		if stdin == nil {
			stdin = strings.NewReader("")
		}
		if w.opts.JSONL {
			return jsonlJobs(stdin, Stdin, w.opts, w.yield)
		}
		return w.yield(Job{Source: Stdin, Path: Stdin, stdin: stdin})
	}
	info, err := os.Stat(a)
	if err != nil {
		return w.yield(Job{Source: sourceName(a), Path: a, Err: linkReason(a, err)})
	}
	if info.IsDir() {
		before := w.jobs
		if !w.dir(a, []fs.FileInfo{info}) {
			return false
		}
		if w.jobs == before {
			return w.yield(Job{Source: sourceName(a), Path: a, Err: fmt.Errorf("%w (looked for *%s; hidden files skipped)", ErrNoArticles, strings.Join(w.exts, ", *"))})
		}
		return true
	}
	return w.file(a)
}

func (w *walker) file(p string) bool {
	if !w.opts.JSONL {
		return w.yield(Job{Source: sourceName(p), Path: p})
	}
	f, err := os.Open(p)
	if err != nil {
		return w.yield(Job{Source: sourceName(p), Path: p, Err: reason(err)})
	}
	defer f.Close()
	return jsonlJobs(f, p, w.opts, w.yield)
}

// dir walks one folder; ancestors are the folders above it, itself last.
func (w *walker) dir(p string, ancestors []fs.FileInfo) bool {
	entries, err := os.ReadDir(p)
	if err != nil {
		if !w.yield(Job{Source: sourceName(p), Path: p, Err: reason(err)}) {
			return false
		}
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue // hidden (.git/, .DS_Store, editor files): read only when named
		}
		child := filepath.Join(p, e.Name())
		if e.Type()&fs.ModeSymlink != 0 {
			info, err := os.Stat(child)
			if err != nil {
				// Report a broken link that would have been read: one with a
				// matching name, or none at all (it could have been a folder).
				if hasExt(child, w.exts) || filepath.Ext(e.Name()) == "" {
					if !w.yield(Job{Source: sourceName(child), Path: child, Err: linkReason(child, err)}) {
						return false
					}
				}
				continue
			}
			if info.IsDir() {
				if contains(ancestors, info) {
					if !w.yield(Job{Source: sourceName(child), Path: child, Err: errors.New("symlink loop (points to an enclosing folder)")}) {
						return false
					}
					continue
				}
				if contains(w.seen, info) {
					continue // already walked through another link
				}
				w.seen = append(w.seen, info)
				if !w.dir(child, append(ancestors[:len(ancestors):len(ancestors)], info)) {
					return false
				}
				continue
			}
			if hasExt(child, w.exts) && !w.regular(child, info.Mode()) {
				return false
			}
			continue
		}
		if e.IsDir() {
			info, err := e.Info()
			if err != nil {
				if !w.yield(Job{Source: sourceName(child), Path: child, Err: reason(err)}) {
					return false
				}
				continue
			}
			if !w.dir(child, append(ancestors[:len(ancestors):len(ancestors)], info)) {
				return false
			}
			continue
		}
		if hasExt(child, w.exts) && !w.regular(child, e.Type()) {
			return false
		}
	}
	return true
}

// regular reads a file found in a walk if it is a regular one; a FIFO, a
// socket or a device is reported as skipped instead (reading it would
// block on a writer or never end).
func (w *walker) regular(p string, mode fs.FileMode) bool {
	if mode.IsRegular() {
		return w.file(p)
	}
	return w.yield(Job{Source: sourceName(p), Path: p, Err: fmt.Errorf("skipped: %s, not a regular file", kind(mode))})
}

// kind names a file type that is not a regular file or a folder.
func kind(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

func contains(infos []fs.FileInfo, info fs.FileInfo) bool {
	for _, i := range infos {
		if os.SameFile(i, info) {
			return true
		}
	}
	return false
}

// linkReason explains why p cannot be followed.
func linkReason(p string, err error) error {
	if errors.Is(err, syscall.ELOOP) {
		return errors.New("symlink loop")
	}
	if errors.Is(err, fs.ErrNotExist) {
		if fi, lerr := os.Lstat(p); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(p)
			return fmt.Errorf("dangling symlink (target %s does not exist)", quoteName(target))
		}
	}
	return reason(err)
}

// openFile opens a file for Read; tests replace it to watch the reads.
var openFile = func(p string) (io.ReadCloser, int64, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, 0, reason(err)
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, reason(err)
	}
	if info.IsDir() {
		f.Close()
		return nil, 0, errors.New("is a directory")
	}
	size := int64(-1)
	if info.Mode().IsRegular() {
		size = info.Size()
	}
	return f, size, nil
}

// readCapped reads at most limit bytes of r; size, when known (>= 0),
// sizes the buffer.
func readCapped(r io.Reader, size, limit int64) ([]byte, error) {
	c := limit
	if size >= 0 && size+1 < c {
		c = size + 1
	}
	if c > 1<<20 && size < 0 {
		c = 1 << 20
	}
	buf := make([]byte, 0, c)
	for int64(len(buf)) < limit {
		if len(buf) == cap(buf) {
			n := min(int64(2*cap(buf)), limit)
			nb := make([]byte, len(buf), max(n, 512))
			copy(nb, buf)
			buf = nb
		}
		end := min(int64(cap(buf)), limit)
		n, err := r.Read(buf[len(buf):end])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, reason(err)
		}
	}
	return buf, nil
}

// Read turns a job into an article: it reads the file or stdin data
// (never more than MaxBytes+1 bytes), decodes it (see Decode), extracts
// the main text, title and date of HTML (*.html, *.htm, or data that
// sniffs as HTML), and rejects what is not an article: a job error, empty
// or binary data, undecodable bytes, input larger than MaxBytes unless
// opts.Truncate. A JSONL record's text is taken as given. Article.Warning
// is set when opts.Encoding forces a legacy encoding on data that is
// valid UTF-8 (not plain ASCII): the text is decoded as asked, but is
// likely mojibake. An article that gives no publication date gets the
// date its text opens on, or opts.Published.
func Read(j Job, opts Options) (Article, error) {
	a, err := read(j, opts)
	return dated(a, opts), err
}

// dated gives an article without a publication date of its own (HTML
// meta, JSONL "published") the date its text opens on (" date
// 2025-12-07 ..."), else opts.Published.
func dated(a Article, opts Options) Article {
	if a.Published == "" {
		a.Published = textDate(a.Text)
	}
	if a.Published == "" {
		a.Published = opts.Published
	}
	return a
}

func read(j Job, opts Options) (Article, error) {
	a := Article{Source: j.Source}
	if j.Err != nil {
		return a, j.Err
	}
	if j.rec != nil {
		if strings.TrimSpace(j.rec.text) == "" {
			return a, errors.New("empty text")
		}
		a.Text, a.Encoding, a.Published = j.rec.text, EncUTF8, j.rec.published
		return a, nil
	}
	var r io.Reader
	size := int64(-1)
	if j.stdin != nil {
		r = j.stdin
	} else {
		f, n, err := openFile(j.Path)
		if err != nil {
			return a, err
		}
		defer f.Close()
		r, size = f, n
	}
	return readData(a, j.Path, r, size, opts)
}

// ReadFrom is Read for a file that another file system opened (a Beam
// pipeline's gs://, s3:// or local file): path names it as a folder walk
// would (Source is written from it, and *.html, *.htm are read as HTML),
// size is its length in bytes when known, else -1. The same limits,
// decoding, HTML reduction and default publication date as Read apply, so
// the article is the one `newsx extract` reads from the same bytes.
func ReadFrom(path string, r io.Reader, size int64, opts Options) (Article, error) {
	a, err := readData(Article{Source: sourceName(path)}, path, r, size, opts)
	return dated(a, opts), err
}

// JSONLJobs streams the JSON Lines of r, an input called path, as Jobs
// does for a JSONL file: one job per non-empty line (Read turns it into
// an article or gives the line's error), a job with Err for an input with
// no line or one that is no JSON Lines at all. It returns false when yield
// asked to stop.
func JSONLJobs(r io.Reader, path string, opts Options, yield func(Job) bool) bool {
	return jsonlJobs(r, path, opts, yield)
}

// readData reads, checks and decodes the data of a file or stream called
// path into a.
func readData(a Article, path string, r io.Reader, size int64, opts Options) (Article, error) {
	limit := opts.maxBytes()
	data, err := readCapped(r, size, limit+1)
	if err != nil {
		return a, err
	}
	if int64(len(data)) > limit {
		if !opts.Truncate {
			return a, fmt.Errorf("larger than %s (use --truncate or --max-bytes)", sizeLabel(limit))
		}
		data, a.Truncated = data[:limit], true
	}
	a.Warning = forcedWarning(data, opts.Encoding, a.Truncated)
	if hasExt(path, []string{".html", ".htm"}) || IsHTML(data) {
		text, enc, err := decodeHTML(data, opts.Encoding, a.Truncated)
		if err != nil {
			return a, err
		}
		return fromHTML(a, text, enc)
	}
	text, enc, err := Decode(data, opts.Encoding, a.Truncated)
	if err != nil {
		return a, err
	}
	if (enc == EncUTF16LE || enc == EncUTF16BE) && IsHTML([]byte(text)) {
		return fromHTML(a, text, enc)
	}
	a.Text, a.Encoding = text, enc
	return a, nil
}

func fromHTML(a Article, text, enc string) (Article, error) {
	p, err := ParseHTML(text)
	if err != nil {
		return a, err
	}
	a.Text, a.Encoding, a.Title, a.Published = p.Text, enc, p.Title, p.Published
	return a, nil
}
