export { detectAttestation } from './detect-annotation.ts';
export type { AttestationContext } from './detect-annotation.ts';
export { matchAttestation, ATTESTATION } from './match-attestation.ts';
export type { AttestationMatch } from './match-attestation.ts';
export { estimateHandwritingPresence } from './estimate-handwriting-presence.ts';
export type { HandwritingEstimate } from './estimate-handwriting-presence.ts';
