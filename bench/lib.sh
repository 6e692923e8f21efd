# Shared by bench/run.sh and bench/soak.sh: build, database, service start and stop, machine.
# Sourced with REPO set to the repository root; everything temporary lives in $WORK.

MARIADB_HOST=${MARIADB_HOST:-127.0.0.1}
MARIADB_PORT=${MARIADB_PORT:-3306}
MARIADB_USER=${MARIADB_USER:-root}
MARIADB_PASSWORD=${MARIADB_PASSWORD:-}

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

# Builds the packaged service unless it is newer than every source file, then copies it into
# $WORK, so that a rebuild while this runs does not change the service under measurement.
# APP_DIR (a quarkus-app directory of another build) measures that build instead.
package_service() {
  if [[ -n ${APP_DIR:-} ]]; then
    cp -r "$APP_DIR" "$WORK/app"
    return
  fi
  local jar="$REPO/target/quarkus-app/quarkus-run.jar"
  if [[ ! -f $jar ]] || [[ -n $(find "$REPO/src/main" "$REPO/pom.xml" -newer "$jar" -print -quit) ]]; then
    log "building the packaged service"
    (cd "$REPO" && ./mvnw -q package -DskipTests -Dstyrkort.npm.skip=true)
  fi
  cp -r "$REPO/target/quarkus-app" "$WORK/app"
}

mariadb_cli() {
  mariadb -h "$MARIADB_HOST" -P "$MARIADB_PORT" -u "$MARIADB_USER" ${MARIADB_PASSWORD:+-p"$MARIADB_PASSWORD"} "$@"
}

# Drops and recreates the database $1.
fresh_database() {
  if ! mariadb_cli -e "drop database if exists $1; create database $1 character set utf8mb4" 2>"$WORK/mariadb.err"; then
    echo "MariaDB at $MARIADB_HOST:$MARIADB_PORT is not reachable ($(cat "$WORK/mariadb.err"))." >&2
    echo "Start one, or point MARIADB_HOST/MARIADB_PORT/MARIADB_USER/MARIADB_PASSWORD at one." >&2
    exit 1
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Starts the packaged service on database $1 with a 512 MB heap; sets SERVICE_PID, BASE, KEY_FILE.
# $2 names a further replica on the same database (its own log and key file).
start_service() {
  local port name=${2:-service}
  port=$(free_port)
  BASE="http://127.0.0.1:$port"
  KEY_FILE="$WORK/admin-key${2:+-$2}"
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://$MARIADB_HOST:$MARIADB_PORT/$1" \
    QUARKUS_DATASOURCE_USERNAME="$MARIADB_USER" \
    QUARKUS_DATASOURCE_PASSWORD="$MARIADB_PASSWORD" \
    QUARKUS_HTTP_PORT="$port" \
    STYRKORT_SECURITY_ADMIN_KEY_FILE="$KEY_FILE" \
    STYRKORT_SECURITY_RATE_LIMIT_ENABLED=false \
    java -Xmx512m ${SERVICE_JAVA_OPTS:-} -jar "$WORK/app/quarkus-run.jar" >"$WORK/$name.log" 2>&1 &
  SERVICE_PID=$!
  log "service pid $SERVICE_PID on $BASE, log $WORK/$name.log"
  for _ in $(seq 1 120); do
    if curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && [[ -s $KEY_FILE ]]; then
      return 0
    fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      tail -50 "$WORK/$name.log" >&2
      echo "the service did not start" >&2
      exit 1
    fi
    sleep 1
  done
  echo "the service was not ready after 120 s" >&2
  exit 1
}

# Asks the service to stop (SIGTERM, graceful), and kills it when it has not after 30 s: a
# service left behind would hold its database open and block the next run's drop.
stop_service() {
  local pid
  for pid in ${SERVICE_PID:-} ${REPLICA_PID:-}; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
      done
      kill -9 "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}

# Generates a plan (shape benchmark or soak) into database $1; sets PLAN_ID and POINTS_FILE.
generate_plan() {
  local driver
  driver=$(ls "$WORK"/app/lib/main/org.mariadb.jdbc.mariadb-java-client-*.jar)
  mkdir -p "$WORK/generator"
  javac -nowarn -cp "$driver" -d "$WORK/generator" \
    "$REPO/src/test/java/se/styrkort/support/LargePlan.java" "$REPO/bench/GeneratePlan.java"
  POINTS_FILE="$WORK/points.txt"
  PLAN_ID=$(java -cp "$WORK/generator:$driver" GeneratePlan \
    "jdbc:mariadb://$MARIADB_HOST:$MARIADB_PORT/$1?rewriteBatchedStatements=true" \
    "$MARIADB_USER" "$MARIADB_PASSWORD" "$2" "$POINTS_FILE")
  log "plan $PLAN_ID: $(wc -l <"$POINTS_FILE") measurement points"
}

# The machine, as markdown list items.
machine() {
  echo "- CPU: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "- Memory: $(free -m | awk '/^Mem:/ {print $2}') MB"
  echo "- Java: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "- MariaDB: $(mariadb_cli -N -e 'select version()' 2>/dev/null)"
  echo "- Load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared; other processes may be running)"
  echo "- Service: ${APP_DIR:-target/quarkus-app}/quarkus-run.jar, java -Xmx512m, worktree at commit $(cd "$REPO" && git rev-parse --short HEAD)$(cd "$REPO" && git diff --quiet HEAD -- src pom.xml || echo ' + uncommitted changes')"
}

# Replaces the text between <!-- $1:start --> and <!-- $1:end --> in docs/benchmarks.md with file $2.
write_section() {
  python3 - "$REPO/docs/benchmarks.md" "$1" "$2" <<'PY'
import sys, re
doc, name, part = sys.argv[1], sys.argv[2], open(sys.argv[3]).read()
text = open(doc).read()
start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda m: start + "\n" + part.rstrip() + "\n" + end, text, flags=re.S)
open(doc, "w").write(text)
PY
}

# Everything before the measurement: the machine and start time (MACHINE, START), the service
# on a fresh database $1 with a generated plan of shape $2, all dropped again on exit.
prepare() {
  DATABASE=$1
  trap 'stop_service; mariadb_cli -e "drop database if exists $DATABASE" || true' EXIT
  START=$(date -u '+%Y-%m-%d %H:%M UTC')
  MACHINE=$(machine)
  package_service
  fresh_database "$1"
  start_service "$1"
  generate_plan "$1" "$2"
}
