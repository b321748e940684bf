import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { State } from 'vscode-languageclient/node';
import { STARTING, stopClient } from '../../../client/src/stopClient';
import type { StoppableClient } from '../../../client/src/stopClient';

const STOPPED: State = 1;
const RUNNING: State = 2;

/** A client whose start resolves or rejects when the test says, recording what it was asked. */
class FakeClient implements StoppableClient {
  readonly calls: string[] = [];
  private settleStart: ((ok: boolean) => void) | undefined;

  constructor(public state: State) {}

  start(): Promise<void> {
    this.calls.push('start');
    return new Promise((resolve, reject) => {
      this.settleStart = (ok) => {
        this.state = ok ? RUNNING : STOPPED;
        if (ok) resolve();
        else reject(new Error('the server did not start'));
      };
    });
  }

  finishStart(ok: boolean): void {
    this.settleStart?.(ok);
  }

  stop(): Promise<void> {
    this.calls.push('stop');
    this.state = STOPPED;
    return Promise.resolve();
  }

  isRunning(): boolean {
    return this.state === RUNNING;
  }
}

describe('client: stopping the language client', () => {
  it('stops a running client', async () => {
    const client = new FakeClient(RUNNING);
    await stopClient(client);
    assert.deepEqual({ calls: client.calls, state: client.state }, { calls: ['stop'], state: STOPPED });
  });

  it('waits for a start under way, then stops the client it started', async () => {
    const client = new FakeClient(STARTING);
    const stopped = stopClient(client);
    await Promise.resolve();
    assert.deepEqual(client.calls, ['start']);
    client.finishStart(true);
    await stopped;
    assert.deepEqual({ calls: client.calls, state: client.state }, { calls: ['start', 'stop'], state: STOPPED });
  });

  it('leaves a client whose start failed, or that never started, as it is', async () => {
    const failed = new FakeClient(STARTING);
    const stopped = stopClient(failed);
    failed.finishStart(false);
    await stopped;
    assert.deepEqual(failed.calls, ['start']);

    const idle = new FakeClient(STOPPED);
    await stopClient(idle);
    assert.deepEqual(idle.calls, []);
  });

  it('writes out the value vscode-languageclient gives State.Starting', () => {
    const typings = readFileSync(
      path.resolve(__dirname, '../../../../node_modules/vscode-languageclient/lib/common/client.d.ts'),
      'utf8',
    );
    assert.match(typings, new RegExp(`Starting = ${STARTING},`));
  });
});
