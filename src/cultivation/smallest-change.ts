/**
 * The smallest change that would make an enterprise pass a tier: for every failing
 * condition the gap to its threshold; for a failing score the cheapest band step (least
 * relative change of its value) that closes first each dimension's minimum, then the pass
 * score. Judged with missing confirmations granted (they are listed separately), so a near
 * miss — one change away — is about figures the enterprise can move.
 */
import type { Text } from '../plan/schema.ts';
import { holdsIn, type Check } from './checks.ts';
import { meets, type Bound } from './comparator.ts';
import type { GateEvaluation, ScoredEvaluation } from './criterion-outcome.ts';
import { checkGap, ownMeasure } from './criterion-result.ts';
import type { FactCatalogue } from './facts.ts';
import { formatNumber } from './format.ts';
import type { GroupOutcome, ScoreOutcome } from './group-outcome.ts';
import { measureLevels, missingName } from './measure-names.ts';
import { uniqueMissing, type MissingItem } from './snapshot.ts';

export type ChangeKind = 'improve' | 'provide' | 'scope' | 'unreachable';

export interface Change {
  group: string;
  criterionId: string | null;
  kind: ChangeKind;
  /** Worded only when read (the pipeline counts changes without wording them). */
  readonly message: Text;
  /** `provide`: the figures to provide. */
  missing?: readonly MissingItem[];
  /** Relative size of the change (distance ÷ the current value, at least 1); what "smallest" compares. */
  cost: number;
}

const MODE = 'factsBest' as const;

export function smallestChange(groups: readonly GroupOutcome[], facts: FactCatalogue): Change[] {
  const changes: Change[] = [];
  for (const g of groups) {
    if (g.passed[MODE]) continue;
    if (g.group.rule === 'score' && g.score) {
      changes.push(...scoreChanges(g, g.score, facts));
      continue;
    }
    const failing = g.criteria.filter((c): c is GateEvaluation => c.kind === 'gate' && !c.passed[MODE]);
    const steps = failing.map((c) => gateChange(g.group.id, c, facts));
    if (g.group.rule === 'any') {
      const inScope = steps.filter((s) => s.kind !== 'scope');
      const pool = inScope.length > 0 ? inScope : steps;
      if (pool.length > 0) changes.push(pool.reduce((a, b) => (b.cost < a.cost ? b : a)));
    } else {
      changes.push(...steps);
    }
  }
  return mergeProvides(changes, facts);
}

/** One "provide the data" step for all missing figures (several criteria often miss the same one). */
function mergeProvides(changes: Change[], facts: FactCatalogue): Change[] {
  const provides = changes.filter((c) => c.kind === 'provide');
  if (provides.length <= 1) return changes;
  const missing = uniqueMissing(provides.map((p) => p.missing ?? []));
  const ids = [...new Set(provides.map((p) => p.criterionId))];
  const merged = provide(provides[0]!.group, ids.length === 1 ? ids[0]! : null, missing, facts);
  return [merged, ...changes.filter((c) => c.kind !== 'provide')];
}

function provide(group: string, criterionId: string | null, missing: readonly MissingItem[], facts: FactCatalogue): Change {
  const figures = missing.filter((m) => m.kind !== 'fact');
  const list = figures.length > 0 ? figures : [...missing];
  return {
    group,
    criterionId,
    kind: 'provide',
    missing: list,
    get message() {
      return { zh: `补充数据：${list.map((m) => missingName(m, facts).zh).join('、')}`, en: `Provide: ${list.map((m) => missingName(m, facts).en).join(', ')}` };
    },
    cost: 1,
  };
}

function gateChange(group: string, c: GateEvaluation, facts: FactCatalogue): Change {
  const id = c.criterion.id;
  if (c.missing.some((m) => m.kind !== 'fact')) return provide(group, id, c.missing, facts);
  if (c.criterion.kind === 'any-of') {
    const best = c.alternatives.reduce((a, b) => (checkCost(b, facts) < checkCost(a, facts) ? b : a));
    return { group, criterionId: id, kind: 'improve', get message() { return checkGap(best, facts); }, cost: checkCost(best, facts) };
  }
  // Without missing figures the threshold in effect is known, so there is a main check.
  const main = c.main!;
  const gap = () => checkGap(main, facts, c.name, c.unit);
  if (c.criterion.scope) {
    return {
      group,
      criterionId: id,
      kind: 'scope',
      get message() {
        const text = gap();
        return { zh: `${text.zh}（不在本层级适用范围内）`, en: `${text.en} (outside this tier's scope)` };
      },
      cost: Number.POSITIVE_INFINITY,
    };
  }
  return { group, criterionId: id, kind: 'improve', get message() { return gap(); }, cost: checkCost(main, facts) };
}

/** How far a value is from meeting its bound, relative to its size. */
function checkCost(check: Check, facts: FactCatalogue): number {
  const measured = check.measurement;
  if (!measured.known || measured.value === null) return 1;
  const v = measured.value;
  const b = check.bound.value;
  // Relative to where the value stands (at least 1, so a count of 0 → 1 costs 1): grows with the distance.
  if (typeof v === 'number' && typeof b === 'number') return Math.max(1e-6, Math.abs(b - v) / Math.max(Math.abs(v), 1));
  const levels = measureLevels(check.measure, facts);
  if (levels && typeof v === 'string' && typeof b === 'string') return Math.abs(levels.indexOf(b) - levels.indexOf(v)) / levels.length;
  return 1;
}

