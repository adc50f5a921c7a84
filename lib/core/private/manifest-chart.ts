import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { AssetType, TerraformAsset, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

const CHART = path.join('charts', 'cluster-manifests');
const ASSET_ID = 'cdktf-multiregion-cluster-manifests-chart';

/** The bundled chart's folder and content hash, found and hashed once per process (not once per stack). */
let chart: { readonly dir: string; readonly hash: string } | undefined;

/** `charts/cluster-manifests` at the package root (from lib/ or dist/lib/). */
function locateChart(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, CHART, 'Chart.yaml'))) return path.join(dir, CHART);
    if (path.dirname(dir) === dir) throw new Error(`cdktf-multiregion: bundled chart ${CHART} not found above ${__dirname}`);
  }
}

/** MD5 of the files' contents in directory order, as cdktf hashes an asset (so the asset path is the one cdktf would compute). */
function hashDirectory(dir: string): string {
  const hash = crypto.createHash('md5');
  const visit = (p: string): void => {
    if (fs.statSync(p).isDirectory()) fs.readdirSync(p).forEach((name) => visit(path.resolve(p, name)));
    else hash.update(fs.readFileSync(p));
  };
  visit(dir);
  return hash.digest('hex').slice(0, 32).toUpperCase();
}

/**
 * The path, relative to the stack's synthesized folder, of the bundled `cluster-manifests` chart.
 * Each stack that uses it gets its own copy in its assets (a stack folder stays self-contained, so a
 * stack can be planned and applied from its folder alone, e.g. by a remote Terraform run); the chart
 * is located and hashed once per app instead of once per stack.
 */
export function clusterManifestsChart(scope: Construct): string {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(ASSET_ID);
  if (!chart) {
    const dir = locateChart();
    chart = { dir, hash: hashDirectory(dir) };
  }
  const asset = existing instanceof TerraformAsset
    ? existing
    : new TerraformAsset(stack, ASSET_ID, { path: chart.dir, type: AssetType.DIRECTORY, assetHash: chart.hash });
  return `./${asset.path.replace(/\/$/, '')}`;
}
