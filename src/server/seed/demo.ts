import type { Db } from '../db/connection';
import { insertRow } from '../db/rows';
import type { RequestContext } from '../services/context';
import {
  archiveExperiment,
  duplicateExperiment,
  endExperiment,
  launchExperiment,
  pauseExperiment,
  resumeExperiment,
  shipVariant,
} from '../services/experiments/actions';
import { createExperiment } from '../services/experiments/create';
import { updateExperiment } from '../services/experiments/update';
import { loadFlag, patchFlag, type FlagRow } from '../services/feature-flags';
import { createHoldout } from '../services/holdouts';
import { createSavedMetric } from '../services/saved-metrics';
import { CURRENT_USER_ID, DEMO_PROJECT_ID, demoUuid } from './base';
import {
  DEMO_ACTIONS,
  DEMO_EVENTS,
  DEMO_EXPERIMENTS,
  DEMO_HOLDOUTS,
  DEMO_SAVED_METRICS,
  type DemoExperiment,
  type Stats,
} from './demo-catalog';
import { seedDemoEvents } from './demo-events';
import type { MetricBody } from './demo-metrics';
import { DAY_MS, daysAgo, seededRandom, UUID_KIND } from './seed-utils';

export interface SeedSummary {
  experiments: number;
  holdouts: number;
  savedMetrics: number;
  eventDefinitions: number;
  actions: number;
}

/**
 * The event definitions the demo metrics read (PostHog rejects metrics on events it has never seen).
 * Idempotent: names already defined are left alone.
 */
