import { describe, expect, it } from 'vitest';
import { extractDocument, MIN_FIELD_CONFIDENCE } from '../../workers/document/index.ts';
import { extractIssuedDate, type IssuedDateContext } from '../../workers/document/extract-issued-date.ts';
import type { PageText } from '../../workers/document/types.ts';
import { ocrPage } from './document-page-fixture.ts';

/** A page as tesseract read it, with the second engine's reading of the same page when given. */
function page(first: string[], second?: string[], restored = false): PageText {
  const p = ocrPage(first);
  if (second) p.secondReading = { engine: 'pp-ocr', lines: ocrPage(second).lines, ...(restored ? { restored: 'motion' as const } : {}) };
  return p;
}

const TAX_HEAD = ['中华人民共和国', '个人所得税纳税记录', '(原《税收完税证明》)'];
const ROW = (paid: string) => `${paid}  609.06  ${paid}  工资薪金所得  2021.08.01-2021.08.31  北京市朝阳区税务局`;
const GARBLED = ['天二寺全全=   了  三本三', '三天全反。'];

type Row = [string, 'tax_record' | 'income_query', PageText[], IssuedDateContext, string | null, 'sure' | 'in doubt'];

/**
 * OCR-like readings with the slips seen on scans: a digit read as another in one place only, a
 * table row at a page's foot taken for a print header, a label misread, a blurred page that only a
 * restored reading holds. Each candidate place (开具时间, record number, print header, the second
 * engine's reading of each) is evidence; the date they agree on wins, a tie is put in doubt.
 */
const CASES: Row[] = [
  [
    'when 开具时间 reads 05-08 but the record number and the second engine both give 05-18, then 05-18',
    'tax_record',
    [page([...TAX_HEAD, '(2021)京0518个证明', '开具机关（盖章）', '开具时间：2021年05月08日'], [...TAX_HEAD, '(2021)京0518个证明', '开具时间：2021年05月18日'])],
    {},
    '2021-05-18',
    'sure',
  ],
  [
    'when 开具时间 reads 05-08 and the record number 0518, and nothing else decides, then the date is in doubt',
    'tax_record',
    [page([...TAX_HEAD, '(2021)京0518个证明', '开具机关（盖章）', '开具时间：2021年05月08日'])],
    {},
    '2021-05-08',
    'in doubt',
  ],
  [
    'when the two engines read the print header as 05-08 and 05-18, then the date is in doubt',
    'income_query',
    [page(['2021/05/08 14:23   申报收入查询', '申报收入查询', '收入合计：1.00元'], ['2021/05/18 14:23 申报收入查询', '申报收入查询'])],
    {},
    '2021-05-08',
    'in doubt',
  ],
  [
    'when a table row at the foot of a page reads "11:30" like a print time, then it is no print date and the record number decides',
    'tax_record',
    [page([...TAX_HEAD, '(2021)京1003个证明', '申报日期  实缴(退)金额  入(退)库日期', ROW('2021.09.10'), '2019.12.12  609.06  2019.12.12  工资薪金所得  2019.11.01-2019.11:30'])],
    {},
    '2021-10-03',
    'sure',
  ],
  [
    'when 开具时间 reads a date 21 months before the record\'s last 入库日期, then the record number\'s date wins',
    'tax_record',
    [page([...TAX_HEAD, '(2021)京1003个证明', ROW('2021.09.10'), '开具机关（盖章）', '开具时间：2019年12月12日'])],
    { latestEntry: '2021-09-10' },
    '2021-10-03',
    'sure',
  ],
  [
    'when every candidate lies months before the last entry, then the date is kept, in doubt',
    'tax_record',
    [page([...TAX_HEAD, '开具机关（盖章）', '开具时间：2019年12月12日'])],
    { latestEntry: '2021-09-10' },
    '2019-12-12',
    'in doubt',
  ],
  [
    'when 开具时间 and the record number agree, then the date is sure',
    'tax_record',
    [page([...TAX_HEAD, '(2021)京0808个证明', '开具机关（盖章）', '开具时间：2021年08月08日'])],
    {},
    '2021-08-08',
    'sure',
  ],
  [
    'when the label reads 开臭时间, then the date after it is still read',
    'tax_record',
    [page([...TAX_HEAD, '记录期间：2020年08月至2021年07月', '开具机关（盖章）', '开臭时间：2021年07月01日'])],
    {},
    '2021-07-01',
    'sure',
  ],
  [
    'when the label under 开具机关（盖章）is lost to one character, then the date printed there is read',
    'tax_record',
    [page([...TAX_HEAD, '记录期间：2025年03月至2026年02月', '开县机关 (盖章)', '间 ; 2026年03月08目'])],
    {},
    '2026-03-08',
    'sure',
  ],
  [
    'when only a restored (deblurred) reading holds the date, in one place, then it is read in doubt',
    'income_query',
    [page(GARBLED, ['2026/03/08 13:31 申报收入查询', '申报收入查询'], true)],
    {},
    '2026-03-08',
    'in doubt',
  ],
  [
    'when a restored reading gives the same date at 开具时间 and in the record number, then the two places vouch for it',
    'tax_record',
    [page(GARBLED, [...TAX_HEAD, '(2021)京0820个证明', '开具机关（盖章）', '开具时间：2021年08月20日'], true)],
    {},
    '2021-08-20',
    'sure',
  ],
  [
    'when tesseract and a restored reading disagree on the one print header, then the date is in doubt',
    'income_query',
    [page(['2021/08/20 10:49   申报收入查询', '申报收入查询'], ['2021/08/26 10:49 申报收入查询', '申报收入查询'], true)],
    {},
    '2021-08-20',
    'in doubt',
  ],
  ['when no date is printed anywhere, then none is read', 'tax_record', [page([...TAX_HEAD, '开具机关（盖章）'])], {}, null, 'in doubt'],
];

