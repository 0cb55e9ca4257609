import { lazy, Suspense, type ComponentProps } from 'react';

// Fetched when Delete is chosen, so neither the dashboard's nor the page's first download carries it.
const DeleteDialog = lazy(() =>
  import('./delete-dialog').then((module) => ({ default: module.DeleteDialog })),
);
const SelfContainedDeleteDialog = lazy(() =>
  import('./self-contained-delete-dialog').then((module) => ({
    default: module.SelfContainedDeleteDialog,
  })),
);

export function LazyDeleteDialog(props: ComponentProps<typeof DeleteDialog>) {
  return (
    <Suspense fallback={null}>
      <DeleteDialog {...props} />
    </Suspense>
  );
}

export function LazySelfContainedDeleteDialog(
  props: ComponentProps<typeof SelfContainedDeleteDialog>,
) {
  return (
    <Suspense fallback={null}>
      <SelfContainedDeleteDialog {...props} />
    </Suspense>
  );
}
