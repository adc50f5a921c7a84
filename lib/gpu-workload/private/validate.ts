/** Checks of a GpuInferenceService's props that do not depend on the GPU stack. */
import { isUnresolved, Problems } from '../../core/errors';
import { checkName, DNS_LABEL, NameRule } from '../../core/naming';
import { HAMI_GPU_TYPE_ANNOTATION, HAMI_SCHEDULER_POLICY_ANNOTATION } from './gpu-stack';
import { GpuInferenceServiceProps } from '../props';

/** RFC 1035 label: what Kubernetes accepts as a Service name. */
export const DNS_1035_LABEL: NameRule = {
  min: 1,
  max: 63,
  pattern: /^[a-z]([-a-z0-9]*[a-z0-9])?$/,
  describe: "lower-case letters, digits and '-', starting with a letter and ending with a letter or digit",
};

/** The label the Deployment selects its pods by; users cannot override it. */
export const SELECTOR_LABEL = 'app.kubernetes.io/name';
/** Pod annotation that changes when secret env values change, so pods restart with new values. */
export const SECRET_CHECKSUM_ANNOTATION = 'cdktf-multiregion.io/secret-env-sha256';

/** Pod annotations set from typed props; setting them through `podAnnotations` would bypass the checks. */
const RESERVED_POD_ANNOTATIONS: Record<string, string> = {
  [HAMI_GPU_TYPE_ANNOTATION]: 'gpuType',
  [HAMI_SCHEDULER_POLICY_ANNOTATION]: 'schedulerPolicy',
  [SECRET_CHECKSUM_ANNOTATION]: 'secretEnv',
};

const HOST_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const HTTP_PATH = /^\/[^\s]*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** A whole number in [min, max], or a problem. Skips tokens and undefined. */
export function checkInt(problems: Problems, code: string, prop: string, value: number | undefined, min: number, max: number, unit: string): void {
  if (value === undefined || isUnresolved(value)) return;
  problems.check(Number.isInteger(value) && value >= min && value <= max, code, prop, value, `a whole number of ${unit} from ${min} to ${max}`);
}

/** Tag and digest of an image reference (`registry:port/repo/name:tag@sha256:...`). */
export function parseImage(image: string): { tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const nameAndTag = at >= 0 ? image.slice(0, at) : image;
  const colon = nameAndTag.lastIndexOf(':');
  const tag = colon > nameAndTag.lastIndexOf('/') ? nameAndTag.slice(colon + 1) : undefined;
  return { tag, digest };
}

function checkImage(problems: Problems, image: string, allowLatest: boolean): void {
  if (isUnresolved(image)) return;
  if (!image || /\s/.test(image)) {
    problems.add('IMAGE_INVALID', 'image', image, 'an image reference such as ghcr.io/remsky/kokoro-fastapi-gpu:v0.2.4');
    return;
  }
  const { tag, digest } = parseImage(image);
  if (digest !== undefined && !DIGEST.test(digest)) {
    problems.add('IMAGE_INVALID', 'image', image, 'a digest of the form @sha256:<64 hex digits>');
    return;
  }
  if (tag !== undefined && !TAG.test(tag)) {
    problems.add('IMAGE_INVALID', 'image', image, 'a tag of letters, digits, _ . - (at most 128 characters)');
    return;
  }
  if (allowLatest || digest !== undefined) return;
  problems.check(tag !== undefined && tag !== 'latest', 'IMAGE_NOT_PINNED', 'image', image,
    'an image pinned by tag (e.g. :v0.2.4) or digest (@sha256:...); untagged and :latest images drift between regions ' +
    '(set allowLatestImage to accept it)');
}

