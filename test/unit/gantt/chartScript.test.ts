import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../../../..');

describe('gantt page script', () => {
  it('the committed chartScript.generated.ts is built from page/chartPage.ts as it is now', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'generate-chart-script.mjs'), '--check'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
  });
});
