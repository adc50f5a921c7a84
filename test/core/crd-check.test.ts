import { crdSchema, crdViolations } from '../util/crd';
import { describeWithShared } from '../util/synth';

// The checker that later tests use to hold custom resources to their CRDs must itself catch mistakes.
describeWithShared('crdViolations against the cert-manager Issuer CRD', () => {
  // Loaded in beforeAll: a skipped describe still runs its body, and ../shared may be absent.
  let schema: ReturnType<typeof crdSchema>;
  beforeAll(() => {
    schema = crdSchema('cert-manager.io_issuers.yaml', 'v1');
  });

  test('accepts a valid Issuer', () => {
    const issuer = { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'ca' }, spec: { ca: { secretName: 'ca-key-pair' } } };
    expect(crdViolations(issuer, schema)).toEqual([]);
  });

  test('reports unknown fields, missing required fields and wrong types with their paths', () => {
    const issuer = { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'ca' }, spec: { ca: { secretNam: 'x' }, selfSigned: 'yes' } };
    expect(crdViolations(issuer, schema)).toEqual(expect.arrayContaining([
      '.spec.ca.secretName: required',
      '.spec.ca.secretNam: unknown field',
      '.spec.selfSigned: expected object',
    ]));
  });
});
