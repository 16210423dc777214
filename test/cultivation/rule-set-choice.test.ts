/** The rule set in force is chosen by the assessment date; the 2026 revision's unverified marks reach every assessment made under it. */
import { describe, expect, it } from 'vitest';
import { rulesInForce } from '../../src/cultivation/choose-rule-set.ts';
import { ALL_CONFIRMED, assess, criterion, ruleBook } from './factories.ts';

const on = (date: string) => ({ date, dataYear: Number(date.slice(0, 4)) - 1 });
const years = { 2022: {}, 2023: {}, 2024: {}, 2025: {} };

describe('rule set by date', () => {
  it('2025-12-31 and 2026-03-31 → the 2022 办法; 2026-04-01 → the 2026 revision', async () => {
    const book = await ruleBook();
    expect(rulesInForce(book, 'srdi-sme', '2025-12-31')?.ruleSet.document).toBe('工信部企业〔2022〕63号');
    expect(rulesInForce(book, 'srdi-sme', '2026-03-31')?.ruleSet.document).toBe('工信部企业〔2022〕63号');
    expect(rulesInForce(book, 'srdi-sme', '2026-04-01')?.ruleSet.document).toBe('工信部企业〔2026〕2号');
    expect(rulesInForce(book, 'little-giant', '2026-04-01')?.ruleSet.id).toBe('sme-tiers-2026');
    expect(rulesInForce(book, 'hte', '2026-04-01')?.ruleSet.id).toBe('hte-2016');
    expect(rulesInForce(book, 'tech-sme', '2030-12-31')?.ruleSet.id).toBe('tech-sme-2017');
  });

  it('before the 2022 办法 took effect there is no rule set for innovative SMEs', async () => {
    const before = await assess('innovative-sme', { years }, on('2022-07-31'));
    expect(before.status).toBe('no-rule-set');
    expect(before.ruleSet).toBeNull();
    expect((await assess('innovative-sme', { years }, on('2022-08-01'))).ruleSet?.id).toBe('sme-tiers-2022');
  });

  it('the same enterprise: 2 years in its niche is an SRDI SME under the 2022 办法, not under the 2026 revision (3 years)', async () => {
    const options = { years, all: { nicheYears: 2 }, facts: { ...ALL_CONFIRMED } };
    const old = await assess('srdi-sme', options, { date: '2026-03-31', dataYear: 2025 });
    expect(old.passed).toBe(true);
    expect(old.ruleSet?.unverified).toBe(false);
    const revised = await assess('srdi-sme', options, { date: '2026-04-01', dataYear: 2025 });
    expect(revised.passed).toBe(false);
    expect(criterion(revised, 'niche-years')).toMatchObject({ threshold: 3, passed: false, unverified: true });
  });

  it('under the 2026 revision every criterion, direct path and summary carries the unverified mark', async () => {
    const a = await assess('srdi-sme', { years, facts: ALL_CONFIRMED }, { date: '2026-04-01', dataYear: 2025 });
    expect(a.ruleSet).toMatchObject({ id: 'sme-tiers-2026', document: '工信部企业〔2026〕2号', effectiveFrom: '2026-04-01', unverified: true });
    expect(a.unverified).toBe(true);
    expect(a.criteria.every((c) => c.unverified)).toBe(true);
    expect(a.directPaths.every((p) => p.unverified)).toBe(true);
    expect(a.summary.zh).toContain('待核实');
    expect(a.passScore).toEqual({ comparator: '>=', value: 50 });
  });

  it('innovative SMEs under the 2026 revision carry the 2022 criteria, and say so', async () => {
    const a = await assess('innovative-sme', { years, facts: ALL_CONFIRMED }, { date: '2026-04-01', dataYear: 2025 });
    expect(a.ruleSet?.id).toBe('sme-tiers-2026');
    expect(a.carriedFrom?.id).toBe('sme-tiers-2022');
    expect(a.unverified).toBe(true);
    expect(a.passScore).toEqual({ comparator: '>=', value: 60 });
  });

  it('under the 2022 办法 only the items marked unverified carry the mark', async () => {
    const a = await assess('srdi-sme', { facts: ALL_CONFIRMED });
    expect(a.ruleSet?.unverified).toBe(false);
    expect(criterion(a, 'niche-years').unverified).toBe(false);
    expect(criterion(a, 'rd-spend').unverified).toBe(true);
  });
});
