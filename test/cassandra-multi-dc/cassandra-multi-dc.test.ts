import { CassandraReachabilityTarget } from '../../lib';
import { StackJson, clusterManifests, helmRelease, helmValues, resources } from '../util/synth';
import { build, synthApp } from './fixtures';

type Obj = Record<string, unknown>;
type Tree = { readonly [key: string]: Tree };

function byKind(json: StackJson, kind: string): Tree[] {
  return clusterManifests(json).filter((m) => m.kind === kind) as unknown as Tree[];
}

describe('CassandraMultiDc', () => {
  describe('GIVEN the chat clusters (datacenters mn and fsn1, management mgmt) WHEN synthesized', () => {
    let stacks: Record<string, StackJson>;
    let manifest: { stacks: Record<string, { dependencies: string[] }> };
    beforeAll(() => {
      const { f } = build(() => ({ heap: '512M', memory: '2Gi', storageClassName: 'openebs-hostpath', prometheus: true }));
      ({ stacks, manifest } = synthApp(f));
    });

    test('THEN each datacenter stack holds cert-manager, the data-plane operator and the token Secret, nothing else', () => {
      for (const s of ['mn', 'fsn1']) {
        const json = stacks[s];
        expect(Object.keys(json.resource ?? {}).sort()).toEqual(['helm_release', 'kubernetes_secret_v1']);
        expect(resources(json, 'helm_release').map((r) => r.name).sort()).toEqual(['cert-manager', 'k8ssandra-operator']);
        expect(helmValues(helmRelease(json, 'k8ssandra-operator'))).toMatchObject({ controlPlane: false });
        expect(json.data).toBeUndefined();
      }
    });

    test('THEN the management stack holds cert-manager, the control plane, a kubeconfig Secret and a ClientConfig per datacenter, and the K8ssandraCluster', () => {
      const json = stacks.mgmt;
      expect(helmValues(helmRelease(json, 'k8ssandra-operator'))).toMatchObject({ controlPlane: true });
      expect(resources(json, 'kubernetes_secret_v1').map((r) => (r.metadata as Obj).name).sort()).toEqual(['fsn1', 'mn']);
      expect(byKind(json, 'ClientConfig').map((c) => c.metadata.name).sort()).toEqual(['fsn1', 'mn']);
      expect(byKind(json, 'K8ssandraCluster')).toHaveLength(1);
      for (const s of ['mn', 'fsn1']) expect(clusterManifests(stacks[s])).toEqual([]);
    });

    test('THEN every resource sits under its member cluster and uses that stack\'s own providers', () => {
      for (const [name, json] of Object.entries(stacks)) {
        for (const [type, byId] of Object.entries(json.resource ?? {})) {
          for (const r of Object.values(byId)) {
            expect(((r['//'] as Obj).metadata as Obj).path).toMatch(new RegExp(`^${name}/cluster/`));
            expect(r.provider).toBe(type === 'helm_release' ? 'helm' : 'kubernetes');
          }
        }
      }
    });

    test('THEN the operator (pinned 1.32.5, image v1.32.5) is installed after the shared cert-manager in every cluster', () => {
      for (const json of Object.values(stacks)) {
        const operator = helmRelease(json, 'k8ssandra-operator');
        expect(operator).toMatchObject({ repository: 'https://helm.k8ssandra.io/stable', version: '1.32.5', namespace: 'k8ssandra-operator' });
        expect(helmValues(operator)).toMatchObject({ fullnameOverride: 'k8ssandra-operator', image: { tag: 'v1.32.5' } });
        const certManager = Object.entries(json.resource!.helm_release).find(([, r]) => r.name === 'cert-manager')!;
        expect(operator.depends_on).toContain(`helm_release.${certManager[0]}`);
        expect(resources(json, 'helm_release').filter((r) => r.chart === 'cert-manager')).toHaveLength(1);
      }
    });

    test("THEN each datacenter's token Secret belongs to the operator's ServiceAccount and waits for its token", () => {
      const [token] = resources(stacks.mn, 'kubernetes_secret_v1');
      expect(token).toMatchObject({
        type: 'kubernetes.io/service-account-token',
        wait_for_service_account_token: true,
        metadata: { namespace: 'k8ssandra-operator', annotations: { 'kubernetes.io/service-account.name': 'k8ssandra-operator' } },
      });
      expect(String(token.depends_on)).toMatch(/helm_release\..*operator/);
    });

    test('THEN the kubeconfig is built in the datacenter stack from the token, the CA and the API server URL, and leaves it only as a sensitive output', () => {
      const mn = stacks.mn;
      const locals = Object.values((mn.locals ?? {}) as Record<string, string>);
      expect(locals).toHaveLength(1);
      expect(locals[0]).toMatch(/^\$\{jsonencode\(/);
      expect(locals[0]).toContain('"server" = "https://100.92.0.11:6443"');
      expect(locals[0]).toMatch(/"token" = kubernetes_secret_v1\.[^ ]+\.data\.token/);
      expect(locals[0]).toMatch(/"certificate-authority-data" = base64encode\(kubernetes_secret_v1\.[^ ]+\.data\["ca\.crt"\]\)/);
      expect(locals[0]).toContain('"current-context" = "mn"');
      const outputs = Object.values(mn.output ?? {});
      expect(outputs).toHaveLength(1);
      expect(outputs[0]).toMatchObject({ sensitive: true });
      expect(String(outputs[0].value)).toMatch(/^\$\{local\./);
    });

    test('THEN the management stack reads each kubeconfig from that datacenter\'s state into a Secret with key kubeconfig, never a literal', () => {
      const secrets = resources(stacks.mgmt, 'kubernetes_secret_v1');
      for (const s of secrets) {
        const name = (s.metadata as Obj).name as string;
        expect(s.type).toBe('Opaque');
        expect(Object.keys(s.data as Obj)).toEqual(['kubeconfig']);
        expect((s.data as Obj).kubeconfig).toMatch(new RegExp(`^\\$\\{data\\.terraform_remote_state\\.cross-stack-reference-input-${name}\\.outputs\\.`));
      }
      expect(Object.keys(stacks.mgmt.data?.terraform_remote_state ?? {}).sort())
        .toEqual(['cross-stack-reference-input-fsn1', 'cross-stack-reference-input-mn']);
      // no JWT, PEM or kubeconfig text anywhere in the synthesized JSON
      const all = JSON.stringify(stacks);
      expect(all).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
      expect(all).not.toContain('BEGIN CERTIFICATE');
      expect(all).not.toMatch(/certificate-authority-data"\s*[:=]\s*\\?"[A-Za-z0-9+/]{20,}/);
    });

    test('THEN values flow one way: mgmt depends on both datacenters, and no datacenter stack depends on anything', () => {
      expect(manifest.stacks.mgmt.dependencies.sort()).toEqual(['fsn1', 'mn']);
      expect(manifest.stacks.mn.dependencies).toEqual([]);
      expect(manifest.stacks.fsn1.dependencies).toEqual([]);
    });

    test('THEN each ClientConfig names its kubeconfig Secret, and its context name is the datacenter\'s k8sContext', () => {
      const [cluster] = byKind(stacks.mgmt, 'K8ssandraCluster');
      const contexts = (cluster.spec.cassandra.datacenters as unknown as Tree[]).map((dc) => dc.k8sContext);
      for (const cc of byKind(stacks.mgmt, 'ClientConfig')) {
        expect(cc.spec).toEqual({ contextName: cc.metadata.name, kubeConfigSecret: { name: cc.metadata.name } });
        expect(cc.metadata.namespace).toBe('k8ssandra-operator');
        expect(contexts).toContain(cc.spec.contextName);
      }
    });

    test('THEN the K8ssandraCluster and ClientConfigs wait for the control plane, and the cluster for every registration', () => {
      const releases = stacks.mgmt.resource!.helm_release as Record<string, Obj>;
      const id = (pred: (r: Obj) => boolean): string => `helm_release.${Object.entries(releases).find(([, r]) => pred(r))![0]}`;
      const operator = id((r) => r.name === 'k8ssandra-operator');
      const cluster = Object.values(releases).find((r) => String(r.name).startsWith('k8ssandracluster-'))!;
      expect(cluster.depends_on).toEqual(expect.arrayContaining([operator, id((r) => r.name === 'clientconfig-mn'), id((r) => r.name === 'clientconfig-fsn1')]));
      expect((cluster.depends_on as string[]).filter((d) => d.startsWith('kubernetes_secret_v1.'))).toHaveLength(2);
    });

    test('THEN the K8ssandraCluster carries version, one datacenter per data plane, storage, heap (not heapSize), memory and telemetry, and no Stargate', () => {
      const [k8c] = byKind(stacks.mgmt, 'K8ssandraCluster');
      expect(k8c.metadata).toEqual({ name: 'history', namespace: 'k8ssandra-operator' });
      expect(Object.keys(k8c.spec)).toEqual(['cassandra']);
      expect(k8c.spec.cassandra).toEqual({
        serverVersion: '4.1.10',
        storageConfig: { cassandraDataVolumeClaimSpec: { storageClassName: 'openebs-hostpath', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } },
        config: { jvmOptions: { heap_initial_size: '512M', heap_max_size: '512M' } },
        resources: { requests: { memory: '2Gi' }, limits: { memory: '2Gi' } },
        telemetry: { mcac: { enabled: false }, prometheus: { enabled: true } },
        datacenters: [
          { metadata: { name: 'mn' }, k8sContext: 'mn', size: 3 },
          { metadata: { name: 'fsn1' }, k8sContext: 'fsn1', size: 3 },
        ],
      });
    });
  });

  test('GIVEN per-datacenter names, sizes and storage classes THEN the datacenters carry them and the registration uses the context names', () => {
    const { f } = build((x) => ({
      name: 'astring',
      cassandraYaml: { num_tokens: 16 },
      jvmOptions: { gc: 'G1GC' },
      softPodAntiAffinity: true,
      datacenters: [
        { cluster: x.mn, apiServerUrl: 'https://100.92.0.11:6443', datacenterName: 'dc1', k8sContext: 'astring-mn', size: 5, storageClassName: 'local-path' },
        { cluster: x.fsn1, apiServerUrl: 'https://100.92.0.21:6443', datacenterName: 'dc2', k8sContext: 'astring-fsn1' },
      ],
    }));
    const { stacks } = synthApp(f);
    const [k8c] = byKind(stacks.mgmt, 'K8ssandraCluster');
    expect(k8c.spec.cassandra.datacenters).toEqual([
      {
        metadata: { name: 'dc1' }, k8sContext: 'astring-mn', size: 5,
        storageConfig: { cassandraDataVolumeClaimSpec: { storageClassName: 'local-path', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } } },
      },
      { metadata: { name: 'dc2' }, k8sContext: 'astring-fsn1', size: 3 },
    ]);
    expect(k8c.spec.cassandra.config).toEqual({ cassandraYaml: { num_tokens: 16 }, jvmOptions: { gc: 'G1GC', heap_initial_size: '1G', heap_max_size: '1G' } });
    expect(k8c.spec.cassandra.softPodAntiAffinity).toBe(true);
    expect(k8c.spec.cassandra.storageConfig.cassandraDataVolumeClaimSpec).not.toHaveProperty('storageClassName');
    expect(byKind(stacks.mgmt, 'ClientConfig').map((c) => c.metadata.name).sort()).toEqual(['astring-fsn1', 'astring-mn']);
    expect(resources(stacks.mgmt, 'kubernetes_secret_v1').map((r) => (r.metadata as Obj).name).sort()).toEqual(['astring-fsn1', 'astring-mn']);
    expect(Object.values(stacks.mn.locals as Record<string, string>)[0]).toContain('"current-context" = "astring-mn"');
  });

  test('requiredReachability: mgmt to each API server and to pods on 8080, datacenters to each other\'s pods on 7000/7001/9042', () => {
    const { db } = build((x) => ({
      datacenters: [
        { cluster: x.mn, apiServerUrl: 'https://100.92.0.11:6443' },
        { cluster: x.fsn1, apiServerUrl: 'https://fsn1-api.netbird.cloud' },
      ],
    }));
    const rows = db.requiredReachability.map((r) => `${r.from.clusterName}->${r.to.clusterName} ${r.target} ${r.address} ${r.ports.join('/')}`);
    expect(rows).toEqual([
      `mgmt->mn ${CassandraReachabilityTarget.API_SERVER} 100.92.0.11:6443 6443`,
      'mgmt->mn pods 10.42.0.0/16 8080',
      'mgmt->fsn1 api-server fsn1-api.netbird.cloud:443 443',
      'mgmt->fsn1 pods 10.52.0.0/16 8080',
      'mn->fsn1 pods 10.52.0.0/16 7000/7001/9042',
      'fsn1->mn pods 10.42.0.0/16 7000/7001/9042',
    ]);
    for (const r of db.requiredReachability) expect(r.purpose.length).toBeGreaterThan(20);
  });

  test('replication() gives the NetworkTopologyStrategy map for every datacenter, capped at its size', () => {
    const { db } = build((x) => ({
      datacenters: [
        { cluster: x.mn, apiServerUrl: 'https://100.92.0.11:6443', size: 2 },
        { cluster: x.fsn1, apiServerUrl: 'https://100.92.0.21:6443' },
      ],
    }));
    expect(db.replication()).toBe("{'class': 'NetworkTopologyStrategy', 'mn': 2, 'fsn1': 3}");
    expect(db.replication(1)).toBe("{'class': 'NetworkTopologyStrategy', 'mn': 1, 'fsn1': 1}");
  });

  test('datacenter(cluster) returns that datacenter\'s part; the management cluster is not a datacenter', () => {
    const { f, db } = build();
    expect(db.datacenter(f.fsn1).datacenterName).toBe('fsn1');
    expect(db.datacenter(f.fsn1).node.scope).toBe(f.fsn1);
    expect(db.management.node.scope).toBe(f.mgmt);
    expect(() => db.datacenter(f.mgmt)).toThrow(/\[CASSANDRA_NOT_A_DATACENTER\] cluster: got 'mgmt' \(the management cluster\); one of the datacenters: mn, fsn1/);
  });
});
