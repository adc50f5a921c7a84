import { createHash } from 'crypto';
import { Construct } from 'constructs';
import {
  NetbirdGroupResource, NetbirdNetworkResource, NetbirdNetworkResourceResource, NetbirdNetworkRouterResource, NetbirdSetupKeyResource,
} from './resources';
import { NamespaceV1Resource, SecretV1Resource } from '../core/kubernetes-resources';
import { Cilium } from '../addons/cilium';
import { ICluster } from '../core/cluster';
import { ClusterManifest, KubernetesObject } from '../core/cluster-manifest';
import { HelmAddOn } from '../core/helm-addon';
import { addDependsOn } from '../core/private/dependable';
import { assertPlacement } from '../core/placement';
import { Secret } from '../core/secrets';
import { bridgeCorefile, corednsCustomData, ForwardedZone } from './private/dns';
import { findOrCreateNetbirdProvider } from './private/netbird-provider';
import { hostLegScript, podLegScript, VerifyTarget } from './private/verify';
import { NetbirdMemberRole } from './props';

/** Port the DNS bridge listens on, on the router node's host network. */
export const DNS_BRIDGE_PORT = 1053;
/** Name of the headless Service in front of each application member's CoreDNS: the known name the checks resolve. */
export const PROBE_SERVICE = 'netbird-probe';

/** A peer as this member sees it (values known at synth: no stack dependency). */
export interface NetbirdPeerView {
  readonly clusterName: string;
  readonly zone: string;
  readonly podCidr: string;
  readonly serviceCidr: string;
  readonly routeServiceCidr: boolean;
  readonly dnsIngressIp: string;
  /** The peer's `kubernetes` Service ClusterIP (its API server, routed to management members only). */
  readonly apiServerIp: string;
}

/** Props of {@link NetbirdBridgeMemberPart} (computed by NetbirdBridge). */
export interface NetbirdBridgeMemberPartProps {
  readonly cluster: ICluster;
  readonly role: NetbirdMemberRole;
  readonly routerNodeSelector: Record<string, string>;
  readonly zone: string;
  /** Peers this member reaches. */
  readonly reaches: readonly NetbirdPeerView[];
  /** Whether peers reach this member (then its CIDRs become NetBird network resources). */
  readonly reachable: boolean;
  /** Whether management members reach this member's API server (then its `kubernetes` ClusterIP becomes a resource of its own group). */
  readonly apiReachable: boolean;
  /** Whether this member reaches its peers' API servers (a management member). */
  readonly reachesApi: boolean;
  readonly apiServerIp: string;
  readonly routeServiceCidr: boolean;
  readonly extraDestinations: readonly string[];
  readonly cilium?: Cilium;
  readonly dns: boolean;
  readonly corednsCustom: Record<string, string>;
  readonly dnsBridgeIp: string;
  readonly dnsIngressIp: string;
  readonly managementUrl: string;
  readonly apiToken: Secret;
  readonly clientImage: string;
  readonly dnsBridgeImage: string;
  readonly namePrefix: string;
  readonly namespace: string;
  readonly stateHostPath: string;
  readonly verify: boolean;
  readonly verifyImage: string;
}

const PART_OF = { 'app.kubernetes.io/part-of': 'netbird-bridge' };

/**
 * One member's part of a {@link NetbirdBridge}, in that member's stack: its NetBird objects
 * (router group, setup key, network, routes to its CIDRs), the routing peer, the Cilium egress
 * policy, the DNS bridge and CoreDNS wiring, and the opt-in checks.
 */
export class NetbirdBridgeMemberPart extends Construct {
  /** The member cluster. */
  public readonly cluster: ICluster;
  /** Its role. */
  public readonly role: NetbirdMemberRole;
  /** NetBird group of this member's routing peer(s): the source of its policy. */
  public readonly routersGroup: NetbirdGroupResource;
  /** NetBird group of this member's routed CIDRs (pods, DNS ingress, services): what peers are allowed to reach. Absent when nobody reaches it. */
  public readonly reachableGroup?: NetbirdGroupResource;
  /** NetBird group of this member's API server ClusterIP: only management members are allowed to reach it. */
  public readonly apiGroup?: NetbirdGroupResource;
  /**
   * This member's API server as management members reach it: `https://<kubernetes Service ClusterIP>:443`
   * (the API server's certificate always names that address). Known at synth.
   */
  public readonly apiServerUrl: string;
  /** NetBird network holding this member's resources (absent when nobody reaches it). */
  public readonly network?: NetbirdNetworkResource;
  /** The reusable setup key the routing peer registers with. */
  public readonly setupKey: NetbirdSetupKeyResource;
  /** ClusterIP of the local DNS bridge: forward `<peer>.<suffix>` here on clusters that are not k3s. */
  public readonly dnsBridgeIp: string;
  /** ClusterIP peers' bridges query for this member's zone. */
  public readonly dnsIngressIp: string;
  /** This member's zone (`<cluster>.<suffix>`). */
  public readonly zone: string;
  /** The routing peer Deployment. */
  public readonly router: ClusterManifest;
  /** The CiliumEgressGatewayPolicy (absent when the member reaches no peer). */
  public readonly egressPolicy?: ClusterManifest;

