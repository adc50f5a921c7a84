import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { crossClusterServiceName, DEFAULT_CLUSTER_ZONE_SUFFIX, MultiClusterConstruct } from '../core/multi-cluster';
import { isUnresolved, Problems } from '../core/errors';
import { checkName, DNS_LABEL } from '../core/naming';
import { checkSecret } from '../core/secrets';
import { PostgresMemberPart, PostgresWalArchiveSettings } from './member';
import type { PostgresClientCa, PostgresMember, PostgresMultiMasterProps, PostgresWalArchive } from './props';
import { BARMAN_PLUGIN_CHART, CNPG_CHART, CNPG_VERSION_RULE, PGEDGE_CHART, PGEDGE_VERSION_RULE } from './private/charts';
import type { PostgresNodeSpec } from './private/values';

const QUANTITY = /^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const EXACT_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
/** Parameters the chart sets per node from the ordinal. */
const RESERVED_PARAMETERS = ['snowflake.node', 'lolor.node'];
/** Parameters Spock needs, with the value it needs. */
const REQUIRED_PARAMETERS: Record<string, string> = { wal_level: 'logical', track_commit_timestamp: 'on' };
/** The longest a Helm release may wait (HelmAddOn's limit). */
const MAX_RELEASE_SECONDS = 3600;

/**
 * Postgres with a writable primary in every member cluster, kept in sync both ways by Spock
 * logical replication: pgEdge's chart on CloudNativePG, one pgEdge node per member.
 *
 * Each member's stack gets its namespace, the shared client CA as a Secret, cert-manager (the
 * cluster's shared release), the CloudNativePG operator and the pgEdge release with its own node
 * and every other member as an external node. The last member's release runs the chart's
 * `init-spock` job, which waits for every member's primary over the bridge and then creates the
 * Spock nodes and the full mesh of subscriptions. Nothing crosses stacks: names are derived at
 * synth and the CA is one sensitive variable every member stack declares.
 *
 * @see lib/postgres-multi-master/README.md
 */
export class PostgresMultiMaster extends MultiClusterConstruct<PostgresMember, PostgresMemberPart> {
  /** The nodes, in member order. */
  public readonly nodes: readonly PostgresNodeSpec[];
  /** The zone suffix of cross-cluster names. */
  public readonly zoneSuffix: string;
  /** The namespace of the database in every member. */
  public readonly namespace: string;
  /** The pgEdge appName. */
  public readonly appName: string;

