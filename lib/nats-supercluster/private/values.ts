import { HelmValue, HelmValues } from '../../core/helm-addon';
import { NatsResources } from '../props';
import { confVariable, ENV, peerUrlEnv, peerUrlKey, SECRET_KEYS } from './naming';

/** One peer gateway as a member lists it. */
export interface PeerGateway {
  /** The peer's gateway (= cluster) name. */
  readonly name: string;
  /** `<fullname>-headless.<ns>.svc.<peer zone>:<port>`, no scheme, no credentials. */
  readonly hostPort: string;
}

/** What {@link natsValues} renders. */
export interface NatsValuesInput {
  readonly gatewayName: string;
  readonly replicas: number;
  readonly gatewayPort: number;
  readonly peers: readonly PeerGateway[];
  /** The per-member Secret the server's env reads credentials and peer URLs from. */
  readonly secretName: string;
  /** Whether gateways authenticate with user and password (else mutual TLS alone). */
  readonly gatewayAuth: boolean;
  readonly gatewayTls?: { readonly secretName: string; readonly caSecretName?: string };
  /** With TLS: what each pod advertises to other gateways, `$(POD_NAME).<headless host>:<port>`. */
  readonly advertise?: string;
  readonly monitor: boolean;
  readonly promExporter: boolean;
  readonly jetStream?: { readonly domain?: string; readonly fileStorageGiB: number; readonly storageClassName?: string; readonly serverNamePrefix: string };
  readonly resources?: NatsResources;
  readonly natsBox: boolean;
}

function fromSecret(secretName: string, key: string): HelmValue {
  return { valueFrom: { secretKeyRef: { name: secretName, key } } };
}

/**
 * The chart values of one member. Credentials never appear: nats.conf reads them from
 * environment variables (`$NATS_USER`, `$NATS_GW_URL_<PEER>`), which the pod takes from the
 * member's Secret. Each peer URL is a whole value (`urls: [$NATS_GW_URL_FSN1]`), because NATS
 * substitutes variables only as whole values and explicitly listed gateways need the credentials
 * inside the URL.
 */
export function natsValues(v: NatsValuesInput): HelmValues {
  const env: Record<string, HelmValue> = {
    [ENV.clientUser]: fromSecret(v.secretName, SECRET_KEYS.clientUser),
    [ENV.clientPassword]: fromSecret(v.secretName, SECRET_KEYS.clientPassword),
  };
  const gatewayMerge: Record<string, HelmValue> = {
    name: v.gatewayName,
    gateways: v.peers.map((p) => ({
      name: p.name,
      urls: [v.gatewayAuth ? confVariable(peerUrlEnv(p.name)) : `nats://${p.hostPort}`],
    })),
  };
  if (v.gatewayAuth) {
    env[ENV.gatewayUser] = fromSecret(v.secretName, SECRET_KEYS.gatewayUser);
    env[ENV.gatewayPassword] = fromSecret(v.secretName, SECRET_KEYS.gatewayPassword);
    for (const p of v.peers) env[peerUrlEnv(p.name)] = fromSecret(v.secretName, peerUrlKey(p.name));
    gatewayMerge.authorization = { user: confVariable(ENV.gatewayUser), password: confVariable(ENV.gatewayPassword) };
  }
  const gateway: Record<string, HelmValue> = { enabled: true, port: v.gatewayPort, merge: gatewayMerge };
  if (v.gatewayTls) gateway.tls = { enabled: true, secretName: v.gatewayTls.secretName };
  if (v.advertise) {
    // Kubernetes expands $(POD_NAME): the chart defines POD_NAME before container.env.
    env[ENV.gatewayAdvertise] = v.advertise;
    gatewayMerge.advertise = confVariable(ENV.gatewayAdvertise);
  }

  const config: Record<string, HelmValue> = {
    cluster: { enabled: true, replicas: v.replicas, merge: { name: v.gatewayName } },
    gateway,
    monitor: { enabled: v.monitor },
    merge: { authorization: { user: confVariable(ENV.clientUser), password: confVariable(ENV.clientPassword) } },
  };
  if (v.jetStream) {
    const pvc: Record<string, HelmValue> = { enabled: true, size: `${v.jetStream.fileStorageGiB}Gi` };
    if (v.jetStream.storageClassName) pvc.storageClassName = v.jetStream.storageClassName;
    config.jetstream = {
      enabled: true,
      fileStore: { enabled: true, pvc },
      ...(v.jetStream.domain ? { merge: { domain: v.jetStream.domain } } : {}),
    };
    config.serverNamePrefix = v.jetStream.serverNamePrefix;
  }

  const container: Record<string, HelmValue> = { env };
  if (v.resources) container.resources = v.resources as unknown as HelmValues;
  const values: Record<string, HelmValue> = {
    config,
    container,
    service: { ports: { monitor: { enabled: v.monitor } } },
    promExporter: { enabled: v.promExporter },
    natsBox: { enabled: v.natsBox },
  };
  if (v.gatewayTls?.caSecretName) values.tlsCA = { enabled: true, secretName: v.gatewayTls.caSecretName };
  return values;
}

/** Value paths the construct computes; user `values` may not set them (names, URLs and auth would drift apart). */
export const RESERVED_VALUE_PATHS = [
  'fullnameOverride',
  'nameOverride',
  'namespaceOverride',
  'headlessService.name',
  'statefulSet.name',
  'config.serverNamePrefix',
  'config.cluster.merge.name',
  'config.gateway.port',
  'config.gateway.merge.name',
  'config.gateway.merge.gateways',
  'config.gateway.merge.authorization',
  'config.merge.authorization',
  'config.jetstream.merge.domain',
] as const;

/** The reserved paths that `values` sets. */
export function reservedPathsIn(values: HelmValues | undefined): string[] {
  if (!values) return [];
  return RESERVED_VALUE_PATHS.filter((p) => {
    let cur: unknown = values;
    for (const k of p.split('.')) {
      if (typeof cur !== 'object' || cur === null || Array.isArray(cur) || !(k in cur)) return false;
      cur = (cur as Record<string, unknown>)[k];
    }
    return true;
  });
}
