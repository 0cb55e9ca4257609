import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation, type Location } from '@/lib/navigation/router-hooks';
import { ErrorFallback } from './error-fallback';

interface ResettingProps {
  children: ReactNode;
  location: Location;
}

interface ResettingState {
  /** Boxed, so that even `throw undefined` counts as an error. */
  caught: { error: unknown } | null;
  location: Location;
}

class LocationErrorBoundary extends Component<ResettingProps, ResettingState> {
  state: ResettingState = { caught: null, location: this.props.location };

  static getDerivedStateFromError(error: unknown): Partial<ResettingState> {
    return { caught: { error } };
  }

  // A new location is a fresh start: navigating away from a crashed page must work.
  static getDerivedStateFromProps(props: ResettingProps, state: ResettingState) {
    return props.location === state.location ? null : { caught: null, location: props.location };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A page failed to render', error, info.componentStack);
  }

  render() {
    return this.state.caught ? (
      <ErrorFallback error={this.state.caught.error} />
    ) : (
      this.props.children
    );
  }
}

/** What a route's errorElement was: shows what broke in place of its children until the location changes. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  return <LocationErrorBoundary location={useLocation()}>{children}</LocationErrorBoundary>;
}
