import { TerraformMetaArguments, TerraformProvider, TerraformStack, Tokenization } from 'cdktf';
import { Construct } from 'constructs';
import type { ValidationProblem } from './errors';
import { addDependsOn } from './private/dependable';
import { LeanTerraformResource } from './private/lean-resource';

/**
 * How a resource's arguments are named and nested, where a plain camelCase-to-snake_case rename is not
 * enough: map arguments (their keys are the user's, e.g. tags, and are written as given) and nested
 * blocks (each with a shape of its own). Keys are the provider's snake_case names.
 */
export interface ArgumentShape {
  /** Map arguments at this level: their keys are data, never renamed. @default - none */
  readonly maps?: readonly string[];
  /** Nested blocks at this level, by name. @default - none */
  readonly blocks?: { readonly [name: string]: ArgumentShape };
}

/** What a {@link ProviderResource} subclass says about its resource type. */
export interface ProviderResourceType {
  /** The Terraform resource type, e.g. `helm_release`. */
  readonly tfResourceType: string;
  /** The provider's local name, e.g. `helm`. */
  readonly providerName: string;
  /** The version of the provider schema the arguments were checked against. */
  readonly providerVersion?: string;
  /** The provider version constraint, as the generated binding states it. */
  readonly providerVersionConstraint: string;
  /** Map arguments and nested blocks. */
  readonly shape: ArgumentShape;
}

/** The camelCase argument names of a generated binding's config, without cdktf's meta-arguments. */
export type ResourceArguments<C extends TerraformMetaArguments> = Omit<C, keyof TerraformMetaArguments>;

const META_ARGUMENTS = ['provider', 'dependsOn', 'count', 'forEach', 'lifecycle', 'provisioners', 'connection'] as const;

const SNAKE = new Map<string, string>();
/** `nodePoolName` -> `node_pool_name`, the inverse of the binding generator's renaming (memoised: the same few names recur). */
function snake(name: string): string {
  let out = SNAKE.get(name);
  if (out === undefined) {
    out = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
    SNAKE.set(name, out);
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !Tokenization.isResolvable(v);
}

/** A copy of `v` without undefined object entries, deeply (tokens are left as they are). */
export function dropUndefined(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropUndefined);
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = dropUndefined(x);
    return out;
  }
  return v;
}

/**
 * Renames a generated binding's camelCase config to the provider's argument names, as the binding's own
 * `synthesizeAttributes` would: keys of map arguments are kept, nested blocks follow their shape, tokens
 * and lists pass through. Unset (undefined) arguments are left out; names come out sorted.
 */
export function toProviderArguments(args: Record<string, unknown>, shape: ArgumentShape): Record<string, unknown> {
  // In the provider's names, sorted, as the generated bindings write them: cdktf finds cross-stack references in
  // this order, so stack dependencies in manifest.json do not depend on how a config object was written.
  const names: string[] = [];
  const values = new Map<string, unknown>();
  for (const key of Object.keys(args)) {
    const value = args[key];
    if (value === undefined) continue;
    const name = snake(key);
    names.push(name);
    values.set(name, value);
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const value = values.get(name);
    const block = shape.blocks?.[name];
    if (shape.maps !== undefined && shape.maps.includes(name)) {
      out[name] = dropUndefined(value);
    } else if (Array.isArray(value)) {
      out[name] = value.map((v) => (isPlainObject(v) ? toProviderArguments(v, block ?? {}) : v));
    } else if (isPlainObject(value)) {
      out[name] = toProviderArguments(value, block ?? {});
    } else {
      out[name] = value;
    }
  }
  return out;
}

/**
 * A Terraform resource that takes the same typed config as the generated binding (`C`, e.g. the helm
 * provider's `ReleaseConfig`) but builds none of the binding's per-block objects: it keeps the config and
 * writes it in the provider's argument names at synth. The synthesized JSON is the same as the binding's
 * (test/core/provider-resource.test.ts compares them); constructing and synthesizing is cheaper, and the
 * binding's JavaScript is never loaded (only its types are used).
 *
 * The typed escape hatch is {@link configure} (change arguments) plus cdktf's `addOverride`; attributes
 * are read with the subclass getters or `getStringAttribute` and friends.
 */
export abstract class ProviderResource<C extends TerraformMetaArguments> extends LeanTerraformResource {
  private args: ResourceArguments<C>;
  private written?: { readonly args: ResourceArguments<C>; readonly out: Record<string, unknown> };
  private idReference?: string;
  /** @internal How the arguments are renamed (tests compare it with the provider schema). */
  public readonly argumentShape: ArgumentShape;

