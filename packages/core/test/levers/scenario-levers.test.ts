import { describe, expect, it } from 'vitest';
import { scenarioLevers } from '../../src/levers/scenario-levers.js';

describe('scenarioLevers(scenario)', () => {
  it('with no levers leaves every rate as it is', () => {
    const levers = scenarioLevers({});
    expect([levers.exitRate(0.1, 0), levers.pensionRate(0.25), levers.completionRate(0.7)]).toEqual([
      0.1, 0.25, 0.7,
    ]);
    expect([levers.intake('I1', 'vo-wi'), levers.fteFactor(0.8)]).toEqual([1, 1]);
  });

  it('.exitRate(rate, band) reduces exits in the three bands under 35 only', () => {
    const levers = scenarioLevers({ earlyCareerExitReductionPct: 50 });
    expect([0, 1, 2, 3].map((band) => levers.exitRate(0.1, band))).toEqual([0.05, 0.05, 0.05, 0.1]);
  });

  it('.pensionRate(rate) after working one year longer: 1 / (1/0.25 + 1) = 0.2', () => {
    expect(scenarioLevers({ workingLongerYears: 1 }).pensionRate(0.25)).toBe(0.2);
    expect(scenarioLevers({ workingLongerYears: 1 }).pensionRate(0)).toBe(0);
  });

  it('.completionRate, .entryRate, .bindingRate add percentage points and clamp to [0, 1]', () => {
    const levers = scenarioLevers({ completionRatePp: 50, entryRatePp: -50, bindingRatePp: 10 });
    expect([levers.completionRate(0.75), levers.entryRate(0.25), levers.bindingRate(0.3)]).toEqual([
      1, 0, 0.4,
    ]);
  });

  it('.intake(institute, subject) multiplies matching changes and never goes below 0', () => {
    const levers = scenarioLevers({
      intakeChangePct: [
        { subject: 'vo-wi', pct: 100 },
        { institute: 'I1', pct: 50 },
        { institute: 'I2', pct: -200 },
      ],
    });
    expect([
      levers.intake('I1', 'vo-wi'),
      levers.intake('I1', 'vo-ne'),
      levers.intake('I2', 'vo-ne'),
    ]).toEqual([3, 1.5, 0]);
  });

  it('.fteFactor(averageFte) is (0.8 + 0.08) / 0.8 = 1.1 for +0.08 FTE per teacher', () => {
    expect(scenarioLevers({ ftePerTeacherChange: 0.08 }).fteFactor(0.8)).toBeCloseTo(1.1, 12);
  });
});
