/**
 * Where unsaved forms are kept in sessionStorage (draft-storage.ts), in a module of its own: Sign out
 * forgets them all from the top bar, which must not load the editor's code to do it.
 */
export const DRAFT_PREFIX = 'experiment-console:editor-draft:v1:';

/** Every unsaved form of this tab: after Sign out, nothing the previous person typed is offered again. */
export function forgetAllDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(DRAFT_PREFIX)) sessionStorage.removeItem(key);
    }
  } catch {
    // Storage unavailable: there are no drafts to forget.
  }
}