export function ensureDemoEvents(db: Db, now: Date): number {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO event_definitions
       (id, team_id, name, description, tags, verified, hidden, last_seen_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let added = 0;
  DEMO_EVENTS.forEach((definition, i) => {
    const lastSeen = new Date(now.getTime() - definition.lastSeenMinutesAgo * 60_000);
    const created = new Date(now.getTime() - (400 - i * 7) * DAY_MS);
    added += insert.run(
      demoUuid(UUID_KIND.eventDefinition, i + 1),
      DEMO_PROJECT_ID,
      definition.name,
      definition.description,
      JSON.stringify(definition.tags ?? []),
      definition.verified ? 1 : 0,
      definition.hidden ? 1 : 0,
      lastSeen.toISOString(),
      created.toISOString(),
    ).changes;
  });
  return added;
}

const STATS: Record<Stats, Record<string, unknown>> = {
  bayes90: { method: 'bayesian', bayesian: { ci_level: 0.9 } },
  bayes95: { method: 'bayesian', bayesian: { ci_level: 0.95 } },
  freq90: { method: 'frequentist', frequentist: { alpha: 0.1 } },
  freq95: { method: 'frequentist', frequentist: { alpha: 0.05 } },
  freq99: { method: 'frequentist', frequentist: { alpha: 0.01 } },
};

const titleCase = (key: string) => {
  const words = key.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A PM's markdown: hypothesis, what each variant is, how the decision will be made. */
export function demoDescription(spec: DemoExperiment): string | null {
  if (!spec.hypothesis) return null;
  const lines = [`**Hypothesis:** ${spec.hypothesis}`, '', '### Variants'];
  // No split in the prose: it would go stale after a split change or a ship, while the page's "serving
  // now" line and Variants table read the live flag.
  for (const [key, , label] of spec.variants) {
    lines.push(`- \`${key}\`: ${label ?? titleCase(key)}`);
  }
  const primary = spec.primary?.[0]?.name as string | undefined;
  if (primary) {
    lines.push(
      '',
      '### Decision',
      `Ship if **${primary}** improves${spec.mde ? ` by at least ${spec.mde} %` : ''} without hurting the guardrails.`,
    );
  }
  if (spec.notes) lines.push('', spec.notes);
  return lines.join('\n');
}

/** Conclusions after which the demo's owners turned the flag off again. */
const ROLLED_BACK = new Set(['lost', 'invalid', 'stopped_early']);
const ROLL_BACK_AFTER_MS = 6 * 3_600_000;

function turnFlagOff(ctx: RequestContext, experimentId: number) {
  const { feature_flag_id: flagId } = ctx.db
    .prepare('SELECT feature_flag_id FROM experiments WHERE id = ?')
    .get(experimentId) as { feature_flag_id: number };
  patchFlag(ctx, loadFlag(ctx, flagId) as FlagRow, {
    active: false,
  });
}

function withUuids(metrics: MetricBody[] | undefined, specIndex: number, offset: number) {
  return (metrics ?? []).map((metric, j) => ({
    ...metric,
    uuid: demoUuid(UUID_KIND.demoMetric, specIndex * 100 + offset + j),
  }));
}

function createBody(
  spec: DemoExperiment,
  index: number,
  ids: { holdouts: number[]; savedMetrics: number[] },
): Record<string, unknown> {
  const parameters: Record<string, unknown> = {
    feature_flag_variants: spec.variants.map(([key, split, label]) => ({
      key,
      name: label ?? titleCase(key),
      split_percent: split,
    })),
  };
  const mde = spec.mde ?? (index % 3 === 0 ? 5 : undefined);
  if (mde !== undefined) parameters.minimum_detectable_effect = mde;
  if (spec.rollout !== undefined) parameters.rollout_percentage = spec.rollout;
  if (spec.payloads) parameters.feature_flag_payloads = spec.payloads;
  if (spec.continuity) parameters.ensure_experience_continuity = true;
  return {
    name: spec.name,
    description: demoDescription(spec),
    feature_flag_key: spec.key,
    type: spec.type ?? 'product',
    parameters,
    metrics: withUuids(spec.primary, index, 0),
    metrics_secondary: withUuids(spec.secondary, index, 50),
    ...(spec.saved
      ? {
          saved_metrics_ids: spec.saved.map((s) => ({
            id: ids.savedMetrics[s.metric],
            metadata: { type: s.type },
          })),
        }
      : {}),
    ...(spec.holdout !== undefined ? { holdout_id: ids.holdouts[spec.holdout] } : {}),
    ...(spec.stats ? { stats_config: STATS[spec.stats] } : {}),
    ...(spec.exposure ? { exposure_criteria: spec.exposure } : {}),
    ...(spec.allowUnknownEvents ? { allow_unknown_events: true } : {}),
  };
}

interface Step {
  at: Date;
  order: number;
  userId: number;
  run: (ctx: RequestContext) => void;
}

/** Every lifecycle step of one catalog entry, each at its own moment in the past. */
function stepsFor(
  spec: DemoExperiment,
  index: number,
  when: (days: number) => Date,
  state: {
    ids: { holdouts: number[]; savedMetrics: number[] };
    byKey: Map<string, number>;
    experimentIds: number[];
  },
): Omit<Step, 'order'>[] {
  const life = spec.life;
  let id = 0;
  const steps: Omit<Step, 'order'>[] = [];
  const add = (days: number | undefined, run: (ctx: RequestContext) => void, userId = spec.by) => {
    if (days !== undefined) steps.push({ at: when(days), userId, run });
  };
  add(life.created, (ctx) => {
    const source = spec.duplicateOf === undefined ? undefined : state.byKey.get(spec.duplicateOf);
    id =
      source === undefined
        ? createExperiment(ctx, createBody(spec, index, state.ids)).id
        : duplicateExperiment(ctx, source, { name: spec.name, feature_flag_key: spec.key }).id;
    state.experimentIds[index] = id;
    if (!state.byKey.has(spec.key)) state.byKey.set(spec.key, id);
  });
  add(life.edited, (ctx) => {
    const note = '\n\n_Updated after design review: guardrails and scope confirmed._';
    updateExperiment(ctx, id, { description: `${demoDescription(spec) ?? ''}${note}`.trim() });
  });
  add(life.launched, (ctx) => launchExperiment(ctx, id));
  add(life.paused, (ctx) => pauseExperiment(ctx, id));
  add(life.resumed, (ctx) => resumeExperiment(ctx, id));
  const conclusion = {
    ...(life.conclusion ? { conclusion: life.conclusion } : {}),
    ...(life.comment ? { conclusion_comment: life.comment } : {}),
  };
  add(life.ended, (ctx) =>
    life.ship
      ? shipVariant(ctx, id, { variant_key: life.ship, ...conclusion })
      : endExperiment(ctx, id, conclusion),
  );
  // Ending leaves the flag serving (PostHog's end does not touch it). Owners roll back what lost or
  // could not be trusted a few hours later; a winner not yet shipped, or an inconclusive one, keeps
  // splitting users: the dashboard's Needs attention is there for those.
  if (life.ended !== undefined && !life.ship && ROLLED_BACK.has(life.conclusion ?? '')) {
    // Timed from the end step itself: a fresh when() would shift every later date of the demo.
    const ended = (steps.at(-1) as Omit<Step, 'order'>).at.getTime();
    steps.push({
      at: new Date(ended + ROLL_BACK_AFTER_MS),
      userId: spec.by,
      run: (ctx) => turnFlagOff(ctx, id),
    });
  }
  // The signed-in user tidies up finished experiments.
  add(life.archived, (ctx) => archiveExperiment(ctx, id), CURRENT_USER_ID);
  const sequence = [
    life.created,
    life.launched,
    life.paused,
    life.resumed,
    life.ended,
    life.archived,
  ];
  const days = sequence.filter((d): d is number => d !== undefined);
  const ordered = days.every((d, i) => i === 0 || d < (days[i - 1] as number));
  if (!ordered || (life.edited !== undefined && life.edited >= life.created)) {
    throw new Error(`Demo catalog: the steps of "${spec.key}" are out of order`);
  }
  return steps;
}

/**
 * Fills an empty project (after `ensureBaseData`) with a realistic, deterministic half year of
 * experimenting. Everything goes through the real services, in the order it would have happened, each
 * call with its own clock and author, so the activity log and every date tell a consistent story.
 */
export function seedDemoProject(db: Db, options: { now: Date }): SeedSummary {
  const now = new Date(options.now.getTime());
  const existing = db
    .prepare('SELECT COUNT(*) FROM experiments WHERE team_id = ?')
    .pluck()
    .get(DEMO_PROJECT_ID) as number;
  if (existing > 0) {
    throw new Error(
      `The demo project already has ${existing} experiments; seed an empty database.`,
    );
  }
  const random = seededRandom(20_240_601);
  const when = (days: number) => daysAgo(now, days, random);
  const context = (userId: number, at: Date): RequestContext => ({
    db,
    teamId: DEMO_PROJECT_ID,
    userId,
    now: () => at,
  });

  return db.transaction((): SeedSummary => {
    const eventDefinitions = ensureDemoEvents(db, now);
    for (const action of DEMO_ACTIONS) {
      if (!db.prepare('SELECT 1 FROM actions WHERE id = ?').get(action.id)) {
        insertRow(db, 'actions', { ...action, team_id: DEMO_PROJECT_ID });
      }
    }

    const ids = { holdouts: [] as number[], savedMetrics: [] as number[] };
    for (const holdout of DEMO_HOLDOUTS) {
      const created = createHoldout(context(holdout.by, when(holdout.createdDaysAgo)), {
        name: holdout.name,
        description: holdout.description,
        filters: [{ properties: [], rollout_percentage: holdout.percent }],
      });
      ids.holdouts.push(created.id);
    }
    DEMO_SAVED_METRICS.forEach((saved, i) => {
      const created = createSavedMetric(context(saved.by, when(saved.createdDaysAgo)), {
        name: saved.name,
        description: saved.description,
        tags: saved.tags,
        query: { ...saved.query, uuid: demoUuid(UUID_KIND.savedMetricQuery, i + 1) },
      });
      ids.savedMetrics.push(created.id);
    });

    const state = { ids, byKey: new Map<string, number>(), experimentIds: [] as number[] };
    const steps: Step[] = DEMO_EXPERIMENTS.flatMap((spec, index) =>
      stepsFor(spec, index, when, state),
    ).map((step, order) => ({ ...step, order }));
    // Replay the whole history in time order: ids, flags and the activity log come out chronological.
    steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
    for (const step of steps) step.run(context(step.userId, step.at));

    // PostHog's access control is outside this API: the signed-in user was given view rights only.
    const setViewer = db.prepare("UPDATE experiments SET access_level = 'viewer' WHERE id = ?");
    DEMO_EXPERIMENTS.forEach((spec, index) => {
      if (spec.viewer) setViewer.run(state.experimentIds[index]);
    });

    // Results need data: people, exposures and metric events for every launched experiment.
    seedDemoEvents(db, {
      now,
      experiments: DEMO_EXPERIMENTS.map((spec, index) => ({
        spec,
        id: state.experimentIds[index] as number,
      })),
    });

    return {
      experiments: DEMO_EXPERIMENTS.length,
      holdouts: ids.holdouts.length,
      savedMetrics: ids.savedMetrics.length,
      eventDefinitions,
      actions: DEMO_ACTIONS.length,
    };
  })();
}
