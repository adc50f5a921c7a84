import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { ExistingCluster, GpuMemoryUnit, GpuSharing, IngressAddressType, IngressNginx, Secret } from '../../lib';
import { GpuInferenceService } from '../../lib/gpu-workload';
import { GpuPlacement } from '../../lib/core/gpu';
import { onlyResource, StackJson, synthJson } from '../util/synth';
import { CGPU_L20, clusterStack, EXCLUSIVE_A100, HAMI_A40, kokoro, withReadiness } from './fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function podSpec(json: Json): Json {
  return onlyResource(json, 'kubernetes_deployment_v1').spec as Json;
}
function container(json: Json): Json {
  return podSpec(json).template.spec.container[0];
}

describe('GpuInferenceService on a cGPU cluster (Alibaba ACK)', () => {
  test('requests GPU memory in GiB through aliyun.com/gpu-mem, with no scheduler or runtime class', () => {
    // GIVEN an ACK-like cluster with L20 GPUs shared through cGPU
    const { stack, cluster } = clusterStack({ gpu: CGPU_L20, ingressClassName: 'alb', ingressAddressType: IngressAddressType.DOMAIN });
    // WHEN
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { gpuMemoryGiB: 3 }));
    const json = synthJson(stack);
    // THEN
    expect(container(json).resources).toEqual({
      limits: { 'aliyun.com/gpu-mem': '3' },
      requests: { cpu: '100m', memory: '1024Mi' },
    });
    const spec = podSpec(json).template.spec;
    expect(spec.scheduler_name).toBeUndefined();
    expect(spec.runtime_class_name).toBeUndefined();
    expect(podSpec(json).template.metadata.annotations).toBeUndefined();
  });

  test('uses the resource name the cluster publishes instead of the default', () => {
    const { stack, cluster } = clusterStack({
      gpu: { ...CGPU_L20, sharing: GpuSharing.CGPU_CORE_MEM, resourceNames: { memory: 'example.com/gpu-memory' } },
    });
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { gpuMemoryGiB: 8 }));
    expect(container(synthJson(stack)).resources.limits).toEqual({ 'example.com/gpu-memory': '8' });
  });

  test('falls back to defaultGpuResourceNames when the cluster publishes none', () => {
    const { stack, cluster } = clusterStack({ gpu: { sharing: GpuSharing.SHARED, resourceNames: {} } });
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { gpuMemoryGiB: 4 }));
    expect(container(synthJson(stack)).resources.limits).toEqual({ 'aliyun.com/gpu-mem': '4' });
  });

  test('exposes the ALB host name read back from the ingress status as endpoint and output', () => {
    const { stack, cluster } = clusterStack({ gpu: CGPU_L20, ingressClassName: 'alb', ingressAddressType: IngressAddressType.DOMAIN });
    const svc = new GpuInferenceService(cluster, 'kokoro', kokoro(cluster));
    new TerraformOutput(stack, 'probe', { value: svc.endpoint.address });
    const json = synthJson(stack);
    const ingressId = Object.keys(json.resource!.kubernetes_ingress_v1)[0];
    const expected = `\${kubernetes_ingress_v1.${ingressId}.status[0].load_balancer[0].ingress[0].hostname}`;
    expect(json.output!.hk_kokoro_ingress_address.value).toBe(expected);
    expect(json.output!.probe.value).toBe(expected);
    expect({ ...svc.endpoint, address: undefined, stack: undefined }).toEqual({
      name: 'hk',
      region: 'cn-hongkong',
      address: undefined,
      addressType: IngressAddressType.DOMAIN,
      hosts: ['kokoro.ai.example.com'],
      healthPath: '/health',
      port: 80,
      stack: undefined,
    });
    expect(svc.endpoint.stack).toBe(stack);
    expect(onlyResource(json, 'kubernetes_ingress_v1').spec).toMatchObject({ ingress_class_name: 'alb' });
  });
});

