// Loaded by lazy-parts.tsx on phone widths only; one chunk for the cards and their sort control.
export { CardSort } from './card-sort';
export { ExperimentCards } from './experiment-cards';
