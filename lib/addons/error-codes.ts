import type { ErrorCodeDoc } from '../core/errors';

/** Codes raised by the add-ons (cert-manager, ingress-nginx, GPU Operator, HAMi, VNG Cloud load-balancer controller). See docs/errors.md. */
export const ADDONS_ERROR_CODES: Readonly<Record<string, ErrorCodeDoc>> = {
  HAMI_DEVICE_SPLIT_COUNT: {
    meaning: 'HAMi would split each GPU into a number of virtual GPUs outside 1 to 100.',
    fix: 'Set deviceSplitCount to a whole number from 1 to 100.',
  },
  HAMI_MEMORY_SCALING: {
    meaning: 'HAMi GPU-memory over-commit is outside 1 (none) to 10.',
    fix: 'Set deviceMemoryScaling to a factor from 1 to 10.',
  },
  HAMI_NODE_SELECTOR_EMPTY: {
    meaning: "HAMi's node selector is empty, so its device plugin would run on every node, GPU or not.",
    fix: "Give at least one label of the GPU nodes, e.g. { gpu: 'on' }.",
  },
  HAMI_RESOURCE_CLASH: {
    meaning: "HAMi would advertise 'nvidia.com/gpu' while the GPU Operator's device plugin advertises it too; two device plugins cannot share one resource.",
    fix: "Give resourceNames.count another name (e.g. hami.nvidia.com/gpu), or set devicePluginEnabled: false on the GPU Operator.",
  },
  HAMI_RESOURCE_NAME: {
    meaning: 'A HAMi resource name is not a qualified extended-resource name.',
    fix: 'Use a name such as hami.nvidia.com/gpu in resourceNames.',
  },
  HAMI_RESOURCE_NAME_DUPLICATE: {
    meaning: 'Two HAMi resources (count, memory, cores) have the same name, so pods could not ask for them separately.',
    fix: 'Give each entry of resourceNames a different name.',
  },
  HAMI_SCHEDULER_NAME: {
    meaning: "HAMi's scheduler name is not a DNS label, so Kubernetes would refuse it.",
    fix: 'Use a DNS label such as hami-scheduler.',
  },
  REPLICAS: {
    meaning: "An add-on's replica count is not a whole number in the range it supports.",
    fix: 'Set replicas to a whole number in the range the message gives (cert-manager 1-10, ingress-nginx 1-20).',
  },
  TOLERATION_KEY: {
    meaning: 'A GPU Operator toleration key is not a label-style key, so the toleration would never match a taint.',
    fix: 'Use a key such as nvidia.com/gpu or dedicated.',
  },
  CILIUM_CNI_CONFLICT: { meaning: 'Cilium is to be installed on a cluster that declares another CNI.', fix: 'Declare cni ClusterCni.CILIUM (or OTHER) for a cluster whose CNI the library installs.' },
  CILIUM_OPERATOR_REPLICAS: { meaning: 'cilium-operator replicas out of range.', fix: 'A whole number from 1 to 5.' },
  CILIUM_API_PORT: { meaning: 'The API server port is not a TCP port.', fix: 'A whole number from 1 to 65535 (k3s: 6443).' },
};
