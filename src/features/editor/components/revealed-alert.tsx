import Alert, { type AlertProps } from '@mui/material/Alert';
import { useEffect, useRef } from 'react';

/**
 * An alert that appears after a save, above a long form: it scrolls itself into view and takes focus, so
 * the person sees it (and a screen reader reads it) wherever they clicked Save.
 */
export function RevealedAlert(props: AlertProps & { revealKey: string }) {
  const { revealKey, ...alertProps } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    ref.current?.focus({ preventScroll: true });
  }, [revealKey]);
  return <Alert ref={ref} tabIndex={-1} {...alertProps} />;
}
