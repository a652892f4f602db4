import type { z } from 'zod';
import type { IncomeRow as IncomeRowSchema, TaxRow as TaxRowSchema, Term as TermSchema, Parties as PartiesSchema, Totals as TotalsSchema, DocumentKind as DocumentKindSchema } from '../../rules/contract/index.ts';

/** Plain types of the contract schemas this room fills. */
export type IncomeRow = z.infer<typeof IncomeRowSchema>;
export type TaxRow = z.infer<typeof TaxRowSchema>;
export type Term = z.infer<typeof TermSchema>;
export type Parties = z.infer<typeof PartiesSchema>;
export type Totals = z.infer<typeof TotalsSchema>;
export type DocumentKind = z.infer<typeof DocumentKindSchema>;
