#!/usr/bin/env bash
# Installs the package as users do and checks each install works. Packs the library once (`npm pack`
# runs `prepare`, which builds dist/lib and dist/.gen), then installs the tarball into scratch apps, in
# parallel and sharing npm's cache, one per supported way of installing it:
#
#   constructs-lowest  cdktf 0.21.0, constructs 10.4.2 (the lowest constructs the peer range allows)
#   constructs-newest  cdktf ^0.21.0, constructs ~10.7.0 (the newest 10.7.x)
#   cdk-terrain        CDK Terrain exactly as the README documents it: "cdktf": "npm:cdktn@0.24.0" as the
#                      app's dependency plus overrides { "cdktf": "$cdktf" }, constructs ~10.7.0
#   git (GIT_INSTALL=1) `npm install git+file://<this repo>#HEAD`, as users install before the first release
#                      (committed HEAD only; slower: npm installs the devDependencies in its clone to run prepare)
#
# In each app a TypeScript program that imports the package by name is type-checked (library .d.ts
# included) and synthesized, and the synthesized stack is checked.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm_install=(npm install --no-audit --no-fund --prefer-offline --loglevel=error)

cd "$root"
tarball="$tmp/$(npm pack --silent --pack-destination "$tmp" | tail -n 1)"
echo "packed $(basename "$tarball") ($(du -k "$tarball" | cut -f1) KiB)"
listing="$(tar -tzf "$tarball")"
grep -qx 'package/dist/lib/index.d.ts' <<<"$listing" || { echo "tarball lacks dist/lib/index.d.ts"; exit 1; }
grep -qx 'package/charts/cluster-manifests/Chart.yaml' <<<"$listing" || { echo "tarball lacks the bundled chart"; exit 1; }
grep -qx 'package/dist/lib/cli/bin.js' <<<"$listing" || { echo "tarball lacks the command (dist/lib/cli/bin.js)"; exit 1; }
if grep -qE '^package/(test|scripts|examples|bench)/' <<<"$listing"; then echo "tarball ships test/scripts/examples/bench"; exit 1; fi

# The scratch program: an existing cluster, an add-on and a ClusterManifest (whose chart is copied
# from the installed package at synth).
cat > "$tmp/main.ts" <<'TS'
import { App, TerraformStack } from 'cdktf';
import { ClusterManifest, ExistingCluster, IngressNginx } from 'cdktf-multiregion';

const app = new App();
const stack = new TerraformStack(app, 'scratch');
const cluster = new ExistingCluster(stack, 'cluster', {
  clusterName: 'scratch', region: 'local', kubeContext: 'kind-scratch',
  podCidr: '10.244.0.0/16', serviceCidr: '10.96.0.0/12',
});
new IngressNginx(stack, 'ingress', { cluster });
new ClusterManifest(stack, 'ns', { cluster, manifest: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'scratch' } } });
app.synth();
TS
cat > "$tmp/tsconfig.json" <<'JSON'
{ "compilerOptions": { "target": "ES2022", "module": "commonjs", "strict": true, "esModuleInterop": true,
  "outDir": "out", "skipLibCheck": false, "types": [] }, "files": ["main.ts"] }
JSON
cat > "$tmp/check.js" <<'JS'
// Checks one scratch app's install and synth output; prints one line.
const fs = require('fs');
const path = require('path');
const [app, expected] = process.argv.slice(2);
const pkg = (name) => require(require.resolve(`${name}/package.json`, { paths: [app] }));
const cdktf = pkg('cdktf');
const copies = require('child_process').execSync('find node_modules -path "*/node_modules/cdktf/package.json"', { cwd: app, encoding: 'utf8' }).trim().split('\n');
if (copies.length !== 1) throw new Error(`expected one copy of cdktf, found ${copies.join(', ')}`);
if (cdktf.name !== expected) throw new Error(`cdktf resolves to ${cdktf.name}, expected ${expected}`);
const out = path.join(app, 'cdktf.out', 'stacks', 'scratch');
const j = JSON.parse(fs.readFileSync(path.join(out, 'cdk.tf.json'), 'utf8'));
const charts = Object.values(j.resource.helm_release).map((r) => r.chart);
if (!charts.includes('ingress-nginx')) throw new Error(`no ingress-nginx release in ${charts}`);
const local = charts.find((c) => c.startsWith('./assets/'));
if (!local || !fs.existsSync(path.join(out, local, 'Chart.yaml'))) throw new Error(`bundled chart not copied into the stack (${charts})`);
// The lazy package index (scripts/lazy-index.js): importing loads no folder, a folder loads on first use,
// every export has a value, and ES modules can import the names.
const main = require.resolve('cdktf-multiregion', { paths: [app] });
const loadedFolders = () => Object.keys(require.cache).filter((f) => f.startsWith(path.dirname(main) + path.sep) && f !== main);
const lib = require(main);
if (loadedFolders().length !== 0) throw new Error(`importing the package loaded ${loadedFolders().join(', ')}`);
void lib.ExistingCluster;
if (loadedFolders().some((f) => f.includes('nats-supercluster'))) throw new Error('ExistingCluster loaded the NATS folder');
const unset = Object.keys(lib).filter((k) => lib[k] === undefined);
if (Object.keys(lib).length < 50 || unset.length > 0) throw new Error(`package exports: ${Object.keys(lib).length}, without a value: ${unset.join(', ')}`);
require('child_process').execFileSync(process.execPath, ['--input-type=module', '-e',
  "import { ExistingCluster, NatsSupercluster, ERROR_CATALOGUE } from 'cdktf-multiregion'; if (typeof NatsSupercluster !== 'function' || !ERROR_CATALOGUE) process.exit(1);"], { cwd: app });
