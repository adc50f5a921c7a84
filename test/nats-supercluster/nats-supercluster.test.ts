import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { ExistingCluster, MultiRegionValidationError, NatsCredentials, NatsSupercluster, NatsSuperclusterProps } from '../../lib';
import { NATS_SUPERCLUSTER_ERROR_CODES } from '../../lib/nats-supercluster/error-codes';
import { chartDefaults, unknownValueKeys } from '../util/chart-values';
import { validationCodes } from '../util/validation';
import { dataSources, describeWithShared, helmRelease, helmValues, onlyResource, resources, StackJson, synthJson } from '../util/synth';

type Tree = { readonly [key: string]: Tree } & Record<string, unknown>;
const NAMES = ['mn', 'fsn1', 'hel1'];

function clusters(n = 3): { app: App; members: ExistingCluster[] } {
  const app = Testing.app();
  const members = NAMES.slice(0, n).map((name, i) => new ExistingCluster(new TerraformStack(app, name), 'cluster', {
    clusterName: name, region: name, kubeContext: name, podCidr: `10.${40 + 10 * i}.0.0/16`, serviceCidr: `10.${41 + 10 * i}.0.0/16`,
  }));
  return { app, members };
}

function build(extra: Partial<NatsSuperclusterProps> = {}, n = 3): { nats: NatsSupercluster; members: ExistingCluster[]; app: App } {
  const { app, members } = clusters(n);
  const nats = new NatsSupercluster(app, 'nats', { members: members.map((cluster) => ({ cluster })), ...extra });
  return { nats, members, app };
}

function values(json: StackJson): Tree {
  return helmValues(helmRelease(json, 'nats')) as Tree;
}

/** What nats.conf's `gateway {}` will hold in one member: `$VAR`s resolved through container.env to the Secret's data. */
function renderedGateway(json: StackJson): Record<string, unknown> {
  const v = values(json);
  const env = v.container.env as Record<string, { valueFrom: { secretKeyRef: { name: string; key: string } } }>;
  const secret = onlyResource(json, 'kubernetes_secret_v1') as { metadata: { name: string }; data: Record<string, string> };
  const resolve = (x: unknown): unknown => {
    if (typeof x !== 'string') return x;
    const m = /^<< \$(\w+) >>$/.exec(x);
    if (!m) return x;
    const ref = env[m[1]].valueFrom.secretKeyRef;
    expect(ref.name).toBe(secret.metadata.name);
    return secret.data[ref.key];
  };
  const merge = v.config.gateway.merge as unknown as { name: string; gateways: { name: string; urls: string[] }[]; authorization?: Record<string, string> };
  return {
    name: merge.name,
    port: v.config.gateway.port,
    gateways: merge.gateways.map((g) => ({ name: g.name, urls: g.urls.map(resolve) })),
    authorization: merge.authorization && { user: resolve(merge.authorization.user), password: resolve(merge.authorization.password) },
  };
}

const PASSWORD_EXPR = (v: string): string =>
  `"\${replace(replace(var.${v}, "\\\\", "\\\\\\\\"), "\\"", "\\\\\\"")}"`;

