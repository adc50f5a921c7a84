import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import {
  CertManager, ExistingCluster, PostgresMember, PostgresMultiMaster, PostgresMultiMasterProps, Secret,
} from '../../lib';
import { POSTGRES_MULTI_MASTER_ERROR_CODES } from '../../lib/postgres-multi-master/error-codes';
import { validationCodes } from '../util/validation';
import { helmRelease, helmValues, resources, StackJson, synthJson } from '../util/synth';

/** Parsed Helm values, for property access in assertions. */
type Tree = { readonly [key: string]: Tree };

interface World {
  readonly app: App;
  readonly clusters: ExistingCluster[];
}

function world(names = ['mn', 'fsn1', 'mgmt']): World {
  const app = new App();
  const clusters = names.map((name, i) => new ExistingCluster(new TerraformStack(app, name), 'cluster', {
    clusterName: name, region: name, kubeContext: name, podCidr: `10.${42 + 10 * i}.0.0/16`, serviceCidr: `10.${43 + 10 * i}.0.0/16`,
  }));
  return { app, clusters };
}

function pg(w: World, props: Partial<PostgresMultiMasterProps> = {}, members?: PostgresMember[]): PostgresMultiMaster {
  return new PostgresMultiMaster(w.app, 'postgres', {
    members: members ?? [{ cluster: w.clusters[0] }, { cluster: w.clusters[1] }],
    ...props,
  });
}

const codes = validationCodes;
const stackOf = (c: ExistingCluster): StackJson => synthJson(c.stack);
const pgValues = (json: StackJson): Tree => helmValues(helmRelease(json, 'pgedge')) as unknown as Tree;

