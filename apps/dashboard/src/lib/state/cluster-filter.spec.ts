import { expect, test } from 'vitest';
import { clusterFromUrl, unknownCluster } from './cluster-filter';

const ids = ['R01-C1', 'R01-C2'];

test('clusterFromUrl(url, ids) reads ?cluster= and falls back to all clusters (null)', () => {
  expect(clusterFromUrl(new URL('http://x/?cluster=R01-C2'), ids)).toBe('R01-C2');
  expect(clusterFromUrl(new URL('http://x/'), ids)).toBeNull();
  expect(clusterFromUrl(new URL('http://x/?cluster=nope'), ids)).toBeNull();
});

test('unknownCluster(url, ids) names an id that does not exist, and nothing else', () => {
  expect(unknownCluster(new URL('http://x/?cluster=nope'), ids)).toBe('nope');
  expect(unknownCluster(new URL('http://x/?cluster=R01-C1'), ids)).toBeNull();
  expect(unknownCluster(new URL('http://x/?cluster='), ids)).toBeNull();
});