describe('NatsSupercluster', () => {
  test('each member\'s gateway block names itself after its cluster and lists every other member with credentials in the URL', () => {
    // GIVEN three members, the seed's gateway port
    const { nats, members } = build({ gatewayPort: 7522 });
    // WHEN
    const blocks = members.map((c) => renderedGateway(synthJson(c.stack)));
    // THEN
    const url = (peer: string): string =>
      `nats://gateway:\${replace(urlencode(var.nats_gateway_password), "+", "%20")}@nats-${peer}-headless.nats.svc.${peer}.internal:7522`;
    expect(blocks).toEqual(NAMES.map((self) => ({
      name: self,
      port: 7522,
      gateways: NAMES.filter((p) => p !== self).map((peer) => ({ name: peer, urls: [url(peer)] })),
      authorization: { user: '"gateway"', password: PASSWORD_EXPR('nats_gateway_password') },
    })));
    expect(nats.gatewayNames).toEqual(NAMES);
    expect(nats.gatewayUrl(members[1])).toBe('nats://nats-fsn1-headless.nats.svc.fsn1.internal:7522');
  });

  test('in nats.conf every credential is a whole-value variable reference (the chart unquotes "<< $X >>")', () => {
    const { members } = build();
    const v = values(synthJson(members[0].stack));
    // the chart writes the config as pretty JSON and replaces "<< X >>" with X (nats.formatConfig)
    const conf = JSON.stringify({ authorization: (v.config.merge as Tree).authorization, gateway: v.config.gateway.merge }, null, 2)
      .replace(/"<<\s+(.*)\s+>>"/g, '$1');
    expect(conf).toContain('"urls": [\n          $NATS_GW_URL_FSN1\n        ]');
    expect(conf).toContain('"password": $NATS_GW_PASSWORD');
    expect(conf).toContain('"password": $NATS_PASSWORD');
    expect(conf).not.toMatch(/<<|>>|nats:\/\/[^$]/);
  });

  test('the NATS cluster name equals the gateway name, and each member has its own release and fullname', () => {
    const { members } = build();
    const rendered = members.map((c) => {
      const json = synthJson(c.stack);
      const v = values(json);
      return { cluster: (v.config.cluster.merge as unknown as { name: string }).name, gateway: (v.config.gateway.merge as unknown as { name: string }).name,
        release: helmRelease(json, 'nats').name, replicas: v.config.cluster.replicas };
    });
    expect(rendered).toEqual(NAMES.map((n) => ({ cluster: n, gateway: n, release: `nats-${n}`, replicas: 3 })));
  });

  test('a release name without "nats" gets the chart\'s "-nats" suffix in the peer URLs', () => {
    const { app, members } = clusters(2);
    const nats = new NatsSupercluster(app, 'nats', { members: [{ cluster: members[0], releaseName: 'bus' }, { cluster: members[1] }], zoneSuffix: 'mesh' });
    expect(nats.gatewayUrl(members[0])).toBe('nats://bus-nats-headless.nats.svc.mn.mesh:7222');
    expect(renderedGateway(synthJson(members[1].stack)).gateways).toEqual([{ name: 'mn', urls: [expect.stringMatching(/@bus-nats-headless\.nats\.svc\.mn\.mesh:7222$/)] }]);
  });

  test('client authorization is read from the Secret through environment variables', () => {
    const { members } = build();
    const json = synthJson(members[0].stack);
    const v = values(json);
    expect(v.config.merge).toEqual({ authorization: { user: '<< $NATS_USER >>', password: '<< $NATS_PASSWORD >>' } });
    expect(v.container.env.NATS_PASSWORD).toEqual({ valueFrom: { secretKeyRef: { name: 'nats-mn-credentials', key: 'client-password' } } });
    const secret = onlyResource(json, 'kubernetes_secret_v1') as { data: Record<string, string> };
    expect(secret.data['client-user']).toBe('"nats"');
    expect(secret.data['client-password']).toBe(PASSWORD_EXPR('nats_client_password'));
  });

  test('credentials come from one sensitive variable of the same name in every member stack, never a literal', () => {
    const { members } = build();
    for (const c of members) {
      const json = synthJson(c.stack);
      for (const name of ['nats_client_password', 'nats_gateway_password']) {
        expect(json.variable?.[name]).toMatchObject({ type: 'string', sensitive: true, nullable: false });
        expect(json.variable?.[name]).not.toHaveProperty('default');
      }
      // every password or URL in the Secret is a Terraform expression over the variable
      const secret = onlyResource(json, 'kubernetes_secret_v1') as { data: Record<string, string> };
      for (const [key, val] of Object.entries(secret.data)) {
        if (/password|url/.test(key)) expect(val).toMatch(/\$\{[^}]*var\.nats_(client|gateway)_password/);
      }
      // and no Helm value carries a credential: only references to environment variables
      const rendered = JSON.stringify(values(json));
      expect(rendered).not.toMatch(/var\.|password"\s*:\s*"(?!<< \$)/);
      expect(helmRelease(json, 'nats')).not.toHaveProperty('set_sensitive');
    }
  });

  test('an existing Secret is read in each member\'s own stack', () => {
    const { members } = build({
      createNamespace: false,
      clientAuth: NatsCredentials.fromExistingSecret({ secretName: 'nats-auth-secret' }),
      gatewayAuth: NatsCredentials.fromExistingSecret({ secretName: 'nats-gw-secret', userKey: 'user', passwordKey: 'pass' }),
    });
    for (const c of members) {
      const json = synthJson(c.stack);
      expect(dataSources(json, 'kubernetes_secret_v1').map((d) => (d.metadata as { name: string }).name).sort()).toEqual(['nats-auth-secret', 'nats-gw-secret']);
      expect(json.variable ?? {}).not.toHaveProperty('nats_client_password');
      const secret = onlyResource(json, 'kubernetes_secret_v1') as { data: Record<string, string> };
      expect(secret.data['client-password']).toMatch(/data\.kubernetes_secret_v1\.[\w-]+\.data\.password,/);
      expect(secret.data['gateway-password']).toMatch(/data\.kubernetes_secret_v1\.[\w-]+\.data\.pass,/);
      expect(resources(json, 'kubernetes_namespace_v1')).toEqual([]);
      // a missing Secret or key fails the plan with a message naming the Secret, the cluster and the key
      const client = dataSources(json, 'kubernetes_secret_v1').find((d) => (d.metadata as { name: string }).name === 'nats-auth-secret')!;
      expect((client.lifecycle as { postcondition: unknown[] }).postcondition).toEqual(['username', 'password'].map((key) => ({
        condition: `\${contains(nonsensitive(keys(self.data)), "${key}")}`,
        error_message: `Secret nats/nats-auth-secret in cluster ${c.clusterName} needs the key "${key}" (clientAuth of the NATS super-cluster).`,
      })));
    }
  });

  test('gateway TLS with a secret name, and mutual TLS alone puts no credentials in the URLs', () => {
    const { nats, members } = build({ gatewayTls: { secretName: 'nats-gateway-tls', caSecretName: 'nats-ca' }, gatewayAuth: false }, 2);
    const json = synthJson(members[0].stack);
    const v = values(json);
    expect(v.config.gateway.tls).toEqual({ enabled: true, secretName: 'nats-gateway-tls' });
    expect(v.tlsCA).toEqual({ enabled: true, secretName: 'nats-ca' });
    expect(renderedGateway(json)).toEqual({
      name: 'mn', port: 7222, authorization: undefined,
      gateways: [{ name: 'fsn1', urls: ['nats://nats-fsn1-headless.nats.svc.fsn1.internal:7222'] }],
    });
    expect(Object.keys(v.container.env).sort()).toEqual(['NATS_PASSWORD', 'NATS_USER']);
    expect(nats.gatewayCertificateDnsNames(members[0])).toEqual(['nats-mn-headless.nats.svc.mn.internal', '*.nats-mn-headless.nats.svc.mn.internal']);
  });

  test('servers advertise their pod IPs unless advertisePodNames is on with TLS', () => {
    for (const extra of [{}, { gatewayTls: { secretName: 'tls' } }]) {
      const v = values(synthJson(build(extra, 2).members[0].stack));
      expect(v.config.gateway.merge).not.toHaveProperty('advertise');
      expect(v.container.env).not.toHaveProperty('NATS_GW_ADVERTISE');
    }
    const v = values(synthJson(build({ gatewayTls: { secretName: 'tls', advertisePodNames: true } }, 2).members[0].stack));
    // Kubernetes expands $(POD_NAME), which the chart defines before container.env
    expect(v.container.env.NATS_GW_ADVERTISE).toBe('$(POD_NAME).nats-mn-headless.nats.svc.mn.internal:7222');
    expect((v.config.gateway.merge as Record<string, unknown>).advertise).toBe('<< $NATS_GW_ADVERTISE >>');
  });

  test('JetStream: off by default; when on, one domain everywhere and a distinct server-name prefix per member', () => {
    expect(values(synthJson(build({}, 2).members[0].stack)).config).not.toHaveProperty('jetstream');
    const { members } = build({ jetStream: { domain: 'chat', fileStorageGiB: 20, storageClassName: 'openebs-hostpath' } });
    const rendered = members.map((c) => values(synthJson(c.stack)).config);
    expect(rendered.map((c) => c.serverNamePrefix)).toEqual(['mn-', 'fsn1-', 'hel1-']);
    for (const c of rendered) {
      expect(c.jetstream).toEqual({ enabled: true, fileStore: { enabled: true, pvc: { enabled: true, size: '20Gi', storageClassName: 'openebs-hostpath' } },
        merge: { domain: 'chat' } });
    }
  });

  test('monitoring, exporter, resources and nats-box options', () => {
    const { members } = build({ promExporter: true, resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '1Gi' } } }, 2);
    const v = values(synthJson(members[0].stack));
    expect(v.config.monitor).toEqual({ enabled: true });
    expect(v.service.ports.monitor).toEqual({ enabled: true });
    expect(v.promExporter).toEqual({ enabled: true });
    expect(v.natsBox).toEqual({ enabled: false });
    expect(v.container.resources).toEqual({ requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '1Gi' } });
  });

  test('every member\'s resources are in its own stack, after its cluster is ready', () => {
    const { members } = build();
    for (const c of members) {
      const json = synthJson(c.stack);
      expect(Object.keys(json.resource ?? {}).sort()).toEqual(['helm_release', 'kubernetes_namespace_v1', 'kubernetes_secret_v1']);
      expect(helmRelease(json, 'nats')).toMatchObject({ version: '2.14.2', namespace: 'nats', create_namespace: false,
        depends_on: [expect.stringMatching(/^kubernetes_secret_v1\./)] });
      expect(onlyResource(json, 'kubernetes_secret_v1').metadata).toMatchObject({ namespace: expect.stringMatching(/kubernetes_namespace_v1\./) });
    }
  });

  test('no member stack depends on another (manifest.json)', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'nats-'));
    try {
      const app = new App({ outdir });
      const members = NAMES.map((name, i) => new ExistingCluster(new TerraformStack(app, name), 'cluster', {
        clusterName: name, region: name, kubeContext: name, podCidr: `10.${40 + 10 * i}.0.0/16`, serviceCidr: `10.${41 + 10 * i}.0.0/16`,
      }));
      new NatsSupercluster(app, 'nats', { members: members.map((cluster) => ({ cluster })) });
      app.synth();
      const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as { stacks: Record<string, { dependencies: string[] }> };
      for (const name of NAMES) expect(manifest.stacks[name].dependencies).toEqual([]);
      for (const name of NAMES) {
        const json = fs.readFileSync(path.join(outdir, 'stacks', name, 'cdk.tf.json'), 'utf8');
        expect(json).not.toMatch(/terraform_remote_state/);
      }
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('synth is deterministic: the same props give the same JSON', () => {
    const once = (): string => build({ jetStream: { domain: 'chat' }, promExporter: true }).members.map((c) => Testing.synth(c.stack)).join('\n');
    expect(once()).toBe(once());
  });

  test('the member escape hatch returns that cluster\'s part', () => {
    const { nats, members } = build({}, 2);
    expect(nats.member(members[1]).fullname).toBe('nats-fsn1');
    expect(nats.member(members[1]).headlessServiceName).toBe('nats-fsn1-headless');
    expect(nats.member(members[1]).values).toHaveProperty('config.gateway.port', 7222);
  });
});

