import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import { generateRoadmap } from '../../../scripts/generateRoadmap';
import { LspClient } from './lspClient';
import { prng } from '../seededRandom';

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const EDITS = ['x', ' ', '\n', ': ', '- ', '[', '"', '#', '\u00e9', ''];

describe('language server: soak', function () {
  this.timeout(300_000);

  it('2,000 random edits with completion and hover between them: every request answered, memory bounded, the last version right', async () => {
    const r = prng(99);
    const uri = 'untitled:soak.cxroadmap.yaml';
    let text = generateRoadmap(300);
    const client = new LspClient();
    try {
      await client.initialize();
      await client.open(uri, text, 1);
      await client.diagnostics(uri, 1);
      let baseline = 0;
      for (let version = 2; version <= 2001; version++) {
        const at = Math.floor(r() * text.length);
        const remove = r() < 0.4 ? Math.floor(r() * 4) : 0;
        const insert = EDITS[Math.floor(r() * EDITS.length)];
        const range = { start: positionAt(text, at), end: positionAt(text, Math.min(text.length, at + remove)) };
        text = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + remove));
        await client.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range, text: insert }],
        });
        if (version % 10 === 0) {
          const position = positionAt(text, Math.floor(r() * text.length));
          const method = version % 20 === 0 ? 'textDocument/completion' : 'textDocument/hover';
          await client.connection.sendRequest(method, { textDocument: { uri }, position });
        }
        if (version === 300) {
          await client.diagnostics(uri, version);
          baseline = client.residentMiB();
        }
      }
      const final = await client.diagnostics(uri, 2001, 60_000);
      assert.deepEqual(final, analyzeRoadmap(text).diagnostics);
      const end = client.residentMiB();
      assert.ok(end < baseline + 80, `memory grew from ${baseline.toFixed(0)} MiB to ${end.toFixed(0)} MiB`);
    } finally {
      await client.shutdown();
    }
  });
});
