/**
 * Source B's marks model: seals, the handler's note, signature, other handwriting and red
 * lookalikes, as one SVG overlay (mm units) laid over the rendered A4 sheet. Each mark is a group
 * with `data-truth` whose box is the box of its ink, so the renderer reads the truth back.
 */
import type { MarksPlan } from './plan.ts';
import type { MmBox } from './geometry.ts';
import type { RandomStream } from '../rng.ts';
import { pageFrame } from './layout.ts';
import { placeLookalikes, placeOtherWriting } from './place-extras.ts';
import { placeNote } from './place-note.ts';
import { placeSeal } from './place-seal.ts';
import { placeSignature } from './place-signature.ts';
import type { Scene } from './scene.ts';
import { Defs } from './svg.ts';

export type { MarksPlan } from './plan.ts';
export { NOTE_HANDS } from './hands.ts';

export function drawMarks(plan: MarksPlan, anchors: Record<string, MmBox[]>, rng: RandomStream): string {
  const scene: Scene = { frame: pageFrame(anchors), defs: new Defs(), note: null, seal: null, signature: null, placed: [], layers: [] };
  const note = plan.note;
  const seal = plan.seal;
  // The note across the seal needs the seal first; the seal pressed over the note needs the note.
  const sealFirst = note?.placement === 'over-seal';
  if (seal && sealFirst) placeSeal(scene, seal, rng.child('seal'), false);
  if (note) placeNote(scene, note, rng.child('note'));
  if (seal && !sealFirst) placeSeal(scene, seal, rng.child('seal'), note?.placement === 'under-seal');
  if (plan.signature) placeSignature(scene, plan.signature, rng.child('signature'));
  placeOtherWriting(scene, plan.otherWriting, rng.child('other'));
  placeLookalikes(scene, plan.lookalikes, rng.child('lookalikes'));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 210 297" width="210mm" height="297mm" ` +
    `style="position:absolute;left:0;top:0;pointer-events:none">${scene.defs.toString()}${scene.layers.join('')}</svg>`
  );
}
