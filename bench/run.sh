#!/usr/bin/env bash
# The Verwijsindex performance benchmark, in one command: builds the service and the benchmark, loads a
# national-scale history into a fresh PostgreSQL database, starts the service on it, drives
# register-and-match over HTTP (closed loop, then open loop) and prints a summary. See bench/README.md.
#
#   bash bench/run.sh [--signals N] [--youths N] [--skip-load] [--reports-only] [--reference] [--diagnose] ...
#
# The stand-in person register (BRP) is given a population (PopulationWriter): the youths the load generator
# registers, with their parents and addresses, so the service's person check finds them. --unknown-youths: as before.
#
# Database: the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD). Without PGHOST it uses the
# local Debian cluster (as root, starting it if it is down), like shared/bench/pgbench-reference.sh.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bash bench/run.sh [options]
  --signals N          signals in the loaded history (default 2500000)
  --youths N           youths they are on (default signals / 2.5)
  --no-expired         end archived signals only with RISK_GONE, never EXPIRED (see README)
  --skip-load          reuse the database and keys of the previous load (bench/work/state.env)
  --skip-build         reuse the jars already built
  --reports-only       no load phases and no retention sweep: only the report timings (with --skip-load,
                       a quick way to measure a change to the reports on the loaded history)
  --clients N          closed-loop clients in warm-up and phase A (default 16)
  --warmup S           warm-up seconds, not counted (default 15)
  --duration S         phase A seconds (default 60)
  --rate R             phase B requests per second (default 200)
  --open-duration S    phase B seconds (default 60; 0 skips phase B)
  --existing-share F   share of registrations on youths already in the index (default 0.3)
  --unknown-youths     the stand-in person register knows none of the youths registered (no population file:
                       every person check stores "not in the register"), as before the population; for
                       comparison with figures measured before it
  --port P             HTTP port of the service (default 18080)
  --reference          also run ../shared/bench/pgbench-reference.sh and print our ratio to it
  --diagnose           thread dumps of the service during phase A, and the top statements from
                       pg_stat_statements when the server preloads it
  --brp-apart          the stand-in person register (BRP) in a JVM of its own (StandInBrpMain from the
                       same jar) instead of in the service's, so the service's CPU is the service's; the
                       summary prints the stand-in's CPU apart (docs/adr/0055)
  --profile            async-profiler (tools.profiler:async-profiler:4.2, Apache 2.0, from Maven Central
                       through the Maven wrapper) on the service during phase A: collapsed stacks, an
                       HTML flame graph and a summary by thread group and activity in bench/work
  --save-reports DIR   keep the body of each report's first request in DIR (one file a report), to compare
                       the figures of two builds byte for byte (cmp)
  --report-warmups N   requests of each report before the three timed ones (default 5; the first is timed
                       and printed apart, the others not)
EOF
}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
WORK=$BENCH_DIR/work
STATE=$WORK/state.env
# BENCH_DB names the database and its role, so two runs on one server do not drop each other's database.
DB=${BENCH_DB:-verwijsindex_bench}
ROLE=$DB
APP_JAR=$ROOT/target/verwijsindex-0.1.0-SNAPSHOT.jar
BENCH_CP="$BENCH_DIR/target/verwijsindex-bench.jar:$BENCH_DIR/target/lib/*"

SIGNALS=2500000 YOUTHS="" NO_EXPIRED=0 SKIP_LOAD=0 SKIP_BUILD=0 CLIENTS=16 WARMUP=15 DURATION=60 RATE=200 OPEN_DURATION=60
EXISTING_SHARE=0.3 PORT=18080 REFERENCE=0 DIAGNOSE=0 REPORTS_ONLY=0 SAVE_REPORTS="" PROFILE=0 REPORT_WARMUPS=5 BRP_APART=0
UNKNOWN_YOUTHS=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --signals) SIGNALS=$2; shift 2 ;;
    --youths) YOUTHS=$2; shift 2 ;;
    --no-expired) NO_EXPIRED=1; shift ;;
    --skip-load) SKIP_LOAD=1; shift ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --reports-only) REPORTS_ONLY=1; shift ;;
    --clients) CLIENTS=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --rate) RATE=$2; shift 2 ;;
    --open-duration) OPEN_DURATION=$2; shift 2 ;;
    --existing-share) EXISTING_SHARE=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --reference) REFERENCE=1; shift ;;
    --diagnose) DIAGNOSE=1; shift ;;
    --profile) PROFILE=1; shift ;;
    --brp-apart) BRP_APART=1; shift ;;
    --unknown-youths) UNKNOWN_YOUTHS=1; shift ;;
    --save-reports) SAVE_REPORTS=$2; shift 2 ;;
    --report-warmups) REPORT_WARMUPS=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done

step() { printf '\n=== %s\n' "$*"; }
die() { echo "run.sh: $*" >&2; exit 1; }
mkdir -p "$WORK"
chmod 700 "$WORK"

