// The parts of the statistics module that do not reach @stdlib, which is about 50 kB gzip (t-quantile
// alone is 48 kB) and belongs on the server. Only these are exported from '@/shared' and so reach the
// browser bundle; the server imports the computations from '@/shared/stats'. Guarded by
// browser-safe.test.ts.
export * from './stats-config';
export * from './gates';
export * from './interpret';
export * from './format';
export * from './result-prose';
export * from './metric-reading';
export { DIFFERENCE_TYPES, type DifferenceType } from './effect';
