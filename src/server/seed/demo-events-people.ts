import { evaluateFlag } from '../ingest/evaluate-flag';
import { JOURNEYS, type Walk } from './demo-events-journeys';
import type { Knob, Rates } from './demo-events-model';
import type { ExperimentPlan } from './demo-events-plan';
import {
  createDraw,
  createSteadyStream,
  createUuidV7,
  poissonFrom,
  seedFromText,
  type Draw,
} from './demo-events-random';
import type { EventWriter } from './demo-events-writer';
import { SWITCHED_SHARE, TEST_ACCOUNT_DOMAIN, TEST_ACCOUNT_SHARE } from './demo-stories';

const HOUR = 3_600_000;
/** posthog-js sends $feature_flag_called again in a later session now and then. */
const REPEAT_EXPOSURE_SHARE = 0.05;
const FIRST_NAMES = ['alex', 'sam', 'noor', 'li', 'maria', 'tom', 'ana', 'kofi', 'eva', 'raj'];
const LAST_NAMES = ['smith', 'garcia', 'chen', 'okafor', 'novak', 'silva', 'kim', 'ivanova'];

/**
 * When a person first met the flag: spread over the active stretches, denser early on (the density falls
 * linearly to 40 % of its start, the usual shape of a launch's cumulative exposures).
 */
export function exposureTime(active: [number, number][], u: number): number {
  const total = active.reduce((sum, [from, to]) => sum + Math.max(to - from, 0), 0);
  let offset = total * ((1 - Math.sqrt(1 - 0.84 * u)) / 0.6);
  for (const [from, to] of active) {
    if (offset < to - from) return Math.floor(from + offset);
    offset -= Math.max(to - from, 0);
  }
  return (active.at(-1) as [number, number])[1] - 1;
}

/** The person being written: the crowd's one Walk reads it, rather than a new Walk per person. */
interface Current {
  variant: string;
  rates: Rates;
  /**
   * The steady streams they draw from: their variant's, unless their data never reaches the results
   * (internal accounts, holdouts, lost exposures), which keeps the counted people's rates exact.
   */
  steady: (knob: Knob) => number;
  distinctId: string;
  personId: number;
  /** `"$feature/<key>":"<variant>"}`: the end of every event's properties JSON. */
  flagTail: string;
  /** `{"$feature/<key>":"<variant>"}`: the properties of an event that has no others. */
  flagOnly: string;
}

/**
 * Writes one experiment's people, from the experiment's own seeded streams, in the order they arrived
 * (person ids and user numbers follow their first exposure, as sign-ups would).
 */
