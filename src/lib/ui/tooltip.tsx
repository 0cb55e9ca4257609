import Box from '@mui/material/Box';
import { keyframes } from '@mui/material/styles';
import {
  cloneElement,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { createPortal } from 'react-dom';
import { placeTooltip, type TooltipPlacement } from './tooltip-position';

/**
 * A tooltip with MUI's look and behaviour for what this app uses (a title, `describeChild`, placement
 * below), without MUI's Tooltip: that brings Popper.js and its own Popper, about 11 kB gzipped on every
 * page's first load (issue 12), to place one line of text under an element.
 *
 * As MUI's: it opens 100 ms after the pointer enters, at once on keyboard focus, after a 700 ms touch; the
 * pointer can move onto it; Escape, blur or leaving closes it. Closed, the child carries the title as its
 * accessible name (or, with `describeChild`, the native `title`), exactly as MUI renders a closed tooltip;
 * open, it points at the tooltip with aria-labelledby / aria-describedby.
 */

const ENTER_DELAY_MS = 100;
const TOUCH_ENTER_DELAY_MS = 700;
const TOUCH_LEAVE_DELAY_MS = 1500;
/** Time to cross the gap from the element onto the tooltip before it closes. */
const LEAVE_GRACE_MS = 100;
/** MUI's Grow, as its tooltips enter. */
const growIn = keyframes({ from: { opacity: 0, transform: 'scale(0.75)' } });
/** MUI's gap between an element and its tooltip. */
const GAP_PX = 14;

interface ChildProps {
  ref?: Ref<HTMLElement>;
  [prop: string]: unknown;
}

interface TooltipProps {
  /** What it says; an empty title shows nothing. */
  title: ReactNode;
  /** The title describes the child instead of naming it (for children that have a name of their own). */
  describeChild?: boolean;
  /** One element that takes a ref and passes on event handlers. */
  children: ReactElement<ChildProps>;
}

/** `:focus-visible`, so a mouse click does not open the tooltip but Tab does (MUI's isFocusVisible). */
function isFocusVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false;
  }
}

/**
 * When the tooltip is open, from the pointer, keyboard focus and touch on its element; the handlers go on
 * the element, `keepOpen`/`close` on the tooltip so the pointer can move onto it.
 */
function useTooltipOpen() {
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const touching = useRef(false);

  const schedule = useCallback((ms: number, next: boolean) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOpen(next), ms);
  }, []);
  const close = useCallback(() => {
    clearTimeout(timer.current);
    setOpen(false);
  }, []);
  const keepOpen = useCallback(() => clearTimeout(timer.current), []);
  useEffect(() => () => clearTimeout(timer.current), []);

  const handlers = useMemo(
    () => ({
      onMouseOver: () => {
        // A touch also fires mouse events; the touch's own delays apply instead.
        if (!touching.current) schedule(ENTER_DELAY_MS, true);
      },
      onMouseLeave: () => {
        if (!touching.current) schedule(LEAVE_GRACE_MS, false);
      },
      onFocus: (event: FocusEvent<HTMLElement>) => {
        if (isFocusVisible(event.target)) schedule(0, true);
      },
      onBlur: close,
      onTouchStart: () => {
        touching.current = true;
        schedule(TOUCH_ENTER_DELAY_MS, true);
      },
      onTouchEnd: () => {
        schedule(TOUCH_LEAVE_DELAY_MS, false);
        setTimeout(() => (touching.current = false), TOUCH_LEAVE_DELAY_MS);
      },
    }),
    [schedule, close],
  );
  return { open, close, keepOpen, handlers };
}

type Handlers = ReturnType<typeof useTooltipOpen>['handlers'];

/** The tooltip's handler for each event, after the child's own; `onTarget` learns the element. */
function withChildHandlers(
  childProps: ChildProps,
  handlers: Handlers,
  onTarget: (element: HTMLElement) => void,
): Partial<ChildProps> {
  const composed: Record<string, (event: never) => void> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    const own = childProps[name] as ((event: unknown) => void) | undefined;
    composed[name] = (event: never) => {
      own?.(event);
      onTarget((event as { currentTarget: HTMLElement }).currentTarget);
      (handler as (event: unknown) => void)(event);
    };
  }
  return composed;
}