function checkHosts(problems: Problems, hosts: string[] | undefined): void {
  if (isUnresolved(hosts)) return;
  if (!hosts || hosts.length === 0) {
    problems.add('HOSTS_EMPTY', 'hosts', hosts ?? [], 'at least one host name, e.g. kokoro.ai.example.com');
    return;
  }
  const seen = new Set<string>();
  hosts.forEach((host, i) => {
    const prop = `hosts[${i}]`;
    if (isUnresolved(host)) return;
    if (seen.has(host)) problems.add('HOST_DUPLICATE', prop, host, 'each host once');
    seen.add(host);
    const bare = host.startsWith('*.') ? host.slice(2) : host;
    const labels = bare.split('.');
    const ok = host.length <= 253 && !IPV4.test(bare) && labels.every((l) => l.length <= 63 && HOST_LABEL.test(l));
    problems.check(ok, 'HOST_INVALID', prop, host,
      "a lower-case DNS name (labels of letters, digits and '-', at most 63 characters each, 253 in all), optionally starting with '*.'; not an IP address");
  });
}

function checkMap(problems: Problems, prop: string, map: Record<string, string> | undefined, kind: 'label' | 'annotation'): void {
  for (const [key, value] of Object.entries(map ?? {})) {
    const slash = key.lastIndexOf('/');
    const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    const keyOk = name.length <= 63 && LABEL_NAME.test(name) && (prefix === undefined || (prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix)));
    problems.check(keyOk, `${kind.toUpperCase()}_INVALID`, `${prop}['${key}']`, key,
      'a key of an optional DNS-subdomain prefix and \'/\', then at most 63 letters, digits, \'-\', \'_\' or \'.\'');
    if (kind === 'label' && !isUnresolved(value)) {
      problems.check(value.length <= 63 && LABEL_VALUE.test(value), 'LABEL_INVALID', `${prop}['${key}']`, value,
        "a label value of at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit");
    }
  }
}

