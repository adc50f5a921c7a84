import type { ErrorCodeDoc } from '../core/errors';

/** Codes raised by GpuInferenceService: the workload's props and its fit to the cluster's GPU stack. See docs/errors.md. */
export const GPU_WORKLOAD_ERROR_CODES: Readonly<Record<string, ErrorCodeDoc>> = {
  ANNOTATION_INVALID: {
    meaning: 'An annotation key is not a Kubernetes annotation key.',
    fix: "Use an optional DNS-subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.'.",
  },
  ANNOTATION_RESERVED: {
    meaning: "A pod annotation duplicates one the library sets from a typed prop, bypassing the check against the cluster's GPU stack.",
    fix: 'Remove the annotation and use the typed prop the message names.',
  },
  CPU_INVALID: {
    meaning: 'A CPU request or limit is not a whole number of millicores from 1 to 256000.',
    fix: 'Set cpuRequestMillicores / cpuLimitMillicores to a whole number from 1 to 256000.',
  },
  ENV_DUPLICATE: {
    meaning: 'A variable is set in both env and secretEnv, so one would silently win.',
    fix: 'Set each variable in env or in secretEnv, not both.',
  },
  ENV_NAME_INVALID: {
    meaning: 'An environment variable name is not one Kubernetes accepts.',
    fix: "Use letters, digits, '_', '-' or '.', not starting with a digit.",
  },
  GPU_CORES_INVALID: {
    meaning: 'The GPU compute share is not a whole percentage from 1 to 100.',
    fix: 'Set gpuCoresPercent to a whole number from 1 to 100.',
  },
  GPU_CORES_UNSUPPORTED: {
    meaning: 'A GPU compute share is requested but the cluster publishes no GPU-cores resource.',
    fix: 'Leave gpuCoresPercent unset on this cluster.',
  },
  GPU_COUNT_EXCEEDS_NODE: {
    meaning: 'More GPUs are requested than any GPU node of the cluster has, so the pod would never schedule.',
    fix: 'Request at most the number in the message, or add a node type with more GPUs.',
  },
  GPU_COUNT_INVALID: {
    meaning: 'The GPU count is not a whole number from 1 to 16.',
    fix: 'Set gpuCount to a whole number from 1 to 16.',
  },
  GPU_COUNT_UNSUPPORTED: {
    meaning: 'More than one GPU is requested on a cluster that publishes no GPU-count resource (only GPU memory).',
    fix: 'Request 1 GPU (or GPU memory) on this cluster.',
  },
  GPU_MEMORY_EXCEEDS_NODE: {
    meaning: 'More GPU memory is requested than the largest eligible GPU of the cluster has, so the pod would never schedule.',
    fix: 'Request at most the GiB in the message, or add a larger GPU node type.',
  },
  GPU_NONE: {
    meaning: 'The workload needs GPUs but its cluster has none (gpu.sharing NONE), so its pods would never schedule.',
    fix: 'Deploy it to a cluster with GPU nodes.',
  },
  GPU_NO_NODES: {
    meaning: 'The cluster supports GPUs but has no GPU node pool or group yet, so the pods would never schedule.',
    fix: 'Add a GPU node pool (gpuNodePools / addGpuNodePool) or group (gpuNodeGroup / addNodeGroup) to the cluster.',
  },
  GPU_TYPE_NEEDS_HAMI: {
    meaning: 'A GPU model is requested on a cluster where only HAMi could pin a pod to a model.',
    fix: 'Leave gpuType unset on this cluster, or use a HAMi cluster.',
  },
  GPU_TYPE_NOT_OFFERED: {
    meaning: 'The requested GPU model is not one the cluster offers.',
    fix: 'Use one of the models listed in the message.',
  },
  GRACE_PERIOD_INVALID: {
    meaning: 'The termination grace period is not a whole number of seconds from 1 to 300.',
    fix: 'Set terminationGracePeriodSeconds to a whole number from 1 to 300.',
  },
  HAMI_ONLY: {
    meaning: 'A setting only the HAMi scheduler reads (compute share, scheduler policy) is used on a cluster without HAMi.',
    fix: 'Leave it unset on this cluster, or use a cluster with gpu.sharing HAMI.',
  },
  HEALTH_PATH_INVALID: {
    meaning: 'The health path is not an absolute HTTP path.',
    fix: "Use a path starting with '/', without spaces, e.g. /health.",
  },
  HEALTH_PATH_NOT_ROUTED: {
    meaning: "The health path lies outside the ingress path, so health checks through the ingress would not reach the service.",
    fix: 'Use a health path under the ingress path (or an ingress path of /).',
  },
  HOSTS_EMPTY: {
    meaning: 'The workload has no host name to serve.',
    fix: 'List at least one host name in hosts, e.g. kokoro.ai.example.com.',
  },
  HOST_DUPLICATE: {
    meaning: 'A host name is listed twice.',
    fix: 'List each host once.',
  },
  HOST_INVALID: {
    meaning: 'A host name is not a lower-case DNS name (or is an IP address).',
    fix: "Use a lower-case DNS name, optionally starting with '*.'.",
  },
  IMAGE_INVALID: {
    meaning: 'The container image reference, its tag or its digest is malformed.',
    fix: 'Use a reference such as ghcr.io/remsky/kokoro-fastapi-gpu:v0.2.4 (or @sha256:<64 hex digits>).',
  },
  IMAGE_NOT_PINNED: {
    meaning: 'The image is untagged or :latest, so regions would drift onto different code.',
    fix: 'Pin it by tag or digest, or set allowLatestImage to accept a moving tag.',
  },
  LABEL_INVALID: {
    meaning: 'A pod label key or value is not one Kubernetes accepts.',
    fix: "Use keys of an optional DNS-subdomain prefix and a name, and values of at most 63 letters, digits, '-', '_' or '.'.",
  },
  LIMIT_BELOW_REQUEST: {
    meaning: 'A CPU or memory limit is below its request, which Kubernetes refuses.',
    fix: 'Raise the limit to at least the request (or lower the request).',
  },
  MAX_SURGE_INVALID: {
    meaning: 'The rollout surge is not a whole number of pods from 1 to 100; with maxUnavailable 0 a rollout needs at least one extra pod.',
    fix: 'Set maxSurge to a whole number from 1 to 100.',
  },
  MEMORY_INVALID: {
    meaning: 'A memory request or limit is not a whole number of MiB in range.',
    fix: 'Set memoryRequestMiB / memoryLimitMiB to a whole number from 1 to 4194304.',
  },
  PATH_INVALID: {
    meaning: 'The ingress path is not an absolute path prefix.',
    fix: "Use a prefix starting with '/', without spaces or query, e.g. / or /tts.",
  },
  PORT_INVALID: {
    meaning: 'The container port is not a TCP port.',
    fix: 'Set port to a whole number from 1 to 65535.',
  },
  PRESTOP_INVALID: {
    meaning: 'The preStop sleep is not a whole number of seconds from 0 to 299.',
    fix: 'Set preStopSleepSeconds to a whole number from 0 to 299.',
  },
  PRESTOP_NOT_BELOW_GRACE: {
    meaning: 'The preStop sleep is not shorter than the grace period that includes it, so the container would be killed mid-drain.',
    fix: 'Make preStopSleepSeconds less than terminationGracePeriodSeconds.',
  },
  READINESS_INVALID: {
    meaning: 'A readiness probe setting (period, failure threshold, timeout) is out of range.',
    fix: 'Use the whole-number range the message gives for that prop.',
  },
  REPLICAS_INVALID: {
    meaning: 'The replica count is not a whole number from 1 to 100.',
    fix: 'Set replicas to a whole number from 1 to 100.',
  },
  ROLLOUT_TIMEOUT_INVALID: {
    meaning: 'The rollout timeout is not a whole number of minutes from 1 to 180.',
    fix: 'Set rolloutTimeoutMinutes to a whole number from 1 to 180.',
  },
  SCHEDULER_POLICY_INVALID: {
    meaning: 'The HAMi scheduler policy is not one HAMi knows.',
    fix: 'Use GpuPlacement.BINPACK or GpuPlacement.SPREAD.',
  },
};
