import { HelmValues } from '../core/helm-addon';

/**
 * An ACK cluster component (add-on) installed through ACK's component API, e.g. `csi-plugin`,
 * `arms-prometheus`. The names and config keys are ACK's own; find a component's config schema
 * with the `alicloud_cs_kubernetes_addon_metadata` data source.
 *
 * @see https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/component-overview
 */
export interface AckAddOn {
  /** Component name, e.g. `terway-eniip`, `alb-ingress-controller`. */
  readonly name: string;
  /** Component version. @default - the version ACK offers for the cluster's Kubernetes version */
  readonly version?: string;
  /** Component configuration (rendered as JSON). @default - none */
  readonly config?: Record<string, unknown>;
  /**
   * Keep ACK from installing a component it would install by default. Only meaningful in
   * `createTimeAddOns` (the cluster's `addons` block). @default false
   */
  readonly disabled?: boolean;
}

/**
 * Components installed in the cluster's `addons` block, i.e. only when the cluster is created:
 * Terway in ENI multi-IP mode (the CNI cannot be added later), the CSI storage plugins and
 * metrics-server. The nginx ingress component is explicitly disabled (the cluster uses ALB).
 */
export const DEFAULT_CREATE_TIME_ADD_ONS: readonly AckAddOn[] = [
  { name: 'terway-eniip' },
  { name: 'csi-plugin' },
  { name: 'managed-csiprovisioner' },
  { name: 'metrics-server' },
  { name: 'nginx-ingress-controller', disabled: true },
];

/** Address type of the ALB instance. */
export enum AlbAddressType {
  /** Reachable from the internet (a public DNS name). */
  INTERNET = 'Internet',
  /** Reachable only inside the VPC. */
  INTRANET = 'Intranet',
}

/** Options of the ALB ingress controller and the ALB instance the cluster creates for it. */
export interface AlbIngressOptions {
  /** Whether the ALB faces the internet. @default AlbAddressType.INTERNET */
  readonly addressType?: AlbAddressType;
  /**
   * Vswitches of the ALB, at least two in different zones (ALB's own rule).
   * @default - the cluster's node vswitches
   */
  readonly vswitchIds?: string[];
  /** HTTP listener ports. @default [80] */
  readonly httpPorts?: number[];
  /** Name of the AlbConfig object and of the ALB instance. @default 'alb' */
  readonly albConfigName?: string;
  /** IngressClass name workloads use. @default 'alb' */
  readonly ingressClassName?: string;
  /** Version of the `alb-ingress-controller` component. @default - ACK's current version */
  readonly controllerVersion?: string;
  /**
   * Create the AlbConfig (a `ClusterManifest`, applied through Helm so the first plan of a new
   * cluster works) and the IngressClass. Without them the
   * controller runs but no ALB exists, so Ingresses never get an address. Set false when another
   * stack or GitOps owns them. @default true
   */
  readonly createAlbConfig?: boolean;
}

/** How the Cloud-Native AI Suite scheduling component (`ack-ai-installer`) gets into the cluster. */
export enum GpuSchedulingInstallMethod {
  /** A Helm release of the `ack-ai-installer` chart from a repository you name. */
  HELM_CHART = 'helm-chart',
  /** ACK's component API (`alicloud_cs_kubernetes_addon`, name `ack-ai-installer`). */
  CLUSTER_ADD_ON = 'cluster-add-on',
  /** Installed outside Terraform (ACK console: Applications > Cloud-native AI Suite). */
  OUT_OF_BAND = 'out-of-band',
}

/** Options of {@link GpuSchedulingComponent.helmChart}. */
export interface GpuSchedulingHelmOptions {
  /** HTTPS chart repository that serves `ack-ai-installer` (the App Catalog repository of your region). */
  readonly repository: string;
  /** Exact chart version. */
  readonly version: string;
  /** Chart name. @default 'ack-ai-installer' */
  readonly chart?: string;
  /** Namespace of the release. @default 'kube-system' */
  readonly namespace?: string;
  /** Chart values. @default - the chart's defaults */
  readonly values?: HelmValues;
}

/** Options of {@link GpuSchedulingComponent.clusterAddOn}. */
export interface GpuSchedulingAddOnOptions {
  /** Component version. @default - ACK's current version */
  readonly version?: string;
  /** Component config. @default - none */
  readonly config?: Record<string, unknown>;
}

/**
 * The Cloud-Native AI Suite scheduling component (`ack-ai-installer`: gpushare-device-plugin and
 * cgpu-installer) that GPU sharing on ACK Pro needs. Alibaba documents installing it from the
 * console (Cloud-native AI Suite) or the App Catalog (a Helm chart); whether ACK's component API
 * accepts it could not be verified here (one report says it answers `AddonNotFound`). So the
 * choice is explicit; see the README.
 */
export class GpuSchedulingComponent {
  /** Install the `ack-ai-installer` Helm chart from a repository and version you pin. */
  public static helmChart(options: GpuSchedulingHelmOptions): GpuSchedulingComponent {
    return new GpuSchedulingComponent(GpuSchedulingInstallMethod.HELM_CHART, options, undefined);
  }

  /** Install through ACK's component API (`alicloud_cs_kubernetes_addon` named `ack-ai-installer`). Unverified; see the README. */
  public static clusterAddOn(options: GpuSchedulingAddOnOptions = {}): GpuSchedulingComponent {
    return new GpuSchedulingComponent(GpuSchedulingInstallMethod.CLUSTER_ADD_ON, undefined, options);
  }

  /** The component is (or will be) installed outside Terraform, e.g. from the ACK console. */
  public static installedOutOfBand(): GpuSchedulingComponent {
    return new GpuSchedulingComponent(GpuSchedulingInstallMethod.OUT_OF_BAND, undefined, undefined);
  }

  private constructor(
    /** How it is installed. */
    public readonly method: GpuSchedulingInstallMethod,
    /** Helm options, for HELM_CHART. */
    public readonly helm: GpuSchedulingHelmOptions | undefined,
    /** Add-on options, for CLUSTER_ADD_ON. */
    public readonly addOn: GpuSchedulingAddOnOptions | undefined,
  ) {}
}

/** The component name of the AI suite scheduling component. */
export const ACK_AI_INSTALLER = 'ack-ai-installer';
/** The ALB ingress controller component. */
export const ALB_INGRESS_CONTROLLER = 'alb-ingress-controller';