describeWithShared('NatsSupercluster values against the nats 2.14.2 chart', () => {
  test('every value the construct sets exists in the chart\'s values.yaml', () => {
    const defaults = chartDefaults('nats-2.14.2');
    const variants: Partial<NatsSuperclusterProps>[] = [
      {},
      { promExporter: true, natsBox: true, resources: { requests: { cpu: '1' } }, jetStream: { domain: 'chat', storageClassName: 'local' } },
      { gatewayTls: { secretName: 'tls', caSecretName: 'ca' }, gatewayAuth: false, monitor: false },
    ];
    for (const extra of variants) {
      const { members } = build(extra, 2);
      const v = values(synthJson(members[0].stack));
      expect(unknownValueKeys(v, defaults, ['config.merge', 'config.gateway.merge', 'config.cluster.merge', 'config.jetstream.merge', 'container.env'])).toEqual([]);
    }
  });

  test('the defaults the construct relies on are the chart\'s', () => {
    const d = chartDefaults('nats-2.14.2') as Tree;
    expect(d.config.gateway.port).toBe(7222);
    expect(d.config.cluster.port).toBe(6222);
    expect(d.config.nats.port).toBe(4222);
    expect(d.config.monitor.port).toBe(8222);
    expect(d.promExporter.port).toBe(7777);
    expect(d.fullnameOverride).toBeNull();
    expect(d.headlessService.name).toBeNull();
  });
});

