import type { PostHogErrorBody } from '@/shared';

/**
 * A failed API call. It carries PostHog's error body (`type`, `code`, `detail`, `attr`) so a form can put the
 * message next to the field named by `attr`, and the HTTP status so callers can tell "not found" from "down".
 * `status` is 0 when the server was never reached.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string;
  readonly detail: string;
  readonly attr: string | null;
  /** For a 429: seconds until PostHog accepts requests again (Retry-After, or the number in its message). */
  readonly retryAfterSeconds: number | null;
  /** When the answer arrived, so a countdown can be shown. */
  readonly receivedAt = Date.now();

  constructor(
    status: number,
    body: PostHogErrorBody,
    options?: { cause?: unknown; retryAfterSeconds?: number | null },
  ) {
    super(body.detail, options);
    this.name = 'ApiError';
    this.status = status;
    this.type = body.type;
    this.code = body.code;
    this.detail = body.detail;
    this.attr = body.attr;
    this.retryAfterSeconds =
      status === 429 ? (options?.retryAfterSeconds ?? secondsInThrottleMessage(body.detail)) : null;
  }

  get isRateLimited(): boolean {
    return this.status === 429;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** Worth trying again by itself: the server was unreachable or failed, not the request. */
  get isTransient(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isNotFoundError(error: unknown): boolean {
  return isApiError(error) && error.isNotFound;
}

/** A sentence to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.detail;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

/** "Request was throttled. Expected available in 62 seconds." → 62 (PostHog's throttle message). */
function secondsInThrottleMessage(detail: string): number | null {
  const match = /available in (\d+) seconds?/i.exec(detail);
  return match ? Number(match[1]) : null;
}
