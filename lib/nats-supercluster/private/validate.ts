import { Problems, ValidationProblem } from '../../core/errors';
import { checkName, DNS_LABEL, NameRule } from '../../core/naming';
import { CredentialSource, NatsSuperclusterProps } from '../props';
import { headlessServiceName, natsFullname } from './naming';
import { RESERVED_VALUE_PATHS, reservedPathsIn } from './values';

const DNS_SUBDOMAIN: NameRule = {
  min: 1,
  max: 253,
  pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  describe: "lower-case DNS labels separated by '.'",
};
const RELEASE_NAME: NameRule = { ...DNS_LABEL, max: 53 };
const QUANTITY = /^\d+(\.\d+)?(m|k|Ki|Mi|Gi|Ti|M|G|T)?$/;
/** Ports the chart already uses in the pod: client, cluster routes, monitor, exporter. */
const TAKEN_PORTS: Record<number, string> = { 4222: 'client', 6222: 'cluster routes', 8222: 'monitor', 7777: 'promExporter' };

/** Settings the construct computed before validating (defaults applied). */
export interface Resolved {
  readonly namespace: string;
  readonly gatewayPort: number;
  readonly zoneSuffix: string;
  readonly replicas: number;
  readonly createNamespace: boolean;
  readonly clientAuth: CredentialSource;
  readonly gatewayAuth?: CredentialSource;
  readonly releaseNames: readonly string[];
}

function credentialProblems(prop: string, source: CredentialSource, r: Resolved): ValidationProblem[] {
  const p = new Problems('');
  if (source.kind === 'variable') {
    p.checkValue('NATS_AUTH_VARIABLE', `${prop}.variableName`, source.variableName, (n) => /^[a-z][a-z0-9_]*$/.test(n),
      'a Terraform variable name: lower-case letters, digits and underscores, starting with a letter');
    p.checkValue('NATS_AUTH_USER', `${prop}.user`, source.user, (u) => /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(u),
      "a user name of 1-64 letters, digits, '_', '.' or '-', starting with a letter");
    return [...p.all];
  }
  p.addAll(checkName(`${prop}.secretName`, source.secretName, DNS_SUBDOMAIN, 'NATS_AUTH_SECRET'));
  for (const key of ['userKey', 'passwordKey'] as const) {
    p.checkValue('NATS_AUTH_SECRET', `${prop}.${key}`, source[key], (k) => /^[-._a-zA-Z0-9]{1,253}$/.test(k),
      "a Secret key: letters, digits, '-', '_' or '.'");
  }
  const ns = source.namespace ?? r.namespace;
  p.check(!(r.createNamespace && ns === r.namespace), 'NATS_AUTH_SECRET_NAMESPACE', `${prop}.namespace`, ns,
    `a namespace that exists before the plan: the Secret is read at plan time, but namespace '${r.namespace}' is created by ` +
    'this construct (set createNamespace: false, or keep the Secret in another namespace)');
  return [...p.all];
}