/** Builds a super-cluster of two members whose props come from `props(members)`. */
function withMembers(props: (m: ExistingCluster[]) => NatsSuperclusterProps): () => unknown {
  return () => {
    const { app, members } = clusters(2);
    return new NatsSupercluster(app, 'nats', props(members));
  };
}
const given = (extra: Partial<NatsSuperclusterProps>): () => unknown => () => build(extra, 2);

/** One case per rule: the code, when it fires, and a configuration that breaks only that rule. */
const RULES: { readonly code: string; readonly when: string; readonly make: () => unknown }[] = [
  { code: 'NATS_REPLICAS', when: 'replicas is not a whole number from 1 to 15', make: given({ replicas: 0 }) },
  { code: 'NATS_GATEWAY_PORT', when: 'the gateway port is not a port', make: given({ gatewayPort: 70000 }) },
  { code: 'NATS_PORT_CONFLICT', when: 'the gateway port is one the pod already uses', make: given({ gatewayPort: 6222 }) },
  { code: 'NATS_ZONE_SUFFIX', when: 'the zone suffix is not a DNS name', make: given({ zoneSuffix: 'Not_A_Zone' }) },
  { code: 'NATS_NAMESPACE', when: 'the namespace is not a DNS label', make: given({ namespace: 'NATS' }) },
  { code: 'NATS_RELEASE_NAME', when: 'a release name is not a Helm release name',
    make: withMembers(([a, b]) => ({ members: [{ cluster: a, releaseName: 'Bad_Name' }, { cluster: b }] })) },
  { code: 'NATS_FULLNAME_TOO_LONG', when: 'the headless Service name would pass 63 characters',
    make: withMembers(([a, b]) => ({ members: [{ cluster: a, releaseName: 'x'.repeat(50) }, { cluster: b }] })) },
  { code: 'NATS_FULLNAME_DUPLICATE', when: 'two members get the same fullname',
    make: withMembers((m) => ({ members: m.map((cluster) => ({ cluster, releaseName: 'nats' })) })) },
  { code: 'NATS_AUTH_VARIABLE', when: 'a credential variable name is not a Terraform name',
    make: given({ clientAuth: NatsCredentials.fromSharedVariable({ variableName: 'Nats-Password' }) }) },
  { code: 'NATS_AUTH_USER', when: 'a user name would not survive nats.conf or a URL',
    make: given({ gatewayAuth: NatsCredentials.fromSharedVariable({ variableName: 'gw', user: 'a user' }) }) },
  { code: 'NATS_AUTH_SECRET', when: 'an existing Secret name is not a Kubernetes name',
    make: given({ createNamespace: false, clientAuth: NatsCredentials.fromExistingSecret({ secretName: 'Auth_Secret' }) }) },
  { code: 'NATS_AUTH_SECRET_NAMESPACE', when: 'an existing Secret would be read from the namespace the construct creates',
    make: given({ clientAuth: NatsCredentials.fromExistingSecret({ secretName: 'auth' }) }) },
  { code: 'NATS_GATEWAY_UNAUTHENTICATED', when: 'gateways would have neither credentials nor TLS', make: given({ gatewayAuth: false }) },
  { code: 'NATS_GATEWAY_TLS_SECRET', when: 'a gateway TLS Secret name is not a Kubernetes name', make: given({ gatewayTls: { secretName: 'TLS' } }) },
  { code: 'NATS_PROM_EXPORTER_NEEDS_MONITOR', when: 'the exporter is on without the monitoring endpoint', make: given({ promExporter: true, monitor: false }) },
  { code: 'NATS_JETSTREAM_REPLICAS', when: 'JetStream runs on one server per member', make: given({ replicas: 1, jetStream: {} }) },
  { code: 'NATS_JETSTREAM_DOMAIN', when: 'the JetStream domain has a dot', make: given({ jetStream: { domain: 'chat.eu' } }) },
  { code: 'NATS_JETSTREAM_STORAGE', when: 'the JetStream file store is not a whole number of GiB', make: given({ jetStream: { fileStorageGiB: 0.5 } }) },
  { code: 'NATS_STORAGE_CLASS', when: 'the storage class is not a Kubernetes name', make: given({ jetStream: { storageClassName: 'Fast SSD' } }) },
  { code: 'NATS_RESOURCES', when: 'a resource is not a Kubernetes quantity', make: given({ resources: { limits: { memory: '1 GB' } } }) },
  { code: 'NATS_VALUES_RESERVED', when: 'values set a key the construct computes',
    make: withMembers(([a, b]) => ({ members: [{ cluster: a, values: { config: { gateway: { merge: { gateways: [] } } } } }, { cluster: b }] })) },
];

