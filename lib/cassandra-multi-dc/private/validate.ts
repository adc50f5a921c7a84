import { Token } from 'cdktf';
import { Problems } from '../../core/errors';
import { checkName, DNS_LABEL, NameRule } from '../../core/naming';
import { CassandraMultiDcProps } from '../props';

/** Kubernetes object names that may contain dots (storage classes). */
const DNS_SUBDOMAIN: NameRule = {
  min: 1,
  max: 253,
  pattern: /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/,
  describe: "lower-case letters, digits, '-' and '.', starting and ending with a letter or digit",
};

/** What k8ssandra-operator 1.32 runs for serverType cassandra: 3.11.x, 4.x.y, 5.x.y. */
const SERVER_VERSION = /^(3\.11|4\.\d+|5\.\d+)\.\d+$/;
const HEAP = /^[1-9]\d*(M|G|Mi|Gi)$/;
const STORAGE = /^[1-9]\d*(Mi|Gi|Ti|M|G|T)$/;
const API_SERVER_URL = /^https:\/\/(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?\/?$/;
const UNITS: Record<string, number> = { M: 1e6, G: 1e9, Mi: 2 ** 20, Gi: 2 ** 30 };

/** Bytes of a heap or memory quantity (`512M`, `2Gi`). */
export function quantityBytes(q: string): number {
  const m = /^(\d+)(M|G|Mi|Gi)$/.exec(q);
  return m ? Number(m[1]) * UNITS[m[2]] : NaN;
}

/**
 * `cassandra.yaml` keys cass-operator sets itself for every pod (its own address, the seeds, the
 * cluster name): a value given here would be wrong for every pod but one, or fight the operator.
 */
const OPERATOR_OWNED_YAML = ['listen_address', 'listen_interface', 'broadcast_address', 'seed_provider', 'cluster_name'];
const HEAP_OPTIONS = ['heapSize', 'heap_initial_size', 'heap_max_size'];

/** The names each datacenter resolves to (defaults applied); tokens are kept as they are. */
export function datacenterNames(props: CassandraMultiDcProps): { name: string; context: string }[] {
  return (props.datacenters ?? []).map((dc) => ({
    name: dc.datacenterName ?? dc.cluster?.clusterName,
    context: dc.k8sContext ?? dc.cluster?.clusterName,
  }));
}

/** Every problem with the props, collected (the base has already checked the member list). */
export function validateProps(problems: Problems, props: CassandraMultiDcProps, name: string, namespace: string): void {
  problems.addAll(checkName('name', name, DNS_LABEL, 'CASSANDRA_NAME'));
  problems.addAll(checkName('namespace', namespace, DNS_LABEL, 'CASSANDRA_NAMESPACE'));
  problems.checkRequired('CASSANDRA_SERVER_VERSION', 'serverVersion', props.serverVersion, (v) => SERVER_VERSION.test(v),
    "a Cassandra version k8ssandra-operator 1.32 runs: 3.11.x, 4.x.y or 5.x.y, e.g. '4.1.10' (the seed's '4.0.10' is valid)");
  problems.checkValue('CASSANDRA_OPERATOR_VERSION', 'operatorVersion', props.operatorVersion, (v) => /^\d+\.\d+\.\d+$/.test(v),
    "an exact k8ssandra-operator chart version such as '1.32.5' (the operator image tag is 'v' + this version)");
  problems.checkValue('CASSANDRA_STORAGE_SIZE', 'storageSize', props.storageSize, (s) => STORAGE.test(s),
    "a whole quantity in Mi, Gi, Ti, M, G or T, e.g. '10Gi'");
  problems.addAll(checkName('storageClassName', props.storageClassName, DNS_SUBDOMAIN, 'CASSANDRA_STORAGE_CLASS'));
  const heapOk = problems.checkValue('CASSANDRA_HEAP', 'heap', props.heap, (h) => HEAP.test(h),
    "a whole quantity in M, G, Mi or Gi, e.g. '1G' or '512M'");
  const memoryOk = problems.checkValue('CASSANDRA_MEMORY', 'memory', props.memory, (m) => HEAP.test(m),
    "a whole quantity in M, G, Mi or Gi, e.g. '4Gi'");
  const heap = props.heap ?? '1G';
  if (heapOk && memoryOk && props.memory !== undefined && !Token.isUnresolved(props.memory) && !Token.isUnresolved(heap)) {
    problems.check(quantityBytes(heap) * 2 <= quantityBytes(props.memory), 'CASSANDRA_HEAP_OVER_HALF_MEMORY', 'heap',
      `${heap} with memory ${props.memory}`, `a heap of at most half the container memory (${props.memory}): Cassandra needs the rest ` +
      'for off-heap structures and the page cache; raise memory or lower heap');
  }
  for (const [key, value] of Object.entries(props.cassandraYaml ?? {})) {
    if (key === 'listen_address' && (value === '0.0.0.0' || value === '::')) {
      problems.add('CASSANDRA_LISTEN_ADDRESS', 'cassandraYaml.listen_address', value,
        "no listen_address at all: Cassandra never accepts a wildcard listen address (other nodes must be able to reach the address " +
        'it listens on), and cass-operator sets each pod\'s own IP. Remove the key (the seed\'s 0.0.0.0 is this mistake)');
    } else if (OPERATOR_OWNED_YAML.includes(key)) {
      problems.add('CASSANDRA_YAML_OPERATOR_OWNED', `cassandraYaml.${key}`, value,
        `no ${key}: cass-operator sets it for every pod (pod IPs, seeds, the cluster name from 'name'); remove the key`);
    }
  }
  for (const key of Object.keys(props.jvmOptions ?? {})) {
    problems.check(!HEAP_OPTIONS.includes(key), 'CASSANDRA_JVM_HEAP_OPTION', `jvmOptions.${key}`, props.jvmOptions?.[key],
      "the 'heap' prop, which writes heap_initial_size and heap_max_size (heapSize is deprecated in k8ssandra-operator)");
  }

  const names = datacenterNames(props);
  (props.datacenters ?? []).forEach((dc, i) => {
    const at = `datacenters[${i}]`;
    problems.checkValue('CASSANDRA_DC_SIZE', `${at}.size`, dc.size, (s) => Number.isInteger(s) && s >= 1 && s <= 1000,
      'a whole number of Cassandra pods from 1 to 1000 (3 or more for LOCAL_QUORUM at replication factor 3)');
    problems.addAll(checkName(`${at}.datacenterName`, names[i].name, DNS_LABEL, 'CASSANDRA_DC_NAME'));
    problems.addAll(checkName(`${at}.k8sContext`, names[i].context, DNS_LABEL, 'CASSANDRA_K8S_CONTEXT'));
    for (const [key, what] of [['name', 'datacenterName'], ['context', 'k8sContext']] as const) {
      problems.check(!Token.isUnresolved(names[i][key]), 'CASSANDRA_DC_NAME_UNRESOLVED', `${at}.${what}`, '<a token, resolved only at apply time>',
        `a literal ${what} (it defaults to the cluster name): it is written into both the datacenter's and the management stack, ` +
        'so a reference would tie one stack to the other');
    }
    problems.addAll(checkName(`${at}.storageClassName`, dc.storageClassName, DNS_SUBDOMAIN, 'CASSANDRA_STORAGE_CLASS'));
    problems.checkRequired('CASSANDRA_API_SERVER_URL', `${at}.apiServerUrl`, dc.apiServerUrl, (u) => API_SERVER_URL.test(u),
      "the data plane's API server as the management cluster's pods reach it: https://<host>[:<port>], e.g. 'https://100.92.10.4:6443'");
    for (const [key, code, what] of [['name', 'CASSANDRA_DC_NAME_DUPLICATE', 'datacenterName'], ['context', 'CASSANDRA_K8S_CONTEXT_DUPLICATE', 'k8sContext']] as const) {
      const mine = names[i][key];
      const first = names.findIndex((n) => n[key] === mine);
      if (mine !== undefined && !Token.isUnresolved(mine) && first < i) {
        problems.add(code, `${at}.${what}`, mine, `a ${what} distinct from datacenters[${first}] (it defaults to the cluster name)`);
      }
    }
  });
}
