import type { ICluster } from '../core/cluster';
import type { ClusterMember } from '../core/multi-cluster';

/** k8ssandra-operator chart version this library pins (chart, operator image and the CRDs its tests check against). */
export const K8SSANDRA_OPERATOR_VERSION = '1.32.5';

/** One Cassandra datacenter: an application cluster that runs Cassandra pods (a data plane of k8ssandra-operator). */
export interface CassandraDatacenterMember extends ClusterMember {
  /** The application cluster. Its datacenter's resources (operator, token Secret) are created in its stack. */
  readonly cluster: ICluster;
  /**
   * The data plane's Kubernetes API server URL as the management cluster's pods reach it, e.g.
   * `https://100.92.10.4:6443` over the NetBird network. Written into the kubeconfig the control-plane
   * operator uses. Its host must be in the API server certificate's SANs (k3s: `--tls-san`): the
   * kubeconfig trusts the cluster CA and checks the name. An existing cluster is known here only by a
   * kubeconfig file path, so the URL cannot be derived. No default.
   */
  readonly apiServerUrl: string;
  /**
   * Cassandra datacenter name (`metadata.name` of the datacenter, and the name keyspaces use in
   * `NetworkTopologyStrategy`). A DNS label, distinct across datacenters.
   * @default - the cluster name
   */
  readonly datacenterName?: string;
  /**
   * The context name the control plane knows this cluster by: the `ClientConfig` name, its
   * `spec.contextName`, the kubeconfig Secret name and the datacenter's `k8sContext`. A DNS label,
   * distinct across datacenters.
   * @default - the cluster name
   */
  readonly k8sContext?: string;
  /** Cassandra pods in this datacenter. Three or more for `LOCAL_QUORUM` with replication factor 3. @default 3 */
  readonly size?: number;
  /** Storage class of this datacenter's data volumes, when it differs from {@link CassandraMultiDcProps.storageClassName}. @default - the construct's storageClassName */
  readonly storageClassName?: string;
}

/** What the cross-cluster network must carry for a {@link CassandraMultiDc}. */
export enum CassandraReachabilityTarget {
  /** A Kubernetes API server, at the host and port of the datacenter's `apiServerUrl`. */
  API_SERVER = 'api-server',
  /** Pod IPs of the target cluster (its pod CIDR): Cassandra seeds and the Management API are addressed by pod IP. */
  PODS = 'pods',
}

/**
 * One path the network between clusters must open (checked later by the bridge that builds the
 * network, e.g. `NetbirdBridge`). TCP.
 */
export interface CassandraReachability {
  /** The cluster the connections start from. */
  readonly from: ICluster;
  /** The cluster they go to. */
  readonly to: ICluster;
  /** API server or pod network. */
  readonly target: CassandraReachabilityTarget;
  /**
   * `host:port` of the API server (for `API_SERVER`; an `apiServerUrl` that is a token is kept
   * whole and port 443 assumed), or the target cluster's pod CIDR (for `PODS`).
   */
  readonly address: string;
  /** TCP ports. */
  readonly ports: readonly number[];
  /** Who opens the connections and why. */
  readonly purpose: string;
}

/** Props of {@link CassandraMultiDc}. */
export interface CassandraMultiDcProps {
  /**
   * The management cluster: runs the k8ssandra-operator control plane and holds the
   * `K8ssandraCluster`, the `ClientConfig`s and the kubeconfig Secrets. It runs no Cassandra pods.
   * Its stack reads each datacenter's kubeconfig from that datacenter's state (one way).
   */
  readonly management: ICluster;
  /**
   * One datacenter per application cluster. The base's member list is
   * `[management, ...datacenters]`: `members[0]` is the management cluster, `members[i + 1]` is
   * `datacenters[i]`.
   */
  readonly datacenters: readonly CassandraDatacenterMember[];
  /**
   * Name of the `K8ssandraCluster`, which is also the Cassandra cluster name. A DNS label.
   * @default - the construct id, lower-cased
   */
  readonly name?: string;
  /** Namespace of the operator, its Secrets and ClientConfigs, and the Cassandra pods, in every cluster. @default 'k8ssandra-operator' */
  readonly namespace?: string;
  /**
   * Cassandra version, e.g. `4.1.10` or `5.0.5`: 3.11.x, 4.x.y or 5.x.y (what k8ssandra-operator
   * 1.32 runs). No default: the version decides the on-disk format and a major upgrade cannot be
   * rolled back, so it is chosen on purpose.
   */
  readonly serverVersion: string;
  /** Size of each Cassandra pod's data volume (a Kubernetes quantity). @default '10Gi' */
  readonly storageSize?: string;
  /** Storage class of the data volumes (e.g. `openebs-hostpath`, `local-path`). @default - the cluster's default storage class */
  readonly storageClassName?: string;
  /**
   * JVM heap of each Cassandra pod, written as both `jvmOptions.heap_initial_size` and
   * `heap_max_size` (equal, as Cassandra advises; the deprecated `heapSize` is never written).
   * A quantity in M, G, Mi or Gi.
   * @default '1G'
   */
  readonly heap?: string;
  /**
   * Memory request and limit of each Cassandra container. When set, the heap must be at most half
   * of it (the rest is off-heap memory and page cache).
   * @default - no request or limit
   */
  readonly memory?: string;
  /**
   * Allow several Cassandra pods of a datacenter on one node. By default each pod needs its own
   * node (a datacenter of size 3 needs 3 schedulable nodes); soft affinity lets small clusters run
   * but one node loss then takes several replicas.
   * @default false
   */
  readonly softPodAntiAffinity?: boolean;
  /**
   * Create Prometheus `ServiceMonitor`s for Cassandra (`telemetry.prometheus.enabled`). Needs the
   * prometheus-operator CRDs in every datacenter cluster. MCAC (deprecated) is always off.
   * @default false
   */
  readonly prometheus?: boolean;
  /**
   * Extra `cassandra.yaml` settings (escape hatch), e.g. `{ num_tokens: 16 }`. Addresses, seeds
   * and the cluster name belong to the operator and are refused (`listen_address: 0.0.0.0` is
   * invalid for Cassandra in any case).
   * @default - none
   */
  readonly cassandraYaml?: Readonly<Record<string, unknown>>;
  /**
   * Extra `jvmOptions` (escape hatch), e.g. `{ gc: 'G1GC' }`. Heap keys are refused: use {@link heap}.
   * @default - none
   */
  readonly jvmOptions?: Readonly<Record<string, unknown>>;
  /** k8ssandra-operator chart version (also the operator image tag, `v<version>`), the same in every cluster. @default '1.32.5' */
  readonly operatorVersion?: string;
}
