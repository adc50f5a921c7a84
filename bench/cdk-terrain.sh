#!/usr/bin/env bash
# Runs the synth benchmark (parts 1 and 2 of bench/run.js) under CDK Terrain instead of cdktf 0.21:
# installs cdktn 0.24.0 the way the README documents ("cdktf": "npm:cdktn@0.24.0" with
# overrides { "cdktf": "$cdktf" }) into a scratch folder with the compiled library, examples and
# bench apps, then runs the bench there twice: as is, and with CDKTN_DISABLE_CREATION_STACK=1
# (cdktn's switch that skips capturing a stack trace for every token).
#   bash bench/cdk-terrain.sh        (after `npm run build`; RUNS as for bench/run.js)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
[[ -f "$root/dist/bench/hand-written.js" ]] || { echo "run npm run build first"; exit 1; }

# The scratch app depends on what the installed package would bring (its dependencies), plus cdktn
# aliased as cdktf and constructs, as the README documents.
node -e "
const p = require('$root/package.json');
const app = { name: 'bench-cdk-terrain', version: '1.0.0', private: true,
  dependencies: { ...p.dependencies, cdktf: 'npm:cdktn@0.24.0', constructs: '~10.7.0' }, overrides: { cdktf: '\$cdktf' } };
require('fs').writeFileSync('$tmp/package.json', JSON.stringify(app, null, 2));
"
(cd "$tmp" && npm install --no-audit --no-fund --prefer-offline --loglevel=error >/dev/null)
cp -r "$root/dist" "$root/charts" "$root/cdktf.json" "$tmp/"
mkdir -p "$tmp/bench" && cp "$root/bench/run.js" "$root/bench/rss-probe.js" "$tmp/bench/"

echo "== CDK Terrain, as is"
(cd "$tmp" && SCALING=0 node bench/run.js)
echo
echo "== CDK Terrain, CDKTN_DISABLE_CREATION_STACK=1"
(cd "$tmp" && SCALING=0 BENCH_ENV=CDKTN_DISABLE_CREATION_STACK=1 node bench/run.js)
