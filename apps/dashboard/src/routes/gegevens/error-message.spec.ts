import { expect, test } from 'vitest';
import { errorMessage } from './error-message';

test('errorMessage(error) gives an Error its message and anything else as text', () => {
  expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
  expect(errorMessage('no dataset in use')).toBe('no dataset in use');
  expect(errorMessage(404)).toBe('404');
});
