#!/usr/bin/env bash
# OPRF operations per second (RFC 9497, ristretto255-SHA512) for the national index's pseudonyms: one operation is
# Blind at the region, BlindEvaluate at the pseudonym service, unblind and Finalize at the recipient, on one thread.
# A command, not a test. See bench/README.md ("OPRF").
#
#   bash bench/oprf.sh [seconds-per-measurement]     (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o test-compile
CLASSPATH_FILE=target/oprf-bench.classpath
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" org.verwijsindex.oprf.OprfBenchmark "${1:-5}"