/** Every rule on the props of a NatsSupercluster, all problems together. */
export function validateProps(props: NatsSuperclusterProps, r: Resolved): ValidationProblem[] {
  const p = new Problems('');
  p.checkValue('NATS_REPLICAS', 'replicas', r.replicas, (n) => Number.isInteger(n) && n >= 1 && n <= 15,
    'a whole number of NATS servers per member from 1 to 15 (3 tolerates the loss of one)');
  p.checkValue('NATS_GATEWAY_PORT', 'gatewayPort', r.gatewayPort, (n) => Number.isInteger(n) && n >= 1 && n <= 65535,
    'a TCP port from 1 to 65535 (7222 is the NATS default; the chat seed uses 7522)');
  p.checkValue('NATS_PORT_CONFLICT', 'gatewayPort', r.gatewayPort, (n) => !(n in TAKEN_PORTS),
    `a port the pod does not already use (taken: ${Object.entries(TAKEN_PORTS).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  p.addAll(checkName('zoneSuffix', r.zoneSuffix, DNS_SUBDOMAIN, 'NATS_ZONE_SUFFIX'));
  p.addAll(checkName('namespace', r.namespace, DNS_LABEL, 'NATS_NAMESPACE'));

  const seen = new Map<string, number>();
  r.releaseNames.forEach((release, i) => {
    const prop = `members[${i}].releaseName`;
    const bad = checkName(prop, release, RELEASE_NAME, 'NATS_RELEASE_NAME');
    p.addAll(bad);
    if (bad.length > 0) return;
    const fullname = natsFullname(release);
    p.check(headlessServiceName(fullname).length <= 63, 'NATS_FULLNAME_TOO_LONG', prop, release,
      `a shorter release name: the headless Service '${headlessServiceName(fullname)}' must fit in 63 characters`);
    const first = seen.get(fullname);
    p.check(first === undefined, 'NATS_FULLNAME_DUPLICATE', prop, release,
      `a release whose fullname ('${fullname}') differs from members[${first}]'s: server and pod names must not collide across the super-cluster`);
    seen.set(fullname, i);
  });

  p.addAll(credentialProblems('clientAuth', r.clientAuth, r));
  if (r.gatewayAuth) p.addAll(credentialProblems('gatewayAuth', r.gatewayAuth, r));
  p.check(props.gatewayAuth !== false || !!props.gatewayTls, 'NATS_GATEWAY_UNAUTHENTICATED', 'gatewayAuth', false,
    'gateway credentials (NatsCredentials) or gatewayTls: without either, anyone who reaches the gateway port joins the super-cluster');
  if (props.gatewayTls) {
    p.addAll(checkName('gatewayTls.secretName', props.gatewayTls.secretName, DNS_SUBDOMAIN, 'NATS_GATEWAY_TLS_SECRET'));
    p.addAll(checkName('gatewayTls.caSecretName', props.gatewayTls.caSecretName, DNS_SUBDOMAIN, 'NATS_GATEWAY_TLS_SECRET'));
  }
  p.check(!(props.promExporter && props.monitor === false), 'NATS_PROM_EXPORTER_NEEDS_MONITOR', 'promExporter', true,
    'monitor: true as well: the exporter scrapes the monitoring endpoint');

  const js = props.jetStream;
  if (js) {
    p.check(r.replicas >= 2, 'NATS_JETSTREAM_REPLICAS', 'replicas', r.replicas, 'at least 2 servers per member with JetStream (3 recommended)');
    p.checkValue('NATS_JETSTREAM_DOMAIN', 'jetStream.domain', js.domain, (d) => /^[A-Za-z0-9_-]{1,64}$/.test(d),
      "a JetStream domain of letters, digits, '_' or '-' (no '.', spaces or wildcards), the same for the whole super-cluster");
    p.checkValue('NATS_JETSTREAM_STORAGE', 'jetStream.fileStorageGiB', js.fileStorageGiB, (n) => Number.isInteger(n) && n >= 1 && n <= 65536,
      'a whole number of GiB from 1 to 65536');
    p.addAll(checkName('jetStream.storageClassName', js.storageClassName, DNS_SUBDOMAIN, 'NATS_STORAGE_CLASS'));
  }
  for (const kind of ['requests', 'limits'] as const) {
    for (const res of ['cpu', 'memory'] as const) {
      p.checkValue('NATS_RESOURCES', `resources.${kind}.${res}`, props.resources?.[kind]?.[res], (q) => QUANTITY.test(q),
        `a Kubernetes quantity such as ${res === 'cpu' ? "'500m' or '2'" : "'512Mi' or '2Gi'"}`);
    }
  }

  const reserved = (prop: string, paths: string[]): void => {
    for (const path of paths) {
      p.add('NATS_VALUES_RESERVED', `${prop}.${path}`, '<set>',
        `no value there: the construct computes ${RESERVED_VALUE_PATHS.join(', ')} so names, peer URLs and credentials stay consistent ` +
        'across members; use the matching prop (releaseName, gatewayPort, clientAuth, gatewayAuth, jetStream)');
    }
  };
  reserved('values', reservedPathsIn(props.values));
  (props.members ?? []).forEach((m, i) => reserved(`members[${i}].values`, reservedPathsIn(m.values)));
  return [...p.all];
}
