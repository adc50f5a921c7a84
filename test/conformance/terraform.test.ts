/**
 * The real terraform binary validating and planning stacks synthesized in-process, offline,
 * against the schema-only conformance providers (scripts/conformance). Each broken
 * configuration must fail with Terraform's own error text naming the offending argument.
 *
 * Skipped (with a note) when ../shared/reference/terraform or terraform itself is absent.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Fn, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { CloudflareProvider } from '@cdktf/provider-cloudflare/lib/provider';
import { LoadBalancerMonitor } from '@cdktf/provider-cloudflare/lib/load-balancer-monitor';
import { HelmProvider } from '@cdktf/provider-helm/lib/provider';
import { Release } from '@cdktf/provider-helm/lib/release';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { AlicloudProvider } from '../../.gen/providers/alicloud/provider';
import { Vpc } from '../../.gen/providers/alicloud/vpc';
import { Vswitch } from '../../.gen/providers/alicloud/vswitch';
import { DataAlicloudZones } from '../../.gen/providers/alicloud/data-alicloud-zones';
import { VngcloudProvider } from '../../.gen/providers/vngcloud/provider';
import { VserverNetwork } from '../../.gen/providers/vngcloud/vserver-network';
import { ClusterNetwork, GpuCluster } from '../../lib/gpu-cluster';
import { seedProps } from '../gpu-cluster/fixtures';
import { checkSynthDir, planStackJson, type StackResult } from '../../scripts/conformance/check';
import { availability, Harness } from '../../scripts/conformance/harness';

const ROOT = path.resolve(__dirname, '../..');
const SHARED = path.resolve(__dirname, '../../../shared');
const avail = fs.existsSync(SHARED) ? availability(ROOT) : { ok: false, reason: `${SHARED} is absent` };
if (!avail.ok) {
  console.log(`conformance tests skipped: ${avail.reason}`);
}
const describeTf: jest.Describe = avail.ok
  ? describe
  : (((name: string, fn: () => void) => describe.skip(`${name} (skipped: ${avail.reason})`, fn)) as unknown as jest.Describe);

// One outdir for every in-process app of this file (Testing.app() would leave a temp dir per
// stack); removed after the tests. Stacks are only synthesized in memory (Testing.synth).
let outdir: string | undefined;
afterAll(() => {
  if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
});

function newStack(id: string): TerraformStack {
  outdir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-test-'));
  return new TerraformStack(new App({ outdir, stackTraces: false }), id);
}

function synth(stack: TerraformStack): Record<string, unknown> {
  return JSON.parse(Testing.synth(stack)) as Record<string, unknown>;
}

function kubernetesStack(id: string): { stack: TerraformStack; ns: NamespaceV1 } {
  const stack = newStack(id);
  new KubernetesProvider(stack, 'kubernetes', { configPath: '~/.kube/config', configContext: 'demo' });
  const ns = new NamespaceV1(stack, 'ns', { metadata: { name: 'demo', labels: { team: 'gpu' } } });
  return { stack, ns };
}

function cloudflareStack(id: string): { stack: TerraformStack; monitor: LoadBalancerMonitor } {
  const stack = newStack(id);
  new CloudflareProvider(stack, 'cloudflare', { apiToken: 'token' });
  const monitor = new LoadBalancerMonitor(stack, 'monitor', {
    accountId: 'account',
    type: 'https',
    path: '/healthz',
    interval: 60,
    expectedCodes: '200',
    header: { Host: ['example.com'] },
  });
  return { stack, monitor };
}

/** All error lines of a result, for matching Terraform's messages. */
function errorText(r: StackResult): string {
  return r.errors.join('\n');
}

