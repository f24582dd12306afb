/**
 * What every step of /gegevens shares: whether the reader keeps own data in this browser, whether an
 * action is running, the last notice and the last failure.
 */
export class PageStatus {
  /** Keep own data in this browser (IndexedDB) for a next visit. */
  persist = $state(false);
  /** An action (use, switch, forget) is running: its buttons are disabled. */
  busy = $state(false);
  notice = $state<string | null>(null);
  failure = $state<string | null>(null);
}
