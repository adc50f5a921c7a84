import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Fn, TerraformMetaArguments, TerraformOutput, TerraformProvider, TerraformResource, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { Release } from '@cdktf/provider-helm/lib/release';
import { AlicloudProvider } from '../../.gen/providers/alicloud/provider';
import { CsKubernetesNodePool } from '../../.gen/providers/alicloud/cs-kubernetes-node-pool';
import { CsManagedKubernetes } from '../../.gen/providers/alicloud/cs-managed-kubernetes';
import { CsKubernetesAddon } from '../../.gen/providers/alicloud/cs-kubernetes-addon';
import { EipAddress } from '../../.gen/providers/alicloud/eip-address';
import { EipAssociation } from '../../.gen/providers/alicloud/eip-association';
import { NatGateway } from '../../.gen/providers/alicloud/nat-gateway';
import { SnatEntry } from '../../.gen/providers/alicloud/snat-entry';
import { Vpc } from '../../.gen/providers/alicloud/vpc';
import { Vswitch } from '../../.gen/providers/alicloud/vswitch';
import { VngcloudProvider } from '../../.gen/providers/vngcloud/provider';
import { VksCluster } from '../../.gen/providers/vngcloud/vks-cluster';
import { VksClusterNodeGroupA } from '../../.gen/providers/vngcloud/vks-cluster-node-group';
import { VserverNetwork } from '../../.gen/providers/vngcloud/vserver-network';
import { VserverSubnet } from '../../.gen/providers/vngcloud/vserver-subnet';
import { VserverSshkey } from '../../.gen/providers/vngcloud/vserver-sshkey';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { AlidnsAccessStrategy } from '../../.gen/providers/alicloud/alidns-access-strategy';
import { AlidnsAddressPool } from '../../.gen/providers/alicloud/alidns-address-pool';
import { AlidnsGtmInstance } from '../../.gen/providers/alicloud/alidns-gtm-instance';
import { AlidnsMonitorConfig } from '../../.gen/providers/alicloud/alidns-monitor-config';
import { Group } from '../../.gen/providers/netbird/group';
import { Network } from '../../.gen/providers/netbird/network';
import { NetworkResource } from '../../.gen/providers/netbird/network-resource';
import { NetworkRouter } from '../../.gen/providers/netbird/network-router';
import { Policy } from '../../.gen/providers/netbird/policy';
import { NetbirdProvider } from '../../.gen/providers/netbird/provider';
import { SetupKey } from '../../.gen/providers/netbird/setup-key';
import {
  AlidnsAccessStrategyResource, AlidnsAddressPoolResource, AlidnsGtmInstanceResource, AlidnsMonitorConfigResource,
  CloudflareLoadBalancerMonitorResource, CloudflareLoadBalancerPoolResource, CloudflareLoadBalancerResource, CloudflareProviderBlock,
} from '../../lib/gtm-failover-domain/resources';
import { LoadBalancer } from '@cdktf/provider-cloudflare/lib/load-balancer';
import { LoadBalancerMonitor } from '@cdktf/provider-cloudflare/lib/load-balancer-monitor';
import { LoadBalancerPool } from '@cdktf/provider-cloudflare/lib/load-balancer-pool';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import {
  NetbirdGroupResource, NetbirdNetworkResource, NetbirdNetworkResourceResource, NetbirdNetworkRouterResource, NetbirdPolicyResource,
  NetbirdProviderBlock, NetbirdSetupKeyResource,
} from '../../lib/netbird-bridge/resources';
import { HelmProviderBlock, KubernetesProviderBlock } from '../../lib/core/provider-blocks';
import { AlicloudProviderBlock } from '../../lib/private/alicloud-provider';
import { VngcloudProviderBlock } from '../../lib/vks-cluster/resources';
import { IngressClassV1 } from '@cdktf/provider-kubernetes/lib/ingress-class-v1';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { IngressClassV1Resource, NamespaceV1Resource, SecretV1Resource } from '../../lib/core/kubernetes-resources';
import {
  VksClusterNodeGroupResource, VksClusterResource, VserverNetworkResource, VserverSshkeyResource, VserverSubnetResource,
} from '../../lib/vks-cluster/resources';
import { ArgumentShape, checkProviderType, ProviderResource, toProviderArguments } from '../../lib/core/provider-resource';
import { addDependsOn } from '../../lib/core/private/dependable';
import { HelmReleaseResource } from '../../lib/core/helm-release';
import {
  CsKubernetesAddonResource, CsKubernetesNodePoolResource, CsManagedKubernetesResource,
  EipAddressResource, EipAssociationResource, NatGatewayResource, SnatEntryResource, VpcResource, VswitchResource,
} from '../../lib/gpu-cluster/resources';
import { describeWithShared, SHARED_DIR } from '../util/synth';

