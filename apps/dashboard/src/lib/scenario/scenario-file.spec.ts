import { expect, test } from 'vitest';
import { parseScenarioFile, scenariosToJson } from './scenario-file';

test('parseScenarioFile(scenariosToJson(list)) gives the list back', () => {
  const list = [
    { name: 'A', bindingRatePp: 10 },
    { name: 'B', intakeChangePct: [{ subject: 'vo-wi', pct: 20 }] },
  ];
  expect(parseScenarioFile(scenariosToJson(list))).toEqual({ ok: true, value: list });
});

test('parseScenarioFile(text) takes one scenario or a list of scenarios too', () => {
  expect(parseScenarioFile('{"workingLongerYears": 1}')).toEqual({
    ok: true,
    value: [{ workingLongerYears: 1 }],
  });
  expect(parseScenarioFile('[{"workingLongerYears": 1}]')).toEqual({
    ok: true,
    value: [{ workingLongerYears: 1 }],
  });
});

test('parseScenarioFile(text) names what is wrong: JSON, format, the scenario and lever, the count', () => {
  expect(parseScenarioFile('not json')).toMatchObject({ ok: false, problem: { code: 'json' } });
  expect(parseScenarioFile('{"format":"other","scenarios":[]}')).toMatchObject({
    ok: false,
    problem: { code: 'format' },
  });
  expect(
    parseScenarioFile(scenariosToJson([{ bindingRatePp: 1 }, { workingLongerYears: 9 } as never])),
  ).toMatchObject({
    ok: false,
    problem: {
      code: 'invalid',
      detail: 'scenario 2: scenario lever workingLongerYears: 9 is outside the allowed range 0 to 5 (years)',
    },
  });
  expect(parseScenarioFile('[{"speed": 3}]')).toMatchObject({
    ok: false,
    problem: {
      code: 'invalid',
      detail: expect.stringContaining('scenario 1: scenario lever speed: unknown lever'),
    },
  });
  expect(parseScenarioFile('[1,2,3,4,5]')).toMatchObject({ ok: false, problem: { code: 'too-many' } });
  expect(parseScenarioFile('[]')).toMatchObject({ ok: false, problem: { code: 'empty' } });
});
