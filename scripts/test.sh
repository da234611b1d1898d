#!/usr/bin/env bash
# The whole test suite, as `make test` runs it on a fresh machine:
#   1. gofmt, go vet and staticcheck must be clean;
#   2. a throw-away PostgreSQL 15 is started (as the postgres user, never root),
#      installing the Debian package when it is missing;
#   3. go test ./... runs every test on SQLite, every storage and web test again
#      on that PostgreSQL, and the browser tests (e2e/) in a real headless
#      Chromium, installed with a CJK font when missing; the .docx bulletin is
#      converted by LibreOffice (soffice), installed when missing;
#   4. make dist builds the static release binaries, and the amd64 one runs.
# Under CI (CI=true) a missing PostgreSQL, Chromium or LibreOffice is a failure,
# never a skip.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }
need_apt=()

say "gofmt and go vet"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi
go vet ./...
say "staticcheck"
# Pinned; the go command fetches it from the module proxy on a fresh machine.
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

# --- PostgreSQL -------------------------------------------------------------
pg_bin() {
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
}
if [ -z "$(pg_bin)" ]; then need_apt+=(postgresql); fi
if ! command -v chromium >/dev/null 2>&1; then need_apt+=(chromium); fi
if ! fc-list 2>/dev/null | grep -qi 'wqy'; then need_apt+=(fonts-wqy-microhei); fi
# LibreOffice converts the .docx bulletin (web) and re-saves the report
# template (sheet): Writer and Calc, without the desktop.
if ! command -v soffice >/dev/null 2>&1; then need_apt+=(libreoffice-writer-nogui libreoffice-calc-nogui); fi
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]}"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  fi
fi

PGBIN=$(pg_bin)
[ -n "$PGBIN" ] || { echo "PostgreSQL binaries not found after install"; exit 1; }
PGPORT=${ROLLOUT_TEST_PGPORT:-55432}
PGDIR=$(mktemp -d /tmp/rollout-pg.XXXXXX)
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown postgres "$PGDIR"; fi
stop_pg() {
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap stop_pg EXIT
say "starting PostgreSQL ($("$PGBIN/postgres" --version)) on 127.0.0.1:$PGPORT"
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$PGDIR/initdb.log" 2>&1 \
  || { cat "$PGDIR/initdb.log"; exit 1; }
as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
  -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || { cat "$PGDIR/server.log"; exit 1; }
export ROLLOUT_TEST_POSTGRES="postgres://postgres@127.0.0.1:$PGPORT/postgres?sslmode=disable"

say "go test ./... (SQLite; storage and web again on PostgreSQL; browser tests in Chromium)"
# The command-line package runs every command against both databases, and
# the browser tests start a server each: well over go test's default
# 10 minutes a package on two busy cores.
go test -count=1 -timeout 45m ./...

say "make dist: static binaries for linux/amd64 and linux/arm64; the amd64 one's version"
make -s dist >/dev/null
for arch in amd64 arm64; do
  go version -m "dist/rollout-linux-$arch" | grep -q "CGO_ENABLED=0" || { echo "dist/rollout-linux-$arch is not static"; exit 1; }
  go version -m "dist/rollout-linux-$arch" | grep -q "GOARCH=$arch" || { echo "dist/rollout-linux-$arch is not $arch"; exit 1; }
done
out=$(./dist/rollout-linux-amd64 version)
echo "$out"
case "$out" in
  "rollout $(git describe --tags --always --dirty 2>/dev/null) commit $(git rev-parse --short=12 HEAD) built "*) ;;
  *) echo "rollout version does not name the version, commit and build date: $out"; exit 1 ;;
esac