type Ctor = new (scope: Construct, id: string, config: never) => TerraformResource;

/** A lean resource class next to the generated binding it stands in for. */
interface Pair {
  readonly type: string;
  readonly schemaFile: string;
  readonly provider: (scope: Construct) => TerraformProvider;
  readonly lean: Ctor;
  readonly generated: Ctor;
}

/** Pairs of one provider: [type, lean class, generated class]. */
const pairOf = (schemaFile: string, provider: (scope: Construct) => TerraformProvider) =>
  ([type, lean, generated]: readonly [string, unknown, unknown]): Pair => ({ type, schemaFile, provider, lean: lean as Ctor, generated: generated as Ctor });

const PAIRS: Pair[] = [
  {
    type: 'helm_release', schemaFile: 'helm-3.x.schema.json', provider: (s) => new HelmProvider(s, 'helm', {}),
    lean: HelmReleaseResource as unknown as Ctor, generated: Release as unknown as Ctor,
  },
  {
    type: 'alicloud_cs_managed_kubernetes', schemaFile: 'alicloud-1.283.0.schema.json', provider: (s) => new AlicloudProvider(s, 'ali', { region: 'cn-hongkong' }),
    lean: CsManagedKubernetesResource as unknown as Ctor, generated: CsManagedKubernetes as unknown as Ctor,
  },
  {
    type: 'alicloud_cs_kubernetes_node_pool', schemaFile: 'alicloud-1.283.0.schema.json', provider: (s) => new AlicloudProvider(s, 'ali', { region: 'cn-hongkong' }),
    lean: CsKubernetesNodePoolResource as unknown as Ctor, generated: CsKubernetesNodePool as unknown as Ctor,
  },
  ...([
    ['alicloud_vpc', VpcResource, Vpc],
    ['alicloud_vswitch', VswitchResource, Vswitch],
    ['alicloud_nat_gateway', NatGatewayResource, NatGateway],
    ['alicloud_eip_address', EipAddressResource, EipAddress],
    ['alicloud_eip_association', EipAssociationResource, EipAssociation],
    ['alicloud_snat_entry', SnatEntryResource, SnatEntry],
    ['alicloud_cs_kubernetes_addon', CsKubernetesAddonResource, CsKubernetesAddon],
    ['alicloud_alidns_gtm_instance', AlidnsGtmInstanceResource, AlidnsGtmInstance],
    ['alicloud_alidns_address_pool', AlidnsAddressPoolResource, AlidnsAddressPool],
    ['alicloud_alidns_monitor_config', AlidnsMonitorConfigResource, AlidnsMonitorConfig],
    ['alicloud_alidns_access_strategy', AlidnsAccessStrategyResource, AlidnsAccessStrategy],
  ] as const).map(pairOf('alicloud-1.283.0.schema.json', (s) => new AlicloudProvider(s, 'ali', { region: 'cn-hongkong' }))),
  ...([
    ['vngcloud_vks_cluster', VksClusterResource, VksCluster],
    ['vngcloud_vks_cluster_node_group', VksClusterNodeGroupResource, VksClusterNodeGroupA],
    ['vngcloud_vserver_network', VserverNetworkResource, VserverNetwork],
    ['vngcloud_vserver_subnet', VserverSubnetResource, VserverSubnet],
    ['vngcloud_vserver_sshkey', VserverSshkeyResource, VserverSshkey],
  ] as const).map(pairOf('vngcloud-1.3.11.schema.json', (s) => new VngcloudProvider(s, 'vng', {}))),
  ...([
    ['kubernetes_ingress_class_v1', IngressClassV1Resource, IngressClassV1],
    ['kubernetes_namespace_v1', NamespaceV1Resource, NamespaceV1],
    ['kubernetes_secret_v1', SecretV1Resource, SecretV1],
  ] as const).map(pairOf('kubernetes-2.38.0.schema.json', (s) => new KubernetesProvider(s, 'k8s', {}))),
  ...([
    ['netbird_group', NetbirdGroupResource, Group],
    ['netbird_network', NetbirdNetworkResource, Network],
    ['netbird_network_resource', NetbirdNetworkResourceResource, NetworkResource],
    ['netbird_network_router', NetbirdNetworkRouterResource, NetworkRouter],
    ['netbird_setup_key', NetbirdSetupKeyResource, SetupKey],
    ['netbird_policy', NetbirdPolicyResource, Policy],
  ] as const).map(pairOf('netbird-0.0.10.schema.json', (s) => new NetbirdProvider(s, 'nb', {}))),
  ...([
    ['cloudflare_load_balancer', CloudflareLoadBalancerResource, LoadBalancer],
    ['cloudflare_load_balancer_pool', CloudflareLoadBalancerPoolResource, LoadBalancerPool],
    ['cloudflare_load_balancer_monitor', CloudflareLoadBalancerMonitorResource, LoadBalancerMonitor],
  ] as const).map(pairOf('cloudflare-5.14.0-subset.schema.json', (s) => new CloudflareProvider(s, 'cf', {}))),
];