describe('issued date chosen by agreement of its printed places and readings', () => {
  it.each(CASES)('%s', (_name, kind, pages, ctx, date, sure) => {
    const d = extractIssuedDate(pages, kind, ctx);
    expect(d?.date ?? null).toBe(date);
    if (!d) return;
    if (sure === 'sure') expect(d.confidence).toBeGreaterThanOrEqual(MIN_FIELD_CONFIDENCE);
    else expect(d.confidence).toBeLessThan(MIN_FIELD_CONFIDENCE);
  });

  it('when 开具时间 reads a date years before the rows the record lists, then the document takes the record number\'s date', () => {
    const f = extractDocument(
      [
        ocrPage([
          ...TAX_HEAD,
          '(2021)京1003个证明',
          '记录期间：2021年08月至2021年09月',
          '申报日期  实缴(退)金额  入(退)库日期  所得项目  税款所属期  入库税务机关  备注',
          '2021.09.10  1,234.56  2021.09.12  工资薪金所得  2021.08.01-2021.08.31  北京市海淀区税务局',
          '2021.08.09  1,234.56  2021.08.13  工资薪金所得  2021.07.01-2021.07.31  北京市海淀区税务局',
          '金额合计  (大写)贰仟肆佰陆拾玖元壹角贰分  (小写)2469.12',
          '开具机关（盖章）',
          '开具时间：2019年12月12日',
        ]),
      ],
      { declaredKind: null },
    );
    expect(f.taxes).toHaveLength(2);
    expect(f.issuedOn).toBe('2021-10-03');
    expect(f.issuedOnConfidence).toBeGreaterThanOrEqual(MIN_FIELD_CONFIDENCE);
  });

  it('when a multi-page record prints its number on every page, then one misread page is outvoted', () => {
    const pages = [
      ocrPage([...TAX_HEAD, '(2021)京0808个证明'], 1),
      ocrPage([...TAX_HEAD, '(2021)京0803个证明'], 2),
      ocrPage([...TAX_HEAD, '(2021)京0808个证明', '开具机关（盖章）', '开具时间：2021年08月08日'], 3),
    ];
    const d = extractIssuedDate(pages, 'tax_record');
    expect(d).toMatchObject({ date: '2021-08-08', page: 3 });
    expect(d!.confidence).toBeGreaterThanOrEqual(MIN_FIELD_CONFIDENCE);
  });
});
