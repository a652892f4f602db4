/**
 * JavaScript's own JSON.stringify, JSON.parse and Array.prototype.push, kept before pdf.js loads
 * (pdfjs.ts imports this module first, so it is evaluated before pdf.js is). They are the engine's
 * own only if core-js (which pdf.js bundles) has not run yet: core-js leaves its mark on the
 * global object, and makes its replacements print as native code, so identity is the only test.
 */
const pristine = !('__core-js_shared__' in globalThis);
const kept = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };

/** Whether these three are the engine's own now. */
export function builtinsAreNative(): boolean {
  return pristine && JSON.stringify === kept.stringify && JSON.parse === kept.parse && Array.prototype.push === kept.push;
}

/** Puts the kept builtins back, when they were kept before core-js ran. */
export function restoreNativeBuiltins(): void {
  if (!pristine) return;
  JSON.stringify = kept.stringify;
  JSON.parse = kept.parse;
  Array.prototype.push = kept.push;
}