/** The resource's JSON (metadata dropped) when built by `cls` from `config`, in a fresh app. */
function synthOne(pair: Pair, cls: Ctor, config: (provider: TerraformProvider) => Record<string, unknown>): Record<string, unknown> {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'stack');
  const provider = pair.provider(stack);
  new cls(stack, 'r', config(provider) as never);
  const json = JSON.parse(Testing.synth(stack)) as { resource: Record<string, Record<string, Record<string, unknown>>> };
  const out = { ...json.resource[pair.type].r };
  delete out['//'];
  delete out.provider;
  return out;
}

describe('toProviderArguments', () => {
  const shape: ArgumentShape = { maps: ['tags'], blocks: { scaling_config: {}, kubelet_configuration: { maps: ['feature_gates'] } } };

  test('renames camelCase to snake_case at every level, keeps map keys, drops unset arguments', () => {
    // GIVEN arguments with a map whose keys are camelCase and dotted, a nested block with its own map, and an unset argument
    const args = {
      nodePoolName: 'gpu', desiredSize: undefined, tags: { ownerTeam: 'ml', 'ack.node/gpu': 'x' },
      scalingConfig: { minSize: 1, maxSize: 3 },
      kubeletConfiguration: { featureGates: { InPlacePodVerticalScaling: true }, cpuManagerPolicy: 'static' },
      labels: [{ key: 'gpuVendor', value: 'nvidia' }],
    };
    // WHEN renamed
    const out = toProviderArguments(args, shape);
    // THEN names are the provider's, map keys and list items' values untouched, the unset argument absent
    expect(out).toEqual({
      node_pool_name: 'gpu', tags: { ownerTeam: 'ml', 'ack.node/gpu': 'x' },
      scaling_config: { min_size: 1, max_size: 3 },
      kubelet_configuration: { feature_gates: { InPlacePodVerticalScaling: true }, cpu_manager_policy: 'static' },
      labels: [{ key: 'gpuVendor', value: 'nvidia' }],
    });
  });

  test('tokens pass through unchanged', () => {
    // GIVEN a token as a whole map and a token inside a list
    const tagsToken = Fn.merge([{ a: 'b' }]);
    // WHEN renamed
    const out = toProviderArguments({ tags: tagsToken, vswitchIds: [Fn.element(['x'], 0)] }, shape);
    // THEN the same token objects/strings are kept
    expect(out.tags).toBe(tagsToken);
    expect((out.vswitch_ids as string[])[0]).toMatch(/TfToken/);
  });
});

