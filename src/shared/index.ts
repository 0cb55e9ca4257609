// The PostHog experiments contract and its pure rules: one module for the browser and the server.
export * from './schemas/common';
export * from './schemas/event-source';
export * from './schemas/metric';
export * from './schemas/feature-flag';
export * from './schemas/holdout';
export * from './schemas/saved-metric';
export * from './schemas/companions';
export * from './schemas/experiment';
export * from './schemas/activity';
export * from './rules/status';
export * from './rules/split';
export * from './rules/flag-key';
export * from './rules/variants';
export * from './rules/metrics';
export * from './rules/lifecycle';
export * from './rules/validation-error';
export * from './schemas/console-config';
