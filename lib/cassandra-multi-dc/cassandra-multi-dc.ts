import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ICluster } from '../core/cluster';
import { KubernetesObject } from '../core/cluster-manifest';
import { MultiRegionValidationError, Problems } from '../core/errors';
import { ClusterMember, MultiClusterConstruct } from '../core/multi-cluster';
import { CassandraDatacenterPart, CassandraManagementPart, CassandraMemberPart } from './members';
import { k8ssandraCluster } from './private/manifest';
import { datacenterNames, validateProps } from './private/validate';
import {
  CassandraMultiDcProps, CassandraReachability, CassandraReachabilityTarget, K8SSANDRA_OPERATOR_VERSION,
} from './props';

/** Cassandra's ports between datacenters: inter-node (7000), inter-node over TLS (7001), CQL (9042). */
export const CASSANDRA_PEER_PORTS: readonly number[] = [7000, 7001, 9042];
/** The Management API port the control-plane operator calls on every Cassandra pod. */
export const CASSANDRA_MANAGEMENT_API_PORT = 8080;

/**
 * One logical Cassandra cluster with one datacenter per application cluster, managed by
 * k8ssandra-operator (1.32.5) from a management cluster, as in the chat seed (Part 2).
 *
 * - Every member cluster gets the shared cert-manager ({@link CertManager.of}) and then
 *   k8ssandra-operator: the control plane on `management`, `controlPlane: false` on the datacenters.
 * - Registration without `kubectl k8ssandra register`: in each datacenter's stack a service-account
 *   token Secret and a kubeconfig built from it (a sensitive value); in the management stack a
 *   Secret with key `kubeconfig` and a `ClientConfig` per datacenter. Values flow datacenter →
 *   management only (the management cluster is the construct's hub), so no datacenter stack depends
 *   on any other stack.
 * - One `K8ssandraCluster` in the management cluster, one datacenter per data plane.
 * - {@link requiredReachability} lists what the cross-cluster network must carry.
 *
 * @example
 * new CassandraMultiDc(mgmtStack, 'chat-history', {
 *   management: mgmt,
 *   datacenters: [
 *     { cluster: mn, apiServerUrl: 'https://100.92.0.10:6443' },
 *     { cluster: fsn1, apiServerUrl: 'https://100.92.0.20:6443' },
 *   ],
 *   serverVersion: '4.1.10',
 * });
 */
export class CassandraMultiDc extends MultiClusterConstruct<ClusterMember, CassandraMemberPart> {
  /** The `K8ssandraCluster` name, also the Cassandra cluster name. */
  public readonly name: string;
  /** The operator namespace in every cluster. */
  public readonly namespace: string;
  /** The management cluster's part (control plane, registrations, the `K8ssandraCluster`). */
  public readonly management: CassandraManagementPart;
  /** The datacenters' parts, in `datacenters` order. */
  public readonly datacenters: readonly CassandraDatacenterPart[];
  /** The `K8ssandraCluster` object as it is applied. */
  public readonly manifest: KubernetesObject;
  /**
   * What the network between clusters must carry (TCP): the management cluster to each
   * datacenter's API server and to its pods on 8080 (Management API); every datacenter to every
   * other datacenter's pods on 7000, 7001 and 9042 (seeds and peers are pod IPs).
   */
  public readonly requiredReachability: readonly CassandraReachability[];

