import type { Scenario } from '@opgave/core';
import { checkScenario, type Checked } from './scenario-check';
import type { ScenarioMeta } from './scenario-types';

/** The query parameter that carries a shared scenario. */
export const SHARE_PARAM = 's';

/** Links longer than this are refused before they are decoded. */
const MAX_PARAM_LENGTH = 8000;

/**
 * Encodes a scenario for a link: its JSON, UTF-8, in base64url (no padding).
 * @param scenario the scenario (name included)
 * @returns the parameter's value
 * @example encodeScenario({ bindingRatePp: 10 }) // 'eyJiaW5kaW5nUmF0ZVBwIjoxMH0'
 */
export function encodeScenario(scenario: Scenario): string {
  const bytes = new TextEncoder().encode(JSON.stringify(scenario));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Decodes a scenario from a link and checks it like a file: base64url, then JSON, then the core's
 * validateScenario and the dataset's units. Nothing of it is trusted before these checks.
 * @param param the parameter's value
 * @param meta the dataset's units, if known
 * @returns the scenario, or the problem
 * @example decodeScenario('eyJiaW5kaW5nUmF0ZVBwIjoxMH0') // { ok: true, value: { bindingRatePp: 10 } }
 */
export function decodeScenario(param: string, meta?: ScenarioMeta): Checked<Scenario> {
  if (param.length > MAX_PARAM_LENGTH)
    return { ok: false, problem: { code: 'too-large', detail: `${param.length} characters` } };
  let text: string;
  try {
    if (!/^[A-Za-z0-9_-]*$/.test(param)) throw new Error('not base64url');
    const binary = atob(param.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: 'encoding', detail: 'the link is not base64url-encoded UTF-8' } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: 'json', detail: (error as Error).message } };
  }
  return checkScenario(value, meta);
}

/**
 * The link to the page with a scenario: the page's URL with `?s=` set (other parameters kept).
 * @param url the page's URL
 * @param scenario the scenario
 * @returns the absolute link
 * @example shareUrl(new URL('https://x/scenarios'), { bindingRatePp: 10 }) // 'https://x/scenarios?s=eyJ…'
 */
export function shareUrl(url: URL, scenario: Scenario): string {
  const next = new URL(url);
  next.hash = '';
  next.searchParams.set(SHARE_PARAM, encodeScenario(scenario));
  return next.toString();
}
