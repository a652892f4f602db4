export { detectSeals, type SealDetection } from './detect-seals.ts';
export { readSeal, type SealReading, type SealEngines } from './read-seal.ts';
export { matchCompanyName } from './match-company-name.ts';
export { suppressRedInk, type GreyImage } from './suppress-red-ink.ts';
