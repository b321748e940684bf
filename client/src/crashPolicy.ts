import type {
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandler,
  ErrorHandlerResult,
  Message,
} from 'vscode-languageclient/node';

// The client library's enum values, written out: importing its runtime needs the `vscode`
// module, and this policy is unit-tested without VS Code.
export const CONTINUE: ErrorAction = 1;
export const DO_NOT_RESTART: CloseAction = 1;
export const RESTART: CloseAction = 2;

/** How many crashes within the window are restarted before the client gives up. */
export const MAX_RESTARTS = 3;
export const WINDOW_MS = 3 * 60_000;

/**
 * Restarts a crashed language server a few times, then stops and tells the user once, in
 * their language, how to try again. Connection errors keep the client going; the server's
 * own handlers already answer every failed request.
 */
export class CrashPolicy implements ErrorHandler {
  private readonly crashes: number[] = [];
  private told = false;

  constructor(
    private readonly tellUser: (message: string) => void,
    private readonly message: string,
    private readonly now: () => number = Date.now,
  ) {}

  error(_error: Error, _message: Message | undefined, _count: number | undefined): ErrorHandlerResult {
    return { action: CONTINUE };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    this.crashes.push(now);
    while (now - (this.crashes[0] ?? now) > WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) return { action: RESTART, handled: true };
    if (!this.told) {
      this.told = true;
      this.tellUser(this.message);
    }
    return { action: DO_NOT_RESTART, handled: true };
  }

  /** A manual restart starts a fresh count. */
  reset(): void {
    this.crashes.length = 0;
    this.told = false;
  }
}