interface Step {
  criterion: ScoredEvaluation;
  gain: number;
  cost: number;
  describe(): Text;
}

/** Band steps that would raise the criterion's points, each with its gain and cost. */
function stepsFor(c: ScoredEvaluation, facts: FactCatalogue): Step[] {
  const current = c.points[MODE];
  if (c.criterion.kind === 'assessed-points') {
    const given = c.measurement?.known && typeof c.measurement.value === 'number' ? c.measurement.value : null;
    if (given === null || given >= c.maxPoints) return [];
    const gain = c.maxPoints - given;
    const describe = (): Text => ({ zh: `${c.name.zh} ${formatNumber(given)} 分，最高 ${c.maxPoints} 分`, en: `${c.name.en} ${formatNumber(given)} points, at most ${c.maxPoints}` });
    return [{ criterion: c, gain, cost: gain / c.maxPoints, describe }];
  }
  const own = ownMeasure(c);
  const scales = c.criterion.kind === 'best-of' ? c.options.map((o) => ({ scale: o.scale, label: o.option.name, measure: o.option.measure as unknown })) : [{ scale: c.scale!, label: c.name, measure: own }];
  const steps: Step[] = [];
  for (const { scale, label, measure } of scales) {
    for (const k of scale.cases) {
      if (k.points <= current) continue;
      const unmet = k.checks.filter((x) => !holdsIn(x, MODE));
      if (unmet.some((x) => x.holds === null)) continue;
      const describe = (): Text => {
        const gaps = unmet.map((x) => (x.measure === measure ? checkGap(x, facts, label, c.unit) : checkGap(x, facts)));
        return { zh: gaps.map((g) => g.zh).join('，'), en: gaps.map((g) => g.en).join(', ') };
      };
      steps.push({ criterion: c, gain: k.points - current, cost: unmet.reduce((sum, x) => sum + checkCost(x, facts), 0), describe });
    }
  }
  return steps;
}

/** The cheapest set of steps (one per criterion) that makes `enough(gain)` true: one step if any suffices, else greedily the largest gains. */
function choose(candidates: readonly Step[], enough: (gain: number) => boolean): Step[] | null {
  const single = candidates.filter((s) => enough(s.gain));
  if (single.length > 0) return [single.reduce((a, b) => (b.cost < a.cost || (b.cost === a.cost && b.gain > a.gain) ? b : a))];
  const largest = new Map<ScoredEvaluation, Step>();
  for (const s of candidates) {
    const kept = largest.get(s.criterion);
    if (!kept || s.gain > kept.gain) largest.set(s.criterion, s);
  }
  const chosen: Step[] = [];
  let gain = 0;
  for (const s of [...largest.values()].sort((a, b) => b.gain - a.gain)) {
    chosen.push(s);
    gain += s.gain;
    if (enough(gain)) return chosen;
  }
  return null;
}

function scoreChanges(g: GroupOutcome, score: ScoreOutcome, facts: FactCatalogue): Change[] {
  const scored = g.criteria.filter((c): c is ScoredEvaluation => c.kind === 'scored');
  const used = new Set<ScoredEvaluation>();
  const changes: Change[] = [];
  const unreachable = (what: Text): Change[] => [{ group: g.group.id, criterionId: null, kind: 'unreachable', message: what, cost: Number.POSITIVE_INFINITY }];
  const record = (s: Step, label: Text, from: number): number => {
    used.add(s.criterion);
    const to = from + s.gain;
    changes.push({
      group: g.group.id,
      criterionId: s.criterion.criterion.id,
      kind: 'improve',
      get message() {
        const what = s.describe();
        return {
          zh: `${what.zh}（+${formatNumber(s.gain)} 分，${label.zh} ${formatNumber(from)} → ${formatNumber(to)} 分）`,
          en: `${what.en} (+${formatNumber(s.gain)} points, ${label.en} ${formatNumber(from)} → ${formatNumber(to)})`,
        };
      },
      cost: s.cost,
    });
    return to;
  };
  let total = score.total[MODE];
  // Mandatory minimums first (创新型: innovation ≥ 20, growth ≥ 15…), then the pass score.
  for (const d of score.dimensions) {
    if (d.met[MODE] || !d.minimum) continue;
    const minimum = d.minimum;
    let have = d.points[MODE];
    const steps = scored.filter((c) => c.criterion.dimension === d.dimension.id).flatMap((c) => stepsFor(c, facts));
    const picked = choose(steps, (gain) => meets(minimum, have + gain));
    if (!picked) {
      return unreachable({ zh: `${d.dimension.name.zh}得分 ${have} 分，无法达到最低要求 ${describe(minimum)} 分`, en: `${d.dimension.name.en} scores ${have}; its minimum ${describe(minimum)} cannot be reached` });
    }
    for (const step of picked) {
      have = record(step, d.dimension.name, have);
      total += step.gain;
    }
  }
  if (!meets(score.pass, total)) {
    const steps = scored.filter((c) => !used.has(c)).flatMap((c) => stepsFor(c, facts));
    const picked = choose(steps, (gain) => meets(score.pass, total + gain));
    if (!picked) return unreachable({ zh: `评价得分 ${total} 分，无法达到 ${describe(score.pass)} 分`, en: `The score ${total} cannot reach ${describe(score.pass)}` });
    for (const step of picked) total = record(step, { zh: '评价得分', en: 'score' }, total);
  }
  return changes;
}

function describe(bound: Bound): string {
  return `${bound.op === '>' ? '>' : '≥'} ${String(bound.value)}`;
}
