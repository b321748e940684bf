/** Runs a callback later; `cancel` keeps it from running. */
export type Schedule = (run: () => void) => { cancel(): void };

/** The next turn of the event loop: after the caller, and whatever it is part of, has returned. */
export const nextTurn: Schedule = (run) => {
  const handle = setImmediate(run);
  return { cancel: () => clearImmediate(handle) };
};

/**
 * A value that is expensive to load (the language client, from its own bundle), loaded at
 * most once: on the first `get()`, or when `loadSoon` comes round, whichever is first.
 * Every caller shares the one promise, and a failed load is reported once, however many
 * callers were waiting for it; each of them still sees the rejection.
 *
 * No `vscode` import, so that it is unit-tested outside VS Code.
 */
export class LazyClient<T> {
  private loading: Promise<T> | undefined;
  private value: T | undefined;
  private scheduled: { cancel(): void } | undefined;
  private closed = false;

  constructor(
    private readonly load: () => T,
    private readonly report: (error: unknown) => void,
  ) {}

  /** The value, loaded by this call if nothing loaded it before; a rejection once closed. */
  get(): Promise<T> {
    if (this.closed) return Promise.reject(new Error('The CX Roadmap extension is deactivated.'));
    if (this.loading) return this.loading;
    this.cancelScheduled();
    try {
      const value = this.load();
      this.value = value;
      this.loading = Promise.resolve(value);
    } catch (error) {
      this.report(error);
      this.loading = Promise.reject(error instanceof Error ? error : new Error(String(error)));
      // The failure has been reported; callers that wait for the value see it on their own.
      this.loading.catch(() => undefined);
    }
    return this.loading;
  }

  /** The loaded value; undefined before the load, after a failed one and once closed. */
  get current(): T | undefined {
    return this.value;
  }

  /** Loads on `schedule` unless a `get()` comes first. */
  loadSoon(schedule: Schedule = nextTurn): void {
    if (this.loading || this.scheduled || this.closed) return;
    this.scheduled = schedule(() => {
      this.scheduled = undefined;
      // A failed load has been reported by then.
      this.get().catch(() => undefined);
    });
  }

  /** No load from now on (a scheduled one is cancelled); returns what was loaded, for the caller to shut down. */
  close(): T | undefined {
    this.closed = true;
    this.cancelScheduled();
    const value = this.value;
    this.value = undefined;
    return value;
  }

  private cancelScheduled(): void {
    this.scheduled?.cancel();
    this.scheduled = undefined;
  }
}
