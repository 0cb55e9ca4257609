import Alert from '@mui/material/Alert';
import { notifyManager, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError, type ApiError } from '@/lib/api-error';

/** The 429 a read is currently waiting out, if any (React Query keeps it as the fetch failure reason). */
function pendingRateLimit(
  queries: { state: { fetchStatus: string; fetchFailureReason: unknown } }[],
) {
  const waiting = queries
    .filter((q) => q.state.fetchStatus === 'fetching')
    .map((q) => q.state.fetchFailureReason)
    .filter((reason): reason is ApiError => isApiError(reason) && reason.isRateLimited);
  return waiting[0] ?? null;
}

/**
 * "PostHog is rate limiting: retrying in 12 s". Shown while any read waits out a 429, so a slow page
 * explains itself instead of spinning.
 */
export function RateLimitBanner() {
  const queryCache = useQueryClient().getQueryCache();
  const [limit, setLimit] = useState<ApiError | null>(null);
  const [now, setNow] = useState(() => Date.now());

  // The cache tells its listeners at once, even while another component renders a new query; batchCalls
  // defers the update as React Query's own hooks do, so it never lands in someone else's render.
  useEffect(
    () =>
      queryCache.subscribe(
        notifyManager.batchCalls(() => setLimit(pendingRateLimit(queryCache.getAll()))),
      ),
    [queryCache],
  );
  useEffect(() => {
    if (!limit) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [limit]);

  if (!limit) return null;
  const waitSeconds = limit.retryAfterSeconds ?? 0;
  const left = Math.max(0, Math.ceil(waitSeconds - (now - limit.receivedAt) / 1000));
  return (
    <Alert severity="warning" role="status" sx={{ borderRadius: 0 }}>
      PostHog is rate limiting requests{left > 0 ? `: retrying in ${left} s` : ': retrying'}.
      Nothing is lost; the page updates when it answers.
    </Alert>
  );
}
