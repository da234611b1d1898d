#!/usr/bin/env bash
# release-fixture.sh — build the fixture databases of a tagged release, for the
# upgrade test (sqldb/upgrade_test.go), from the code AT THAT RELEASE:
#
#   scripts/release-fixture.sh [RELEASE COMMIT]        (default: v0.1.0 c02f0dc)
#
# It checks the release's commit out into a temporary git worktree, builds that
# rollout binary, and with it alone (no code of today) makes:
#   sqldb/testdata/releases/RELEASE/sqlite.db      an SQLite database
#   sqldb/testdata/releases/RELEASE/postgres.sql   a plain SQL dump (pg_dump --inserts)
#   sqldb/testdata/releases/RELEASE/expect.json    facts the upgrade test checks
# each with: the unit directory, the 7th-batch notice and its tasks, two accounts,
# 广东省's task of item 1 divided to 深圳市 (deadline 2024年6月底前, so overdue),
# acknowledged, its 2024Q2 report saved twice and submitted (versions 1 and 2,
# with evidence), a reminder stored, and the audit trail of all of it.
#
# PostgreSQL: ROLLOUT_FIXTURE_POSTGRES names a server where a database may be
# created (default: the one make test starts, postgres://postgres@127.0.0.1:55432/postgres).
# Needs git, go, curl, jq, pg_dump (the server's major version) and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
RELEASE=${1:-v0.1.0}
COMMIT=${2:-c02f0dc}
PGADMIN=${ROLLOUT_FIXTURE_POSTGRES:-postgres://postgres@127.0.0.1:55432/postgres?sslmode=disable}
OUT=$(pwd)/sqldb/testdata/releases/$RELEASE
WORK=$(mktemp -d /tmp/rollout-fixture.XXXXXX)
SERVE_PID=
cleanup() {
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null || true
  git worktree remove --force "$WORK/src" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building rollout $RELEASE from commit $COMMIT"
git worktree add --detach "$WORK/src" "$COMMIT" >/dev/null
FULL=$(git -C "$WORK/src" rev-parse HEAD)
(cd "$WORK/src" && CGO_ENABLED=0 go build -ldflags "-X main.version=$RELEASE" -o "$WORK/rollout" ./cmd/rollout)
BIN=$WORK/rollout
PASS=Fixture-Account-2024

# fill DSN: the release's own commands and API make the data.
fill() {
  local dsn=$1
  "$BIN" units load --db "$dsn" >/dev/null
  "$BIN" import --db "$dsn" "$WORK/src/refdata/guohan-2023-56.txt" >/dev/null
  "$BIN" assign --db "$dsn" >/dev/null
  printf '%s\n' "$PASS" | "$BIN" user add --unit 广东省 --role reporter gd.fixture --db "$dsn" >/dev/null
  printf '%s\n' "$PASS" | "$BIN" user add --unit 深圳市 --role reporter sz.fixture --db "$dsn" >/dev/null
  local port=$((20000 + RANDOM % 20000))
  ROLLOUT_ADMIN_PASSWORD=Fixture-Admin-2024 "$BIN" serve --addr "127.0.0.1:$port" --db "$dsn" --remind-every 0 >"$WORK/serve.log" 2>&1 &
  SERVE_PID=$!
  local base=http://127.0.0.1:$port
  for _ in $(seq 100); do curl -fs "$base/" >/dev/null 2>&1 && break; sleep 0.2; done
  local gd="$WORK/gd.jar" sz="$WORK/sz.jar"
  curl -fs -c "$gd" -H 'Content-Type: application/json' -d "{\"username\":\"gd.fixture\",\"password\":\"$PASS\"}" "$base/api/v1/session" >/dev/null
  curl -fs -c "$sz" -H 'Content-Type: application/json' -d "{\"username\":\"sz.fixture\",\"password\":\"$PASS\"}" "$base/api/v1/session" >/dev/null
  local gdid szid parent task
  gdid=$(curl -fs -b "$gd" "$base/api/v1/session" | jq '.grants[0].unit_id')
  szid=$(curl -fs -b "$sz" "$base/api/v1/session" | jq '.grants[0].unit_id')
  parent=$(curl -fs -b "$gd" "$base/api/v1/units/$gdid/tasks" | jq '[.tasks[] | select(.item_seq == 1)][0].id')
  task=$(curl -fs -b "$gd" -H 'Content-Type: application/json' \
    -d "{\"divisions\":[{\"unit_id\":$szid,\"role\":\"lead\",\"deadline\":\"2024年6月底前\",\"deliverable\":\"实施方案\"}]}" \
    "$base/api/v1/tasks/$parent/divisions" | jq '.tasks[0].id')
  curl -fs -b "$sz" -H 'Content-Type: application/json' -d '{"kind":"acknowledge"}' "$base/api/v1/tasks/$task/steps" >/dev/null
  curl -fs -b "$sz" -X PUT -H 'Content-Type: application/json' \
    -d '{"version":0,"status":"in_progress","measures":"起草工程建设项目审批实施方案。","evidence":[]}' \
    "$base/api/v1/tasks/$task/reports/2024Q2" >/dev/null
  curl -fs -b "$sz" -X PUT -H 'Content-Type: application/json' \
    -d '{"version":1,"status":"implemented","measures":"实施方案已印发，审批系统已上线。","evidence":[{"title":"深圳市工程建设项目审批制度改革实施方案","doc_no":"深府办〔2024〕8号","date":"2024-06-20","link":"https://www.sz.gov.cn/"}],"submit":true}' \
    "$base/api/v1/tasks/$task/reports/2024Q2" >/dev/null
  kill -INT "$SERVE_PID"; wait "$SERVE_PID" || true; SERVE_PID=
  "$BIN" remind --db "$dsn" >/dev/null
  "$BIN" audit verify --db "$dsn" >/dev/null
  echo "$task"
}

mkdir -p "$OUT"
echo "== SQLite"
rm -f "$OUT/sqlite.db"
task=$(fill "sqlite:$WORK/rollout.db")
sqlite_vacuum() { # one file, no WAL beside it, smallest size
  mkdir -p "$WORK/src/cmd/vacuum"
  cat > "$WORK/src/cmd/vacuum/main.go" <<'GO'
package main

import (
	"database/sql"
	"os"

	_ "modernc.org/sqlite"
)

func main() {
	db, err := sql.Open("sqlite", "file:"+os.Args[1])
	if err != nil {
		panic(err)
	}
	if _, err := db.Exec(`VACUUM INTO '` + os.Args[2] + `'`); err != nil {
		panic(err)
	}
}
GO
  (cd "$WORK/src" && go run ./cmd/vacuum "$WORK/rollout.db" "$OUT/sqlite.db")
}
sqlite_vacuum

echo "== PostgreSQL"
name=rollout_fixture_$$
psql -q "$PGADMIN" -c "CREATE DATABASE $name" >/dev/null
dsn=$(echo "$PGADMIN" | sed -E "s#/[^/?]+(\?|$)#/$name\1#")
pgtask=$(fill "$dsn")
# Plain SQL only: INSERTs rather than COPY, and without the \restrict lines of
# newer pg_dump releases, so that the test loads it through database/sql.
pg_dump --no-owner --no-privileges --inserts --quote-all-identifiers "$dsn" |
  sed -e '/^\\restrict /d' -e '/^\\unrestrict /d' > "$OUT/postgres.sql"
psql -q "$PGADMIN" -c "DROP DATABASE $name WITH (FORCE)" >/dev/null

cat > "$OUT/expect.json" <<JSON
{
  "release": "$RELEASE",
  "commit": "$FULL",
  "sqlite_task": $task,
  "postgres_task": $pgtask,
  "period": "2024Q2",
  "report_version": 2,
  "measures": "实施方案已印发，审批系统已上线。",
  "evidence_title": "深圳市工程建设项目审批制度改革实施方案",
  "users": ["gd.fixture", "sz.fixture"],
  "migrations": $(ls "$WORK/src/sqldb/migrations/sqlite" | wc -l)
}
JSON
echo "== wrote $OUT (release $RELEASE, commit $FULL)"
ls -l "$OUT"
