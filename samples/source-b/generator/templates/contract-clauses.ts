/**
 * The clauses of a labour contract, grouped in the chapters of the usual Beijing model
 * (《劳动合同法》 Art. 17 lists what a contract must contain). `required` clauses carry the
 * document's facts; the others are boilerplate a layout may drop to reach its page count.
 */
import type { LaborContractDoc } from '../content.ts';
import { moneyCapital } from '../../../generator/dates.ts';
import { esc, yuan } from './contract-page.ts';

export interface ClauseCtx {
  doc: LaborContractDoc;
  /** A variable field: typed (maybe underlined) or written by hand into a blank. */
  v(value: string, widthMm: number, anchor?: string): string;
  /** Typed or a hand-ticked box, for the form. */
  probationMonths: number;
  payday: number;
  workplace: string;
}

export interface ClauseDef {
  key: string;
  chapter: number;
  required?: boolean;
  /** Opening clauses used only when page 1 must end inside the term clause (they fill page 1). */
  pre?: boolean;
  html(c: ClauseCtx): string;
}

export const CHAPTERS = [
  '总\u3000则',
  '劳动合同期限',
  '工作内容和工作地点',
  '工作时间和休息休假',
  '劳动报酬',
  '社会保险和福利待遇',
  '劳动保护、劳动条件和职业危害防护',
  '劳动合同的变更、解除和终止',
  '双方约定的其他事项',
  '劳动争议处理及其他',
] as const;

const t = (s: string) => () => esc(s);