describe('GpuInferenceService on a HAMi cluster (VNG Cloud VKS)', () => {
  test('requests a vGPU and GPU memory in MiB, with the HAMi scheduler and the nvidia runtime class', () => {
    const { stack, cluster } = clusterStack({ gpu: HAMI_A40 });
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { gpuMemoryGiB: 5, gpuType: 'A40' }));
    const json = synthJson(stack);
    expect(container(json).resources.limits).toEqual({ 'hami.nvidia.com/gpu': '1', 'hami.nvidia.com/gpumem': '5120' });
    const template = podSpec(json).template;
    expect(template.spec.scheduler_name).toBe('hami-scheduler');
    expect(template.spec.runtime_class_name).toBe('nvidia');
    expect(template.metadata.annotations).toEqual({ 'nvidia.com/use-gputype': 'A40' });
  });

  test('renders a compute share and the scheduler policy', () => {
    const { stack, cluster } = clusterStack({ gpu: HAMI_A40 });
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, {
      gpuMemoryGiB: 4.5, gpuCoresPercent: 30, schedulerPolicy: GpuPlacement.SPREAD,
    }));
    const json = synthJson(stack);
    expect(container(json).resources.limits).toEqual({
      'hami.nvidia.com/gpu': '1', 'hami.nvidia.com/gpumem': '4608', 'hami.nvidia.com/gpucores': '30',
    });
    expect(podSpec(json).template.metadata.annotations).toEqual({ 'hami.io/gpu-scheduler-policy': 'spread' });
  });

  test('with HAMi default resource names (not renamed) requests nvidia.com/gpu and nvidia.com/gpumem', () => {
    const { stack, cluster } = clusterStack({ gpu: { sharing: GpuSharing.HAMI, resourceNames: {}, schedulerName: 'hami-scheduler' } });
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { gpuMemoryGiB: 2, gpuCount: 2 }));
    expect(container(synthJson(stack)).resources.limits).toEqual({ 'nvidia.com/gpu': '2', 'nvidia.com/gpumem': '2048' });
  });

  test('exposes the load balancer IP when the cluster ingress publishes IPs', () => {
    const { stack, cluster } = clusterStack({ gpu: HAMI_A40, ingressAddressType: IngressAddressType.IPV4 });
    const svc = new GpuInferenceService(cluster, 'kokoro', kokoro(cluster));
    new TerraformOutput(stack, 'probe', { value: svc.endpoint.address });
    expect(synthJson(stack).output!.probe.value).toMatch(/^\$\{kubernetes_ingress_v1\.[^.]+\.status\[0\]\.load_balancer\[0\]\.ingress\[0\]\.ip\}$/);
    expect(svc.endpoint.addressType).toBe(IngressAddressType.IPV4);
  });
});

describe('GpuInferenceService on a cluster with exclusive GPUs', () => {
  test('requests whole GPUs through nvidia.com/gpu and no memory resource', () => {
    const { stack, cluster } = clusterStack({ gpu: EXCLUSIVE_A100 });
    new GpuInferenceService(cluster, 'llm', kokoro(cluster, { gpuMemoryGiB: 70, gpuCount: 2 }));
    expect(container(synthJson(stack)).resources.limits).toEqual({ 'nvidia.com/gpu': '2' });
  });

  test('takes the GPU memory unit from the cluster, not the sharing mode, when a HAMi cluster uses GiB', () => {
    const { stack, cluster } = clusterStack({
      gpu: { ...HAMI_A40, resourceNames: { ...HAMI_A40.resourceNames, memoryUnit: GpuMemoryUnit.GIB } },
    });
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { gpuMemoryGiB: 6 }));
    expect(container(synthJson(stack)).resources.limits['hami.nvidia.com/gpumem']).toBe('6');
  });
});