describe('lean resources synthesize exactly what the generated bindings do (the library\'s own arguments)', () => {
  test.each([
    ['helm_release', {
      name: 'gpu-operator', chart: 'gpu-operator', repository: 'https://helm.ngc.nvidia.com/nvidia', version: 'v25.10.0',
      namespace: 'gpu-operator', createNamespace: true, timeout: 600, wait: true, atomic: false, cleanupOnFail: true,
      values: ['{"a":1}'], setSensitive: [{ name: 'mysecret.global.clientSecret', value: '${var.secret}' }],
    }],
    ['alicloud_cs_managed_kubernetes', {
      name: 'hk', clusterSpec: 'ack.pro.small', version: '1.33.3-aliyun.1', vswitchIds: ['vsw-1', 'vsw-2'], podVswitchIds: ['vsw-3'],
      serviceCidr: '172.21.0.0/20', newNatGateway: false, slbInternetEnabled: false, deletionProtection: true,
      skipSetCertificateAuthority: true, addons: [{ name: 'terway-eniip', version: undefined, config: '{"IPVlan":"false"}', disabled: undefined }],
      tags: { CostCenter: 'ml', 'team.name': 'gpu' },
    }],
    ['alicloud_cs_kubernetes_node_pool', {
      clusterId: 'c-1', nodePoolName: 'gpu-l20', vswitchIds: ['vsw-1'], instanceTypes: ['ecs.gn8is.2xlarge'], instanceChargeType: 'PostPaid',
      scalingConfig: { enable: true, minSize: 1, maxSize: 4 }, systemDiskCategory: 'cloud_essd', systemDiskSize: 120,
      dataDisks: [{ category: 'cloud_essd', size: 200 }], labels: [{ key: 'ack.node.gpu.schedule', value: 'cgpu' }],
      taints: [{ key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' }], tags: { CostCenter: 'ml' },
    }],
  ])('%s', (type, config) => {
    // GIVEN the arguments the library sets on this type
    const pair = PAIRS.find((p) => p.type === type)!;
    const withProvider = (provider: TerraformProvider): Record<string, unknown> => ({ ...config, provider });
    // WHEN each class synthesizes them
    // THEN the JSON is identical
    expect(synthOne(pair, pair.lean, withProvider)).toEqual(synthOne(pair, pair.generated, withProvider));
  });

  test('depends_on from the config comes out as the binding writes it, and later additions join it', () => {
    // GIVEN a lean and a generated release, each depending on another resource
    const build = (cls: Ctor): Record<string, unknown> => {
      const stack = new TerraformStack(Testing.app(), 's');
      const helm = new HelmProvider(stack, 'helm', {});
      const first = new Release(stack, 'first', { provider: helm, name: 'a', chart: 'c' });
      const r = new cls(stack, 'r', { provider: helm, name: 'b', chart: 'c', dependsOn: [first] } as never);
      if (r instanceof HelmReleaseResource) addDependsOn(r, () => [first]);
      const json = JSON.parse(Testing.synth(stack)) as { resource: { helm_release: Record<string, Record<string, unknown>> } };
      return json.resource.helm_release.r;
    };
    // THEN both write the same depends_on, with no duplicate entry after a second, equal dependency
    expect(build(HelmReleaseResource as unknown as Ctor).depends_on).toEqual(['helm_release.first']);
    expect(build(Release as unknown as Ctor).depends_on).toEqual(['helm_release.first']);
  });

  test('configure changes arguments, addOverride still applies', () => {
    // GIVEN a lean release
    const stack = new TerraformStack(Testing.app(), 's');
    const r = new HelmReleaseResource(stack, 'r', { provider: new HelmProvider(stack, 'helm', {}), name: 'a', chart: 'c', timeout: 600 });
    // WHEN an argument is changed through the typed escape hatch and another through an override
    r.configure({ timeout: 900 });
    r.addOverride('max_history', 3);
    // THEN both are in the JSON
    const json = JSON.parse(Testing.synth(stack)) as { resource: { helm_release: { r: Record<string, unknown> } } };
    expect(json.resource.helm_release.r).toMatchObject({ name: 'a', chart: 'c', timeout: 900, max_history: 3 });
    expect(r.arguments.timeout).toBe(900);
  });
});

describe('lean references resolve exactly as cdktf\'s own (strings, expressions, depends_on, across stacks)', () => {
  /** Two stacks: a VPC made by `cls` in `net`, read in its own stack and from `apps`; the whole synthesized app. */
  function synthApp(cls: Ctor): { stacks: Record<string, unknown>; dependencies: Record<string, string[]> } {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lean-ref-'));
    const app = new App({ outdir });
    const net = new TerraformStack(app, 'net');
    const apps = new TerraformStack(app, 'apps');
    const provider = (s: TerraformStack): AlicloudProvider => new AlicloudProvider(s, 'ali', { region: 'cn-hongkong' });
    const inNet = provider(net);
    const vpc = new cls(net, 'vpc', { provider: inNet, vpcName: 'v', cidrBlock: '10.0.0.0/16' } as never) as TerraformResource & { id: string };
    // in its own stack: plain, inside a string, inside an expression, and as a dependency
    new Vswitch(net, 'a', { provider: inNet, vpcId: vpc.id, cidrBlock: '10.0.0.0/24', zoneId: 'z', vswitchName: `${vpc.id}-a`, tags: { upper: Fn.upper(vpc.id) }, dependsOn: [vpc] });
    const b = new VswitchResource(net, 'b', { provider: inNet, vpcId: vpc.getStringAttribute('id'), cidrBlock: '10.0.1.0/24', zoneId: 'z' });
    addDependsOn(b, () => [vpc]);
    // from another stack: cdktf writes an output in `net` and a remote-state read in `apps`
    new Vswitch(apps, 'c', { provider: provider(apps), vpcId: vpc.id, cidrBlock: '10.0.2.0/24', zoneId: 'z' });
    new TerraformOutput(apps, 'vpc_name', { value: vpc.getStringAttribute('vpc_name') });
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as { stacks: Record<string, { dependencies: string[] }> };
    const read = (name: string): unknown => {
      const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8')) as Record<string, unknown>;
      delete json['//'];
      return json;
    };
    const out = { stacks: { net: read('net'), apps: read('apps') }, dependencies: { net: manifest.stacks.net.dependencies, apps: manifest.stacks.apps.dependencies } };
    fs.rmSync(outdir, { recursive: true, force: true });
    return out;
  }

  test('the app synthesizes the same with the lean VPC as with the generated one', () => {
    // GIVEN the same app with each class WHEN synthesized THEN every stack and the stack dependencies are equal
    const lean = synthApp(VpcResource as unknown as Ctor);
    expect(lean).toEqual(synthApp(Vpc as unknown as Ctor));
    // AND the references took each form (not vacuously equal)
    const net = JSON.stringify(lean.stacks.net);
    expect(net).toContain('"vpc_id":"${alicloud_vpc.vpc.id}"');
    expect(net).toContain('"vswitch_name":"${alicloud_vpc.vpc.id}-a"');
    expect(net).toContain('"upper":"${upper(alicloud_vpc.vpc.id)}"');
    expect(net.match(/"depends_on":\["alicloud_vpc.vpc"\]/g)).toHaveLength(2);
    expect(net).toContain('"cross-stack-output-alicloud_vpcvpcvpc_name"');
    expect(lean.dependencies.apps).toEqual(['net']);
    expect(JSON.stringify(lean.stacks.apps)).toContain('data.terraform_remote_state.');
  });

  test('a lean reference carries no creation stack; its address is one token however often it is read', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const vpc = new VpcResource(stack, 'vpc', { provider: new AlicloudProvider(stack, 'ali', { region: 'cn-hongkong' }), cidrBlock: '10.0.0.0/16' });
    expect(vpc.interpolationForAttribute('id').creationStack).toEqual([]);
    expect(vpc.fqn).toBe(vpc.fqn);
  });
});

// ---- against the provider schemas: every argument and block, nested, with map keys that a rename would spoil ----

interface SchemaAttribute {
  readonly type?: unknown;
  readonly nested_type?: { readonly nesting_mode: string; readonly attributes: Record<string, SchemaAttribute> };
  readonly optional?: boolean;
  readonly required?: boolean;
  readonly computed?: boolean;
  readonly deprecated?: boolean;
}
interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, { readonly nesting_mode: string; readonly max_items?: number; readonly block: SchemaBlock }>;
}