export function generateCrowd(plan: ExperimentPlan, writer: EventWriter): void {
  const seed = seedFromText(plan.flagKey);
  const idPrefix = seed.toString(16).padStart(8, '0');
  const draw = createDraw(seed);
  const uuid = createUuidV7(seed);
  const flagProperty = JSON.stringify(`$feature/${plan.flagKey}`);
  const flagTail = (value: string | null) => `${flagProperty}:${JSON.stringify(value ?? false)}}`;
  const withFlag = (extra: object | undefined, tail: string) =>
    extra ? `${JSON.stringify(extra).slice(0, -1)},${tail}` : `{${tail}`;
  /** The texts that are the same for every person served one value: built once per value. */
  const texts = new Map<
    string | null,
    { tail: string; only: string; exposure: string; custom: string }
  >();
  const textsOf = (value: string | null) => {
    let found = texts.get(value);
    if (!found) {
      const tail = flagTail(value);
      const properties = { $feature_flag: plan.flagKey, $feature_flag_response: value ?? false };
      found = {
        tail,
        only: withFlag(undefined, tail),
        exposure: withFlag(properties, tail),
        custom: withFlag(plan.exposure?.properties, tail),
      };
      texts.set(value, found);
    }
    return found;
  };
  /** One steady stream per rate and group of people (see Current.steady), made when first drawn from. */
  const groups = new Map<string, (knob: Knob) => number>();
  const streamsOf = (group: string) => {
    let steady = groups.get(group);
    if (!steady) {
      const streams = new Map<Knob, () => number>();
      steady = (knob: Knob) => {
        let stream = streams.get(knob);
        if (!stream)
          streams.set(knob, (stream = createSteadyStream(seedFromText(`${group}:${knob}`))));
        return stream();
      };
      groups.set(group, steady);
    }
    return steady;
  };
  const current: Current = {
    variant: 'control',
    rates: plan.controlRates,
    steady: streamsOf('control'),
    distinctId: '',
    personId: 0,
    flagTail: '',
    flagOnly: '',
  };
  const write = (event: string, at: number, json: string, id = current.distinctId) => {
    if (at <= plan.end) writer.event(uuid(at), event, id, current.personId, at, json);
  };
  const rate = (knob: Knob) => current.rates[knob];
  const walk: Walk = {
    start: 0,
    draw,
    rate,
    chance: (knob, p = rate(knob)) => current.steady(knob) < Math.min(p, 0.98),
    count: (knob, mean = rate(knob)) => poissonFrom(current.steady(knob), mean),
    amount: (knob) => rate(knob) * (0.5 - 0.5 * Math.log(1 - current.steady(knob))),
    wants: (event) => plan.events.has(event),
    emit: (event, at, extra) => {
      if (plan.events.has(event) && at <= plan.metricsEnd) {
        write(event, at, extra ? withFlag(extra, current.flagTail) : current.flagOnly);
      }
    },
    session: (at) => uuid(at),
  };

  // A paused or ended flag serves no variant: later exposures only while it was active.
  const active = (at: number) => plan.active.some(([from, to]) => at >= from && at < to);
  const expose = (at: number, value: string | null, id = current.distinctId) => {
    if (!active(at)) return;
    const { exposure, custom } = textsOf(value);
    write('$feature_flag_called', at, exposure, id);
    if (plan.exposure) write(plan.exposure.event, at + 500, custom, id);
  };

  /** One person: their distinct ids, exposures, and what they did afterwards. */
  const generatePerson = (n: number, first: number) => {
    // The product's own user ids, as identified people have: numbered within the experiment, so its data
    // depends on nothing else and the distinct-id index grows in runs. A second device's anonymous id is
    // a posthog-js uuid.
    const distinctId = `usr_${idPrefix}${String(n).padStart(5, '0')}`;
    const test = draw.chance(TEST_ACCOUNT_SHARE);
    const { variant, logged } = assignment(plan, distinctId, draw);
    const switched = variant !== null && draw.chance(plan.story.odd?.switched ?? SWITCHED_SHARE);
    const device = switched ? otherDevice(plan, variant, () => uuid(first + HOUR)) : null;
    current.distinctId = distinctId;
    current.personId = writer.person(
      device ? [distinctId, device.id] : [distinctId],
      { email: email(distinctId, test, draw) },
      first,
    );
    if (logged) {
      expose(first, variant);
      if (draw.chance(REPEAT_EXPOSURE_SHARE))
        expose(first + draw.between(HOUR, 120 * HOUR), variant);
      if (device) expose(first + draw.between(HOUR, 72 * HOUR), device.variant, device.id);
    }
    if (variant === null) return; // Outside the rollout: the flag was off for them.

    const counted = plan.rates.has(variant) && logged && !test;
    current.variant = variant;
    current.rates = plan.rates.get(variant) ?? plan.controlRates; // a holdout acts as control
    current.steady = streamsOf(counted ? variant : `uncounted ${variant}`);
    ({ tail: current.flagTail, only: current.flagOnly } = textsOf(variant));
    walk.start = first;
    // Internal accounts click through everything twice: the test-account filter is there for a reason.
    for (let round = test ? 2 : 1; round > 0; round--) {
      for (const journey of plan.journeys) JOURNEYS[journey](walk);
    }
  };
  const arrivals = Array.from({ length: plan.story.people }, () =>
    exposureTime(plan.active, draw()),
  );
  arrivals.sort((a, b) => a - b).forEach((first, i) => generatePerson(i + 1, first));
}

/** The variant a person was served (story oddities applied) and whether their exposure was sent. */
function assignment(plan: ExperimentPlan, distinctId: string, draw: Draw) {
  const { fallback, lostExposures: lost } = plan.story.odd ?? {};
  let variant = evaluateFlag(plan.flag, distinctId).variant;
  if (fallback && variant === fallback.from && draw.chance(fallback.share)) variant = fallback.to;
  const logged = !(lost && variant === lost.variant && draw.chance(lost.share));
  return { variant, logged };
}

/** A second distinct id (a device used before identify) that the flag puts in another variant. */
function otherDevice(plan: ExperimentPlan, variant: string, newId: () => string) {
  for (let tries = 0; tries < 20; tries++) {
    const id = newId();
    const other = evaluateFlag(plan.flag, id).variant;
    if (other && other !== variant && plan.rates.has(other)) return { id, variant: other };
  }
  return null;
}

function email(userId: string, test: boolean, draw: Draw): string {
  if (test) return `qa.${userId}@${TEST_ACCOUNT_DOMAIN}`;
  const first = FIRST_NAMES[Math.floor(draw() * FIRST_NAMES.length)] as string;
  const last = LAST_NAMES[Math.floor(draw() * LAST_NAMES.length)] as string;
  return `${first}.${last}.${userId.slice(4)}@example.com`;
}
