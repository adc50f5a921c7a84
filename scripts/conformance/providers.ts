/**
 * The providers the conformance check can serve, and where their schemas come from.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProvidersSchemaFile, Schema } from './schema-types';

export interface ProviderEntry {
  namespace: string;
  type: string;
  /** The one version served from the filesystem mirror. */
  version: string;
  /** File in ../shared/reference/terraform */
  schemaFile: string;
  /** File in scripts/conformance/provider-blocks when the dump has no provider block. */
  providerBlock?: string;
}

export const REGISTRY_HOST = 'registry.terraform.io';

export const PROVIDERS: ProviderEntry[] = [
  { namespace: 'hashicorp', type: 'kubernetes', version: '2.38.0', schemaFile: 'kubernetes-2.38.0.schema.json', providerBlock: 'kubernetes.json' },
  { namespace: 'hashicorp', type: 'helm', version: '3.1.1', schemaFile: 'helm-3.x.schema.json', providerBlock: 'helm.json' },
  { namespace: 'cloudflare', type: 'cloudflare', version: '5.14.0', schemaFile: 'cloudflare-5.14.0-subset.schema.json' },
  { namespace: 'aliyun', type: 'alicloud', version: '1.283.0', schemaFile: 'alicloud-1.283.0.schema.json' },
  { namespace: 'vngcloud', type: 'vngcloud', version: '1.3.11', schemaFile: 'vngcloud-1.3.11.schema.json' },
  { namespace: 'netbirdio', type: 'netbird', version: '0.0.10', schemaFile: 'netbird-0.0.10.schema.json' },
];

export function providerAddress(p: { namespace: string; type: string }): string {
  return `${REGISTRY_HOST}/${p.namespace}/${p.type}`;
}

/** The project root: two levels above scripts/conformance. */
export const PROJECT_ROOT = path.resolve(__dirname, '../..');

/** ../shared relative to the project root (never to the cwd). */
export function sharedDir(root: string = PROJECT_ROOT): string {
  return path.resolve(root, '../shared');
}

export function referenceDir(root: string = PROJECT_ROOT): string {
  return path.join(sharedDir(root), 'reference', 'terraform');
}

/** Normalizes a `required_providers` source ("helm", "aliyun/alicloud", "registry.terraform.io/x/y"). */
export function normalizeSource(source: string): string {
  const parts = source.toLowerCase().split('/');
  if (parts.length === 1) return `${REGISTRY_HOST}/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `${REGISTRY_HOST}/${parts[0]}/${parts[1]}`;
  return parts.join('/');
}

export function findProvider(source: string): ProviderEntry | undefined {
  const addr = normalizeSource(source);
  return PROVIDERS.find((p) => providerAddress(p) === addr);
}

/**
 * Writes the schema file a provider process serves: the reference dump, with the derived
 * provider block merged in when the dump has none. Returns the path (the reference file itself
 * when nothing needs merging).
 */
export function prepareSchemaFile(p: ProviderEntry, refDir: string, outDir: string): string {
  const src = path.join(refDir, p.schemaFile);
  if (!p.providerBlock) return src;
  const file = JSON.parse(fs.readFileSync(src, 'utf8')) as ProvidersSchemaFile;
  const block = JSON.parse(fs.readFileSync(path.join(__dirname, 'provider-blocks', p.providerBlock), 'utf8')) as {
    provider: Schema;
  };
  const addr = providerAddress(p);
  const entry = file.provider_schemas[addr] ?? Object.values(file.provider_schemas)[0];
  if (!entry) throw new Error(`${src} has no provider schema`);
  if (!entry.provider) entry.provider = block.provider;
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `${p.type}-${p.version}.schema.json`);
  fs.writeFileSync(out, JSON.stringify({ format_version: file.format_version, provider_schemas: { [addr]: entry } }));
  return out;
}