/** Every problem with the props that is independent of the cluster's GPU stack. */
export function checkProps(problems: Problems, props: GpuInferenceServiceProps, name: string, namespace: string): void {
  problems.addAll(checkName('name', name, DNS_1035_LABEL));
  problems.addAll(checkName('namespace', namespace, DNS_LABEL));
  checkImage(problems, props.image, props.allowLatestImage ?? false);
  checkInt(problems, 'PORT_INVALID', 'port', props.port, 1, 65535, 'TCP port');
  checkInt(problems, 'REPLICAS_INVALID', 'replicas', props.replicas, 1, 100, 'replicas');
  checkHosts(problems, props.hosts);

  const path = props.path ?? '/';
  if (!isUnresolved(props.healthPath)) {
    problems.check(HTTP_PATH.test(props.healthPath ?? ''), 'HEALTH_PATH_INVALID', 'healthPath', props.healthPath,
      "an absolute HTTP path starting with '/', without spaces, e.g. /health");
  }
  if (!isUnresolved(path)) {
    problems.check(HTTP_PATH.test(path) && !path.includes('?'), 'PATH_INVALID', 'path', path,
      "an absolute path prefix starting with '/', without spaces or query, e.g. / or /tts");
  }
  if (!isUnresolved(path) && !isUnresolved(props.healthPath) && HTTP_PATH.test(path) && HTTP_PATH.test(props.healthPath ?? '')) {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const routed = path === '/' || props.healthPath === path || props.healthPath.startsWith(prefix);
    problems.check(routed, 'HEALTH_PATH_NOT_ROUTED', 'healthPath', props.healthPath,
      `a path under the ingress path '${path}': health checks through the ingress would not reach the service otherwise`);
  }

  // Environment.
  const plain = Object.keys(props.env ?? {});
  const secret = Object.keys(props.secretEnv ?? {});
  for (const key of plain) {
    problems.check(ENV_NAME.test(key), 'ENV_NAME_INVALID', `env['${key}']`, key, "a variable name of letters, digits, '_', '-' or '.', not starting with a digit");
  }
  for (const key of secret) {
    problems.check(ENV_NAME.test(key), 'ENV_NAME_INVALID', `secretEnv['${key}']`, key, "a variable name of letters, digits, '_', '-' or '.', not starting with a digit");
    problems.check(!plain.includes(key), 'ENV_DUPLICATE', `secretEnv['${key}']`, key, 'a name not also set in env');
  }

  // Compute resources.
  checkInt(problems, 'CPU_INVALID', 'cpuRequestMillicores', props.cpuRequestMillicores, 1, 256000, 'millicores');
  checkInt(problems, 'CPU_INVALID', 'cpuLimitMillicores', props.cpuLimitMillicores, 1, 256000, 'millicores');
  checkInt(problems, 'MEMORY_INVALID', 'memoryRequestMiB', props.memoryRequestMiB, 1, 4194304, 'MiB');
  checkInt(problems, 'MEMORY_INVALID', 'memoryLimitMiB', props.memoryLimitMiB, 1, 4194304, 'MiB');
  const cpuRequest = props.cpuRequestMillicores ?? 100;
  const memoryRequest = props.memoryRequestMiB ?? 1024;
  if (props.cpuLimitMillicores !== undefined) {
    problems.check(props.cpuLimitMillicores >= cpuRequest, 'LIMIT_BELOW_REQUEST', 'cpuLimitMillicores', props.cpuLimitMillicores,
      `at least the CPU request (${cpuRequest} millicores)`);
  }
  if (props.memoryLimitMiB !== undefined) {
    problems.check(props.memoryLimitMiB >= memoryRequest, 'LIMIT_BELOW_REQUEST', 'memoryLimitMiB', props.memoryLimitMiB,
      `at least the memory request (${memoryRequest} MiB)`);
  }

  // Labels and annotations.
  checkMap(problems, 'labels', props.labels, 'label');
  checkMap(problems, 'podAnnotations', props.podAnnotations, 'annotation');
  checkMap(problems, 'ingressAnnotations', props.ingressAnnotations, 'annotation');
  if (props.labels && SELECTOR_LABEL in props.labels) {
    problems.add('LABEL_RESERVED', `labels['${SELECTOR_LABEL}']`, props.labels[SELECTOR_LABEL],
      `another key: ${SELECTOR_LABEL} is the Deployment's selector and is always the service name`);
  }
  for (const [key, prop] of Object.entries(RESERVED_POD_ANNOTATIONS)) {
    if (props.podAnnotations && key in props.podAnnotations) {
      problems.add('ANNOTATION_RESERVED', `podAnnotations['${key}']`, props.podAnnotations[key],
        `the typed prop '${prop}' instead, which is checked against the cluster's GPU stack`);
    }
  }

  // Fast failover.
  const grace = props.terminationGracePeriodSeconds ?? 10;
  const preStop = props.preStopSleepSeconds ?? 5;
  checkInt(problems, 'GRACE_PERIOD_INVALID', 'terminationGracePeriodSeconds', props.terminationGracePeriodSeconds, 1, 300, 'seconds');
  checkInt(problems, 'PRESTOP_INVALID', 'preStopSleepSeconds', props.preStopSleepSeconds, 0, 299, 'seconds');
  if (Number.isInteger(grace) && Number.isInteger(preStop) && !isUnresolved(grace) && !isUnresolved(preStop)) {
    problems.check(preStop < grace, 'PRESTOP_NOT_BELOW_GRACE', 'preStopSleepSeconds', preStop,
      `less than terminationGracePeriodSeconds (${grace}): the grace period includes the preStop sleep, ` +
      'and the process needs time after it to shut down before SIGKILL');
  }
  checkInt(problems, 'READINESS_INVALID', 'readinessPeriodSeconds', props.readinessPeriodSeconds, 1, 300, 'seconds');
  checkInt(problems, 'READINESS_INVALID', 'readinessFailureThreshold', props.readinessFailureThreshold, 1, 30, 'probes');
  checkInt(problems, 'READINESS_INVALID', 'readinessTimeoutSeconds', props.readinessTimeoutSeconds, 1, 60, 'seconds');
  checkInt(problems, 'MAX_SURGE_INVALID', 'maxSurge', props.maxSurge, 1, 100, 'pods (at least 1: maxUnavailable is 0)');
  checkInt(problems, 'ROLLOUT_TIMEOUT_INVALID', 'rolloutTimeoutMinutes', props.rolloutTimeoutMinutes, 1, 180, 'minutes');
}