  constructor(scope: Construct, id: string, props: NetbirdBridgeMemberPartProps) {
    super(scope, id);
    assertPlacement(this, props.cluster);
    const cluster = props.cluster;
    this.cluster = cluster;
    this.role = props.role;
    this.zone = props.zone;
    this.dnsBridgeIp = props.dnsBridgeIp;
    this.dnsIngressIp = props.dnsIngressIp;
    this.apiServerUrl = `https://${props.apiServerIp}:443`;
    const name = (what: string): string => `${props.namePrefix}-${cluster.clusterName}-${what}`;

    // --- NetBird objects of this member (its own stack, its own provider) ---
    const provider = findOrCreateNetbirdProvider(this, props.managementUrl, props.apiToken);
    this.routersGroup = new NetbirdGroupResource(this, 'routers-group', { provider, name: name('routers') });
    this.setupKey = new NetbirdSetupKeyResource(this, 'setup-key', {
      provider,
      name: name('router'),
      type: 'reusable',
      autoGroups: [this.routersGroup.id],
      ephemeral: false,
      usageLimit: 0,
    });
    if (props.reachable) {
      this.reachableGroup = new NetbirdGroupResource(this, 'reachable-group', { provider, name: name('reachable') });
      this.network = new NetbirdNetworkResource(this, 'network', {
        provider,
        name: `${props.namePrefix}-${cluster.clusterName}`,
        description: `Pod and service ranges of cluster ${cluster.clusterName}, routed by its NetBird routing peer`,
      });
      new NetbirdNetworkRouterResource(this, 'network-router', {
        provider, networkId: this.network.id, peerGroups: [this.routersGroup.id], masquerade: true, metric: 9999, enabled: true,
      });
      const resources: [string, string][] = [['pods', cluster.podCidr], ['dns', `${props.dnsIngressIp}/32`]];
      if (props.routeServiceCidr) resources.push(['services', cluster.serviceCidr]);
      for (const [what, address] of resources) {
        new NetbirdNetworkResourceResource(this, `resource-${what}`, {
          provider, networkId: this.network.id, name: name(what), address, groups: [this.reachableGroup.id], enabled: true,
        });
      }
      if (props.apiReachable) {
        this.apiGroup = new NetbirdGroupResource(this, 'api-group', { provider, name: name('api') });
        new NetbirdNetworkResourceResource(this, 'resource-api', {
          provider, networkId: this.network.id, name: name('api'), address: `${props.apiServerIp}/32`, groups: [this.apiGroup.id], enabled: true,
        });
      }
    }

    // --- Kubernetes side ---
    const ns = new NamespaceV1Resource(this, 'namespace', {
      provider: cluster.kubernetesProvider,
      metadata: { name: props.namespace, labels: { ...PART_OF, 'pod-security.kubernetes.io/enforce': 'privileged' } },
    });
    addDependsOn(ns, () => cluster.readiness);
    const keySecret = new SecretV1Resource(this, 'setup-key-secret', {
      provider: cluster.kubernetesProvider,
      metadata: { name: 'netbird-setup-key', namespace: props.namespace, labels: PART_OF },
      data: { NB_SETUP_KEY: this.setupKey.key },
      dependsOn: [ns],
    });
    const requires: HelmAddOn[] = props.cilium ? [props.cilium] : [];
    const manifest = (mid: string, m: KubernetesObject, deps = [ns] as (NamespaceV1Resource | SecretV1Resource | ClusterManifest)[]): ClusterManifest =>
      new ClusterManifest(this, mid, { cluster, manifest: m, requires, dependsOn: deps });

    this.router = manifest('router', routerDeployment(props, name('router')), [ns, keySecret]);

    const destinations = [
      ...props.reaches.flatMap((p) => (p.routeServiceCidr ? [p.podCidr, p.serviceCidr] : [p.podCidr])),
      // A routed service CIDR already holds the API server's ClusterIP.
      ...(props.reachesApi ? props.reaches.filter((p) => !p.routeServiceCidr).map((p) => `${p.apiServerIp}/32`) : []),
      ...props.extraDestinations,
    ];
    const dnsDeps: (NamespaceV1Resource | ClusterManifest)[] = [ns];
    if (props.reaches.length > 0) {
      this.egressPolicy = manifest('egress', {
        apiVersion: 'cilium.io/v2',
        kind: 'CiliumEgressGatewayPolicy',
        metadata: { name: `netbird-bridge-${cluster.clusterName}`, labels: PART_OF },
        spec: {
          selectors: [{ podSelector: {} }],
          destinationCIDRs: destinations,
          egressGateway: { nodeSelector: { matchLabels: { ...props.routerNodeSelector } }, interface: 'wt0' },
        },
      }, [this.router]);

      const forwarded: ForwardedZone[] = props.reaches.map((p) => ({ zone: p.zone, upstream: `${p.dnsIngressIp}:53` }));
      const corefile = bridgeCorefile(DNS_BRIDGE_PORT, forwarded);
      const config = manifest('dns-bridge-config', {
        apiVersion: 'v1', kind: 'ConfigMap',
        metadata: { name: 'netbird-dns-bridge', namespace: props.namespace, labels: PART_OF },
        data: { Corefile: corefile },
      });
      const bridge = manifest('dns-bridge', dnsBridgeDeployment(props, corefile), [config, this.router]);
      const bridgeService = manifest('dns-bridge-service', dnsService('netbird-dns-bridge', props.namespace, props.dnsBridgeIp,
        { 'app.kubernetes.io/name': 'netbird-dns-bridge' }, DNS_BRIDGE_PORT), [bridge]);
      dnsDeps.push(bridgeService);
    }
    if (props.dns) {
      const viaBridge = props.reaches.map((p) => ({ zone: p.zone, upstream: `${props.dnsBridgeIp}:53` }));
      manifest('coredns-custom', {
        apiVersion: 'v1', kind: 'ConfigMap',
        metadata: { name: 'coredns-custom', namespace: 'kube-system', labels: PART_OF },
        data: { ...props.corednsCustom, ...corednsCustomData(props.zone, cluster.clusterDomain, viaBridge) },
      }, dnsDeps);
    }
    if (props.reachable) {
      const kubeDns = { 'k8s-app': 'kube-dns' };
      manifest('dns-ingress', dnsService('netbird-dns', 'kube-system', props.dnsIngressIp, kubeDns, 53));
      manifest('probe', {
        apiVersion: 'v1', kind: 'Service',
        metadata: { name: PROBE_SERVICE, namespace: 'kube-system', labels: PART_OF },
        spec: { clusterIP: 'None', selector: kubeDns, ports: [{ name: 'dns-tcp', port: 53, targetPort: 53, protocol: 'TCP' }] },
      });
    }
    if (props.verify && props.reaches.length > 0) {
      const targets: VerifyTarget[] = props.reaches.map((p) => ({
        cluster: p.clusterName, name: `${PROBE_SERVICE}.kube-system.svc.${p.zone}`, dnsIngressIp: p.dnsIngressIp,
        apiServerIp: props.reachesApi ? p.apiServerIp : undefined,
      }));
      const ctx = { self: cluster.clusterName, bridgeIp: props.dnsBridgeIp, policy: name('reaches-peers') };
      manifest('verify', verifyCronJob('netbird-verify', props, podLegScript(ctx, targets), false));
      manifest('verify-host', verifyCronJob('netbird-verify-host', props, hostLegScript(ctx, targets), true));
    }
  }
}

