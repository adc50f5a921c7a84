import { App, Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { ClusterCni, ExistingCluster, KubernetesDistribution, MultiRegionValidationError } from '../../lib/core';
import { Cilium } from '../../lib/addons/cilium';
import { Secret } from '../../lib/core/secrets';
import { ERROR_CATALOGUE } from '../../lib/error-catalogue';
import { NetbirdMemberRole } from '../../lib/netbird-bridge';
import { NETBIRD_BRIDGE_ERROR_CODES } from '../../lib/netbird-bridge/error-codes';
import { bridge, clusters, members, SELECTOR } from './fixtures';

function codes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof MultiRegionValidationError) return e.codes;
    throw e;
  }
  return [];
}

describe('NetbirdBridge validation', () => {
  test('throws when there are fewer than two members', () => {
    const f = clusters();
    expect(codes(() => bridge(f, { members: members(f).slice(0, 1) }))).toContain('MEMBERS_TOO_FEW');
  });

  test('throws when the management URL is not https', () => {
    const f = clusters();
    const e = () => bridge(f, { netbird: { managementUrl: 'http://netbird.local', apiToken: Secret.variable(f.mgmt.stack, 'netbird_api_token', 't') } });
    expect(codes(e)).toEqual(['NETBIRD_MANAGEMENT_URL']);
  });

  test('throws when the API token is a plain string, without echoing it', () => {
    const e = () => bridge(clusters(), { netbird: { managementUrl: 'https://api.netbird.io', apiToken: 'nbp_secret123' as unknown as Secret } });
    expect(codes(e)).toEqual(['SECRET_REQUIRED']);
    expect(() => e()).toThrow(/not shown/);
    expect(() => e()).not.toThrow(/nbp_secret123/);
  });

  test('throws when the API token is a reference bound to one stack rather than a variable', () => {
    const f = clusters();
    const token = Secret.fromReference(new TerraformVariable(f.mgmt.stack, 'tok', { type: 'string', sensitive: true }).stringValue);
    expect(codes(() => bridge(f, { netbird: { managementUrl: 'https://api.netbird.io', apiToken: token } }))).toEqual(['NETBIRD_TOKEN_NOT_VARIABLE']);
  });

  test('throws when the name prefix is not a DNS label', () => {
    const f = clusters();
    const netbird = { managementUrl: 'https://api.netbird.io', apiToken: Secret.variable(f.mgmt.stack, 'netbird_api_token', 't'), namePrefix: 'K8S_' };
    expect(codes(() => bridge(f, { netbird }))).toEqual(['NETBIRD_NAME_PREFIX']);
  });

  test('throws when the zone suffix is not a DNS name', () => {
    const f = clusters();
    expect(codes(() => bridge(f, { zoneSuffix: 'Internal_' }))).toEqual(['NETBIRD_ZONE_SUFFIX']);
  });

  test('throws when an image is not pinned', () => {
    const f = clusters();
    expect(codes(() => bridge(f, { verifyImage: 'busybox' }))).toEqual(['NETBIRD_IMAGE']);
  });

  test('throws when the state path is not absolute', () => {
    const f = clusters();
    const netbird = { managementUrl: 'https://api.netbird.io', apiToken: Secret.variable(f.mgmt.stack, 'netbird_api_token', 't'), stateHostPath: 'var/lib/nb' };
    expect(codes(() => bridge(f, { netbird }))).toEqual(['NETBIRD_STATE_PATH']);
  });

  test('throws when a role is not a NetbirdMemberRole', () => {
    const f = clusters();
    expect(codes(() => bridge(f, { members: members(f, { role: 'hub' as NetbirdMemberRole }) }))).toContain('NETBIRD_ROLE_INVALID');
  });

  test('throws when no member is an application', () => {
    const f = clusters();
    const all = members(f).map((m) => ({ ...m, role: NetbirdMemberRole.MANAGEMENT }));
    expect(codes(() => bridge(f, { members: all }))).toContain('NETBIRD_NO_APPLICATION');
  });

  test('throws when a member selects its router node with more or fewer than one label', () => {
    const f = clusters();
    expect(codes(() => bridge(f, { members: members(f, { routerNodeSelector: { a: '1', b: '2' } }) }))).toEqual(['NETBIRD_ROUTER_SELECTOR']);
    const g = clusters();
    expect(codes(() => bridge(g, { members: members(g, { routerNodeSelector: {} }) }))).toEqual(['NETBIRD_ROUTER_SELECTOR']);
  });

  test('throws when a member CIDR overlaps NetBird\'s 100.64.0.0/10', () => {
    const f = clusters({ mnPodCidr: '100.96.0.0/16' });
    expect(codes(() => bridge(f))).toEqual(['NETBIRD_CGNAT_RANGE']);
  });

  test('throws when an extra destination overlaps NetBird\'s 100.64.0.0/10', () => {
    const f = clusters();
    expect(codes(() => bridge(f, { members: members(f, { extraDestinations: ['100.115.0.0/16'] }) }))).toEqual(['NETBIRD_CGNAT_RANGE']);
  });

  test('throws when an extra destination is not a peer\'s CIDR (cross-member rule, at synth)', () => {
    const f = clusters();
    // 10.63.0.0/24 is mgmt's: mn does not reach mgmt
    bridge(f, { members: members(f, { extraDestinations: ['10.52.1.0/24', '10.63.0.0/24'] }) });
    expect(() => Testing.synth(f.mn.stack, true)).toThrow(/NETBIRD_EGRESS_NOT_PEER\] members\[0\]\.extraDestinations\[1\]: got '10\.63\.0\.0\/24'/);
  });

  test('throws when a member\'s CNI cannot do an egress gateway', () => {
    const f = clusters({ cni: ClusterCni.FLANNEL });
    expect(() => bridge(f)).toThrow(/NETBIRD_CNI_UNSUPPORTED.*flannel \(cluster 'mn'\)/);
  });

  test('throws when installCilium is set on a cluster that declares another CNI', () => {
    const f = clusters({ cni: ClusterCni.CALICO });
    expect(codes(() => bridge(f, { members: members(f, { installCilium: true }) }))).toEqual(['NETBIRD_CNI_UNSUPPORTED']);
  });

  test('throws when DNS is asked of a cluster that is not k3s', () => {
    const f = clusters({ distribution: KubernetesDistribution.OTHER });
    expect(() => bridge(f)).toThrow(/NETBIRD_DNS_UNSUPPORTED.*dns: false/);
  });

  test('throws when a DNS ClusterIP is outside the service CIDR or equal to the other', () => {
    const f = clusters();
    expect(codes(() => bridge(f, { members: members(f, { dnsBridgeIp: '10.99.0.53' }) }))).toEqual(['NETBIRD_DNS_IP_INVALID']);
    const g = clusters();
    expect(codes(() => bridge(g, { members: members(g, { dnsBridgeIp: '10.43.0.60', dnsIngressIp: '10.43.0.60' }) }))).toEqual(['NETBIRD_DNS_IP_INVALID']);
    const h = clusters();
    expect(() => bridge(h, { members: members(h, { dnsBridgeIp: '10.43.0.1' }) })).toThrow(/NETBIRD_DNS_IP_INVALID.*'kubernetes' Service/);
  });

  test('throws when an extra coredns-custom key is not imported by k3s or is one the bridge writes', () => {
    const f = clusters();
    const corednsCustom = { 'mine.override': 'log', 'notes.txt': 'x', 'fsn1.internal.server': 'x' };
    expect(codes(() => bridge(f, { members: members(f, { corednsCustom }) }))).toEqual(['NETBIRD_COREDNS_KEY', 'NETBIRD_COREDNS_KEY']);
  });

  test('throws when members\' CIDRs overlap (core rule, at synth)', () => {
    const f = clusters({ mnPodCidr: '10.52.0.0/16' });
    bridge(f);
    expect(() => Testing.synth(f.mn.stack, true)).toThrow(/MEMBER_CIDR_OVERLAP/);
  });

  test('throws when two members share a cluster name (core rule, at synth)', () => {
    const app = new App();
    const mk = (stack: string, pod: string, svc: string): ExistingCluster => new ExistingCluster(new TerraformStack(app, stack), 'cluster', {
      clusterName: 'same', region: 'r', kubeContext: stack, podCidr: pod, serviceCidr: svc, distribution: KubernetesDistribution.K3S, cni: ClusterCni.CILIUM,
    });
    const a = mk('a', '10.42.0.0/16', '10.43.0.0/16');
    const b = mk('b', '10.52.0.0/16', '10.53.0.0/16');
    const f = { app, mn: a, fsn1: b, mgmt: b };
    bridge(f, { members: [{ cluster: a, routerNodeSelector: SELECTOR }, { cluster: b, routerNodeSelector: SELECTOR }] });
    expect(() => Testing.synth(a.stack, true)).toThrow(/MEMBER_NAME_DUPLICATE/);
  });

  test('reports every problem at once', () => {
    const f = clusters();
    expect(codes(() => bridge(f, { zoneSuffix: '_', verifyImage: 'busybox', members: members(f, { routerNodeSelector: {} }) })))
      .toEqual(['NETBIRD_ZONE_SUFFIX', 'NETBIRD_IMAGE', 'NETBIRD_ROUTER_SELECTOR']);
  });

  test('every code used has a catalogue entry', () => {
    for (const code of ['NETBIRD_MANAGEMENT_URL', 'NETBIRD_TOKEN_NOT_VARIABLE', 'NETBIRD_CGNAT_RANGE', 'NETBIRD_EGRESS_NOT_PEER', 'NETBIRD_CNI_UNSUPPORTED',
      'NETBIRD_DNS_UNSUPPORTED', 'NETBIRD_DNS_IP_INVALID']) {
      expect(NETBIRD_BRIDGE_ERROR_CODES[code]).toBeDefined();
    }
    // The Cilium add-on's codes live with the add-ons (lib/addons/error-codes.ts).
    expect(ERROR_CATALOGUE.CILIUM_CNI_CONFLICT).toMatchObject({ folder: 'addons' });
  });
});

describe('Cilium validation', () => {
  test('throws when Cilium is installed on a cluster that declares another CNI', () => {
    const f = clusters({ cni: ClusterCni.FLANNEL });
    expect(codes(() => Cilium.of(f.mn))).toEqual(['CILIUM_CNI_CONFLICT']);
  });

  test('throws when operator replicas are out of range', () => {
    const f = clusters();
    expect(codes(() => Cilium.of(f.mn, { operatorReplicas: 0 }))).toEqual(['CILIUM_OPERATOR_REPLICAS']);
  });

  test('throws when the API server port is not a port', () => {
    const f = clusters();
    expect(codes(() => Cilium.of(f.mn, { k8sServicePort: 70000 }))).toEqual(['CILIUM_API_PORT']);
  });

  test('GIVEN Cilium.of twice THEN one release', () => {
    const f = clusters();
    expect(Cilium.of(f.mn)).toBe(Cilium.of(f.mn, { operatorReplicas: 2 }));
  });
});
