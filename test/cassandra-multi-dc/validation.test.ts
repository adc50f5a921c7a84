import * as fs from 'fs';
import * as path from 'path';
import { TerraformVariable } from 'cdktf';
import { CassandraMultiDc, MultiRegionValidationError } from '../../lib';
import { CassandraDatacenterMember, CassandraMultiDcProps } from '../../lib/cassandra-multi-dc';
import { CASSANDRA_MULTI_DC_ERROR_CODES } from '../../lib/cassandra-multi-dc/error-codes';
import { clusters, codes, Fixture, synthApp, validProps } from './fixtures';

/** Codes thrown by a CassandraMultiDc built from the valid props with `over` applied. */
function codesFor(over: (f: Fixture) => Partial<CassandraMultiDcProps>): string[] {
  const f = clusters();
  return codes(() => new CassandraMultiDc(f.mgmt.stack, 'history', validProps(f, over(f))));
}

/** The two valid datacenters, with `change` applied to datacenter `i`. */
function dcs(f: Fixture, i: number, change: Partial<CassandraDatacenterMember>): CassandraDatacenterMember[] {
  return validProps(f).datacenters.map((dc, j) => (j === i ? { ...dc, ...change } : dc));
}

describe('CassandraMultiDc validation', () => {
  test('valid props construct without problems', () => {
    expect(() => codesFor(() => ({}))).toThrow('expected a MultiRegionValidationError');
  });

  test('throws when the name is not a DNS label', () => {
    expect(codesFor(() => ({ name: 'Chat_History' }))).toEqual(['CASSANDRA_NAME']);
  });

  test('throws when the namespace is not a DNS label', () => {
    expect(codesFor(() => ({ namespace: 'K8ssandra' }))).toEqual(['CASSANDRA_NAMESPACE']);
  });

  test('throws when serverVersion is missing or not a version k8ssandra-operator runs', () => {
    expect(codesFor(() => ({ serverVersion: undefined as unknown as string }))).toEqual(['CASSANDRA_SERVER_VERSION']);
    expect(codesFor(() => ({ serverVersion: '4.1' }))).toEqual(['CASSANDRA_SERVER_VERSION']);
    expect(codesFor(() => ({ serverVersion: '3.0.29' }))).toEqual(['CASSANDRA_SERVER_VERSION']);
    for (const ok of ['3.11.17', '4.0.10', '4.1.10', '5.0.5']) expect(() => codesFor(() => ({ serverVersion: ok }))).toThrow('expected');
  });

  test('throws when operatorVersion is not an exact version', () => {
    expect(codesFor(() => ({ operatorVersion: 'v1.32.5' }))).toEqual(['CASSANDRA_OPERATOR_VERSION']);
  });

  test('throws when storageSize is not a whole quantity', () => {
    expect(codesFor(() => ({ storageSize: '10 GB' }))).toEqual(['CASSANDRA_STORAGE_SIZE']);
  });

  test('throws when a storage class name is not a Kubernetes name', () => {
    expect(codesFor(() => ({ storageClassName: 'OpenEBS_HostPath' }))).toEqual(['CASSANDRA_STORAGE_CLASS']);
    expect(codesFor((f) => ({ datacenters: dcs(f, 1, { storageClassName: 'Local Path' }) }))).toEqual(['CASSANDRA_STORAGE_CLASS']);
  });

  test('throws when heap is not a quantity in M, G, Mi or Gi', () => {
    expect(codesFor(() => ({ heap: '512m' }))).toEqual(['CASSANDRA_HEAP']);
  });

  test('throws when memory is not a quantity in M, G, Mi or Gi', () => {
    expect(codesFor(() => ({ memory: '2 GiB' }))).toEqual(['CASSANDRA_MEMORY']);
  });

  test('throws when the heap is more than half the container memory', () => {
    expect(codesFor(() => ({ heap: '1G', memory: '1Gi' }))).toEqual(['CASSANDRA_HEAP_OVER_HALF_MEMORY']);
    // the default heap (1G) counts too
    expect(codesFor(() => ({ memory: '1500M' }))).toEqual(['CASSANDRA_HEAP_OVER_HALF_MEMORY']);
    expect(() => codesFor(() => ({ heap: '1G', memory: '2Gi' }))).toThrow('expected');
  });

  test("throws when cassandraYaml sets listen_address to 0.0.0.0 (the seed's setting), naming the prop and the fix", () => {
    const f = clusters();
    let error: MultiRegionValidationError | undefined;
    try {
      new CassandraMultiDc(f.mgmt.stack, 'history', validProps(f, { cassandraYaml: { listen_address: '0.0.0.0', num_tokens: 16 } }));
    } catch (e) {
      error = e as MultiRegionValidationError;
    }
    expect(error?.codes).toEqual(['CASSANDRA_LISTEN_ADDRESS']);
    expect(error?.message).toContain("cassandraYaml.listen_address: got '0.0.0.0'");
    expect(error?.message).toMatch(/never accepts a wildcard listen address.*Remove the key/);
  });

  test('throws when cassandraYaml sets what cass-operator owns (addresses, seeds, cluster name)', () => {
    expect(codesFor(() => ({ cassandraYaml: { cluster_name: 'x', seed_provider: [], listen_address: '10.0.0.1' } })))
      .toEqual(['CASSANDRA_YAML_OPERATOR_OWNED', 'CASSANDRA_YAML_OPERATOR_OWNED', 'CASSANDRA_YAML_OPERATOR_OWNED']);
  });

  test('throws when jvmOptions sets a heap key (heapSize is deprecated; `heap` owns the others)', () => {
    expect(codesFor(() => ({ jvmOptions: { heapSize: '512M', heap_max_size: '1G', gc: 'G1GC' } })))
      .toEqual(['CASSANDRA_JVM_HEAP_OPTION', 'CASSANDRA_JVM_HEAP_OPTION']);
  });

  test('throws when a datacenter size is not a whole number from 1 to 1000', () => {
    expect(codesFor((f) => ({ datacenters: dcs(f, 0, { size: 0 }) }))).toEqual(['CASSANDRA_DC_SIZE']);
    expect(codesFor((f) => ({ datacenters: dcs(f, 0, { size: 2.5 }) }))).toEqual(['CASSANDRA_DC_SIZE']);
  });

  test('throws when a datacenter name is not a DNS label', () => {
    expect(codesFor((f) => ({ datacenters: dcs(f, 0, { datacenterName: 'DC_1' }) }))).toEqual(['CASSANDRA_DC_NAME']);
  });

  test('throws when two datacenters have the same name', () => {
    expect(codesFor((f) => ({ datacenters: dcs(f, 1, { datacenterName: 'mn' }) }))).toEqual(['CASSANDRA_DC_NAME_DUPLICATE']);
  });

  test('throws when a k8sContext is not a DNS label', () => {
    expect(codesFor((f) => ({ datacenters: dcs(f, 0, { k8sContext: 'astring_mn' }) }))).toEqual(['CASSANDRA_K8S_CONTEXT']);
  });

  test('throws when two datacenters have the same k8sContext', () => {
    expect(codesFor((f) => ({ datacenters: dcs(f, 0, { k8sContext: 'fsn1' }) }))).toEqual(['CASSANDRA_K8S_CONTEXT_DUPLICATE']);
  });

  test('throws when a datacenter has no apiServerUrl or not an https URL', () => {
    expect(codesFor((f) => ({ datacenters: dcs(f, 0, { apiServerUrl: undefined as unknown as string }) }))).toEqual(['CASSANDRA_API_SERVER_URL']);
    expect(codesFor((f) => ({ datacenters: dcs(f, 0, { apiServerUrl: 'http://10.0.0.1:6443' }) }))).toEqual(['CASSANDRA_API_SERVER_URL']);
    expect(codesFor((f) => ({ datacenters: dcs(f, 0, { apiServerUrl: 'https://mn.example.com:6443/api' }) }))).toEqual(['CASSANDRA_API_SERVER_URL']);
  });

  test('throws when a datacenter name or k8sContext is a token (it is written into two stacks)', () => {
    expect(codesFor((f) => {
      const ctx = new TerraformVariable(f.mn.stack, 'mn_context', { type: 'string' }).stringValue;
      return { datacenters: dcs(f, 0, { k8sContext: ctx, datacenterName: ctx }) };
    })).toEqual(['CASSANDRA_DC_NAME_UNRESOLVED', 'CASSANDRA_DC_NAME_UNRESOLVED']);
  });

  test("an apiServerUrl from a variable of the datacenter's own stack is accepted and synthesizes (checked at apply time)", () => {
    const f = clusters();
    const url = new TerraformVariable(f.mn.stack, 'mn_api', { type: 'string' }).stringValue;
    new CassandraMultiDc(f.mgmt.stack, 'history', validProps(f, { datacenters: dcs(f, 0, { apiServerUrl: url }) }));
    const { stacks, manifest } = synthApp(f);
    expect(Object.values(stacks.mn.locals as Record<string, string>)[0]).toContain('"server" = var.mn_api');
    expect(manifest.stacks.mn.dependencies).toEqual([]);
  });

  test('throws when there is no datacenter, or the management cluster is also a datacenter (the base rules)', () => {
    expect(codesFor(() => ({ datacenters: [] }))).toEqual(['MEMBERS_TOO_FEW']);
    expect(codesFor((f) => ({ datacenters: [...validProps(f).datacenters, { cluster: f.mgmt, apiServerUrl: 'https://10.0.0.1:6443' }] })))
      .toEqual(['MEMBER_DUPLICATE']);
  });

  test('throws when another CassandraMultiDc already runs the operator in the same namespace of a member cluster', () => {
    const f = clusters();
    new CassandraMultiDc(f.mgmt.stack, 'history', validProps(f));
    expect(codes(() => new CassandraMultiDc(f.mgmt.stack, 'events', validProps(f)))).toEqual(['CASSANDRA_NAMESPACE_TAKEN', 'CASSANDRA_NAMESPACE_TAKEN', 'CASSANDRA_NAMESPACE_TAKEN']);
    expect(() => new CassandraMultiDc(f.mgmt.stack, 'other', validProps(f, { namespace: 'other-cassandra' }))).not.toThrow();
  });

  test('reports every problem together', () => {
    const all = codesFor((f) => ({
      name: 'X', serverVersion: '2.2.0', heap: 'lots', cassandraYaml: { listen_address: '0.0.0.0' },
      datacenters: [{ cluster: f.mn, apiServerUrl: 'ftp://x', size: -1 }, { cluster: f.fsn1, apiServerUrl: 'https://a:1', datacenterName: 'mn' }],
    }));
    expect(all.sort()).toEqual([
      'CASSANDRA_API_SERVER_URL', 'CASSANDRA_DC_NAME_DUPLICATE', 'CASSANDRA_DC_SIZE', 'CASSANDRA_HEAP', 'CASSANDRA_LISTEN_ADDRESS',
      'CASSANDRA_NAME', 'CASSANDRA_SERVER_VERSION',
    ]);
  });

  test('every code this construct reports is in its catalogue, with a meaning and a fix', () => {
    const dir = path.join(__dirname, '..', '..', 'lib', 'cassandra-multi-dc');
    const source = ['private/validate.ts', 'cassandra-multi-dc.ts'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const used = new Set([...source.matchAll(/'(CASSANDRA_[A-Z0-9_]+)'/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(CASSANDRA_MULTI_DC_ERROR_CODES).sort());
    for (const doc of Object.values(CASSANDRA_MULTI_DC_ERROR_CODES)) {
      expect(doc.meaning.length).toBeGreaterThan(20);
      expect(doc.fix.length).toBeGreaterThan(10);
    }
  });
});
