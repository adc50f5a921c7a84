#!/usr/bin/env bash
# Packs the library, installs the tarball into a scratch project (with cdktf and constructs as its
# peers), type-checks a TypeScript app that imports it by package name, and synthesizes it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$root"
npm run build --silent
tarball="$(npm pack --silent --pack-destination "$tmp" | tail -n 1)"
echo "packed $tarball ($(du -k "$tmp/$tarball" | cut -f1) KiB)"
listing="$(tar -tzf "$tmp/$tarball")"
grep -qx 'package/dist/lib/index.d.ts' <<<"$listing" || { echo "tarball lacks dist/lib/index.d.ts"; exit 1; }
grep -qx 'package/dist/lib/cli/bin.js' <<<"$listing" || { echo "tarball lacks the command (dist/lib/cli/bin.js)"; exit 1; }
if grep -qE '^package/(test|scripts|examples|bench)/' <<<"$listing"; then echo "tarball ships test/scripts/examples/bench"; exit 1; fi

app="$tmp/app"
mkdir -p "$app"
cd "$app"
cat > package.json <<'JSON'
{ "name": "scratch-app", "version": "1.0.0", "private": true }
JSON
cdktf_v="$(node -p "require('$root/package.json').devDependencies.cdktf")"
constructs_v="$(node -p "require('$root/package.json').devDependencies.constructs")"
npm install --no-audit --no-fund --loglevel=error "$tmp/$tarball" "cdktf@$cdktf_v" "constructs@$constructs_v" >/dev/null

cat > main.ts <<'TS'
import { App, TerraformStack } from 'cdktf';
import { ExistingCluster, IngressNginx } from 'cdktf-multiregion';

const app = new App();
const stack = new TerraformStack(app, 'scratch');
const cluster = new ExistingCluster(stack, 'cluster', {
  clusterName: 'scratch', region: 'local', kubeContext: 'kind-scratch',
  podCidr: '10.244.0.0/16', serviceCidr: '10.96.0.0/12',
});
new IngressNginx(stack, 'ingress', { cluster });
app.synth();
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "target": "ES2022", "module": "commonjs", "strict": true, "esModuleInterop": true, "outDir": "out", "skipLibCheck": false } }
JSON
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json
CDKTF_OUTDIR="$app/cdktf.out" node out/main.js
node -e "
const j = require('$app/cdktf.out/stacks/scratch/cdk.tf.json');
const r = Object.values(j.resource.helm_release)[0];
if (r.chart !== 'ingress-nginx') throw new Error('unexpected synth output');
console.log('scratch project: imported cdktf-multiregion from the tarball, type-checked and synthesized stack scratch (helm_release ' + r.chart + ' ' + r.version + ')');
"
# The package's command, as users run it from their app.
npx --no-install cdktf-multiregion --help | grep -q 'probe' || { echo "npx cdktf-multiregion --help does not list probe"; exit 1; }
npx --no-install cdktf-multiregion pipeline --from "$app/cdktf.out" --format gitlab --synth-command 'node out/main.js' >/dev/null
echo "scratch project: npx cdktf-multiregion --help and pipeline ran from the installed package"
