import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { NoticeProvider } from '@/lib/notice/notice-provider';
import { createQueryClient } from '@/lib/query-client';
import { AppErrorBoundary } from './errors/app-error-boundary';
import { SignInGate } from './sign-in/sign-in-gate';
import { MODE_STORAGE_KEY, theme } from './theme/theme';

interface AppProviderProps {
  children: ReactNode;
  /** main.tsx passes the client it prefetched into; tests pass their own (no retries, fresh cache). */
  queryClient?: QueryClient;
}

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ThemeProvider theme={theme} modeStorageKey={MODE_STORAGE_KEY} disableTransitionOnChange>
      {/* enableColorScheme sets `color-scheme`, so scrollbars and form controls follow the theme too. */}
      <CssBaseline enableColorScheme />
      <AppErrorBoundary>
        <QueryClientProvider client={client}>
          {/* Above the router: a notice (and its Undo) outlives the page that raised it. */}
          <NoticeProvider>
            {children}
            <SignInGate />
          </NoticeProvider>
        </QueryClientProvider>
      </AppErrorBoundary>
    </ThemeProvider>
  );
}
