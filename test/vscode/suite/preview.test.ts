import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import type { PreviewBar, PreviewZoom } from '../workbenchProbe';
import { positionOf, rangeOf, restoredAfterEach } from './roadmapWorkspace';
import { WAIT_MS, waitFor } from './waitFor';
import { clickPreviewBar, pressOnPreviewBar, previewBars, previewZoom, probeFolder } from './workbench';

const VIEW_TYPE = 'cxroadmap.preview';
const TITLE = 'Gantt: features.cxroadmap.yaml';
/** The fixture's initiatives as the chart draws them: a lane per competency, the unknown one last. */
const BARS = [
  { id: 'asset-metrics', label: 'Monthly customer gain and loss report' },
  { id: 'journey-stages', label: 'Agreed journey stages' },
];
const ADDED = [
  '  - id: listening-posts',
  '    title: Listening posts in every channel',
  '    competency: listening-path',
  '    owner: Priya Nair',
  '    start: 2027-07-01',
  '    end: 2027-12-31',
  '',
].join('\n');

type Shown = { id: string; label: string };

/**
 * The bars as `{ id, label }`, where a label the names column had to shorten ("Agreed
 * journ…") counts as the expected title it begins: a preview beside the editor is too
 * narrow for whole titles, and the renderer's unit tests pin where it cuts.
 */
function drawn(bars: readonly PreviewBar[], expected: readonly Shown[]): Shown[] {
  return bars.map((bar, i) => {
    const whole = expected[i]?.label;
    const cut =
      whole !== undefined &&
      bar.label.length > 1 &&
      bar.label.endsWith('\u2026') &&
      whole.startsWith(bar.label.slice(0, -1));
    return { id: bar.id, label: cut ? whole : bar.label };
  });
}

/** The preview panels' tabs, in every group. */
function previewTabs(): vscode.Tab[] {
  // The tab input names the workbench's type for an extension's panel: the view type with a prefix of its own.
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(VIEW_TYPE));
}

function tabSummary(tab: vscode.Tab): {
  label: string;
  viewType: string;
  viewColumn: vscode.ViewColumn;
  active: boolean;
} {
  return {
    label: tab.label,
    viewType: (tab.input as vscode.TabInputWebview).viewType,
    viewColumn: tab.group.viewColumn,
    active: tab.isActive,
  };
}

async function closePreviews(): Promise<void> {
  const tabs = previewTabs();
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
  await waitFor(() => previewTabs().length === 0, WAIT_MS, 'the preview tabs to close');
}

function wire(range: vscode.Range): [number, number, number, number] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

