import { chartDefaults, unknownValueKeys } from '../util/chart-values';
import { crdSchema, crdViolations } from '../util/crd';
import { clusterManifests, describeWithShared, helmRelease, helmValues, StackJson } from '../util/synth';
import { build, synthApp } from './fixtures';

type Obj = Record<string, unknown>;

// Everything the construct applies, held to the upstream chart values and CRDs in ../shared/reference.
describeWithShared('CassandraMultiDc against the k8ssandra-operator 1.32.5 chart and CRDs', () => {
  let stacks: Record<string, StackJson>;
  let k8ssandraCluster: ReturnType<typeof crdSchema>;
  beforeAll(() => {
    k8ssandraCluster = crdSchema('k8ssandra.io_k8ssandraclusters.yaml', 'v1alpha1');
    const { f } = build((x) => ({
      heap: '512M', memory: '2Gi', storageClassName: 'openebs-hostpath', prometheus: true, softPodAntiAffinity: true,
      cassandraYaml: { num_tokens: 16 }, jvmOptions: { gc: 'G1GC' },
      datacenters: [
        { cluster: x.mn, apiServerUrl: 'https://100.92.0.11:6443', size: 3, storageClassName: 'local-path' },
        { cluster: x.fsn1, apiServerUrl: 'https://100.92.0.21:6443', datacenterName: 'dc2', k8sContext: 'astring-fsn1' },
      ],
    }));
    ({ stacks } = synthApp(f));
  });

  test('every k8ssandra-operator value exists in the chart', () => {
    const defaults = chartDefaults('k8ssandra-operator-1.32.5');
    for (const json of Object.values(stacks)) {
      expect(unknownValueKeys(helmValues(helmRelease(json, 'k8ssandra-operator')), defaults)).toEqual([]);
    }
  });

  test('every ClientConfig validates against config.k8ssandra.io/v1beta1', () => {
    const schema = crdSchema('config.k8ssandra.io_clientconfigs.yaml', 'v1beta1');
    const configs = clusterManifests(stacks.mgmt).filter((m) => m.kind === 'ClientConfig');
    expect(configs).toHaveLength(2);
    for (const c of configs) expect(crdViolations(c, schema)).toEqual([]);
  });

  test('the K8ssandraCluster validates against k8ssandra.io/v1alpha1, serverVersion matches the CRD pattern, and no deprecated field is set', () => {
    const schema = k8ssandraCluster;
    const [k8c] = clusterManifests(stacks.mgmt).filter((m) => m.kind === 'K8ssandraCluster') as Obj[];
    expect(crdViolations(k8c, schema)).toEqual([]);
    const cassandraSchema = (schema.properties!.spec.properties!.cassandra.properties!) as Record<string, { pattern?: string }>;
    const cassandra = (k8c.spec as Obj).cassandra as Obj;
    expect(cassandra.serverVersion).toMatch(new RegExp(cassandraSchema.serverVersion.pattern!));
    expect(JSON.stringify(k8c)).not.toMatch(/heapSize|stargate|"mcac":\{"enabled":true/);
  });

  test('the storage each datacenter gets validates against the CassandraDatacenter CRD the operator writes it into', () => {
    const dcSchema = crdSchema('cassandra.datastax.com_cassandradatacenters.yaml', 'v1beta1');
    const storageSchema = dcSchema.properties!.spec.properties!.storageConfig;
    const [k8c] = clusterManifests(stacks.mgmt).filter((m) => m.kind === 'K8ssandraCluster') as Obj[];
    const cassandra = (k8c.spec as Obj).cassandra as { storageConfig: unknown; datacenters: { storageConfig?: unknown }[] };
    for (const storage of [cassandra.storageConfig, ...cassandra.datacenters.map((d) => d.storageConfig).filter(Boolean)]) {
      expect(crdViolations(storage, storageSchema)).toEqual([]);
    }
  });
});