  constructor(scope: Construct, id: string, type: ProviderResourceType, config: C) {
    const meta = config as TerraformMetaArguments;
    super(scope, id, {
      terraformResourceType: type.tfResourceType,
      terraformGeneratorMetadata: {
        providerName: type.providerName,
        providerVersion: type.providerVersion,
        providerVersionConstraint: type.providerVersionConstraint,
      },
      provider: meta.provider,
      count: meta.count,
      lifecycle: meta.lifecycle,
      provisioners: meta.provisioners,
      connection: meta.connection,
      forEach: meta.forEach,
    });
    // depends_on through the library's deferred list: the same entries, without a token (and a full stack trace) per entry.
    const dependsOn = meta.dependsOn;
    if (dependsOn && dependsOn.length > 0) addDependsOn(this, () => dependsOn);
    const args: Record<string, unknown> = { ...(config as unknown as Record<string, unknown>) };
    for (const m of META_ARGUMENTS) delete args[m];
    this.args = args as ResourceArguments<C>;
    this.argumentShape = type.shape;
  }

  /** The resource's ID (a reference; one token per resource, however often it is read). */
  public get id(): string {
    return (this.idReference ??= this.getStringAttribute('id'));
  }

  /** The arguments as they will be written (camelCase, as in the binding's config). */
  public get arguments(): Readonly<ResourceArguments<C>> {
    return this.args;
  }

  /** Sets or replaces arguments (top-level keys; a nested block is replaced whole). Works until synth. */
  public configure(changes: Partial<ResourceArguments<C>>): void {
    this.args = { ...this.args, ...changes };
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    // cdktf asks twice per synth (once to find cross-stack references, once to write); configure() replaces args.
    if (this.written?.args !== this.args) this.written = { args: this.args, out: toProviderArguments(this.args as Record<string, unknown>, this.argumentShape) };
    return this.written.out;
  }
}

/** What a {@link ProviderBlock} subclass says about its provider. */
export interface ProviderBlockType {
  /** The provider's local name, e.g. `kubernetes`. */
  readonly providerName: string;
  /** Its source address, as the generated binding states it, e.g. `aliyun/alicloud`. */
  readonly source: string;
  /** The version of the provider schema the arguments were checked against. */
  readonly providerVersion?: string;
  /** The provider version constraint, as the generated binding states it. */
  readonly providerVersionConstraint: string;
  /** Map arguments and nested blocks. */
  readonly shape: ArgumentShape;
}

/**
 * A provider configuration that takes the same typed config as the generated provider binding (`C`,
 * e.g. `KubernetesProviderConfig`) without loading it, and writes it in the provider's argument names at
 * synth, as {@link ProviderResource} does for resources. Every cluster has two (kubernetes and helm), so
 * an app of many clusters has hundreds.
 */
export abstract class ProviderBlock<C extends { readonly alias?: string }> extends TerraformProvider {
  /** @internal How the arguments are renamed (tests compare it with the provider schema). */
  public readonly argumentShape: ArgumentShape;
  private args: Omit<C, 'alias'>;
  private providerAlias?: string;

  constructor(scope: Construct, id: string, type: ProviderBlockType, config: C) {
    super(scope, id, {
      terraformResourceType: type.providerName,
      terraformGeneratorMetadata: {
        providerName: type.providerName,
        providerVersion: type.providerVersion,
        providerVersionConstraint: type.providerVersionConstraint,
      },
      terraformProviderSource: type.source,
    });
    const { alias, ...args } = config;
    this.providerAlias = alias;
    this.args = args;
    this.argumentShape = type.shape;
  }

  /** The provider alias, when the stack has several configurations of this provider. */
  public get alias(): string | undefined {
    return this.providerAlias;
  }

  public set alias(value: string | undefined) {
    this.providerAlias = value;
  }

  /** The arguments as they will be written (camelCase, as in the binding's config), alias aside. */
  public get arguments(): Readonly<Omit<C, 'alias'>> {
    return this.args;
  }

  /** Sets or replaces arguments (top-level keys). Works until synth. */
  public configure(changes: Partial<Omit<C, 'alias'>>): void {
    this.args = { ...this.args, ...changes };
  }

  protected synthesizeAttributes(): { [name: string]: unknown } {
    return { ...toProviderArguments(this.args as Record<string, unknown>, this.argumentShape), alias: this.providerAlias };
  }
}

/**
 * Checks that `provider` (when given) configures the provider named `expected` (its local name, e.g.
 * `alicloud`): users may pass the generated binding or a {@link ProviderBlock}, but not another provider.
 */
export function checkProviderType(prop: string, provider: TerraformProvider | undefined, expected: string): ValidationProblem[] {
  if (!provider || provider.terraformResourceType === expected) return [];
  return [{
    code: 'PROVIDER_TYPE_MISMATCH',
    prop,
    value: `the '${provider.terraformResourceType}' provider configuration ${provider.node.path}`,
    expected: `a provider configuration of '${expected}', or nothing to use the stack's`,
  }];
}

/** The stack's configurations of the provider named `name` (e.g. `alicloud`), whichever class made them: a {@link ProviderBlock} or a generated binding. */
export function providersOfType<P extends TerraformProvider = TerraformProvider>(stack: TerraformStack, name: string): P[] {
  return stack.node.findAll().filter((c): c is P => TerraformProvider.isTerraformProvider(c) && c.terraformResourceType === name);
}
