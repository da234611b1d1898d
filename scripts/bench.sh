#!/usr/bin/env bash
# The measurement of docs/performance.md, from scratch: builds rollout stamped
# with the commit, fills fresh county-scale databases with `rollout gen` (an
# SQLite file, and a PostgreSQL database when ROLLOUT_BENCH_POSTGRES names a
# server URL whose role may CREATE DATABASE), runs `rollout bench --json` on
# each and keeps the JSON beside the logs in OUT (default /tmp/rollout-bench).
# ONLY=sqlite or ONLY=postgres runs one of them. SCALE=province or city and BENCH_ARGS (e.g. "--xlsx-rows 2000 --runs 5") make a
# quick trial. Run it on a quiet machine; it takes about half an hour on 2 cores.
#
#   ROLLOUT_BENCH_POSTGRES='postgres://postgres@127.0.0.1:55432/postgres?sslmode=disable' scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${SCALE:-county}
out=${OUT:-/tmp/rollout-bench}
mkdir -p "$out"
commit=$(git rev-parse --short=12 HEAD)
go build -trimpath -ldflags "-X main.version=$(git describe --tags --always --dirty) -X main.commit=$commit" -o "$out/rollout" ./cmd/rollout
echo "commit $commit, scale $scale, results in $out"

run() { # name dsn
  local name=$1 dsn=$2
  echo "== $name: gen"
  /usr/bin/time -v "$out/rollout" gen --scale "$scale" --periods 4 --seed 1 --db "$dsn" 2>"$out/$name-gen.log" >/dev/null
  grep -E 'Elapsed|Maximum resident' "$out/$name-gen.log" || true
  if [ "$name" = postgres ]; then
    # The vacuum autovacuum would start after gen's bulk load, done now rather than during the measurement.
    psql "$dsn" -qc 'VACUUM (ANALYZE)'
  fi
  echo "== $name: bench"
  # shellcheck disable=SC2086
  "$out/rollout" bench --json --runs 20 ${BENCH_ARGS:-} --db "$dsn" >"$out/$name.json" 2>"$out/$name-bench.log"
  cat "$out/$name.json"
}

if [ -z "${ONLY:-}" ] || [ "$ONLY" = sqlite ]; then
  rm -f "$out/county.db" "$out/county.db-wal" "$out/county.db-shm" "$out/county.db.audit-key"
  run sqlite "sqlite:$out/county.db"
fi
if [ -n "${ROLLOUT_BENCH_POSTGRES:-}" ] && { [ -z "${ONLY:-}" ] || [ "$ONLY" = postgres ]; }; then
  db=bench_$(date +%s)
  psql "$ROLLOUT_BENCH_POSTGRES" -qc "CREATE DATABASE $db"
  export ROLLOUT_AUDIT_KEY_FILE="$out/$db.audit-key"
  run postgres "${ROLLOUT_BENCH_POSTGRES/\/postgres\?//$db?}"
  echo "(the PostgreSQL database $db is left for inspection; DROP DATABASE it when done)"
fi
