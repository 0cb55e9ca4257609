import { ProgressBar } from '@/lib/ui/progress-bar';
import { lazy, Suspense, type ComponentProps } from 'react';

/**
 * The parts of the dashboard that are not on screen when it opens (the "Needs attention" list, the phone
 * cards, the flag-key matches of a search), in ONE chunk fetched when first needed: the rows and their
 * results chips come first in the 250 kB budget. One chunk rather than three because every lazy chunk that
 * shares MUI parts with the first view splits those parts into more, smaller files (measured: 2 kB gzip
 * more on the first view with three).
 */
const onDemand = () => import('./on-demand');
const AttentionPanel = lazy(() => onDemand().then((m) => ({ default: m.AttentionPanel })));

export function LazyAttentionPanel(props: ComponentProps<typeof AttentionPanel>) {
  return (
    <Suspense fallback={<ProgressBar aria-label="Loading the list" />}>
      <AttentionPanel {...props} />
    </Suspense>
  );
}

/** Phones only: a desktop opening no other on-demand part never downloads the card layout. */
const ExperimentCards = lazy(() => onDemand().then((m) => ({ default: m.ExperimentCards })));
const CardSort = lazy(() => onDemand().then((m) => ({ default: m.CardSort })));

export function LazyExperimentCards(props: ComponentProps<typeof ExperimentCards>) {
  return (
    <Suspense fallback={<ProgressBar aria-label="Loading the list" />}>
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
const FlagKeyMatches = lazy(() => onDemand().then((m) => ({ default: m.FlagKeyMatches })));

export function LazyFlagKeyMatches(props: ComponentProps<typeof FlagKeyMatches>) {
  return (
    <Suspense fallback={null}>
      <FlagKeyMatches {...props} />
    </Suspense>
  );
}

/** Only when a view is being saved. */
const SaveViewDialog = lazy(() => onDemand().then((m) => ({ default: m.SaveViewDialog })));

export function LazySaveViewDialog(props: ComponentProps<typeof SaveViewDialog>) {
  return (
    <Suspense fallback={null}>
      <SaveViewDialog {...props} />
    </Suspense>
  );
}

/** Only once a row is selected: the bulk bar, its dialog and the batch runner. */
const BulkBar = lazy(() => onDemand().then((m) => ({ default: m.BulkBar })));

export function LazyBulkBar(props: ComponentProps<typeof BulkBar>) {
  return (
    <Suspense fallback={null}>
      <BulkBar {...props} />
    </Suspense>
  );
}
