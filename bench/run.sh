#!/usr/bin/env bash
# Benchmarks: a 5,000-point plan with ten years of values on MariaDB, every endpoint in turn
# against the packaged service; writes the figures into docs/benchmarks.md.
#   bench/run.sh     (BENCH_SECONDS per endpoint, default 30; BENCH_ONLY=tree: only endpoints named so;
#                     APP_DIR: another build's quarkus-app; DATABASE, MARIADB_*)
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
