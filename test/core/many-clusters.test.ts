import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import {
  CertManager, ClusterManifest, ClusterMember, ExistingCluster, GpuSharing, HelmAddOn, ICluster, IngressNginx, MultiClusterConstruct,
  Secret,
} from '../../lib';
import { GpuCluster } from '../../lib/gpu-cluster';
import { GpuInferenceService } from '../../lib/gpu-workload';
import { seedProps } from '../gpu-cluster/fixtures';
import { kokoro, validationError } from '../gpu-workload/fixtures';
import { helmRelease, synthJson } from '../util/synth';

function existing(scope: Construct, name: string, podCidr = '10.42.0.0/16', serviceCidr = '10.43.0.0/16'): ExistingCluster {
  return new ExistingCluster(scope, 'cluster', { clusterName: name, region: name, kubeContext: name, podCidr, serviceCidr });
}

/** Error message of synth (validations included), or '' when it succeeds. */
function synthError(stack: TerraformStack): string {
  try {
    Testing.synth(stack, true);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

const chart = { chart: 'demo', repository: 'https://charts.example.com', version: '1.0.0' };

describe('placement: an in-cluster construct lives in its cluster\'s stack', () => {
  test('throws when a HelmAddOn is created in another stack than its cluster', () => {
    // GIVEN a cluster in stack fsn1 and a management stack
    const app = new App();
    const fsn1 = existing(new TerraformStack(app, 'fsn1'), 'fsn1');
    const mgmt = new TerraformStack(app, 'mgmt');
    // WHEN an add-on for fsn1 is created in mgmt THEN it is refused, naming both stacks and the fix
    const err = validationError(() => new HelmAddOn(mgmt, 'demo', { cluster: fsn1, chart }));
    expect(err.codes).toEqual(['PLACEMENT_OTHER_STACK']);
    expect(err.message).toContain("HelmAddOn 'mgmt/demo' in stack 'mgmt'");
    expect(err.message).toContain("cluster 'fsn1', whose providers and state are in stack 'fsn1'");
    expect(err.message).toMatch(/Create it under the cluster/);
  });

  test.each<[string, (scope: Construct, cluster: ICluster) => unknown]>([
    ['IngressNginx', (scope, cluster) => new IngressNginx(scope, 'x', { cluster })],
    ['CertManager', (scope, cluster) => new CertManager(scope, 'x', { cluster })],
    ['ClusterManifest', (scope, cluster) => new ClusterManifest(scope, 'x', {
      cluster, manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } },
    })],
    ['GpuInferenceService', (scope, cluster) => new GpuInferenceService(scope, 'x', kokoro(cluster))],
  ])('throws for %s created in another stack', (_name, make) => {
    const app = new App();
    const fsn1 = new ExistingCluster(new TerraformStack(app, 'fsn1'), 'cluster', {
      clusterName: 'fsn1', region: 'fsn1', kubeContext: 'fsn1', podCidr: '10.42.0.0/16', serviceCidr: '10.43.0.0/16',
      gpu: { sharing: GpuSharing.CGPU, resourceNames: {} },
    });
    const mgmt = new TerraformStack(app, 'mgmt');
    expect(validationError(() => make(mgmt, fsn1)).codes).toEqual(['PLACEMENT_OTHER_STACK']);
  });

  test('addHelmChart and addManifest create children under the cluster, in its stack', () => {
    const app = new App();
    const stack = new TerraformStack(app, 'fsn1');
    const fsn1 = existing(stack, 'fsn1');
    const addOn = fsn1.addHelmChart('demo', { chart });
    const cm = fsn1.addManifest('cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm', namespace: 'default' } }, { requires: [addOn] });
    expect(addOn.node.scope).toBe(fsn1);
    expect(cm.node.scope).toBe(fsn1);
    expect(helmRelease(synthJson(stack), 'demo').provider).toBe('helm');
  });

  test('CertManager.of returns one shared release per cluster', () => {
    const fsn1 = existing(new TerraformStack(new App(), 'fsn1'), 'fsn1');
    expect(CertManager.of(fsn1)).toBe(CertManager.of(fsn1));
    expect(CertManager.of(fsn1).node.scope).toBe(fsn1);
  });
});

