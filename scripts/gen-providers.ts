/**
 * Generates TypeScript bindings for the providers that have no prebuilt npm package
 * (alicloud, vngcloud, netbird), offline, from the provider schemas in ../shared/reference/terraform.
 *
 * Only the resources and data sources listed in .gen/providers.subset.json are emitted:
 * the whole alicloud provider is ~50 MB of TypeScript, the subset well under 2 MB.
 *
 * Usage: npm run gen:providers [-- --schemas <dir>]
 */
import * as fs from 'fs';
import * as path from 'path';
import { CodeMaker } from 'codemaker';
import { ConstructsMakerProviderTarget, Language, TerraformProviderConstraint } from '@cdktf/commons';
// The package index of @cdktf/provider-generator needs jsii-pacmak; the deep path does not.
import { TerraformProviderGenerator } from '@cdktf/provider-generator/lib/get/generator/provider-generator';

interface ProviderEntry {
  readonly name: string;
  readonly source: string;
  readonly version: string;
  readonly schema: string;
  readonly resources: string[] | '*';
  readonly dataSources: string[] | '*';
}

const root = path.resolve(__dirname, '..');
const subsetFile = path.join(root, '.gen', 'providers.subset.json');
const outRoot = path.join(root, '.gen', 'providers');

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function pick(all: Record<string, unknown>, wanted: string[] | '*', kind: string, provider: string): Record<string, unknown> {
  if (wanted === '*') return all;
  const missing = wanted.filter((w) => !(w in all));
  if (missing.length > 0) {
    throw new Error(`${provider}: ${kind} not in the schema: ${missing.join(', ')}`);
  }
  return Object.fromEntries([...wanted].sort().map((w) => [w, all[w]]));
}

async function main(): Promise<void> {
  const schemaDir = path.resolve(argValue('--schemas') ?? path.join(root, '..', 'shared', 'reference', 'terraform'));
  if (!fs.existsSync(schemaDir)) {
    throw new Error(`schema directory not found: ${schemaDir} (pass --schemas <dir>)`);
  }
  const subset = JSON.parse(fs.readFileSync(subsetFile, 'utf8')) as { providers: ProviderEntry[] };

  for (const p of subset.providers) {
    const started = Date.now();
    const full = JSON.parse(fs.readFileSync(path.join(schemaDir, p.schema), 'utf8'));
    const fqpn = `registry.terraform.io/${p.source}`;
    const ps = full.provider_schemas[fqpn];
    if (!ps) throw new Error(`${p.schema} has no provider ${fqpn}`);
    const schema = {
      format_version: full.format_version,
      provider_schemas: {
        [fqpn]: {
          provider: ps.provider,
          resource_schemas: pick(ps.resource_schemas ?? {}, p.resources, 'resources', p.name),
          data_source_schemas: pick(ps.data_source_schemas ?? {}, p.dataSources, 'data sources', p.name),
        },
      },
    };

    const outDir = path.join(outRoot, p.name);
    fs.rmSync(outDir, { recursive: true, force: true });
    const code = new CodeMaker();
    code.indentation = 2;
    const generator = new TerraformProviderGenerator(code, schema as never);
    const constraint = new TerraformProviderConstraint(`${p.source}@${p.version}`);
    generator.generate(ConstructsMakerProviderTarget.from(constraint, Language.TYPESCRIPT) as never);
    // The generator writes into <outdir>/providers/<name>/...; keep only our provider's folder.
    const tmp = fs.mkdtempSync(path.join(root, '.gen', '.tmp-'));
    await code.save(tmp);
    const produced = path.join(tmp, 'providers', p.name);
    fs.mkdirSync(outRoot, { recursive: true });
    fs.renameSync(fs.existsSync(produced) ? produced : tmp, outDir);
    fs.rmSync(tmp, { recursive: true, force: true });
    const files = listFiles(outDir);
    const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    console.log(
      `${p.name} ${p.version}: ${Object.keys(schema.provider_schemas[fqpn].resource_schemas).length} resources, ` +
        `${Object.keys(schema.provider_schemas[fqpn].data_source_schemas).length} data sources, ` +
        `${files.length} files, ${(bytes / 1024).toFixed(0)} KiB, ${Date.now() - started} ms`,
    );
  }
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : [p];
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
