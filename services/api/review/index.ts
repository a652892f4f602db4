export { maskIdNumber, maskIdNumbers } from './mask-id-numbers.ts';
export { reviewerReport } from './reviewer-report.ts';
export { revealableId, RevealRequest } from './revealable-id.ts';
