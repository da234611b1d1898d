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
