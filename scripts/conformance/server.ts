/**
 * A schema-only Terraform provider: speaks the go-plugin handshake and tfplugin6 over gRPC
 * (with AutoMTLS) and serves one provider schema JSON file (`terraform providers schema -json`
 * format). Terraform itself then does all schema-level checking (types, required and unknown
 * arguments, block nesting, min/max items); this process only
 *
 * - answers GetProviderSchema from the file,
 * - accepts every Validate* call (no provider-side validators),
 * - plans creates (configured values kept, null computed attributes unknown),
 * - reads data sources (configured values plus typed placeholders for computed attributes).
 *
 *   node server.js --schema <file.json> [--schema-pb <cache.pb>] [--tls-dir <dir>] [--reattach]
 *
 * Launched by Terraform (through a filesystem-mirror wrapper script) it checks the magic
 * cookie, prints the handshake line `1|6|tcp|127.0.0.1:PORT|grpc|<cert>` on stdout and exits on
 * GRPCController.Shutdown. With --reattach it listens without TLS and prints
 * `{"pid":..,"addr":".."}` for TF_REATTACH_PROVIDERS; the harness kills it at the end.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { decodeValue, encodeValue, fillObject, planObject } from './cty';
import { metadataResponse, providerSchemaResponse } from './proto-schema';
import type { ProviderSchema, ProvidersSchemaFile, Schema } from './schema-types';
import { loadOrGenerateServerTls } from './tls';

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

interface Options {
  schema: string;
  schemaPb?: string;
  tlsDir?: string;
  address?: string;
  reattach: boolean;
  protoDir: string;
}

function parseArgs(argv: string[]): Options {
  const opts: Partial<Options> = { reattach: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--schema') opts.schema = next();
    else if (a === '--schema-pb') opts.schemaPb = next();
    else if (a === '--tls-dir') opts.tlsDir = next();
    else if (a === '--address') opts.address = next();
    else if (a === '--proto-dir') opts.protoDir = next();
    else if (a === '--reattach') opts.reattach = true;
    // Anything else (Terraform passes nothing today) is ignored.
  }
  if (!opts.schema) throw new Error('--schema <file> is required');
  opts.protoDir ??= process.env.CONFORMANCE_PROTO_DIR ?? path.join(__dirname, 'proto');
  return opts as Options;
}

function debug(msg: string): void {
  if (process.env.CONFORMANCE_DEBUG) {
    process.stderr.write(`[conformance-provider ${process.pid} +${performance.now().toFixed(0)}ms] ${msg}\n`);
  }
}

interface DynamicValueMsg {
  msgpack?: Buffer;
  json?: Buffer;
}

/** The request fields the handlers read (proto-loader decodes to plain objects, snake_case). */
interface Request {
  type_name?: string;
  config?: DynamicValueMsg;
  proposed_new_state?: DynamicValueMsg;
  prior_private?: Buffer;
  current_state?: DynamicValueMsg;
  private?: Buffer;
  raw_state?: { json?: Buffer };
}

type Unary = (call: grpc.ServerUnaryCall<Request, unknown>, cb: grpc.sendUnaryData<unknown>) => void;

function loadProviderSchema(opts: Options): ProviderSchema {
  const file = JSON.parse(fs.readFileSync(opts.schema, 'utf8')) as ProvidersSchemaFile;
  const entries = Object.entries(file.provider_schemas ?? {});
  const hit = opts.address ? entries.find(([k]) => k === opts.address || k.endsWith(`/${opts.address}`)) : entries[0];
  if (!hit) throw new Error(`no provider schema ${opts.address ?? ''} in ${opts.schema}`);
  return hit[1];
}

