import { App, TerraformStack } from 'cdktf';
import { ExistingCluster, GpuSharing, IngressAddressType, MultiRegionValidationError } from '../../lib';
import { synthJson } from '../util/synth';

function stack(): TerraformStack {
  return new TerraformStack(new App(), 'fsn1');
}

const base = {
  clusterName: 'fsn1',
  region: 'eu-central',
  kubeContext: 'fsn1-admin',
  podCidr: '10.42.0.0/16',
  serviceCidr: '10.43.0.0/16',
};

describe('ExistingCluster', () => {
  test('binds kubernetes and helm providers to the kubeconfig context through a variable path', () => {
    // GIVEN
    const s = stack();
    // WHEN
    new ExistingCluster(s, 'cluster', base);
    const json = synthJson(s);
    // THEN
    expect(json.provider?.kubernetes).toEqual([{ config_context: 'fsn1-admin', config_path: '${var.fsn1_kubeconfig_path}' }]);
    expect(json.provider?.helm).toEqual([{ kubernetes: { config_context: 'fsn1-admin', config_path: '${var.fsn1_kubeconfig_path}' } }]);
    expect(json.variable?.fsn1_kubeconfig_path).toMatchObject({ type: 'string', default: '~/.kube/config' });
  });

  test('exposes the contract with documented defaults', () => {
    const c = new ExistingCluster(stack(), 'cluster', base);
    expect(c.gpu.sharing).toBe(GpuSharing.NONE);
    expect(c.ingress).toEqual({ className: 'nginx', addressType: IngressAddressType.IPV4 });
    expect(c.podCidr).toBe('10.42.0.0/16');
    expect(c.readiness).toEqual([]);
  });

  test('a second cluster in the same stack gets aliased providers', () => {
    const s = stack();
    const a = new ExistingCluster(s, 'a', base);
    const b = new ExistingCluster(s, 'b', { ...base, clusterName: 'mn-onprem', kubeContext: 'mn' });
    expect(a.kubernetesProvider.alias).toBeUndefined();
    expect(b.kubernetesProvider.alias).toBe('mn_onprem');
    expect(b.helmProvider.alias).toBe('mn_onprem');
  });

  test('throws when the cluster name is not a DNS label', () => {
    expect(() => new ExistingCluster(stack(), 'c', { ...base, clusterName: 'FSN_1' }))
      .toThrow(/\[NAME_INVALID\] clusterName: got 'FSN_1'/);
  });

  test('throws when pod and service CIDRs overlap', () => {
    expect(() => new ExistingCluster(stack(), 'c', { ...base, serviceCidr: '10.42.128.0/17' }))
      .toThrow(/\[CIDR_OVERLAP\] serviceCidr: got '10.42.128.0\/17'; it overlaps podCidr '10.42.0.0\/16'/);
  });

  test('throws when a CIDR does not parse', () => {
    expect(() => new ExistingCluster(stack(), 'c', { ...base, podCidr: '10.42.0.0/33' }))
      .toThrow(/\[CIDR_INVALID\] podCidr: got '10.42.0.0\/33'/);
  });

  test('throws when the kube context is empty', () => {
    expect(() => new ExistingCluster(stack(), 'c', { ...base, kubeContext: '' })).toThrow(/\[KUBE_CONTEXT_MISSING\] kubeContext/);
  });

  test('throws when kubeconfig content is passed instead of a path', () => {
    expect(() => new ExistingCluster(stack(), 'c', { ...base, kubeconfigPath: 'apiVersion: v1\nclusters: []' }))
      .toThrow(/\[KUBECONFIG_PATH\] kubeconfigPath/);
  });

  test('reports every problem together', () => {
    let err: MultiRegionValidationError | undefined;
    try {
      new ExistingCluster(stack(), 'c', { ...base, clusterName: 'Bad Name', podCidr: 'nope', region: 'eu central' });
    } catch (e) {
      err = e as MultiRegionValidationError;
    }
    expect(err).toBeInstanceOf(MultiRegionValidationError);
    expect(err?.codes).toEqual(['NAME_INVALID', 'REGION_INVALID', 'CIDR_INVALID']);
    expect(err?.message).toMatch(/3 invalid settings/);
  });
});
