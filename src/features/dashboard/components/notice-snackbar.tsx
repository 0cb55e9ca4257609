interface NoticeSnackbarProps {
  /** Always null: `useNotice` hands every notice to the app-wide snackbar (src/lib/notice). */
  notice: null;
  onClose: () => void;
}

/**
 * Nothing to draw: the dashboard's notices show in the app's one snackbar, so an Undo survives opening an
 * experiment. This file goes once experiments-dashboard.tsx and lazy-parts.tsx stop mounting it.
 */
export function NoticeSnackbar(_props: NoticeSnackbarProps) {
  return null;
}
