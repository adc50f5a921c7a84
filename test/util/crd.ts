import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { SHARED_DIR } from './synth';

/** An OpenAPI v3 schema node as CRDs carry it (the subset the checker reads). */
interface SchemaNode {
  readonly type?: string;
  readonly properties?: Record<string, SchemaNode>;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly items?: SchemaNode;
  readonly required?: string[];
  readonly enum?: unknown[];
  readonly 'x-kubernetes-preserve-unknown-fields'?: boolean;
  readonly 'x-kubernetes-int-or-string'?: boolean;
}

/** The openAPIV3Schema of `version` in ../shared/reference/crds/<file>. */
export function crdSchema(file: string, version: string): SchemaNode {
  const doc = parse(fs.readFileSync(path.join(SHARED_DIR, 'reference', 'crds', file), 'utf8')) as {
    spec: { versions: { name: string; schema: { openAPIV3Schema: SchemaNode } }[] };
  };
  const v = doc.spec.versions.find((x) => x.name === version);
  if (!v) throw new Error(`${file} has no version ${version}`);
  return v.schema.openAPIV3Schema;
}

/**
 * Structural check of an object against a CRD schema: unknown fields (unless the schema preserves
 * them), missing required fields, wrong types and values outside an enum. Returns messages with
 * JSON paths; empty when the object conforms. `metadata` is not descended into.
 */
export function crdViolations(obj: unknown, schema: SchemaNode, at = ''): string[] {
  const out: string[] = [];
  const here = at || '<root>';
  if (schema.enum && !schema.enum.includes(obj)) out.push(`${here}: ${JSON.stringify(obj)} is not one of ${JSON.stringify(schema.enum)}`);
  if (schema['x-kubernetes-int-or-string']) {
    if (typeof obj !== 'string' && !Number.isInteger(obj)) out.push(`${here}: expected int or string`);
    return out;
  }
  switch (schema.type) {
    case 'object': {
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return [...out, `${here}: expected object`];
      const o = obj as Record<string, unknown>;
      for (const r of schema.required ?? []) if (!(r in o)) out.push(`${at}.${r}: required`);
      for (const [k, v] of Object.entries(o)) {
        if (at === '' && k === 'metadata') continue;
        const p = `${at}.${k}`;
        const child = schema.properties?.[k];
        if (child) out.push(...crdViolations(v, child, p));
        else if (typeof schema.additionalProperties === 'object') out.push(...crdViolations(v, schema.additionalProperties, p));
        else if (!schema['x-kubernetes-preserve-unknown-fields'] && schema.additionalProperties !== true) out.push(`${p}: unknown field`);
      }
      return out;
    }
    case 'array':
      if (!Array.isArray(obj)) return [...out, `${here}: expected array`];
      obj.forEach((v, i) => out.push(...(schema.items ? crdViolations(v, schema.items, `${at}[${i}]`) : [])));
      return out;
    case 'string':
      return typeof obj === 'string' ? out : [...out, `${here}: expected string`];
    case 'integer':
      return Number.isInteger(obj) ? out : [...out, `${here}: expected integer`];
    case 'number':
      return typeof obj === 'number' ? out : [...out, `${here}: expected number`];
    case 'boolean':
      return typeof obj === 'boolean' ? out : [...out, `${here}: expected boolean`];
    default:
      return out;
  }
}
