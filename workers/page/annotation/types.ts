import type { PageReport } from '../../../rules/contract/index.ts';

export type Annotation = PageReport['annotation'];
export type Signature = PageReport['signature'];