  constructor(scope: Construct, id: string, props: PostgresMultiMasterProps) {
    super(scope, id, props.members, { minMembers: 2 });
    const problems = new Problems(this.node.path);
    const members = this.members;
    const appName = props.appName ?? 'pgedge';
    const namespace = props.namespace ?? 'pgedge';
    const version = props.version ?? PGEDGE_CHART.version;
    const operatorVersion = props.operatorVersion ?? CNPG_CHART.version;
    const instances = props.instances ?? 2;
    const storageSize = props.storage?.size ?? '10Gi';
    const parameters = props.postgresParameters ?? {};
    const initSpockSeconds = props.timeouts?.initSpockSeconds ?? 1800;
    const marginSeconds = props.timeouts?.marginSeconds ?? 300;
    const caStem = props.clientCaVariablePrefix ?? 'postgres_client_ca';

    problems.checkValue('PG_CHART_VERSION', 'version', version, (v) => PGEDGE_VERSION_RULE.test(v),
      "an exact pgEdge 1.x chart version such as '1.0.0-rc.1' (0.x renders other values and targets an older CNPG)");
    problems.checkValue('PG_OPERATOR_VERSION', 'operatorVersion', operatorVersion, (v) => CNPG_VERSION_RULE.test(v),
      "an exact cloudnative-pg 0.28.x chart version such as '0.28.2' (CNPG 1.29, which pgEdge 1.x targets)");
    problems.addAll(checkName('appName', appName, { ...DNS_LABEL, max: 26 }, 'PG_APP_NAME'));
    problems.addAll(checkName('namespace', namespace, DNS_LABEL));
    problems.checkValue('PG_INSTANCES', 'instances', instances, (n) => Number.isInteger(n) && n >= 1 && n <= 9, 'a whole number from 1 to 9');
    problems.checkValue('PG_STORAGE_SIZE', 'storage.size', storageSize, (s) => QUANTITY.test(s), "a Kubernetes quantity such as '10Gi'");
    problems.checkValue('PG_STORAGE_CLASS', 'storage.storageClass', props.storage?.storageClass, (s) => DNS_SUBDOMAIN.test(s) && s.length <= 253,
      'a StorageClass name (lower-case DNS subdomain)');
    this.checkParameters(problems, parameters);
    for (const [prop, v] of [['timeouts.initSpockSeconds', initSpockSeconds], ['timeouts.marginSeconds', marginSeconds]] as const) {
      problems.checkValue('PG_TIMEOUT', prop, v, (n) => Number.isInteger(n) && n > 0, 'a positive whole number of seconds');
    }
    problems.checkValue('PG_TIMEOUT', 'timeouts', initSpockSeconds + marginSeconds,
      (n) => n <= MAX_RELEASE_SECONDS, `initSpockSeconds + marginSeconds of at most ${MAX_RELEASE_SECONDS} (a Helm release waits at most that long)`);
    problems.check(/^[a-z][a-z0-9_]*$/.test(caStem), 'PG_CLIENT_CA_VARIABLE', 'clientCaVariablePrefix', caStem,
      'a Terraform variable name: lower-case letters, digits and underscores, starting with a letter');

    // Zone: the bridge's, unless the user names one; both must agree.
    const bridgeZone = props.bridge?.zoneSuffix;
    const zoneSuffix = props.zoneSuffix ?? bridgeZone ?? DEFAULT_CLUSTER_ZONE_SUFFIX;
    problems.checkValue('PG_ZONE_SUFFIX', 'zoneSuffix', zoneSuffix, (z) => DNS_SUBDOMAIN.test(z), "a DNS name such as 'internal'");
    if (props.zoneSuffix !== undefined && bridgeZone !== undefined && !isUnresolved(bridgeZone)) {
      problems.check(props.zoneSuffix === bridgeZone, 'PG_ZONE_SUFFIX_MISMATCH', 'zoneSuffix', props.zoneSuffix,
        `the bridge's zone suffix '${bridgeZone}' (or leave zoneSuffix out)`);
    }
    if (props.bridge) {
      const joined = new Set(props.bridge.clusters);
      members.forEach((m, i) => problems.check(joined.has(m.cluster), 'PG_MEMBER_NOT_IN_BRIDGE', `members[${i}].cluster`, m.cluster.clusterName,
        `a cluster the bridge joins (${props.bridge!.clusters.map((c) => c.clusterName).join(', ') || 'none'}), so others reach '*.svc.${m.cluster.clusterName}.${zoneSuffix}'`));
    }

    // Node names and ordinals: derived, unique across members.
    const nodes: PostgresNodeSpec[] = members.map((m, i) => {
      const ordinal = m.ordinal ?? i + 1;
      const name = m.nodeName ?? `n${ordinal}`;
      const primaryService = `${appName}-${name}-primary`;
      return {
        name,
        ordinal,
        primaryService,
        hostname: crossClusterServiceName(m.cluster, primaryService, namespace, zoneSuffix),
        internalHostname: `${appName}-${name}-rw`,
      };
    });
    nodes.forEach((n, i) => {
      problems.checkValue('PG_NODE_ORDINAL', `members[${i}].ordinal`, members[i].ordinal, (o) => Number.isInteger(o) && o >= 1 && o <= 1023,
        'a whole number from 1 to 1023 (it becomes snowflake.node)');
      problems.addAll(checkName(`members[${i}].nodeName`, n.name, DNS_LABEL, 'PG_NODE_NAME'));
      problems.check(n.primaryService.length <= 63, 'PG_NODE_NAME', `members[${i}].nodeName`, n.name,
        `a name short enough that '${n.primaryService}' fits a Service name (63 characters)`);
      const sameName = nodes.findIndex((o, j) => j < i && o.name === n.name);
      problems.check(sameName < 0, 'PG_NODE_NAME_DUPLICATE', `members[${i}].nodeName`, n.name,
        `a node name distinct from members[${sameName}] (cluster '${members[sameName]?.cluster.clusterName}'): Spock nodes and CNPG clusters are named after it`);
      const sameOrdinal = nodes.findIndex((o, j) => j < i && o.ordinal === n.ordinal);
      problems.check(sameOrdinal < 0, 'PG_NODE_ORDINAL_DUPLICATE', `members[${i}].ordinal`, n.ordinal,
        `an ordinal distinct from members[${sameOrdinal}] (cluster '${members[sameOrdinal]?.cluster.clusterName}'): snowflake ids would collide`);
      const from = members[i].bootstrapFrom;
      problems.checkValue('PG_BOOTSTRAP_SOURCE', `members[${i}].bootstrapFrom`, from, (s) => s !== n.name && nodes.some((o) => o.name === s),
        `the node of another member (${nodes.filter((o) => o !== n).map((o) => o.name).join(', ')})`);
    });

    members.forEach((m, i) => {
      problems.checkValue('PG_INSTANCES', `members[${i}].instances`, m.instances, (n) => Number.isInteger(n) && n >= 1 && n <= 9, 'a whole number from 1 to 9');
      problems.checkValue('PG_STORAGE_CLASS', `members[${i}].storageClass`, m.storageClass, (s) => DNS_SUBDOMAIN.test(s) && s.length <= 253,
        'a StorageClass name (lower-case DNS subdomain)');
    });

    // Client CA: on every member or on none.
    const withCa = members.filter((m) => m.clientCa !== undefined).length;
    members.forEach((m, i) => {
      if (withCa > 0 && m.clientCa === undefined) {
        problems.add('PG_CLIENT_CA_MISSING', `members[${i}].clientCa`, undefined,
          `the same client CA as the other ${withCa} member${withCa === 1 ? '' : 's'} (every member issues its certificates from it), or clientCa on no member (shared variables ${caStem}_crt/_key)`);
      } else if (m.clientCa !== undefined) {
        problems.addAll(checkSecret(`members[${i}].clientCa.certificate`, m.clientCa.certificate));
        problems.addAll(checkSecret(`members[${i}].clientCa.privateKey`, m.clientCa.privateKey));
      }
    });

    // WAL archive: the construct's, unless a member gives its own (each checked once).
    const shared = props.walArchive ? this.resolveWalArchive(problems, props.walArchive, 'walArchive') : undefined;
    const archives = members.map((m, i) => (m.walArchive ? this.resolveWalArchive(problems, m.walArchive, `members[${i}].walArchive`) : shared));
    problems.throwIfAny();

    this.nodes = nodes;
    this.zoneSuffix = zoneSuffix;
    this.namespace = namespace;
    this.appName = appName;

    this.createMemberParts((m, i, scope, partId) => new PostgresMemberPart(scope, partId, {
      cluster: m.cluster,
      namespace,
      appName,
      version,
      operatorVersion,
      node: nodes[i],
      others: nodes.filter((_, j) => j !== i),
      initSpock: (props.initSpock ?? true) && i === members.length - 1,
      snowflakeExtension: props.snowflakeExtension ?? true,
      initSpockSeconds,
      releaseTimeoutSeconds: initSpockSeconds + marginSeconds,
      instances: m.instances ?? instances,
      storageSize,
      storageClass: m.storageClass ?? props.storage?.storageClass,
      parameters,
      superuserAccess: props.superuserAccess ?? false,
      bootstrapFrom: m.bootstrapFrom,
      clientCa: m.clientCa ?? this.sharedCa(m, caStem),
      walArchive: archives[i],
      values: props.values,
    }));
  }

