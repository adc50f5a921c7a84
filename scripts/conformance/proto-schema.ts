/**
 * Converts the JSON schema form (`terraform providers schema -json`) into tfplugin6
 * `Schema` messages (plain objects for @grpc/proto-loader / protobufjs).
 */
import type { Schema, SchemaAttribute, SchemaBlock, SchemaObject, ProviderSchema } from './schema-types';

const BLOCK_NESTING: Record<string, number> = { single: 1, list: 2, set: 3, map: 4, group: 5 };
const OBJECT_NESTING: Record<string, number> = { single: 1, list: 2, set: 3, map: 4 };

function kind(k: string | undefined): number {
  return k === 'markdown' ? 1 : 0;
}

function protoAttribute(name: string, a: SchemaAttribute): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name,
    description: a.description ?? '',
    description_kind: kind(a.description_kind),
    required: !!a.required,
    optional: !!a.optional,
    computed: !!a.computed,
    sensitive: !!a.sensitive,
    deprecated: !!a.deprecated,
    write_only: !!a.write_only,
  };
  if (a.nested_type) out.nested_type = protoObject(a.nested_type);
  else out.type = Buffer.from(JSON.stringify(a.type));
  return out;
}

function protoObject(o: SchemaObject): Record<string, unknown> {
  const nesting = OBJECT_NESTING[o.nesting_mode];
  if (!nesting) throw new Error(`unknown nested attribute nesting mode ${o.nesting_mode}`);
  return {
    attributes: Object.entries(o.attributes ?? {}).map(([n, a]) => protoAttribute(n, a)),
    nesting,
  };
}

export function protoBlock(b: SchemaBlock): Record<string, unknown> {
  return {
    version: 0,
    attributes: Object.entries(b.attributes ?? {}).map(([n, a]) => protoAttribute(n, a)),
    block_types: Object.entries(b.block_types ?? {}).map(([n, nb]) => {
      const nesting = BLOCK_NESTING[nb.nesting_mode];
      if (!nesting) throw new Error(`unknown block nesting mode ${nb.nesting_mode}`);
      return {
        type_name: n,
        block: protoBlock(nb.block),
        nesting,
        min_items: nb.min_items ?? 0,
        max_items: nb.max_items ?? 0,
      };
    }),
    description: b.description ?? '',
    description_kind: kind(b.description_kind),
    deprecated: !!b.deprecated,
  };
}

export function protoSchema(s: Schema | undefined): Record<string, unknown> {
  return { version: s?.version ?? 0, block: protoBlock(s?.block ?? {}) };
}

export const SERVER_CAPABILITIES = { plan_destroy: false, get_provider_schema_optional: true, move_resource_state: false };

/** The GetMetadata.Response message: type names only. */
export function metadataResponse(p: ProviderSchema): Record<string, unknown> {
  return {
    server_capabilities: SERVER_CAPABILITIES,
    diagnostics: [],
    data_sources: Object.keys(p.data_source_schemas ?? {}).map((type_name) => ({ type_name })),
    resources: Object.keys(p.resource_schemas ?? {}).map((type_name) => ({ type_name })),
  };
}

/** The GetProviderSchema.Response message for one provider. */
export function providerSchemaResponse(p: ProviderSchema): Record<string, unknown> {
  const map = (m: Record<string, Schema> | undefined) =>
    Object.fromEntries(Object.entries(m ?? {}).map(([k, s]) => [k, protoSchema(s)]));
  return {
    provider: protoSchema(p.provider),
    resource_schemas: map(p.resource_schemas),
    data_source_schemas: map(p.data_source_schemas),
    diagnostics: [],
    // Lets Terraform reuse the schema it already fetched in this command instead of
    // asking every provider instance again (each ask of alicloud's schema costs ~300 ms).
    server_capabilities: SERVER_CAPABILITIES,
  };
}
