import { GpuPlacement } from '../../lib';
import { validationCodes as codes } from '../util/validation';
import { hcmCluster, Tree } from '../util/hcm';
import { NvidiaGpuOperator } from '../../lib/addons/gpu-operator';
import { TaintEffect } from '../../lib/core/scheduling';
import { Hami } from '../../lib/addons/hami';
import { chartDefaults, unknownValueKeys } from '../util/chart-values';
import { describeWithShared, helmRelease, helmValues, synthJson } from '../util/synth';

const setup = hcmCluster;

describe('NvidiaGpuOperator', () => {
  test('pins v25.10.0 from NGC with CDI off and driver, toolkit and device plugin on (the seed)', () => {
    const { stack, cluster } = setup();
    new NvidiaGpuOperator(stack, 'op', { cluster });
    const release = helmRelease(synthJson(stack), 'gpu-operator');
    expect(release).toMatchObject({ repository: 'https://helm.ngc.nvidia.com/nvidia', version: 'v25.10.0', namespace: 'gpu-operator' });
    const values = helmValues(release) as unknown as Tree;
    expect(values.cdi).toEqual({ enabled: false });
    expect(values.driver).toEqual({ enabled: true });
    expect(values.toolkit).toEqual({ enabled: true });
    expect(values.devicePlugin).toEqual({ enabled: true });
    expect(values.operator.runtimeClass).toBe('nvidia');
  });

  test('keeps the chart\'s nvidia.com/gpu toleration when more are added', () => {
    const { stack, cluster } = setup();
    new NvidiaGpuOperator(stack, 'op', { cluster, driverEnabled: false, tolerations: [{ key: 'dedicated', value: 'gpu', effect: TaintEffect.NO_EXECUTE }] });
    const values = helmValues(helmRelease(synthJson(stack), 'gpu-operator')) as Tree;
    expect(values.driver.enabled).toBe(false);
    expect(values.daemonsets.tolerations).toEqual([
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoExecute' },
    ]);
  });

  test('throws when a toleration key is not a label key', () => {
    const { stack, cluster } = setup();
    expect(() => new NvidiaGpuOperator(stack, 'op', { cluster, tolerations: [{ key: 'bad key!' }] }))
      .toThrow(/\[TOLERATION_KEY\] tolerations\[0\]\.key: got 'bad key!'/);
  });
});

describe('Hami', () => {
  test('renames resources to hami.nvidia.com/*, uses the nvidia runtime class and the gpu=on selector, after the operator', () => {
    const { stack, cluster } = setup();
    const op = new NvidiaGpuOperator(stack, 'op', { cluster });
    const hami = new Hami(stack, 'hami', { cluster, gpuOperator: op });
    const json = synthJson(stack);
    const release = helmRelease(json, 'hami');
    expect(release).toMatchObject({ repository: 'https://project-hami.github.io/HAMi/', version: '2.7.1', namespace: 'kube-system', create_namespace: false });
    expect(release.depends_on).toEqual([`helm_release.${Object.keys(json.resource!.helm_release).find((k) => k.includes('op_release'))}`]);
    const values = helmValues(release) as unknown as Tree;
    expect(values).toMatchObject({
      resourceName: 'hami.nvidia.com/gpu',
      resourceMem: 'hami.nvidia.com/gpumem',
      resourceMemPercentage: 'hami.nvidia.com/gpumem-percentage',
      resourceCores: 'hami.nvidia.com/gpucores',
      resourcePriority: 'hami.nvidia.com/priority',
      schedulerName: 'hami-scheduler',
    });
    expect(values.devicePlugin).toMatchObject({ runtimeClassName: 'nvidia', createRuntimeClass: false, nvidianodeSelector: { gpu: 'on' } });
    expect(hami.capabilities([{ gpuModel: 'A40', gpuMemoryGiB: 48 }])).toEqual({
      sharing: 'hami',
      resourceNames: { count: 'hami.nvidia.com/gpu', memory: 'hami.nvidia.com/gpumem', memoryUnit: 'MiB', cores: 'hami.nvidia.com/gpucores' },
      schedulerName: 'hami-scheduler',
      runtimeClassName: 'nvidia',
      nodeTypes: [{ gpuModel: 'A40', gpuMemoryGiB: 48 }],
    });
  });

  test('creates its own runtime class only when no GPU Operator provides one', () => {
    const { stack, cluster } = setup();
    new Hami(stack, 'hami', { cluster, gpuSchedulerPolicy: GpuPlacement.BINPACK });
    const values = helmValues(helmRelease(synthJson(stack), 'hami')) as Tree;
    expect(values.devicePlugin.createRuntimeClass).toBe(true);
    expect(values.scheduler.defaultSchedulerPolicy.gpuSchedulerPolicy).toBe('binpack');
  });

  test('throws when HAMi would advertise nvidia.com/gpu next to the operator\'s device plugin', () => {
    const { stack, cluster } = setup();
    const op = new NvidiaGpuOperator(stack, 'op', { cluster });
    expect(() => new Hami(stack, 'hami', { cluster, gpuOperator: op, resourceNames: { count: 'nvidia.com/gpu' } }))
      .toThrow(/\[HAMI_RESOURCE_CLASH\] resourceNames\.count: got 'nvidia\.com\/gpu'/);
  });

  test('allows nvidia.com/gpu when the operator\'s device plugin is off', () => {
    const { stack, cluster } = setup();
    const op = new NvidiaGpuOperator(stack, 'op', { cluster, devicePluginEnabled: false });
    const hami = new Hami(stack, 'hami', { cluster, gpuOperator: op, resourceNames: { count: 'nvidia.com/gpu' } });
    expect(hami.resourceNames.count).toBe('nvidia.com/gpu');
  });

  test('reports every bad setting together', () => {
    const { stack, cluster } = setup();
    expect(codes(() => new Hami(stack, 'hami', {
      cluster, resourceNames: { memory: 'gpumem' }, deviceSplitCount: 0, deviceMemoryScaling: 0.5, nodeSelector: {}, schedulerName: 'HAMi',
    }))).toEqual(['HAMI_RESOURCE_NAME', 'HAMI_DEVICE_SPLIT_COUNT', 'HAMI_MEMORY_SCALING', 'HAMI_NODE_SELECTOR_EMPTY', 'HAMI_SCHEDULER_NAME']);
  });

  test('throws when two resources share a name', () => {
    const { stack, cluster } = setup();
    expect(() => new Hami(stack, 'hami', { cluster, resourceNames: { memory: 'hami.nvidia.com/gpu' } }))
      .toThrow(/\[HAMI_RESOURCE_NAME_DUPLICATE\] resourceNames/);
  });
});

describeWithShared('add-on values against the charts\' own values.yaml', () => {
  test('every key the add-ons set exists in the chart', () => {
    const { stack, cluster } = setup();
    const op = new NvidiaGpuOperator(stack, 'op', { cluster, tolerations: [{ key: 'dedicated', value: 'gpu' }] });
    new Hami(stack, 'hami', { cluster, gpuOperator: op, tolerations: [{ key: 'dedicated', value: 'gpu' }] });
    const json = synthJson(stack);
    expect(unknownValueKeys(helmValues(helmRelease(json, 'gpu-operator')), chartDefaults('gpu-operator-v25.10.0'))).toEqual([]);
    expect(unknownValueKeys(helmValues(helmRelease(json, 'hami')), chartDefaults('hami-2.7.1'))).toEqual([]);
  });
});
