/**
 * What differs between districts and over time is configuration, never code.
 * CHANGPING_2021 (the guide this project enforces) is the default; the alternatives in the
 * comments come from other district guides (research notes §5) and are not enforced anywhere.
 */
export type IncomeBasis =
  /** 正常工资薪金 only. */
  | 'regular_wage'
  /** every 工资薪金 item: regular wage, 全年一次性奖金 and other wage items (default). */
  | 'wage_items'
  /** every declared item from the employer, 劳务报酬 included. */
  | 'all_items';

export interface DistrictConfig {
  id: string;
  /** 二（二）: multiplier for 高新技术企业 / 本区重点企业 / 事业单位. @default 1.2 */
  preferredMultiplier: number;
  /** 二（二）: multiplier for other employers. @default 1.5 */
  otherMultiplier: number;
  /** 二（二）4 and 5: annual multiples (Changping 3×/6×; 开发区 2022: 4×/8×). */
  innovationIncomeMultiplier: number;
  serviceIncomeMultiplier: number;
  /** 五（二）3: months of income records for a new application. @default 12 (some districts 6) */
  incomeWindowMonths: number;
  /** Which declared items count toward the monthly average (research §1.6). @default 'wage_items' */
  incomeBasis: IncomeBasis;
  /** 五（三）1: months of records for a renewal. @default 36 */
  renewalRecordMonths: number;
  /** 五（三）: renewal filed within this many days before expiry (Dongcheng: 30). @default 60 */
  renewalWindowDays: number;
  /** 五（三）（四）: working days the authority needs before expiry. @default 20 */
  approvalWorkingDays: number;
  /** 五（三）注意事项(2): monthly taxable wage floor (个税起征点) by month from which it applies. */
  renewalFloor: readonly { from: string; amount: number }[];
  /** 二（二）: continuous employment with the employer. @default 12 */
  minEmploymentMonths: number;
  /** 二（二）: work experience. @default 24 */
  minWorkExperienceMonths: number;
  /** 四（一）: months of validity a material must have left ("三个月以上"). @default 3 */
  minValidityMonths: number;
  /** 四（一）: materials dated within this many months of the application. @default 1 */
  maxMaterialAgeMonths: number;
  /** 五（二）4③: months of lease term left. @default 3 */
  minLeaseMonthsLeft: number;
}

export const CHANGPING_2021: DistrictConfig = {
  id: 'changping-2021',
  preferredMultiplier: 1.2,
  otherMultiplier: 1.5,
  innovationIncomeMultiplier: 3,
  serviceIncomeMultiplier: 6,
  incomeWindowMonths: 12,
  incomeBasis: 'wage_items',
  renewalRecordMonths: 36,
  renewalWindowDays: 60,
  approvalWorkingDays: 20,
  // 个税法 2018 amendment: 5000/month from 2018-10-01, 3500 before (research §7).
  renewalFloor: [
    { from: '2018-10', amount: 5000 },
    { from: '0000-01', amount: 3500 },
  ],
  minEmploymentMonths: 12,
  minWorkExperienceMonths: 24,
  minValidityMonths: 3,
  maxMaterialAgeMonths: 1,
  minLeaseMonthsLeft: 3,
};
