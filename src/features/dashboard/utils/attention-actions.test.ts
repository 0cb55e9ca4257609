import { describe, expect, it } from 'vitest';
import { VIEWER_ONLY_REASON } from '@/shared';
import type { AttentionReason } from '@/shared/rules/attention';
import { makeExperiment } from '@/features/experiments/testing/experiment-factory';
import { attentionPermission, offeredActions } from './attention-actions';

const reason = (action: AttentionReason['action']): AttentionReason => ({
  kind: 'no_conclusion',
  text: '',
  action,
});
const experiment = makeExperiment({ id: 7 });
const offered = (...actions: AttentionReason['action'][]) =>
  offeredActions(experiment, actions.map(reason)).map((a) =>
    a.kind === 'link' ? `${a.label} → ${a.href}` : a.label,
  );

describe('offeredActions', () => {
  it.each<[AttentionReason['action'][], string[]]>([
    [['end'], ['End experiment → /experiments/7?action=end']],
    [['record_conclusion'], ['Record conclusion → /experiments/7?action=conclude']],
    [
      ['resume_or_end'],
      ['Resume → /experiments/7?action=resume', 'End experiment → /experiments/7?action=end'],
    ],
    [['add_metric'], ['Add a primary metric → /experiments/7/edit']],
    [['launch'], ['Launch or delete → /experiments/7']],
    [
      ['turn_flag_off', 'record_conclusion'],
      ['Turn flag off', 'Record conclusion → /experiments/7?action=conclude'],
    ],
    [
      ['end', 'add_metric'],
      ['End experiment → /experiments/7?action=end', 'Add a primary metric → /experiments/7/edit'],
    ],
  ])('%j', (actions, expected) => {
    expect(offered(...actions)).toEqual(expected);
  });

  it('offers an action once even when two reasons lead to it', () => {
    expect(offered('end', 'resume_or_end')).toEqual([
      'End experiment → /experiments/7?action=end',
      'Resume → /experiments/7?action=resume',
    ]);
  });
});

describe('attentionPermission', () => {
  it('refuses a viewer with the reason PostHog gives', () => {
    expect(attentionPermission(makeExperiment({ user_access_level: 'viewer' }))).toEqual({
      allowed: false,
      reason: VIEWER_ONLY_REASON,
    });
    expect(attentionPermission(makeExperiment({ user_access_level: 'editor' }))).toEqual({
      allowed: true,
    });
  });
});
