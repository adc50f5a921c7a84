import { isUnresolved, ValidationProblem } from '../../core/errors';
import { GpuNodeType } from '../../core/gpu';
import { checkCidrs } from '../../core/cidr';
import { checkName } from '../../core/naming';
import { VksNetworkType, VksNodeGroupOptions } from '../props';
import { NodeGroupRules } from './context';

/** VKS node-group names: 5-15 characters of `[a-z0-9-]` (provider docs). */
export const NODE_GROUP_NAME = { min: 5, max: 15, pattern: /^[a-z0-9-]+$/, describe: "lower-case letters, digits and '-'" };
const TAINT_PART = /^[A-Za-z0-9_]([A-Za-z0-9._-]{0,61}[A-Za-z0-9_])?$/;

/** The node group's GPU type: from the options, or the flavor table. Undefined for a CPU group. */
export function resolveGpu(opts: VksNodeGroupOptions, ctx: NodeGroupRules): GpuNodeType | undefined {
  const known = opts.flavor !== undefined ? ctx.gpuFlavors[opts.flavor] : undefined;
  const isGpu = opts.gpu ?? (known !== undefined || opts.gpuModel !== undefined);
  if (!isGpu) return undefined;
  const gpuModel = opts.gpuModel ?? known?.gpuModel;
  const gpuMemoryGiB = opts.gpuMemoryGiB ?? known?.gpuMemoryGiB;
  if (gpuModel === undefined || gpuMemoryGiB === undefined) return undefined;
  return { gpuModel, gpuMemoryGiB, gpusPerNode: opts.gpusPerNode ?? known?.gpusPerNode ?? 1, instanceType: opts.flavor ?? opts.flavorId };
}

