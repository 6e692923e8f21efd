#!/bin/sh
# Run by ./mvnw verify (exec-maven-plugin): type-checks the example client against types
# generated from openapi/openapi.yaml, and lints the contract with Spectral. Skipped, with a
# message, where npm is not installed; CI (.ci/run) always installs it.
set -eu
cd "$(dirname "$0")"

if ! command -v npm >/dev/null 2>&1; then
  echo "[styrkort] npm is not on the PATH: SKIPPING the TypeScript client check and the contract"
  echo "[styrkort] lint. Install Node.js 20+ and npm to run them (CI does: see .ci/run)."
  exit 0
fi

# A clean install only when the lock file is newer than what is installed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi
npm run --silent typecheck
npm run --silent lint-contract
