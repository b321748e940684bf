import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  CONTINUE,
  CrashPolicy,
  DO_NOT_RESTART,
  MAX_RESTARTS,
  RESTART,
  WINDOW_MS,
} from '../../../client/src/crashPolicy';

/** A policy on a clock the test moves, recording what it tells the user. */
function policyOnClock() {
  const clock = { now: 0 };
  const told: string[] = [];
  const policy = new CrashPolicy(
    (m) => told.push(m),
    'gave up',
    () => clock.now,
  );
  return { clock, told, policy };
}

describe('client: restarting a crashed server', () => {
  it('restarts a bounded number of times within the window, then stops and tells the user once', () => {
    const { clock, told, policy } = policyOnClock();
    const actions = Array.from({ length: MAX_RESTARTS + 3 }, () => {
      clock.now += 1_000;
      return policy.closed().action;
    });
    assert.deepEqual(actions, [
      ...Array<number>(MAX_RESTARTS).fill(RESTART),
      DO_NOT_RESTART,
      DO_NOT_RESTART,
      DO_NOT_RESTART,
    ]);
    assert.deepEqual(told, ['gave up']);
  });

  it('forgets crashes older than the window, and a manual restart starts afresh', () => {
    const { clock, told, policy } = policyOnClock();
    for (let i = 0; i < MAX_RESTARTS; i++) policy.closed();
    clock.now += WINDOW_MS + 1;
    assert.equal(policy.closed().action, RESTART);
    for (let i = 0; i < MAX_RESTARTS; i++) policy.closed();
    assert.deepEqual(told, ['gave up']);
    policy.reset();
    assert.equal(policy.closed().action, RESTART);
  });
});

describe('client: the enum values written out in crashPolicy.ts', () => {
  it('match vscode-languageclient', () => {
    const typings = readFileSync(
      path.resolve(__dirname, '../../../../node_modules/vscode-languageclient/lib/common/client.d.ts'),
      'utf8',
    );
    assert.match(typings, new RegExp(`Continue = ${CONTINUE},`));
    assert.match(typings, new RegExp(`DoNotRestart = ${DO_NOT_RESTART},`));
    assert.match(typings, new RegExp(`Restart = ${RESTART}\\b`));
  });
});
