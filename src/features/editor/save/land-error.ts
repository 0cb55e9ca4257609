import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { isApiError } from '@/lib/api-error';
import type { PostHogErrorBody } from '@/shared';
import type { EditorValues } from '../form/editor-values';
import { landingFor, type ErrorLanding } from './error-landing';

/** Moves the page to a field that has no focusable input of its own (a metric, the variant list). */
function reveal(field: string): void {
  const element = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
  element?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
}

/**
 * Puts a failed save where it belongs: on its field (focused), or at the top of the form. Returns the
 * landing so the caller can show what only it can (unknown events, access).
 */
export function landError(form: UseFormReturn<EditorValues>, error: unknown): ErrorLanding {
  const landing = isApiError(error)
    ? landingFor(error.status, {
        type: error.type,
        code: error.code,
        detail: error.detail,
        attr: error.attr,
      })
    : {
        kind: 'form' as const,
        message: error instanceof Error ? error.message : 'Something went wrong.',
      };
  applyLanding(form, landing, isApiError(error) && error.isTransient);
  return landing;
}

export function landClientProblem(
  form: UseFormReturn<EditorValues>,
  problem: PostHogErrorBody,
): ErrorLanding {
  const landing = landingFor(400, problem);
  applyLanding(form, landing, false);
  return landing;
}

function applyLanding(
  form: UseFormReturn<EditorValues>,
  landing: ErrorLanding,
  transient: boolean,
): void {
  if (landing.kind === 'field') {
    form.setError(
      landing.field as FieldPath<EditorValues>,
      { type: 'server', message: landing.message },
      { shouldFocus: true },
    );
    // Focus (or, without an input, scrolling) takes the person to the field; its message is read there.
    reveal(landing.field);
  } else if (landing.kind === 'form') {
    const retry = transient ? ' Your changes are still here; try again in a moment.' : '';
    form.setError('root.server', {
      type: 'server',
      message: `Not saved: ${landing.message}${retry}`,
    });
  }
}
