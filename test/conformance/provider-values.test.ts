/**
 * Unit tests of the conformance provider's value handling (no terraform needed): cty msgpack
 * round trips, planning (null computed -> unknown, configured values kept, every nesting
 * mode), data source placeholders, variable placeholders, and the derived provider blocks.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- decoded msgpack values are inspected ad hoc */
import * as fs from 'fs';
import * as path from 'path';
import { decode, encode, ExtData } from '@msgpack/msgpack';
import {
  decodeValue,
  encodeValue,
  fillObject,
  isUnknown,
  PLACEHOLDER_STRING,
  placeholderValue,
  planObject,
} from '../../scripts/conformance/cty';
import { placeholderForTypeExpr } from '../../scripts/conformance/check';
import { BINDINGS, deriveProviderBlock, PROVIDER_BLOCKS_DIR } from '../../scripts/conformance/derive-provider-block';
import { providerSchemaResponse } from '../../scripts/conformance/proto-schema';
import type { SchemaBlock } from '../../scripts/conformance/schema-types';

const ROOT = path.resolve(__dirname, '../..');

const block: SchemaBlock = {
  attributes: {
    id: { type: 'string', optional: true, computed: true },
    name: { type: 'string', required: true },
    arn: { type: 'string', computed: true },
    tags: { type: ['map', 'string'], optional: true },
    secret: { type: 'string', optional: true, write_only: true },
    settings: {
      optional: true,
      nested_type: {
        nesting_mode: 'list',
        attributes: {
          key: { type: 'string', required: true },
          effective: { type: 'string', computed: true },
        },
      },
    },
    status: {
      computed: true,
      nested_type: { nesting_mode: 'single', attributes: { phase: { type: 'string', computed: true } } },
    },
    manifest: { type: 'dynamic', optional: true },
  },
  block_types: {
    metadata: {
      nesting_mode: 'list',
      max_items: 1,
      block: { attributes: { uid: { type: 'string', computed: true }, label: { type: 'string', optional: true } } },
    },
    rule: {
      nesting_mode: 'set',
      block: { attributes: { port: { type: 'number', required: true }, proto: { type: 'string', optional: true, computed: true } } },
    },
    byname: {
      nesting_mode: 'map',
      block: { attributes: { v: { type: 'bool', optional: true }, w: { type: 'number', computed: true } } },
    },
    single: { nesting_mode: 'single', block: { attributes: { s: { type: 'string', computed: true } } } },
    group: { nesting_mode: 'group', block: { attributes: { g: { type: 'string', optional: true, computed: true } } } },
  },
};

const proposed = {
  id: null,
  name: 'demo',
  arn: null,
  tags: { a: 'b' },
  secret: 'x',
  settings: [{ key: 'k', effective: null }],
  status: null,
  manifest: [Buffer.from('"string"'), 'hello'],
  metadata: [{ uid: null, label: 'l' }],
  rule: [{ port: 443, proto: null }, { port: 80.5, proto: 'tcp' }],
  byname: { one: { v: true, w: null } },
  single: { s: null },
  group: { g: null },
};

