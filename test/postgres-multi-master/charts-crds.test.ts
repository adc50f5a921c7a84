import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { App, TerraformStack } from 'cdktf';
import { ExistingCluster, PostgresMultiMaster, PostgresMultiMasterProps } from '../../lib';
import { mergeValues } from '../../lib/core/private/values';
import type { HelmValues } from '../../lib/core/helm-addon';
import { chartDefaults, unknownValueKeys } from '../util/chart-values';
import { crdSchema, crdViolations } from '../util/crd';
import { describeWithShared, helmRelease, helmValues, resources, SHARED_DIR, StackJson, synthJson } from '../util/synth';

type Obj = Record<string, unknown>;
const PGEDGE = 'pgedge-1.0.0-rc.1';
const CNPG = 'cloudnative-pg-0.28.2';

/** The members' stacks, synthesized, for a few prop sets (defaults; every option; a third member bootstrapped from n1). */
function variants(): { label: string; stacks: StackJson[] }[] {
  const cases: [string, (c: ExistingCluster[]) => PostgresMultiMasterProps][] = [
    ['defaults', (c) => ({ members: [{ cluster: c[0] }, { cluster: c[1] }] })],
    ['everything', (c) => ({
      members: [{ cluster: c[0], nodeName: 'mn', ordinal: 5, instances: 3 }, { cluster: c[1], nodeName: 'fsn', ordinal: 6, bootstrapFrom: 'mn', storageClass: 'local-path' }],
      appName: 'astring', namespace: 'db', superuserAccess: true, storage: { size: '1Gi', storageClass: 'openebs-hostpath' },
      postgresParameters: { max_connections: '200', wal_level: 'logical' },
      walArchive: { destinationPath: 's3://b/p', endpointUrl: 'https://r2.example.com', credentialsSecretName: 'r2' },
    })],
    ['a third member added later', (c) => ({ members: [{ cluster: c[0] }, { cluster: c[1] }, { cluster: c[2], bootstrapFrom: 'n1' }] })],
  ];
  return cases.map(([label, props]) => {
    const app = new App();
    const clusters = ['mn', 'fsn1', 'hel1'].map((n, i) => new ExistingCluster(new TerraformStack(app, n), 'cluster', {
      clusterName: n, region: n, kubeContext: n, podCidr: `10.${42 + 10 * i}.0.0/16`, serviceCidr: `10.${43 + 10 * i}.0.0/16`,
    }));
    const pg = new PostgresMultiMaster(app, 'postgres', props(clusters));
    return { label, stacks: pg.clusters.map((c) => synthJson(c.stack)) };
  });
}