const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const MAP_KEYS = ['ownerTeam', 'ack.node/gpu-x'];

/** A sample value of a Terraform type, in provider names (`snake`) and binding names (`camel`). */
function sample(type: unknown, name: string): { snake: unknown; camel: unknown } {
  if (type === 'string') return { snake: `${name}-v`, camel: `${name}-v` };
  if (type === 'number') return { snake: 7, camel: 7 };
  if (type === 'bool') return { snake: true, camel: true };
  const [kind, inner] = type as [string, unknown];
  if (kind === 'list' || kind === 'set') {
    const v = sample(inner, name);
    return { snake: [v.snake], camel: [v.camel] };
  }
  if (kind === 'map') {
    const v = sample(inner, name);
    return { snake: Object.fromEntries(MAP_KEYS.map((k) => [k, v.snake])), camel: Object.fromEntries(MAP_KEYS.map((k) => [k, v.camel])) };
  }
  if (kind === 'object') {
    const entries = Object.entries(inner as Record<string, unknown>).map(([k, t]) => [k, sample(t, k)] as const);
    return { snake: Object.fromEntries(entries.map(([k, v]) => [k, v.snake])), camel: Object.fromEntries(entries.map(([k, v]) => [camel(k), v.camel])) };
  }
  throw new Error(`type ${JSON.stringify(type)} not handled`);
}

