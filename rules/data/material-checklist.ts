import type { DocumentKind } from '../contract/index.ts';

/**
 * What must be uploaded, per application type (guide 五（二）–（五）) and per qualifying
 * condition (五（二）5). A requirement is met by any one of `anyOf`. Materials the pipeline has no
 * kind for (单位资质证书, 获奖证书, 诚信声明 …) are classified `other`; a requirement on `other`
 * can only be checked for presence, so it says which material the reviewer should look for.
 */
export interface MaterialRequirement {
  /** Chinese name used in the MATERIAL_MISSING message. */
  name: string;
  anyOf: readonly DocumentKind[];
  clause: string;
  /** `review` when an `other` upload could be the material but cannot be told apart. */
  severity: 'reject' | 'review';
}

const INCOME_QUERY: MaterialRequirement = { name: '《申报收入查询》', anyOf: ['income_query'], clause: '五（二）3', severity: 'reject' };
const TAX_RECORD: MaterialRequirement = { name: '《个人所得税纳税记录》', anyOf: ['tax_record'], clause: '五（二）3', severity: 'reject' };
const LABOR_CONTRACT: MaterialRequirement = { name: '劳动合同', anyOf: ['labor_contract'], clause: '五（一）1（2）', severity: 'reject' };

export const MATERIALS_BY_APPLICATION_TYPE: Record<'new' | 'renewal' | 'employer_change' | 'info_change', readonly MaterialRequirement[]> = {
  new: [
    { name: '户口本首页及本人页', anyOf: ['hukou'], clause: '五（二）1', severity: 'reject' },
    TAX_RECORD,
    INCOME_QUERY,
    // 居住证, or one of the housing proofs of 4①–⑤; the lease (③) and the 借住声明 (②) have kinds of their own.
    { name: '《北京市居住证》或住所证明（如房屋租赁合同）', anyOf: ['residence_permit', 'lease_contract', 'borrowing_statement', 'other'], clause: '五（二）4', severity: 'reject' },
    LABOR_CONTRACT,
  ],
  renewal: [TAX_RECORD, INCOME_QUERY, { ...LABOR_CONTRACT, clause: '五（三）2' }],
  employer_change: [
    { name: '原单位离职证明', anyOf: ['resignation_certificate'], clause: '五（四）1', severity: 'reject' },
    { ...LABOR_CONTRACT, clause: '五（四）2' },
  ],
  // What an information change needs depends on what changes, which the case does not say.
  info_change: [],
};

export const MATERIALS_BY_CONDITION: Record<string, readonly MaterialRequirement[]> = {
  degree: [{ name: '学位证书', anyOf: ['degree_certificate'], clause: '五（二）5（1）', severity: 'reject' }],
  title: [{ name: '专业技术职称证书', anyOf: ['title_certificate'], clause: '五（二）5（2）', severity: 'reject' }],
  award: [{ name: '获奖证书或获奖证明材料', anyOf: ['other'], clause: '五（二）5（3）', severity: 'reject' }],
  innovation_income: [{ name: '单位资质证书', anyOf: ['other'], clause: '五（二）5（4）', severity: 'reject' }],
  service_income: [{ name: '单位资质证书', anyOf: ['other'], clause: '五（二）5（4）', severity: 'reject' }],
  ip: [{ name: '知识产权证书及落地转化证明材料', anyOf: ['other'], clause: '五（二）5（5）', severity: 'reject' }],
  founder: [{ name: '单位章程、验资报告或融资证明材料', anyOf: ['other'], clause: '五（二）5（6）', severity: 'reject' }],
  freelancer: [{ name: '业绩贡献材料及近三年纳税证明', anyOf: ['other', 'tax_record'], clause: '五（二）5（7）', severity: 'reject' }],
  talent_program: [{ name: '人才工程入选证书', anyOf: ['other'], clause: '五（二）5（8）', severity: 'reject' }],
};
