import * as fs from 'fs';
import * as path from 'path';
import { AssetType, TerraformAsset, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

const CHART = path.join('charts', 'cluster-manifests');
const ASSET_ID = 'cdktf-multiregion-cluster-manifests-chart';
let chartDir: string | undefined;

/** The bundled chart's folder: `charts/cluster-manifests` at the package root (from lib/ or dist/lib/). */
function locateChart(): string {
  if (chartDir) return chartDir;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, CHART, 'Chart.yaml'))) return (chartDir = path.join(dir, CHART));
    if (path.dirname(dir) === dir) throw new Error(`cdktf-multiregion: bundled chart ${CHART} not found above ${__dirname}`);
  }
}

/**
 * The path, relative to the stack's synthesized folder, of the bundled `cluster-manifests` chart,
 * copied into the stack's assets once per stack.
 */
export function clusterManifestsChart(scope: Construct): string {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(ASSET_ID);
  const asset = existing instanceof TerraformAsset
    ? existing
    : new TerraformAsset(stack, ASSET_ID, { path: locateChart(), type: AssetType.DIRECTORY });
  return `./${asset.path.replace(/\/$/, '')}`;
}
