import { Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { lazy } from '../core/private/lazy';
import { NamespaceV1Resource, SecretV1Resource } from '../core/kubernetes-resources';
import type * as DataSecretBinding from '@cdktf/provider-kubernetes/lib/data-kubernetes-secret-v1';
import { ICluster } from '../core/cluster';
import { HelmAddOn, HelmChart, HelmValues } from '../core/helm-addon';
import { assertPlacement } from '../core/placement';
import { addDependsOn } from '../core/private/dependable';
import { mergeValues } from '../core/private/values';
import { Secret } from '../core/secrets';
import { CredentialSource, ResolvedCredentials } from './props';
import { headlessServiceName, peerUrlKey, SECRET_KEYS } from './private/naming';
import { natsValues, NatsValuesInput, PeerGateway } from './private/values';

/**
 * A value as nats.conf reads it from an environment variable: the server parses the variable's
 * text as a config value, so it is double-quoted (with `\` and `"` escaped) to stay one string
 * whatever it starts with (a leading digit would otherwise parse as a number).
 */
function confString(value: string): string {
  if (!Token.isUnresolved(value)) return JSON.stringify(value);
  // HCL: replace(replace(v, "\\", "\\\\"), "\"", "\\\""); rawString escapes quotes only.
  const escaped = Fn.replace(Fn.replace(value, Fn.rawString('\\\\'), Fn.rawString('\\\\\\\\')), Fn.rawString('"'), Fn.rawString('\\\\"'));
  return `"${escaped}"`;
}

/**
 * Percent-encodes a URL user-info part. Terraform's `urlencode` writes a space as `+`, which
 * means `+` in user info; it writes a literal `+` as `%2B`, so every `+` left is a space.
 */
function urlComponent(value: string): string {
  if (!Token.isUnresolved(value)) return encodeURIComponent(value);
  return Fn.replace(Fn.urlencode(value), '+', '%20');
}

/** Props of one member's part (built by {@link NatsSupercluster}). */
export interface NatsMemberProps {
  readonly cluster: ICluster;
  readonly chart: HelmChart;
  readonly releaseName: string;
  readonly fullname: string;
  readonly namespace: string;
  readonly createNamespace: boolean;
  readonly timeoutSeconds: number;
  /** Client and gateway credentials; `gateway` undefined when gateways use mutual TLS only. */
  readonly clientAuth: CredentialSource;
  readonly gatewayAuth?: CredentialSource;
  /** The shared sensitive variable of this member's stack, by name. */
  readonly sharedPassword: (variableName: string, what: string) => Secret;
  readonly defaultUsers: { readonly client: string; readonly gateway: string };
  /** Everything {@link natsValues} needs but the Secret's name and the auth switch. */
  readonly render: Omit<NatsValuesInput, 'secretName' | 'gatewayAuth'>;
  /** Values deep-merged over the rendered ones (all members', then this member's). */
  readonly extraValues: readonly (HelmValues | undefined)[];
}

/**
 * One member's NATS cluster: its namespace, the Secret its servers read credentials and peer
 * gateway URLs from, and the `nats` Helm release. Created under the member's cluster, so every
 * resource is in that cluster's stack.
 */
export class NatsMember extends Construct {
  /** The cluster this part runs in. */
  public readonly cluster: ICluster;
  /** Gateway name, equal to the NATS cluster name (the server refuses them different). */
  public readonly gatewayName: string;
  /** The chart's fullname: StatefulSet name, pods `<fullname>-<i>`. */
  public readonly fullname: string;
  /** The headless Service peers dial (`<fullname>-headless`). */
  public readonly headlessServiceName: string;
  /** Namespace of the release. */
  public readonly namespace: string;
  /** The peers this member lists, in member order. */
  public readonly peers: readonly PeerGateway[];
  /** The Secret holding this member's credentials and peer URLs (escape hatch). */
  public readonly credentialsSecret: SecretV1Resource;
  /** The Helm release (escape hatch). */
  public readonly release: HelmAddOn;

  constructor(scope: Construct, id: string, props: NatsMemberProps) {
    super(scope, id);
    assertPlacement(this, props.cluster);
    this.cluster = props.cluster;
    this.gatewayName = props.render.gatewayName;
    this.fullname = props.fullname;
    this.headlessServiceName = headlessServiceName(props.fullname);
    this.namespace = props.namespace;
    this.peers = props.render.peers;
    const provider = props.cluster.kubernetesProvider;

    let namespaceName = props.namespace;
    let namespace: NamespaceV1Resource | undefined;
    if (props.createNamespace) {
      namespace = new NamespaceV1Resource(this, 'namespace', { provider, metadata: { name: props.namespace } });
      addDependsOn(namespace, () => props.cluster.readiness);
      namespaceName = namespace.metadataName;
    }

    const client = this.resolve('client', props.clientAuth, props.defaultUsers.client, props);
    const gateway = props.gatewayAuth ? this.resolve('gateway', props.gatewayAuth, props.defaultUsers.gateway, props) : undefined;
    const data: Record<string, string> = {
      [SECRET_KEYS.clientUser]: confString(client.user),
      [SECRET_KEYS.clientPassword]: confString(client.password.value),
    };
    if (gateway) {
      data[SECRET_KEYS.gatewayUser] = confString(gateway.user);
      data[SECRET_KEYS.gatewayPassword] = confString(gateway.password.value);
      // Explicitly listed gateways take their credentials only from the URL; NATS expands `$VAR`
      // only as a whole value, so the whole URL is built here and handed to the pod as a variable.
      const userInfo = `${urlComponent(gateway.user)}:${urlComponent(gateway.password.value)}`;
      for (const p of this.peers) data[peerUrlKey(p.name)] = `nats://${userInfo}@${p.hostPort}`;
    }
    const secretName = `${props.fullname}-credentials`;
    this.credentialsSecret = new SecretV1Resource(this, 'credentials', {
      provider,
      metadata: { name: secretName, namespace: namespaceName, labels: { 'app.kubernetes.io/instance': props.releaseName } },
      type: 'Opaque',
      data,
    });
    if (!namespace) addDependsOn(this.credentialsSecret, () => props.cluster.readiness);

    const values = props.extraValues.reduce<HelmValues>((acc, v) => (v ? mergeValues(acc, v) : acc),
      natsValues({ ...props.render, secretName, gatewayAuth: !!gateway }));
    this.release = new HelmAddOn(this, 'release', {
      cluster: props.cluster,
      chart: props.chart,
      releaseName: props.releaseName,
      namespace: props.namespace,
      createNamespace: false,
      timeoutSeconds: props.timeoutSeconds,
      values,
      dependsOn: [this.credentialsSecret],
    });
  }

  /** The rendered Helm values of this member (for inspection and tests). */
  public get values(): HelmValues {
    return this.release.renderedValues;
  }

  private resolve(which: 'client' | 'gateway', source: CredentialSource, defaultUser: string, props: NatsMemberProps): ResolvedCredentials {
    if (source.kind === 'variable') {
      return { user: source.user ?? defaultUser, password: props.sharedPassword(source.variableName, which) };
    }
    const namespace = source.namespace ?? props.namespace;
    const existing = new (dataSecretBinding().DataKubernetesSecretV1)(this, `${which}-existing-secret`, {
      provider: props.cluster.kubernetesProvider,
      metadata: { name: source.secretName, namespace },
      // A clear plan-time error instead of "Missing map element" when the Secret or a key is absent.
      lifecycle: {
        postcondition: [source.userKey, source.passwordKey].map((key) => ({
          condition: `\${contains(nonsensitive(keys(self.data)), "${key}")}`,
          errorMessage: `Secret ${namespace}/${source.secretName} in cluster ${props.cluster.clusterName} needs the key "${key}" ` +
            `(${which}Auth of the NATS super-cluster).`,
        })),
      },
    });
    return {
      user: Fn.lookup(existing.data, source.userKey),
      password: Secret.fromReference(Fn.lookup(existing.data, source.passwordKey), `${which}Auth`),
    };
  }
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- only credentials from an existing Secret need it
const dataSecretBinding = lazy(() => require('@cdktf/provider-kubernetes/lib/data-kubernetes-secret-v1') as typeof DataSecretBinding);
