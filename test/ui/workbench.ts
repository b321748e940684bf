/**
 * The VS Code workbench as a user drives it, by habits checked against code-server (see
 * scripts/codeServer/install.ts): open files from the Explorer, wait for the active tab,
 * click into the editor before keyboard commands (with focus left in the Explorer, a
 * command from the palette did not run). Every wait is a locator wait with a
 * deadline; nothing sleeps for a fixed time.
 */
import type { Frame, Locator, Page } from 'playwright-core';

/** Long enough for the extension host and the language server to start on a loaded CI machine. */
export const SERVER_TIMEOUT_MS = 60_000;
/** A hover that did not appear within this is asked for again (the first may precede the server). */
const HOVER_ATTEMPT_MS = 3_000;
/** How often the frames are searched for a webview's page: frames have no event for "your markup arrived". */
const FRAME_POLL_MS = 100;

export class Workbench {
  constructor(readonly page: Page) {}

  get editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor');
  }

  get problems(): Locator {
    return this.page.locator('.markers-panel');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: SERVER_TIMEOUT_MS });
  }

  /** Double-clicks the file's row in the Explorer and puts the keyboard focus in its editor. */
  async openFile(name: string): Promise<void> {
    await this.page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: name })
      .dblclick({ timeout: SERVER_TIMEOUT_MS });
    await this.page.locator('.tab.active', { hasText: name }).waitFor();
    await this.focusEditor();
  }

  async focusEditor(): Promise<void> {
    await this.editor.locator('.view-lines').click();
  }

  async showProblems(): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Shift+M');
    await this.problems.waitFor();
  }

  /** A row of the Problems panel per diagnostic (the file's own row excluded). */
  markerRows(): Locator {
    return this.problems.locator('.monaco-list-row:has(.marker-message)');
  }

  /** Waits until the Problems panel lists exactly `count` diagnostics, then returns their messages in panel order. */
  async problemMessages(count: number): Promise<string[]> {
    await this.problems
      .locator(`.monaco-list-row[aria-label^="${count} problem"]`)
      .waitFor({ timeout: SERVER_TIMEOUT_MS });
    return this.markerRows().locator('.marker-message').allInnerTexts();
  }

  /** The token spans of the rendered lines: the grammar has tokenized once a value has a span of its own. */
  token(text: string): Locator {
    return this.editor.locator('.view-line span span', { hasText: new RegExp(`^${escapeRegExp(text)}$`) });
  }

  /** Moves the mouse onto the token until a hover containing `expected` shows, and returns that hover. */
  async hover(text: string, expected: string): Promise<Locator> {
    const hover = this.page.locator('.monaco-hover', { hasText: expected });
    const deadline = Date.now() + SERVER_TIMEOUT_MS;
    for (;;) {
      await this.token(text).first().hover();
      try {
        await hover.waitFor({ timeout: HOVER_ATTEMPT_MS });
        return hover;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        // Leaving the token lets the next move onto it ask the language server again.
        await this.page.mouse.move(0, 0);
      }
    }
  }

  /** Ctrl+G to a line (1-based), the cursor at its start. */
  async goToLine(line: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    // Go to Line is Quick Open with its ":" prefix: filling without it would search files.
    await input.fill(`:${line}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await this.page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line},` }).waitFor();
  }

  /**
   * Runs a command by its title from the Command Palette, as a user would (the editor
   * focused first). `opensPicker`: the command shows a quick pick of its own, which is left open.
   */
  async runCommand(title: string, opensPicker = false): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    // The best match is not always first ("Browse Color Themes" comes before "Color Theme"): click the row named exactly so.
    const name = this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) });
    await this.page.locator('.quick-input-list .monaco-list-row', { has: name }).click();
    if (!opensPicker) {
      await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      return;
    }
    // The same widget stays up with the command's own picker in it, no longer filtering commands.
    await this.page.waitForFunction(() => {
      const field = document.querySelector<HTMLInputElement>('.quick-input-widget input');
      return field !== null && !field.value.startsWith('>');
    });
  }

  /**
   * The frame of a webview whose page matches `selector`. A webview's page is a frame
   * nested in the workbench's own webview frame, so every frame of the page is asked.
   */
  async webviewFrame(selector: string, timeoutMs = SERVER_TIMEOUT_MS): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const frame of this.page.frames()) {
        // A frame may go away while it is asked: it then simply is not the one.
        if (
          frame !== this.page.mainFrame() &&
          (await frame
            .locator(selector)
            .count()
            .catch(() => 0)) > 0
        )
          return frame;
      }
      if (Date.now() > deadline)
        throw new Error(
          `no webview shows ${selector} after ${timeoutMs} ms; frames: ${this.page
            .frames()
            .map((f) => f.url())
            .join(', ')}`,
        );
      await this.page.waitForTimeout(FRAME_POLL_MS);
    }
  }

  /** Full-window screenshot with animations settled, so hovers and menus are opaque. */
  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file, animations: 'disabled' });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