function routerDeployment(props: NetbirdBridgeMemberPartProps, hostname: string): KubernetesObject {
  const labels = { 'app.kubernetes.io/name': 'netbird-router', ...PART_OF };
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'netbird-router', namespace: props.namespace, labels },
    spec: {
      replicas: 1,
      // wt0 and the peer identity live on the host: never two router pods at once.
      strategy: { type: 'Recreate' },
      selector: { matchLabels: { 'app.kubernetes.io/name': 'netbird-router' } },
      template: {
        metadata: { labels },
        spec: {
          hostNetwork: true,
          dnsPolicy: 'ClusterFirstWithHostNet',
          nodeSelector: { ...props.routerNodeSelector },
          priorityClassName: 'system-node-critical',
          terminationGracePeriodSeconds: 10,
          containers: [{
            name: 'netbird',
            image: props.clientImage,
            env: [
              { name: 'NB_SETUP_KEY', valueFrom: { secretKeyRef: { name: 'netbird-setup-key', key: 'NB_SETUP_KEY' } } },
              { name: 'NB_MANAGEMENT_URL', value: props.managementUrl },
              { name: 'NB_HOSTNAME', value: hostname },
              { name: 'NB_INTERFACE_NAME', value: 'wt0' },
              // The node's own resolver stays as it is: cross-cluster names go through the DNS bridge.
              { name: 'NB_DISABLE_DNS', value: 'true' },
              { name: 'NB_LOG_LEVEL', value: 'info' },
            ],
            securityContext: { privileged: true },
            readinessProbe: {
              exec: { command: ['sh', '-c', 'ip -4 addr show dev wt0 | grep -q inet'] },
              periodSeconds: 5, failureThreshold: 3,
            },
            resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '256Mi' } },
            volumeMounts: [
              { name: 'state', mountPath: '/etc/netbird', subPath: 'etc' },
              { name: 'state', mountPath: '/var/lib/netbird', subPath: 'lib' },
            ],
          }],
          volumes: [{ name: 'state', hostPath: { path: props.stateHostPath, type: 'DirectoryOrCreate' } }],
        },
      },
    },
  };
}

