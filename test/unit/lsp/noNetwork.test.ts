import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileUri, LspClient, repoRoot } from './lspClient';

const preload = path.join(repoRoot, 'out', 'test', 'support', 'forbidNetwork.js');

describe('language server: no network access', function () {
  this.timeout(60_000);

  it('the preload really catches an attempt (so the test below can fail)', () => {
    const log = path.join(mkdtempSync(path.join(tmpdir(), 'cxroadmap-net-')), 'attempts.log');
    const run = spawnSync(
      process.execPath,
      ['-r', preload, '-e', "try { require('node:net').connect(9, '127.0.0.1') } catch {}"],
      {
        env: { ...process.env, CXROADMAP_NETWORK_LOG: log },
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(log, 'utf8'), 'net.connect\n');
  });

  it('serves every feature on the examples with outbound sockets forbidden, and never tries one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cxroadmap-net-'));
    const log = path.join(dir, 'attempts.log');
    writeFileSync(log, '');
    const examples = path.join(repoRoot, 'examples');
    const client = new LspClient({
      workspaceFolders: [examples],
      nodeArgs: ['-r', preload],
      env: { ...process.env, CXROADMAP_NETWORK_LOG: log },
    });
    try {
      await client.initialize();
      for (const name of readdirSync(examples).filter((f) => f.endsWith('.cxroadmap.yaml'))) {
        const uri = fileUri(path.join(examples, name));
        await client.open(uri, readFileSync(path.join(examples, name), 'utf8'));
        const diagnostics = await client.diagnostics(uri, 1);
        const at = diagnostics[0]?.range.start ?? { line: 5, character: 3 };
        for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition']) {
          await client.connection.sendRequest(method, { textDocument: { uri }, position: at });
        }
        await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: at, end: at },
          context: { diagnostics },
        });
        await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      }
      await client.connection.sendRequest('workspace/symbol', { query: 'customer' });
    } finally {
      await client.shutdown();
    }
    assert.equal(readFileSync(log, 'utf8'), '');
  });
});
