# rollout — see README.md. `make test` is the whole suite (it starts PostgreSQL and
# Chromium itself); `make run` serves the embedded default.
.PHONY: test run build fuzz

test:
	./scripts/test.sh

run:
	go run ./cmd/rollout serve

build:
	CGO_ENABLED=0 go build -o bin/rollout ./cmd/rollout

fuzz:
	go test -run='^$$' -fuzz='^FuzzParse$$' -fuzztime=60s -fuzzminimizetime=2s ./notice/
	go test -run='^$$' -fuzz='^FuzzParseReissue$$' -fuzztime=60s -fuzzminimizetime=2s ./notice/

# Static binaries (no cgo) for the servers rollout runs on: linux/amd64 and
# linux/arm64 (domestic ARM servers such as Kunpeng and Phytium). The version
# is the nearest tag (or the commit), stamped with the commit and build date;
# `rollout version` prints them.
VERSION    ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT     ?= $(shell git rev-parse --short=12 HEAD 2>/dev/null)
BUILD_DATE ?= $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
LDFLAGS     = -s -w -X main.version=$(VERSION) -X main.commit=$(COMMIT) -X main.buildDate=$(BUILD_DATE)
.PHONY: dist
dist:
	@mkdir -p dist
	for arch in amd64 arm64; do \
	  CGO_ENABLED=0 GOOS=linux GOARCH=$$arch go build -trimpath -ldflags "$(LDFLAGS)" \
	    -o dist/rollout-linux-$$arch ./cmd/rollout || exit 1; \
	done
	cd dist && sha256sum rollout-linux-amd64 rollout-linux-arm64 > SHA256SUMS
	./dist/rollout-linux-amd64 version
