import { expect, test } from 'vitest';
import { decodeScenario, encodeScenario, shareUrl } from './share-url';
import type { ScenarioMeta } from './scenario-types';

const meta: ScenarioMeta = {
  baseYear: 2025,
  years: [2025, 2026],
  region: { id: 'R01', name: 'Regio' },
  clusters: [{ id: 'C1', name: 'Noord' }],
  boards: [{ id: 'B1', name: 'Bestuur', member: false, sector: 'vo' }],
  subjects: [{ id: 'vo-wi', name: 'Wiskunde', nameEn: 'Mathematics', sector: 'vo' }],
  institutes: [{ id: 'I1', name: 'Hogeschool' }],
};

test('encodeScenario(scenario) is base64url JSON without padding', () => {
  // btoa('{"bindingRatePp":10}') = 'eyJiaW5kaW5nUmF0ZVBwIjoxMH0='
  expect(encodeScenario({ bindingRatePp: 10 })).toBe('eyJiaW5kaW5nUmF0ZVBwIjoxMH0');
});

test('decodeScenario(encodeScenario(s)) gives s back, also with a non-ASCII name', () => {
  const s = { name: 'Zij-instroom € “extra”', extraLateralEntrantsFte: 40, boardsJoining: ['B1'] };
  expect(decodeScenario(encodeScenario(s), meta)).toEqual({ ok: true, value: s });
});

test('decodeScenario(param) refuses a damaged link, bad JSON, an out-of-range lever and an unknown board', () => {
  expect(decodeScenario('eyJiaW5%%', meta)).toMatchObject({ ok: false, problem: { code: 'encoding' } });
  expect(decodeScenario(encodeScenarioText('{"bindingRatePp":'), meta)).toMatchObject({
    ok: false,
    problem: { code: 'json' },
  });
  expect(decodeScenario(encodeScenario({ bindingRatePp: 80 }), meta)).toMatchObject({
    ok: false,
    problem: {
      code: 'invalid',
      detail: expect.stringContaining('bindingRatePp: 80 is outside the allowed range -50 to 50'),
    },
  });
  expect(decodeScenario(encodeScenarioText('{"__proto__":{"x":1}}'), meta)).toMatchObject({ ok: false });
  expect(decodeScenario(encodeScenarioText('"<img src=x onerror=alert(1)>"'), meta)).toMatchObject({
    ok: false,
    problem: { code: 'invalid' },
  });
  expect(decodeScenario(encodeScenario({ boardsJoining: ['B9'] }), meta)).toMatchObject({
    ok: false,
    problem: { code: 'unknown-unit', detail: 'boardsJoining: unknown board "B9"' },
  });
});

test('shareUrl(url, scenario) sets ?s= and keeps the other parameters', () => {
  expect(shareUrl(new URL('https://x/scenarios?lang=en#top'), { bindingRatePp: 10 })).toBe(
    'https://x/scenarios?lang=en&s=eyJiaW5kaW5nUmF0ZVBwIjoxMH0',
  );
});

function encodeScenarioText(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
