import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { CassandraMultiDc, CassandraMultiDcProps, ClusterCni, ExistingCluster, KubernetesDistribution } from '../../lib';
import { StackJson } from '../util/synth';

/** Three k3s clusters, one stack each, as in the chat seed: two data planes and a management cluster. */
export interface Fixture {
  readonly app: App;
  readonly outdir: string;
  readonly mn: ExistingCluster;
  readonly fsn1: ExistingCluster;
  readonly mgmt: ExistingCluster;
}

export function clusters(): Fixture {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cassandra-'));
  const app = new App({ outdir });
  const cluster = (name: string, podCidr: string, serviceCidr: string): ExistingCluster =>
    new ExistingCluster(new TerraformStack(app, name), 'cluster', {
      clusterName: name, region: name, kubeContext: name, podCidr, serviceCidr,
      distribution: KubernetesDistribution.K3S, cni: ClusterCni.CILIUM,
    });
  return {
    app,
    outdir,
    mn: cluster('mn', '10.42.0.0/16', '10.43.0.0/16'),
    fsn1: cluster('fsn1', '10.52.0.0/16', '10.53.0.0/16'),
    mgmt: cluster('mgmt', '10.62.0.0/16', '10.63.0.0/16'),
  };
}

/** Props that pass every rule; tests override one thing at a time. */
export function validProps(f: Fixture, over: Partial<CassandraMultiDcProps> = {}): CassandraMultiDcProps {
  return {
    management: f.mgmt,
    datacenters: [
      { cluster: f.mn, apiServerUrl: 'https://100.92.0.11:6443' },
      { cluster: f.fsn1, apiServerUrl: 'https://100.92.0.21:6443' },
    ],
    serverVersion: '4.1.10',
    ...over,
  };
}

export function build(over: (f: Fixture) => Partial<CassandraMultiDcProps> = () => ({})): { f: Fixture; db: CassandraMultiDc } {
  const f = clusters();
  const db = new CassandraMultiDc(f.mgmt.stack, 'history', validProps(f, over(f)));
  return { f, db };
}

/** Synthesizes the whole app (validations included) and reads every stack and the manifest. */
export function synthApp(f: Fixture): { stacks: Record<string, StackJson>; manifest: { stacks: Record<string, { dependencies: string[] }> } } {
  f.app.synth();
  const stacks = Object.fromEntries(fs.readdirSync(path.join(f.outdir, 'stacks')).map((s) =>
    [s, JSON.parse(fs.readFileSync(path.join(f.outdir, 'stacks', s, 'cdk.tf.json'), 'utf8')) as StackJson]));
  const manifest = JSON.parse(fs.readFileSync(path.join(f.outdir, 'manifest.json'), 'utf8'));
  fs.rmSync(f.outdir, { recursive: true, force: true });
  return { stacks, manifest };
}

export { validationCodes as codes } from '../util/validation';
