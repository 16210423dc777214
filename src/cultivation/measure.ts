/**
 * Computing a measure for one enterprise: the value, or the data that is missing for it.
 * A value of null means "cannot be computed" (a ratio over zero, growth from a non-positive
 * year) and carries the reason; it is decided, not missing. Ratios and growth rates are in
 * %, rounded to 1e-9 so that 150 / 5000 is exactly 3 and a value on a threshold meets it.
 */
import type { Text } from '../plan/schema.ts';
import type { EnterpriseAnnualInput } from '../records/enterprise-annual.ts';
import { firstCertifiedYear, holdsValid } from './certificates.ts';
import type { FactCatalogue } from './facts.ts';
import { sizeClassLevels, type AnnualField, type MeasureRef } from './measure-schema.ts';
import { uniqueMissing, type AssessmentDate, type EnterpriseSnapshot, type MissingItem } from './snapshot.ts';

export type Value = number | boolean | string | readonly string[] | null;

export type Measurement =
  | { known: true; value: Value; levels?: readonly string[]; why?: Text }
  | { known: false; missing: MissingItem[] };

export interface MeasureContext {
  snapshot: EnterpriseSnapshot;
  on: AssessmentDate;
  facts: FactCatalogue;
  byYear: ReadonlyMap<number, EnterpriseAnnualInput>;
  foundedYear: number | null;
}

export function measureContext(snapshot: EnterpriseSnapshot, on: AssessmentDate, facts: FactCatalogue): MeasureContext {
  const founded = snapshot.enterprise.foundedOn;
  return { snapshot, on, facts, byYear: new Map(snapshot.annual.map((row) => [row.year, row])), foundedYear: founded ? Number(founded.slice(0, 4)) : null };
}

const known = (value: Value, extra: { levels?: readonly string[]; why?: Text } = {}): Measurement => ({ known: true, value, ...extra });
const missing = (items: MissingItem[]): Measurement => ({ known: false, missing: items });
const tidy = (x: number) => Math.round(x * 1e9) / 1e9;

/** The measure's value `back` years before the data year (0 = the data year itself). */
export function measure(ref: MeasureRef, ctx: MeasureContext, back = 0): Measurement {
  if (typeof ref === 'string') return annualValue(ref, ctx, ctx.on.dataYear - back);
  if ('field' in ref) return annualValue(ref.field, ctx, ctx.on.dataYear - back - (ref.yearsBack ?? 0));
  if ('sum' in ref) return sumOver(ref.sum, ref.years, ref.sinceFounded === true, ctx, back, false);
  if ('average' in ref) return sumOver(ref.average, ref.years, false, ctx, back, true);
  if ('ratio' in ref) return ratio(measure(ref.ratio[0], ctx, back), measure(ref.ratio[1], ctx, back));
  if ('growth' in ref) return growth(ref.growth, ref.periods, ctx, back);
  if ('lowest' in ref) return lowest(ref.lowest, ref.years, ctx, back);
  if ('fact' in ref) {
    const value = ctx.snapshot.facts?.[ref.fact];
    const levels = ctx.facts.levels(ref.fact);
    return value === undefined ? missing([{ kind: 'fact', id: ref.fact }]) : known(value, levels ? { levels } : {});
  }
  if ('certified' in ref) return known(holdsValid(ctx.snapshot.certifications, ref.certified, ctx.on.date));
  if ('newlyCertified' in ref) return known(firstCertifiedYear(ctx.snapshot.certifications, ref.newlyCertified) === ctx.on.dataYear);
  return enterpriseValue(ref.enterprise, ctx);
}

function annualValue(field: AnnualField, ctx: MeasureContext, year: number): Measurement {
  const value = ctx.byYear.get(year)?.[field];
  return value === null || value === undefined ? missing([{ kind: 'annual', field, year }]) : known(value);
}