describe('construction order does not matter', () => {
  function build(serviceFirst: boolean): string {
    const app = new App();
    const stack = new TerraformStack(app, 'hk');
    const cluster = new GpuCluster(stack, 'hk', seedProps({ gpuNodePools: [] }));
    const service = () => new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { gpuMemoryGiB: 40 }));
    const pools = () => {
      cluster.addGpuNodePool({ name: 'l20', instanceTypes: ['ecs.gn8is.4xlarge'] });
      cluster.addGpuNodePool({ name: 'l20b', instanceTypes: ['ecs.gn8is.4xlarge'] });
    };
    if (serviceFirst) {
      service();
      pools();
    } else {
      pools();
      service();
    }
    return Testing.synth(stack, true);
  }

  test('GIVEN a GPU service created before its cluster\'s GPU pools THEN it is accepted and the JSON equals the other order', () => {
    const before = build(true);
    expect(before).toEqual(build(false));
    const deployment = JSON.parse(before).resource.kubernetes_deployment_v1;
    const dependsOn = (Object.values(deployment)[0] as { depends_on: string[] }).depends_on;
    // waits for both pools, including the second one added after the service
    expect(dependsOn.filter((d) => d.startsWith('alicloud_cs_kubernetes_node_pool.'))).toHaveLength(3);
  });

  test('checks that read the final node types run at synth: a service asking more GPU memory than any pool offers', () => {
    const stack = new TerraformStack(new App(), 'hk');
    const cluster = new GpuCluster(stack, 'hk', seedProps({ gpuNodePools: [] }));
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { gpuMemoryGiB: 64 }));
    cluster.addGpuNodePool({ name: 'l20', instanceTypes: ['ecs.gn8is.4xlarge'] });
    expect(synthError(stack)).toContain('[GPU_MEMORY_EXCEEDS_NODE] gpuMemoryGiB: got 64; at most 48 GiB');
  });

  test('a GPU service on a GPU cluster that never gets a GPU pool fails at synth with GPU_NO_NODES', () => {
    const stack = new TerraformStack(new App(), 'hk');
    const cluster = new GpuCluster(stack, 'hk', seedProps({ gpuNodePools: [] }));
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster));
    expect(synthError(stack)).toContain("[GPU_NO_NODES] cluster: got 'hk-ack' (gpu.sharing cgpu, no GPU node pool)");
  });
});

describe('checks across the clusters of an app', () => {
  test('two clusters with the same clusterName are refused at synth, in one stack or two', () => {
    const app = new App();
    const stack = new TerraformStack(app, 'one');
    existing(stack, 'fsn1');
    new ExistingCluster(stack, 'other', { clusterName: 'fsn1', region: 'x', kubeContext: 'b', podCidr: '10.52.0.0/16', serviceCidr: '10.53.0.0/16' });
    expect(synthError(stack)).toContain("[CLUSTER_NAME_DUPLICATE] clusterName: got 'fsn1'; a name no other cluster of the app uses; 'one/other'");

    const app2 = new App();
    const a = new TerraformStack(app2, 'a');
    existing(a, 'same');
    existing(new TerraformStack(app2, 'b'), 'same', '10.52.0.0/16', '10.53.0.0/16');
    expect(synthError(a)).toContain("'b/cluster' (stack 'b') has it too");
  });

  test('overlapping CIDRs between clusters no construct joins are a synth warning naming both and a free range', () => {
    const app = new App();
    const a = new TerraformStack(app, 'a');
    existing(a, 'a');
    existing(new TerraformStack(app, 'b'), 'b');
    Testing.synth(a, true);
    const warnings = a.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings.some((w) => w.includes("[CLUSTER_CIDR_OVERLAP] podCidr: got '10.42.0.0/16' (cluster 'a'); it overlaps podCidr '10.42.0.0/16' of cluster 'b'")
      && w.includes("e.g. '10.0.0.0/16' is free in this app"))).toBe(true);
  });

  test('overlapping CIDRs between clusters a multi-cluster construct joins are an error with a free range', () => {
    const app = new App();
    const a = existing(new TerraformStack(app, 'a'), 'a');
    const b = existing(new TerraformStack(app, 'b'), 'b');
    new Demo(app, 'demo', { members: [{ cluster: a }, { cluster: b }] });
    const message = synthError(a.stack);
    expect(message).toContain("[MEMBER_CIDR_OVERLAP] members[0].cluster.podCidr: got '10.42.0.0/16' (cluster 'a'); it overlaps podCidr '10.42.0.0/16' of cluster 'b'");
    expect(message).toContain("'10.0.0.0/16' is free in this app");
  });
});

