import { App, TerraformStack } from 'cdktf';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ClusterManifest, ExistingCluster, HelmAddOn, IngressNginx, ManifestDelivery, Secret } from '../../lib';
import { chartDefaults, unknownValueKeys } from '../util/chart-values';
import { clusterManifests, describeWithShared, helmRelease, helmValues, onlyResource, resources, synthJson } from '../util/synth';

function setup(): { s: TerraformStack; cluster: ExistingCluster } {
  const s = new TerraformStack(new App(), 'fsn1');
  const cluster = new ExistingCluster(s, 'cluster', {
    clusterName: 'fsn1', region: 'eu-central', kubeContext: 'fsn1', podCidr: '10.42.0.0/16', serviceCidr: '10.43.0.0/16',
  });
  return { s, cluster };
}

function setupCluster(s: TerraformStack): ExistingCluster {
  return new ExistingCluster(s, 'c2', {
    clusterName: 'fsn2', region: 'eu-central', kubeContext: 'fsn2', podCidr: '10.62.0.0/16', serviceCidr: '10.63.0.0/16',
  });
}

const chart = { chart: 'cert-manager', repository: 'https://charts.jetstack.io', version: 'v1.21.1' };

describe('HelmAddOn', () => {
  test('pins chart, repository and version and binds the cluster helm provider', () => {
    const { s, cluster } = setup();
    new HelmAddOn(s, 'cm', { cluster, chart, namespace: 'cert-manager', values: { crds: { enabled: true } } });
    const r = helmRelease(synthJson(s), 'cert-manager');
    expect(r).toMatchObject({
      chart: 'cert-manager',
      repository: 'https://charts.jetstack.io',
      version: 'v1.21.1',
      namespace: 'cert-manager',
      create_namespace: true,
      provider: 'helm',
      wait: true,
    });
    expect(helmValues(r)).toEqual({ crds: { enabled: true } });
  });

  test('renders values with sorted keys so synth is byte-for-byte stable', () => {
    const { s, cluster } = setup();
    const a = new HelmAddOn(s, 'cm', { cluster, chart, values: { z: 1, a: { y: true, b: [3, 1] } } });
    a.addValues({ a: { c: 'x' } });
    const values = (helmRelease(synthJson(s), 'cert-manager').values as string[])[0];
    expect(values).toBe(JSON.stringify({ a: { b: [3, 1], c: 'x', y: true }, z: 1 }, null, 2));
  });

  test('addValues deep-merges objects and replaces lists', () => {
    const { cluster, s } = setup();
    const a = new HelmAddOn(s, 'cm', { cluster, chart, values: { a: { list: [1, 2], keep: 1 } } });
    a.addValues({ a: { list: [9] } });
    expect(a.renderedValues).toEqual({ a: { list: [9], keep: 1 } });
  });

  test('secrets go through set_sensitive as variable references, never literals', () => {
    const { s, cluster } = setup();
    new HelmAddOn(s, 'cm', { cluster, chart, sensitiveValues: { 'auth.password': Secret.variable(s, 'cm_password', 'password') } });
    const json = synthJson(s);
    expect(helmRelease(json, 'cert-manager').set_sensitive).toEqual([{ name: 'auth.password', value: '${var.cm_password}' }]);
    expect(json.variable?.cm_password).toMatchObject({ sensitive: true, type: 'string' });
    expect(json.variable?.cm_password).not.toHaveProperty('default');
  });

  test('applies custom resources through the bundled chart, after the add-on that installs their CRDs', () => {
    const { s, cluster } = setup();
    const cm = new HelmAddOn(s, 'cm', { cluster, chart, providesCrds: true });
    const issuer = { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'selfsigned' }, spec: { selfSigned: {} } };
    new ClusterManifest(s, 'issuer', { cluster, requires: [cm], manifest: issuer });
    const json = synthJson(s);
    const release = resources(json, 'helm_release').find((r) => r.name === 'clusterissuer-selfsigned')!;
    expect(release.chart).toMatch(/^\.\/assets\/cdktf-multiregion-cluster-manifests-chart\/[0-9A-F]+$/);
    expect(release.depends_on).toEqual([expect.stringMatching(/^helm_release\.cm_release_/)]);
    expect(release.provider).toBe('helm');
    expect(clusterManifests(json)).toEqual([issuer]);
    expect(resources(json, 'kubernetes_manifest')).toHaveLength(0);
  });

  test('copies the bundled chart into the stack folder once, whatever the number of manifests', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cm-')) });
    const s = new TerraformStack(app, 'fsn1');
    const cluster = new ExistingCluster(s, 'cluster', {
      clusterName: 'fsn1', region: 'eu-central', kubeContext: 'fsn1', podCidr: '10.42.0.0/16', serviceCidr: '10.43.0.0/16',
    });
    for (const name of ['a', 'b']) {
      new ClusterManifest(s, name, { cluster, manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'apps' } } });
    }
    app.synth();
    const stackDir = path.join(app.outdir, 'stacks', 'fsn1');
    const releases = resources(JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8')), 'helm_release');
    expect(new Set(releases.map((r) => r.chart)).size).toBe(1);
    expect(fs.existsSync(path.join(stackDir, String(releases[0].chart), 'Chart.yaml'))).toBe(true);
    expect(fs.readFileSync(path.join(stackDir, String(releases[0].chart), 'templates', 'manifests.yaml'), 'utf8')).toMatch(/range \.Values\.manifests/);
    expect(releases.map((r) => r.namespace)).toEqual(['apps', 'apps']);
    fs.rmSync(app.outdir, { recursive: true, force: true });
  });

  test('KUBERNETES_MANIFEST delivery uses kubernetes_manifest for field-level diffs', () => {
    const { s, cluster } = setup();
    const cm = new HelmAddOn(s, 'cm', { cluster, chart, providesCrds: true });
    new ClusterManifest(s, 'issuer', {
      cluster, requires: [cm], delivery: ManifestDelivery.KUBERNETES_MANIFEST,
      manifest: { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'selfsigned' }, spec: { selfSigned: {} } },
    });
    const m = onlyResource(synthJson(s), 'kubernetes_manifest');
    expect(m.depends_on).toEqual([expect.stringMatching(/^helm_release\.cm_release_/)]);
    expect(m.provider).toBe('kubernetes');
  });

  test('throws when the chart version is a range', () => {
    const { s, cluster } = setup();
    expect(() => new HelmAddOn(s, 'cm', { cluster, chart: { ...chart, version: '^1.21.0' } }))
      .toThrow(/\[CHART_VERSION_UNPINNED\] version: got '\^1.21.0'/);
  });

  test('throws when the repository is not https and the chart is not OCI', () => {
    const { s, cluster } = setup();
    expect(() => new HelmAddOn(s, 'cm', { cluster, chart: { ...chart, repository: 'http://charts.jetstack.io' } }))
      .toThrow(/\[CHART_REPOSITORY\] chart.repository: got 'http:\/\/charts.jetstack.io'/);
    expect(() => new HelmAddOn(s, 'oci', { cluster, chart: { chart: 'oci://registry.example.com/charts/x', version: '1.0.0' } })).not.toThrow();
  });

  test('throws when a custom resource requires an add-on of another cluster', () => {
    const { s, cluster } = setup();
    const other = new ExistingCluster(s, 'other', {
      clusterName: 'mn', region: 'vn', kubeContext: 'mn', podCidr: '10.52.0.0/16', serviceCidr: '10.53.0.0/16',
    });
    const cm = new HelmAddOn(s, 'cm', { cluster: other, chart });
    expect(() => new ClusterManifest(s, 'x', {
      cluster, requires: [cm], manifest: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } },
    })).toThrow(/\[MANIFEST_REQUIRES_OTHER_CLUSTER\]/);
  });

  test('reports every problem together', () => {
    const { s, cluster } = setup();
    expect(() => new HelmAddOn(s, 'cm', { cluster, chart: { chart: 'x', version: 'latest' }, namespace: 'Bad_NS', timeoutSeconds: 0 }))
      .toThrow(/4 invalid settings[\s\S]*NAME_INVALID[\s\S]*CHART_VERSION_UNPINNED[\s\S]*CHART_REPOSITORY[\s\S]*HELM_TIMEOUT/);
  });
});