describe('Gantt preview', () => {
  let document: vscode.TextDocument;
  let original: string;
  restoredAfterEach('features.cxroadmap.yaml', (opened, text) => {
    document = opened;
    original = text;
  });

  after(async () => {
    await closePreviews();
  });

  /** The roadmap in the first column, its preview in the second (the user's usual layout), and the chart drawn. */
  async function previewBeside(folder: string): Promise<vscode.TextEditor> {
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('cxroadmap.openPreviewToSide');
    await waitFor(() => previewTabs().length === 1, WAIT_MS, 'the preview tab');
    await barsWhen(folder, (bars) => bars.length > 0, 'the chart to be drawn');
    return editor;
  }

  /** The preview's bars once `accept` holds for them; the timeout error shows the last bars read. */
  async function barsWhen(
    folder: string,
    accept: (bars: PreviewBar[]) => boolean,
    what: string,
  ): Promise<PreviewBar[]> {
    let seen: PreviewBar[] | null = null;
    return waitFor(
      async () => {
        seen = await previewBars(folder, document.uri.toString());
        return seen !== null && accept(seen) && seen;
      },
      WAIT_MS,
      () => `${what}; the preview showed ${JSON.stringify(seen)}`,
    );
  }

  /** Waits for the second bar to be drawn as `label`, then checks that the chart shows just that change. */
  async function expectRetitled(folder: string, label: string, what: string): Promise<void> {
    const expected = [BARS[0], { id: 'journey-stages', label }];
    const bars = await barsWhen(folder, (b) => isDeepStrictEqual(drawn(b, expected), expected), what);
    assert.deepEqual(drawn(bars, expected), expected);
  }

  function edit(range: vscode.Range, text: string): Thenable<boolean> {
    const change = new vscode.WorkspaceEdit();
    change.replace(document.uri, range, text);
    return vscode.workspace.applyEdit(change);
  }

  it('"Open Gantt Preview" opens a webview panel for the roadmap in the active column', async () => {
    await closePreviews();
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('cxroadmap.openPreview');
    await waitFor(() => previewTabs().length === 1, WAIT_MS, 'a preview tab');
    assert.deepEqual(previewTabs().map(tabSummary), [
      { label: TITLE, viewType: `mainThreadWebview-${VIEW_TYPE}`, viewColumn: vscode.ViewColumn.One, active: true },
    ]);
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab, previewTabs()[0]);
    const bars = await barsWhen(probeFolder(), (b) => b.length > 0, 'the chart of the roadmap');
    assert.deepEqual(drawn(bars, BARS), BARS);
  });

  it('"…to the Side" opens it beside the editor, leaves the focus in the editor, and never opens a second panel', async () => {
    await closePreviews();
    await previewBeside(probeFolder());
    assert.deepEqual(previewTabs().map(tabSummary), [
      { label: TITLE, viewType: `mainThreadWebview-${VIEW_TYPE}`, viewColumn: vscode.ViewColumn.Two, active: true },
    ]);
    assert.equal(vscode.window.activeTextEditor?.document, document);
    assert.equal(vscode.window.activeTextEditor?.viewColumn, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('cxroadmap.openPreviewToSide');
    await vscode.commands.executeCommand('cxroadmap.openPreview');
    // A round trip to the workbench: a panel the commands had created would be listed by now.
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    assert.deepEqual(
      previewTabs().map((t) => t.label),
      [TITLE],
    );
  });

  it('follows edits: a new title and a new initiative are drawn', async () => {
    const folder = probeFolder();
    await previewBeside(folder);
    const first = await barsWhen(folder, (b) => b.length === 2, 'the fixture chart');
    assert.deepEqual(drawn(first, BARS), BARS);

    assert.equal(await edit(rangeOf(document, 'Agreed journey stages'), 'Journey stages agreed by the council'), true);
    await expectRetitled(folder, 'Journey stages agreed by the council', 'the new title');

    const end = document.positionAt(document.getText().length);
    assert.equal(await edit(new vscode.Range(end, end), ADDED), true);
    const added = await barsWhen(folder, (b) => b.length === 3, 'the added initiative');
    const three = [
      BARS[0],
      { id: 'listening-posts', label: 'Listening posts in every channel' },
      { id: 'journey-stages', label: 'Journey stages agreed by the council' },
    ];
    assert.deepEqual(drawn(added, three), three);
  });

  it('a hidden preview catches up with the edits made while it was hidden', async () => {
    const folder = probeFolder();
    await closePreviews();
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('cxroadmap.openPreview');
    await barsWhen(folder, (b) => b.length === 2, 'the fixture chart');
    // The roadmap's editor in front of the preview, in the same group: the preview's page is gone.
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await waitFor(
      async () => (await previewBars(folder, document.uri.toString())) === null,
      WAIT_MS,
      "the hidden preview's page to go",
    );
    assert.equal(await edit(rangeOf(document, 'Agreed journey stages'), 'Stages agreed while hidden'), true);
    await vscode.commands.executeCommand('cxroadmap.openPreview');
    await expectRetitled(folder, 'Stages agreed while hidden', 'the title edited while hidden');
  });

  it('"Whole horizon" fits the view again after the preview moves to a narrower column', async () => {
    const folder = probeFolder();
    const uri = document.uri.toString();
    const zoomWhen = async (accept: (zoom: PreviewZoom) => boolean, what: string): Promise<PreviewZoom> => {
      let seen: PreviewZoom | null = null;
      return waitFor(
        async () => {
          seen = await previewZoom(folder, uri);
          return seen !== null && accept(seen) && seen;
        },
        WAIT_MS,
        () => `${what}; the preview showed ${JSON.stringify(seen)}`,
      );
    };
    await closePreviews();
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('cxroadmap.openPreview');
    const wide = await zoomWhen((z) => z.level === 'whole', 'a new preview to fit the whole horizon');
    // Hidden behind the editor, then revealed beside it: its page is built again, half as wide.
    await previewBeside(folder);
    const narrow = await zoomWhen(
      (z) => z.viewWidth < wide.viewWidth && z.level === 'whole',
      'the moved preview to fit the whole horizon in its new width',
    );
    assert.deepEqual(narrow.level, 'whole');
  });

  it("clicking a bar selects the initiative's id in the editor", async () => {
    const folder = probeFolder();
    const editor = await previewBeside(folder);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await clickPreviewBar(folder, document.uri.toString(), 'journey-stages');
    const id = wire(rangeOf(document, 'journey-stages'));
    const revealed = await waitFor(
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document === document && wire(active.selection).join() === id.join() && active;
      },
      WAIT_MS,
      () =>
        `the selection to be the id journey-stages ${JSON.stringify(id)}; it is ${JSON.stringify(vscode.window.activeTextEditor && wire(vscode.window.activeTextEditor.selection))}`,
    );
    // The editor the roadmap already had, not a new one beside the preview.
    assert.equal(revealed.viewColumn, vscode.ViewColumn.One);
    assert.deepEqual(wire(revealed.selection), id);
  });

  it('moving the cursor in the editor highlights the initiative it is in', async () => {
    const folder = probeFolder();
    const editor = await previewBeside(folder);
    const highlighted = (bars: PreviewBar[]) => bars.filter((b) => b.cursor).map((b) => b.id);
    for (const [needle, expected] of [
      ['Monthly customer gain', ['asset-metrics']],
      ['stage: join', ['journey-stages']],
      ['Features fixture', []],
    ] as const) {
      const at = positionOf(document, needle);
      editor.selection = new vscode.Selection(at, at);
      const bars = await barsWhen(
        folder,
        (b) => highlighted(b).join() === expected.join(),
        `the cursor at "${needle}" to highlight ${JSON.stringify(expected)}`,
      );
      assert.deepEqual(highlighted(bars), expected);
    }
  });

  it('→ on a focused initiative moves it a day later in the text, and one undo moves it back', async () => {
    const folder = probeFolder();
    await previewBeside(folder);
    const before = await barsWhen(folder, (b) => b.length === 2, 'the fixture chart');
    assert.match(before[1].description, /, Apr – Sep 2027, /);
    await pressOnPreviewBar(folder, document.uri.toString(), 'journey-stages', 'ArrowRight');
    const moved = original
      .replace('    start: 2027-04-01\n', '    start: 2027-04-02\n')
      .replace('    end: 2027-09-30\n', '    end: 2027-10-01\n');
    assert.notEqual(moved, original);
    await waitFor(
      () => document.getText() === moved,
      WAIT_MS,
      () => `the new dates in the text; it reads\n${document.getText()}`,
    );
    const after = await barsWhen(
      folder,
      (b) => b[1]?.description.includes('2 Apr – 1 Oct 2027') === true,
      'the moved bar',
    );
    assert.deepEqual(after, [
      before[0],
      { ...before[1], description: before[1].description.replace('Apr – Sep 2027', '2 Apr – 1 Oct 2027') },
    ]);

    // Undo belongs to the focused editor: the keyboard is in the preview until the roadmap's editor takes it.
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    await vscode.commands.executeCommand('undo');
    await waitFor(
      () => document.getText() === original,
      WAIT_MS,
      () => `one undo to restore the fixture; it reads\n${document.getText()}`,
    );
    await barsWhen(folder, (b) => b[1]?.description === before[1].description, 'the bar back at its dates');
  });
});