function sumOver(field: AnnualField, years: number, sinceFounded: boolean, ctx: MeasureContext, back: number, average: boolean): Measurement {
  const gaps: MissingItem[] = [];
  let sum = 0;
  let counted = 0;
  for (let k = 0; k < years; k++) {
    const year = ctx.on.dataYear - back - k;
    // A young enterprise is measured over the years it has existed (HTE rule for its first three years).
    if (sinceFounded && k > 0 && ctx.foundedYear !== null && year < ctx.foundedYear) continue;
    const value = ctx.byYear.get(year)?.[field];
    if (typeof value !== 'number') gaps.push({ kind: 'annual', field, year });
    else {
      sum += value;
      counted++;
    }
  }
  if (gaps.length > 0) return missing(gaps);
  return known(Math.round((average ? sum / counted : sum) * 1e6) / 1e6);
}

function ratio(numerator: Measurement, denominator: Measurement): Measurement {
  if (!numerator.known || !denominator.known) return missing(uniqueMissing([numerator.known ? [] : numerator.missing, denominator.known ? [] : denominator.missing]));
  const a = numerator.value;
  const b = denominator.value;
  if (typeof a !== 'number' || typeof b !== 'number') return known(null, { why: { zh: '无法计算', en: 'cannot be computed' } });
  if (!(b > 0)) return known(null, { why: { zh: '分母为零或负数，无法计算', en: 'the denominator is zero or negative' } });
  return known(tidy((a * 100) / b));
}

/** Mean of the yearly growth ratios minus one, in % — for three years ½·(Y2/Y1 + Y3/Y2) − 1 (the HTE formula). */
function growth(field: AnnualField, periods: number, ctx: MeasureContext, back: number): Measurement {
  const values: number[] = [];
  const gaps: MissingItem[] = [];
  for (let k = periods; k >= 0; k--) {
    const year = ctx.on.dataYear - back - k;
    const value = ctx.byYear.get(year)?.[field];
    if (typeof value !== 'number') gaps.push({ kind: 'annual', field, year });
    else values.push(value);
  }
  if (gaps.length > 0) return missing(gaps);
  let sum = 0;
  for (let k = 1; k < values.length; k++) {
    if (!(values[k - 1]! > 0)) return known(null, { why: { zh: '基数年份的值为零或负数，增长率无法计算', en: 'a base year is zero or negative, so growth cannot be computed' } });
    sum += values[k]! / values[k - 1]!;
  }
  return known(tidy((sum / periods - 1) * 100));
}

function lowest(inner: MeasureRef, years: number, ctx: MeasureContext, back: number): Measurement {
  const parts = Array.from({ length: years }, (_, k) => measure(inner, ctx, back + k));
  const gaps = parts.flatMap((p) => (p.known ? [] : [p.missing]));
  if (gaps.length > 0) return missing(uniqueMissing(gaps));
  let low: number | null = Number.POSITIVE_INFINITY;
  let why: Text | undefined;
  for (const p of parts) {
    if (!p.known) continue;
    if (typeof p.value !== 'number') {
      low = null;
      why = p.why;
      break;
    }
    low = Math.min(low, p.value);
  }
  return known(low, why ? { why } : {});
}

function enterpriseValue(attribute: string, ctx: MeasureContext): Measurement {
  const e = ctx.snapshot.enterprise;
  switch (attribute) {
    case 'ageYears': {
      if (!e.foundedOn) return missing([{ kind: 'enterprise', field: 'foundedOn' }]);
      const date = ctx.on.date;
      let years = Number(date.slice(0, 4)) - Number(e.foundedOn.slice(0, 4));
      if (date.slice(5) < e.foundedOn.slice(5)) years--;
      return known(Math.max(0, years));
    }
    case 'sizeClass':
      return e.sizeClass === null ? missing([{ kind: 'enterprise', field: 'sizeClass' }]) : known(e.sizeClass, { levels: sizeClassLevels });
    case 'listed':
      return known(e.listed);
    case 'regionCode':
      return known(e.regionCode);
    case 'parkId':
      return known(e.parkId ?? '');
    case 'clusters':
      return known(e.clusters);
    default:
      return known(e.segments);
  }
}