describe('Secret', () => {
  test('refuses a literal where a reference is needed', () => {
    expect(() => Secret.fromReference('hunter2', 'clientSecret')).toThrow(/\[SECRET_LITERAL\] clientSecret/);
  });

  test('reuses one variable per name and stack', () => {
    const { s } = setup();
    const a = Secret.variable(s, 'token', 'a');
    const b = Secret.variable(s, 'token', 'b');
    expect(a.variableName).toBe(b.variableName);
    new HelmAddOn(s, 'cm', { cluster: setupCluster(s), chart, sensitiveValues: { a, b } });
    expect(Object.keys(synthJson(s).variable ?? {}).filter((k) => k === 'token')).toHaveLength(1);
  });

  test('refuses a variable name Terraform would not accept', () => {
    const { s } = setup();
    expect(() => Secret.variable(s, 'Bad-Name', 'x')).toThrow(/\[SECRET_NAME\] name: got 'Bad-Name'/);
  });
});

describeWithShared('IngressNginx values against the chart', () => {
  test('every key it sets exists in ingress-nginx 4.15.1 values.yaml', () => {
    const { s, cluster } = setup();
    new IngressNginx(s, 'ingress', { cluster, serviceAnnotations: { 'example.com/lb': 'small' } });
    const values = helmValues(helmRelease(synthJson(s), 'ingress-nginx'));
    expect(unknownValueKeys(values, chartDefaults('ingress-nginx-4.15.1'))).toEqual([]);
    expect(values).toMatchObject({ controller: { publishService: { enabled: true }, ingressClassResource: { name: 'nginx' } } });
  });
});
