import assert from 'node:assert/strict';
import { LazyClient } from '../../../client/src/lazyClient';
import type { Schedule } from '../../../client/src/lazyClient';

/** A schedule run by hand: `pending` holds what would run on the next turn. */
class ManualSchedule {
  pending: (() => void)[] = [];
  cancelled = 0;
  readonly schedule: Schedule = (run) => {
    this.pending.push(run);
    return {
      cancel: () => {
        this.cancelled++;
        this.pending = this.pending.filter((r) => r !== run);
      },
    };
  };
}

interface Loaded {
  id: number;
}

function counting(fail?: Error): { lazy: LazyClient<Loaded>; loads: () => number; reports: unknown[] } {
  let loads = 0;
  const reports: unknown[] = [];
  const lazy = new LazyClient<Loaded>(
    () => {
      loads++;
      if (fail) throw fail;
      return { id: loads };
    },
    (error) => reports.push(error),
  );
  return { lazy, loads: () => loads, reports };
}

describe('client: the lazily loaded language client', () => {
  it('loads nothing until asked, then once for every caller, who all share one promise', async () => {
    const { lazy, loads } = counting();
    assert.equal(loads(), 0);
    assert.equal(lazy.current, undefined);
    const first = lazy.get();
    const second = lazy.get();
    assert.equal(first, second);
    assert.equal(loads(), 1);
    assert.deepEqual(await Promise.all([first, second, lazy.get()]), [{ id: 1 }, { id: 1 }, { id: 1 }]);
    assert.equal(await first, lazy.current);
    assert.equal(loads(), 1);
  });

  it('loads on the scheduled turn when nothing asked before, and only once however often it is scheduled', async () => {
    const { lazy, loads } = counting();
    const manual = new ManualSchedule();
    lazy.loadSoon(manual.schedule);
    lazy.loadSoon(manual.schedule);
    assert.equal(manual.pending.length, 1);
    assert.equal(loads(), 0);
    manual.pending[0]();
    assert.equal(loads(), 1);
    assert.deepEqual(lazy.current, { id: 1 });
    lazy.loadSoon(manual.schedule);
    assert.equal(manual.pending.length, 1, 'a loaded value is not scheduled again');
    assert.deepEqual(await lazy.get(), { id: 1 });
    assert.equal(loads(), 1);
  });

  it('cancels the scheduled load when a caller needs the value first', async () => {
    const { lazy, loads } = counting();
    const manual = new ManualSchedule();
    lazy.loadSoon(manual.schedule);
    assert.deepEqual(await lazy.get(), { id: 1 });
    assert.deepEqual(
      { pending: manual.pending.length, cancelled: manual.cancelled, loads: loads() },
      { pending: 0, cancelled: 1, loads: 1 },
    );
  });

  it('reports a failed load once, while every caller sees the rejection, and does not try again', async () => {
    const failure = new Error('dist/languageClient.js is missing');
    const { lazy, loads, reports } = counting(failure);
    const manual = new ManualSchedule();
    lazy.loadSoon(manual.schedule);
    manual.pending[0]();
    await assert.rejects(lazy.get(), failure);
    await assert.rejects(lazy.get(), failure);
    assert.deepEqual(
      { loads: loads(), reports, current: lazy.current },
      { loads: 1, reports: [failure], current: undefined },
    );
  });

  it('once closed, cancels a scheduled load, loads nothing more and hands back what it had loaded', async () => {
    const unloaded = counting();
    const manual = new ManualSchedule();
    unloaded.lazy.loadSoon(manual.schedule);
    assert.equal(unloaded.lazy.close(), undefined);
    assert.deepEqual({ pending: manual.pending.length, cancelled: manual.cancelled }, { pending: 0, cancelled: 1 });
    unloaded.lazy.loadSoon(manual.schedule);
    assert.equal(manual.pending.length, 0);
    await assert.rejects(unloaded.lazy.get(), /deactivated/);
    assert.equal(unloaded.loads(), 0);

    const loaded = counting();
    await loaded.lazy.get();
    assert.deepEqual(loaded.lazy.close(), { id: 1 });
    assert.equal(loaded.lazy.current, undefined);
    await assert.rejects(loaded.lazy.get(), /deactivated/);
    assert.equal(loaded.loads(), 1);
  });

  it('by default loads on the next turn of the event loop, after the caller has returned', async () => {
    const { lazy, loads } = counting();
    lazy.loadSoon();
    await Promise.resolve();
    assert.equal(loads(), 0, 'not within the same turn');
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.equal(loads(), 1);
  });
});
