import { Fn, TerraformOutput, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { KubernetesDeploymentV1, KubernetesIngressV1, KubernetesSecretV1, KubernetesServiceV1 } from './private/raw-resources';
import { ICluster, IngressAddressType } from '../core/cluster';
import { ServiceEndpoint } from '../core/endpoint';
import { formatProblem, Problems } from '../core/errors';
import { toIdentifier } from '../core/naming';
import { assertPlacement } from '../core/placement';
import { sortedEntries } from '../core/private/compare';
import { addDependsOn } from '../core/private/dependable';
import { checkSecret } from '../core/secrets';
import { checkGpu, checkGpuFit, GpuPodSettings, renderGpu } from './private/gpu-stack';
import { checkProps, SECRET_CHECKSUM_ANNOTATION, SELECTOR_LABEL } from './private/validate';
import { GpuInferenceServiceProps } from './props';

/** Port the cluster's ingress load balancer listens on for plain HTTP. */
const INGRESS_HTTP_PORT = 80;

function sorted(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(sortedEntries(map));
}

/**
 * One GPU inference service (Deployment, ClusterIP Service, Ingress) that lands correctly on
 * whichever GPU stack its cluster runs:
 *
 * - cGPU (`GpuSharing.CGPU`, `CGPU_CORE_MEM`, `SHARED`, Alibaba ACK): limit `aliyun.com/gpu-mem` in GiB;
 * - HAMi (`GpuSharing.HAMI`, VNG Cloud VKS or any cluster running HAMi): `hami.nvidia.com/gpu` and
 *   `hami.nvidia.com/gpumem` (MiB), the HAMi scheduler and the `nvidia` runtime class, the GPU model
 *   through `nvidia.com/use-gputype`;
 * - exclusive GPUs (`GpuSharing.EXCLUSIVE`): `nvidia.com/gpu`.
 *
 * Resource names, scheduler and runtime class come from the cluster's `gpu` capabilities.
 * Fast-failover defaults from the seed are built in: readiness probe on the health path every 5 s,
 * a preStop sleep so endpoints drain before the process stops, a 10 s termination grace period,
 * best-effort spreading across nodes and zones, and rolling updates that never lower capacity.
 *
 * The ingress's load-balancer address is read back (`wait_for_load_balancer`) and offered as
 * {@link endpoint} for a traffic manager, and as a stack output ({@link addressOutput}).
 *
 * @example
 * const kokoro = new GpuInferenceService(cluster, 'kokoro', {
 *   cluster,
 *   image: 'ghcr.io/remsky/kokoro-fastapi-gpu:v0.2.4',
 *   port: 8880,
 *   gpuMemoryGiB: 3,
 *   healthPath: '/health',
 *   hosts: ['kokoro.ai.example.com'],
 * });
 */
export class GpuInferenceService extends Construct {
  /** The cluster it runs in. */
  public readonly cluster: ICluster;
  /** Kubernetes name of the Deployment, Service and Ingress. */
  public readonly serviceName: string;
  /** Namespace it runs in. */
  public readonly namespace: string;
  /** How the GPU request was rendered for the cluster's GPU stack (limits, annotations, scheduler, runtime class). */
  private readonly gpuPodSettings: GpuPodSettings;
  /** The `kubernetes_deployment_v1` (escape hatch). */
  public readonly deployment: KubernetesDeploymentV1;
  /** The ClusterIP `kubernetes_service_v1` (escape hatch). */
  public readonly service: KubernetesServiceV1;
  /** The `kubernetes_ingress_v1` (escape hatch). */
  public readonly ingress: KubernetesIngressV1;
  /** The `kubernetes_secret_v1` holding {@link GpuInferenceServiceProps.secretEnv}, when there is any. */
  public readonly envSecret?: KubernetesSecretV1;
  /** Stack output with the ingress load-balancer address (IP or host name). */
  public readonly addressOutput: TerraformOutput;
  /** What a traffic manager needs to route to and health-check this service in this cluster. */
  public readonly endpoint: ServiceEndpoint;

  constructor(scope: Construct, id: string, props: GpuInferenceServiceProps) {
    super(scope, id);
    const cluster = props.cluster;
    this.cluster = cluster;
    this.serviceName = props.name ?? id;
    this.namespace = props.namespace ?? 'default';

    assertPlacement(this, cluster);
    const problems = new Problems(this.node.path);
    checkProps(problems, props, this.serviceName, this.namespace);
    for (const [key, secret] of Object.entries(props.secretEnv ?? {})) problems.addAll(checkSecret(`secretEnv.${key}`, secret));
    const gpuRequest = {
      memoryGiB: props.gpuMemoryGiB,
      count: props.gpuCount,
      type: props.gpuType,
      coresPercent: props.gpuCoresPercent,
      schedulerPolicy: props.schedulerPolicy,
    };
    // The sharing mode is configuration, known from the start; the GPU node types may still grow
    // (pools added after this service), so every check that reads them runs at synth.
    problems.addAll(checkGpu(cluster.gpu, cluster.clusterName, gpuRequest));
    problems.throwIfAny();
    this.node.addValidation({ validate: () => checkGpuFit(cluster.gpu, cluster.clusterName, gpuRequest).map(formatProblem) });

    this.gpuPodSettings = renderGpu(cluster.gpu, gpuRequest);
    const provider = cluster.kubernetesProvider;
    // Read at synth: node pools and add-ons added after this service are waited for too.
    const waitForCluster = (r: TerraformResource): void => {
      addDependsOn(r, () => cluster.readiness);
    };
    const timeout = `${props.rolloutTimeoutMinutes ?? 20}m`;
    const selector = { [SELECTOR_LABEL]: this.serviceName };
    const labels = sorted({ ...(props.labels ?? {}), ...selector, 'app.kubernetes.io/managed-by': 'cdktf-multiregion' });
    const metadata = { name: this.serviceName, namespace: this.namespace, labels };

    // Secret environment: a Secret whose data are references to sensitive values.
    const secretEntries = sortedEntries(props.secretEnv ?? {});
    if (secretEntries.length > 0) {
      this.envSecret = new KubernetesSecretV1(this, 'env-secret', {
        provider,
        attributes: {
          metadata: { ...metadata, name: `${this.serviceName}-env` },
          type: 'Opaque',
          data: Object.fromEntries(secretEntries.map(([k, s]) => [k, s.value])),
        },
      });
      waitForCluster(this.envSecret);
    }
    const env = [
      ...sortedEntries(props.env ?? {}).map(([name, value]) => ({ name, value })),
      ...secretEntries.map(([name]) => ({
        name,
        value_from: { secret_key_ref: { name: this.envSecret!.metadataName, key: name } },
      })),
    ];
    const podAnnotations = sorted({
      ...(props.podAnnotations ?? {}),
      ...this.gpuPodSettings.annotations,
      // Pods read env from the Secret only at start: roll them when a secret value changes.
      ...(secretEntries.length > 0
        ? { [SECRET_CHECKSUM_ANNOTATION]: Fn.sha256(Fn.jsonencode(Object.fromEntries(secretEntries.map(([k, s]) => [k, s.value])))) }
        : {}),
    });

    const requests: Record<string, string> = {
      cpu: `${props.cpuRequestMillicores ?? 100}m`,
      memory: `${props.memoryRequestMiB ?? 1024}Mi`,
    };
    const limits: Record<string, string> = { ...this.gpuPodSettings.limits };
    if (props.cpuLimitMillicores !== undefined) limits.cpu = `${props.cpuLimitMillicores}m`;
    if (props.memoryLimitMiB !== undefined) limits.memory = `${props.memoryLimitMiB}Mi`;

    const preStop = props.preStopSleepSeconds ?? 5;
    const spread = [
      ...((props.spreadAcrossNodes ?? true) ? ['kubernetes.io/hostname'] : []),
      ...((props.spreadAcrossZones ?? true) ? ['topology.kubernetes.io/zone'] : []),
    ];

    // kubernetes_deployment_v1 in the provider's own (snake_case) attribute names. The generated
    // binding for it is 4.7 MB of JavaScript (~110 ms to load); a raw resource keeps synth fast.
    // test/gpu-workload/provider-schema.test.ts checks every argument and block against the schema.
    this.deployment = new KubernetesDeploymentV1(this, 'deployment', {
      provider,
      attributes: {
        metadata,
        spec: {
          replicas: String(props.replicas ?? 1),
          selector: { match_labels: selector },
          strategy: {
            type: 'RollingUpdate',
            rolling_update: { max_unavailable: '0', max_surge: String(props.maxSurge ?? 1) },
          },
          template: {
            metadata: { labels, annotations: Object.keys(podAnnotations).length > 0 ? podAnnotations : undefined },
            spec: {
              scheduler_name: this.gpuPodSettings.schedulerName,
              runtime_class_name: this.gpuPodSettings.runtimeClassName,
              termination_grace_period_seconds: props.terminationGracePeriodSeconds ?? 10,
              topology_spread_constraint: spread.length > 0
                ? spread.map((topologyKey) => ({
                  max_skew: 1,
                  topology_key: topologyKey,
                  when_unsatisfiable: 'ScheduleAnyway',
                  label_selector: [{ match_labels: selector }],
                }))
                : undefined,
              container: [{
                name: this.serviceName,
                image: props.image,
                command: props.command,
                args: props.args,
                port: [{ name: 'http', container_port: props.port, protocol: 'TCP' }],
                env: env.length > 0 ? env : undefined,
                resources: { requests: sorted(requests), limits: sorted(limits) },
                readiness_probe: {
                  http_get: { path: props.healthPath, port: String(props.port), scheme: 'HTTP' },
                  period_seconds: props.readinessPeriodSeconds ?? 5,
                  failure_threshold: props.readinessFailureThreshold ?? 2,
                  timeout_seconds: props.readinessTimeoutSeconds ?? 2,
                  success_threshold: 1,
                },
                lifecycle: preStop > 0 ? { pre_stop: [{ exec: { command: ['sleep', String(preStop)] } }] } : undefined,
              }],
            },
          },
        },
        wait_for_rollout: true,
        timeouts: { create: timeout, update: timeout },
      },
    });

    // Service and Ingress are raw resources too (see private/raw-resources.ts).
    this.service = new KubernetesServiceV1(this, 'service', {
      provider,
      attributes: {
        metadata,
        spec: {
          type: 'ClusterIP',
          selector,
          port: [{ name: 'http', port: props.port, target_port: 'http', protocol: 'TCP' }],
        },
      },
    });

    const hosts = [...props.hosts];
    this.ingress = new KubernetesIngressV1(this, 'ingress', {
      provider,
      attributes: {
        metadata: {
          ...metadata,
          annotations: props.ingressAnnotations && Object.keys(props.ingressAnnotations).length > 0 ? sorted(props.ingressAnnotations) : undefined,
        },
        spec: {
          ingress_class_name: cluster.ingress.className,
          rule: hosts.map((host) => ({
            host,
            http: {
              path: [{
                path: props.path ?? '/',
                path_type: 'Prefix',
                backend: { service: { name: this.service.metadataName, port: { number: props.port } } },
              }],
            },
          })),
        },
        wait_for_load_balancer: true,
        timeouts: { create: timeout },
      },
    });
    for (const r of [this.deployment, this.service, this.ingress]) waitForCluster(r);

    const address = this.ingress.loadBalancerIngress(cluster.ingress.addressType === IngressAddressType.IPV4 ? 'ip' : 'hostname');
    this.addressOutput = new TerraformOutput(this, 'address', {
      value: address,
      description: `Ingress load-balancer ${cluster.ingress.addressType === IngressAddressType.IPV4 ? 'IP address' : 'host name'} ` +
        `of ${this.serviceName} in cluster ${cluster.clusterName} (${hosts.join(', ')})`,
    });
    this.addressOutput.overrideLogicalId(`${toIdentifier(cluster.clusterName)}_${toIdentifier(this.serviceName)}_ingress_address`);

    this.endpoint = {
      name: cluster.clusterName,
      region: cluster.region,
      address,
      addressType: cluster.ingress.addressType,
      hosts,
      healthPath: props.healthPath,
      port: INGRESS_HTTP_PORT,
      stack: cluster.stack,
    };
  }
}