  /** The member that runs `init-spock` (the last). */
  public get initSpockMember(): PostgresMemberPart {
    return this.parts[this.parts.length - 1];
  }

  private sharedCa(m: PostgresMember, stem: string): PostgresClientCa {
    return {
      certificate: this.sharedSecret(m.cluster, `${stem}_crt`, 'PEM certificate of the Postgres client CA (the same in every member stack)'),
      privateKey: this.sharedSecret(m.cluster, `${stem}_key`, 'PEM private key of the Postgres client CA (the same in every member stack)'),
    };
  }

  private checkParameters(problems: Problems, parameters: Record<string, string>): void {
    for (const [k, v] of Object.entries(parameters)) {
      const prop = `postgresParameters['${k}']`;
      problems.check(!RESERVED_PARAMETERS.includes(k), 'PG_PARAMETER_RESERVED', prop, v,
        'no value: the chart sets it from the member ordinal (set members[].ordinal instead)');
      if (!problems.check(typeof v === 'string', 'PG_PARAMETER_VALUE', prop, v, 'a string, e.g. \'on\' or \'256MB\'')) continue;
      const needed = REQUIRED_PARAMETERS[k];
      if (needed !== undefined && !Token.isUnresolved(v)) {
        problems.check(v === needed, 'PG_PARAMETER_REQUIRED', prop, v, `'${needed}': Spock needs it (or leave it out; the chart sets it)`);
      }
    }
  }