  constructor(scope: Construct, id: string, props: CassandraMultiDcProps) {
    super(scope, id, [{ cluster: props.management }, ...(props.datacenters ?? [])], {
      minMembers: 2,
      hubs: props.management ? [props.management] : [],
    });
    this.name = props.name ?? id.toLowerCase();
    this.namespace = props.namespace ?? 'k8ssandra-operator';
    const problems = new Problems(this.node.path);
    validateProps(problems, props, this.name, this.namespace);
    this.clusters.forEach((cluster, i) => {
      const other = cluster.node.children.find((c): c is CassandraMemberPart => c instanceof CassandraMemberPart && c.namespace === this.namespace);
      problems.check(!other, 'CASSANDRA_NAMESPACE_TAKEN', 'namespace', this.namespace,
        `a namespace no other CassandraMultiDc uses in cluster '${cluster.clusterName}' (members[${i}]): '${other?.node.path}' ` +
        'already installs k8ssandra-operator there, and one operator release per namespace is all Helm allows');
    });
    problems.throwIfAny();

    const operatorVersion = props.operatorVersion ?? K8SSANDRA_OPERATOR_VERSION;
    const names = datacenterNames(props);
    this.createMemberParts((member, index, memberScope, partId) => {
      const common = { cluster: member.cluster, namespace: this.namespace, operatorVersion };
      if (index === 0) return new CassandraManagementPart(memberScope, partId, common);
      const dc = props.datacenters[index - 1];
      return new CassandraDatacenterPart(memberScope, partId, {
        ...common,
        datacenterName: names[index - 1].name,
        k8sContext: names[index - 1].context,
        apiServerUrl: dc.apiServerUrl,
      });
    });
    const [management, ...datacenters] = this.parts;
    this.management = management as CassandraManagementPart;
    this.datacenters = datacenters as CassandraDatacenterPart[];

    for (const dc of this.datacenters) this.management.registerDatacenter(dc);
    this.manifest = k8ssandraCluster(this.name, this.namespace, props, this.datacenters.map((dc, i) => ({
      name: dc.datacenterName,
      k8sContext: dc.k8sContext,
      size: props.datacenters[i].size ?? 3,
      storageClassName: props.datacenters[i].storageClassName,
    })));
    this.management.createCluster(this.manifest);
    this.requiredReachability = reachability(this.management.cluster, this.datacenters);
  }

  /** The datacenter part in `cluster` (escape hatch). */
  public datacenter(cluster: ICluster): CassandraDatacenterPart {
    const part = this.member(cluster);
    if (!(part instanceof CassandraDatacenterPart)) {
      throw new MultiRegionValidationError(this.node.path, [{
        code: 'CASSANDRA_NOT_A_DATACENTER',
        prop: 'cluster',
        value: `'${cluster.clusterName}' (the management cluster)`,
        expected: `one of the datacenters: ${this.datacenters.map((d) => d.cluster.clusterName).join(', ')}; use 'management' for the management cluster's part`,
      }]);
    }
    return part;
  }

  /**
   * The replication map for a keyspace in every datacenter, as `CREATE KEYSPACE … WITH replication`
   * takes it: `{'class': 'NetworkTopologyStrategy', '<dc>': <rf>, …}`, with `rf` capped at each
   * datacenter's size. @param replicationFactor replicas per datacenter (3 suits LOCAL_QUORUM)
   */
  public replication(replicationFactor = 3): string {
    const sizes = (this.manifest.spec as { cassandra: { datacenters: { size: number }[] } }).cassandra.datacenters;
    const entries = this.datacenters.map((dc, i) => `'${dc.datacenterName}': ${Math.min(replicationFactor, sizes[i].size)}`);
    return `{'class': 'NetworkTopologyStrategy', ${entries.join(', ')}}`;
  }
}

/** `host:port` and port of an API server URL (443 when the URL names none); a token is kept whole, port 443 assumed. */
function apiServer(url: string): { address: string; port: number } {
  if (Token.isUnresolved(url)) return { address: url, port: 443 };
  const parsed = new URL(url);
  const port = Number(parsed.port || '443');
  return { address: `${parsed.hostname.replace(/^\[|\]$/g, '')}:${port}`, port };
}

function reachability(management: ICluster, dcs: readonly CassandraDatacenterPart[]): CassandraReachability[] {
  const out: CassandraReachability[] = [];
  for (const dc of dcs) {
    const api = apiServer(dc.apiServerUrl);
    out.push({
      from: management, to: dc.cluster, target: CassandraReachabilityTarget.API_SERVER, address: api.address, ports: [api.port],
      purpose: `the control-plane operator manages datacenter '${dc.datacenterName}' through its Kubernetes API`,
    });
    out.push({
      from: management, to: dc.cluster, target: CassandraReachabilityTarget.PODS, address: dc.cluster.podCidr, ports: [CASSANDRA_MANAGEMENT_API_PORT],
      purpose: `the control-plane operator calls the Management API on every Cassandra pod of '${dc.datacenterName}' by pod IP`,
    });
  }
  for (const a of dcs) {
    for (const b of dcs) {
      if (a === b) continue;
      out.push({
        from: a.cluster, to: b.cluster, target: CassandraReachabilityTarget.PODS, address: b.cluster.podCidr, ports: [...CASSANDRA_PEER_PORTS],
        purpose: `Cassandra in '${a.datacenterName}' gossips with, streams to and queries '${b.datacenterName}' (seeds are pod IPs)`,
      });
    }
  }
  return out;
}
