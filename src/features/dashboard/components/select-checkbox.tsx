import { styled } from '@mui/material/styles';
import { useEffect, useRef, type ChangeEvent } from 'react';

/**
 * The browser's own checkbox, in the theme's colour. Fifty MUI Checkboxes (ripple, icon SVGs, one emotion
 * class each) cost the dashboard's first view ~2 kB of JS and their render and hydration work on every row;
 * the native box has the same role, keys and focus ring for nothing.
 */
const Input = styled('input')(({ theme }) => ({
  width: 18,
  height: 18,
  margin: 0,
  verticalAlign: 'middle',
  cursor: 'pointer',
  accentColor: theme.vars?.palette.primary.main ?? theme.palette.primary.main,
}));

/** A click just beside the small box still toggles it (and never opens the row: see opensRow). */
const HitArea = styled('label')({
  display: 'inline-flex',
  flexShrink: 0,
  padding: 6,
  margin: '-6px 2px -6px -6px',
  cursor: 'pointer',
});

interface SelectCheckboxProps {
  label: string;
  checked: boolean;
  /** Some of what it stands for are selected (the header's box). */
  indeterminate?: boolean;
  /** `range`: shift was held. */
  onChange: (checked: boolean, range: boolean) => void;
}

export function SelectCheckbox({
  label,
  checked,
  indeterminate = false,
  onChange,
}: SelectCheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  // `indeterminate` is a property only, never an attribute.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <HitArea>
      <Input
        ref={ref}
        type="checkbox"
        aria-label={label}
        checked={checked}
        onChange={(event: ChangeEvent<HTMLInputElement>) =>
          onChange(
            event.target.checked,
            (event.nativeEvent as Partial<MouseEvent>).shiftKey === true,
          )
        }
      />
    </HitArea>
  );
}