/** Every settable argument and block of a schema block, in both namings. */
function fullArguments(block: SchemaBlock): { snake: Record<string, unknown>; camel: Record<string, unknown> } {
  const snake: Record<string, unknown> = {};
  const camelArgs: Record<string, unknown> = {};
  for (const [name, a] of Object.entries(block.attributes ?? {})) {
    if (!a.optional && !a.required) continue;
    let v: { snake: unknown; camel: unknown };
    if (a.nested_type) {
      const inner = fullArguments({ attributes: a.nested_type.attributes });
      v = a.nested_type.nesting_mode === 'single' ? inner : { snake: [inner.snake], camel: [inner.camel] };
    } else {
      v = sample(a.type, name);
    }
    snake[name] = v.snake;
    camelArgs[camel(name)] = v.camel;
  }
  for (const [name, b] of Object.entries(block.block_types ?? {})) {
    const inner = fullArguments(b.block);
    const single = b.nesting_mode === 'single' || b.max_items === 1;
    snake[name] = single ? inner.snake : [inner.snake];
    camelArgs[camel(name)] = single ? inner.camel : [inner.camel];
  }
  return { snake, camel: camelArgs };
}

/**
 * The map arguments and blocks of a schema block, as an {@link ArgumentShape}. Nested attributes (object-typed
 * arguments of plugin-framework providers) are renamed like blocks; they are listed when they hold a map.
 */
function schemaShape(block: SchemaBlock): ArgumentShape {
  const settable = Object.entries(block.attributes ?? {}).filter(([, a]) => a.optional || a.required);
  const maps = settable.filter(([, a]) => Array.isArray(a.type) && a.type[0] === 'map').map(([n]) => n);
  const nested = settable.filter(([, a]) => a.nested_type)
    .map(([n, a]) => [n, schemaShape({ attributes: a.nested_type!.attributes })] as const)
    .filter(([, shape]) => (shape.maps ?? []).length > 0 || Object.keys(shape.blocks ?? {}).length > 0);
  const blocks = Object.fromEntries([...Object.entries(block.block_types ?? {}).map(([n, b]) => [n, schemaShape(b.block)] as const), ...nested]);
  return normalizeShape({ maps, blocks });
}