  private resolveWalArchive(problems: Problems, a: PostgresWalArchive, prop: string): PostgresWalArchiveSettings {
    const r: PostgresWalArchiveSettings = {
      destinationPath: a.destinationPath,
      endpointUrl: a.endpointUrl,
      credentialsSecretName: a.credentialsSecretName,
      accessKeyIdKey: a.accessKeyIdKey ?? 'ACCESS_KEY_ID',
      secretAccessKeyKey: a.secretAccessKeyKey ?? 'ACCESS_SECRET_KEY',
      retentionPolicy: a.retentionPolicy ?? '30d',
      pluginVersion: a.pluginVersion ?? BARMAN_PLUGIN_CHART.version,
    };
    problems.checkRequired('PG_WAL_ARCHIVE', `${prop}.destinationPath`, r.destinationPath, (d) => /^(s3|gs):\/\/[^/\s]+|^https:\/\/\S+$/.test(d),
      "an object store URL such as 's3://bucket/path', 'gs://bucket/path' or an Azure 'https://' URL");
    problems.checkValue('PG_WAL_ARCHIVE', `${prop}.endpointUrl`, r.endpointUrl, (u) => /^https?:\/\/\S+$/.test(u), "an http(s) URL such as 'https://<account>.r2.cloudflarestorage.com'");
    problems.checkRequired('PG_WAL_ARCHIVE', `${prop}.credentialsSecretName`, r.credentialsSecretName, (s) => DNS_SUBDOMAIN.test(s) && s.length <= 253,
      'the name of an existing Secret in the namespace holding the object store keys');
    for (const key of ['accessKeyIdKey', 'secretAccessKeyKey'] as const) {
      problems.checkValue('PG_WAL_ARCHIVE', `${prop}.${key}`, r[key], (k) => /^[-._a-zA-Z0-9]+$/.test(k), 'a Secret key (letters, digits, -, _ and .)');
    }
    problems.checkValue('PG_WAL_ARCHIVE', `${prop}.retentionPolicy`, r.retentionPolicy, (p) => /^[1-9][0-9]*[dwm]$/.test(p), "a retention such as '30d', '4w' or '6m'");
    problems.checkValue('PG_WAL_ARCHIVE', `${prop}.pluginVersion`, r.pluginVersion, (v) => EXACT_VERSION.test(v), "an exact chart version such as '0.5.0'");
    return r;
  }
}