describeTf('conformance: terraform validate + plan offline', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await Harness.create({ root: ROOT });
  });

  afterAll(async () => {
    await harness?.close();
  });

  test('a good configuration over five providers validates and plans every resource as a create', async () => {
    const stack = newStack('good');
    new KubernetesProvider(stack, 'kubernetes', { configPath: '~/.kube/config' });
    new HelmProvider(stack, 'helm', { kubernetes: { configPath: '~/.kube/config', configContext: 'demo' } });
    new AlicloudProvider(stack, 'alicloud', { region: 'cn-hongkong' });
    new VngcloudProvider(stack, 'vngcloud', { clientId: 'id', clientSecret: 'secret' });
    new CloudflareProvider(stack, 'cloudflare', { apiToken: 'token' });
    const ns = new NamespaceV1(stack, 'ns', { metadata: { name: 'demo', labels: { team: 'gpu' } } });
    new Release(stack, 'release', {
      name: 'ingress-nginx',
      chart: 'ingress-nginx',
      repository: 'https://kubernetes.github.io/ingress-nginx',
      namespace: ns.metadata.name,
      set: [{ name: 'controller.replicaCount', value: '2' }],
      values: [JSON.stringify({ controller: { service: { type: 'LoadBalancer' } } })],
    });
    const zones = new DataAlicloudZones(stack, 'zones', { availableResourceCreation: 'VSwitch' });
    const vpc = new Vpc(stack, 'vpc', { vpcName: 'demo', cidrBlock: '10.0.0.0/8' });
    // A computed id (unknown at plan) and a data source result (placeholder) flow into arguments.
    new Vswitch(stack, 'vswitch', { vpcId: vpc.id, cidrBlock: '10.1.0.0/16', zoneId: Fn.element(zones.ids, 0) });
    new VserverNetwork(stack, 'network', { name: 'demo', cidr: '10.2.0.0/16', projectId: 'pro-1' });
    new LoadBalancerMonitor(stack, 'monitor', {
      accountId: 'account',
      type: 'https',
      path: '/healthz',
      header: { Host: ['example.com'] },
    });
    new TerraformOutput(stack, 'vpc_id', { value: vpc.id });

    const r = await planStackJson(synth(stack), { harness, name: 'good' });
    expect(errorText(r)).toBe('');
    expect(r).toMatchObject({ ok: true, resources: 6, creates: 6 });
  });

  test('a GpuCluster whose vswitch IDs are list variables validates and plans (Terraform for / for_each)', async () => {
    const stack = newStack('list-tokens');
    const ids = (name: string, values: string[]) => new TerraformVariable(stack, name, { type: 'list(string)', default: values }).listValue;
    new GpuCluster(stack, 'hk', seedProps({
      network: ClusterNetwork.existingVpc({
        vpcId: 'vpc-1',
        nodeVswitchIds: ids('node_vswitch_ids', ['vsw-a', 'vsw-b']),
        podVswitchIds: ids('pod_vswitch_ids', ['vsw-c', 'vsw-d']),
        podCidr: '10.0.128.0/17',
        natGateway: { vswitchId: 'vsw-a' },
      }),
    }));
    const r = await planStackJson(synth(stack), { harness, name: 'list-tokens' });
    expect(errorText(r)).toBe('');
    expect(r.ok).toBe(true);
  });

  test('an unknown argument fails validate naming it (JSON syntax: "Extraneous JSON object property")', async () => {
    const { stack, ns } = kubernetesStack('unknown-arg');
    ns.addOverride('wait_for_default_service_acount', true); // typo of wait_for_default_service_account
    const r = await planStackJson(synth(stack), { harness });
    expect(r).toMatchObject({ ok: false, failedAt: 'validate' });
    expect(errorText(r)).toMatch(
      /Extraneous JSON object property: No argument or block type is named "wait_for_default_service_acount"\. Did you mean "wait_for_default_service_account"\?/,
    );
  });

  test('a missing required argument fails validate with "Missing required argument" naming it', async () => {
    const { stack, monitor } = cloudflareStack('missing-arg');
    monitor.addOverride('account_id', undefined);
    const r = await planStackJson(synth(stack), { harness });
    expect(r).toMatchObject({ ok: false, failedAt: 'validate' });
    expect(errorText(r)).toMatch(/Missing required argument.*"account_id"/);
  });

  test('too many blocks for max_items 1 fails validate naming the block', async () => {
    const { stack, ns } = kubernetesStack('too-many-blocks');
    ns.addOverride('metadata', [{ name: 'a' }, { name: 'b' }]);
    const r = await planStackJson(synth(stack), { harness });
    expect(r).toMatchObject({ ok: false, failedAt: 'validate' });
    expect(errorText(r)).toMatch(/Too many metadata blocks/);
  });

  test('a block given as a plain value, or left out when required, fails naming the block', async () => {
    const asValue = kubernetesStack('block-as-value');
    asValue.ns.addOverride('metadata', 'demo');
    const r1 = await planStackJson(synth(asValue.stack), { harness });
    expect(r1).toMatchObject({ ok: false, failedAt: 'validate' });
    expect(errorText(r1)).toMatch(/Incorrect JSON value type: .*"metadata" blocks/);
    const missing = kubernetesStack('block-missing');
    missing.ns.addOverride('metadata', undefined);
    const r2 = await planStackJson(synth(missing.stack), { harness });
    expect(errorText(r2)).toMatch(/Insufficient metadata blocks: At least 1 "metadata" blocks are required/);
  });

  test('a string where a list of objects is required fails naming the attribute', async () => {
    const stack = newStack('wrong-type-list');
    new HelmProvider(stack, 'helm', { kubernetes: { configPath: '~/.kube/config' } });
    const release = new Release(stack, 'release', { name: 'x', chart: 'x' });
    release.addOverride('set', 'controller.replicaCount=2');
    const r = await planStackJson(synth(stack), { harness });
    expect(r.ok).toBe(false);
    expect(errorText(r)).toMatch(/Incorrect attribute value type.*"set".*list of object required/);
  });

  test('an object where a number is required fails naming the attribute', async () => {
    const { stack, monitor } = cloudflareStack('wrong-type-number');
    monitor.addOverride('interval', { seconds: 60 });
    const r = await planStackJson(synth(stack), { harness });
    expect(r.ok).toBe(false);
    expect(errorText(r)).toMatch(/Incorrect attribute value type.*"interval".*number required/);
  });

  test('an attribute written as a block fails naming it (provider block)', async () => {
    const stack = newStack('attr-as-block');
    new KubernetesProvider(stack, 'kubernetes', { configPath: '~/.kube/config' });
    new NamespaceV1(stack, 'ns', { metadata: { name: 'demo' } });
    // `exec` is a block of the kubernetes provider; `config_path` an attribute.
    stack.addOverride('provider.kubernetes.0.config_path', { path: '~/.kube/config' });
    const r = await planStackJson(synth(stack), { harness });
    expect(r.ok).toBe(false);
    expect(errorText(r)).toMatch(/"config_path".*string required/);
  });

  test('cross-stack references plan offline through a fake producer state', async () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-xstack-'));
    try {
      const app = new App({ outdir });
      const producer = new TerraformStack(app, 'producer');
      new AlicloudProvider(producer, 'alicloud', { region: 'cn-hongkong' });
      const vpc = new Vpc(producer, 'vpc', { vpcName: 'demo', cidrBlock: '10.0.0.0/8' });
      const consumer = new TerraformStack(app, 'consumer');
      new AlicloudProvider(consumer, 'alicloud', { region: 'cn-hongkong' });
      new Vswitch(consumer, 'vswitch', { vpcId: vpc.id, cidrBlock: '10.1.0.0/16', zoneId: 'cn-hongkong-b' });
      app.synth();
      const consumerJson = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks/consumer/cdk.tf.json'), 'utf8'));
      expect(Object.keys(consumerJson.data.terraform_remote_state)).toHaveLength(1);

      const results = await checkSynthDir(outdir, { harness, label: 'xstack' });
      expect(results.map((r) => [r.stack, r.ok, r.creates, r.errors.join('\n')])).toEqual([
        ['consumer', true, 1, ''],
        ['producer', true, 1, ''],
      ]);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

/** Processes whose command line mentions dir (Linux /proc; empty elsewhere). */
function processesUnder(dir: string): number[] {
  if (!fs.existsSync('/proc')) return [];
  const pids: number[] = [];
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      if (fs.readFileSync(`/proc/${e}/cmdline`, 'utf8').includes(dir)) pids.push(Number(e));
    } catch {
      /* gone */
    }
  }
  return pids;
}

describeTf('conformance: providers launched by terraform (go-plugin handshake, AutoMTLS)', () => {
  test('terraform starts the mirror executables, validates and plans, and every provider process exits', async () => {
    const harness = await Harness.create({ root: ROOT, mode: 'launch' });
    try {
      const { stack } = kubernetesStack('launched');
      const r = await planStackJson(synth(stack), { harness });
      expect(errorText(r)).toBe('');
      expect(r).toMatchObject({ ok: true, resources: 1, creates: 1 });
      // GRPCController.Shutdown ends each process by itself (go-plugin would otherwise kill it
      // after 2 s and log "plugin failed to exit gracefully").
      const again = await harness.runTerraform(['validate', '-no-color'], r.workDir, {
        ...harness.terraformEnv(),
        TF_LOG: 'debug',
      });
      expect(again.code).toBe(0);
      expect(again.stderr).toMatch(/using plugin: version=6/);
      expect(again.stderr).toMatch(/plugin process exited/);
      expect(again.stderr).not.toMatch(/failed to exit gracefully|plugin failed to exit/);
      expect(processesUnder(harness.tmp)).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});

