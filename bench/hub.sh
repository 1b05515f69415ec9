#!/usr/bin/env bash
# Registrations per second at the national index's hub with N signals (a youth and a parent pseudonym each) already
# loaded, over mutual TLS, on an embedded PostgreSQL. A command, not a test. See bench/README.md ("Hub").
#
#   bash bench/hub.sh [N preloaded signals, default 100000] [seconds, default 30] [clients, default 8] [known share, default 0.3]
#   bash bench/hub.sh 2500000 60          the issue's size (minutes of loading; not on a shared machine)
#   REFERENCE=1 bash bench/hub.sh ...      also run ../shared/bench/pgbench-reference.sh and print the ratio
#                                          (PGBENCH_REFERENCE=<path> names it elsewhere)
#
# Runs org.verwijsindex.hub.HubBenchmark through Surefire (HubBenchmarkRun), offline, so it needs no classpath of
# its own (and with the full JIT: -Dsurefire.jvm.flags= drops the tests' C1-only flags); its output is target/surefire-reports/org.verwijsindex.hub.HubBenchmarkRun-output.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test -Dtest=HubBenchmarkRun -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.jvm.flags= \
  -Dhub.bench.signals="${1:-100000}" -Dhub.bench.seconds="${2:-30}" -Dhub.bench.clients="${3:-8}" \
  -Dhub.bench.known-share="${4:-0.3}" >/dev/null
LOG=target/surefire-reports/org.verwijsindex.hub.HubBenchmarkRun-output.txt
sed -n '/^==================== Hub benchmark/,$p' "$LOG" | grep -v ' INFO \| WARN \| DEBUG '
HUB_RATE=$(sed -n 's/^hub_registrations_per_second=//p' "$LOG")
# PGBENCH_REFERENCE names the script when the repository is not beside ../shared (a copy elsewhere).
REFERENCE_SCRIPT=${PGBENCH_REFERENCE:-../shared/bench/pgbench-reference.sh}
if [[ ${REFERENCE:-0} == 1 ]]; then
  if [[ -f $REFERENCE_SCRIPT ]]; then
    out=$(flock /tmp/verwijsindex-pgbench-reference.lock bash "$REFERENCE_SCRIPT")
    echo "$out"
    REF_TPS=$(echo "$out" | sed -n 's/^pgbench_reference_tps=//p')
    if [[ -n $REF_TPS && -n $HUB_RATE ]]; then
      awk -v h="$HUB_RATE" -v r="$REF_TPS" 'BEGIN { printf "ratio to pgbench-reference: %.3f (hub %s/s, pgbench %s tps; the hub on an embedded server, pgbench on the local cluster)\n", h / r, h, r }'
    fi
  else
    echo "(REFERENCE=1: $REFERENCE_SCRIPT does not exist; skipped)"
  fi
fi
