import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import type { SxProps, Theme } from '@mui/material/styles';
import {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  type FocusEventHandler,
  type KeyboardEvent,
  type PointerEventHandler,
  type ReactNode,
} from 'react';

/**
 * Tabs with the look and keyboard of MUI's Tabs (arrow keys, Home and End move focus along the list; Enter,
 * Space or a click choose) and its ARIA roles, in a fraction of its code: MUI's Tabs measures and animates
 * its indicator and brings scroll buttons, about 5 kB gzipped on the dashboard's and the editor's first
 * load (issue 12). A list wider than its box scrolls sideways, keeping the chosen tab in view.
 */

interface TabListContextValue {
  value: string;
  onChange: (value: string) => void;
}

const TabListContext = createContext<TabListContextValue | null>(null);

interface TabListProps<T extends string> {
  value: T;
  onChange: (value: T) => void;
  'aria-label': string;
  sx?: SxProps<Theme>;
  children: ReactNode;
}

const KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export function TabList<T extends string>({
  value,
  onChange,
  sx,
  children,
  ...aria
}: TabListProps<T>) {
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = KEYS[event.key];
    if (!move) return;
    const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = tabs.indexOf(document.activeElement as HTMLElement);
    if (index === -1) return;
    event.preventDefault();
    tabs[move(index, tabs.length)]?.focus();
  };
  return (
    <TabListContext value={{ value, onChange: onChange as (value: string) => void }}>
      <Box
        role="tablist"
        aria-label={aria['aria-label']}
        onKeyDown={onKeyDown}
        sx={[
          { display: 'flex', overflowX: 'auto', scrollbarWidth: 'thin' },
          ...(Array.isArray(sx) ? sx : [sx]),
        ]}
      >
        {children}
      </Box>
    </TabListContext>
  );
}

interface TabItemProps {
  value: string;
  label: ReactNode;
  id: string;
  'aria-controls': string;
  sx?: SxProps<Theme>;
  onPointerEnter?: PointerEventHandler<HTMLButtonElement>;
  onFocus?: FocusEventHandler<HTMLButtonElement>;
}

export function TabItem({ value, label, sx, ...rest }: TabItemProps) {
  const list = useContext(TabListContext);
  if (!list) throw new Error('<TabItem> belongs inside <TabList>.');
  const selected = list.value === value;
  const ref = useRef<HTMLButtonElement>(null);

  // Keep the chosen tab in view when the list scrolls sideways (on a phone), without scrolling the page.
  useLayoutEffect(() => {
    const tab = ref.current;
    const box = tab?.parentElement;
    if (!selected || !tab || !box || box.scrollWidth <= box.clientWidth) return;
    const left = tab.offsetLeft - box.offsetLeft;
    if (left < box.scrollLeft) box.scrollLeft = left;
    else if (left + tab.offsetWidth > box.scrollLeft + box.clientWidth)
      box.scrollLeft = left + tab.offsetWidth - box.clientWidth;
  }, [selected]);

  return (
    <ButtonBase
      {...rest}
      ref={ref}
      role="tab"
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      onClick={() => list.onChange(value)}
      sx={[
        (theme) => ({
          ...theme.typography.button,
          textTransform: 'none',
          lineHeight: 1.25,
          position: 'relative',
          flexShrink: 0,
          minHeight: 48,
          minWidth: 90,
          maxWidth: 360,
          px: 2,
          py: 1.5,
          color: selected ? 'primary.main' : 'text.secondary',
          // MUI's indicator, drawn under the chosen tab.
          '&::after': selected
            ? {
                content: '""',
                position: 'absolute',
                left: 0,
                right: 0,
                bottom: 0,
                height: 2,
                bgcolor: 'primary.main',
              }
            : undefined,
        }),
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {label}
    </ButtonBase>
  );
}
