import { expect, test } from 'vitest';
import { addSaved, loadSaved, mergeSaved, SAVED_STORAGE_KEY, storeSaved } from './saved-scenarios';

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === SAVED_STORAGE_KEY ? value : null),
});

test('addSaved(list, scenario) adds up to four, replaces one of the same name, refuses a fifth', () => {
  let list = [{ name: 'A' }, { name: 'B' }, { name: 'C' }];
  const fourth = addSaved(list, { name: ' D ', bindingRatePp: 5 });
  expect(fourth).toMatchObject({ ok: true, replaced: false });
  list = fourth.ok ? fourth.list : list;
  expect(list.at(-1)).toEqual({ name: 'D', bindingRatePp: 5 });
  expect(addSaved(list, { name: 'E' })).toEqual({ ok: false, reason: 'full' });
  expect(addSaved(list, { name: 'A', workingLongerYears: 1 })).toMatchObject({
    ok: true,
    replaced: true,
    list: [{ name: 'A', workingLongerYears: 1 }, { name: 'B' }, { name: 'C' }, { name: 'D' }],
  });
  expect(addSaved([], { name: '  ' })).toEqual({ ok: false, reason: 'no-name' });
});

test('mergeSaved(list, imported) names unnamed scenarios and refuses more than four in all', () => {
  expect(mergeSaved([{ name: 'A' }], [{ bindingRatePp: 5 }])).toMatchObject({
    ok: true,
    list: [{ name: 'A' }, { name: 'Scenario 1', bindingRatePp: 5 }],
  });
  expect(mergeSaved([{ name: 'A' }, { name: 'B' }, { name: 'C' }], [{ name: 'D' }, { name: 'E' }])).toEqual({
    ok: false,
    reason: 'full',
  });
});

test('loadSaved(storage) leaves out whatever is unreadable or invalid', () => {
  expect(loadSaved(storage(null))).toEqual([]);
  expect(loadSaved(storage('{broken'))).toEqual([]);
  expect(loadSaved(storage('{"name":"A"}'))).toEqual([]);
  expect(
    loadSaved(
      storage(
        JSON.stringify([
          { name: 'A', bindingRatePp: 5 },
          { name: 'B', bindingRatePp: 99 },
          { bindingRatePp: 1 },
        ]),
      ),
    ),
  ).toEqual([{ name: 'A', bindingRatePp: 5 }]);
  expect(loadSaved(undefined)).toEqual([]);
});

test('storeSaved(storage, list) writes JSON and survives a storage that throws', () => {
  const written: Record<string, string> = {};
  expect(storeSaved({ setItem: (k, v) => (written[k] = v) }, [{ name: 'A' }])).toBe(true);
  expect(written[SAVED_STORAGE_KEY]).toBe('[{"name":"A"}]');
  expect(
    storeSaved(
      {
        setItem: () => {
          throw new Error('quota');
        },
      },
      [],
    ),
  ).toBe(false);
});
