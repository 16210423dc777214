/**
 * Which enterprises hold which tier. Every enterprise has a rank (a seeded permutation of
 * its index); a tier is a set of rank ranges, and a member's position in the tier (its
 * rank counted through the ranges) picks its cohort in the tier's schedule. So tier sizes
 * are exact by construction and an enterprise's tiers follow from its rank alone.
 *
 * The ranges make the tiers nest the way they do in practice:
 *   ranks  0 ………………………………… S          SRDI SMEs; little giants and the champion are the first of them
 *   ranks      a ……………………………………………… a+I      innovative SMEs (so ~90 % of SRDI SMEs are innovative)
 *   ranks  0 …………………………… h1   and   a+I …… HTEs (most ladder firms, then HTE-only firms; the
 *                                           innovative SMEs between h1 and a+I are not HTEs)
 *   ranks  0 … S/3            and   a+I …… above designated size (the largest ladder firms, then HTE-only firms)
 * Earlier ranks get earlier cohorts, so a little giant was an SRDI SME and an HTE first.
 */
import { cumulativeCount, everCertified, type ScheduledKind, type TierSchedule } from './certification-schedule.ts';

export interface RankRange {
  start: number;
  length: number;
}

export type TierLayout = Record<ScheduledKind, RankRange[]>;

/** Share of the base-year SRDI SMEs that are not innovative SMEs. */
const SRDI_NOT_INNOVATIVE = 0.1;
/** Share of the innovative SMEs that are also HTEs. */
const INNOVATIVE_ALSO_HTE = 0.78;
/** Share of the base-year SRDI SMEs above designated size. */
const SRDI_ABOVE_SIZE = 1 / 3;

export function buildLayout(schedules: Record<ScheduledKind, TierSchedule>, enterprises: number, baseYear: number): TierLayout {
  const ever = (kind: ScheduledKind) => everCertified(schedules[kind]);
  const srdiAtBase = cumulativeCount(schedules['srdi-sme'], baseYear);
  const innovativeStart = Math.round(SRDI_NOT_INNOVATIVE * srdiAtBase);
  const innovative = ever('innovative-sme');
  const outsideLadder = innovativeStart + innovative;
  const layout: TierLayout = {
    'little-giant': [{ start: 0, length: ever('little-giant') }],
    'single-champion': [{ start: 0, length: ever('single-champion') }],
    'srdi-sme': [{ start: 0, length: ever('srdi-sme') }],
    'innovative-sme': [{ start: innovativeStart, length: innovative }],
    hte: twoRanges(ever('hte'), innovativeStart + Math.round(INNOVATIVE_ALSO_HTE * innovative), outsideLadder, enterprises),
    'above-size': twoRanges(ever('above-size'), Math.round(SRDI_ABOVE_SIZE * srdiAtBase), outsideLadder, enterprises),
  };
  for (const [kind, ranges] of Object.entries(layout)) {
    const end = Math.max(...ranges.map((r) => r.start + r.length));
    if (end > enterprises) {
      throw new RangeError(`the demo's ${kind} tier needs ${end} enterprises but only ${enterprises} are generated; lower the certification targets or raise the number of enterprises`);
    }
  }
  return layout;
}

/** `total` ranks: the first `firstEnd` from rank 0, the rest from `secondStart`; moved forward when they would not fit. */
function twoRanges(total: number, firstEnd: number, secondStart: number, enterprises: number): RankRange[] {
  let first = Math.min(total, firstEnd);
  const room = Math.max(0, enterprises - secondStart);
  if (total - first > room) first = total - room;
  if (first >= secondStart) return [{ start: 0, length: total }];
  const ranges = [{ start: 0, length: first }];
  if (total > first) ranges.push({ start: secondStart, length: total - first });
  return ranges;
}

/** The enterprise's position in the tier (0 = earliest member), or null when it is not a member. */
export function positionIn(ranges: readonly RankRange[], rank: number): number | null {
  let before = 0;
  for (const range of ranges) {
    if (rank >= range.start && rank < range.start + range.length) return before + (rank - range.start);
    before += range.length;
  }
  return null;
}
