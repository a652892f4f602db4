import { describe, expect, it } from 'vitest';
import { doubtOffFormat, doubtWeakRows, flagOutliers, interpolatePeriods, repairFromTotal, SUSPECT_CONFIDENCE, type DraftRow } from '../../workers/document/repair-rows.ts';

const row = (period: string | null, amount: number | null, confidence = 1, amountRaw?: string): DraftRow => ({ period, amount, confidence, amountRaw });

describe('repairing partly read table rows', () => {
  it('when two periods are lost between 2020-09 and 2020-12, then they become 2020-10 and 2020-11 at reduced confidence', () => {
    const rows = [row('2020-09', 1), row(null, 2), row(null, 3), row('2020-12', 4)];
    interpolatePeriods(rows);
    expect(rows.map((r) => r.period)).toEqual(['2020-09', '2020-10', '2020-11', '2020-12']);
    expect(rows[1].confidence).toBeLessThan(1);
  });

  it('when the months between do not match the count of lost periods (a gap or two payers), then nothing is placed', () => {
    const rows = [row('2020-09', 1), row(null, 2), row('2020-12', 4)];
    interpolatePeriods(rows);
    expect(rows[1].period).toBeNull();
  });

  it('when a table is printed newest first, then lost periods count down', () => {
    const rows = [row('2021-03', 1), row(null, 2), row('2021-01', 3)];
    interpolatePeriods(rows);
    expect(rows[1].period).toBe('2021-02');
  });

  it('when one amount is missing and all others are sure, then the total gives it below MIN confidence', () => {
    const rows = [row('2021-01', 100.5), row('2021-02', null), row('2021-03', 99.25)];
    repairFromTotal(rows, 300, null, 0, 0.6);
    expect(rows[1].amount).toBe(100.25);
    expect(rows[1].confidence).toBeLessThan(0.6);
  });

  it('when a data row was dropped or another row is doubtful, then the total is not used', () => {
    const dropped = [row('2021-01', 100), row('2021-02', null)];
    repairFromTotal(dropped, 300, null, 1, 0.6);
    expect(dropped[1].amount).toBeNull();
    const doubtful = [row('2021-01', 100, 0.55), row('2021-02', null)];
    repairFromTotal(doubtful, 300, null, 0, 0.6);
    expect(doubtful[1].amount).toBeNull();
  });

  it('when the rows do not add up and exactly one reading is the total\'s answer with digits lost, then it is completed', () => {
    const rows = [row('2021-06', 16817.64, 1, '16,817.64'), row('2021-07', 5165.85, 1, '5165.85')];
    repairFromTotal(rows, 33983.49, null, 0, 0.6);
    expect(rows[1].amount).toBe(17165.85);
    expect(rows[0].amount).toBe(16817.64);
  });

  it('when the total disagrees, then a reading far from the column median is sent to review and the others are not', () => {
    const rows = [{ amount: 17000, confidence: 1 }, { amount: 16800, confidence: 1 }, { amount: 6692.29, confidence: 1 }, { amount: 17200, confidence: 1 }];
    flagOutliers(rows);
    expect(rows.map((r) => r.confidence < 0.6)).toEqual([false, false, true, false]);
  });
});

describe('doubtWeakRows', () => {
  const rows = () => [
    { amount: 100, confidence: 1 },
    { amount: 200, confidence: 0.85 },
    { amount: 300, confidence: 0.95 },
  ];
  it('when every row is there and the total disagrees, then only the rows read with some doubt go to review', () => {
    const r = rows();
    doubtWeakRows(r, { records: 3, amount: 700, reconciled: false }, 0);
    expect(r.map((x) => x.confidence)).toEqual([1, SUSPECT_CONFIDENCE, 0.95]);
  });
  it('when rows were dropped or the count disagrees, then the gap is explained and no row is doubted', () => {
    const a = rows();
    doubtWeakRows(a, { records: 3, amount: 700, reconciled: false }, 1);
    const b = rows();
    doubtWeakRows(b, { records: 4, amount: 700, reconciled: false }, 0);
    expect([...a, ...b].map((x) => x.confidence)).toEqual([1, 0.85, 0.95, 1, 0.85, 0.95]);
  });
});

describe('repairFromTotal range guard', () => {
  it('when total − the other rows is far outside the column (more than one row is gone), then nothing is derived', () => {
    const rows = [row('2021-01', 16650.4), row('2021-02', 18404.07), row('2021-03', 16692.29), row('2021-04', null)];
    repairFromTotal(rows, 16650.4 + 18404.07 + 16692.29 + 2 * 17500, null, 0, 0.6);
    expect(rows[3].amount).toBeNull();
  });
  it('when rows were lost outright, then the total fills nothing', () => {
    const rows = [row('2021-01', 100), row('2021-02', 110), row('2021-03', 105), row('2021-04', null)];
    repairFromTotal(rows, 420, null, 1, 0.6);
    expect(rows[3].amount).toBeNull();
  });
});

describe('doubtOffFormat', () => {
  it('when most amounts of the column print a thousands comma and one does not, then that one is trusted less', () => {
    const rows = [row('2021-01', 29661.03, 1, '29,661.03'), row('2021-02', 27594.09, 1, '27,594.09'), row('2021-03', 29635.19, 1, '29,635.19'), row('2021-04', 20309.57, 0.7, '20309.57')];
    doubtOffFormat(rows);
    expect(rows.map((r) => r.confidence)).toEqual([1, 1, 1, 0.595]);
  });
  it('when the column prints no commas, then nothing changes', () => {
    const rows = [row('2021-01', 29661.03, 1, '29661.03'), row('2021-02', 27594.09, 1, '27594.09'), row('2021-03', 29635.19, 1, '29635.19')];
    doubtOffFormat(rows);
    expect(rows.every((r) => r.confidence === 1)).toBe(true);
  });
});