console.log(`cdktf=${cdktf.name}@${cdktf.version} constructs@${pkg('constructs').version}: type-checked, synthesized stack scratch (${charts.length} helm releases, bundled chart copied); ` +
  `index lazy (${Object.keys(lib).length} exports, ES module import ok)`);
JS

# scratch <name> <package cdktf must resolve to> <package.json>: install, type-check, synthesize, check.
scratch() {
  local app="$tmp/$1"
  mkdir -p "$app"
  printf '%s\n' "$3" > "$app/package.json"
  cp "$tmp/main.ts" "$tmp/tsconfig.json" "$app/"
  cd "$app"
  "${npm_install[@]}"
  node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json
  CDKTF_OUTDIR="$app/cdktf.out" node out/main.js
  local summary
  summary="$(node "$tmp/check.js" "$app" "$2")"
  # The package's command, as users run it from their app.
  npx --no-install cdktf-multiregion --help | grep -q 'probe' || { echo "npx cdktf-multiregion --help does not list probe"; return 1; }
  npx --no-install cdktf-multiregion pipeline --from "$app/cdktf.out" --format gitlab --synth-command 'node out/main.js' >/dev/null 2>&1
  echo "$summary; npx cdktf-multiregion --help and pipeline ran"
}

# run <name> <command...>: in the background, output in $tmp/<name>.log.
names=(); pids=()
run() { local name="$1"; shift; ( "$@" ) >"$tmp/$name.log" 2>&1 & names+=("$name"); pids+=($!); }
app_json() { printf '{ "name": "scratch-%s", "version": "1.0.0", "private": true, "dependencies": { %s }%s }' "$1" "$2" "${3:-}"; }

started=$(date +%s)
run constructs-lowest scratch constructs-lowest cdktf \
  "$(app_json lowest "\"cdktf-multiregion\": \"file:$tarball\", \"cdktf\": \"0.21.0\", \"constructs\": \"10.4.2\"")"
run constructs-newest scratch constructs-newest cdktf \
  "$(app_json newest "\"cdktf-multiregion\": \"file:$tarball\", \"cdktf\": \"^0.21.0\", \"constructs\": \"~10.7.0\"")"
run cdk-terrain scratch cdk-terrain cdktn \
  "$(app_json terrain "\"cdktf-multiregion\": \"file:$tarball\", \"cdktf\": \"npm:cdktn@0.24.0\", \"constructs\": \"~10.7.0\"" \
    ', "overrides": { "cdktf": "$cdktf" }')"
if [[ "${GIT_INSTALL:-}" == 1 ]]; then
  run git scratch git cdktf \
    "$(app_json git "\"cdktf-multiregion\": \"git+file://$root#$(git -C "$root" rev-parse HEAD)\", \"cdktf\": \"0.21.0\", \"constructs\": \"~10.7.0\"")"
fi

failed=0
for i in "${!names[@]}"; do
  name="${names[$i]}"
  if wait "${pids[$i]}"; then
    echo "ok   $name: $(tail -n 1 "$tmp/$name.log")"
  else
    failed=1
    echo "FAIL $name:"; sed 's/^/  /' "$tmp/$name.log"
  fi
done
echo "scratch apps done in $(( $(date +%s) - started )) s"
exit "$failed"
