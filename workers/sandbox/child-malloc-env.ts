/**
 * glibc malloc settings for a sandbox child, each one unless the environment sets it already.
 *
 * A page's PP-OCR reading (onnxruntime, arena off) allocates and frees a few hundred MB of
 * tensors, libvips and pdf.js tens of MB per image, from several threads. With glibc's defaults
 * that memory stays with the process after it is freed: blocks past the mmap threshold raise the
 * threshold (up to 32 MB) as they are freed, so the next ones come from the heap, which is split
 * in up to 8 arenas per core and trimmed only from its top. Measured on the first pages of the
 * throughput bench (one page at a time, both OCR engines): a whole-page PP-OCR reading peaked
 * 360 MB above where it started and kept 165 MB of it, and the process settled near 960 MB after
 * a few pages. With a fixed 128 KB mmap threshold (every large block goes back to the system when
 * freed), a trim threshold as small and two arenas, the same reading peaked 300 MB above its start
 * and kept about 20 MB (470 MB after two pages); over a 60-page worker run the child was at 0.48–0.57 GB.
 * What any call computes does not change (page analyses JSON-equal); the price is CPU: an ONNX
 * run on an input size it has not seen yet allocates its tensors one by one, each then a fresh
 * mmap the kernel must fault in and zero (a whole-page PP-OCR reading: 5–7 s of system time
 * instead of 1.6 s; with a 1 MB threshold 5 s, 4 MB 3 s but 60–140 MB kept, 32 MB as glibc's
 * default), and the page-identity bench took 16.6 CPU s a page instead of 10.3.
 *
 * A page's CPU is what an employer waits for, so by default only the arenas are capped (two per
 * process instead of eight per core: fewer half-empty heaps, no extra system calls). An operator
 * short of memory rather than CPU sets MALLOC_MMAP_THRESHOLD_=131072 and
 * MALLOC_TRIM_THRESHOLD_=131072 in the worker's environment; the children inherit them.
 */
export const CHILD_MALLOC_ENV: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: '2',
};
