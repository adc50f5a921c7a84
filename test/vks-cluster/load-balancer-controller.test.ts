import { TerraformStack } from 'cdktf';
import { Secret } from '../../lib';
import { VngcloudLoadBalancerController, VngcloudLoadBalancerScheme } from '../../lib/vks-cluster/vngcloud-load-balancer-controller';
import { chartDefaults, unknownValueKeys } from '../util/chart-values';
import { validationCodes as codes } from '../util/validation';
import { hcmCluster, Tree } from '../util/hcm';
import { describeWithShared, helmRelease, helmValues, synthJson } from '../util/synth';

const setup = hcmCluster;

function creds(stack: TerraformStack) {
  return {
    clientId: Secret.variable(stack, 'lb_client_id', 'id'),
    clientSecret: Secret.variable(stack, 'lb_client_secret', 'secret'),
  };
}

describe('VngcloudLoadBalancerController', () => {
  test('passes credentials through set_sensitive and vserverURL under mysecret.global', () => {
    const { stack, cluster } = setup();
    new VngcloudLoadBalancerController(stack, 'lb', { cluster, clusterId: 'k8s-1234', credentials: creds(stack), defaultScheme: VngcloudLoadBalancerScheme.INTERNAL });
    const release = helmRelease(synthJson(stack), 'vngcloud-load-balancer-controller');
    expect(release).toMatchObject({
      chart: 'oci://vcr.vngcloud.vn/81-vks-public/vks-helm-charts/vngcloud-load-balancer-controller',
      version: '0.3.24',
      namespace: 'kube-system',
    });
    expect(release.repository).toBeUndefined();
    expect(release.set_sensitive).toEqual([
      { name: 'mysecret.global.clientID', value: '${var.lb_client_id}' },
      { name: 'mysecret.global.clientSecret', value: '${var.lb_client_secret}' },
    ]);
    const values = helmValues(release) as unknown as Tree;
    expect(values.mysecret.global).toEqual({ identityURL: 'https://iamapis.vngcloud.vn/accounts-api', vserverURL: 'https://hcm-3.api.vngcloud.vn/vserver' });
    expect(values.mysecret.cluster).toEqual({ clusterID: 'k8s-1234', region: 'HCM03' });
    expect(values.mysecret.loadBalancerOpts.defaultScheme).toBe('Internal');
    expect(JSON.stringify(values)).not.toMatch(/clientSecret|clientID/);
  });

  test('uses the Hanoi vServer endpoint in HAN01', () => {
    const { stack, cluster } = setup('HAN01');
    new VngcloudLoadBalancerController(stack, 'lb', { cluster, clusterId: 'k8s-1', credentials: creds(stack) });
    const values = helmValues(helmRelease(synthJson(stack), 'vngcloud-load-balancer-controller')) as Tree;
    expect(values.mysecret.global.vserverURL).toBe('https://han-1.api.vngcloud.vn/vserver');
  });

  test('throws when credentials are missing, naming the prop', () => {
    const { stack, cluster } = setup();
    expect(() => new VngcloudLoadBalancerController(stack, 'lb', { cluster, clusterId: 'k8s-1' }))
      .toThrow(/\[LB_CONTROLLER_CREDENTIALS_MISSING\] credentials: got undefined/);
  });

  test('throws when the region is unknown and no vserverUrl is given', () => {
    const { stack, cluster } = setup('SGN99');
    expect(() => new VngcloudLoadBalancerController(stack, 'lb', { cluster, clusterId: 'k8s-1', credentials: creds(stack) }))
      .toThrow(/\[LB_CONTROLLER_REGION_UNKNOWN\] vserverUrl: got undefined; the vServer API URL of region 'SGN99'/);
  });

  test('reports every bad setting together', () => {
    const { stack, cluster } = setup();
    expect(codes(() => new VngcloudLoadBalancerController(stack, 'lb', { cluster, clusterId: '', vserverUrl: 'http://x/' })))
      .toEqual(['LB_CONTROLLER_CREDENTIALS_MISSING', 'LB_CONTROLLER_CLUSTER_ID', 'LB_CONTROLLER_URL']);
  });
});

describeWithShared('LB controller values against the chart\'s own values.yaml', () => {
  test('every key the controller sets exists in the chart', () => {
    const { stack, cluster } = setup();
    new VngcloudLoadBalancerController(stack, 'lb', { cluster, clusterId: 'k8s-1', credentials: creds(stack) });
    const json = synthJson(stack);
    expect(unknownValueKeys(helmValues(helmRelease(json, 'vngcloud-load-balancer-controller')), chartDefaults('vngcloud-load-balancer-controller-0.3.24'))).toEqual([]);
  });

  test('the set_sensitive paths exist in the LB controller chart', () => {
    const defaults = chartDefaults('vngcloud-load-balancer-controller-0.3.24') as Tree;
    expect(defaults.mysecret.global).toHaveProperty('clientID');
    expect(defaults.mysecret.global).toHaveProperty('clientSecret');
    expect(defaults.mysecret.global).toHaveProperty('vserverURL');
    expect(defaults.mysecret.cluster).not.toHaveProperty('vserverURL');
  });
});
