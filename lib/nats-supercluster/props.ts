import { HelmValues } from '../core/helm-addon';
import { ClusterMember } from '../core/multi-cluster';
import { Secret } from '../core/secrets';

/**
 * Where a user name and password come from. The password never appears in the synthesized JSON:
 * it is a sensitive Terraform variable shared by every member stack (each declares the same
 * name; the user supplies one value as `TF_VAR_<name>`), or it is read from a Kubernetes Secret
 * that already exists in each member cluster.
 */
export class NatsCredentials {
  /**
   * The password from a sensitive variable declared under the same name in every member stack
   * (`TF_VAR_<variableName>`); the user name is not secret and is given here.
   *
   * @param options.variableName Terraform variable name, `[a-z][a-z0-9_]*`.
   * @param options.user user name. @default 'nats' for clients, 'gateway' for gateways
   */
  public static fromSharedVariable(options: { readonly variableName: string; readonly user?: string }): NatsCredentials {
    return new NatsCredentials({ kind: 'variable', variableName: options.variableName, user: options.user });
  }

  /**
   * User name and password read (with a `kubernetes_secret_v1` data source, in each member's own
   * stack) from a Secret that exists in every member cluster before the plan.
   *
   * @param options.secretName name of the Secret (the same in every member).
   * @param options.namespace its namespace. @default - the super-cluster's namespace
   * @param options.userKey key holding the user name. @default 'username'
   * @param options.passwordKey key holding the password. @default 'password'
   */
  public static fromExistingSecret(options: {
    readonly secretName: string;
    readonly namespace?: string;
    readonly userKey?: string;
    readonly passwordKey?: string;
  }): NatsCredentials {
    return new NatsCredentials({
      kind: 'existing',
      secretName: options.secretName,
      namespace: options.namespace,
      userKey: options.userKey ?? 'username',
      passwordKey: options.passwordKey ?? 'password',
    });
  }

  /** Internal: how the credentials are found. */
  public readonly source: CredentialSource;

  private constructor(source: CredentialSource) {
    this.source = source;
  }
}

/** The two ways credentials are found (internal: not exported from the package index). */
export type CredentialSource =
  | { readonly kind: 'variable'; readonly variableName: string; readonly user?: string }
  | { readonly kind: 'existing'; readonly secretName: string; readonly namespace?: string; readonly userKey: string; readonly passwordKey: string };

/** Credentials as one member sees them: the user name and password as strings or Terraform references. */
export interface ResolvedCredentials {
  /** User name (a literal name or a reference to a Secret key). */
  readonly user: string;
  /** Password: a reference to a sensitive value, never a literal. */
  readonly password: Secret;
}

/** TLS on the gateway connections (mutual: gateways always verify the peer's certificate). */
export interface NatsGatewayTls {
  /**
   * A `kubernetes.io/tls` Secret in the super-cluster's namespace of every member (`tls.crt`,
   * `tls.key`), e.g. issued by cert-manager. The certificate needs both serverAuth and clientAuth
   * usages and must cover the names peers dial (`<fullname>-headless.<ns>.svc.<zone>`).
   */
  readonly secretName: string;
  /**
   * A Secret holding the CA (`ca.crt`) that signed every member's gateway certificate; becomes the
   * chart's `tlsCA`. @default - none (the certificate's issuer must be trusted otherwise)
   */
  readonly caSecretName?: string;
  /**
   * Each server advertises `<pod>.<fullname>-headless.<ns>.svc.<zone>:<port>` to the other
   * gateways instead of its pod IP. Not needed for certificate checks: a server dialling a
   * gossiped pod IP verifies the certificate against the host name of the explicitly listed URL
   * (the headless name). Turn it on when peers must dial names rather than IPs; it needs the
   * cross-cluster DNS to answer per-pod names of headless Services.
   * @default false
   */
  readonly advertisePodNames?: boolean;
}

