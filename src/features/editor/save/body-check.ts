import {
  ExperimentCreateInput,
  flagKeyProblem,
  metricListProblem,
  PatchedExperimentInput,
  variantListProblem,
  zodIssueToPostHogError,
  type PostHogErrorBody,
} from '@/shared';

const invalid = (detail: string, attr: string | null): PostHogErrorBody => ({
  type: 'validation_error',
  code: 'invalid_input',
  detail,
  attr,
});

/**
 * The server's own request rules, run on the exact body about to be sent: the same shared schemas and
 * PostHog checks, answering in PostHog's error shape so a problem lands where a server error would.
 */
export function requestBodyProblem(
  body: Record<string, unknown>,
  mode: 'create' | 'update',
): PostHogErrorBody | null {
  const schema = mode === 'create' ? ExperimentCreateInput : PatchedExperimentInput;
  const parsed = schema.safeParse(body, { reportInput: true });
  if (!parsed.success && parsed.error.issues[0]) {
    return zodIssueToPostHogError(parsed.error.issues[0]);
  }
  if (mode === 'create') {
    const keyProblem = flagKeyProblem(String(body.feature_flag_key ?? ''));
    if (keyProblem) return invalid(keyProblem, 'key');
  }
  const variants = (body.parameters as { feature_flag_variants?: unknown } | null | undefined)
    ?.feature_flag_variants;
  if (variants != null) {
    const problem = variantListProblem(variants);
    if (problem) return invalid(problem, 'parameters');
  }
  for (const field of ['metrics', 'metrics_secondary'] as const) {
    const problem = metricListProblem(body[field]);
    if (problem) return invalid(problem, field);
  }
  return null;
}
