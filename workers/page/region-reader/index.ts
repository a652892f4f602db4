export { createRegionReader } from './create-region-reader.ts';
export type { ClosableRegionReader, RegionReaderOptions } from './create-region-reader.ts';
export { dropRuntimeTraceFile } from './drop-runtime-trace-file.ts';