function schemaValidator(chartDir: string): (values: unknown) => string[] {
  const schema = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'reference', 'charts', chartDir, 'values.schema.json'), 'utf8')) as Obj;
  delete schema.$schema; // 'http://json-schema.org/schema#' names no draft ajv knows; the keywords are draft-07's
  const validate = new Ajv({ allErrors: true }).compile(schema);
  return (values) => (validate(values) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`));
}

/** The CNPG Cluster the chart renders for a member's node (templates/cluster.yaml of 1.0.0-rc.1): chart defaults, our values, the node's spec, the ordinal parameters. */
function renderedCluster(values: Obj): { name: string; spec: Obj } {
  const chart = chartDefaults(PGEDGE) as { pgEdge: HelmValues };
  const merged = mergeValues(chart as unknown as HelmValues, values as HelmValues) as unknown as { pgEdge: { appName: string; clusterSpec: HelmValues; nodes: Obj[] } };
  const node = merged.pgEdge.nodes[0] as { name: string; ordinal: number; clusterSpec?: HelmValues };
  const spec = mergeValues(merged.pgEdge.clusterSpec, node.clusterSpec ?? {}) as unknown as { postgresql: { parameters: Obj } };
  spec.postgresql.parameters = { ...spec.postgresql.parameters, 'snowflake.node': String(node.ordinal), 'lolor.node': String(node.ordinal) };
  return { name: `${merged.pgEdge.appName}-${node.name}`, spec: spec as unknown as Obj };
}

describeWithShared('PostgresMultiMaster against the charts and CRDs in ../shared/reference', () => {
  let cases: ReturnType<typeof variants>;
  beforeAll(() => {
    cases = variants();
  });

  test('every pgEdge value exists in the 1.0.0-rc.1 chart and passes its values.schema.json', () => {
    const check = schemaValidator(PGEDGE);
    for (const { label, stacks } of cases) {
      for (const json of stacks) {
        const values = helmValues(helmRelease(json, 'pgedge'));
        // clusterSpec is a CNPG Cluster spec: it is held to the CRD below.
        expect([label, unknownValueKeys(values, chartDefaults(PGEDGE), ['pgEdge.clusterSpec'])]).toEqual([label, []]);
        expect([label, check(values)]).toEqual([label, []]);
      }
    }
  });

  test('every CloudNativePG operator value exists in chart 0.28.2 and passes its values.schema.json', () => {
    const check = schemaValidator(CNPG);
    for (const json of cases.flatMap((c) => c.stacks)) {
      const values = helmValues(helmRelease(json, 'cloudnative-pg'));
      expect(unknownValueKeys(values, chartDefaults(CNPG))).toEqual([]);
      expect(check(values)).toEqual([]);
    }
  });

  test('the CNPG Cluster each member renders validates against the v1.29.1 CRD', () => {
    const schema = crdSchema('postgresql.cnpg.io_clusters.yaml', 'v1');
    for (const { label, stacks } of cases) {
      for (const json of stacks) {
        const { name, spec } = renderedCluster(helmValues(helmRelease(json, 'pgedge')));
        const cluster = { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name }, spec };
        expect([label, name, crdViolations(cluster, schema)]).toEqual([label, name, []]);
      }
    }
  });

  test('the chart\'s CNPG spec refers to exactly the Secrets each member issues from the shared CA', () => {
    const { stacks } = cases[0];
    const values = helmValues(helmRelease(stacks[0], 'pgedge')) as { pgEdge: { extraResources: Obj[] } };
    const issued = values.pgEdge.extraResources.filter((o) => o.kind === 'Certificate').map((o) => (o.spec as Obj).secretName);
    const { spec } = renderedCluster(values as unknown as Obj);
    const certs = spec.certificates as Obj;
    expect(certs.clientCASecret).toBe('client-ca-key-pair');
    expect(resources(stacks[0], 'kubernetes_secret_v1')[0]).toMatchObject({ metadata: { name: certs.clientCASecret } });
    expect(issued).toContain(certs.replicationTLSSecret);
    const projected = ((spec.projectedVolumeTemplate as Obj).sources as { secret: { name: string } }[])[0].secret.name;
    expect(issued).toContain(projected);
    // the init-spock job mounts admin-client-cert (templates/init-spock-job.yaml); the app owner's certificate is app-client-cert
    expect(issued).toEqual(expect.arrayContaining(['admin-client-cert', 'app-client-cert']));
  });

  test('the Issuer and Certificates validate against the cert-manager CRDs', () => {
    const issuer = crdSchema('cert-manager.io_issuers.yaml', 'v1');
    const certificate = crdSchema('cert-manager.io_certificates.yaml', 'v1');
    for (const json of cases.flatMap((c) => c.stacks)) {
      const extra = (helmValues(helmRelease(json, 'pgedge')) as { pgEdge: { extraResources: Obj[] } }).pgEdge.extraResources;
      for (const o of extra) {
        expect([o.kind, (o.metadata as Obj).name, crdViolations(o, o.kind === 'Issuer' ? issuer : certificate)])
          .toEqual([o.kind, (o.metadata as Obj).name, []]);
      }
    }
  });
});
