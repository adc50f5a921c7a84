import { TerraformStack, Testing } from 'cdktf';
import { GpuSharing, Secret } from '../../lib';
import { GpuInferenceService, GpuInferenceServiceProps } from '../../lib/gpu-workload';
import { GpuPlacement } from '../../lib/core/gpu';
import { CGPU_L20, clusterStack, EXCLUSIVE_A100, HAMI_A40, kokoro, validationError } from './fixtures';

function build(gpu = CGPU_L20, overrides: Partial<GpuInferenceServiceProps> = {}): TerraformStack {
  const { stack, cluster } = clusterStack({ gpu });
  new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, overrides));
  return stack;
}

/** Builds and synthesizes (validations included): how a check that reads the cluster's final node types fires. */
function buildAndSynth(gpu = CGPU_L20, overrides: Partial<GpuInferenceServiceProps> = {}): void {
  Testing.synth(build(gpu, overrides), true);
}

/** Asserts that synth fails with this problem (rules that read the cluster's final GPU node types run at synth). */
function expectSynthProblem(fn: () => void, code: string, prop: string, value: string, expected?: RegExp): void {
  let message = '';
  try {
    fn();
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).toContain(`[${code}] ${prop}: got ${value}`);
  if (expected) expect(message).toMatch(expected);
}

/** Asserts one problem with this code and prop, whose message names the value and `expected` text. */
function expectProblem(fn: () => void, code: string, prop: string, value: string, expected?: RegExp): void {
  const err = validationError(fn);
  const problem = err.problems.find((p) => p.code === code && p.prop === prop);
  expect(problem).toBeDefined();
  expect(err.message).toContain(`[${code}] ${prop}: got ${value}`);
  if (expected) expect(problem!.expected).toMatch(expected);
}

