# Shared by the benchmarks (bench/launch.sh, bench/grades.sh); sourced, not run. Expects the caller
# to be in the repository root with BENCH_DIR set and `set -euo pipefail`.
#   bench_build       builds the uber jar (unless BENCH_JAR is given) and the test classes, and writes
#                     the test classpath to $BENCH_DIR/classpath.txt
#   bench_database    for a jdbc:mariadb:/jdbc:mysql: BENCH_DB_URL without BENCH_DB_USER: creates the
#                     database afresh and a user conecta_bench with a random password, as root over the
#                     local socket (MariaDB started if needed), like .ci/run. BENCH_DB_FRESH=0 skips it.
#   bench_java CLASS  runs a driver class on the test classpath

log() { printf '==== %s\n' "$*" >&2; }

bench_commit() {
  export BENCH_COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo '+changes')"
}

bench_build() {
  if [[ -z "${BENCH_JAR:-}" ]]; then
    log "Building target/conecta-lti.jar and the test classes"
    mvn -q -B -DskipTests package
    export BENCH_JAR=$PWD/target/conecta-lti.jar
  else
    log "Tool: $BENCH_JAR; compiling the test classes"
    mvn -q -B -DskipTests test-compile
  fi
  mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH_DIR/classpath.txt" >/dev/null
}

# The database: MariaDB/MySQL gets a fresh database and a dedicated user with a password (STACK trap 8).
bench_database() {
  if [[ "${BENCH_DB_URL:-}" == jdbc:mariadb:* || "${BENCH_DB_URL:-}" == jdbc:mysql:* ]]; then
    if [[ -z "${BENCH_DB_USER:-}" && "${BENCH_DB_FRESH:-1}" == 1 ]]; then
      local db=${BENCH_DB_URL#*://*/}
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
}

bench_java() {
  # The simulated browsers keep idle connections for less than the tool's 30 s keep-alive, so an
  # overloaded run never reuses one the tool has just closed (a POST is not retried by the client).
  java ${BENCH_DRIVER_OPTS:--Xmx1g} -Djdk.httpclient.keepalive.timeout=20 -cp "$PWD/target/test-classes:$PWD/target/classes:$(cat "$BENCH_DIR/classpath.txt")" "$@"
}
