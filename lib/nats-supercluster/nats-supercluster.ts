import { Construct } from 'constructs';
import { ICluster } from '../core/cluster';
import { Problems, ValidationProblem } from '../core/errors';
import { HelmChart } from '../core/helm-addon';
import { crossClusterServiceName, DEFAULT_CLUSTER_ZONE_SUFFIX, MultiClusterConstruct } from '../core/multi-cluster';
import { toIdentifier } from '../core/naming';
import { NatsMember } from './nats-member';
import { CredentialSource, NatsCredentials, NatsSuperclusterMember, NatsSuperclusterProps } from './props';
import { headlessServiceName, natsFullname } from './private/naming';
import { PeerGateway } from './private/values';
import { validateProps } from './private/validate';

/**
 * A NATS super-cluster: one NATS cluster (chart `nats`, pinned) per member cluster, joined by
 * gateways, so a message published in one cluster reaches subscribers in every other.
 *
 * - Each member's gateway and cluster are named after the member's cluster name (the server
 *   refuses a gateway name different from the cluster name); each member has its own release,
 *   so pod and server names differ across members.
 * - Every member lists every other member's gateway at
 *   `nats://<fullname>-headless.<namespace>.svc.<peer cluster>.<zoneSuffix>:<port>`, computed from
 *   names known at synth: no member stack reads another's.
 * - Clients and gateways authenticate with user and password from one shared sensitive variable
 *   (or an existing Secret); the server reads them, and the peer URLs that carry the gateway
 *   credentials, from environment variables fed by a per-member Kubernetes Secret. No credential
 *   is a Helm value or a literal in the synthesized JSON.
 *
 * @see https://docs.nats.io/running-a-nats-service/configuration/gateways
 */
export class NatsSupercluster extends MultiClusterConstruct<NatsSuperclusterMember, NatsMember> {
  /** The chart this library pins. */
  public static readonly CHART: HelmChart = { chart: 'nats', repository: 'https://nats-io.github.io/k8s/helm/charts/', version: '2.14.2' };
  /** The default gateway port. */
  public static readonly DEFAULT_GATEWAY_PORT = 7222;

  /** Namespace of the releases. */
  public readonly namespace: string;
  /** Gateway port of every member. */
  public readonly gatewayPort: number;
  /** Zone suffix peers are reached under. */
  public readonly zoneSuffix: string;

  constructor(scope: Construct, id: string, props: NatsSuperclusterProps) {
    super(scope, id, props.members, { minMembers: 2 });
    const namespace = props.namespace ?? 'nats';
    const gatewayPort = props.gatewayPort ?? NatsSupercluster.DEFAULT_GATEWAY_PORT;
    const zoneSuffix = props.zoneSuffix ?? DEFAULT_CLUSTER_ZONE_SUFFIX;
    const replicas = props.replicas ?? 3;
    const createNamespace = props.createNamespace ?? true;
    const prefix = toIdentifier(id);
    const clientAuth = (props.clientAuth ?? NatsCredentials.fromSharedVariable({ variableName: `${prefix}_client_password` })).source;
    const gatewayAuth: CredentialSource | undefined = props.gatewayAuth === false
      ? undefined
      : (props.gatewayAuth ?? NatsCredentials.fromSharedVariable({ variableName: `${prefix}_gateway_password` })).source;
    const releaseOf = (m: NatsSuperclusterMember): string => m.releaseName ?? `nats-${m.cluster.clusterName}`;

    const problems = new Problems(this.node.path);
    problems.addAll(validateProps(props, {
      namespace, gatewayPort, zoneSuffix, replicas, createNamespace, clientAuth, gatewayAuth,
      releaseNames: this.members.map(releaseOf),
    }));
    problems.throwIfAny();

    this.namespace = namespace;
    this.gatewayPort = gatewayPort;
    this.zoneSuffix = zoneSuffix;

    const headlessHost = (m: NatsSuperclusterMember): string =>
      crossClusterServiceName(m.cluster, headlessServiceName(natsFullname(releaseOf(m))), namespace, zoneSuffix);
    const gateways: PeerGateway[] = this.members.map((m) => ({ name: m.cluster.clusterName, hostPort: `${headlessHost(m)}:${gatewayPort}` }));
    const advertisePodNames = !!props.gatewayTls && (props.gatewayTls.advertisePodNames ?? false);
    const js = props.jetStream;

    this.createMemberParts((m, i, scope, partId) => new NatsMember(scope, partId, {
      cluster: m.cluster,
      chart: { ...NatsSupercluster.CHART, version: m.chartVersion ?? NatsSupercluster.CHART.version },
      releaseName: releaseOf(m),
      fullname: natsFullname(releaseOf(m)),
      namespace,
      createNamespace,
      timeoutSeconds: props.timeoutSeconds ?? 600,
      clientAuth,
      gatewayAuth,
      sharedPassword: (name, what) => this.sharedSecret(m.cluster, name, what === 'client'
        ? `Password NATS clients present to the super-cluster '${id}' (the same value in every member stack)`
        : `Password the gateways of the NATS super-cluster '${id}' present to each other (the same value in every member stack)`),
      defaultUsers: { client: 'nats', gateway: 'gateway' },
      render: {
        gatewayName: m.cluster.clusterName,
        replicas,
        gatewayPort,
        peers: gateways.filter((_, j) => j !== i),
        gatewayTls: props.gatewayTls,
        advertise: advertisePodNames ? `$(POD_NAME).${headlessHost(m)}:${gatewayPort}` : undefined,
        monitor: props.monitor ?? true,
        promExporter: props.promExporter ?? false,
        jetStream: js ? {
          domain: js.domain,
          fileStorageGiB: js.fileStorageGiB ?? 10,
          storageClassName: js.storageClassName,
          serverNamePrefix: `${m.cluster.clusterName}-`,
        } : undefined,
        resources: props.resources,
        natsBox: props.natsBox ?? false,
      },
      extraValues: [props.values, m.values],
    }));
  }

  /** Gateway names, in member order (each is its member's cluster name). */
  public get gatewayNames(): string[] {
    return this.parts.map((p) => p.gatewayName);
  }

  /** The URL (without credentials) peers dial to reach `cluster`'s gateway. */
  public gatewayUrl(cluster: ICluster): string {
    const part = this.member(cluster);
    return `nats://${crossClusterServiceName(cluster, part.headlessServiceName, this.namespace, this.zoneSuffix)}:${this.gatewayPort}`;
  }

  /**
   * DNS names a member's gateway certificate should cover (for `gatewayTls`): the headless name
   * peers dial, and a wildcard for the per-pod names servers advertise with `advertisePodNames`.
   */
  public gatewayCertificateDnsNames(cluster: ICluster): string[] {
    const host = crossClusterServiceName(cluster, this.member(cluster).headlessServiceName, this.namespace, this.zoneSuffix);
    return [host, `*.${host}`];
  }

  protected crossMemberProblems(): ValidationProblem[] {
    return this.sameEverywhere('chartVersion', (m) => m.chartVersion ?? NatsSupercluster.CHART.version);
  }
}
