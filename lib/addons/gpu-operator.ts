import { Construct } from 'constructs';
import { ICluster } from '../core/cluster';
import { Problems } from '../core/errors';
import { HelmAddOn, HelmAddOnOptions, HelmValues } from '../core/helm-addon';
import { mergeValues } from '../core/private/values';
import { NodeToleration, renderTolerations, TaintEffect } from '../core/scheduling';

/** Props of {@link NvidiaGpuOperator}. */
export interface NvidiaGpuOperatorProps extends HelmAddOnOptions {
  /** The cluster to install into. */
  readonly cluster: ICluster;
  /**
   * Container Device Interface. The chart turned it on by default in v25.10.0; the seed turns it
   * off so the operator creates a single `nvidia` runtime class that HAMi can use.
   * @default false
   */
  readonly cdiEnabled?: boolean;
  /**
   * Install the NVIDIA driver as a container on GPU nodes. Turn off on node images that ship a
   * driver already. @default true
   */
  readonly driverEnabled?: boolean;
  /** Install the NVIDIA container toolkit (configures containerd's `nvidia` runtime). @default true */
  readonly toolkitEnabled?: boolean;
  /**
   * Run the operator's own device plugin (`nvidia.com/gpu`). Keep it on next to HAMi only when HAMi's
   * resources are renamed (as {@link Hami} does by default). @default true
   */
  readonly devicePluginEnabled?: boolean;
  /** Run the DCGM exporter (GPU metrics for Prometheus). @default true */
  readonly dcgmExporterEnabled?: boolean;
  /** Run Node Feature Discovery (labels GPU nodes; turn off if NFD is already installed). @default true */
  readonly nfdEnabled?: boolean;
  /**
   * Extra tolerations for the operator's daemonsets, for taints on GPU nodes other than the
   * chart's own `nvidia.com/gpu:NoSchedule`, which is always kept. @default - none
   */
  readonly tolerations?: NodeToleration[];
}

/**
 * NVIDIA GPU Operator (chart `gpu-operator` v25.10.0 from `https://helm.ngc.nvidia.com/nvidia`):
 * driver, container toolkit, device plugin, DCGM exporter and the `nvidia` RuntimeClass on GPU nodes.
 *
 * The operator itself (not Helm) creates the RuntimeClass {@link runtimeClassName}, after the
 * toolkit has configured containerd on a GPU node.
 * @see https://docs.nvidia.com/datacenter/cloud-native/gpu-operator/latest/getting-started.html
 */
export class NvidiaGpuOperator extends HelmAddOn {
  /** The chart this library pins. */
  public static readonly CHART = { chart: 'gpu-operator', repository: 'https://helm.ngc.nvidia.com/nvidia', version: 'v25.10.0' };
  /** Toleration the chart's daemonsets carry by default; kept when more are added. */
  public static readonly DEFAULT_TOLERATION: NodeToleration = { key: 'nvidia.com/gpu', effect: TaintEffect.NO_SCHEDULE };

  /** RuntimeClass the operator creates (`operator.runtimeClass`). */
  public readonly runtimeClassName = 'nvidia';
  /** Whether the operator's own `nvidia.com/gpu` device plugin runs. */
  public readonly devicePluginEnabled: boolean;

  constructor(scope: Construct, id: string, props: NvidiaGpuOperatorProps) {
    const problems = new Problems(`${scope.node.path}/${id}`);
    (props.tolerations ?? []).forEach((t, i) => {
      problems.check(/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(t.key ?? ''), 'TOLERATION_KEY',
        `tolerations[${i}].key`, t.key, 'a label-style key such as nvidia.com/gpu or dedicated');
    });
    problems.throwIfAny();

    const devicePluginEnabled = props.devicePluginEnabled ?? true;
    const values: HelmValues = {
      cdi: { enabled: props.cdiEnabled ?? false },
      driver: { enabled: props.driverEnabled ?? true },
      toolkit: { enabled: props.toolkitEnabled ?? true },
      devicePlugin: { enabled: devicePluginEnabled },
      dcgmExporter: { enabled: props.dcgmExporterEnabled ?? true },
      nfd: { enabled: props.nfdEnabled ?? true },
      operator: { runtimeClass: 'nvidia' },
      daemonsets: {
        tolerations: renderTolerations([NvidiaGpuOperator.DEFAULT_TOLERATION, ...(props.tolerations ?? [])]),
      },
    };
    super(scope, id, {
      ...props,
      chart: NvidiaGpuOperator.CHART,
      releaseName: props.releaseName ?? 'gpu-operator',
      namespace: props.namespace ?? 'gpu-operator',
      providesCrds: true,
      values: mergeValues(values, props.values ?? {}),
    });
    this.devicePluginEnabled = devicePluginEnabled;
  }
}
