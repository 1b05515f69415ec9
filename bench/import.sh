#!/usr/bin/env bash
# The import benchmark of issue 18: generates an exchange file of N signals on N * 0.4 youths, and with the BUILT
# jar (java -jar ... --verwijsindex.exchange.import-file) checks it (dry run), imports it into an empty database,
# and imports it again (a resumed run: everything present); then starts the service on the imported database and
# times the first retention sweep (POST /api/v1/admin/retention/sweep) and the notices it leaves to be written
# after the commit. Prints the rates, and with --reference the ratio to ../shared/bench/pgbench-reference.sh run in
# the same command. See bench/README.md, "Import".
#
#   bash bench/import.sh [--signals N] [--skip-build] [--skip-dry-run] [--reference] [--port P]
#
# Database: the local Debian cluster as root (like run.sh without PGHOST).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
# BENCH_IMPORT_TAG (optional, lower-case letters and digits) gives a run its own database and work directory, so two runs (say
# before and after a change) can go side by side under the same load; give the second its own --port too.
TAG=${BENCH_IMPORT_TAG:-}
[[ $TAG =~ ^[a-z0-9]*$ ]] || { echo "BENCH_IMPORT_TAG: lower-case letters and digits only" >&2; exit 2; }
WORK=$BENCH_DIR/work/import${TAG:+-$TAG}
DB=verwijsindex_import_bench${TAG:+_$TAG}
ROLE=verwijsindex_import_bench${TAG:+_$TAG}  # its own role (per tag): run.sh resets the password of verwijsindex_bench
REGION=bench-import
SIGNALS=1000000 SKIP_BUILD=0 SKIP_DRY_RUN=0 REFERENCE=0 PORT=18081
while [[ $# -gt 0 ]]; do
  case "$1" in
    --signals) SIGNALS=$2; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --skip-dry-run) SKIP_DRY_RUN=1; shift ;;
    --reference) REFERENCE=1; shift ;;
    --port) PORT=$2; shift 2 ;;
    *) echo "Usage: bash bench/import.sh [--signals N] [--skip-build] [--skip-dry-run] [--reference] [--port P]" >&2; exit 2 ;;
  esac
