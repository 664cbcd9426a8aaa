#!/usr/bin/env bash
# Regenerates packstream-golden.json with the official JavaScript driver at a fixed version, installed into a
# temporary folder (node_modules is never committed). Needs node and npm.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=${NEO4J_DRIVER_VERSION:-5.28.3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent "neo4j-driver@$version" >/dev/null)
node "$here/make-golden.mjs" "$tmp" "$here/packstream-golden.json"