/** A shape with its lists sorted and every level spelled out, for comparison. */
function normalizeShape(s: ArgumentShape): ArgumentShape {
  return {
    maps: [...(s.maps ?? [])].sort(),
    blocks: Object.fromEntries(Object.entries(s.blocks ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, normalizeShape(v)])),
  };
}

function resourceSchema(file: string, type: string): SchemaBlock {
  const schema = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'reference', 'terraform', file), 'utf8')) as {
    provider_schemas: Record<string, { resource_schemas: Record<string, { block: SchemaBlock }> }>;
  };
  return Object.values(schema.provider_schemas)[0].resource_schemas[type].block;
}

describeWithShared('lean resources against the provider schemas (../shared/reference/terraform)', () => {
  test.each(PAIRS.map((p) => [p.type, p] as const))('%s: every argument and block comes out as the generated binding writes it', (_type, pair) => {
    // GIVEN every settable argument and block of the schema, nested, with map keys a rename would spoil
    const full = fullArguments(resourceSchema(pair.schemaFile, pair.type));
    const config = (provider: TerraformProvider): Record<string, unknown> => ({ ...full.camel, provider });
    // WHEN the lean class and the generated binding synthesize it
    const lean = synthOne(pair, pair.lean, config);
    const generated = synthOne(pair, pair.generated, config);
    // THEN both write every argument in the provider's names, identically (so the binding's camelCase names are ours too)
    expect(generated).toEqual(full.snake);
    expect(lean).toEqual(generated);
  });

  test.each(PAIRS.map((p) => [p.type, p] as const))('%s: the shape lists exactly the schema\'s map arguments and blocks', (_type, pair) => {
    // GIVEN the shape a lean instance renames by, and the schema
    const stack = new TerraformStack(Testing.app(), 's');
    const instance = new pair.lean(stack, 'r', { provider: pair.provider(stack) } as never) as unknown as ProviderResource<TerraformMetaArguments>;
    // THEN map arguments (keys kept) and blocks (renamed inside) are the schema's, at every level
    expect(normalizeShape(instance.argumentShape)).toEqual(schemaShape(resourceSchema(pair.schemaFile, pair.type)));
  });
});

// ---- provider configurations ----

type ProviderCtor = new (scope: Construct, id: string, config: never) => TerraformProvider;

/** The provider block's JSON when built by `cls` from `config` (an alias included), in a fresh app. */
function synthProvider(name: string, cls: ProviderCtor, config: Record<string, unknown>): { block: unknown; required: unknown } {
  const stack = new TerraformStack(Testing.app(), 'stack');
  new cls(stack, 'p', config as never);
  const json = JSON.parse(Testing.synth(stack)) as { provider: Record<string, unknown[]>; terraform: { required_providers: Record<string, unknown> } };
  return { block: json.provider[name], required: json.terraform.required_providers[name] };
}

const PROVIDERS: [string, ProviderCtor, ProviderCtor, string | undefined][] = [
  ['kubernetes', KubernetesProviderBlock as unknown as ProviderCtor, KubernetesProvider as unknown as ProviderCtor, undefined],
  ['helm', HelmProviderBlock as unknown as ProviderCtor, HelmProvider as unknown as ProviderCtor, undefined],
  ['alicloud', AlicloudProviderBlock as unknown as ProviderCtor, AlicloudProvider as unknown as ProviderCtor, 'alicloud-1.283.0.schema.json'],
  ['vngcloud', VngcloudProviderBlock as unknown as ProviderCtor, VngcloudProvider as unknown as ProviderCtor, 'vngcloud-1.3.11.schema.json'],
  ['netbird', NetbirdProviderBlock as unknown as ProviderCtor, NetbirdProvider as unknown as ProviderCtor, 'netbird-0.0.10.schema.json'],
  ['cloudflare', CloudflareProviderBlock as unknown as ProviderCtor, CloudflareProvider as unknown as ProviderCtor, 'cloudflare-5.14.0-subset.schema.json'],
];

