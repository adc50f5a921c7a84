import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { ICluster } from '../core/cluster';
import { isUnresolved, Problems } from '../core/errors';
import { GpuCapabilities, GpuMemoryUnit, GpuNodeType, GpuPlacement, GpuSharing } from '../core/gpu';
import { HelmAddOn, HelmAddOnOptions, HelmValues } from '../core/helm-addon';
import { mergeValues } from '../core/private/values';
import { NodeToleration, renderTolerations } from '../core/scheduling';
import { NvidiaGpuOperator } from './gpu-operator';

/** HAMi's extended-resource names (chart keys `resourceName`, `resourceMem`, …). */
export interface HamiResourceNames {
  /** Number of virtual GPUs (`resourceName`). @default 'hami.nvidia.com/gpu' */
  readonly count?: string;
  /** GPU memory in MiB (`resourceMem`). @default 'hami.nvidia.com/gpumem' */
  readonly memory?: string;
  /** GPU memory as a percentage of one GPU (`resourceMemPercentage`). @default 'hami.nvidia.com/gpumem-percentage' */
  readonly memoryPercentage?: string;
  /** Share of GPU compute in percent (`resourceCores`). @default 'hami.nvidia.com/gpucores' */
  readonly cores?: string;
  /** Task priority (`resourcePriority`). @default 'hami.nvidia.com/priority' */
  readonly priority?: string;
}

/** HAMi settings a cluster construct passes through (everything but the cluster and the operator). */
export interface HamiOptions extends HelmAddOnOptions {
  /**
   * Resource names. The defaults are the seed's `hami.nvidia.com/*`, which coexist with the GPU
   * Operator's own `nvidia.com/gpu` device plugin. @default - hami.nvidia.com/{gpu,gpumem,gpumem-percentage,gpucores,priority}
   */
  readonly resourceNames?: HamiResourceNames;
  /** Scheduler name pods must use. @default 'hami-scheduler' */
  readonly schedulerName?: string;
  /** RuntimeClass the device plugin uses and injects into GPU pods. @default 'nvidia' (created by the GPU Operator) */
  readonly runtimeClassName?: string;
  /** Labels a node must carry for HAMi's device plugin to run on it. @default { gpu: 'on' } */
  readonly nodeSelector?: Record<string, string>;
  /** Virtual GPUs per physical GPU (`devicePlugin.deviceSplitCount`), 1–100. @default 10 */
  readonly deviceSplitCount?: number;
  /** Memory over-commit factor (`devicePlugin.deviceMemoryScaling`), 1 means none, up to 10. @default 1 */
  readonly deviceMemoryScaling?: number;
  /** Node choice (`scheduler.defaultSchedulerPolicy.nodeSchedulerPolicy`). @default GpuPlacement.BINPACK */
  readonly nodeSchedulerPolicy?: GpuPlacement;
  /** GPU choice on a node (`scheduler.defaultSchedulerPolicy.gpuSchedulerPolicy`). @default GpuPlacement.SPREAD */
  readonly gpuSchedulerPolicy?: GpuPlacement;
  /** Tolerations for the device plugin daemonset (taints on GPU nodes). @default - none */
  readonly tolerations?: NodeToleration[];
}

/** Props of {@link Hami}. */
export interface HamiProps extends HamiOptions {
  /** The cluster to install into. */
  readonly cluster: ICluster;
  /**
   * The GPU Operator that provides the driver, toolkit and the `nvidia` RuntimeClass. HAMi is
   * installed after it. @default - none (the node image must provide them)
   */
  readonly gpuOperator?: NvidiaGpuOperator;
  /** Let the chart create the RuntimeClass. @default - true without `gpuOperator`, false with it (the operator creates it) */
  readonly createRuntimeClass?: boolean;
}