# ---------------------------------------------------------------------------------------------------
# 1. The database server, and an account the service can use over TCP
# ---------------------------------------------------------------------------------------------------
step "Database"
if [[ -z "${PGHOST:-}" ]]; then
  command -v pg_lsclusters >/dev/null && [[ $(id -u) == 0 ]] \
    || die "no PGHOST: set PGHOST/PGPORT/PGUSER/PGPASSWORD, or run as root with a local Debian PostgreSQL cluster"
  ver=$(pg_lsclusters -h | awk 'NR==1{print $1}')
  DB_PORT=$(pg_lsclusters -h | awk 'NR==1{print $3}')
  pg_lsclusters -h | grep -q ' online ' || pg_ctlcluster "$ver" main start
  DB_HOST=127.0.0.1
  admin_psql() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$DB_PORT" "$@"; }
  LOCAL_CLUSTER=1
  echo "Local cluster $ver/main on port $DB_PORT"
else
  DB_HOST=$PGHOST
  DB_PORT=${PGPORT:-5432}
  admin_psql() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
  LOCAL_CLUSTER=0
  echo "Server $DB_HOST:$DB_PORT as ${PGUSER:-$USER}"
fi

random_key() { head -c 32 /dev/urandom | base64 -w0; }

if [[ $SKIP_LOAD == 1 ]]; then
  [[ -f $STATE ]] || die "--skip-load: no previous load ($STATE is missing)"
  # shellcheck source=/dev/null
  source "$STATE"
  NO_EXPIRED=${BENCH_NO_EXPIRED:-0}
else
  # A fresh load gets fresh keys and a fresh seed (the seed derives the directory and the API secrets).
  BENCH_SEED=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
  VERWIJSINDEX_KEYS_BLIND_INDEX_KEY=$(random_key)
  VERWIJSINDEX_KEYS_ENCRYPTION_KEY=$(random_key)
  BENCH_DB_PASSWORD=$(head -c 48 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9' | head -c 32)
  BENCH_LOAD_SECONDS=""
fi

if [[ $LOCAL_CLUSTER == 1 ]]; then
  # pg_hba.conf of a Debian cluster: peer on the socket, scram-sha-256 on 127.0.0.1. JDBC needs the latter,
  # so the benchmark has a role of its own with a password (the postgres role is left as it is).
  BENCH_DB_USER=$ROLE
  admin_psql -d postgres >/dev/null <<SQL
select 'create role $ROLE login' where not exists (select from pg_roles where rolname = '$ROLE') \gexec
alter role $ROLE password '$BENCH_DB_PASSWORD';
SQL
  DB_OWNER=$ROLE
else
  BENCH_DB_USER=${PGUSER:-$USER}
  BENCH_DB_PASSWORD=${PGPASSWORD:-}
  DB_OWNER=$BENCH_DB_USER
fi

if [[ $SKIP_LOAD == 0 ]]; then
  admin_psql -d postgres -c "drop database if exists $DB with (force)"
  admin_psql -d postgres -c "create database $DB owner $DB_OWNER"
  echo "Created database $DB"
  (umask 077; cat >"$STATE" <<EOF
BENCH_SEED=$BENCH_SEED
VERWIJSINDEX_KEYS_BLIND_INDEX_KEY=$VERWIJSINDEX_KEYS_BLIND_INDEX_KEY
VERWIJSINDEX_KEYS_ENCRYPTION_KEY=$VERWIJSINDEX_KEYS_ENCRYPTION_KEY
BENCH_DB_PASSWORD=$BENCH_DB_PASSWORD
BENCH_NO_EXPIRED=$NO_EXPIRED
EOF
  )
else
  [[ $(admin_psql -d "$DB" -Atc "select exists (select 1 from signal)" 2>/dev/null) == t ]] \
    || die "--skip-load: database $DB has no loaded history; run without --skip-load first"
  echo "Reusing database $DB"
fi

export BENCH_JDBC_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB"
export BENCH_DB_USER BENCH_DB_PASSWORD BENCH_SEED VERWIJSINDEX_KEYS_BLIND_INDEX_KEY VERWIJSINDEX_KEYS_ENCRYPTION_KEY

# ---------------------------------------------------------------------------------------------------
# 2. Build
# ---------------------------------------------------------------------------------------------------
if [[ $SKIP_BUILD == 0 ]]; then
  step "Building the service and the benchmark"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  (cd "$ROOT" && ./mvnw -q -B -f bench/pom.xml package)
fi
[[ -f $APP_JAR ]] || die "$APP_JAR is missing (build without --skip-build)"
# Run a copy: a build in the working tree during the run would otherwise replace the jar under the service.
cp "$APP_JAR" "$WORK/service.jar"
SERVICE_JAR=$WORK/service.jar
[[ -f $BENCH_DIR/target/verwijsindex-bench.jar ]] || die "the benchmark jar is missing (build without --skip-build)"

# async-profiler (Apache License 2.0): its jar on Maven Central holds the native library, which is loaded into the
# service during phase A (JVMTI.agent_load, as its own launcher does); DebugNonSafepoints makes the stacks exact.
PROFILER_LIB=""
if [[ $PROFILE == 1 ]]; then
  PROFILER_VERSION=4.2
  PROFILER_JAR=$HOME/.m2/repository/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION-linux-x64.jar
  if [[ ! -f $PROFILER_JAR ]]; then
    (cd "$ROOT" && ./mvnw -q -B dependency:get -Dartifact=tools.profiler:async-profiler:$PROFILER_VERSION:jar:linux-x64) \
      || die "--profile: could not get tools.profiler:async-profiler:$PROFILER_VERSION (linux-x64) from Maven Central"
  fi
  mkdir -p "$WORK/async-profiler"
  unzip -o -q -j "$PROFILER_JAR" 'linux-x64/libasyncProfiler.so' -d "$WORK/async-profiler"
  PROFILER_LIB=$WORK/async-profiler/libasyncProfiler.so
  SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-} -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints"
  rm -f "$WORK/profile.collapsed" "$WORK/profile.html" "$WORK/profile-summary.txt"
