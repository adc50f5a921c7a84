#!/usr/bin/env node
/**
 * `prepare`: npm runs it after `npm install` in a clone, before `npm pack`/`npm publish`, and when a
 * user installs this package from a git URL (npm then installs the devDependencies in its temporary
 * clone first). It compiles what the package ships, dist/lib and dist/.gen, with tsconfig.package.json,
 * then makes the package index lazy (scripts/lazy-index.js).
 * The build is incremental (build info in dist/), so a re-run with nothing changed takes a few seconds.
 * Without TypeScript (an install that omitted devDependencies) it says so and does nothing.
 */
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
} catch {
  console.log('cdktf-multiregion prepare: TypeScript is not installed (devDependencies omitted); dist/ not built.');
  process.exit(0);
}
const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.package.json')], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) {
  console.error('cdktf-multiregion prepare: building dist/ failed (see the TypeScript errors above).');
  process.exit(r.status ?? 1);
}
// The package index loads each folder on first use (see scripts/lazy-index.js).
const lazy = spawnSync(process.execPath, [path.join(__dirname, 'lazy-index.js')], { cwd: root, stdio: 'inherit' });
if (lazy.status !== 0) process.exit(lazy.status ?? 1);