const RESOURCE_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)\/[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/**
 * HAMi (chart `hami` 2.7.1 from `https://project-hami.github.io/HAMi/`): virtual GPUs with memory
 * and compute isolation, a scheduler extender, and a device plugin on nodes labelled `gpu=on`.
 *
 * By default the resources are renamed to `hami.nvidia.com/*` and the device plugin uses the GPU
 * Operator's `nvidia` runtime class, as the seed does on VNG Cloud VKS.
 * @see https://project-hami.io/docs
 */
export class Hami extends HelmAddOn {
  /** The chart this library pins. */
  public static readonly CHART = { chart: 'hami', repository: 'https://project-hami.github.io/HAMi/', version: '2.7.1' };
  /** The seed's resource names. */
  public static readonly DEFAULT_RESOURCE_NAMES: Required<HamiResourceNames> = {
    count: 'hami.nvidia.com/gpu',
    memory: 'hami.nvidia.com/gpumem',
    memoryPercentage: 'hami.nvidia.com/gpumem-percentage',
    cores: 'hami.nvidia.com/gpucores',
    priority: 'hami.nvidia.com/priority',
  };

  /** Resource names in effect. */
  public readonly resourceNames: Required<HamiResourceNames>;
  /** Scheduler name GPU pods must use. */
  public readonly schedulerName: string;
  /** RuntimeClass GPU pods must use. */
  public readonly runtimeClassName: string;
  /** Node labels the device plugin selects. */
  public readonly nodeSelector: Record<string, string>;

  constructor(scope: Construct, id: string, props: HamiProps) {
    const names = { ...Hami.DEFAULT_RESOURCE_NAMES, ...(props.resourceNames ?? {}) };
    const schedulerName = props.schedulerName ?? 'hami-scheduler';
    const runtimeClassName = props.runtimeClassName ?? 'nvidia';
    const nodeSelector = props.nodeSelector ?? { gpu: 'on' };
    const split = props.deviceSplitCount ?? 10;
    const scaling = props.deviceMemoryScaling ?? 1;

    const problems = new Problems(`${scope.node.path}/${id}`);
    for (const [k, v] of Object.entries(names)) {
      if (isUnresolved(v)) continue;
      problems.check(RESOURCE_NAME.test(v), 'HAMI_RESOURCE_NAME', `resourceNames.${k}`, v,
        'a qualified extended-resource name such as hami.nvidia.com/gpu');
    }
    const values = Object.values(names);
    problems.check(new Set(values).size === values.length, 'HAMI_RESOURCE_NAME_DUPLICATE', 'resourceNames', names,
      'a different name for each resource');
    if (props.gpuOperator?.devicePluginEnabled) {
      problems.check(names.count !== 'nvidia.com/gpu', 'HAMI_RESOURCE_CLASH', 'resourceNames.count', names.count,
        "a name other than the GPU Operator's own 'nvidia.com/gpu' (e.g. hami.nvidia.com/gpu), or devicePluginEnabled: false on the operator; two device plugins cannot advertise one resource");
    }
    problems.check(Number.isInteger(split) && split >= 1 && split <= 100, 'HAMI_DEVICE_SPLIT_COUNT', 'deviceSplitCount', split,
      'a whole number of virtual GPUs per GPU from 1 to 100');
    problems.check(typeof scaling === 'number' && scaling >= 1 && scaling <= 10, 'HAMI_MEMORY_SCALING', 'deviceMemoryScaling', scaling,
      'a factor from 1 (no over-commit) to 10');
    problems.check(Object.keys(nodeSelector).length > 0, 'HAMI_NODE_SELECTOR_EMPTY', 'nodeSelector', nodeSelector,
      "at least one label (e.g. { gpu: 'on' }); an empty selector runs the device plugin on every node");
    problems.check(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(schedulerName), 'HAMI_SCHEDULER_NAME', 'schedulerName', schedulerName,
      'a DNS label such as hami-scheduler');
    problems.throwIfAny();

    const chartValues: HelmValues = {
      resourceName: names.count,
      resourceMem: names.memory,
      resourceMemPercentage: names.memoryPercentage,
      resourceCores: names.cores,
      resourcePriority: names.priority,
      schedulerName,
      scheduler: {
        defaultSchedulerPolicy: {
          nodeSchedulerPolicy: props.nodeSchedulerPolicy ?? GpuPlacement.BINPACK,
          gpuSchedulerPolicy: props.gpuSchedulerPolicy ?? GpuPlacement.SPREAD,
        },
      },
      devicePlugin: {
        runtimeClassName,
        createRuntimeClass: props.createRuntimeClass ?? !props.gpuOperator,
        nvidianodeSelector: nodeSelector,
        deviceSplitCount: split,
        deviceMemoryScaling: scaling,
        tolerations: renderTolerations(props.tolerations ?? []),
      },
    };
    const dependsOn: ITerraformDependable[] = [...(props.dependsOn ?? [])];
    if (props.gpuOperator) dependsOn.push(props.gpuOperator);
    super(scope, id, {
      ...props,
      chart: Hami.CHART,
      releaseName: props.releaseName ?? 'hami',
      namespace: props.namespace ?? 'kube-system',
      createNamespace: props.createNamespace ?? false,
      values: mergeValues(chartValues, props.values ?? {}),
      dependsOn,
    });
    this.resourceNames = names;
    this.schedulerName = schedulerName;
    this.runtimeClassName = runtimeClassName;
    this.nodeSelector = nodeSelector;
  }

  /** What workloads need to know to request HAMi virtual GPUs on nodes of the given types. */
  public capabilities(nodeTypes?: GpuNodeType[]): GpuCapabilities {
    return {
      sharing: GpuSharing.HAMI,
      resourceNames: {
        count: this.resourceNames.count,
        memory: this.resourceNames.memory,
        memoryUnit: GpuMemoryUnit.MIB,
        cores: this.resourceNames.cores,
      },
      schedulerName: this.schedulerName,
      runtimeClassName: this.runtimeClassName,
      nodeTypes,
    };
  }
}