describe('GpuInferenceService validation: GPU stack', () => {
  test('throws when the cluster has no GPUs', () => {
    expectProblem(() => build({ sharing: GpuSharing.NONE, resourceNames: {} }), 'GPU_NONE', 'cluster', "'hk' (gpu.sharing NONE)",
      /CGPU, CGPU_CORE_MEM, SHARED, HAMI or EXCLUSIVE/);
  });

  test('throws when GPU memory exceeds every GPU the cluster offers, naming the instance type', () => {
    expectSynthProblem(() => buildAndSynth(CGPU_L20, { gpuMemoryGiB: 64 }), 'GPU_MEMORY_EXCEEDS_NODE', 'gpuMemoryGiB', '64',
      /at most 48 GiB.*ecs\.gn8is\.4xlarge \(L20 48 GiB\)/);
  });

  test('throws when GPU memory exceeds the GPUs of the requested model', () => {
    const gpu = { ...HAMI_A40, nodeTypes: [...HAMI_A40.nodeTypes!, { gpuModel: 'L4', gpuMemoryGiB: 24, instanceType: 'g-l4' }] };
    expectSynthProblem(() => buildAndSynth(gpu, { gpuType: 'L4', gpuMemoryGiB: 40 }), 'GPU_MEMORY_EXCEEDS_NODE', 'gpuMemoryGiB', '40', /at most 24 GiB.*model L4.*g-l4/);
    expect(() => buildAndSynth(gpu, { gpuType: 'A40', gpuMemoryGiB: 40 })).not.toThrow();
  });

  test('checks GPU memory against the node type on clusters with exclusive GPUs too', () => {
    expectSynthProblem(() => buildAndSynth(EXCLUSIVE_A100, { gpuMemoryGiB: 96 }), 'GPU_MEMORY_EXCEEDS_NODE', 'gpuMemoryGiB', '96', /a100x4 \(A100 80 GiB\)/);
  });

  test('throws when the GPU type is not offered by the cluster', () => {
    expectSynthProblem(() => buildAndSynth(HAMI_A40, { gpuType: 'H100' }), 'GPU_TYPE_NOT_OFFERED', 'gpuType', "'H100'", /A40/);
  });

  test('throws when a GPU type is given on a non-HAMi cluster that mixes models or does not list them', () => {
    const mixed = { ...CGPU_L20, nodeTypes: [...CGPU_L20.nodeTypes!, { gpuModel: 'A10', gpuMemoryGiB: 24 }] };
    expectSynthProblem(() => buildAndSynth(mixed, { gpuType: 'L20' }), 'GPU_TYPE_NEEDS_HAMI', 'gpuType', "'L20'", /mixes L20, A10/);
    expectSynthProblem(() => buildAndSynth({ ...CGPU_L20, nodeTypes: undefined }, { gpuType: 'L20' }), 'GPU_TYPE_NEEDS_HAMI', 'gpuType', "'L20'",
      /does not list its GPU node types/);
  });

  test('accepts a GPU type on a non-HAMi cluster when it is the only model there, and renders no annotation', () => {
    expect(() => build(CGPU_L20, { gpuType: 'L20' })).not.toThrow();
  });

  test('throws when HAMi-only settings are used on a cluster without HAMi', () => {
    const err = validationError(() => build(CGPU_L20, { gpuCoresPercent: 50, schedulerPolicy: GpuPlacement.BINPACK }));
    expect(err.problems.map((p) => [p.code, p.prop])).toEqual([['HAMI_ONLY', 'gpuCoresPercent'], ['HAMI_ONLY', 'schedulerPolicy']]);
    expect(err.message).toContain("[HAMI_ONLY] schedulerPolicy: got 'binpack'; leave it unset on this cgpu cluster");
  });

  test('throws when GPU annotations are set by hand instead of through typed props', () => {
    expectProblem(() => build(CGPU_L20, { podAnnotations: { 'nvidia.com/use-gputype': 'A40' } }), 'ANNOTATION_RESERVED',
      "podAnnotations['nvidia.com/use-gputype']", "'A40'", /gpuType/);
    expectProblem(() => build(HAMI_A40, { podAnnotations: { 'hami.io/gpu-scheduler-policy': 'spread' } }), 'ANNOTATION_RESERVED',
      "podAnnotations['hami.io/gpu-scheduler-policy']", "'spread'", /schedulerPolicy/);
  });

  test('throws when the GPU compute share is not a percentage', () => {
    expectProblem(() => build(HAMI_A40, { gpuCoresPercent: 150 }), 'GPU_CORES_INVALID', 'gpuCoresPercent', '150', /1 to 100/);
  });

  test('throws when cGPU memory is not a whole number of GiB, or HAMi memory not a whole number of MiB', () => {
    expectProblem(() => build(CGPU_L20, { gpuMemoryGiB: 2.5 }), 'GPU_MEMORY_INVALID', 'gpuMemoryGiB', '2.5', /whole number of GiB for aliyun.com\/gpu-mem/);
    expectProblem(() => build(HAMI_A40, { gpuMemoryGiB: 0.0001 }), 'GPU_MEMORY_INVALID', 'gpuMemoryGiB', '0.0001', /whole number of MiB/);
    expectProblem(() => build(HAMI_A40, { gpuMemoryGiB: 0 }), 'GPU_MEMORY_INVALID', 'gpuMemoryGiB', '0', /positive/);
  });

  test('throws when several GPUs are asked of a cGPU cluster without a GPU-count resource', () => {
    expectProblem(() => build(CGPU_L20, { gpuCount: 2 }), 'GPU_COUNT_UNSUPPORTED', 'gpuCount', '2', /aliyun.com\/gpu-mem/);
  });

  test('throws when more GPUs are asked than any node has', () => {
    expectSynthProblem(() => buildAndSynth(EXCLUSIVE_A100, { gpuCount: 8 }), 'GPU_COUNT_EXCEEDS_NODE', 'gpuCount', '8', /at most 4/);
    expectProblem(() => build(EXCLUSIVE_A100, { gpuCount: 0 }), 'GPU_COUNT_INVALID', 'gpuCount', '0', /1 to 16/);
  });
});

