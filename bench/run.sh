#!/usr/bin/env bash
# Benchmarks: a 5,000-point plan with ten years of values on MariaDB, every endpoint in turn
# against the packaged service; writes the figures into docs/benchmarks.md.
#   bench/run.sh     (BENCH_SECONDS per endpoint, default 30; BENCH_ONLY=tree,fulfilment: GET by id and the endpoints named so;
#                     APP_DIR: another build's quarkus-app; DATABASE, MARIADB_*;
#                     BENCH_REPLICA_ROUNDS: rounds of the two-replica check, default 20;
#                     SERVICE_JAVA_OPTS: more JVM options, e.g. a JFR recording)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/styrkort-bench.XXXXXX)
DATABASE=${DATABASE:-styrkort_bench}
BENCH_SECONDS=${BENCH_SECONDS:-30}
# Which section of docs/benchmarks.md the figures replace (bench-before: an earlier build's).
BENCH_SECTION=${BENCH_SECTION:-bench}
source "$REPO/bench/lib.sh"
prepare "$DATABASE" benchmark
log "measuring, $BENCH_SECONDS s per endpoint"
java "$REPO/bench/Bench.java" bench "$BASE" "$KEY_FILE" "$PLAN_ID" "$POINTS_FILE" "$BENCH_SECONDS" "$WORK/results.md"
# A second replica on the same database: a write on the first, the next read on the second is fresh.
if [[ -z ${BENCH_ONLY:-} ]]; then
  FIRST_PID=$SERVICE_PID FIRST_BASE=$BASE FIRST_KEY_FILE=$KEY_FILE
  SERVICE_JAVA_OPTS= start_service "$DATABASE" replica-2
  REPLICA_PID=$SERVICE_PID SECOND_BASE=$BASE SERVICE_PID=$FIRST_PID
  log "two replicas: a write on $FIRST_BASE, the next read on $SECOND_BASE"
  java "$REPO/bench/Bench.java" replicas "$FIRST_BASE" "$SECOND_BASE" "$FIRST_KEY_FILE" "$PLAN_ID" "$POINTS_FILE" \
    "${BENCH_REPLICA_ROUNDS:-20}" "$WORK/replicas.md"
  { echo; cat "$WORK/replicas.md"; } >>"$WORK/results.md"
fi
EVALUATIONS=$(mariadb_cli -N -e "select count(*) from $DATABASE.evaluation")
{
  echo "Run of $START: \`bench/run.sh\` (BENCH_SECONDS=$BENCH_SECONDS${BENCH_ONLY:+, BENCH_ONLY=$BENCH_ONLY}${APP_DIR:+, APP_DIR=$APP_DIR})."
  echo
  echo "$MACHINE"
  echo "- Plan: $(wc -l <"$POINTS_FILE") measurement points (LargePlan.BENCHMARK: 5 focus areas × 4 goals × 10 indicators × 25 points, 2021–2030), $EVALUATIONS follow-up values at the end"
  echo
  cat "$WORK/results.md"
} >"$WORK/section.md"
write_section "$BENCH_SECTION" "$WORK/section.md"
log "docs/benchmarks.md updated"
cat "$WORK/section.md"
rm -rf "$WORK"