export const CLAUSES: ClauseDef[] = [
  { key: 'inform', chapter: 0, pre: true, html: t('甲方招用乙方时，应当如实告知乙方工作内容、工作条件、工作地点、职业危害、安全生产状况、劳动报酬以及乙方要求了解的其他情况。') },
  { key: 'truth', chapter: 0, pre: true, html: t('乙方应当如实说明与劳动合同直接相关的基本情况，乙方保证向甲方提供的学历证明、身份证明、工作经历等个人资料真实有效。') },
  { key: 'free', chapter: 0, pre: true, html: t('乙方保证在签订本合同时与其他用人单位不存在劳动关系，不负有竞业限制义务。') },
  { key: 'rules0', chapter: 0, pre: true, html: t('甲方依法建立和完善劳动规章制度，保障乙方享有劳动权利、履行劳动义务；乙方应当遵守甲方依法制定的各项规章制度和劳动纪律。') },
  { key: 'union', chapter: 0, pre: true, html: t('乙方有权依法参加和组织工会，甲方应支持工会依法开展工作。') },
  { key: 'type', chapter: 1, html: (c) => `本合同期限类型为${c.v(c.doc.end ? '固定' : '无固定', 18)}期限合同。` },
  { key: 'term', chapter: 1, required: true, html: () => '' },
  {
    key: 'probation',
    chapter: 1,
    html: (c) => `其中试用期${c.v(String(c.probationMonths), 10)}个月。试用期包含在劳动合同期限内，乙方在试用期内被证明不符合录用条件的，甲方可以解除本合同。`,
  },
  {
    key: 'job',
    chapter: 2,
    required: true,
    html: (c) =>
      c.doc.placedAt
        ? `甲方根据与用工单位签订的劳务派遣协议，派遣乙方到${c.v(c.doc.placedAt, 55)}工作，担任${c.v(c.doc.job, 30)}岗位（工种）。`
        : `乙方同意根据甲方工作需要，担任${c.v(c.doc.job, 30)}岗位（工种）工作。`,
  },
  { key: 'place', chapter: 2, html: (c) => `根据甲方的岗位（工种）作业特点，乙方的工作区域或工作地点为${c.v(c.workplace, 40)}。` },
  { key: 'duty', chapter: 2, html: t('乙方工作应达到甲方依法制定的规章制度所规定的岗位职责和工作标准，按时完成甲方安排的工作任务。') },
  { key: 'hours', chapter: 3, html: t('甲方安排乙方执行标准工时制度，乙方每日工作时间不超过8小时，每周工作时间不超过40小时，甲方保证乙方每周至少休息一日。') },
  { key: 'overtime', chapter: 3, html: t('甲方由于工作需要经与乙方协商后可以延长工作时间，并依法安排乙方补休或支付加班工资。甲方不得强迫或者变相强迫乙方加班。') },
  { key: 'leave', chapter: 3, html: t('乙方依法享有法定节假日、年休假、婚假、丧假、产假等假期，假期期间的工资按国家和本市有关规定执行。') },
  {
    key: 'salary',
    chapter: 4,
    required: true,
    html: (c) =>
      `甲方每月${c.v(String(c.payday), 10)}日前以货币形式支付乙方工资，月工资为${c.v(yuan(c.doc.monthlySalary, false), 22, 'blank-salary')}元（大写：${esc(moneyCapital(c.doc.monthlySalary))}）。`,
  },
  { key: 'probation-pay', chapter: 4, html: t('乙方在试用期期间的工资不得低于本单位相同岗位最低档工资或者本合同约定工资的百分之八十，并不得低于本市最低工资标准。') },
  { key: 'pay-adjust', chapter: 4, html: t('甲方根据本单位的生产经营状况和依法制定的工资分配办法，调整乙方的工资，乙方在六十日内未提出异议的视为同意。') },
  { key: 'insurance', chapter: 5, html: t('甲乙双方依法参加社会保险，按时缴纳基本养老、基本医疗、失业、工伤、生育保险费，乙方个人缴纳部分由甲方在乙方工资中代为扣缴。') },
  { key: 'housing-fund', chapter: 5, html: t('甲方按照本市有关规定为乙方缴存住房公积金，乙方患病或非因工负伤的医疗待遇按国家和本市有关规定执行。') },
  { key: 'welfare', chapter: 5, html: t('甲方为乙方提供以下福利待遇：带薪年休假、节日慰问、年度健康体检及甲方规章制度规定的其他福利。') },
  { key: 'safety', chapter: 6, html: t('甲方根据生产岗位的需要，按照国家有关劳动安全、卫生的规定为乙方配备必要的安全防护措施，发放必要的劳动保护用品。') },
  { key: 'training', chapter: 6, html: t('甲方应当对乙方进行劳动安全卫生教育和职业技能培训，乙方应当严格遵守安全操作规程。') },
  { key: 'change', chapter: 7, html: t('订立本合同所依据的客观情况发生重大变化，致使本合同无法履行的，经甲乙双方协商同意，可以变更本合同相关内容。') },
  { key: 'rescind', chapter: 7, html: t('经甲乙双方协商一致，本合同可以解除。乙方提前三十日以书面形式通知甲方，可以解除本合同；乙方在试用期内提前三日通知甲方，可以解除本合同。') },
  { key: 'terminate', chapter: 7, html: t('本合同期满或者有《中华人民共和国劳动合同法》第四十四条规定情形之一的，本合同终止。甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明。') },
  { key: 'handover', chapter: 7, html: t('甲乙双方解除或终止本合同的，乙方应当按照双方约定办理工作交接，甲方应在十五日内为乙方办理档案和社会保险关系转移手续。') },
  { key: 'secrecy', chapter: 8, html: t('乙方应当保守甲方的商业秘密和与知识产权相关的保密事项，具体内容以双方另行签订的保密协议为准。') },
  { key: 'rules', chapter: 8, html: t('甲方依法制定的规章制度已向乙方公示，乙方已阅读并同意遵守。') },
  { key: 'dispute', chapter: 9, html: t('因履行本合同发生的劳动争议，当事人可以向本单位劳动争议调解委员会申请调解；调解不成的，可以向劳动争议仲裁委员会申请仲裁。') },
  { key: 'law', chapter: 9, html: t('本合同未尽事宜或与今后国家、北京市有关规定相悖的，按有关规定执行。') },
  { key: 'copies', chapter: 9, html: t('本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。') },
];

/** The 劳务派遣 clause that stands on the signature page (who the employee actually works for). */
export function dispatchClause(c: ClauseCtx): string {
  return `本合同为劳务派遣劳动合同。用工单位：${c.v(c.doc.placedAt ?? '', 60)}。乙方在用工单位工作期间，应遵守用工单位依法制定的规章制度，甲方负责支付乙方劳动报酬并缴纳社会保险。`;
}

export const PREAMBLE = '甲乙双方根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》和国家及本市的有关规定，遵循合法、公平、平等自愿、协商一致、诚实信用的原则，签订本合同，共同遵守本合同所列条款。';