function dnsBridgeDeployment(props: NetbirdBridgeMemberPartProps, corefile: string): KubernetesObject {
  const labels = { 'app.kubernetes.io/name': 'netbird-dns-bridge', ...PART_OF };
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'netbird-dns-bridge', namespace: props.namespace, labels },
    spec: {
      replicas: 1,
      strategy: { type: 'Recreate' },
      selector: { matchLabels: { 'app.kubernetes.io/name': 'netbird-dns-bridge' } },
      template: {
        // A changed Corefile rolls the pod.
        metadata: { labels, annotations: { 'netbird-bridge/corefile-sha256': createHash('sha256').update(corefile).digest('hex') } },
        spec: {
          hostNetwork: true,
          dnsPolicy: 'Default',
          nodeSelector: { ...props.routerNodeSelector },
          containers: [{
            name: 'coredns',
            image: props.dnsBridgeImage,
            args: ['-conf', '/etc/coredns/Corefile'],
            ports: [
              { name: 'dns', containerPort: DNS_BRIDGE_PORT, protocol: 'UDP' },
              { name: 'dns-tcp', containerPort: DNS_BRIDGE_PORT, protocol: 'TCP' },
            ],
            readinessProbe: { tcpSocket: { port: DNS_BRIDGE_PORT }, periodSeconds: 5 },
            resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '128Mi' } },
            volumeMounts: [{ name: 'config', mountPath: '/etc/coredns', readOnly: true }],
          }],
          volumes: [{ name: 'config', configMap: { name: 'netbird-dns-bridge' } }],
        },
      },
    },
  };
}

function dnsService(name: string, namespace: string, clusterIp: string, selector: Record<string, string>, targetPort: number): KubernetesObject {
  return {
    apiVersion: 'v1', kind: 'Service',
    metadata: { name, namespace, labels: PART_OF },
    spec: {
      type: 'ClusterIP',
      clusterIP: clusterIp,
      selector,
      ports: [
        { name: 'dns', port: 53, targetPort, protocol: 'UDP' },
        { name: 'dns-tcp', port: 53, targetPort, protocol: 'TCP' },
      ],
    },
  };
}

function verifyCronJob(name: string, props: NetbirdBridgeMemberPartProps, script: string, onRouterHost: boolean): KubernetesObject {
  return {
    apiVersion: 'batch/v1', kind: 'CronJob',
    metadata: { name, namespace: props.namespace, labels: PART_OF },
    spec: {
      // Never runs by itself: `kubectl create job --from=cronjob/<name> <run>` runs it (README).
      suspend: true,
      schedule: '0 0 1 1 *',
      jobTemplate: {
        spec: {
          backoffLimit: 0,
          ttlSecondsAfterFinished: 3600,
          template: {
            metadata: { labels: { 'app.kubernetes.io/name': name, ...PART_OF } },
            spec: {
              restartPolicy: 'Never',
              ...(onRouterHost ? { hostNetwork: true, dnsPolicy: 'ClusterFirstWithHostNet', nodeSelector: { ...props.routerNodeSelector } } : {}),
              containers: [{ name: 'check', image: props.verifyImage, command: ['sh', '-c', script] }],
            },
          },
        },
      },
    },
  };
}
