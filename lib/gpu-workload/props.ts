import { ICluster } from '../core/cluster';
import { GpuPlacement } from '../core/gpu';
import { Secret } from '../core/secrets';

/** Props of {@link GpuInferenceService}. */
export interface GpuInferenceServiceProps {
  /** The cluster to run in. Its `gpu` capabilities decide how GPUs are requested. */
  readonly cluster: ICluster;

  /**
   * Name of the Deployment, Service and Ingress: an RFC 1035 label (lower-case letters, digits and
   * '-', starting with a letter), at most 63 characters.
   * @default - the construct id
   */
  readonly name?: string;

  /**
   * Namespace to run in. It must exist (this construct does not create it).
   * @default 'default'
   */
  readonly namespace?: string;

  /**
   * Container image, pinned by tag or digest (`ghcr.io/remsky/kokoro-fastapi-gpu:v0.2.4`,
   * `repo/image@sha256:...`). Untagged images and `:latest` are refused unless
   * {@link allowLatestImage}: a moving tag makes two regions run different code.
   */
  readonly image: string;

  /** Accept an untagged or `:latest` image. @default false */
  readonly allowLatestImage?: boolean;

  /** Override the image's entrypoint. @default - the image's ENTRYPOINT */
  readonly command?: string[];

  /** Arguments to the entrypoint. @default - the image's CMD */
  readonly args?: string[];

  /** Port the container serves HTTP on; the Service exposes the same port. Kokoro FastAPI: 8880. */
  readonly port: number;

  /**
   * GPU memory per GPU, in GiB. Rendered as `aliyun.com/gpu-mem` (GiB) on cGPU clusters and as
   * `hami.nvidia.com/gpumem` (MiB, GiB × 1024) on HAMi clusters; on clusters with exclusive GPUs it
   * is only checked against the memory of the cluster's GPUs.
   */
  readonly gpuMemoryGiB: number;

  /**
   * GPUs (or HAMi virtual GPUs) per pod. Not supported on cGPU clusters unless the cluster
   * publishes a GPU-count resource name.
   * @default 1
   */
  readonly gpuCount?: number;

  /**
   * GPU model the pod must run on, as the cluster's `gpu.nodeTypes[].gpuModel` names it (e.g.
   * `A40`, `L20`). On HAMi it becomes the pod annotation `nvidia.com/use-gputype`; on other GPU
   * stacks it is accepted only when every GPU node type of the cluster is that model (it is then
   * a checked assertion, nothing needs to be rendered).
   * @default - any GPU the cluster offers
   */
  readonly gpuType?: string;

  /**
   * Share of one GPU's compute, in percent (1–100), as `hami.nvidia.com/gpucores`. HAMi only.
   * @default - no compute limit
   */
  readonly gpuCoresPercent?: number;

  /** HAMi's GPU placement policy (`hami.io/gpu-scheduler-policy`). HAMi only. @default - HAMi's configured default */
  readonly schedulerPolicy?: GpuPlacement;

  /** Pod replicas. Two or more keep serving while one pod or node fails. @default 1 */
  readonly replicas?: number;

  /**
   * HTTP path that answers 2xx when the service can serve: the readiness probe's path, and the
   * path a traffic manager should check through the ingress. Kokoro FastAPI: `/health`.
   */
  readonly healthPath: string;

  /** Host names the Ingress routes (its host rules). Wildcards (`*.example.com`) are allowed. */
  readonly hosts: string[];

  /** Path prefix routed to the service. @default '/' */
  readonly path?: string;

  /** Plain environment variables. @default - none */
  readonly env?: Record<string, string>;

  /**
   * Environment variables whose values are secrets. They are stored in a `kubernetes_secret_v1`
   * (`<name>-env`) whose data comes from the `Secret` (a sensitive variable or reference); the
   * value never appears in the synthesized JSON. Create the `Secret` in the cluster's stack.
   * @default - none
   */
  readonly secretEnv?: Record<string, Secret>;

  /** CPU request in millicores. @default 100 */
  readonly cpuRequestMillicores?: number;
  /** CPU limit in millicores. @default - no CPU limit (no throttling) */
  readonly cpuLimitMillicores?: number;
  /** Memory request in MiB. @default 1024 */
  readonly memoryRequestMiB?: number;
  /** Memory limit in MiB. @default - no memory limit */
  readonly memoryLimitMiB?: number;

  /** Extra labels on every object and on the pods (cannot override the selector label). @default - none */
  readonly labels?: Record<string, string>;
  /** Extra pod annotations (GPU annotations come from typed props and cannot be set here). @default - none */
  readonly podAnnotations?: Record<string, string>;
  /** Extra Ingress annotations (ingress-controller or load-balancer settings). @default - none */
  readonly ingressAnnotations?: Record<string, string>;

  /**
   * Seconds Kubernetes waits after SIGTERM before SIGKILL. Short keeps failover fast (the seed
   * recommends 5–10 s); it must be longer than {@link preStopSleepSeconds}.
   * @default 10
   */
  readonly terminationGracePeriodSeconds?: number;

  /**
   * Seconds a terminating pod keeps serving (a `sleep` preStop hook) while it is removed from the
   * Service endpoints and the ingress load balancer stops sending to it. The image must contain
   * `sleep`. 0 disables the hook.
   * @default 5
   */
  readonly preStopSleepSeconds?: number;

  /** Seconds between readiness probes. @default 5 */
  readonly readinessPeriodSeconds?: number;
  /** Failed probes before a pod is taken out of the endpoints. @default 2 */
  readonly readinessFailureThreshold?: number;
  /** Seconds one readiness probe may take. @default 2 */
  readonly readinessTimeoutSeconds?: number;

  /** Spread replicas across nodes (`kubernetes.io/hostname`, best effort). @default true */
  readonly spreadAcrossNodes?: boolean;
  /** Spread replicas across zones (`topology.kubernetes.io/zone`, best effort). @default true */
  readonly spreadAcrossZones?: boolean;

  /**
   * Extra pods a rolling update may start (maxUnavailable is always 0, so an update never lowers
   * serving capacity). Each needs free GPU capacity of its own.
   * @default 1
   */
  readonly maxSurge?: number;

  /**
   * Minutes Terraform waits for the Deployment to roll out (GPU images are large) and for the
   * ingress load balancer to publish its address.
   * @default 20
   */
  readonly rolloutTimeoutMinutes?: number;
}