/** JetStream across the super-cluster. */
export interface NatsJetStream {
  /**
   * The JetStream domain: one for the whole super-cluster (domains differ only across leaf nodes).
   * @default - no domain set
   */
  readonly domain?: string;
  /** Size of each server's file-store volume, in GiB. @default 10 */
  readonly fileStorageGiB?: number;
  /** Storage class of the file-store volumes. @default - the cluster's default storage class */
  readonly storageClassName?: string;
}

/** CPU and memory of each NATS server container, as Kubernetes quantities (`500m`, `1Gi`). */
export interface NatsResources {
  /** Requests. @default - none */
  readonly requests?: { readonly cpu?: string; readonly memory?: string };
  /** Limits. @default - none */
  readonly limits?: { readonly cpu?: string; readonly memory?: string };
}

/** One member of a {@link NatsSupercluster}: a cluster and its per-member options. */
export interface NatsSuperclusterMember extends ClusterMember {
  /**
   * Helm release name in this cluster. The chart's fullname is the release name when it contains
   * `nats`, else `<release>-nats`; pods are `<fullname>-<i>`.
   * @default `nats-<clusterName>`
   */
  readonly releaseName?: string;
  /** Chart version in this member; every member must run the same one. @default NatsSupercluster.CHART.version ('2.14.2') */
  readonly chartVersion?: string;
  /** Values for this member only, deep-merged last. Keys the construct computes are refused. @default - none */
  readonly values?: HelmValues;
}

/** Props of {@link NatsSupercluster}. */
export interface NatsSuperclusterProps {
  /** The clusters, one NATS cluster each, at least two. */
  readonly members: readonly NatsSuperclusterMember[];
  /** Namespace of the release in every member. @default 'nats' */
  readonly namespace?: string;
  /** Create the namespace (a `kubernetes_namespace_v1`) in every member. @default true */
  readonly createNamespace?: boolean;
  /** NATS servers per member (`config.cluster.replicas`). @default 3 */
  readonly replicas?: number;
  /** Gateway port, the same in every member (peers dial it). @default 7222 */
  readonly gatewayPort?: number;
  /**
   * Suffix of the zone other clusters' services resolve under (`<svc>.<ns>.svc.<cluster>.<suffix>`),
   * as the cross-cluster network serves it. @default 'internal' (NetbirdBridge's zone)
   */
  readonly zoneSuffix?: string;
  /**
   * Credentials clients present (`authorization {user, password}` at the top level of nats.conf).
   * @default NatsCredentials.fromSharedVariable({ variableName: '<id>_client_password', user: 'nats' })
   */
  readonly clientAuth?: NatsCredentials;
  /**
   * Credentials gateways expect and present (`gateway.authorization`, and inside the peer URLs).
   * `false` only with {@link gatewayTls}: mutual TLS then authenticates gateways.
   * @default NatsCredentials.fromSharedVariable({ variableName: '<id>_gateway_password', user: 'gateway' })
   */
  readonly gatewayAuth?: NatsCredentials | false;
  /** TLS for gateway connections. @default - none (plain TCP over the cross-cluster network) */
  readonly gatewayTls?: NatsGatewayTls;
  /** The HTTP monitoring endpoint (`config.monitor`, port 8222) and its Service port. @default true */
  readonly monitor?: boolean;
  /** The Prometheus exporter sidecar (`promExporter`, port 7777); needs {@link monitor}. @default false */
  readonly promExporter?: boolean;
  /**
   * JetStream. When on, each member gets its own `serverNamePrefix` (`<clusterName>-`) so server
   * names are unique across the super-cluster, and every server the same domain.
   * @default - off
   */
  readonly jetStream?: NatsJetStream;
  /** Resources of the NATS server container. @default - none (the chart's) */
  readonly resources?: NatsResources;
  /** The nats-box deployment (a shell with the `nats` CLI; holds no credentials). @default false */
  readonly natsBox?: boolean;
  /** Values for every member, deep-merged over the construct's. Keys the construct computes are refused. @default - none */
  readonly values?: HelmValues;
  /** Seconds Helm waits for each release. @default 600 */
  readonly timeoutSeconds?: number;
}
