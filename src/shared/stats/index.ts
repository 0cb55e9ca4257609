// PostHog's experiment statistics (results.md §2): pure, shared by the server and the browser. Only
// interpret/format are meant for the browser; the rest pulls in @stdlib and runs on the server.
export * from './statistics';
export * from './distributions';
export * from './effect';
export * from './stats-config';
export * from './gates';
export * from './metric-statistic';
export * from './bayesian';
export * from './frequentist';
export * from './sequential';
export * from './experiment-statistics';
export * from './srm';
