#!/usr/bin/env bash
# OPRF operations per second (RFC 9497, ristretto255-SHA512) for the national index's pseudonyms: one operation is
# Blind at the region, BlindEvaluate at the pseudonym service, unblind and Finalize at the recipient, on one thread.
# A command, not a test. See bench/README.md ("OPRF").
#
#   bash bench/oprf.sh [seconds-per-measurement]     (default 5)
#
# Runs org.verwijsindex.oprf.OprfBenchmark through Surefire (OprfBenchmarkRun), offline, as bench/hub.sh does: the
# dependency plugin that built a classpath before is not available offline, and failed silently. Its output is
# target/surefire-reports/org.verwijsindex.oprf.OprfBenchmarkRun-output.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
LOG=target/surefire-reports/org.verwijsindex.oprf.OprfBenchmarkRun-output.txt
mkdir -p target
rm -f "$LOG"
if ! ./mvnw -B -q -o test -Dtest=OprfBenchmarkRun -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.jvm.flags= \
  -Doprf.bench.seconds="${1:-5}" >target/oprf-bench-maven.log 2>&1; then
  echo "bench/oprf.sh: the Maven run failed; see target/oprf-bench-maven.log" >&2
  tail -20 target/oprf-bench-maven.log >&2
  exit 1
fi
cat "$LOG"
