import { ClusterCni, ExistingCluster, KubernetesDistribution } from '../../lib/core';
import { Cilium } from '../../lib/addons/cilium';
import { NetbirdMemberRole } from '../../lib/netbird-bridge';
import { chartDefaults, unknownValueKeys } from '../util/chart-values';
import { crdSchema, crdViolations } from '../util/crd';
import { clusterManifests, describeWithShared, helmRelease, helmValues, resources, StackJson, synthJson } from '../util/synth';
import { bridge, clusters, members, SELECTOR } from './fixtures';

type Obj = Record<string, unknown> & { kind: string; metadata: { name: string; namespace?: string }; spec?: Record<string, unknown>; data?: Record<string, string> };

function synthAll(verify = false): { mn: StackJson; fsn1: StackJson; mgmt: StackJson } {
  const f = clusters();
  bridge(f, { verify });
  return { mn: synthJson(f.mn.stack), fsn1: synthJson(f.fsn1.stack), mgmt: synthJson(f.mgmt.stack) };
}
const objects = (json: StackJson): Obj[] => clusterManifests(json) as Obj[];
const find = (json: StackJson, kind: string, name: string): Obj => {
  const o = objects(json).find((x) => x.kind === kind && x.metadata.name === name);
  if (!o) throw new Error(`no ${kind} ${name}`);
  return o;
};

