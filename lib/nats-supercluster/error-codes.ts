import { ErrorCodeDoc } from '../core/errors';

/** Error codes of NatsSupercluster (also MEMBER_* from MultiClusterConstruct, MEMBER_SETTING_DIFFERS for chartVersion). */
export const NATS_SUPERCLUSTER_ERROR_CODES: Record<string, ErrorCodeDoc> = {
  NATS_REPLICAS: { meaning: 'The number of NATS servers per member is not a whole number from 1 to 15.', fix: 'Set replicas to 3 (tolerates one server down) or another whole number in range.' },
  NATS_GATEWAY_PORT: { meaning: 'The gateway port is not a TCP port.', fix: 'Use a port from 1 to 65535; 7222 is the NATS default.' },
  NATS_PORT_CONFLICT: { meaning: 'The gateway port is one the pod already uses (client 4222, routes 6222, monitor 8222, exporter 7777).', fix: 'Pick another port, e.g. 7222 or 7522.' },
  NATS_ZONE_SUFFIX: { meaning: 'The zone suffix is not a DNS name, so peer gateway host names would not resolve.', fix: "Use the suffix your cross-cluster DNS serves ('internal' for NetbirdBridge)." },
  NATS_NAMESPACE: { meaning: 'The namespace is not a DNS label.', fix: "Use lower-case letters, digits and '-', at most 63 characters." },
  NATS_RELEASE_NAME: { meaning: "A member's release name is not a Helm release name (DNS label, at most 53 characters).", fix: 'Shorten or rename members[i].releaseName.' },
  NATS_FULLNAME_TOO_LONG: { meaning: "The chart's headless Service name (<fullname>-headless) would pass 63 characters.", fix: 'Use a shorter release name.' },
  NATS_FULLNAME_DUPLICATE: { meaning: 'Two members would get the same chart fullname, so pod and server names collide across the super-cluster.', fix: 'Give each member its own releaseName (the default nats-<clusterName> is distinct).' },
  NATS_AUTH_VARIABLE: { meaning: 'The shared credential variable name is not a Terraform variable name.', fix: 'Use lower-case letters, digits and underscores, starting with a letter.' },
  NATS_AUTH_USER: { meaning: 'The user name has characters that do not survive nats.conf or the gateway URL.', fix: "Use letters, digits, '_', '.' or '-', starting with a letter." },
  NATS_AUTH_SECRET: { meaning: 'The existing Secret name or one of its keys is not valid.', fix: 'Name an existing Secret (DNS subdomain) and keys made of letters, digits, - _ .' },
  NATS_AUTH_SECRET_NAMESPACE: { meaning: 'The existing Secret is read at plan time from a namespace this construct only creates at apply.', fix: 'Set createNamespace: false (namespace made beforehand) or point namespace at another namespace.' },
  NATS_GATEWAY_UNAUTHENTICATED: { meaning: 'gatewayAuth is false without gatewayTls: any host that reaches the gateway port could join the super-cluster.', fix: 'Keep gateway credentials, or set gatewayTls (mutual TLS).' },
  NATS_GATEWAY_TLS_SECRET: { meaning: 'A gateway TLS Secret name is not a Kubernetes name.', fix: 'Name the kubernetes.io/tls Secret (and CA Secret) that exist in every member.' },
  NATS_PROM_EXPORTER_NEEDS_MONITOR: { meaning: 'The Prometheus exporter is on while the monitoring endpoint it scrapes is off.', fix: 'Set monitor: true, or promExporter: false.' },
  NATS_JETSTREAM_REPLICAS: { meaning: 'JetStream is on with a single server per member.', fix: 'Set replicas to 3 (at least 2).' },
  NATS_JETSTREAM_DOMAIN: { meaning: 'The JetStream domain has characters NATS subjects cannot carry.', fix: "Use letters, digits, '_' or '-'." },
  NATS_JETSTREAM_STORAGE: { meaning: 'The JetStream file-store size is not a whole number of GiB.', fix: 'Use a whole number from 1 to 65536.' },
  NATS_STORAGE_CLASS: { meaning: 'The storage class name is not a Kubernetes name.', fix: 'Name a StorageClass that exists in every member.' },
  NATS_RESOURCES: { meaning: 'A CPU or memory value is not a Kubernetes quantity.', fix: "Use e.g. '500m' or '2' for cpu, '512Mi' or '2Gi' for memory." },
  NATS_VALUES_RESERVED: { meaning: 'Helm values set a key the construct computes (names, gateway list, port, credentials, server-name prefix, JetStream domain).', fix: 'Remove the key and use the matching prop.' },
};
