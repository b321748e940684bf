import assert from 'node:assert/strict';
import { analyzeRoadmap } from '../../../server/src/core/analyze';
import {
  addYears,
  dayNumber,
  daysInMonth,
  formatDay,
  fromDayNumber,
  parseDateOrPeriod,
  parseDayDate,
  quarterEnd,
  quarterFromIndex,
  quarterIndexOf,
  quarterLabel,
  quarterStart,
  weekdayName,
} from '../../../server/src/core/dates';

/** The expected day number, computed independently of the code under test. */
function utcDay(text: string): number {
  const [y, m, d] = text.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function ok(text: string): { ok: true; day: number } {
  return { ok: true, day: utcDay(text) };
}

/** One test per case: read as a `side`, the value is the day given. */
function itReads(side: 'start' | 'end', cases: readonly [value: string | number, day: string][]): void {
  for (const [value, day] of cases) {
    it(`${JSON.stringify(value)} ${side === 'start' ? 'starts' : 'ends'} on ${day}`, () => {
      assert.deepEqual(parseDateOrPeriod(value, side), ok(day));
    });
  }
}

describe('dates', () => {
  describe('day numbers', () => {
    it('counts days from 1970-01-01', () => {
      assert.equal(dayNumber(1970, 1, 1), 0);
      assert.equal(dayNumber(1970, 1, 2), 1);
      assert.equal(dayNumber(1969, 12, 31), -1);
      assert.equal(dayNumber(2027, 1, 1), utcDay('2027-01-01'));
    });

    it('converts back to the calendar date', () => {
      assert.deepEqual(fromDayNumber(utcDay('2028-02-29')), { year: 2028, month: 2, day: 29 });
      assert.deepEqual(fromDayNumber(-1), { year: 1969, month: 12, day: 31 });
    });

    it('keeps years below 100 as written', () => {
      assert.deepEqual(fromDayNumber(dayNumber(45, 3, 1)), { year: 45, month: 3, day: 1 });
    });

    it('knows the length of every month, leap years included', () => {
      assert.deepEqual(
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2027, m)),
        [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
      );
      assert.equal(daysInMonth(2028, 2), 29);
      assert.equal(daysInMonth(2100, 2), 28);
      assert.equal(daysInMonth(2000, 2), 29);
    });
  });

  describe('parseDateOrPeriod as a start (first day)', () => {
    itReads('start', [
      ['2027', '2027-01-01'],
      [2027, '2027-01-01'],
      ['2027-H1', '2027-01-01'],
      ['2027-H2', '2027-07-01'],
      ['2027-Q1', '2027-01-01'],
      ['2027-Q2', '2027-04-01'],
      ['2027-Q3', '2027-07-01'],
      ['2027-Q4', '2027-10-01'],
      ['2027-02', '2027-02-01'],
      ['2027-12', '2027-12-01'],
      ['2027-06-15', '2027-06-15'],
    ]);
  });

  describe('parseDateOrPeriod as an end (last day, inclusive)', () => {
    itReads('end', [
      ['2027', '2027-12-31'],
      [2031, '2031-12-31'],
      ['2027-H1', '2027-06-30'],
      ['2027-H2', '2027-12-31'],
      ['2027-Q1', '2027-03-31'],
      ['2027-Q2', '2027-06-30'],
      ['2027-Q3', '2027-09-30'],
      ['2027-Q4', '2027-12-31'],
      ['2027-02', '2027-02-28'],
      ['2028-02', '2028-02-29'],
      ['2100-02', '2100-02-28'],
      ['2000-02', '2000-02-29'],
      ['2027-04', '2027-04-30'],
      ['2027-06-15', '2027-06-15'],
    ]);

    it('makes 2027-01-01 to 2031-12-31 exactly five years', () => {
      const start = parseDateOrPeriod('2027-01-01', 'start');
      const end = parseDateOrPeriod(2031, 'end');
      assert.ok(start.ok && end.ok);
      assert.equal(end.day + 1, addYears(start.day, 5));
    });
  });

  describe('leap years and impossible dates', () => {
    it('accepts 29 February in leap years (2028, 2000)', () => {
      assert.deepEqual(parseDayDate('2028-02-29'), ok('2028-02-29'));
      assert.deepEqual(parseDayDate('2000-02-29'), ok('2000-02-29'));
      assert.deepEqual(parseDateOrPeriod('2028-02-29', 'end'), ok('2028-02-29'));
    });

    it('rejects 29 February in common years (2027, and 2100 which is not a leap year)', () => {
      assert.deepEqual(parseDayDate('2027-02-29'), { ok: false, reason: 'impossible' });
      assert.deepEqual(parseDayDate('2100-02-29'), { ok: false, reason: 'impossible' });
      assert.deepEqual(parseDateOrPeriod('2100-02-29', 'start'), { ok: false, reason: 'impossible' });
    });

    it('rejects month 13 and month 0, as days and as month periods', () => {
      for (const text of ['2027-13-01', '2027-00-10']) {
        assert.deepEqual(parseDayDate(text), { ok: false, reason: 'impossible' }, text);
      }
      for (const text of ['2027-13', '2027-00']) {
        assert.deepEqual(parseDateOrPeriod(text, 'start'), { ok: false, reason: 'impossible' }, text);
        assert.deepEqual(parseDateOrPeriod(text, 'end'), { ok: false, reason: 'impossible' }, text);
      }
    });

    it('rejects day 0, day 31 of a 30-day month and year 0', () => {
      for (const text of ['2027-01-00', '2027-04-31', '0000-01-01']) {
        assert.deepEqual(parseDayDate(text), { ok: false, reason: 'impossible' }, text);
      }
      assert.deepEqual(parseDateOrPeriod('0000', 'start'), { ok: false, reason: 'impossible' });
    });
  });

  describe('malformed dates', () => {
    const dayOnly = [
      '2027',
      '2027-Q1',
      '2027-02',
      '27-01-01',
      '2027-1-1',
      '2027/01/01',
      '2027-01-01T00:00',
      ' 2027-01-01',
      '',
    ];
    for (const text of dayOnly) {
      it(`parseDayDate(${JSON.stringify(text)}) is a format error`, () => {
        assert.deepEqual(parseDayDate(text), { ok: false, reason: 'format' });
      });
    }

    const periods: (string | number)[] = [
      '2027-Q5',
      '2027-Q0',
      '2027-H3',
      '2027-q1',
      'Q1 2027',
      '2027-1',
      '20271',
      2027.5,
      'soon',
    ];
    for (const value of periods) {
      it(`parseDateOrPeriod(${JSON.stringify(value)}) is a format error`, () => {
        assert.deepEqual(parseDateOrPeriod(value, 'start'), { ok: false, reason: 'format' });
        assert.deepEqual(parseDateOrPeriod(value, 'end'), { ok: false, reason: 'format' });
      });
    }
  });

  describe('a year written as a YAML number', () => {
    it('reads `start: 2027` and `end: 2031` as the first and last day of those years', () => {
      const text = 'cxroadmap: 1\ntitle: T\nhorizon:\n  start: 2027\n  end: 2031\ninitiatives: []\n';
      const { model, diagnostics } = analyzeRoadmap(text);
      assert.equal(diagnostics.filter((d) => d.code === 'schema').length, 0);
      assert.deepEqual(model.horizon?.start, {
        value: '2027',
        span: { start: 40, end: 44 },
        keySpan: { start: 33, end: 38 },
        day: utcDay('2027-01-01'),
      });
      assert.equal(model.horizon?.end?.day, utcDay('2031-12-31'));
    });
  });

  describe('addYears', () => {
    it('moves to the same calendar day', () => {
      assert.equal(addYears(utcDay('2027-01-01'), 5), utcDay('2032-01-01'));
      assert.equal(addYears(utcDay('2027-07-15'), -2), utcDay('2025-07-15'));
    });

    it('turns 29 February into 28 February in a common year', () => {
      assert.equal(addYears(utcDay('2028-02-29'), 1), utcDay('2029-02-28'));
      assert.equal(addYears(utcDay('2096-02-29'), 4), utcDay('2100-02-28'));
    });

    it('keeps 29 February when the target year is a leap year', () => {
      assert.equal(addYears(utcDay('2028-02-29'), 4), utcDay('2032-02-29'));
      assert.equal(addYears(utcDay('2028-02-29'), -28), utcDay('2000-02-29'));
    });
  });

  describe('quarters', () => {
    it('numbers quarters as year * 4 + quarter - 1', () => {
      assert.equal(quarterIndexOf(utcDay('2027-01-01')), 2027 * 4);
      assert.equal(quarterIndexOf(utcDay('2027-03-31')), 2027 * 4);
      assert.equal(quarterIndexOf(utcDay('2027-04-01')), 2027 * 4 + 1);
      assert.equal(quarterIndexOf(utcDay('2027-09-30')), 2027 * 4 + 2);
      assert.equal(quarterIndexOf(utcDay('2027-12-31')), 2027 * 4 + 3);
      assert.equal(quarterIndexOf(utcDay('2028-01-01')), 2028 * 4);
    });

    it('labels, starts and ends each quarter', () => {
      const rows = [0, 1, 2, 3, 4].map((offset) => {
        const index = 2027 * 4 + offset;
        return [quarterLabel(index), formatDay(quarterStart(index)), formatDay(quarterEnd(index))];
      });
      assert.deepEqual(rows, [
        ['2027-Q1', '2027-01-01', '2027-03-31'],
        ['2027-Q2', '2027-04-01', '2027-06-30'],
        ['2027-Q3', '2027-07-01', '2027-09-30'],
        ['2027-Q4', '2027-10-01', '2027-12-31'],
        ['2028-Q1', '2028-01-01', '2028-03-31'],
      ]);
    });

    it('turns an index back into its year and quarter', () => {
      assert.deepEqual(quarterFromIndex(2027 * 4 + 2), { year: 2027, quarter: 3 });
    });

    it('agrees with the Qn periods', () => {
      for (let q = 1; q <= 4; q++) {
        const index = 2029 * 4 + q - 1;
        assert.deepEqual(parseDateOrPeriod(`2029-Q${q}`, 'start'), { ok: true, day: quarterStart(index) });
        assert.deepEqual(parseDateOrPeriod(`2029-Q${q}`, 'end'), { ok: true, day: quarterEnd(index) });
      }
    });
  });

  describe('weekday names', () => {
    it('names the weekday of known dates', () => {
      assert.deepEqual(
        ['1970-01-01', '2000-01-01', '2027-01-01', '2027-01-03', '2027-01-04', '2028-02-29', '2031-12-31'].map((d) =>
          weekdayName(utcDay(d)),
        ),
        ['Thursday', 'Saturday', 'Friday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'],
      );
    });

    it('cycles through all seven names', () => {
      const start = utcDay('2027-01-04');
      assert.deepEqual(
        [0, 1, 2, 3, 4, 5, 6].map((i) => weekdayName(start + i)),
        ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
      );
    });
  });

  describe('formatDay', () => {
    it('writes YYYY-MM-DD with zero padding', () => {
      assert.equal(formatDay(utcDay('2027-03-05')), '2027-03-05');
      assert.equal(formatDay(0), '1970-01-01');
      assert.equal(formatDay(dayNumber(45, 3, 1)), '0045-03-01');
    });

    it('round-trips through parseDayDate for every day from 1999 to 2101', () => {
      for (let day = utcDay('1999-01-01'); day <= utcDay('2101-12-31'); day++) {
        const text = formatDay(day);
        const parsed = parseDayDate(text);
        if (!parsed.ok || parsed.day !== day) assert.fail(`${day} -> ${text} -> ${JSON.stringify(parsed)}`);
      }
    });
  });
});
