import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * The parts of the dashboard that are not on screen when it opens (the "Needs attention" list), in a chunk
 * fetched when first needed: the rows and their results chips come first in the 250 kB budget.
 */
const onDemand = () => import('./on-demand');
const AttentionPanel = lazy(() => onDemand().then((m) => ({ default: m.AttentionPanel })));

export function LazyAttentionPanel(props: ComponentProps<typeof AttentionPanel>) {
  return (
    <Suspense fallback={<LinearProgress aria-label="Loading the list" />}>
      <AttentionPanel {...props} />
    </Suspense>
  );
}

/** Phones only: a desktop never downloads the card layout. */
const cardParts = () => import('./card-parts');
const ExperimentCards = lazy(() => cardParts().then((m) => ({ default: m.ExperimentCards })));
const CardSort = lazy(() => cardParts().then((m) => ({ default: m.CardSort })));

export function LazyExperimentCards(props: ComponentProps<typeof ExperimentCards>) {
  return (
    <Suspense fallback={<LinearProgress aria-label="Loading the list" />}>
      <ExperimentCards {...props} />
    </Suspense>
  );
}

export function LazyCardSort(props: ComponentProps<typeof CardSort>) {
  return (
    <Suspense fallback={null}>
      <CardSort {...props} />
    </Suspense>
  );
}

/** Only while searching: the flag-key lookup's section. */
const FlagKeyMatches = lazy(() =>
  import('./flag-key-matches').then((m) => ({ default: m.FlagKeyMatches })),
);

export function LazyFlagKeyMatches(props: ComponentProps<typeof FlagKeyMatches>) {
  return (
    <Suspense fallback={null}>
      <FlagKeyMatches {...props} />
    </Suspense>
  );
}
