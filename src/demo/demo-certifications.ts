/**
 * An enterprise's certificates. Which tiers it holds and from which year follow from its
 * rank (certification-layout.ts and certification-schedule.ts); only the day of issue and
 * the yearly tech-SME registrations come from its own random stream. Certificates are valid
 * three years (issued + 3 years − 1 day) and renewed on the anniversary until the member
 * lapses; 规上 (above designated size) is a status from 1 January with no end date.
 */
import type { CertificationInput } from '../records/certification.ts';
import { positionIn } from './certification-layout.ts';
import { chainLength, cohortOf, scheduledKinds, type ScheduledKind } from './certification-schedule.ts';
import type { DemoContext } from './demo-context.ts';
import { addYears, isoDate, validUntil } from './demo-dates.ts';
import type { Random } from './random.ts';

export interface Membership {
  kind: ScheduledKind;
  /** Year of the first certificate (or of entering 规上). */
  since: number;
  /** Years in which a certificate was issued, up to the last year of data. */
  issueYears: number[];
  validityYears: number | null;
}

export function membershipsOf(ctx: DemoContext, rank: number): Membership[] {
  const memberships: Membership[] = [];
  for (const kind of scheduledKinds) {
    const position = positionIn(ctx.layout[kind], rank);
    if (position === null) continue;
    const schedule = ctx.schedules[kind];
    const cohort = cohortOf(schedule, position);
    if (!cohort || cohort.year > ctx.options.lastYear) continue;
    const validity = schedule.validityYears;
    const issueYears = [cohort.year];
    if (validity !== null) {
      const chain = chainLength(schedule, cohort.cohort, cohort.indexInCohort);
      for (let k = 1; k < chain && cohort.year + k * validity <= ctx.options.lastYear; k++) issueYears.push(cohort.year + k * validity);
    }
    memberships.push({ kind, since: cohort.year, issueYears, validityYears: validity });
  }
  return memberships;
}

/**
 * The year of the enterprise's first certificate of any tier, or null: whether it falls in
 * the data years or not, so the answer does not depend on the last year asked for.
 */
export function firstCertificationYear(ctx: DemoContext, rank: number): number | null {
  let first: number | null = null;
  for (const kind of scheduledKinds) {
    const position = positionIn(ctx.layout[kind], rank);
    const cohort = position === null ? null : cohortOf(ctx.schedules[kind], position);
    if (cohort && (first === null || cohort.year < first)) first = cohort.year;
  }
  return first;
}

/** True when the membership holds a valid certificate (or the status) on 31 December of `year`. */
export function holdsAt(membership: Membership | undefined, year: number): boolean {
  if (!membership || year < membership.since) return false;
  if (membership.validityYears === null) return true;
  return membership.issueYears.some((issued) => year >= issued && year < issued + membership.validityYears!);
}

export function membership(memberships: readonly Membership[], kind: ScheduledKind): Membership | undefined {
  return memberships.find((m) => m.kind === kind);
}

/** Months in which each tier's lists are usually published; SRDI lists come before little-giant lists. */
const issueMonths: Record<Exclude<ScheduledKind, 'above-size'>, [number, number]> = {
  hte: [10, 12],
  'innovative-sme': [4, 11],
  'srdi-sme': [3, 6],
  'little-giant': [7, 9],
  'single-champion': [11, 12],
};

export function certificationsOf(
  ctx: DemoContext,
  index: number,
  creditCode: string,
  memberships: readonly Membership[],
  foundedYear: number,
  rng: Random,
): CertificationInput[] {
  const certifications: CertificationInput[] = [];
  for (const m of memberships) {
    if (m.kind === 'above-size') {
      certifications.push({ creditCode, kind: m.kind, certificateNo: null, issuedOn: isoDate(m.since, 1, 1), expiresOn: null });
      continue;
    }
    const [from, to] = issueMonths[m.kind];
    const first = isoDate(m.since, rng.int(from, to), rng.int(1, 28));
    for (const year of m.issueYears) {
      const issuedOn = addYears(first, year - m.since);
      certifications.push({
        creditCode,
        kind: m.kind,
        certificateNo: m.kind === 'hte' ? hteCertificateNo(ctx, year, index) : null,
        issuedOn,
        expiresOn: validUntil(issuedOn, m.validityYears ?? 3),
      });
    }
  }
  certifications.push(...techSmeRegistrations(ctx, creditCode, memberships, foundedYear, rng));
  return certifications;
}

/**
 * 科技型中小企业 registrations are yearly (valid to 31 December). Small firms only: never a
 * firm above designated size that year, a little giant or a champion.
 */
function techSmeRegistrations(
  ctx: DemoContext,
  creditCode: string,
  memberships: readonly Membership[],
  foundedYear: number,
  rng: Random,
): CertificationInput[] {
  const registrations: CertificationInput[] = [];
  const excluded = memberships.some((m) => m.kind === 'little-giant' || m.kind === 'single-champion');
  const innovating = memberships.some((m) => m.kind === 'hte' || m.kind === 'innovative-sme');
  const aboveSize = membership(memberships, 'above-size');
  for (let year = ctx.options.firstEnterpriseYear; year <= ctx.options.lastYear; year++) {
    const draw = rng.next();
    const day = isoDate(year, rng.int(4, 9), rng.int(1, 28));
    if (excluded || year < foundedYear || holdsAt(aboveSize, year)) continue;
    if (draw < (innovating ? 0.55 : 0.3)) {
      registrations.push({ creditCode, kind: 'tech-sme', certificateNo: null, issuedOn: day, expiresOn: isoDate(year, 12, 31) });
    }
  }
  return registrations;
}

/** GR + year + the province's two-digit code + a serial, the format of HTE certificates. */
function hteCertificateNo(ctx: DemoContext, year: number, index: number): string {
  return `GR${year}${ctx.plan.province.code.slice(0, 2)}${String(index + 1).padStart(6, '0')}`;
}