describe('tokens where names are needed', () => {
  test('a clusterName from a Terraform variable names the kubeconfig variable after the construct id, not a token counter', () => {
    const app = new App();
    const stack = new TerraformStack(app, 'fsn1');
    const name = new TerraformVariable(stack, 'cluster_name', { type: 'string' }).stringValue;
    new ExistingCluster(stack, 'edge', { clusterName: name, region: 'fsn1', kubeContext: 'edge', podCidr: '10.42.0.0/16', serviceCidr: '10.43.0.0/16' });
    const json = synthJson(stack);
    expect(Object.keys(json.variable!)).toEqual(expect.arrayContaining(['edge_kubeconfig_path']));
    expect(Object.keys(json.variable!).some((k) => k.includes('token'))).toBe(false);
    expect(json.variable!.edge_kubeconfig_path.description).toBe('Path of the kubeconfig file that reaches cluster edge (context edge).');
  });
});

describe('secrets cannot slip through as plain strings', () => {
  test('a plain string in sensitiveValues is refused without echoing it', () => {
    const fsn1 = existing(new TerraformStack(new App(), 'fsn1'), 'fsn1');
    const err = validationError(() => new HelmAddOn(fsn1, 'demo', {
      cluster: fsn1, chart, sensitiveValues: { 'auth.password': 'hunter2' as unknown as Secret },
    }));
    expect(err.codes).toEqual(['SECRET_REQUIRED']);
    expect(err.message).toContain('sensitiveValues.auth.password: got <a plain string, not shown>');
    expect(err.message).not.toContain('hunter2');
  });

  test('a plain string in a GPU service\'s secretEnv is refused without echoing it', () => {
    const stack = new TerraformStack(new App(), 'hk');
    const cluster = new ExistingCluster(stack, 'c', {
      clusterName: 'hk', region: 'hk', kubeContext: 'hk', podCidr: '10.42.0.0/16', serviceCidr: '10.43.0.0/16',
      gpu: { sharing: GpuSharing.CGPU, resourceNames: {} },
    });
    const err = validationError(() => new GpuInferenceService(cluster, 'k', kokoro(cluster, { secretEnv: { API_KEY: 's3cret' as unknown as Secret } })));
    expect(err.codes).toContain('SECRET_REQUIRED');
    expect(err.message).not.toContain('s3cret');
  });
});

/** A minimal multi-cluster construct: one ConfigMap per member, each naming its peers. */
interface DemoMember extends ClusterMember {
  readonly label?: string;
}
class Demo extends MultiClusterConstruct<DemoMember, Construct> {
  constructor(scope: Construct, id: string, props: { members: DemoMember[]; hubs?: ICluster[] }) {
    super(scope, id, props.members, { hubs: props.hubs });
    this.createMemberParts((m, _i, scope2, partId) => {
      const part = new Construct(scope2, partId);
      m.cluster.addManifest(`${partId}-peers`, {
        apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'peers', namespace: 'default' },
        data: { peers: this.clusters.filter((c) => c !== m.cluster).map((c) => c.clusterName).join(',') },
      });
      return part;
    });
  }

  protected crossMemberProblems() {
    return this.sameEverywhere('label', (m) => m.label);
  }
}

