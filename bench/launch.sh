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
#   BENCH_OUT          the report file, default target/bench/launch-<time>/report.txt
# Exit status: 0 no errors, 1 some launch failed or the run broke.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=$(date +%Y%m%d-%H%M%S)
export BENCH_DIR=${BENCH_DIR:-$PWD/target/bench/launch-$stamp}
export BENCH_OUT=${BENCH_OUT:-$BENCH_DIR/report.txt}
export BENCH_TOOL_OPTS=${BENCH_TOOL_OPTS--Xms256m -Xmx512m -XX:+UseSerialGC}
export BENCH_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo '+changes')"
mkdir -p "$BENCH_DIR"

log() { printf '==== %s\n' "$*" >&2; }

# Build: the uber jar (unless one is given) and the test classes the driver and simulator live in.
if [[ -z "${BENCH_JAR:-}" ]]; then
  log "Building target/conecta-lti.jar and the test classes"
  mvn -q -B -DskipTests package
  export BENCH_JAR=$PWD/target/conecta-lti.jar
else
  log "Tool: $BENCH_JAR; compiling the test classes"
  mvn -q -B -DskipTests test-compile
fi
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH_DIR/classpath.txt" >/dev/null

# The database: MariaDB/MySQL gets a fresh database and a dedicated user with a password (STACK trap 8).
if [[ "${BENCH_DB_URL:-}" == jdbc:mariadb:* || "${BENCH_DB_URL:-}" == jdbc:mysql:* ]]; then
  if [[ -z "${BENCH_DB_USER:-}" && "${BENCH_DB_FRESH:-1}" == 1 ]]; then
    db=${BENCH_DB_URL#*://*/}
    db=${db%%\?*}
    [[ "$db" =~ ^[A-Za-z0-9_]+$ ]] || { echo "error: no database name in BENCH_DB_URL" >&2; exit 1; }
    if ! mariadb-admin -uroot --silent ping >/dev/null 2>&1; then
      log "Starting MariaDB"
      start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
      for _ in $(seq 1 60); do mariadb-admin -uroot --silent ping >/dev/null 2>&1 && break; sleep 1; done
    fi
    export BENCH_DB_USER=conecta_bench
    export BENCH_DB_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    log "Fresh database $db for user $BENCH_DB_USER"
    mariadb -uroot <<SQL
DROP DATABASE IF EXISTS \`$db\`;
CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$BENCH_DB_USER'@'localhost' IDENTIFIED BY '$BENCH_DB_PASSWORD';
CREATE USER IF NOT EXISTS '$BENCH_DB_USER'@'127.0.0.1' IDENTIFIED BY '$BENCH_DB_PASSWORD';
ALTER USER '$BENCH_DB_USER'@'localhost' IDENTIFIED BY '$BENCH_DB_PASSWORD';
ALTER USER '$BENCH_DB_USER'@'127.0.0.1' IDENTIFIED BY '$BENCH_DB_PASSWORD';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$BENCH_DB_USER'@'localhost';
GRANT ALL PRIVILEGES ON \`$db\`.* TO '$BENCH_DB_USER'@'127.0.0.1';
FLUSH PRIVILEGES;
SQL
  fi
fi

# The driver starts the tool (ToolProcess), runs the phases, and stops the tool when it ends.
log "Running the launch benchmark; files in $BENCH_DIR"
java -Xmx1g -cp "$PWD/target/test-classes:$(cat "$BENCH_DIR/classpath.txt")" \
  es.conectaempleo.bench.LaunchBenchmark