/** Every problem with one node group's options; `at` prefixes prop names (e.g. `gpuNodeGroup.`). */
export function nodeGroupProblems(at: string, opts: VksNodeGroupOptions, ctx: NodeGroupRules): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  const add = (code: string, prop: string, value: unknown, expected: string): void => {
    out.push({ code, prop: `${at}${prop}`, value: value === undefined ? 'undefined' : typeof value === 'string' ? `'${value}'` : JSON.stringify(value), expected });
  };
  out.push(...checkName(`${at}name`, opts.name, NODE_GROUP_NAME, 'NODE_GROUP_NAME_INVALID'));

  const known = opts.flavor !== undefined ? ctx.gpuFlavors[opts.flavor] : undefined;
  const isGpu = opts.gpu ?? (known !== undefined || opts.gpuModel !== undefined);
  if (isGpu && (opts.gpuModel ?? known?.gpuModel) === undefined || isGpu && (opts.gpuMemoryGiB ?? known?.gpuMemoryGiB) === undefined) {
    add('FLAVOR_UNKNOWN_GPU', 'flavor', opts.flavor ?? opts.flavorId,
      `a flavor listed in VKS_GPU_FLAVORS or the cluster's gpuFlavors (${Object.keys(ctx.gpuFlavors).join(', ')}), or set gpuModel and gpuMemoryGiB on the node group`);
  }
  if (opts.gpuMemoryGiB !== undefined) {
    if (!(opts.gpuMemoryGiB > 0 && opts.gpuMemoryGiB <= 1024)) add('GPU_MEMORY_INVALID', 'gpuMemoryGiB', opts.gpuMemoryGiB, 'GiB of one GPU, e.g. 48 for an A40');
  }
  if (opts.gpusPerNode !== undefined && !(Number.isInteger(opts.gpusPerNode) && opts.gpusPerNode >= 1 && opts.gpusPerNode <= 16)) {
    add('GPUS_PER_NODE_INVALID', 'gpusPerNode', opts.gpusPerNode, 'a whole number from 1 to 16');
  }
  if (opts.flavorId === undefined && opts.flavor !== undefined) {
    if (ctx.projectId === undefined) add('PROJECT_ID_MISSING', 'flavor', opts.flavor, "the cluster's projectId, needed to look the flavor up by name; or pass flavorId");
    if ((opts.flavorZone ?? ctx.flavorZone) === undefined) {
      add('FLAVOR_ZONE_MISSING', 'flavorZone', undefined, "the flavor zone's name (as the vServer portal shows it), here or on the cluster, to look the flavor up by name; or pass flavorId");
    }
  }
  if (isGpu && opts.flavor === undefined && opts.flavorId === undefined) {
    add('FLAVOR_MISSING', 'flavor', undefined, "a GPU flavor name such as 'g3-standard-16x128-1A40' (or flavorId); without one VKS picks a CPU flavor");
  }
  if (opts.sshKeyId === undefined && !ctx.clusterHasSshKey) {
    add('SSH_KEY_MISSING', 'sshKeyId', undefined, "an SSH key id (ssh-…) here or on the cluster (sshKeyId, or sshPublicKey to create one); the provider requires one per node group");
  }

  const num = opts.numNodes ?? opts.scaling?.minNodes ?? 1;
  const validCount = (n: number): boolean => isUnresolved(n) || (Number.isInteger(n) && n >= 0 && n <= 10);
  if (!validCount(num)) add('NODE_COUNT_INVALID', 'numNodes', num, 'a whole number from 0 to 10 (VKS limit per node group)');
  if (opts.scaling) {
    const { minNodes, maxNodes } = opts.scaling;
    if (!validCount(minNodes)) add('NODE_COUNT_INVALID', 'scaling.minNodes', minNodes, 'a whole number from 0 to 10');
    if (!validCount(maxNodes)) add('NODE_COUNT_INVALID', 'scaling.maxNodes', maxNodes, 'a whole number from 0 to 10');
    if (minNodes > maxNodes) add('AUTOSCALE_RANGE', 'scaling', opts.scaling, 'minNodes <= maxNodes');
    if (opts.numNodes !== undefined && (opts.numNodes < minNodes || opts.numNodes > maxNodes)) {
      add('NODE_COUNT_OUTSIDE_AUTOSCALE', 'numNodes', opts.numNodes, `a count from scaling.minNodes (${minNodes}) to scaling.maxNodes (${maxNodes})`);
    }
  }
  const disk = opts.diskSizeGiB ?? 100;
  if (!isUnresolved(disk) && !(Number.isInteger(disk) && disk >= 20 && disk <= 1000)) {
    add('DISK_SIZE_INVALID', 'diskSizeGiB', disk, 'a whole number of GiB from 20 to 1000');
  }
  (opts.taints ?? []).forEach((t, i) => {
    if (!TAINT_PART.test(t.key)) add('TAINT_INVALID', `taints[${i}].key`, t.key, "at most 63 characters of [A-Za-z0-9._-], starting and ending with a letter, digit or '_'");
    if (t.value === undefined || !TAINT_PART.test(t.value)) add('TAINT_INVALID', `taints[${i}].value`, t.value, "a value (VKS requires one) of at most 63 characters of [A-Za-z0-9._-], starting and ending with a letter, digit or '_'");
  });
  for (const [k, v] of Object.entries(ctx.gpuNodeLabels)) {
    if (isGpu && opts.labels?.[k] !== undefined && opts.labels[k] !== v) {
      add('GPU_NODE_LABEL_CONFLICT', `labels.${k}`, opts.labels[k], `'${v}': HAMi's device plugin only runs on nodes labelled ${k}=${v}`);
    }
  }
  if (ctx.networkType === VksNetworkType.CILIUM_NATIVE_ROUTING && !(opts.secondarySubnets?.length)) {
    add('SECONDARY_SUBNETS_REQUIRED', 'secondarySubnets', opts.secondarySubnets,
      'at least one secondary subnet CIDR for pod IPs: the provider refuses node groups without one when networkType is CILIUM_NATIVE_ROUTING');
  }
  out.push(...checkCidrs((opts.secondarySubnets ?? []).map((cidr, i) => ({ prop: `${at}secondarySubnets[${i}]`, cidr }))));
  return out;
}
