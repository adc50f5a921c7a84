import type { ErrorCodeDoc } from '../core/errors';

/** Error codes of {@link CassandraMultiDc} (the base's member codes are in lib/core). */
export const CASSANDRA_MULTI_DC_ERROR_CODES: Record<string, ErrorCodeDoc> = {
  CASSANDRA_NAME: {
    meaning: 'The K8ssandraCluster name (also the Cassandra cluster name and the prefix of its pods and services) is not a DNS label.',
    fix: "Pass `name` as lower-case letters, digits and '-', at most 63 characters.",
  },
  CASSANDRA_NAMESPACE: {
    meaning: 'The operator namespace is not a DNS label.',
    fix: "Pass `namespace` as lower-case letters, digits and '-', or leave the default 'k8ssandra-operator'.",
  },
  CASSANDRA_NAMESPACE_TAKEN: {
    meaning: 'Another CassandraMultiDc already installs k8ssandra-operator in the same namespace of one of the member clusters; the two Helm releases would collide.',
    fix: 'Give the second construct its own `namespace`, or add its datacenters to the first one.',
  },
  CASSANDRA_SERVER_VERSION: {
    meaning: 'serverVersion is missing or not a Cassandra version k8ssandra-operator 1.32 runs (3.11.x, 4.x.y, 5.x.y).',
    fix: "Pass an exact version such as '4.1.10'; it decides the on-disk format, so it has no default.",
  },
  CASSANDRA_OPERATOR_VERSION: {
    meaning: 'operatorVersion is not an exact chart version (the operator image tag is derived from it).',
    fix: "Pass a version such as '1.32.5', without a leading 'v' or a range.",
  },
  CASSANDRA_STORAGE_SIZE: {
    meaning: 'storageSize is not a whole Kubernetes quantity.',
    fix: "Pass a size such as '10Gi' or '500G'.",
  },
  CASSANDRA_STORAGE_CLASS: {
    meaning: 'A storage class name is not a valid Kubernetes object name.',
    fix: 'Pass the name of a StorageClass that exists in the cluster (`kubectl get storageclass`).',
  },
  CASSANDRA_HEAP: {
    meaning: 'heap is not a whole quantity in M, G, Mi or Gi.',
    fix: "Pass a heap such as '1G' or '512M'.",
  },
  CASSANDRA_MEMORY: {
    meaning: 'memory is not a whole quantity in M, G, Mi or Gi.',
    fix: "Pass a memory size such as '4Gi'.",
  },
  CASSANDRA_HEAP_OVER_HALF_MEMORY: {
    meaning: 'The heap takes more than half of the container memory; Cassandra then runs out of off-heap memory and page cache and is OOM-killed.',
    fix: 'Raise memory to at least twice the heap, or lower heap.',
  },
  CASSANDRA_LISTEN_ADDRESS: {
    meaning: "cassandraYaml sets listen_address to a wildcard (0.0.0.0 or ::), which Cassandra refuses at startup (the seed's mistake).",
    fix: 'Remove listen_address: cass-operator sets each pod\'s own IP.',
  },
  CASSANDRA_YAML_OPERATOR_OWNED: {
    meaning: 'cassandraYaml sets a key cass-operator writes for every pod (listen/broadcast address, seed_provider, cluster_name).',
    fix: "Remove the key; the cluster name comes from the construct's `name`.",
  },
  CASSANDRA_JVM_HEAP_OPTION: {
    meaning: 'jvmOptions sets heapSize, heap_initial_size or heap_max_size, which the `heap` prop owns (heapSize is deprecated).',
    fix: 'Remove the key from jvmOptions and pass `heap`.',
  },
  CASSANDRA_DC_SIZE: {
    meaning: 'A datacenter size is not a whole number from 1 to 1000.',
    fix: 'Pass the number of Cassandra pods; 3 or more for LOCAL_QUORUM at replication factor 3.',
  },
  CASSANDRA_DC_NAME: {
    meaning: 'A datacenter name is not a DNS label (it names the CassandraDatacenter and its services).',
    fix: "Pass datacenterName as lower-case letters, digits and '-', or leave it to default to the cluster name.",
  },
  CASSANDRA_DC_NAME_DUPLICATE: {
    meaning: 'Two datacenters have the same name; Cassandra would see one datacenter spread over two clusters.',
    fix: 'Give each datacenter its own datacenterName.',
  },
  CASSANDRA_DC_NAME_UNRESOLVED: {
    meaning: "A datacenter's name or k8sContext is a token; both are written into the datacenter's and the management stack, so a reference would tie the stacks together.",
    fix: 'Pass literal datacenterName and k8sContext (needed when the cluster name itself is a token).',
  },
  CASSANDRA_K8S_CONTEXT: {
    meaning: 'A k8sContext is not a DNS label (it names the ClientConfig and the kubeconfig Secret).',
    fix: "Pass k8sContext as lower-case letters, digits and '-', or leave it to default to the cluster name.",
  },
  CASSANDRA_K8S_CONTEXT_DUPLICATE: {
    meaning: "Two datacenters have the same k8sContext; the operator's client cache is keyed by it, so one would manage the other's cluster.",
    fix: 'Give each datacenter its own k8sContext.',
  },
  CASSANDRA_API_SERVER_URL: {
    meaning: "A datacenter's apiServerUrl is missing or not an https:// URL; the control plane's kubeconfig needs it.",
    fix: "Pass the data plane's API server as the management cluster's pods reach it, e.g. 'https://100.92.10.4:6443' (its host must be in the API server certificate).",
  },
  CASSANDRA_NOT_A_DATACENTER: {
    meaning: 'datacenter(cluster) was asked for the management cluster, which runs no datacenter.',
    fix: "Use the construct's `management` part for the management cluster, or pass one of the datacenter clusters.",
  },
};
