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
source "$REPO/bench/lib.sh"
trap 'stop_service; mariadb_cli -e "drop database if exists $DATABASE" || true' EXIT

START=$(date -u '+%Y-%m-%d %H:%M UTC')
MACHINE=$(machine)
package_service
fresh_database "$DATABASE"
start_service "$DATABASE"
generate_plan "$DATABASE" benchmark
log "measuring, $BENCH_SECONDS s per endpoint"
java "$REPO/bench/Bench.java" bench "$BASE" "$KEY_FILE" "$PLAN_ID" "$POINTS_FILE" "$BENCH_SECONDS" "$WORK/results.md"
EVALUATIONS=$(mariadb_cli -N -e "select count(*) from $DATABASE.evaluation")
{
  echo "Run of $START: \`bench/run.sh\` (BENCH_SECONDS=$BENCH_SECONDS)."
  echo
  echo "$MACHINE"
  echo "- Plan: $(wc -l <"$POINTS_FILE") measurement points (LargePlan.BENCHMARK: 5 focus areas × 4 goals × 10 indicators × 25 points, 2021–2030), $EVALUATIONS follow-up values at the end"
  echo
  cat "$WORK/results.md"
} >"$WORK/section.md"
write_section bench "$WORK/section.md"
log "docs/benchmarks.md updated"
cat "$WORK/section.md"
rm -rf "$WORK"
