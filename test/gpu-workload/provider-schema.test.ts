import * as fs from 'fs';
import * as path from 'path';
import { GpuCapabilities, Secret } from '../../lib';
import { GpuInferenceService } from '../../lib/gpu-workload';
import { GpuPlacement } from '../../lib/core/gpu';
import { describeWithShared, SHARED_DIR, StackJson, synthJson } from '../util/synth';
import { CGPU_L20, clusterStack, EXCLUSIVE_A100, HAMI_A40 } from './fixtures';

/** A Terraform provider schema block (the subset the check reads). */
interface Block {
  readonly attributes?: Record<string, { readonly required?: boolean; readonly optional?: boolean; readonly computed?: boolean }>;
  readonly block_types?: Record<string, { readonly nesting_mode: string; readonly min_items?: number; readonly max_items?: number; readonly block: Block }>;
}

const META = new Set(['provider', 'depends_on', 'count', 'for_each', 'lifecycle', 'provisioner', 'connection']);

/**
 * Structural check of a resource's JSON config against the provider schema: arguments that do not
 * exist or are computed-only, missing required arguments, block item counts. Terraform's JSON syntax
 * accepts a single object where a block list is expected.
 */
function violations(value: Record<string, unknown>, block: Block, at: string, top = true): string[] {
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const attr = block.attributes?.[key];
    const nested = block.block_types?.[key];
    if (top && META.has(key)) continue;
    if (attr) {
      if (!attr.optional && !attr.required) out.push(`${at}.${key}: computed-only attribute set`);
    } else if (nested) {
      const items = Array.isArray(v) ? v : [v];
      if (nested.max_items !== undefined && nested.max_items > 0 && items.length > nested.max_items) out.push(`${at}.${key}: ${items.length} items > max ${nested.max_items}`);
      items.forEach((item, i) => out.push(...violations(item as Record<string, unknown>, nested.block, `${at}.${key}[${i}]`, false)));
    } else {
      out.push(`${at}.${key}: not in the schema`);
    }
  }
  for (const [key, attr] of Object.entries(block.attributes ?? {})) {
    if (attr.required && !(key in value)) out.push(`${at}.${key}: required attribute missing`);
  }
  for (const [key, nested] of Object.entries(block.block_types ?? {})) {
    const n = key in value ? (Array.isArray(value[key]) ? (value[key] as unknown[]).length : 1) : 0;
    if ((nested.min_items ?? 0) > n) out.push(`${at}.${key}: ${n} items < min ${nested.min_items}`);
  }
  return out;
}

function allViolations(json: StackJson): string[] {
  const file = path.join(SHARED_DIR, 'reference', 'terraform', 'kubernetes-2.38.0.schema.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as { provider_schemas: Record<string, { resource_schemas: Record<string, { block: Block }> }> };
  const resourceSchemas = Object.values(schema.provider_schemas)[0].resource_schemas;
  const out: string[] = [];
  for (const [type, byId] of Object.entries(json.resource ?? {})) {
    if (!type.startsWith('kubernetes_')) continue;
    for (const [id, config] of Object.entries(byId)) out.push(...violations(config, resourceSchemas[type].block, `${type}.${id}`));
  }
  return out;
}

describeWithShared('GpuInferenceService output against the kubernetes 2.38.0 provider schema', () => {
  test.each<[string, GpuCapabilities]>([['cGPU', CGPU_L20], ['HAMi', HAMI_A40], ['exclusive', EXCLUSIVE_A100]])(
    'every argument and block exists and is settable (%s)', (_name, gpu) => {
      const { stack, cluster } = clusterStack({ gpu });
      const hami = gpu === HAMI_A40;
      new GpuInferenceService(cluster, 'kokoro', {
        cluster,
        image: 'ghcr.io/remsky/kokoro-fastapi-gpu:v0.2.4',
        port: 8880,
        gpuMemoryGiB: 5,
        gpuType: hami ? 'A40' : undefined,
        gpuCoresPercent: hami ? 50 : undefined,
        schedulerPolicy: hami ? GpuPlacement.BINPACK : undefined,
        healthPath: '/health',
        hosts: ['kokoro.ai.example.com', 'tts.example.com'],
        env: { LOG_LEVEL: 'info' },
        secretEnv: { API_KEY: Secret.variable(cluster, 'api_key', 'key') },
        cpuLimitMillicores: 4000,
        memoryLimitMiB: 5120,
        labels: { team: 'speech' },
        podAnnotations: { 'prometheus.io/scrape': 'true' },
        ingressAnnotations: { 'nginx.ingress.kubernetes.io/proxy-read-timeout': '300' },
      });
      const json = synthJson(stack);
      expect(Object.keys(json.resource ?? {}).sort()).toEqual(['kubernetes_deployment_v1', 'kubernetes_ingress_v1', 'kubernetes_secret_v1', 'kubernetes_service_v1']);
      expect(allViolations(json)).toEqual([]);
    });

  test('the check itself catches a misspelt argument', () => {
    const { stack, cluster } = clusterStack({ gpu: CGPU_L20 });
    const svc = new GpuInferenceService(cluster, 'kokoro', {
      cluster, image: 'kokoro:v1', port: 8880, gpuMemoryGiB: 1, healthPath: '/health', hosts: ['a.example.com'],
    });
    svc.deployment.addOverride('spec.template.spec.termination_grace_seconds', 5);
    expect(allViolations(synthJson(stack))).toEqual([expect.stringMatching(/termination_grace_seconds: not in the schema$/)]);
  });
});
