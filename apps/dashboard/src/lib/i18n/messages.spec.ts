import { expect, test } from 'vitest';
import { en, nl } from './messages';

test('status.bandsRunning(done, total) counts draws in each language with its number format', () => {
  expect(nl.status.bandsRunning(150, 500)).toBe('Onzekerheid wordt berekend… 150 van 500 trekkingen');
  expect(en.status.bandsRunning(150, 500)).toBe('Computing uncertainty… 150 of 500 draws');
  expect(nl.status.bandsRunning(1000, 2000)).toBe('Onzekerheid wordt berekend… 1.000 van 2.000 trekkingen');
  expect(en.status.bandsRunning(1000, 2000)).toBe('Computing uncertainty… 1,000 of 2,000 draws');
});
