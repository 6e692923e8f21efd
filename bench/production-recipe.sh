#!/usr/bin/env bash
# Runs the README's "Production in short" recipe as written, against a real MariaDB, and checks
# that it ends with a working admin credential. It takes the recipe's shell block out of the README
# and changes only what must not clash with a real installation: the database and user get a
# throwaway name, /var/lib/styrkort becomes a temporary directory, the build goes to its own
# directory (target-production/, so target/ keeps the embedded database), and the port is free.
# First it starts the service once without the admin key file, to see it refuse and name the
# variable. Everything is dropped at the end.
#
#   bench/production-recipe.sh      # MariaDB at 127.0.0.1:3306, root without a password
#
# Needs: a JDK 17, the mariadb client, curl. MARIADB_HOST/PORT/USER/PASSWORD as in bench/lib.sh.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
source "$REPO/bench/lib.sh"

NAME="styrkort_recipe_$$"
PORT=$(free_port)
SERVICE_PID=

cleanup() {
  stop_service || true
  mariadb_cli -e "DROP DATABASE IF EXISTS $NAME; DROP USER IF EXISTS '$NAME'@'%';" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The recipe: the sh block under "## Production in short" in the README.
recipe=$(awk '/^## Production in short/{p=1} p&&/^```sh/{b=1; next} b&&/^```/{exit} b{print}' "$REPO/README.md")
[[ -n $recipe ]] || { echo "no recipe block in the README" >&2; exit 1; }
operations=$(awk '/^## Production: an external MariaDB/{p=1} p&&/^```sh/{b=1; next} b&&/^```/{exit} b{print}' "$REPO/docs/operations.md")
[[ $recipe == "$operations" ]] || { echo "FAIL: docs/operations.md's recipe differs from the README's" >&2; exit 1; }
recipe=${recipe//"CREATE DATABASE styrkort"/"CREATE DATABASE $NAME"}
recipe=${recipe//"'styrkort'@"/"'$NAME'@"}
recipe=${recipe//"styrkort.*"/"$NAME.*"}
recipe=${recipe//"3306/styrkort"/"3306/$NAME"}
recipe=${recipe//"QUARKUS_DATASOURCE_USERNAME=styrkort"/"QUARKUS_DATASOURCE_USERNAME=$NAME"}
recipe=${recipe//"/var/lib/styrkort"/"$WORK/var-lib-styrkort"}
recipe=${recipe//"-Dproduction"/"-Dproduction -Dbuild.dir=target-production"}
recipe=${recipe//"target/quarkus-app"/"target-production/quarkus-app"}
recipe=${recipe//"mariadb -uroot"/"mariadb -h $MARIADB_HOST -P $MARIADB_PORT -u$MARIADB_USER${MARIADB_PASSWORD:+ -p$MARIADB_PASSWORD}"}
recipe=${recipe//"127.0.0.1:3306"/"$MARIADB_HOST:$MARIADB_PORT"}
log "the recipe, as run:"
echo "$recipe" >&2

# Everything but the last command (java -jar with its variables) prepares; run that part.
prepare=$(echo "$recipe" | awk '/^QUARKUS_DATASOURCE_JDBC_URL=/{exit} {print}')
start=$(echo "$recipe" | awk '/^QUARKUS_DATASOURCE_JDBC_URL=/{p=1} p{print}')
(cd "$REPO" && bash -euo pipefail -c "$prepare")
KEY_FILE="$WORK/var-lib-styrkort/admin-key"

# 1. Without the key file: the service must refuse to start and name the variable.
without=$(echo "$start" | sed 's#^STYRKORT_SECURITY_ADMIN_KEY_FILE=[^ ]* ##')
started=$(date +%s%N)
if (cd "$REPO" && QUARKUS_HTTP_PORT=$PORT timeout 300 bash -c "$without" >"$WORK/refused.log" 2>&1); then
  echo "FAIL: the service started without any way in" >&2; exit 1
fi
grep -q 'Set STYRKORT_SECURITY_ADMIN_KEY_FILE' "$WORK/refused.log" \
  || { tail -30 "$WORK/refused.log" >&2; echo "FAIL: the refusal does not name the variable" >&2; exit 1; }
log "without a key file: refused after $(( ($(date +%s%N) - started) / 1000000 )) ms, naming STYRKORT_SECURITY_ADMIN_KEY_FILE"

# 2. As written: it starts, writes the key into the file the log names, and the key works.
(cd "$REPO" && QUARKUS_HTTP_PORT=$PORT exec bash -c "$start") >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 300); do
  curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -40 "$WORK/service.log" >&2; echo "FAIL: did not start" >&2; exit 1; }
  sleep 1
done
grep -q "it is in $KEY_FILE" "$WORK/service.log" || { echo "FAIL: the log does not name $KEY_FILE" >&2; exit 1; }
mode=$(stat -c %a "$KEY_FILE")
[[ $mode == 600 ]] || { echo "FAIL: the key file has mode $mode" >&2; exit 1; }
KEY=$(cat "$KEY_FILE")
status=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $KEY" "$BASE/api/v1/api-keys")
[[ $status == 200 ]] || { echo "FAIL: GET /api/v1/api-keys with the key gave $status" >&2; exit 1; }
created=$(curl -s -o /dev/null -w '%{http_code}' -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
  -X POST "$BASE/api/v1/plans" -d '{"name": "Recept", "organisation": "Testkommun", "startYear": 2025, "endYear": 2026}')
anonymous=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/api-keys")
grep "admin API key" "$WORK/service.log" | sed 's/^/  log: /' >&2
log "as written: ready; key file $KEY_FILE (mode $mode); GET /api/v1/api-keys with it $status, without $anonymous; POST /api/v1/plans $created"
[[ $created == 201 && $anonymous == 401 ]] || { echo "FAIL" >&2; exit 1; }
echo "OK: the production recipe ends with a working admin credential"
