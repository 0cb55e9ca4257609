import { actionLabel, type ActionRef } from '../api/get-actions';

/**
 * PostHog's ActionsNode ⇄ the action a form stores (ActionRef): the one mapping behind a metric's source
 * and a custom exposure.
 */

type Json = Record<string, unknown>;

/** The action an ActionsNode points at, or null for any other node; unnamed ones read "Action #id". */
export function actionRefOf(node: unknown): ActionRef | null {
  if (!node || typeof node !== 'object') return null;
  const n = node as Json;
  if (n.kind !== 'ActionsNode' || !Number.isInteger(n.id)) return null;
  const id = n.id as number;
  return { id, name: actionLabel({ id, name: typeof n.name === 'string' ? n.name : null }) };
}

/**
 * Points `out` (an ActionsNode being written) at `action`. `sameKindOriginal` is the node it was read from
 * when that was an ActionsNode too: the same action keeps whatever name it had, another is named after
 * its action, as PostHog does.
 */
export function setActionRef(out: Json, action: ActionRef, sameKindOriginal: Json | null): void {
  if (sameKindOriginal?.id !== action.id) out.name = action.name;
  out.id = action.id;
}
