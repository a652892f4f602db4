/**
 * Beijing 全口径城镇单位就业人员月平均工资 (yuan per month), by data year.
 *
 * An application in year N is measured against the figure of year N−1 (guide 二（二）);
 * when that figure is not yet published the latest one applies (guide 二（二）注).
 *
 * Sources:
 * - 2017–2020: the Changping guide's own table (昌平区《北京市工作居住证》办理指南, 2021-08), which
 *   also prints the 1.2×/1.5×/3×/6× columns the code reproduces (test/unit/rules-wage-table.test.ts).
 * - 2021–2024: 北京市人社局 series 《历年北京市全口径城镇单位就业人员平均工资》 as cited by two
 *   independent secondary sources; not read on the official page itself (corroborated, not confirmed).
 * - 2025: not published in any source seen; applications in 2026 use 2024 and are provisional.
 */
export interface WageFigure {
  year: number;
  monthly: number;
  source: string;
  confidence: 'guide' | 'corroborated' | 'secondary';
}

export type WageTable = readonly WageFigure[];

export const BEIJING_WAGE_TABLE: WageTable = [
  { year: 2017, monthly: 8467, source: '昌平区办理指南（2021年8月）表', confidence: 'guide' },
  { year: 2018, monthly: 7855, source: '昌平区办理指南（2021年8月）表', confidence: 'guide' },
  { year: 2019, monthly: 8847, source: '昌平区办理指南（2021年8月）表', confidence: 'guide' },
  { year: 2020, monthly: 9407, source: '昌平区办理指南（2021年8月）表', confidence: 'guide' },
  { year: 2021, monthly: 10628, source: '北京市人社局《历年北京市全口径城镇单位就业人员平均工资》（经二手来源转引）', confidence: 'corroborated' },
  { year: 2022, monthly: 11297, source: '北京市人社局《历年北京市全口径城镇单位就业人员平均工资》（经二手来源转引）', confidence: 'corroborated' },
  { year: 2023, monthly: 11761, source: '北京市人社局《历年北京市全口径城镇单位就业人员平均工资》（经二手来源转引）', confidence: 'corroborated' },
  { year: 2024, monthly: 11937, source: '北京市人社局《历年北京市全口径城镇单位就业人员平均工资》（经二手来源转引）', confidence: 'corroborated' },
];
