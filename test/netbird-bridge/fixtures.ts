import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { ClusterCni, ExistingCluster, KubernetesDistribution } from '../../lib/core';
import { NetbirdBridge, NetbirdBridgeMember, NetbirdBridgeProps, NetbirdMemberRole } from '../../lib/netbird-bridge';
import { Secret } from '../../lib/core/secrets';

export interface Fixture {
  readonly app: App;
  readonly mn: ExistingCluster;
  readonly fsn1: ExistingCluster;
  readonly mgmt: ExistingCluster;
}

/** Three k3s clusters with Cilium, one stack each (the seed's). */
export function clusters(overrides: { cni?: ClusterCni; distribution?: KubernetesDistribution; mnPodCidr?: string } = {}): Fixture {
  // A temp outdir: tests that call app.synth() must not write into the checkout.
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'netbird-bridge-')) });
  const cluster = (name: string, podCidr: string, serviceCidr: string, own = false): ExistingCluster =>
    new ExistingCluster(new TerraformStack(app, name), 'cluster', {
      clusterName: name, region: name, kubeContext: name, podCidr, serviceCidr,
      distribution: own ? overrides.distribution ?? KubernetesDistribution.K3S : KubernetesDistribution.K3S,
      cni: own ? overrides.cni ?? ClusterCni.CILIUM : ClusterCni.CILIUM,
    });
  return {
    app,
    mn: cluster('mn', overrides.mnPodCidr ?? '10.42.0.0/16', '10.43.0.0/16', true),
    fsn1: cluster('fsn1', '10.52.0.0/16', '10.53.0.0/16'),
    mgmt: cluster('mgmt', '10.62.0.0/16', '10.63.0.0/16'),
  };
}

export const SELECTOR = { 'netbird-router': 'true' };

/** The three members: mn and fsn1 applications, mgmt management. */
export function members(f: Fixture, mn: Partial<NetbirdBridgeMember> = {}): NetbirdBridgeMember[] {
  return [
    { cluster: f.mn, routerNodeSelector: SELECTOR, ...mn },
    { cluster: f.fsn1, routerNodeSelector: SELECTOR },
    { cluster: f.mgmt, routerNodeSelector: SELECTOR, role: NetbirdMemberRole.MANAGEMENT },
  ];
}

/** A bridge over the fixture; `props` overrides. */
export function bridge(f: Fixture, props: Partial<NetbirdBridgeProps> = {}): NetbirdBridge {
  return new NetbirdBridge(f.mgmt.stack, 'netbird', {
    members: members(f),
    netbird: { managementUrl: 'https://api.netbird.io', apiToken: Secret.variable(f.mgmt.stack, 'netbird_api_token', 'token') },
    ...props,
  });
}