export function Tooltip({ title, describeChild = false, children }: TooltipProps) {
  const id = useId();
  // The element is learnt from its events, not from a ref: setting state from every tooltip's ref as a page
  // mounted re-rendered them all at once, synchronously (fifty rows' worth on the dashboard).
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { open, close, keepOpen, handlers } = useTooltipOpen();
  const shown = open && (typeof title === 'number' || Boolean(title));

  useEffect(() => {
    if (!shown) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shown, close]);

  const childProps = children.props;

  const titleIsString = typeof title === 'string';
  const names: Record<string, string | undefined> = describeChild
    ? {
        title: !shown && titleIsString ? title : undefined,
        'aria-describedby': shown ? id : undefined,
      }
    : {
        'aria-label': titleIsString ? title : undefined,
        'aria-labelledby': shown && !titleIsString ? id : undefined,
      };
  // The child's own name or description wins, as with MUI's Tooltip.
  for (const key of Object.keys(names)) if (key in childProps) delete names[key];

  return (
    <>
      {cloneElement(children, { ...names, ...withChildHandlers(childProps, handlers, setAnchor) })}
      {shown &&
        anchor &&
        createPortal(
          <TooltipPopup id={id} anchor={anchor} onMouseEnter={keepOpen} onMouseLeave={close}>
            {title}
          </TooltipPopup>,
          document.body,
        )}
    </>
  );
}

interface TooltipPopupProps {
  id: string;
  anchor: HTMLElement;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
  children: ReactNode;
}

/** The tooltip itself, fixed to the viewport under (or over) its element, following it on scroll. */
function TooltipPopup({ id, anchor, onMouseEnter, onMouseLeave, children }: TooltipPopupProps) {
  const popup = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<TooltipPlacement | null>(null);

  useLayoutEffect(() => {
    const place = () => {
      const element = popup.current;
      if (!element) return;
      const box = anchor.getBoundingClientRect();
      const size = element.getBoundingClientRect();
      setPlacement(
        placeTooltip(
          { top: box.top, left: box.left, width: box.width, height: box.height },
          { width: size.width, height: size.height },
          { width: document.documentElement.clientWidth, height: window.innerHeight },
        ),
      );
    };
    place();
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
    };
  }, [anchor]);

  return (
    <Box
      ref={popup}
      onMouseEnter={onMouseEnter}
      onMouseLeave={onMouseLeave}
      sx={{
        position: 'fixed',
        zIndex: 'tooltip',
        top: placement?.top ?? 0,
        left: placement?.left ?? 0,
        // Measured first, shown once placed.
        visibility: placement ? 'visible' : 'hidden',
        // The gap belongs to the box, so the pointer can cross it onto the text.
        pt: placement?.side === 'top' ? 0 : `${GAP_PX}px`,
        pb: placement?.side === 'top' ? `${GAP_PX}px` : 0,
      }}
    >
      <Box
        id={id}
        role="tooltip"
        sx={(theme) => ({
          backgroundColor: theme.vars
            ? theme.vars.palette.Tooltip.bg
            : theme.alpha(theme.palette.grey[700], 0.92),
          borderRadius: (theme.vars ?? theme).shape.borderRadius,
          color: (theme.vars ?? theme).palette.common.white,
          fontFamily: theme.typography.fontFamily,
          padding: '4px 8px',
          fontSize: theme.typography.pxToRem(11),
          lineHeight: '1.4em',
          fontWeight: theme.typography.fontWeightMedium,
          maxWidth: 300,
          overflowWrap: 'break-word',
          '@media (prefers-reduced-motion: no-preference)': {
            animation: `${growIn} 150ms ease-out`,
          },
        })}
      >
        {children}
      </Box>
    </Box>
  );
}