describe('lean provider configurations synthesize exactly what the generated bindings do', () => {
  test.each([
    ['kubernetes', { alias: 'mn', host: 'https://10.0.0.1:6443', clusterCaCertificate: '${var.ca}', clientCertificate: '${var.crt}', clientKey: '${var.key}', token: undefined }],
    ['kubernetes', { configPath: '~/.kube/config', configContext: 'kind-a', exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'aws', args: ['eks'], env: { AWS_PROFILE: 'x' } } }],
    ['helm', { alias: 'mn', kubernetes: { host: 'https://10.0.0.1:6443', clusterCaCertificate: '${var.ca}', token: '${var.t}' } }],
    ['helm', { kubernetes: { configPath: '~/.kube/config', configContext: 'kind-a' }, registries: [{ url: 'oci://r', username: 'u', password: '${var.p}' }] }],
    ['alicloud', { alias: 'cn_hongkong', region: 'cn-hongkong' }],
    ['vngcloud', { clientId: '${var.id}', clientSecret: '${var.secret}', tokenUrl: 'https://iam/token', vksBaseUrl: 'https://vks' }],
    ['netbird', { managementUrl: 'https://netbird.example.com', token: '${var.t}' }],
    ['cloudflare', { apiToken: '${var.cloudflare_api_token}' }],
  ] as [string, Record<string, unknown>][])('%s %j', (name, config) => {
    // GIVEN a configuration the library (or a user) writes
    const [, lean, generated] = PROVIDERS.find(([n]) => n === name)!;
    // WHEN each class synthesizes it
    // THEN the provider block and the required_providers entry are identical
    expect(synthProvider(name, lean, config)).toEqual(synthProvider(name, generated, config));
  });

  test('alias and configure', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const p = new AlicloudProviderBlock(stack, 'p', { region: 'cn-hongkong', alias: 'hk' });
    p.configure({ profile: 'ops' });
    expect(p.alias).toBe('hk');
    expect(p.region).toBe('cn-hongkong');
    expect(p.fqn).toBe('alicloud.hk');
    const json = JSON.parse(Testing.synth(stack)) as { provider: { alicloud: unknown[] } };
    expect(json.provider.alicloud).toEqual([{ alias: 'hk', region: 'cn-hongkong', profile: 'ops' }]);
  });
});

describeWithShared('lean provider configurations against the provider schemas', () => {
  test.each(PROVIDERS.filter(([, , , file]) => file !== undefined))('%s: every argument and block comes out as the generated binding writes it', (name, lean, generated, file) => {
    // GIVEN every argument of the provider's own schema (maps with keys cdktf renames for providers, as the binding does)
    const schema = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'reference', 'terraform', file!), 'utf8')) as {
      provider_schemas: Record<string, { provider: { block: SchemaBlock } }>;
    };
    const full = fullArguments(Object.values(schema.provider_schemas)[0].provider.block);
    // WHEN both classes synthesize it
    // THEN the JSON is identical
    expect(synthProvider(name, lean, full.camel)).toEqual(synthProvider(name, generated, full.camel));
  });
});

describe('checkProviderType', () => {
  test('refuses another provider where an alicloud one is needed, naming both', () => {
    // GIVEN a kubernetes provider passed as an alicloud provider
    const stack = new TerraformStack(Testing.app(), 's');
    const wrong = new KubernetesProviderBlock(stack, 'k8s', {});
    // THEN one problem, with the prop, what was given and what is valid
    expect(checkProviderType('alicloudProvider', wrong, 'alicloud')).toEqual([{
      code: 'PROVIDER_TYPE_MISMATCH', prop: 'alicloudProvider', value: "the 'kubernetes' provider configuration s/k8s",
      expected: "a provider configuration of 'alicloud', or nothing to use the stack's",
    }]);
    expect(checkProviderType('alicloudProvider', new AlicloudProvider(stack, 'ali', {}), 'alicloud')).toEqual([]);
    expect(checkProviderType('alicloudProvider', undefined, 'alicloud')).toEqual([]);
  });
});