describe('GpuInferenceService validation: workload', () => {
  test('throws when the preStop sleep is not shorter than the grace period', () => {
    expectProblem(() => build(CGPU_L20, { preStopSleepSeconds: 10 }), 'PRESTOP_NOT_BELOW_GRACE', 'preStopSleepSeconds', '10',
      /less than terminationGracePeriodSeconds \(10\)/);
    expectProblem(() => build(CGPU_L20, { terminationGracePeriodSeconds: 5, preStopSleepSeconds: 8 }), 'PRESTOP_NOT_BELOW_GRACE',
      'preStopSleepSeconds', '8', /\(5\)/);
  });

  test('throws when the grace period is out of range', () => {
    expectProblem(() => build(CGPU_L20, { terminationGracePeriodSeconds: 0 }), 'GRACE_PERIOD_INVALID', 'terminationGracePeriodSeconds', '0', /1 to 300/);
  });

  test('throws on bad host names', () => {
    expectProblem(() => build(CGPU_L20, { hosts: ['Kokoro.Example.com'] }), 'HOST_INVALID', 'hosts[0]', "'Kokoro.Example.com'", /lower-case DNS name/);
    expectProblem(() => build(CGPU_L20, { hosts: ['ok.example.com', 'bad_host.example.com'] }), 'HOST_INVALID', 'hosts[1]', "'bad_host.example.com'");
    expectProblem(() => build(CGPU_L20, { hosts: ['203.0.113.7'] }), 'HOST_INVALID', 'hosts[0]', "'203.0.113.7'", /not an IP/);
    expectProblem(() => build(CGPU_L20, { hosts: ['a.example.com', 'a.example.com'] }), 'HOST_DUPLICATE', 'hosts[1]', "'a.example.com'");
    expectProblem(() => build(CGPU_L20, { hosts: [] }), 'HOSTS_EMPTY', 'hosts', '[]');
    expect(() => build(CGPU_L20, { hosts: ['*.ai.example.com'] })).not.toThrow();
  });

  test('throws when the port is out of range', () => {
    expectProblem(() => build(CGPU_L20, { port: 70000 }), 'PORT_INVALID', 'port', '70000', /1 to 65535/);
  });

  test('throws when replicas is not a whole number from 1 to 100', () => {
    expectProblem(() => build(CGPU_L20, { replicas: 0 }), 'REPLICAS_INVALID', 'replicas', '0', /1 to 100/);
    expectProblem(() => build(CGPU_L20, { replicas: 1.5 }), 'REPLICAS_INVALID', 'replicas', '1.5');
  });

  test('throws when the health path does not start with /', () => {
    expectProblem(() => build(CGPU_L20, { healthPath: 'health' }), 'HEALTH_PATH_INVALID', 'healthPath', "'health'", /starting with '\/'/);
  });

  test('throws when the health path is outside the ingress path', () => {
    expectProblem(() => build(CGPU_L20, { path: '/tts', healthPath: '/health' }), 'HEALTH_PATH_NOT_ROUTED', 'healthPath', "'/health'", /'\/tts'/);
    expect(() => build(CGPU_L20, { path: '/tts', healthPath: '/tts/health' })).not.toThrow();
  });

  test('throws when the image is not pinned', () => {
    expectProblem(() => build(CGPU_L20, { image: 'ghcr.io/remsky/kokoro-fastapi-gpu:latest' }), 'IMAGE_NOT_PINNED', 'image',
      "'ghcr.io/remsky/kokoro-fastapi-gpu:latest'", /allowLatestImage/);
    expectProblem(() => build(CGPU_L20, { image: 'ghcr.io/remsky/kokoro-fastapi-gpu' }), 'IMAGE_NOT_PINNED', 'image', "'ghcr.io/remsky/kokoro-fastapi-gpu'");
    // a registry port is not a tag
    expectProblem(() => build(CGPU_L20, { image: 'registry.local:5000/kokoro' }), 'IMAGE_NOT_PINNED', 'image', "'registry.local:5000/kokoro'");
  });

  test('accepts digests, and latest images when allowLatestImage is set', () => {
    expect(() => build(CGPU_L20, { image: `ghcr.io/remsky/kokoro-fastapi-gpu@sha256:${'a'.repeat(64)}` })).not.toThrow();
    expect(() => build(CGPU_L20, { image: 'registry.local:5000/kokoro:v1' })).not.toThrow();
    expect(() => build(CGPU_L20, { image: 'kokoro:latest', allowLatestImage: true })).not.toThrow();
    expectProblem(() => build(CGPU_L20, { image: 'kokoro@sha256:abc' }), 'IMAGE_INVALID', 'image', "'kokoro@sha256:abc'", /64 hex/);
  });

  test('throws when the scope is outside the cluster stack', () => {
    const { app, cluster } = clusterStack({ gpu: CGPU_L20 });
    const global = new TerraformStack(app, 'global');
    expectProblem(() => new GpuInferenceService(global, 'kokoro', kokoro(cluster)), 'PLACEMENT_OTHER_STACK', 'scope',
      "GpuInferenceService 'global/kokoro' in stack 'global'", /cluster 'hk', whose providers and state are in stack 'hk'.*Create it under the cluster/);
  });

  test('throws when the name is not an RFC 1035 label', () => {
    expectProblem(() => build(CGPU_L20, { name: '1kokoro' }), 'NAME_INVALID', 'name', "'1kokoro' (7 characters)", /starting with a letter/);
  });

  test('throws when an env name is invalid or set both plain and secret', () => {
    const { cluster } = clusterStack({ gpu: CGPU_L20 });
    const key = Secret.variable(cluster, 'key', 'k');
    expectProblem(() => new GpuInferenceService(cluster, 'kokoro', kokoro(cluster, { env: { KEY: 'x' }, secretEnv: { KEY: key } })),
      'ENV_DUPLICATE', "secretEnv['KEY']", "'KEY'");
    expectProblem(() => build(CGPU_L20, { env: { '1BAD': 'x' } }), 'ENV_NAME_INVALID', "env['1BAD']", "'1BAD'");
  });

  test('throws when a limit is below its request', () => {
    expectProblem(() => build(CGPU_L20, { memoryRequestMiB: 4096, memoryLimitMiB: 2048 }), 'LIMIT_BELOW_REQUEST', 'memoryLimitMiB', '2048', /4096 MiB/);
    expectProblem(() => build(CGPU_L20, { cpuLimitMillicores: 50 }), 'LIMIT_BELOW_REQUEST', 'cpuLimitMillicores', '50', /100 millicores/);
  });

  test('throws when a label would override the selector or is malformed', () => {
    expectProblem(() => build(CGPU_L20, { labels: { 'app.kubernetes.io/name': 'x' } }), 'LABEL_RESERVED', "labels['app.kubernetes.io/name']", "'x'");
    expectProblem(() => build(CGPU_L20, { labels: { team: 'speech team' } }), 'LABEL_INVALID', "labels['team']", "'speech team'");
  });

  test('throws when maxSurge is 0 (with maxUnavailable 0 a rollout could never progress)', () => {
    expectProblem(() => build(CGPU_L20, { maxSurge: 0 }), 'MAX_SURGE_INVALID', 'maxSurge', '0', /at least 1/);
  });

  test('reports every problem together', () => {
    const err = validationError(() => build(CGPU_L20, {
      image: 'kokoro', port: 0, replicas: 0, healthPath: 'health', hosts: ['Bad Host'],
      gpuMemoryGiB: 64, gpuCoresPercent: 10, preStopSleepSeconds: 30,
    }));
    expect(err.codes).toEqual([
      'IMAGE_NOT_PINNED', 'PORT_INVALID', 'REPLICAS_INVALID', 'HOST_INVALID', 'HEALTH_PATH_INVALID',
      'PRESTOP_NOT_BELOW_GRACE', 'HAMI_ONLY',
    ]);
    expect(err.message).toMatch(/7 invalid settings/);
    expect(err.where).toBe('hk/cluster/kokoro');
  });
});
