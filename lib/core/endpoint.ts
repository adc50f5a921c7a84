import { TerraformStack } from 'cdktf';
import { IngressAddressType } from './cluster';

/**
 * One place a hostname is served from: what a traffic manager needs to send traffic there and to
 * health-check it. Produced by workloads (e.g. `GpuInferenceService.endpoint`) or written by hand
 * for raw endpoints.
 */
export interface ServiceEndpoint {
  /** A short unique name, e.g. the cluster name. */
  readonly name: string;
  /** Region of the endpoint, used for nearest-region routing. */
  readonly region: string;
  /** Address (IPv4 or DNS name); may be a token read from the ingress status. */
  readonly address: string;
  /** Whether `address` is an IPv4 address or a DNS name. */
  readonly addressType: IngressAddressType;
  /** Hostnames the endpoint routes on (its ingress host rules). */
  readonly hosts: string[];
  /** Path that answers 2xx when the endpoint is healthy. @default '/' */
  readonly healthPath?: string;
  /** Port the ingress listens on. @default 80 */
  readonly port?: number;
  /**
   * Stack that owns `address`. When it differs from the traffic manager's stack the address
   * crosses stacks as an output (CDKTF cross-stack reference). @default - a literal address
   */
  readonly stack?: TerraformStack;
}
