import { LEVERS } from '@opgave/core';
import { expect, test } from 'vitest';
import { en, nl } from '$lib/i18n/messages';
import { LEVER_CONTROLS, SCENARIO_FIELDS } from './levers';

test('LEVER_CONTROLS has a control for every key of the core’s LEVERS, with its range and default 0', () => {
  expect(LEVER_CONTROLS.map((l) => l.key).sort()).toEqual(Object.keys(LEVERS).sort());
  for (const lever of LEVER_CONTROLS) {
    expect([lever.min, lever.max]).toEqual([LEVERS[lever.key].min, LEVERS[lever.key].max]);
    expect(lever.defaultValue).toBe(0);
    expect(lever.step).toBeGreaterThan(0);
  }
});

test('SCENARIO_FIELDS edits every Scenario field: the numeric ones are exactly the LEVERS keys', () => {
  const numeric = Object.entries(SCENARIO_FIELDS).filter(([, how]) => how === 'numeric');
  expect(numeric.map(([key]) => key).sort()).toEqual(Object.keys(LEVERS).sort());
  expect(SCENARIO_FIELDS.pupilForecastVariant).toBe('choice');
  expect(SCENARIO_FIELDS.boardsJoining).toBe('boards');
});

test('messages.scenario.levers has a label, unit and one-sentence explanation for every lever, in Dutch and English', () => {
  for (const messages of [nl, en]) {
    for (const key of Object.keys(LEVERS)) {
      const text = messages.scenario.levers[key as keyof typeof messages.scenario.levers];
      expect(text.label, key).toBeTruthy();
      expect(text.unit, key).toBeTruthy();
      expect(text.explain, key).toMatch(/^[A-Z].*\.$/);
    }
  }
  expect(nl.scenario.levers.bindingRatePp.label).not.toBe(en.scenario.levers.bindingRatePp.label);
});