done
step() { printf '\n=== %s\n' "$*"; }
mkdir -p "$WORK"
chmod 700 "$WORK"
rm -f "$WORK"/*.seconds  # a step this run skips must not report an earlier run's time

step "Database"
ver=$(pg_lsclusters -h | awk 'NR==1{print $1}')
DB_PORT=$(pg_lsclusters -h | awk 'NR==1{print $3}')
pg_lsclusters -h | grep -q ' online ' || pg_ctlcluster "$ver" main start
admin_psql() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$DB_PORT" "$@"; }
PASSWORD=$(head -c 48 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | head -c 32)
admin_psql -d postgres >/dev/null <<SQL
select 'create role $ROLE login' where not exists (select from pg_roles where rolname = '$ROLE') \gexec
alter role $ROLE password '$PASSWORD';
SQL
admin_psql -d postgres -c "drop database if exists $DB with (force)"
admin_psql -d postgres -c "create database $DB owner $ROLE"

if [[ $SKIP_BUILD == 0 ]]; then
  step "Building the service and the benchmark"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests ${MVN_OFFLINE:+-o} package)
  (cd "$ROOT" && ./mvnw -q -B -f bench/pom.xml package)
fi
cp "$ROOT"/target/verwijsindex-*.jar "$WORK/service.jar"

key() { head -c 32 /dev/urandom | base64 -w0; }
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/$DB" SPRING_DATASOURCE_USERNAME=$ROLE \
  SPRING_DATASOURCE_PASSWORD=$PASSWORD VERWIJSINDEX_DEMO_ENABLED=false \
  VERWIJSINDEX_KEYS_BLIND_INDEX_KEY=$(key) VERWIJSINDEX_KEYS_ENCRYPTION_KEY=$(key)
jar() {
  (cd "$WORK" && java -jar service.jar --spring.profiles.active=demo --server.port=0 \
    --verwijsindex.standalone.smtp-port=0 "$@")
}

step "Schema (an export of the empty database migrates it)"
jar --verwijsindex.exchange.export-file="$WORK/empty.jsonl" >"$WORK/migrate.log" 2>&1
admin_psql -d "$DB" -c "insert into region (code, name) values ('$REGION', 'Benchmarkregio import')"

step "Exchange file: $SIGNALS signals"
FILE=$WORK/import.jsonl
java -cp "$BENCH_DIR/target/verwijsindex-bench.jar:$BENCH_DIR/target/lib/*" \
  nl.verwijsindex.bench.exchange.ExchangeFileGenerator --signals "$SIGNALS" --region "$REGION" --out "$FILE"
LINES=$(wc -l <"$FILE")

timed() { # label, then the jar's arguments; prints seconds and keeps the command's summary line
  local label=$1 start end status=0; shift
  start=$(date +%s.%N)
  jar "$@" >"$WORK/$label.log" 2>"$WORK/$label.err" || status=$?
  end=$(date +%s.%N)
  grep -E '^(Import|Proefimport)' "$WORK/$label.log" || { tail -20 "$WORK/$label.log"; exit 1; }
  echo "exit $status"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", e - s }' >"$WORK/$label.seconds"
}
if [[ $SKIP_DRY_RUN == 0 ]]; then
  step "Dry run (java -jar ... --verwijsindex.exchange.dry-run)"
  timed dry-run --verwijsindex.exchange.import-file="$FILE" --verwijsindex.exchange.dry-run
fi
step "Import"
timed import --verwijsindex.exchange.import-file="$FILE"
step "Import again (a resumed run: everything present)"
timed again --verwijsindex.exchange.import-file="$FILE"
admin_psql -d "$DB" -Atc "select 'signals ' || count(*) from signal" -c "select 'matches ' || count(*) from match_pair" 2>/dev/null || true

# The first nightly sweep after the import (issue 18: under 60 s), through the administration API of the running
# service with the demo administrator token, as run.sh does; then how long the work it leaves for after the commit
# (the expiry reminders' notices, written by asynchronous listeners) takes to be done.
step "First retention sweep after the import (service on port $PORT)"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "port $PORT is already in use: pick another with --port" >&2; exit 1
fi
(cd "$WORK" && exec java -jar service.jar --spring.profiles.active=demo --server.port="$PORT" \
  --verwijsindex.standalone.smtp-port=0) >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
stop_service() {
  if kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    for _ in $(seq 1 60); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$SERVICE_PID" 2>/dev/null && kill -9 "$SERVICE_PID"
  fi
  wait "$SERVICE_PID" 2>/dev/null || true
}
trap stop_service EXIT
deadline=$((SECONDS + 600))  # a loaded machine took 300 s to start the jar
until curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -40 "$WORK/service.log"; exit 1; }
  ((SECONDS < deadline)) || { tail -40 "$WORK/service.log"; echo "service not healthy in 600 s" >&2; exit 1; }
  sleep 1
done
incomplete() { admin_psql -d "$DB" -Atc "select count(*) from event_publication where completion_date is null"; }
echo "incomplete event publications before the sweep: $(incomplete)"
start=$(date +%s.%N)
SWEEP_JSON=$(curl -s -X POST --max-time 1800 -H "Authorization: Bearer demo-admin-secret-not-for-production" \
  "http://127.0.0.1:$PORT/api/v1/admin/retention/sweep" || true)
swept=$(date +%s.%N)
echo "$SWEEP_JSON" | tee "$WORK/sweep.json"
while (( $(incomplete) > 0 )); do
  (( $(awk -v s="$swept" -v n="$(date +%s.%N)" 'BEGIN { print (n - s > 600) }') )) && { echo "after-commit work not done in 600 s"; break; }
  sleep 0.5
done
drained=$(date +%s.%N)
echo "incomplete event publications after: $(incomplete); notices about expiry: $(admin_psql -d "$DB" -Atc \
  "select count(*) from notice where kind = 'EXPIRY_REMINDER'" 2>/dev/null || echo '?')"
awk -v a="$start" -v b="$swept" 'BEGIN { printf "%.1f\n", b - a }' >"$WORK/sweep.seconds"
awk -v a="$start" -v b="$drained" 'BEGIN { printf "%.1f\n", b - a }' >"$WORK/sweep-drained.seconds"
stop_service

step "Summary (the machine is shared with other work; figures include the JVM start of each command)"
rate() { awk -v n="$LINES" -v s="$(cat "$WORK/$1.seconds")" 'BEGIN { printf "%.0f", n / s }'; }
for r in dry-run import again; do
  [[ -f $WORK/$r.seconds ]] || continue
  printf '%-8s %8s s  %6s lines/s\n' "$r" "$(cat "$WORK/$r.seconds")" "$(rate "$r")"
done
awk -v n="$SIGNALS" -v s="$(cat "$WORK/import.seconds")" 'BEGIN { printf "1 M signals at this rate: %.0f min (target < 30)\n", 1000000 / (n / s) / 60 }'
printf 'first sweep %s s (request; target < 60), %s s until its after-commit work was done: %s\n' \
  "$(cat "$WORK/sweep.seconds")" "$(cat "$WORK/sweep-drained.seconds")" "$SWEEP_JSON"
if [[ $REFERENCE == 1 && -f $ROOT/../shared/bench/pgbench-reference.sh ]]; then
  ref=$(flock /tmp/verwijsindex-pgbench-reference.lock bash "$ROOT/../shared/bench/pgbench-reference.sh" | tee "$WORK/pgbench.txt" | sed -n 's/^pgbench_reference_tps=//p')
  cat "$WORK/pgbench.txt"
  awk -v i="$(rate import)" -v t="$ref" 'BEGIN { printf "import lines/s per pgbench tps: %.4f\n", i / t }'
fi