describe('GpuInferenceService workload shape', () => {
  test('has the seed fast-failover defaults: readiness every 5 s, preStop sleep 5 s, grace 10 s, spread, maxUnavailable 0', () => {
    const { stack, cluster } = clusterStack({ gpu: CGPU_L20 });
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { replicas: 2 }));
    const json = synthJson(stack);
    const spec = podSpec(json);
    expect(spec.replicas).toBe('2');
    expect(spec.strategy).toEqual({ type: 'RollingUpdate', rolling_update: { max_unavailable: '0', max_surge: '1' } });
    expect(spec.template.spec.termination_grace_period_seconds).toBe(10);
    expect(container(json).lifecycle).toEqual({ pre_stop: [{ exec: { command: ['sleep', '5'] } }] });
    expect(container(json).readiness_probe).toEqual({
      http_get: { path: '/health', port: '8880', scheme: 'HTTP' },
      period_seconds: 5, failure_threshold: 2, timeout_seconds: 2, success_threshold: 1,
    });
    expect(spec.template.spec.topology_spread_constraint).toEqual([
      { max_skew: 1, topology_key: 'kubernetes.io/hostname', when_unsatisfiable: 'ScheduleAnyway', label_selector: [{ match_labels: { 'app.kubernetes.io/name': 'kokoro' } }] },
      { max_skew: 1, topology_key: 'topology.kubernetes.io/zone', when_unsatisfiable: 'ScheduleAnyway', label_selector: [{ match_labels: { 'app.kubernetes.io/name': 'kokoro' } }] },
    ]);
    const deployment = onlyResource(json, 'kubernetes_deployment_v1');
    expect(deployment.wait_for_rollout).toBe(true);
    expect(deployment.timeouts).toEqual({ create: '20m', update: '20m' });
  });

  test('preStopSleepSeconds 0 drops the hook; spreading can be switched off', () => {
    const { stack, cluster } = clusterStack({ gpu: CGPU_L20 });
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, {
      preStopSleepSeconds: 0, terminationGracePeriodSeconds: 5, spreadAcrossNodes: false, spreadAcrossZones: false,
    }));
    const json = synthJson(stack);
    expect(container(json).lifecycle).toBeUndefined();
    expect(podSpec(json).template.spec.topology_spread_constraint).toBeUndefined();
    expect(podSpec(json).template.spec.termination_grace_period_seconds).toBe(5);
  });

  test('a ClusterIP Service on the container port and an Ingress with one rule per host on the cluster ingress class', () => {
    const { stack, cluster } = clusterStack({ gpu: CGPU_L20, ingressClassName: 'alb' });
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, {
      hosts: ['kokoro.ai.example.com', 'tts.example.com'], ingressAnnotations: { 'alb.ingress.kubernetes.io/healthcheck-path': '/health' },
    }));
    const json = synthJson(stack);
    const service = onlyResource(json, 'kubernetes_service_v1') as Json;
    expect(service.spec).toEqual({
      type: 'ClusterIP',
      selector: { 'app.kubernetes.io/name': 'kokoro' },
      port: [{ name: 'http', port: 8880, target_port: 'http', protocol: 'TCP' }],
    });
    const serviceId = Object.keys(json.resource!.kubernetes_service_v1)[0];
    const ingress = onlyResource(json, 'kubernetes_ingress_v1') as Json;
    expect(ingress.wait_for_load_balancer).toBe(true);
    expect(ingress.metadata.annotations).toEqual({ 'alb.ingress.kubernetes.io/healthcheck-path': '/health' });
    expect(ingress.spec.ingress_class_name).toBe('alb');
    const backend = { service: { name: `\${kubernetes_service_v1.${serviceId}.metadata[0].name}`, port: { number: 8880 } } };
    expect(ingress.spec.rule).toEqual([
      { host: 'kokoro.ai.example.com', http: { path: [{ path: '/', path_type: 'Prefix', backend }] } },
      { host: 'tts.example.com', http: { path: [{ path: '/', path_type: 'Prefix', backend }] } },
    ]);
  });

  test('uses the cluster provider, waits for the cluster readiness, and lands in the cluster stack', () => {
    const { stack, cluster } = clusterStack({ gpu: CGPU_L20 });
    const nginx = new IngressNginx(cluster, 'nginx', { cluster });
    const ready = withReadiness(cluster, [nginx]);
    new GpuInferenceService(cluster, 'kokoro', kokoro(ready));
    const json = synthJson(stack);
    for (const type of ['kubernetes_deployment_v1', 'kubernetes_service_v1', 'kubernetes_ingress_v1']) {
      const r = onlyResource(json, type);
      expect(r.provider).toBe('kubernetes');
      expect(r.depends_on).toEqual([`helm_release.${Object.keys(json.resource!.helm_release)[0]}`]);
    }
  });

  test('uses an aliased provider when the cluster is the second one in its stack', () => {
    const { stack, cluster: first } = clusterStack({ gpu: CGPU_L20 });
    const second = new ExistingCluster(stack, 'second', {
      clusterName: 'hk-b', region: 'cn-hongkong', kubeContext: 'hk-b', podCidr: '10.52.0.0/16', serviceCidr: '10.53.0.0/16', gpu: HAMI_A40,
    });
    new GpuInferenceService(first, 'a', kokoro(first, { name: 'kokoro-a' }));
    new GpuInferenceService(second, 'b', kokoro(second, { name: 'kokoro-b' }));
    const json = synthJson(stack);
    const providers = Object.values(json.resource!.kubernetes_deployment_v1).map((d) => d.provider).sort();
    expect(providers).toEqual(['kubernetes', 'kubernetes.hk_b']);
    expect(Object.keys(json.output!).sort()).toEqual(['hk_b_kokoro_b_ingress_address', 'hk_kokoro_a_ingress_address']);
  });

  test('may be created anywhere inside the cluster stack', () => {
    const { stack, cluster } = clusterStack({ gpu: CGPU_L20 });
    const group = new Construct(stack, 'workloads');
    const svc = new GpuInferenceService(group, 'kokoro', kokoro(cluster));
    expect(TerraformStack.of(svc.deployment)).toBe(cluster.stack);
    expect(onlyResource(synthJson(stack), 'kubernetes_deployment_v1').metadata).toMatchObject({ name: 'kokoro', namespace: 'default' });
  });

  test('renders plain env, requests, limits, labels and pod annotations deterministically', () => {
    const { stack, cluster } = clusterStack({ gpu: CGPU_L20 });
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, {
      name: 'kokoro-tts', namespace: 'ai', command: ['python'], args: ['-m', 'api'],
      env: { Z_LAST: '1', A_FIRST: '2' },
      cpuRequestMillicores: 500, cpuLimitMillicores: 2000, memoryRequestMiB: 2048, memoryLimitMiB: 5120,
      labels: { team: 'speech' }, podAnnotations: { 'prometheus.io/scrape': 'true' },
    }));
    const json = synthJson(stack);
    const c = container(json);
    expect(c.name).toBe('kokoro-tts');
    expect(c.command).toEqual(['python']);
    expect(c.args).toEqual(['-m', 'api']);
    expect(c.env).toEqual([{ name: 'A_FIRST', value: '2' }, { name: 'Z_LAST', value: '1' }]);
    expect(c.resources).toEqual({
      limits: { 'aliyun.com/gpu-mem': '3', cpu: '2000m', memory: '5120Mi' },
      requests: { cpu: '500m', memory: '2048Mi' },
    });
    const deployment = onlyResource(json, 'kubernetes_deployment_v1') as Json;
    expect(deployment.metadata).toEqual({
      name: 'kokoro-tts', namespace: 'ai',
      labels: { 'app.kubernetes.io/managed-by': 'cdktf-multiregion', 'app.kubernetes.io/name': 'kokoro-tts', team: 'speech' },
    });
    expect(deployment.spec.selector).toEqual({ match_labels: { 'app.kubernetes.io/name': 'kokoro-tts' } });
    expect(deployment.spec.template.metadata.annotations).toEqual({ 'prometheus.io/scrape': 'true' });
  });

  test('secret env goes through a kubernetes_secret_v1 fed by a sensitive variable, never a literal', () => {
    const { stack, cluster } = clusterStack({ gpu: CGPU_L20 });
    const apiKey = Secret.variable(cluster, 'kokoro_api_key', 'API key Kokoro checks on requests');
    const svc = new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { secretEnv: { API_KEY: apiKey } }));
    const json = synthJson(stack);
    const secret = onlyResource(json, 'kubernetes_secret_v1') as Json;
    expect(secret.data).toEqual({ API_KEY: '${var.kokoro_api_key}' });
    expect(secret.metadata.name).toBe('kokoro-env');
    expect(json.variable!.kokoro_api_key).toMatchObject({ sensitive: true });
    const secretId = Object.keys(json.resource!.kubernetes_secret_v1)[0];
    expect(container(json).env).toEqual([
      { name: 'API_KEY', value_from: { secret_key_ref: { name: `\${kubernetes_secret_v1.${secretId}.metadata[0].name}`, key: 'API_KEY' } } },
    ]);
    // pods roll when the value changes: a hash computed by Terraform, not at synth
    expect(podSpec(json).template.metadata.annotations).toEqual({
      'cdktf-multiregion.io/secret-env-sha256': '${sha256(jsonencode({"API_KEY" = var.kokoro_api_key}))}',
    });
    expect(svc.envSecret).toBeDefined();
  });

  test('skips checks on values that are only known at apply time', () => {
    const { stack, cluster } = clusterStack({ gpu: CGPU_L20 });
    const host = new TerraformVariable(stack, 'host', { type: 'string' });
    const image = new TerraformVariable(stack, 'image', { type: 'string' });
    new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { hosts: [host.stringValue], image: image.stringValue }));
    const json = synthJson(stack);
    expect(container(json).image).toBe('${var.image}');
    expect((onlyResource(json, 'kubernetes_ingress_v1') as Json).spec.rule[0].host).toBe('${var.host}');
  });

  test('the endpoint address crosses into another stack (a global traffic-manager stack) as a remote-state output', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'gpu-workload-xstack-'));
    try {
      const { app, cluster } = clusterStack({ gpu: CGPU_L20, ingressAddressType: IngressAddressType.DOMAIN, outdir });
      const svc = new GpuInferenceService(cluster, 'kokoro', kokoro(cluster));
      const global = new TerraformStack(app, 'global');
      new TerraformOutput(global, 'kokoro_hk', { value: svc.endpoint.address });
      app.synth();
      const read = (name: string): StackJson => JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
      const hk = read('hk');
      const crossOutput = Object.keys(hk.output!).find((k) => k.startsWith('cross-stack-output-'));
      expect(crossOutput).toMatch(/hostname$/);
      expect(read('global').output!.kokoro_hk.value).toBe(`\${data.terraform_remote_state.cross-stack-reference-input-hk.outputs.${crossOutput}}`);
      expect(hk.output!.hk_kokoro_ingress_address).toBeDefined();
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
