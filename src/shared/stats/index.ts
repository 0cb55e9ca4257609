// PostHog's experiment statistics (results.md §2), for the server: `@/shared/stats`. The browser gets only
// the @stdlib-free part, through '@/shared' (see browser-safe.ts).
export * from './browser-safe';
export * from './statistics';
export * from './distributions';
export * from './effect';
export * from './metric-statistic';
export * from './bayesian';
export * from './frequentist';
export * from './sequential';
export * from './experiment-statistics';
export * from './srm';
