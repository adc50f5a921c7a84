import type { IngressClassV1Config } from '@cdktf/provider-kubernetes/lib/ingress-class-v1';
import type { NamespaceV1Config } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import type { SecretV1Config } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { ArgumentShape, ProviderResource, ProviderResourceType } from './provider-resource';

const METADATA: ArgumentShape = { maps: ['annotations', 'labels'] };
const kubernetes = (tfResourceType: string, shape: ArgumentShape): ProviderResourceType => ({
  tfResourceType, providerName: 'kubernetes', providerVersion: '2.38.0', providerVersionConstraint: '~> 2.0', shape,
});

/** Map arguments and blocks of `kubernetes_ingress_class_v1` (hashicorp/kubernetes 2.38.0). */
const INGRESS_CLASS_V1_SHAPE: ArgumentShape = { blocks: { metadata: METADATA, spec: { blocks: { parameters: {} } } } };
/** Map arguments and blocks of `kubernetes_namespace_v1`. */
const NAMESPACE_V1_SHAPE: ArgumentShape = { blocks: { metadata: METADATA, timeouts: {} } };
/** Map arguments and blocks of `kubernetes_secret_v1`. */
const SECRET_V1_SHAPE: ArgumentShape = { maps: ['binary_data', 'binary_data_wo', 'data', 'data_wo'], blocks: { metadata: METADATA, timeouts: {} } };

/** `kubernetes_ingress_class_v1`, taking the binding's typed config without loading it (see {@link ProviderResource}). */
export class IngressClassV1Resource extends ProviderResource<IngressClassV1Config> {
  public static readonly tfResourceType = 'kubernetes_ingress_class_v1';
  constructor(scope: Construct, id: string, config: IngressClassV1Config) {
    super(scope, id, kubernetes(IngressClassV1Resource.tfResourceType, INGRESS_CLASS_V1_SHAPE), config);
  }

  /** `metadata[0].name`: the object's name in the cluster (a reference, so dependents wait for it). */
  public get metadataName(): string {
    return Token.asString(this.interpolationForAttribute('metadata[0].name'));
  }
}

/** `kubernetes_namespace_v1`, lean (see {@link ProviderResource}). */
export class NamespaceV1Resource extends ProviderResource<NamespaceV1Config> {
  public static readonly tfResourceType = 'kubernetes_namespace_v1';
  constructor(scope: Construct, id: string, config: NamespaceV1Config) {
    super(scope, id, kubernetes(NamespaceV1Resource.tfResourceType, NAMESPACE_V1_SHAPE), config);
  }

  /** `metadata[0].name`: the object's name in the cluster (a reference, so dependents wait for it). */
  public get metadataName(): string {
    return Token.asString(this.interpolationForAttribute('metadata[0].name'));
  }
}

/** `kubernetes_secret_v1`, lean (see {@link ProviderResource}). */
export class SecretV1Resource extends ProviderResource<SecretV1Config> {
  public static readonly tfResourceType = 'kubernetes_secret_v1';
  constructor(scope: Construct, id: string, config: SecretV1Config) {
    super(scope, id, kubernetes(SecretV1Resource.tfResourceType, SECRET_V1_SHAPE), config);
  }

  /** `metadata[0].name`: the object's name in the cluster (a reference, so dependents wait for it). */
  public get metadataName(): string {
    return Token.asString(this.interpolationForAttribute('metadata[0].name'));
  }

  /** The Secret's data as the cluster holds it (a reference; sensitive), e.g. a service-account token filled in by Kubernetes. */
  public get data(): { [key: string]: string } {
    return this.getStringMapAttribute('data');
  }
}
