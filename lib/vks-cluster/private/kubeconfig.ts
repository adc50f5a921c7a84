import { Fn, TerraformLocal } from 'cdktf';
import { Construct } from 'constructs';
import type { ClusterConnection } from '../../core/private/providers';

/**
 * Provider connection from a VKS kubeconfig (the cluster's computed `config`, a YAML string).
 *
 * The YAML is decoded once into a local wrapped in `sensitive()`, so nothing derived from it is
 * shown in plans. The server and CA come from `clusters[0].cluster`; the user's credentials from
 * `users[0].user`, taking whichever of client certificate/key and bearer token the kubeconfig has
 * (`try(…, "")`: the providers ignore empty strings). Certificate data in a
 * kubeconfig is base64-encoded PEM, which the providers want decoded.
 */
export function kubeconfigConnection(scope: Construct, config: string): ClusterConnection {
  const decoded = new TerraformLocal(scope, 'kubeconfig-decoded', Fn.sensitive(Fn.yamldecode(config)));
  const cluster = Fn.lookupNested(decoded.expression, ['clusters', 0, 'cluster']);
  const user = Fn.lookupNested(decoded.expression, ['users', 0, 'user']);
  // `try(x["key"], "")`: cdktf's Fn.lookup drops an empty-string default and renders a plain index.
  const optional = (map: unknown, key: string): string => Fn.try([Fn.lookupNested(map, [key]), '']);
  return {
    host: Fn.lookupNested(cluster, ['server']),
    clusterCaCertificate: Fn.base64decode(Fn.lookupNested(cluster, ['certificate-authority-data'])),
    clientCertificate: Fn.base64decode(optional(user, 'client-certificate-data')),
    clientKey: Fn.base64decode(optional(user, 'client-key-data')),
    token: optional(user, 'token'),
  };
}
