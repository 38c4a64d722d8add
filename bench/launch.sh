#!/usr/bin/env bash
# The launch benchmark (issue 2): builds what is missing, starts the tool's uber jar as a process of its
# own, drives complete LTI launches at each concurrency with the platform simulator, prints a table,
# writes the report to $BENCH_OUT and stops the tool. See README.md, "Benchmarks".
#
#   bench/launch.sh                                               # embedded H2
#   BENCH_DB_URL=jdbc:mariadb://127.0.0.1:3306/conecta_bench bench/launch.sh   # MariaDB (fresh db + user)
#
# Environment (all optional):
#   BENCH_JAR          the tool's uber jar; default target/conecta-lti.jar, built by mvn -DskipTests package
#   BENCH_DB_URL       jdbc:mariadb:/jdbc:mysql: URL of the tool's database; default a fresh H2 file
#   BENCH_DB_USER      with BENCH_DB_PASSWORD: use this existing user. Unset: the script creates the database
#                      of BENCH_DB_URL afresh and a user conecta_bench with a random password, as root over
#                      the local socket (MariaDB started if needed), like .ci/run. BENCH_DB_FRESH=0 skips that.
#   BENCH_CONCURRENCY  default "1 16 64"
#   BENCH_LAUNCHES     measured launches per phase, default 6000 (with the 2000 warm-up: 20,000 in all)
#   BENCH_WARMUP       warm-up launches at c=16, default 2000
#   BENCH_LEARNERS     learner population, default 2000
#   BENCH_TOOL_OPTS    the tool's JVM options, default "-Xms256m -Xmx512m -XX:+UseSerialGC" (see README)
#   BENCH_PROFILE      after the phase of this concurrency (default 64; 0 = none) one more phase of
#                      BENCH_PROFILE_LAUNCHES (default 2000) launches, recorded with JFR
#   BENCH_BASELINE     after the launch phases, this many baseline operations (default 6000; 0 = none) at
#                      the last concurrency: two GETs of an in-memory asset each, the container's share of
#                      a launch's two requests
#   BENCH_OUT          the report file, default target/bench/launch-<time>/report.txt
# Exit status: 0 no errors, 1 some launch failed or the run broke.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=$(date +%Y%m%d-%H%M%S)
export BENCH_DIR=${BENCH_DIR:-$PWD/target/bench/launch-$stamp}
export BENCH_OUT=${BENCH_OUT:-$BENCH_DIR/report.txt}
export BENCH_TOOL_OPTS=${BENCH_TOOL_OPTS--Xms256m -Xmx512m -XX:+UseSerialGC}
mkdir -p "$BENCH_DIR"
source bench/common.sh
bench_commit

bench_build
bench_database

# The driver starts the tool (ToolProcess), runs the phases, and stops the tool when it ends.
log "Running the launch benchmark; files in $BENCH_DIR"
bench_java es.conectaempleo.bench.LaunchBenchmark
