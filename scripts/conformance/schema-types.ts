/**
 * The shape of `terraform providers schema -json` (format_version 1.0), as far as the
 * conformance provider needs it.
 */

/** A cty type in its JSON form: "string", ["list","string"], ["object",{...}], "dynamic", ... */
export type CtyTypeJson = string | [string, unknown] | [string, unknown, unknown];

export type BlockNesting = 'single' | 'list' | 'set' | 'map' | 'group';
export type ObjectNesting = 'single' | 'list' | 'set' | 'map';

export interface SchemaAttribute {
  type?: CtyTypeJson;
  nested_type?: SchemaObject;
  description?: string;
  description_kind?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
  write_only?: boolean;
}

export interface SchemaObject {
  attributes: Record<string, SchemaAttribute>;
  nesting_mode: ObjectNesting;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, SchemaNestedBlock>;
  description?: string;
  description_kind?: string;
  deprecated?: boolean;
}

export interface SchemaNestedBlock {
  nesting_mode: BlockNesting;
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

export interface Schema {
  version?: number;
  block: SchemaBlock;
}

export interface ProviderSchema {
  provider?: Schema;
  resource_schemas?: Record<string, Schema>;
  data_source_schemas?: Record<string, Schema>;
}

export interface ProvidersSchemaFile {
  format_version: string;
  provider_schemas: Record<string, ProviderSchema>;
}
