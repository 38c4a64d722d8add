#!/usr/bin/env bash
# The grade sync benchmark (issue 3): builds what is missing, starts the tool's uber jar as a process of
# its own and a simulated Moodle serving tokens and AGS, launches learners (AGS claim), produces score
# events through the learning API and measures their delivery to the platform: live, draining a backlog,
# and with 30% failing score POSTs plus a kill -9 and restart of the tool. See README.md, "Benchmarks".
#
#   bench/grades.sh                                               # H2 (in memory, served by the driver)
#   BENCH_DB_URL=jdbc:mariadb://127.0.0.1:3306/conecta_bench bench/grades.sh   # MariaDB (fresh db + user)
#
# Environment (all optional):
#   BENCH_JAR, BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD, BENCH_DB_FRESH   as for bench/launch.sh
#   BENCH_LEARNERS        default 1000
#   BENCH_EVENTS          score events per learner, default 10 (the course allows up to 17)
#   BENCH_CONCURRENCY     client threads producing events, default 64
#   BENCH_PLACEMENTS      placements (LMS courses) the learners are spread over, default 20
#   BENCH_RUNS            default "live drain faults"
#   BENCH_FAILURE_RATE    share of score POSTs answered 500 in the faults run, default 0.3
#   BENCH_DRAIN_TIMEOUT   seconds to wait for the platform to have every final score, default 300
#   BENCH_TOOL_OPTS       the tool's JVM options, default "-Xms256m -Xmx512m -XX:+UseSerialGC"
#   BENCH_GRADESYNC_OPTS  the tool's grade sync settings, default "-Dconecta.gradesync.lease-seconds=5
#                         -Dconecta.gradesync.backoff-base-millis=200 -Dconecta.gradesync.backoff-cap-seconds=2"
#   BENCH_OUT             the report, default target/bench/grades-<time>/report.txt
# Exit status: 0 every check passed, 1 a check failed or the run broke.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=$(date +%Y%m%d-%H%M%S)
export BENCH_DIR=${BENCH_DIR:-$PWD/target/bench/grades-$stamp}
export BENCH_OUT=${BENCH_OUT:-$BENCH_DIR/report.txt}
export BENCH_TOOL_OPTS=${BENCH_TOOL_OPTS--Xms256m -Xmx512m -XX:+UseSerialGC}
mkdir -p "$BENCH_DIR"
source bench/common.sh
bench_commit

bench_build
bench_database

log "Running the grade sync benchmark; files in $BENCH_DIR"
BENCH_DRIVER_OPTS=${BENCH_DRIVER_OPTS:--Xmx1g} bench_java es.conectaempleo.bench.GradeSyncBenchmark