describe('conformance provider: cty values', () => {
  test('msgpack round trip keeps unknowns, bytes, ints and floats as cty encodes them', () => {
    const v = { a: new ExtData(0, new Uint8Array(0)), b: new Uint8Array([1, 2]), c: 3, d: 0.25, e: [null, 'x'] };
    const back = decodeValue(encodeValue(v)) as Record<string, unknown>;
    expect(isUnknown(back.a)).toBe(true);
    expect(Array.from(back.b as Uint8Array)).toEqual([1, 2]);
    expect(back.c).toBe(3);
    expect(back.d).toBe(0.25);
    expect(back.e).toEqual([null, 'x']);
    // float64 stays a float on the wire (0xcb), ints stay ints
    expect(Buffer.from(encode(0.25))[0]).toBe(0xcb);
    expect(Buffer.from(encode(3))[0]).toBe(3);
    // a refined unknown (ext 12) is also unknown
    expect(isUnknown(new ExtData(12, new Uint8Array([0x80])))).toBe(true);
  });

  test('plan: null computed attributes become unknown in every nesting, configured values stay', () => {
    const planned = decode(encodeValue(planObject(decode(encodeValue(proposed)), block))) as Record<string, any>;
    expect(isUnknown(planned.id)).toBe(true);
    expect(isUnknown(planned.arn)).toBe(true);
    expect(isUnknown(planned.status)).toBe(true);
    expect(planned.name).toBe('demo');
    expect(planned.tags).toEqual({ a: 'b' });
    expect(planned.secret).toBeNull(); // write-only: always null in plans
    expect(planned.settings[0].key).toBe('k');
    expect(isUnknown(planned.settings[0].effective)).toBe(true);
    expect(Buffer.from(planned.manifest[0]).toString()).toBe('"string"');
    expect(planned.manifest[1]).toBe('hello');
    expect(isUnknown(planned.metadata[0].uid)).toBe(true);
    expect(planned.metadata[0].label).toBe('l');
    expect(isUnknown(planned.rule[0].proto)).toBe(true);
    expect(planned.rule[1]).toEqual({ port: 80.5, proto: 'tcp' });
    expect(planned.byname.one.v).toBe(true);
    expect(isUnknown(planned.byname.one.w)).toBe(true);
    expect(isUnknown(planned.single.s)).toBe(true);
    expect(isUnknown(planned.group.g)).toBe(true);
    // destroy: a null proposed state stays null
    expect(planObject(null, block)).toBeNull();
  });

  test('data source read: computed nulls get known placeholders of their type', () => {
    const read = fillObject(decode(encodeValue(proposed)), block) as Record<string, any>;
    expect(read.id).toBe(PLACEHOLDER_STRING);
    expect(read.status).toEqual({ phase: PLACEHOLDER_STRING });
    expect(read.settings[0].effective).toBe(PLACEHOLDER_STRING);
    expect(read.byname.one.w).toBe(1);
    expect(Buffer.from(PLACEHOLDER_STRING, 'base64').toString()).toBe('placeholder');
    expect(placeholderValue(['list', ['object', { a: 'number', b: ['set', 'bool'] }]])).toEqual([{ a: 1, b: [false] }]);
    expect(placeholderValue(['map', 'string'])).toEqual({ placeholder: PLACEHOLDER_STRING });
    expect(placeholderValue(['tuple', ['string', 'number']])).toEqual([PLACEHOLDER_STRING, 1]);
    const dyn = placeholderValue('dynamic') as [Buffer, string];
    expect(dyn[0].toString()).toBe('"string"');
  });

  test('input variable placeholders follow HCL type constraints', () => {
    expect(placeholderForTypeExpr('string')).toBe(PLACEHOLDER_STRING);
    expect(placeholderForTypeExpr('number')).toBe(1);
    expect(placeholderForTypeExpr('bool')).toBe(false);
    expect(placeholderForTypeExpr(undefined)).toBe(PLACEHOLDER_STRING);
    expect(placeholderForTypeExpr('list(string)')).toEqual([PLACEHOLDER_STRING]);
    expect(placeholderForTypeExpr('map(number)')).toEqual({ placeholder: 1 });
    expect(placeholderForTypeExpr('object({ name = string, ports = list(number), opt = optional(bool, true) })')).toEqual({
      name: PLACEHOLDER_STRING,
      ports: [1],
      opt: false,
    });
    expect(placeholderForTypeExpr('tuple([string, number])')).toEqual([PLACEHOLDER_STRING, 1]);
    expect(placeholderForTypeExpr('${list(map(string))}')).toEqual([{ placeholder: PLACEHOLDER_STRING }]);
  });

  test('schema JSON converts to tfplugin6 Schema messages (nesting modes as enum numbers)', () => {
    const msg = providerSchemaResponse({ resource_schemas: { x_thing: { version: 2, block } } }) as any;
    const s = msg.resource_schemas.x_thing;
    expect(s.version).toBe(2);
    const byName = Object.fromEntries(s.block.block_types.map((b: any) => [b.type_name, b]));
    expect(byName.metadata).toMatchObject({ nesting: 2, max_items: 1 });
    expect(byName.rule.nesting).toBe(3);
    expect(byName.byname.nesting).toBe(4);
    expect(byName.single.nesting).toBe(1);
    expect(byName.group.nesting).toBe(5);
    const attrs = Object.fromEntries(s.block.attributes.map((a: any) => [a.name, a]));
    expect(JSON.parse(attrs.tags.type.toString())).toEqual(['map', 'string']);
    expect(attrs.settings.nested_type.nesting).toBe(2);
    expect(attrs.secret.write_only).toBe(true);
  });
});

describe('conformance provider: provider blocks derived from the prebuilt bindings', () => {
  test.each(BINDINGS.map((b) => [b.name, b] as const))('%s.json is up to date with its binding', (_name, spec) => {
    const file = path.join(PROVIDER_BLOCKS_DIR, `${spec.name}.json`);
    const derived = deriveProviderBlock(spec, ROOT);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(derived)));
  });

  test('helm 3.x: kubernetes is a nested attribute, registries a list of objects; kubernetes: exec is a block', () => {
    const helm = deriveProviderBlock(BINDINGS.find((b) => b.name === 'helm')!, ROOT).provider.block;
    expect(helm.attributes!.kubernetes.nested_type!.nesting_mode).toBe('single');
    expect(helm.attributes!.kubernetes.nested_type!.attributes.exec.nested_type!.attributes.command.required).toBe(true);
    expect(helm.attributes!.registries.nested_type!.nesting_mode).toBe('list');
    expect(helm.attributes!.alias).toBeUndefined();
    const k8s = deriveProviderBlock(BINDINGS.find((b) => b.name === 'kubernetes')!, ROOT).provider.block;
    expect(k8s.block_types!.exec.nesting_mode).toBe('list');
    expect(k8s.attributes!.config_paths.type).toEqual(['list', 'string']);
  });
});
