import { describe, expect, it } from 'vitest';
import { groupRows } from '../../workers/document/group-rows.ts';
import type { PageText } from '../../workers/document/types.ts';

const line = (text: string, x: number, y: number, w: number, h: number) => ({ text, confidence: 90, box: { x, y, w, h } });

describe('groupRows', () => {
  it('when a skewed scan splits each table row into three blocks at drifting heights (p042-skew), then each row comes back whole and in its own place', () => {
    // Real boxes: left block (序号…所属期), middle block (扣缴义务人, 收入), right block (已申报税额), two rows.
    const page: PageText = {
      page: 1, source: 'ocr', widthPx: 2480, heightPx: 3508,
      lines: [
        line('1   工资薪金   正常工资薪金   2020-08', 102, 493, 566, 40),
        line('2   工资薪金   正常工资薪金   2020-09', 102, 579, 567, 40),
        line('北京中关村领航网络科技股份有限公司        29,102.75', 771, 485, 570, 37),
        line('北京中关村领航网络科技股份有限公司        29,586.29', 772, 571, 571, 37),
        line('631.41', 1476, 482, 69, 18),
        line('1,101.26', 1459, 568, 89, 22),
      ],
    };
    const rows = groupRows(page).map((r) => r.text.replace(/\s+/g, ' '));
    expect(rows).toEqual([
      '1 工资薪金 正常工资薪金 2020-08 北京中关村领航网络科技股份有限公司 29,102.75 631.41',
      '2 工资薪金 正常工资薪金 2020-09 北京中关村领航网络科技股份有限公司 29,586.29 1,101.26',
    ]);
  });

  it('when two paragraph lines sit one under the other, then they stay two rows', () => {
    const page: PageText = {
      page: 1, source: 'ocr', widthPx: 2480, heightPx: 3508,
      lines: [line('第一行文字', 100, 100, 1800, 40), line('第二行文字', 100, 150, 900, 40), line('旁注', 1950, 135, 200, 30)],
    };
    expect(groupRows(page).map((r) => r.text)).toEqual(['第一行文字', '第二行文字  旁注']);
  });
});