describe('NetbirdBridge: what each member gets', () => {
  const s = synthAll(true);

  test('GIVEN mn, fsn1 (application) and mgmt (management) WHEN synthesized THEN each application member routes its pod CIDR, DNS ingress and API server ClusterIP in its own network', () => {
    const res = resources(s.mn, 'netbird_network_resource').map((r) => [r.name, r.address]);
    expect(res.sort()).toEqual([['k8s-mn-api', '10.43.0.1/32'], ['k8s-mn-dns', '10.43.0.54/32'], ['k8s-mn-pods', '10.42.0.0/16']]);
    expect(resources(s.mn, 'netbird_group').map((g) => g.name).sort()).toEqual(['k8s-mn-api', 'k8s-mn-reachable', 'k8s-mn-routers']);
    expect(resources(s.mn, 'netbird_network_router')[0]).toMatchObject({ masquerade: true, peer_groups: [expect.stringContaining('netbird_group')] });
    // nobody reaches the management cluster: no network, no resources
    expect(resources(s.mgmt, 'netbird_network')).toEqual([]);
    expect(resources(s.mgmt, 'netbird_network_resource')).toEqual([]);
  });

  test('THEN the routing peer registers with a reusable, non-ephemeral key whose value stays in state, never in the JSON', () => {
    expect(resources(s.mn, 'netbird_setup_key')[0]).toMatchObject({ type: 'reusable', ephemeral: false, name: 'k8s-mn-router' });
    expect(resources(s.mn, 'kubernetes_secret_v1')[0]).toMatchObject({ data: { NB_SETUP_KEY: expect.stringMatching(/^\$\{netbird_setup_key\..*\.key\}$/) } });
    const provider = (s.mn.provider as Record<string, Record<string, unknown>[]>).netbird[0];
    expect(provider.token).toBe('${var.netbird_api_token}');
    expect(s.mn.variable?.netbird_api_token).toMatchObject({ sensitive: true });
    expect(s.mn.variable?.netbird_api_token).not.toHaveProperty('default');
  });

  test('THEN the router runs the NetBird client with host networking on the selected node, one pod at a time, state on the host', () => {
    const d = find(s.mn, 'Deployment', 'netbird-router') as Obj & { spec: { strategy: unknown; template: { spec: Record<string, unknown> } } };
    expect(d.spec.strategy).toEqual({ type: 'Recreate' });
    expect(d.spec.template.spec).toMatchObject({ hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet', nodeSelector: SELECTOR });
    expect(JSON.stringify(d)).toContain('"hostPath":{"path":"/var/lib/netbird-bridge","type":"DirectoryOrCreate"}');
    // no post-deploy patch Job anywhere
    expect(objects(s.mn).filter((o) => o.kind === 'Job')).toEqual([]);
  });

  test('THEN each member sends exactly the pod CIDRs of the peers it reaches (management: and their API servers) through wt0 on the router node', () => {
    const dest = (json: StackJson): unknown => (objects(json).find((o) => o.kind === 'CiliumEgressGatewayPolicy')!.spec as { destinationCIDRs: string[] }).destinationCIDRs;
    expect(dest(s.mn)).toEqual(['10.52.0.0/16']);
    expect(dest(s.fsn1)).toEqual(['10.42.0.0/16']);
    expect(dest(s.mgmt)).toEqual(['10.42.0.0/16', '10.52.0.0/16', '10.43.0.1/32', '10.53.0.1/32']);
    const cegp = objects(s.mn).find((o) => o.kind === 'CiliumEgressGatewayPolicy')!;
    expect(cegp.spec).toMatchObject({ egressGateway: { nodeSelector: { matchLabels: SELECTOR }, interface: 'wt0' } });
  });

  test('THEN the policies live in the hub (mgmt) stack: each application reaches the other, mgmt reaches both, nobody reaches mgmt', () => {
    expect(resources(s.mn, 'netbird_policy')).toEqual([]);
    expect(resources(s.fsn1, 'netbird_policy')).toEqual([]);
    const policies = resources(s.mgmt, 'netbird_policy') as { name: string; rule: { sources: string[]; destinations: string[]; bidirectional: boolean }[] }[];
    expect(policies.map((p) => [p.name, p.rule[0].destinations.length, p.rule[0].bidirectional]).sort()).toEqual([
      ['k8s-fsn1-reaches-peers', 1, false], ['k8s-mgmt-reaches-peers', 4, false], ['k8s-mn-reaches-peers', 1, false],
    ]);
    // application members reach each other's reachable group only, never the API group
    const mnPolicy = policies.find((p) => p.name === 'k8s-mn-reaches-peers')!;
    expect(mnPolicy.rule[0].destinations[0]).toMatch(/reachable-group/);
    const mgmtPolicy = policies.find((p) => p.name === 'k8s-mgmt-reaches-peers')!;
    expect(mgmtPolicy.rule[0].destinations.filter((d) => /api-group/.test(d))).toHaveLength(2);
  });

  test('THEN k3s CoreDNS rewrites its own zone with answer auto and forwards peer zones to the bridge ClusterIP', () => {
    const cm = find(s.fsn1, 'ConfigMap', 'coredns-custom');
    expect(cm.metadata.namespace).toBe('kube-system');
    expect(Object.keys(cm.data!)).toEqual(['fsn1.internal.server', 'mn.internal.server']);
    expect(cm.data!['fsn1.internal.server']).toContain('rewrite name suffix .fsn1.internal .cluster.local answer auto');
    expect(cm.data!['mn.internal.server']).toContain('forward . 10.53.0.53:53');
    // mgmt.internal is not forwarded by the application clusters: they do not reach it
    expect(Object.keys(find(s.mn, 'ConfigMap', 'coredns-custom').data!)).not.toContain('mgmt.internal.server');
  });

  test('THEN the bridge listens on the router host and forwards each peer zone to that peer\'s DNS ingress IP, all known at synth', () => {
    expect(find(s.mgmt, 'ConfigMap', 'netbird-dns-bridge').data!.Corefile).toBe(
      'mn.internal:1053 {\n    errors\n    cache 30\n    forward . 10.43.0.54:53\n}\n' +
      'fsn1.internal:1053 {\n    errors\n    cache 30\n    forward . 10.53.0.54:53\n}\n');
    expect(find(s.mgmt, 'Service', 'netbird-dns-bridge').spec).toMatchObject({ clusterIP: '10.63.0.53' });
    expect(find(s.mn, 'Service', 'netbird-dns').spec).toMatchObject({ clusterIP: '10.43.0.54', selector: { 'k8s-app': 'kube-dns' } });
  });

  test('THEN verify adds suspended CronJobs (pod leg, router-host leg) whose scripts name the leg that fails', () => {
    const pod = find(s.mn, 'CronJob', 'netbird-verify');
    const host = find(s.mn, 'CronJob', 'netbird-verify-host');
    expect(pod.spec).toMatchObject({ suspend: true });
    const script = JSON.stringify(pod);
    expect(script).toContain('netbird-probe.kube-system.svc.fsn1.internal');
    expect(script).toMatch(/leg=DNS/);
    expect(script).toMatch(/leg=route/);
    expect(JSON.stringify(host)).toMatch(/leg=policy/);
    expect(JSON.stringify(host)).toContain('"hostNetwork":true');
    // only the management member checks the API servers
    expect(script).not.toContain(':443');
    expect(JSON.stringify(find(s.mgmt, 'CronJob', 'netbird-verify'))).toContain('API server 10.43.0.1:443');
  });

  test('THEN no member stack depends on another; the hub reads the members one way', () => {
    const f = clusters();
    bridge(f);
    f.app.synth(); // cross-stack references are resolved at synth
    expect(f.mn.stack.dependsOn(f.fsn1.stack) || f.fsn1.stack.dependsOn(f.mn.stack)).toBe(false);
    expect(f.mn.stack.dependsOn(f.mgmt.stack) || f.fsn1.stack.dependsOn(f.mgmt.stack)).toBe(false);
    expect(f.mgmt.stack.dependsOn(f.mn.stack)).toBe(true);
  });

  test('THEN each member\'s Kubernetes objects are in its own stack only', () => {
    for (const [name, json] of Object.entries(s)) {
      const helm = Object.keys((json.provider as Record<string, { alias?: string }[]>).helm ?? {});
      expect(helm).toHaveLength(1);
      const cm = find(json, 'ConfigMap', 'coredns-custom');
      expect(cm.data![`${name}.internal.server`]).toContain(`rewrite name suffix .${name}.internal`);
      const cegp = objects(json).find((o) => o.kind === 'CiliumEgressGatewayPolicy')!;
      expect(cegp.metadata.name).toBe(`netbird-bridge-${name}`);
    }
  });

  test('GIVEN verify is off THEN no checks are created', () => {
    const plain = synthAll(false);
    expect(objects(plain.mn).filter((o) => o.kind === 'CronJob')).toEqual([]);
  });
});

describe('NetbirdBridge: Cilium installed by the library', () => {
  test('GIVEN installCilium on a cluster without a CNI WHEN synthesized THEN Cilium gets the egress gateway, wt0 among its devices and the pod CIDR as its pool', () => {
    const f = clusters({ cni: ClusterCni.OTHER });
    bridge(f, { members: members(f, { installCilium: true }) });
    const values = helmValues(helmRelease(synthJson(f.mn.stack), 'cilium'));
    expect(values).toMatchObject({
      egressGateway: { enabled: true }, kubeProxyReplacement: true, bpf: { masquerade: true, hostLegacyRouting: true, lbExternalClusterIP: true },
      ipam: { operator: { clusterPoolIPv4PodCIDRList: ['10.42.0.0/16'] } },
    });
    expect(values.devices).toEqual(['eth+', 'ens+', 'enp+', 'eno+', 'wt0']);
    expect(Cilium.find(f.fsn1)).toBeUndefined();
  });
});

describeWithShared('NetbirdBridge against the CRDs and charts in ../shared', () => {
  test('every custom resource validates against its CRD', () => {
    const s = synthAll(true);
    const schema = crdSchema('cilium.io_ciliumegressgatewaypolicies.yaml', 'v2');
    const cegps = Object.values(s).flatMap((j) => objects(j).filter((o) => o.kind === 'CiliumEgressGatewayPolicy'));
    expect(cegps).toHaveLength(3);
    for (const o of cegps) expect(crdViolations(o, schema)).toEqual([]);
    // everything else is a core kind
    const kinds = new Set(Object.values(s).flatMap((j) => objects(j).map((o) => `${o.apiVersion}/${o.kind}`)));
    expect([...kinds].sort()).toEqual(['apps/v1/Deployment', 'batch/v1/CronJob', 'cilium.io/v2/CiliumEgressGatewayPolicy', 'v1/ConfigMap', 'v1/Service']);
  });

  test('every Cilium Helm value exists in chart 1.19.6', () => {
    const f = clusters({ cni: ClusterCni.OTHER });
    bridge(f, { members: members(f, { installCilium: { operatorReplicas: 1 } }) });
    const values = helmValues(helmRelease(synthJson(f.mn.stack), 'cilium'));
    // `devices` is documented in values.yaml as a commented key (`# devices: ""`).
    expect(unknownValueKeys(values, chartDefaults('cilium-1.19.6'), ['devices'])).toEqual([]);
  });
});

describe('NetbirdBridge: non-k3s members', () => {
  test('GIVEN dns: false on a non-k3s cluster THEN no coredns-custom is written and the bridge IP is exposed', () => {
    const f = clusters({ distribution: KubernetesDistribution.OTHER });
    const b = bridge(f, { members: members(f, { dns: false }) });
    expect(objects(synthJson(f.mn.stack)).filter((o) => o.metadata.name === 'coredns-custom')).toEqual([]);
    expect(b.member(f.mn).dnsBridgeIp).toBe('10.43.0.53');
    expect(b.member(f.mn).apiServerUrl).toBe('https://10.43.0.1:443');
    expect(b.member(f.mgmt).role).toBe(NetbirdMemberRole.MANAGEMENT);
  });

  test('GIVEN two application members and no management member THEN the first member is the hub and the other stack depends on nothing', () => {
    const f = clusters();
    const b = bridge(f, { members: members(f).slice(0, 2) });
    expect(b.hub).toBe(f.mn);
    expect(b.member(f.mn).apiGroup).toBeUndefined();
    f.app.synth();
    expect(f.fsn1.stack.dependsOn(f.mn.stack)).toBe(false);
    expect(resources(synthJson(f.mn.stack), 'netbird_policy')).toHaveLength(2);
    expect(resources(synthJson(f.fsn1.stack), 'netbird_policy')).toHaveLength(0);
  });

  test('GIVEN extra coredns-custom keys THEN they sit beside the bridge\'s own', () => {
    const f = clusters();
    bridge(f, { members: members(f, { corednsCustom: { 'log.override': 'log' } }) });
    const cm = objects(synthJson(f.mn.stack)).find((o) => o.metadata.name === 'coredns-custom')!;
    expect(Object.keys(cm.data!).sort()).toEqual(['fsn1.internal.server', 'log.override', 'mn.internal.server']);
  });

  test('GIVEN an ExistingCluster outside the bridge WHEN member() asks for it THEN NOT_A_MEMBER', () => {
    const f = clusters();
    const b = bridge(f);
    const other = new ExistingCluster(f.mn.stack, 'other', { clusterName: 'x', region: 'x', kubeContext: 'x', podCidr: '10.72.0.0/16', serviceCidr: '10.73.0.0/16' });
    expect(() => b.member(other)).toThrow(/NOT_A_MEMBER/);
  });
});
