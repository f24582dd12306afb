import { expect, test } from 'vitest';
import {
  leversKey,
  numericValue,
  sameLevers,
  targetedIntakePct,
  withBoardJoining,
  withNumeric,
  withTargetedIntake,
  withSubjectLateral,
  withVariant,
} from './scenario-edit';

test('withNumeric(scenario, key, value) sets a lever and removes it at 0', () => {
  expect(withNumeric({}, 'bindingRatePp', 10)).toEqual({ bindingRatePp: 10 });
  expect(withNumeric({ bindingRatePp: 10, workingLongerYears: 1 }, 'bindingRatePp', 0)).toEqual({
    workingLongerYears: 1,
  });
});

test('withNumeric(scenario, "intakeChangePct", value) keeps the per-subject changes as a list', () => {
  const s = { intakeChangePct: [{ subject: 'vo-wi', pct: 20 }] };
  const next = withNumeric(s, 'intakeChangePct', 10);
  expect(next).toEqual({ intakeChangePct: [{ pct: 10 }, { subject: 'vo-wi', pct: 20 }] });
  expect(numericValue(next, 'intakeChangePct')).toBe(10);
  expect(withNumeric(next, 'intakeChangePct', 0)).toEqual(s);
});

test('withTargetedIntake(scenario, { subject }, pct) adds, replaces and removes a subject’s change', () => {
  const a = withTargetedIntake({ intakeChangePct: 10 }, { subject: 'vo-wi' }, 20);
  expect(a).toEqual({ intakeChangePct: [{ pct: 10 }, { subject: 'vo-wi', pct: 20 }] });
  expect(targetedIntakePct(a, { subject: 'vo-wi' })).toBe(20);
  expect(withTargetedIntake(a, { subject: 'vo-wi' }, 0)).toEqual({ intakeChangePct: 10 });
  expect(withTargetedIntake({}, { subject: 'vo-wi' }, 0)).toEqual({});
});

test('withTargetedIntake(scenario, { institute }, pct) keeps an institute’s change apart from a subject’s', () => {
  const a = withTargetedIntake(
    { intakeChangePct: [{ subject: 'vo-wi', pct: 20 }] },
    { institute: 'I001' },
    -10,
  );
  expect(a).toEqual({
    intakeChangePct: [
      { subject: 'vo-wi', pct: 20 },
      { institute: 'I001', pct: -10 },
    ],
  });
  expect(targetedIntakePct(a, { institute: 'I001' })).toBe(-10);
  expect(targetedIntakePct(a, { subject: 'I001' })).toBe(0);
  expect(withTargetedIntake(a, { institute: 'I001' }, 0)).toEqual({
    intakeChangePct: [{ subject: 'vo-wi', pct: 20 }],
  });
});

test('withSubjectLateral(scenario, subject, fte) turns the lever into its per-subject form', () => {
  expect(withSubjectLateral({ extraLateralEntrantsFte: 40 }, 'vo-wi', 3)).toEqual({
    extraLateralEntrantsFte: { 'vo-wi': 3 },
  });
  expect(withSubjectLateral({ extraLateralEntrantsFte: { 'vo-wi': 3 } }, 'vo-wi', 0)).toEqual({});
  expect(numericValue({ extraLateralEntrantsFte: { 'vo-wi': 3 } }, 'extraLateralEntrantsFte')).toBe(0);
});

test('withBoardJoining(scenario, board, joins) keeps a sorted list, none when empty', () => {
  const a = withBoardJoining(withBoardJoining({}, 'B0016', true), 'B0014', true);
  expect(a).toEqual({ boardsJoining: ['B0014', 'B0016'] });
  expect(withBoardJoining(withBoardJoining(a, 'B0014', false), 'B0016', false)).toEqual({});
});

test('withVariant(scenario, variant) removes the default mid', () => {
  expect(withVariant({}, 'high')).toEqual({ pupilForecastVariant: 'high' });
  expect(withVariant({ pupilForecastVariant: 'high' }, 'mid')).toEqual({});
});

test('sameLevers(a, b) and leversKey(s) ignore the name and the order of keys', () => {
  expect(
    sameLevers(
      { name: 'A', bindingRatePp: 5, workingLongerYears: 1 },
      { workingLongerYears: 1, bindingRatePp: 5 },
    ),
  ).toBe(true);
  expect(sameLevers({ bindingRatePp: 5 }, { bindingRatePp: 6 })).toBe(false);
  expect(leversKey({ intakeChangePct: [{ subject: 'vo-wi', pct: 20 }] })).toBe(
    '{"intakeChangePct":[{"pct":20,"subject":"vo-wi"}]}',
  );
});
