export { detectSeals, type SealDetection } from './detect-seals.ts';
export { readSeal, readEachSeal, type SealReading, type OneSealReading, type SealEngines } from './read-seal.ts';
export { judgeSeals, type SealBlock } from './judge-seals.ts';
export { sealOwner, type SealOwner } from './seal-owner.ts';
export { matchCompanyName } from './match-company-name.ts';
export { suppressRedInk, type GreyImage } from './suppress-red-ink.ts';
