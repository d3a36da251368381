import { describe, expect, it } from 'vitest';
import { type DayTotals, sameTotals, sumDayTotals, tallyEntries, totalsOf } from '../../../domain/day-totals';

const A = 'competency-a';
const B = 'competency-b';

describe('day totals', () => {
  it('tally captures and competencies per day, and take them away again', () => {
    const entries = [
      { dayKey: '2026-11-02', competencyIds: [A, B] },
      { dayKey: '2026-11-02', competencyIds: [A] },
      { dayKey: '2026-11-03', competencyIds: [] },
    ];
    const totals = new Map<string, DayTotals>();
    tallyEntries(totals, entries, 1);
    expect([...totals.values()]).toEqual([
      { dayKey: '2026-11-02', captures: 2, competencies: { [A]: 2, [B]: 1 } },
      { dayKey: '2026-11-03', captures: 1, competencies: {} },
    ]);
    tallyEntries(totals, [entries[0] as (typeof entries)[0]], -1);
    // A competency that falls to 0 is dropped, so equal journals give equal rows.
    expect(totals.get('2026-11-02')).toEqual({ dayKey: '2026-11-02', captures: 1, competencies: { [A]: 1 } });
  });

  it('totalsOf a journal equals tallying it entry by entry', () => {
    const entries = [
      { dayKey: '2026-11-02', competencyIds: [A] },
      { dayKey: '2026-11-04', competencyIds: [B] },
    ];
    expect(totalsOf(entries)).toEqual([
      { dayKey: '2026-11-02', captures: 1, competencies: { [A]: 1 } },
      { dayKey: '2026-11-04', captures: 1, competencies: { [B]: 1 } },
    ]);
  });

  it('sameTotals compares figures, whatever the key order', () => {
    const row = { dayKey: 'd', captures: 2, competencies: { [A]: 1, [B]: 1 } };
    expect(sameTotals(row, { dayKey: 'd', captures: 2, competencies: { [B]: 1, [A]: 1 } })).toBe(true);
    expect(sameTotals(row, { dayKey: 'd', captures: 3, competencies: { [A]: 1, [B]: 1 } })).toBe(false);
    expect(sameTotals(row, { dayKey: 'd', captures: 2, competencies: { [A]: 1 } })).toBe(false);
    expect(sameTotals(row, { dayKey: 'd', captures: 2, competencies: { [A]: 1, [B]: 2 } })).toBe(false);
  });

  it('sumDayTotals gives captures per day and competency counts over the rows', () => {
    expect(
      sumDayTotals([
        { dayKey: '2026-11-02', captures: 2, competencies: { [A]: 2 } },
        { dayKey: '2026-11-03', captures: 1, competencies: { [A]: 1, [B]: 1 } },
      ]),
    ).toEqual({ captures: { '2026-11-02': 2, '2026-11-03': 1 }, competencies: { [A]: 3, [B]: 1 } });
  });
});
