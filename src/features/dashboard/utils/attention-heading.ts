/** The list filters the Needs attention tab obeys, as the person set them. */
export interface AttentionScope {
  search: string;
  archived: boolean;
  /** A creator is chosen. */
  byCreator: boolean;
}

export interface AttentionSummary {
  /** Experiments that need a decision. */
  count: number;
  /** Not every candidate could be read: the count is a lower bound. */
  capped: boolean;
  /** Experiments the filters let through, whether they need a decision or not. */
  matched: number;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function scopePhrase({ search, byCreator }: AttentionScope): string {
  if (search && byCreator) return `whose name contains “${search}” by this creator`;
  if (search) return `whose name contains “${search}”`;
  return byCreator ? 'by this creator' : '';
}

/**
 * The tab's one-line answer. With filters on, "nothing needs a decision" would be a claim about the whole
 * project; it says instead whether the filters matched nothing, or matched experiments that are all fine.
 */
export function attentionHeading(summary: AttentionSummary, scope: AttentionScope): string {
  const { count, capped, matched } = summary;
  const kind = scope.archived ? 'archived experiment' : 'experiment';
  if (count > 0) {
    return `${count}${capped ? '+' : ''} ${kind}${plural(count, '', 's')} ${plural(count, 'needs', 'need')} a decision`;
  }
  const phrase = scopePhrase(scope);
  if (!phrase && !scope.archived) return 'Nothing needs a decision right now';
  if (matched === 0) {
    if (scope.search)
      return `No ${kind} name contains “${scope.search}”${scope.byCreator ? ' by this creator' : ''}`;
    return scope.byCreator ? `No ${kind} by this creator` : `No ${kind}s`;
  }
  if (matched === 1) return `The one ${[kind, phrase].filter(Boolean).join(' ')} needs no decision`;
  const what = [`${matched.toLocaleString()} ${kind}s`, phrase].filter(Boolean).join(' ');
  return `None of the ${what} needs a decision`;
}