describe('PostgresMultiMaster', () => {
  test('GIVEN two members WHEN synthesized THEN each stack runs its own node and names the other as external', () => {
    const w = world();
    pg(w);
    const mn = pgValues(stackOf(w.clusters[0])).pgEdge;
    const fsn1 = pgValues(stackOf(w.clusters[1])).pgEdge;
    expect(mn.nodes).toEqual([expect.objectContaining({
      name: 'n1', ordinal: 1, hostname: 'pgedge-n1-primary.pgedge.svc.mn.internal', internalHostname: 'pgedge-n1-rw',
    })]);
    expect(mn.externalNodes).toEqual([{ name: 'n2', ordinal: 2, hostname: 'pgedge-n2-primary.pgedge.svc.fsn1.internal' }]);
    expect(fsn1.nodes).toEqual([expect.objectContaining({ name: 'n2', ordinal: 2, internalHostname: 'pgedge-n2-rw' })]);
    expect(fsn1.externalNodes).toEqual([{ name: 'n1', ordinal: 1, hostname: 'pgedge-n1-primary.pgedge.svc.mn.internal' }]);
  });

  test('only the last member runs init-spock, with a release timeout that covers the job', () => {
    const w = world();
    const p = pg(w, { timeouts: { initSpockSeconds: 1200, marginSeconds: 240 } });
    expect(pgValues(stackOf(w.clusters[0])).pgEdge.initSpock).toBe(false);
    const last = stackOf(w.clusters[1]);
    expect(pgValues(last).pgEdge.initSpock).toBe(true);
    expect(pgValues(last).pgEdge.initSpockJobConfig).toEqual({ timeout: 1200 });
    expect(helmRelease(last, 'pgedge').timeout).toBe(1440);
    expect(p.initSpockMember.cluster).toBe(w.clusters[1]);
  });

  test('initSpock: false keeps init-spock off everywhere (first phase of a two-phase deploy)', () => {
    const w = world();
    pg(w, { initSpock: false });
    expect(w.clusters.slice(0, 2).map((c) => pgValues(stackOf(c)).pgEdge.initSpock)).toEqual([false, false]);
  });

  test('GIVEN a third member appended with bootstrapFrom WHEN synthesized THEN it runs init-spock and every member lists the two others', () => {
    const w = world();
    pg(w, {}, [{ cluster: w.clusters[0] }, { cluster: w.clusters[1] }, { cluster: w.clusters[2], bootstrapFrom: 'n1' }]);
    const values = w.clusters.map((c) => pgValues(stackOf(c)).pgEdge);
    expect(values.map((v) => v.initSpock)).toEqual([false, false, true]);
    expect(values.map((v) => (v.externalNodes as unknown as Tree[]).map((n) => n.name))).toEqual([['n2', 'n3'], ['n1', 'n3'], ['n1', 'n2']]);
    expect((values[2].nodes as unknown as Tree[])[0]).toMatchObject({ name: 'n3', ordinal: 3, bootstrap: { mode: 'spock', sourceNode: 'n1' } });
  });

  test('the primary gets a headless rw service named like the cross-cluster hostname', () => {
    const w = world();
    pg(w);
    const node = (pgValues(stackOf(w.clusters[0])).pgEdge.nodes as unknown as Tree[])[0];
    expect(node.clusterSpec.managed.services.additional).toEqual([{
      selectorType: 'rw', updateStrategy: 'patch', serviceTemplate: { metadata: { name: 'pgedge-n1-primary' }, spec: { clusterIP: 'None' } },
    }]);
  });

  test('the zone suffix comes from the bridge', () => {
    const w = world();
    pg(w, { bridge: { clusters: w.clusters, zoneSuffix: 'mesh' } });
    const mn = pgValues(stackOf(w.clusters[0])).pgEdge;
    expect((mn.externalNodes as unknown as Tree[])[0].hostname).toBe('pgedge-n2-primary.pgedge.svc.fsn1.mesh');
  });

  test('per member: namespace, client CA Secret, cert-manager, CNPG 0.28.2 and pgEdge 1.0.0-rc.1 in order; nothing in a non-member stack', () => {
    const w = world();
    pg(w);
    const json = stackOf(w.clusters[0]);
    expect(helmRelease(json, 'cloudnative-pg')).toMatchObject({ version: '0.28.2', repository: 'https://pgedge.github.io/charts', namespace: 'cnpg-system' });
    const release = helmRelease(json, 'pgedge');
    expect(release).toMatchObject({ version: '1.0.0-rc.1', repository: 'https://pgedge.github.io/charts', namespace: 'pgedge', create_namespace: false });
    const deps = release.depends_on as string[];
    expect(deps.some((d) => d.startsWith('helm_release.cluster_cert-manager'))).toBe(true);
    expect(deps.some((d) => d.startsWith('helm_release.cluster_postgres_cloudnative-pg'))).toBe(true);
    expect(deps.some((d) => d.startsWith('kubernetes_secret_v1.'))).toBe(true);
    expect(resources(json, 'kubernetes_namespace_v1')).toHaveLength(1);
    expect(resources(stackOf(w.clusters[2]), 'helm_release')).toHaveLength(0);
  });

  test('shares the cluster\'s cert-manager release with other constructs', () => {
    const w = world();
    CertManager.of(w.clusters[0]);
    pg(w);
    expect(resources(stackOf(w.clusters[0]), 'helm_release').filter((r) => r.chart === 'cert-manager')).toHaveLength(1);
  });

  test('client certificates are issued in each member from the shared CA, replication certificate included', () => {
    const w = world();
    pg(w);
    for (const c of w.clusters.slice(0, 2)) {
      const json = stackOf(c);
      const extra = pgValues(json).pgEdge.extraResources as unknown as Tree[];
      expect(extra.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
        'Issuer/client-ca-issuer', 'Certificate/streaming-replica-client-cert', 'Certificate/pgedge-client-cert',
        'Certificate/admin-client-cert', 'Certificate/app-client-cert',
      ]);
      expect(pgValues(json).pgEdge.provisionCerts).toBe(false);
      const [secret] = resources(json, 'kubernetes_secret_v1');
      expect(secret).toMatchObject({
        type: 'kubernetes.io/tls',
        metadata: { name: 'client-ca-key-pair', namespace: 'pgedge' },
        data: { 'tls.crt': '${var.postgres_client_ca_crt}', 'ca.crt': '${var.postgres_client_ca_crt}', 'tls.key': '${var.postgres_client_ca_key}' },
      });
      expect(json.variable).toMatchObject({
        postgres_client_ca_crt: { sensitive: true, type: 'string' },
        postgres_client_ca_key: { sensitive: true, type: 'string' },
      });
    }
  });

  test('a CA per member, given as Secrets, replaces the shared variables', () => {
    const w = world();
    const ca = (c: ExistingCluster) => ({
      certificate: Secret.variable(c.stack, 'vault_ca_crt', 'CA'), privateKey: Secret.variable(c.stack, 'vault_ca_key', 'key'),
    });
    pg(w, {}, [{ cluster: w.clusters[0], clientCa: ca(w.clusters[0]) }, { cluster: w.clusters[1], clientCa: ca(w.clusters[1]) }]);
    const json = stackOf(w.clusters[0]);
    expect(Object.keys(json.variable ?? {})).not.toContain('postgres_client_ca_key');
    expect(resources(json, 'kubernetes_secret_v1')[0]).toMatchObject({ data: { 'tls.key': '${var.vault_ca_key}' } });
  });

  test('defaults: 2 instances, superuser access off, 10Gi, snowflake and spock created with the database; options reach the CNPG spec', () => {
    const w = world();
    pg(w);
    expect(pgValues(stackOf(w.clusters[0])).pgEdge.clusterSpec).toEqual({
      instances: 2, enableSuperuserAccess: false, storage: { size: '10Gi' },
      bootstrap: { initdb: { postInitApplicationSQL: ['CREATE EXTENSION spock;', 'CREATE EXTENSION snowflake;'] } },
    });
    const w2 = world();
    pg(w2, { instances: 3, superuserAccess: true, storage: { size: '5Gi', storageClass: 'openebs-hostpath' }, postgresParameters: { max_connections: '300' },
      snowflakeExtension: false },
      [{ cluster: w2.clusters[0], instances: 1 }, { cluster: w2.clusters[1], storageClass: 'local-path' }]);
    const mn = pgValues(stackOf(w2.clusters[0])).pgEdge.clusterSpec;
    expect(mn).toEqual({ instances: 1, enableSuperuserAccess: true, storage: { size: '5Gi', storageClass: 'openebs-hostpath' }, postgresql: { parameters: { max_connections: '300' } } });
    expect(pgValues(stackOf(w2.clusters[1])).pgEdge.clusterSpec.storage).toEqual({ size: '5Gi', storageClass: 'local-path' });
  });

  test('explicit node names and ordinals are kept; bootstrapFrom adds bootstrap.mode spock', () => {
    const w = world();
    pg(w, {}, [
      { cluster: w.clusters[0], nodeName: 'mn', ordinal: 7 },
      { cluster: w.clusters[1], nodeName: 'fsn', ordinal: 9, bootstrapFrom: 'mn' },
    ]);
    const node = (pgValues(stackOf(w.clusters[1])).pgEdge.nodes as unknown as Tree[])[0];
    expect(node).toMatchObject({ name: 'fsn', ordinal: 9, bootstrap: { mode: 'spock', sourceNode: 'mn' } });
  });

  test('WAL archiving installs the Barman Cloud plugin beside CNPG, an ObjectStore and the plugin in the node spec', () => {
    const w = world();
    pg(w, { walArchive: { destinationPath: 's3://chat-backups/pg', endpointUrl: 'https://r2.example.com', credentialsSecretName: 'r2-creds' } });
    const json = stackOf(w.clusters[0]);
    expect(helmRelease(json, 'plugin-barman-cloud')).toMatchObject({ version: '0.5.0', namespace: 'cnpg-system' });
    const node = (pgValues(json).pgEdge.nodes as unknown as Tree[])[0];
    expect(node.clusterSpec.plugins).toEqual([{ name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'pgedge-n1-wal' } }]);
    const store = resources(json, 'helm_release').flatMap((r) => (helmValues(r).manifests as Tree[] | undefined) ?? []).find((m) => m.kind === ('ObjectStore' as never));
    expect(store).toMatchObject({
      apiVersion: 'barmancloud.cnpg.io/v1',
      metadata: { name: 'pgedge-n1-wal', namespace: 'pgedge' },
      spec: { retentionPolicy: '30d', configuration: { destinationPath: 's3://chat-backups/pg', endpointURL: 'https://r2.example.com',
        s3Credentials: { accessKeyId: { name: 'r2-creds', key: 'ACCESS_KEY_ID' }, secretAccessKey: { name: 'r2-creds', key: 'ACCESS_SECRET_KEY' } } } },
    });
  });

  test('no secret literal, no output, no PEM in the synthesized JSON', () => {
    const w = world();
    pg(w, { superuserAccess: true });
    for (const c of w.clusters) {
      const json = stackOf(c);
      const text = JSON.stringify(json);
      expect(text).not.toMatch(/-----BEGIN|password/i);
      expect(json.output ?? {}).toEqual({});
      for (const v of Object.values(json.variable ?? {}).filter((x) => (x as { sensitive?: boolean }).sensitive)) expect(v).not.toHaveProperty('default');
    }
  });

  test('resources are only in their member\'s stack and no member stack depends on another', () => {
    const w = world();
    const p = pg(w);
    p.parts.forEach((part, i) => expect(part.node.scope).toBe(w.clusters[i]));
    for (const c of w.clusters) for (const o of w.clusters) if (c !== o) expect(c.stack.dependsOn(o.stack)).toBe(false);
  });

  test('every error code is documented and every documented code is raised somewhere', () => {
    const dir = path.resolve(__dirname, '..', '..', 'lib', 'postgres-multi-master');
    const src = ['postgres-multi-master.ts', 'member.ts'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const used = new Set([...src.matchAll(/'(PG_[A-Z_]+)'/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(POSTGRES_MULTI_MASTER_ERROR_CODES).sort());
  });
});

describe('PostgresMultiMaster validation', () => {
  const one = (props: Partial<PostgresMultiMasterProps>, members?: (w: World) => PostgresMember[]): string[] => {
    const w = world();
    return codes(() => pg(w, props, members?.(w)));
  };

  test('throws when the pgEdge chart version is not an exact 1.x version', () => {
    expect(one({ version: '0.2.0' })).toEqual(['PG_CHART_VERSION']);
    expect(one({ version: '^1.0.0' })).toEqual(['PG_CHART_VERSION']);
  });
  test('throws when the CNPG chart version is not 0.28.x', () => {
    expect(one({ operatorVersion: '0.29.0' })).toEqual(['PG_OPERATOR_VERSION']);
  });
  test('throws when appName is longer than 26 characters', () => {
    expect(one({ appName: 'a'.repeat(27) })).toEqual(['PG_APP_NAME']);
  });
  test('throws when a node name is not a DNS label', () => {
    expect(one({}, (w) => [{ cluster: w.clusters[0], nodeName: 'N_1' }, { cluster: w.clusters[1] }])).toEqual(['PG_NODE_NAME']);
  });
  test('throws when two members have the same node name (the seed\'s n1 in both)', () => {
    expect(one({}, (w) => [{ cluster: w.clusters[0], nodeName: 'n1' }, { cluster: w.clusters[1], nodeName: 'n1' }])).toEqual(['PG_NODE_NAME_DUPLICATE']);
  });
  test('throws when an ordinal is outside 1-1023', () => {
    expect(one({}, (w) => [{ cluster: w.clusters[0], ordinal: 0 }, { cluster: w.clusters[1], ordinal: 1024 }])).toEqual(['PG_NODE_ORDINAL', 'PG_NODE_ORDINAL']);
  });
  test('throws when two members have the same ordinal', () => {
    expect(one({}, (w) => [{ cluster: w.clusters[0], ordinal: 3, nodeName: 'a' }, { cluster: w.clusters[1], ordinal: 3, nodeName: 'b' }]))
      .toEqual(['PG_NODE_ORDINAL_DUPLICATE']);
  });
  test('throws when instances is out of range', () => {
    expect(one({ instances: 0 })).toEqual(['PG_INSTANCES']);
  });
  test('throws when the storage size is not a quantity', () => {
    expect(one({ storage: { size: '10 GB' } })).toEqual(['PG_STORAGE_SIZE']);
  });
  test('throws when the storage class is not a name', () => {
    expect(one({ storage: { storageClass: 'Fast_SSD' } })).toEqual(['PG_STORAGE_CLASS']);
  });
  test('throws when a parameter the chart derives from the ordinal is set', () => {
    expect(one({ postgresParameters: { 'snowflake.node': '1' } })).toEqual(['PG_PARAMETER_RESERVED']);
  });
  test('throws when a parameter Spock needs is turned off', () => {
    expect(one({ postgresParameters: { wal_level: 'replica' } })).toEqual(['PG_PARAMETER_REQUIRED']);
  });
  test('throws when a parameter value is not a string', () => {
    expect(one({ postgresParameters: { max_connections: 200 as unknown as string } })).toEqual(['PG_PARAMETER_VALUE']);
  });
  test('throws when the zone suffix is not a DNS name', () => {
    expect(one({ zoneSuffix: 'Internal_' })).toEqual(['PG_ZONE_SUFFIX']);
  });
  test('throws when the zone suffix differs from the bridge\'s', () => {
    const w = world();
    expect(codes(() => pg(w, { zoneSuffix: 'internal', bridge: { clusters: w.clusters, zoneSuffix: 'mesh' } }))).toEqual(['PG_ZONE_SUFFIX_MISMATCH']);
  });
  test('throws when a member is not in the bridge\'s zone', () => {
    const w = world();
    expect(codes(() => pg(w, { bridge: { clusters: [w.clusters[0], w.clusters[2]] } }))).toEqual(['PG_MEMBER_NOT_IN_BRIDGE']);
  });
  test('throws when one member has a CA and another is missing it', () => {
    const w = world();
    const ca = { certificate: Secret.variable(w.clusters[0].stack, 'ca_crt', 'c'), privateKey: Secret.variable(w.clusters[0].stack, 'ca_key', 'k') };
    expect(codes(() => pg(w, {}, [{ cluster: w.clusters[0], clientCa: ca }, { cluster: w.clusters[1] }]))).toEqual(['PG_CLIENT_CA_MISSING']);
  });
  test('throws when a CA is a plain string, without echoing it', () => {
    const w = world();
    const bad = { certificate: '-----BEGIN CERTIFICATE-----' as unknown as Secret, privateKey: 'k' as unknown as Secret };
    let message = '';
    try {
      pg(w, {}, [{ cluster: w.clusters[0], clientCa: bad }, { cluster: w.clusters[1], clientCa: bad }]);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('SECRET_REQUIRED');
    expect(message).not.toContain('BEGIN');
  });
  test('throws when the CA variable stem is not a variable name', () => {
    expect(one({ clientCaVariablePrefix: 'Client-CA' })).toEqual(['PG_CLIENT_CA_VARIABLE']);
  });
  test('throws when bootstrapFrom names no other member\'s node', () => {
    expect(one({}, (w) => [{ cluster: w.clusters[0] }, { cluster: w.clusters[1], bootstrapFrom: 'n2' }])).toEqual(['PG_BOOTSTRAP_SOURCE']);
  });
  test('throws when init-spock plus the margin exceeds what a Helm release may wait', () => {
    expect(one({ timeouts: { initSpockSeconds: 7200 } })).toEqual(['PG_TIMEOUT']);
  });
  test('throws when a WAL archive setting is invalid', () => {
    expect(one({ walArchive: { destinationPath: 'bucket/pg', credentialsSecretName: 'R2', retentionPolicy: '30 days' } }))
      .toEqual(['PG_WAL_ARCHIVE', 'PG_WAL_ARCHIVE', 'PG_WAL_ARCHIVE']);
  });
  test('throws when there is only one member', () => {
    const w = world();
    expect(codes(() => pg(w, {}, [{ cluster: w.clusters[0] }]))).toEqual(['MEMBERS_TOO_FEW']);
  });
  test('reports all problems together', () => {
    expect(one({ version: 'latest', appName: 'x'.repeat(30), instances: 12 }, (w) => [
      { cluster: w.clusters[0], nodeName: 'n1' }, { cluster: w.clusters[1], nodeName: 'n1' },
    ])).toEqual(['PG_CHART_VERSION', 'PG_APP_NAME', 'PG_INSTANCES', 'PG_NODE_NAME_DUPLICATE']);
  });
});