describe('NatsSupercluster validation', () => {
  test.each(RULES)('throws when $when ($code)', ({ code, make }) => {
    expect(validationCodes(make)).toEqual([code]);
  });

  test('every code in the catalogue has a rule case, a meaning and a fix', () => {
    expect(RULES.map((r) => r.code).sort()).toEqual(Object.keys(NATS_SUPERCLUSTER_ERROR_CODES).sort());
    for (const doc of Object.values(NATS_SUPERCLUSTER_ERROR_CODES)) {
      expect(doc.meaning).toMatch(/\.$/);
      expect(doc.fix).toMatch(/\.$/);
    }
  });

  test('throws when values set reserved keys in both places, one problem per key', () => {
    const make = withMembers(([a, b]) => ({
      members: [{ cluster: a, values: { config: { merge: { authorization: {} } } } }, { cluster: b }],
      values: { fullnameOverride: 'x' },
    }));
    expect(validationCodes(make)).toEqual(['NATS_VALUES_RESERVED', 'NATS_VALUES_RESERVED']);
  });

  test('throws when a single member is given', () => expect(validationCodes(() => build({}, 1))).toEqual(['MEMBERS_TOO_FEW']));

  test('throws at synth when members run different chart versions', () => {
    const { app, members } = clusters(2);
    new NatsSupercluster(app, 'nats', { members: [{ cluster: members[0] }, { cluster: members[1], chartVersion: '2.14.1' }] });
    expect(() => synthJson(members[0].stack)).toThrow(/MEMBER_SETTING_DIFFERS\] members\[1\]\.chartVersion: got '2\.14\.1'/);
  });

  test('reports every problem together, naming the prop and the value', () => {
    let error: MultiRegionValidationError | undefined;
    try {
      build({ replicas: 0, gatewayPort: 4222, namespace: 'A', gatewayAuth: false, jetStream: { domain: 'a b' } }, 2);
    } catch (e) {
      error = e as MultiRegionValidationError;
    }
    expect(error?.codes).toEqual(['NATS_REPLICAS', 'NATS_PORT_CONFLICT', 'NATS_NAMESPACE', 'NATS_GATEWAY_UNAUTHENTICATED', 'NATS_JETSTREAM_REPLICAS', 'NATS_JETSTREAM_DOMAIN']);
    expect(error?.message).toMatch(/\[NATS_PORT_CONFLICT\] gatewayPort: got 4222; a port the pod does not already use/);
  });
});