describe('MultiClusterConstruct', () => {
  function threeClusters(app: App) {
    return {
      mn: existing(new TerraformStack(app, 'mn'), 'mn', '10.42.0.0/16', '10.43.0.0/16'),
      fsn1: existing(new TerraformStack(app, 'fsn1'), 'fsn1', '10.52.0.0/16', '10.53.0.0/16'),
      mgmt: existing(new TerraformStack(app, 'mgmt'), 'mgmt', '10.62.0.0/16', '10.63.0.0/16'),
    };
  }

  test('each member\'s part and resources land in that member\'s stack, and no member stack depends on another', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'mc-'));
    const app = new App({ outdir });
    const { mn, fsn1, mgmt } = threeClusters(app);
    const demo = new Demo(app, 'demo', { members: [{ cluster: mn }, { cluster: fsn1 }, { cluster: mgmt }] });
    expect(demo.member(fsn1).node.scope).toBe(fsn1);
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    for (const name of ['mn', 'fsn1', 'mgmt']) {
      expect(manifest.stacks[name].dependencies).toEqual([]);
      const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
      expect(Object.keys(json.resource.helm_release)).toHaveLength(1);
    }
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('throws when fewer than two members or a cluster twice, all problems together', () => {
    const app = new App();
    const { mn } = threeClusters(app);
    expect(validationError(() => new Demo(app, 'demo', { members: [{ cluster: mn }, { cluster: mn }] })).codes).toEqual(['MEMBER_DUPLICATE']);
    expect(validationError(() => new Demo(app, 'd2', { members: [{ cluster: mn }] })).codes).toEqual(['MEMBERS_TOO_FEW']);
  });

  test('member() of a cluster that is not a member names the members', () => {
    const app = new App();
    const { mn, fsn1, mgmt } = threeClusters(app);
    const demo = new Demo(app, 'demo', { members: [{ cluster: mn }, { cluster: fsn1 }] });
    expect(() => demo.member(mgmt)).toThrow(/\[NOT_A_MEMBER\] cluster: got 'mgmt'; one of the members: mn, fsn1/);
  });

  test('a setting that must be the same everywhere is checked at synth', () => {
    const app = new App();
    const { mn, fsn1 } = threeClusters(app);
    new Demo(app, 'demo', { members: [{ cluster: mn, label: 'a' }, { cluster: fsn1, label: 'b' }] });
    expect(synthError(mn.stack)).toContain("[MEMBER_SETTING_DIFFERS] members[1].label: got 'b' (cluster 'fsn1'); the same label in every member: 'a' in cluster 'mn'");
  });

  test('a member stack that reads another member\'s value is refused at synth (MEMBER_STACK_DEPENDENCY)', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'mc-'));
    const app = new App({ outdir });
    const { mn, fsn1 } = threeClusters(app);
    new Demo(app, 'demo', { members: [{ cluster: mn }, { cluster: fsn1 }] });
    // fsn1's stack reads an attribute of a resource in mn's stack: a cross-stack reference
    const mnRelease = mn.addHelmChart('x', { chart });
    new TerraformOutput(fsn1.stack, 'leak', { value: mnRelease.resource.status });
    expect(() => app.synth()).toThrow(/\[MEMBER_STACK_DEPENDENCY\] members: got stack 'fsn1' \(cluster 'fsn1'\) depends on stack 'mn'/);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('a hub may read members one way', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'mc-'));
    const app = new App({ outdir });
    const { mn, fsn1, mgmt } = threeClusters(app);
    new Demo(app, 'demo', { members: [{ cluster: mn }, { cluster: fsn1 }, { cluster: mgmt }], hubs: [mgmt] });
    new TerraformOutput(mgmt.stack, 'reads', { value: mn.addHelmChart('x', { chart }).resource.status });
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks.mgmt.dependencies).toEqual(['mn']);
    expect(manifest.stacks.mn.dependencies).toEqual([]);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('sharedSecret declares the same sensitive variable in every member stack', () => {
    const app = new App();
    const { mn, fsn1 } = threeClusters(app);
    class WithSecret extends Demo {
      public secrets() {
        return this.clusters.map((c) => this.sharedSecret(c, 'demo_password', 'Shared password.'));
      }
    }
    const d = new WithSecret(app, 'demo', { members: [{ cluster: mn }, { cluster: fsn1 }] });
    expect(d.secrets().map((s) => s.variableName)).toEqual(['demo_password', 'demo_password']);
    expect(synthJson(mn.stack).variable!.demo_password).toMatchObject({ sensitive: true });
    expect(synthJson(fsn1.stack).variable!.demo_password).toMatchObject({ sensitive: true });
  });
});

describe('late dependencies', () => {
  test('addDependency on an add-on whose depends_on is read at synth keeps both, without duplicates', () => {
    const stack = new TerraformStack(new App(), 'fsn1');
    const fsn1 = existing(stack, 'fsn1');
    const first = fsn1.addHelmChart('first', { chart });
    const second = fsn1.addHelmChart('second', { chart: { ...chart, chart: 'other' } });
    const waits = fsn1.addHelmChart('waits', { chart: { ...chart, chart: 'waits' }, dependsOn: [first] });
    waits.addLateDependency(() => [first, second]);
    waits.addDependency(second);
    const dependsOn = helmRelease(synthJson(stack), 'waits').depends_on as string[];
    expect(dependsOn).toHaveLength(2);
    expect(dependsOn[0]).toMatch(/^helm_release\.cluster_first_release_/);
    expect(dependsOn[1]).toMatch(/^helm_release\.cluster_second_release_/);
  });
});