fi

# ---------------------------------------------------------------------------------------------------
# 3. The service: java -jar against the benchmark database, in-process SMTP (GreenMail) on a free port: the
#    demo profile's standalone parts (SMTP, generated keys, stand-in BRP) without its data, which would refuse
#    the benchmark's database anyway
# ---------------------------------------------------------------------------------------------------
SERVICE_PID=""
SERVICE_LOG=""
# --brp-apart: the stand-in register in a JVM of its own, on a free port it prints; the service asks it there and
# starts no stand-in of its own. With a population (POPULATION, below) it holds a few hundred thousand persons.
STAND_IN_PID=""
STAND_IN_ARGS=()
start_stand_in() {
  local heap=-Xmx256m population_args=()
  if [[ -n $POPULATION ]]; then
    heap=-Xmx1g
    population_args=(--population-file="$POPULATION")
  fi
  (
    cd "$WORK"
    exec java "$heap" -cp "$SERVICE_JAR" -Dloader.main=nl.verwijsindex.standalone.brp.StandInBrpMain \
      org.springframework.boot.loader.launch.PropertiesLauncher 0 "${population_args[@]}"
  ) >"$WORK/stand-in.log" 2>&1 &
  STAND_IN_PID=$!
  local deadline=$((SECONDS + 60)) url=""
  until url=$(sed -n 's/^stand-in BRP at //p' "$WORK/stand-in.log") && [[ -n $url ]]; do
    kill -0 "$STAND_IN_PID" 2>/dev/null || { cat "$WORK/stand-in.log" >&2; die "the stand-in register stopped"; }
    ((SECONDS < deadline)) || die "the stand-in register did not start in 60 s (log: $WORK/stand-in.log)"
    sleep 0.5
  done
  STAND_IN_ARGS=(--verwijsindex.person.brp.base-url="$url" --verwijsindex.standalone.brp.enabled=false)
  echo "Stand-in register apart (pid $STAND_IN_PID): $url"
}
stop_stand_in() {
  if [[ -n $STAND_IN_PID ]] && kill -0 "$STAND_IN_PID" 2>/dev/null; then
    kill "$STAND_IN_PID"
    wait "$STAND_IN_PID" 2>/dev/null || true
  fi
  STAND_IN_PID=""
}
start_service() { # $1 log; the rest: more arguments for the service
  SERVICE_LOG=$1
  shift
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "port $PORT is already in use: pick another with --port"
  fi
  (
    cd "$WORK"
    exec env SPRING_DATASOURCE_URL="$BENCH_JDBC_URL" SPRING_DATASOURCE_USERNAME="$BENCH_DB_USER" \
      SPRING_DATASOURCE_PASSWORD="$BENCH_DB_PASSWORD" VERWIJSINDEX_DEMO_ENABLED=false \
      java ${SERVICE_JAVA_OPTS:-} -jar "$SERVICE_JAR" --spring.profiles.active=demo --server.port="$PORT" \
      --verwijsindex.standalone.smtp-port=0 "${STAND_IN_ARGS[@]}" "$@"
  ) >"$SERVICE_LOG" 2>&1 &
  SERVICE_PID=$!
  local deadline=$((SECONDS + 240))
  until curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      tail -n 40 "$SERVICE_LOG" >&2
      SERVICE_PID=""
      die "the service stopped during start-up (log: $SERVICE_LOG)"
    fi
    ((SECONDS < deadline)) || { tail -n 40 "$SERVICE_LOG" >&2; die "the service did not become healthy in 240 s"; }
    sleep 1
  done
  echo "Service up (pid $SERVICE_PID, port $PORT, log $SERVICE_LOG)"
}
stop_service() {
  if [[ -n $SERVICE_PID ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    for _ in $(seq 1 60); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$SERVICE_PID" 2>/dev/null && kill -9 "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=""
}
trap 'stop_service; stop_stand_in' EXIT
trap 'exit 130' INT TERM
# The population of the stand-in register (written below, before the load's service start): empty with
# --unknown-youths or --reports-only. The schema's start-up (Flyway) runs with the in-process stand-in without it.
POPULATION=""



# ---------------------------------------------------------------------------------------------------
# 4. The history: Flyway creates the schema at the service's start-up; the loader fills it directly
# ---------------------------------------------------------------------------------------------------
if [[ $SKIP_LOAD == 0 ]]; then
  step "Creating the schema (service start-up runs Flyway)"
  start_service "$WORK/service-migrate.log"
  stop_service
  step "Loading the history: $SIGNALS signals"
  # The service is stopped meanwhile, so no plan it caches was made on empty tables.
  loader_args=(--signals "$SIGNALS")
  [[ -n $YOUTHS ]] && loader_args+=(--youths "$YOUTHS")
  [[ $NO_EXPIRED == 1 ]] && loader_args+=(--no-expired)
  java -Xmx2g -cp "$BENCH_CP" nl.verwijsindex.bench.load.HistoryLoader "${loader_args[@]}" | tee "$WORK/load.log"
  BENCH_LOAD_SECONDS=$(sed -n 's/^RESULT load_seconds=//p' "$WORK/load.log")
  echo "BENCH_LOAD_SECONDS=$BENCH_LOAD_SECONDS" >>"$STATE"
  # R-REPORTS: the loader writes the history straight into the tables, past the listeners that write report
  # facts; the backfill of migration V50 derives them from that history, as it did for a real database. Its
  # last statement (consultation outcomes) reads a column later migrations replaced; the history has no
  # consultations, so that statement is left out.
  # The facts' monthly roll-ups that the reports read (V75, V78) are filled the same way, from those facts.
  step "Report facts of the history (the backfill statements of migrations V50, V75 and V78)"
  facts_started=$SECONDS
  awk -v RS= -v ORS='\n\n' '/-- Backfill/{p=1} p && !/c\.outcome/' \
    "$ROOT/src/main/resources/db/migration/V50__keep_anonymous_report_facts.sql" >"$WORK/report-facts.sql"
  awk -v RS= -v ORS='\n\n' '/-- Backfill/{p=1} p' \
    "$ROOT/src/main/resources/db/migration/V75__roll_report_facts_up_per_month.sql" >>"$WORK/report-facts.sql"
  # and its coarser roll-ups (V78, docs/adr/0048) from that one
  awk -v RS= -v ORS='\n\n' '/-- Backfill/{p=1} p' \
    "$ROOT/src/main/resources/db/migration/V78__roll_report_facts_up_without_unused_columns.sql" >>"$WORK/report-facts.sql"
  admin_psql -d "$DB" <"$WORK/report-facts.sql"
  admin_psql -d "$DB" -c "vacuum (analyze) report_fact, report_fact_month, report_fact_month_place, report_fact_month_organisation"
  echo "report facts: $(admin_psql -d "$DB" -Atc "select count(*) from report_fact") in $(admin_psql -d "$DB" -Atc "select count(*) from report_fact_month") monthly rows, $((SECONDS - facts_started)) s"
fi

# The coordination of the history's matches (cases, deadlines, consultations: CoordinationHistory) is part of a load
# since issue 17's organisation coordinator's view was measured; a database loaded before gets it now.
if [[ $SKIP_LOAD == 1 && $(admin_psql -d "$DB" -Atc "select exists (select 1 from coordination_case)") == f ]]; then
  step "Coordination of the history's matches (a database loaded before the loader derived it)"
  java -Xmx1g -cp "$BENCH_CP" nl.verwijsindex.bench.load.CoordinationHistory | tee "$WORK/coordination.log"
fi

# The population of the stand-in register: the youths the load generator registers (a sample of the index's, and a
# pool of new ones it takes in order, each once), in households with their parents at one address, so the person
# check after a registration finds them and their family and address (PopulationWriter, README). The pool is sized
# for a closed loop of up to 400 signals/s in warm-up and phase A, plus phase B, and 10%; beyond it the load
# generator goes around again (second signals on this run's youths).
YOUTHS_ARGS=()
if [[ $REPORTS_ONLY == 0 && $UNKNOWN_YOUTHS == 0 ]]; then
  FRESH_YOUTHS=$(awk -v s="$EXISTING_SHARE" -v w="$WARMUP" -v d="$DURATION" -v r="$RATE" -v o="$OPEN_DURATION" \
    'BEGIN { x = (1 - s) * (400 * (w + d) + r * o) * 1.1; n = int(x); if (n < x) n++; if (n < 0) n = 0; print n }')
  step "Population of the stand-in register: a sample of 100000 known youths and $FRESH_YOUTHS new ones, with their parents"
  rm -f "$WORK/population.json" "$WORK/youths.tsv"
  java -Xmx1g -cp "$BENCH_CP" nl.verwijsindex.bench.drive.PopulationWriter --population "$WORK/population.json" \
    --youths "$WORK/youths.tsv" --fresh "$FRESH_YOUTHS" --sample 100000 | tee "$WORK/population.log"
  POPULATION=$WORK/population.json
  YOUTHS_ARGS=(--youths "$WORK/youths.tsv")
elif [[ $REPORTS_ONLY == 0 ]]; then
  echo
  echo "(--unknown-youths: the stand-in register knows none of the youths registered, as before the population)"
fi

# ---------------------------------------------------------------------------------------------------
# 5. Load: warm-up, phase A (closed loop), phase B (open loop)
# ---------------------------------------------------------------------------------------------------
PG_STATS=0
# Statements per signal (the load generator counts them from pg_stat_statements) need the extension in this
# database; the server must preload it (see README).
if admin_psql -d "$DB" -Atc "show shared_preload_libraries" | grep -q pg_stat_statements; then
  admin_psql -d "$DB" -c "create extension if not exists pg_stat_statements"
  if [[ $DIAGNOSE == 1 || $PROFILE == 1 ]]; then
    admin_psql -d "$DB" -Atc "select pg_stat_statements_reset()" >/dev/null && PG_STATS=1
  fi
else
  echo "(pg_stat_statements is not in shared_preload_libraries: no statement counts, only transactions)"
fi

step "Starting the service"
SERVICE_POPULATION_ARGS=()
if [[ $BRP_APART == 1 ]]; then
  start_stand_in
elif [[ -n $POPULATION ]]; then
  SERVICE_POPULATION_ARGS=(--verwijsindex.standalone.brp.population-file="$POPULATION")
fi
start_service "$WORK/service.log" "${SERVICE_POPULATION_ARGS[@]}"

DIAG_PID=""
if [[ $DIAGNOSE == 1 ]]; then
  # During phase A: a JFR CPU profile of the service over most of it, and three thread dumps mid-way.
  (
    sleep $((WARMUP + 8))
    jcmd "$SERVICE_PID" JFR.start name=bench settings=profile duration=$((DURATION > 20 ? DURATION - 10 : DURATION))s \
      filename="$WORK/service.jfr" >/dev/null 2>&1 || true
    sleep $((DURATION / 2 - 5 > 0 ? DURATION / 2 - 5 : 0))
    for i in 1 2 3; do
      jcmd "$SERVICE_PID" Thread.print >"$WORK/threads-$i.txt" 2>&1 || true
      sleep 5
    done
  ) &
  DIAG_PID=$!
fi

PROFILE_PID=""
if [[ $PROFILE == 1 ]]; then
  # Phase A only: from 5 s after its start to 5 s before its end (cpu: perf events, or the CPU timer where the
  # kernel does not allow them), every thread's stack with its name. The options are quoted once more because
  # jcmd would read "start,event=cpu" as an argument named "start,event".
  (
    sleep $((WARMUP + 5))
    jcmd "$SERVICE_PID" JVMTI.agent_load "$PROFILER_LIB" "\"start,event=cpu,interval=1ms,threads\"" \
      >"$WORK/profiler.log" 2>&1 || true
    sleep $((DURATION > 15 ? DURATION - 10 : DURATION))
    jcmd "$SERVICE_PID" JVMTI.agent_load "$PROFILER_LIB" "\"dump,file=$WORK/profile.html,flamegraph\"" \
      >>"$WORK/profiler.log" 2>&1 || true
    jcmd "$SERVICE_PID" JVMTI.agent_load "$PROFILER_LIB" "\"stop,file=$WORK/profile.collapsed,collapsed\"" \
      >>"$WORK/profiler.log" 2>&1 || true
  ) &
  PROFILE_PID=$!
fi

LOADGEN_RC=0
SWEEP_JSON="" SWEEP_MS=""
: >"$WORK/loadgen.log"
if [[ $REPORTS_ONLY == 0 ]]; then
  step "Load: ${WARMUP} s warm-up, phase A ${DURATION} s with $CLIENTS clients, phase B ${OPEN_DURATION} s at ${RATE}/s"
  set +e
  java -Xmx1g -cp "$BENCH_CP" nl.verwijsindex.bench.drive.LoadGenerator --base-url "http://127.0.0.1:$PORT" \
    --clients "$CLIENTS" --warmup "$WARMUP" --duration "$DURATION" --rate "$RATE" --open-duration "$OPEN_DURATION" \
    --existing-share "$EXISTING_SHARE" --service-pid "$SERVICE_PID" ${STAND_IN_PID:+--stand-in-pid "$STAND_IN_PID"} \
    "${YOUTHS_ARGS[@]}" | tee "$WORK/loadgen.log"
  LOADGEN_RC=${PIPESTATUS[0]}
  set -e
  if [[ -n $DIAG_PID ]]; then
    wait "$DIAG_PID" 2>/dev/null || true
  fi
  if [[ -n $PROFILE_PID ]]; then
    wait "$PROFILE_PID" 2>/dev/null || true
  fi
  # Issue 18 ("count them yourself"): every statement of the load and its after-commit work, by calls per registered
  # signal, taken when the load generator returns (settled or not), before the sweep and the reports add their own.
  if [[ $PG_STATS == 1 ]]; then
    RUN_SIGNALS=$(sed -n 's/^RESULT run_signals=//p' "$WORK/loadgen.log" | tail -n 1)
    admin_psql -d "$DB" -P pager=off -c "
      select calls, round(calls::numeric / nullif(${RUN_SIGNALS:-0}, 0), 2) as per_signal,
             round(total_exec_time::numeric / 1000, 1) as total_s,
             left(regexp_replace(query, '\s+', ' ', 'g'), 120) as query
      from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
      order by calls desc limit 60" >"$WORK/pg-stat-statements-by-calls.txt"
    echo "statements by calls per signal (${RUN_SIGNALS:-?} signals): $WORK/pg-stat-statements-by-calls.txt"
  fi

  # The nightly retention sweep (expiry, five years of archive, age 23, reminders) over the whole history, run
  # now through the administration API as of today (default configuration's demo administrator token).
  step "Retention sweep over the history, as of today"
  SWEEP_JSON=$(curl -s -X POST --max-time 1800 -H "Authorization: Bearer demo-admin-secret-not-for-production" \
    "http://127.0.0.1:$PORT/api/v1/admin/retention/sweep" || true)
  echo "$SWEEP_JSON" | tee "$WORK/sweep.json"
  SWEEP_MS=$(echo "$SWEEP_JSON" | sed -n 's/.*"milliseconds":\([0-9]*\).*/\1/p')
fi

# R-REPORTS (issue 17): the time to build each report over the facts of the history, as its user asks for it:
# every period and grouping, as JSON, CSV and spreadsheet. The first request is timed on its own (a report asked for
# the first time: the JIT has not compiled the code of its kind yet, and nothing is remembered); then REPORT_WARMUPS - 1
# requests not counted, and the median of three. One warm-up request was not enough: on one service the all-regions
# report per organisation and month took 1.2-2.8 s in each of its first ten requests and 0.5-0.6 s after (bench/README.md,
# "Report timings", after docs/adr/0052), so the figure depended on which reports had run before it.
step "Report timings (first request, then the median of 3 after $REPORT_WARMUPS warm-up requests, ms)"
[[ -z $SAVE_REPORTS ]] || mkdir -p "$SAVE_REPORTS"
REPORT_YEAR=$(( $(date +%Y) - 1 ))
: >"$WORK/reports.txt"
time_report() { # $1 label, $2 token, $3 path, $4 query
  local times=() t first body=/dev/null
  if [[ -n $SAVE_REPORTS ]]; then
    body=$SAVE_REPORTS/$(echo "$1" | tr ' ' '_')
  fi
  t=$(curl -s -o "$body" -w '%{http_code} %{time_total}' --max-time 120 -H "Authorization: Bearer $2" \
    "http://127.0.0.1:$PORT$3?$4" || echo "000 0")
  [[ ${t%% *} == 200 ]] || { echo "$1: HTTP ${t%% *}" | tee -a "$WORK/reports.txt"; return; }
  first=$(awk -v s="${t#* }" 'BEGIN{printf "%d", s * 1000}')
  for _ in $(seq 2 "$REPORT_WARMUPS"); do
    curl -s -o /dev/null --max-time 120 -H "Authorization: Bearer $2" "http://127.0.0.1:$PORT$3?$4" || true
  done
  for _ in 1 2 3; do
    t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 120 -H "Authorization: Bearer $2" \
      "http://127.0.0.1:$PORT$3?$4" || echo "000 0")
    [[ ${t%% *} == 200 ]] || { echo "$1: HTTP ${t%% *}" | tee -a "$WORK/reports.txt"; return; }
    times+=("$(awk -v s="${t#* }" 'BEGIN{printf "%d", s * 1000}')")
  done
  printf '%-46s first %6s   median %6s\n' "$1" "$first" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)" \
    | tee -a "$WORK/reports.txt"
}
ADMIN_TOKEN=demo-admin-secret-not-for-production
BIG_REGION=$(admin_psql -d "$DB" -Atc "select region_code from report_fact group by 1 order by count(*) desc limit 1")
REGION_TOKEN=$(curl -s -X POST -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"Benchmark rapportage"}' "http://127.0.0.1:$PORT/api/v1/admin/regions/$BIG_REGION/coordinators" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
for period in MONTH QUARTER YEAR; do
  for format in "" .csv .xlsx; do
    for by in REGION MUNICIPALITY ORGANISATION CATEGORY; do
      time_report "all regions $period $by ${format:-.json}" "$ADMIN_TOKEN" "/api/v1/admin/reports$format" \
        "year=$REPORT_YEAR&period=$period&by=$by"
    done
    if [[ -n $REGION_TOKEN ]]; then
      for by in MUNICIPALITY ORGANISATION CATEGORY; do
        time_report "region $BIG_REGION $period $by ${format:-.json}" "$REGION_TOKEN" "/api/v1/region/reports$format" \
          "year=$REPORT_YEAR&period=$period&by=$by"
      done
    fi
  done
done
# R-COORDINATOR (issue 17): the organisation coordinator's view (/organisatie/opvolging) of the organisation with the
# most matches not consulted, signed in through the login pages with a password and an authenticator code.
set +e
java -cp "$BENCH_CP" nl.verwijsindex.bench.drive.CoordinatorView --base-url "http://127.0.0.1:$PORT" >"$WORK/coordinator.log" 2>&1
set -e
sed -n '/^organisation /p' "$WORK/coordinator.log"
COORDINATOR_MS=$(sed -n 's/^RESULT coordinator_view_ms=//p' "$WORK/coordinator.log")
if [[ -n $COORDINATOR_MS ]]; then
  printf '%-44s %s\n' "organisation coordinator follow-up page" "$COORDINATOR_MS" | tee -a "$WORK/reports.txt"
else
  tail -n 5 "$WORK/coordinator.log" >&2
  echo "organisation coordinator follow-up page: HTTP failed (see $WORK/coordinator.log)" | tee -a "$WORK/reports.txt"
fi
REPORT_FACTS=$(admin_psql -d "$DB" -Atc "select count(*) from report_fact")
stop_service

result() { sed -n "s/^RESULT $1=//p" "$WORK/loadgen.log" | tail -n 1; }
SERVICE_ERRORS=$(grep -cE '^\S+\s+(ERROR)|Exception' "$WORK/service.log" || true)
if [[ $SERVICE_ERRORS -gt 0 ]]; then
  echo
  echo "!!! The service log has $SERVICE_ERRORS ERROR/Exception lines ($WORK/service.log); the first:"
  grep -m 10 -E '^\S+\s+(ERROR)|Exception' "$WORK/service.log" | cut -c1-300
fi

if [[ $PG_STATS == 1 ]]; then
  step "Top statements by total time (pg_stat_statements, warm-up and phases A and B)"
  admin_psql -d "$DB" -P pager=off -c "
    select calls, round(total_exec_time::numeric / 1000, 1) as total_s, round(mean_exec_time::numeric, 2) as mean_ms,
           round(100 * shared_blks_hit::numeric / nullif(shared_blks_hit + shared_blks_read, 0), 1) as hit_pct,
           left(regexp_replace(query, '\s+', ' ', 'g'), 110) as query
    from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
    order by total_exec_time desc limit 15" | tee "$WORK/pg-stat-statements.txt"
fi

if [[ $DIAGNOSE == 1 && -f $WORK/service.jfr ]]; then
  step "Where the service's CPU went in phase A (JFR: $WORK/service.jfr; thread dumps: $WORK/threads-*.txt)"
  java -cp "$BENCH_CP" nl.verwijsindex.bench.drive.JfrSummary "$WORK/service.jfr" 20 \
    'nl\.verwijsindex\.|HikariPool\.getConnection|ConcurrentBag\.requite|QueryExecutorImpl\.execute$|ObjectMapper\.writeValue|AbstractJackson.*\.writeInternal|greenmail\.smtp\.SmtpHandler\.run|SMTPTransport\.sendMessage|PersistentApplicationEventMulticaster\.multicastEvent|ObservationFilterChainDecorator\$VirtualFilterChain\.doFilter|FilterChainProxy\.doFilter$|DispatcherServlet\.doDispatch' | tee "$WORK/jfr-summary.txt"
fi

if [[ $PROFILE == 1 ]]; then
  if [[ -s $WORK/profile.collapsed ]]; then
    step "Where the service's CPU went in phase A (async-profiler: $WORK/profile.html, $WORK/profile.collapsed)"
    java -cp "$BENCH_CP" nl.verwijsindex.bench.drive.ProfileSummary "$WORK/profile.collapsed" 25 | tee "$WORK/profile-summary.txt"
  else
    echo "(--profile: no profile was written; see $WORK/profiler.log)"
    cat "$WORK/profiler.log" 2>/dev/null || true
  fi
fi

# ---------------------------------------------------------------------------------------------------
# 6. Reference and summary
# ---------------------------------------------------------------------------------------------------
SIZE=$(admin_psql -d "$DB" -At -F ' ' -c "select (select count(*) from signal), (select count(*) from signal where status = 'ACTIVE'),
         (select count(*) from youth), pg_size_pretty(pg_database_size(current_database())), current_setting('server_version')")
read -r DB_SIGNALS DB_ACTIVE DB_YOUTHS DB_SIZE_NUM DB_SIZE_UNIT PG_VERSION _ <<<"$SIZE"

REF_TPS=""
REFERENCE_SCRIPT=$ROOT/../shared/bench/pgbench-reference.sh
if [[ $REFERENCE == 1 ]]; then
  if [[ -f $REFERENCE_SCRIPT ]]; then
    step "Reference: $REFERENCE_SCRIPT"
    # one pgbench at a time on this machine: it drops and creates its own database
    flock /tmp/verwijsindex-pgbench-reference.lock bash "$REFERENCE_SCRIPT" | tee "$WORK/reference.log"
    REF_TPS=$(sed -n 's/^pgbench_reference_tps=//p' "$WORK/reference.log")
  else
    echo "(--reference: $REFERENCE_SCRIPT does not exist; skipped)"
  fi
fi

A_TPUT=$(result phase_a_throughput)
FAILURES=$(( $(result warmup_failures || true) + 0 ))
FAILURES=$(( FAILURES + $(result phase_a_failures) + 0 ))
[[ $OPEN_DURATION != 0 ]] && FAILURES=$(( FAILURES + $(result phase_b_failures) + 0 ))
# a report that did not answer 200 is a failed request too
FAILURES=$(( FAILURES + $(grep -c ': HTTP ' "$WORK/reports.txt" || true) ))

printf '\n%s\n' "==================== Verwijsindex benchmark: summary ===================="
printf '%-19s %s\n' "machine" "$(nproc) cores, $(free -g | awk '/^Mem:/{print $2}') GiB RAM; PostgreSQL $PG_VERSION at $DB_HOST:$DB_PORT"
printf '%-19s %s\n' "database" "$(printf "%'d" "$DB_SIGNALS") signals ($(printf "%'d" "$DB_ACTIVE") active) on $(printf "%'d" "$DB_YOUTHS") youths; $DB_SIZE_NUM $DB_SIZE_UNIT$([[ $NO_EXPIRED == 1 ]] && echo '; archived as RISK_GONE only (--no-expired)')"
if [[ $SKIP_LOAD == 0 ]]; then
  printf '%-19s %s\n' "history load" "${BENCH_LOAD_SECONDS} s"
else
  printf '%-19s %s\n' "history load" "reused (--skip-load; it took ${BENCH_LOAD_SECONDS:-?} s)"
fi
if [[ $REPORTS_ONLY == 0 ]]; then
  printf '%-19s %s\n' "phase A (closed)" "$CLIENTS clients, ${DURATION} s: $A_TPUT signals/s; latency ms p50 $(result phase_a_p50_ms), p95 $(result phase_a_p95_ms), p99 $(result phase_a_p99_ms), max $(result phase_a_max_ms)"
  printf '%-19s %s\n' "" "$(result phase_a_cpu)"
  if [[ $OPEN_DURATION != 0 ]]; then
    printf '%-19s %s\n' "phase B (open)" "${RATE}/s for ${OPEN_DURATION} s: latency ms p50 $(result phase_b_p50_ms), p95 $(result phase_b_p95_ms), p99 $(result phase_b_p99_ms), max $(result phase_b_max_ms)"
    printf '%-19s %s\n' "" "$(result phase_b_cpu)"
  fi
  printf '%-19s %s\n' "after-commit work" "incomplete event publications: $(result phase_a_backlog) after phase A$([[ $OPEN_DURATION != 0 ]] && echo ", $(result phase_b_backlog) after phase B"); $([[ $(result settled) == true ]] && echo "all done $(result settle_seconds) s after the load" || echo "NOT all done $(result settle_seconds) s after the load")"
  printf '%-19s %s\n' "database work" "per signal, warm-up to settled: $(result run_db_work)"
  printf '%-19s %s\n' "" "$(result run_cpu)"
  if [[ -n $POPULATION ]]; then
    printf '%-19s %s\n' "person register" "stand-in with a population: $(sed -n 's/^RESULT population=//p' "$WORK/population.log" | tail -n 1)"
  else
    printf '%-19s %s\n' "person register" "stand-in without the benchmark's youths (--unknown-youths): every person check stores \"not in the register\""
  fi
  printf '%-19s %s\n' "run effects" "$(result run_signals) signals, $(result run_match_pairs) new matches, $(result run_notices) notices; all e-mailed: $(result settled) ($(result settle_seconds) s after the load)"
  printf '%-19s %s\n' "retention sweep" "${SWEEP_MS:-?} ms: $SWEEP_JSON"
else
  printf '%-19s %s\n' "load phases" "none (--reports-only)"
fi
printf '%-19s %s\n' "reports" "$(printf "%'d" "${REPORT_FACTS:-0}") facts; year $REPORT_YEAR; slowest $(awk '{print $NF}' "$WORK/reports.txt" | sort -n | tail -n 1) ms (each: median of 3 after $REPORT_WARMUPS warm-up requests, ms)"
sed 's/^/                    /' "$WORK/reports.txt"
printf '%-19s %s\n' "failed requests" "$FAILURES$([[ $FAILURES -gt 0 ]] && echo '   <<<<<<<<<< NON-2xx OR NO RESPONSE: see above')"
printf '%-19s %s\n' "service log" "$SERVICE_ERRORS ERROR/Exception lines ($WORK/service.log)"
if [[ -n $REF_TPS && -n $A_TPUT ]]; then
  printf '%-19s %s\n' "pgbench reference" "$REF_TPS tps; phase A / reference = $(awk -v a="$A_TPUT" -v r="$REF_TPS" 'BEGIN{printf "%.3f", a / r}')"
elif [[ -n $REF_TPS ]]; then
  printf '%-19s %s\n' "pgbench reference" "$REF_TPS tps (no load phases, so no ratio of phase A to it)"
fi
printf '%s\n' "========================================================================="

[[ $LOADGEN_RC == 0 && $FAILURES == 0 ]] || exit 1
