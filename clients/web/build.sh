#!/bin/sh
# Builds the reference public page: generates the client types from openapi/openapi.yaml,
# type-checks the page against them (strict) and bundles it into dist/. Run by ReferencePageIT
# (./mvnw verify) before it opens the page in Chromium.
set -eu
cd "$(dirname "$0")"
# A clean install only when the lock file is newer than what is installed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run --silent build