export function main(argv: string[]): void {
  const opts = parseArgs(argv);

  if (!opts.reattach && process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    process.stderr.write(
      'This binary is a plugin. These are not meant to be executed directly.\n' +
        'Please execute the program that consumes these plugins, which will load any plugins automatically.\n',
    );
    process.exit(1);
  }
  if (!opts.reattach) {
    const versions = (process.env.PLUGIN_PROTOCOL_VERSIONS ?? '6').split(',').map((s) => s.trim());
    if (!versions.includes('6')) {
      process.stderr.write(`conformance provider speaks protocol 6 only; client offers ${versions.join(',')}\n`);
      process.exit(1);
    }
  }

  const loadOpts: protoLoader.Options = { keepCase: true, longs: Number, enums: Number, defaults: false, oneofs: true };
  debug('start');
  const pkg = protoLoader.loadSync(
    ['tfplugin6-min.proto', 'go-plugin-min.proto', 'health-min.proto'].map((f) => path.join(opts.protoDir, f)),
    loadOpts,
  );

  debug('protos loaded');
  // The schema JSON is parsed lazily: `terraform validate` with a cached schema response never needs it.
  let schemaCache: ProviderSchema | undefined;
  const schema = (): ProviderSchema => (schemaCache ??= loadProviderSchema(opts));
  const resourceSchema = (t: string): Schema | undefined => schema().resource_schemas?.[t];
  const dataSchema = (t: string): Schema | undefined => schema().data_source_schemas?.[t];

  // GetProviderSchema: serialized once (and cached on disk when --schema-pb is given).
  const providerService = { ...(pkg['tfplugin6.Provider'] as grpc.ServiceDefinition) };
  const getSchemaDef = providerService.GetProviderSchema as grpc.MethodDefinition<unknown, unknown>;
  const serializeSchema = getSchemaDef.responseSerialize;
  providerService.GetProviderSchema = {
    ...getSchemaDef,
    responseSerialize: (v: unknown) => (Buffer.isBuffer(v) ? v : serializeSchema(v)),
  };
  let schemaBytes: Buffer | undefined;
  const schemaResponse = (): Buffer => {
    if (schemaBytes) return schemaBytes;
    if (opts.schemaPb && fs.existsSync(opts.schemaPb)) {
      schemaBytes = fs.readFileSync(opts.schemaPb);
      return schemaBytes;
    }
    schemaBytes = serializeSchema(providerSchemaResponse(schema()));
    if (opts.schemaPb) {
      const tmp = `${opts.schemaPb}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, schemaBytes);
        fs.renameSync(tmp, opts.schemaPb);
      } catch {
        /* a cache only */
      }
    }
    return schemaBytes;
  };

  const ok = (cb: grpc.sendUnaryData<unknown>, v: unknown) => cb(null, v);
  const fail = (cb: grpc.sendUnaryData<unknown>, e: unknown) =>
    cb({ code: grpc.status.INTERNAL, details: e instanceof Error ? e.message : String(e) }, null);

  const handlers: Record<string, Unary> = {
    GetMetadata: (_call, cb) => {
      debug('GetMetadata');
      try {
        ok(cb, metadataResponse(schema()));
      } catch (e) {
        fail(cb, e);
      }
    },
    GetProviderSchema: (_call, cb) => {
      debug('GetProviderSchema');
      try {
        ok(cb, schemaResponse());
      } catch (e) {
        fail(cb, e);
      }
    },
    ValidateProviderConfig: (_c, cb) => ok(cb, { diagnostics: [] }),
    ValidateResourceConfig: (c, cb) => {
      debug(`ValidateResourceConfig ${c.request.type_name}`);
      ok(cb, { diagnostics: [] });
    },
    ValidateDataResourceConfig: (c, cb) => {
      debug(`ValidateDataResourceConfig ${c.request.type_name}`);
      ok(cb, { diagnostics: [] });
    },
    ConfigureProvider: (_c, cb) => ok(cb, { diagnostics: [] }),
    StopProvider: (_c, cb) => ok(cb, {}),
    UpgradeResourceState: (c, cb) => {
      // State JSON passes through unchanged (Terraform decodes DynamicValue.json itself).
      const raw: Buffer | undefined = c.request.raw_state?.json;
      ok(cb, { upgraded_state: { json: raw && raw.length ? raw : Buffer.from('null') }, diagnostics: [] });
    },
    ReadResource: (c, cb) => {
      ok(cb, { new_state: c.request.current_state, private: c.request.private, diagnostics: [] });
    },
    PlanResourceChange: (c, cb) => {
      try {
        const type = c.request.type_name ?? '';
        debug(`PlanResourceChange ${type}`);
        const s = resourceSchema(type);
        if (!s) throw new Error(`resource type ${type} is not in the schema`);
        const proposed = decodeValue(c.request.proposed_new_state?.msgpack);
        const planned = planObject(proposed, s.block);
        ok(cb, {
          planned_state: { msgpack: encodeValue(planned) },
          planned_private: c.request.prior_private,
          diagnostics: [],
        });
      } catch (e) {
        fail(cb, e);
      }
    },
    ReadDataSource: (c, cb) => {
      try {
        const type = c.request.type_name ?? '';
        debug(`ReadDataSource ${type}`);
        const s = dataSchema(type);
        if (!s) throw new Error(`data source ${type} is not in the schema`);
        const config = decodeValue(c.request.config?.msgpack);
        ok(cb, { state: { msgpack: encodeValue(fillObject(config, s.block)) }, diagnostics: [] });
      } catch (e) {
        fail(cb, e);
      }
    },
  };

  const server = new grpc.Server({ 'grpc.max_send_message_length': -1, 'grpc.max_receive_message_length': -1 });
  server.addService(providerService, handlers);

  let exiting = false;
  const exitSoon = (code: number) => {
    if (exiting) return;
    exiting = true;
    // Let the reply flush, then go: go-plugin waits for the process to exit after Shutdown.
    setTimeout(() => process.exit(code), 5);
  };
  server.addService(pkg['plugin.GRPCController'] as grpc.ServiceDefinition, {
    Shutdown: ((_c, cb) => {
      debug('Shutdown');
      cb(null, {});
      if (!opts.reattach) exitSoon(0);
    }) as Unary,
  });
  server.addService(pkg['grpc.health.v1.Health'] as grpc.ServiceDefinition, {
    Check: ((_c, cb) => cb(null, { status: 1 })) as Unary,
  });

  let creds: grpc.ServerCredentials;
  let certB64 = '';
  if (opts.reattach) {
    creds = grpc.ServerCredentials.createInsecure();
  } else {
    const clientCert = process.env.PLUGIN_CLIENT_CERT;
    if (!clientCert) {
      process.stderr.write('PLUGIN_CLIENT_CERT is not set: this provider needs go-plugin AutoMTLS\n');
      process.exit(1);
    }
    const tls = loadOrGenerateServerTls(opts.tlsDir ?? process.env.CONFORMANCE_TLS_DIR);
    certB64 = tls.certDerBase64;
    creds = grpc.ServerCredentials.createSsl(
      Buffer.from(clientCert),
      [{ cert_chain: Buffer.from(tls.certPem), private_key: Buffer.from(tls.keyPem) }],
      true,
    );
  }

  debug('credentials ready');
  server.bindAsync('127.0.0.1:0', creds, (err, port) => {
    if (err) {
      process.stderr.write(`bind failed: ${err.message}\n`);
      process.exit(1);
    }
    const addr = `127.0.0.1:${port}`;
    if (opts.reattach) process.stdout.write(`${JSON.stringify({ pid: process.pid, addr })}\n`);
    else process.stdout.write(`1|6|tcp|${addr}|grpc|${certB64}\n`);
    debug(`listening on ${addr}`);
  });

  // If the parent (Terraform, or the harness) goes away without Shutdown, do not linger.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 1000).unref();
  process.on('SIGTERM', () => process.exit(0));
  process.on('SIGINT', () => process.exit(0));
}
