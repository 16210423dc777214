/** The generator as a whole: deterministic, complete, and the Hainan run's headline numbers. */
import { describe, expect, it } from 'vitest';
import { DEMO_NOTE } from '../../src/demo/generate-demo.ts';
import { collect, demoOf, hainan } from './demo-fixtures.ts';

describe('determinism', () => {
  it('gives identical output, byte for byte, for the same plan and options', () => {
    const a = demoOf(hainan, { enterprises: 400 });
    const b = demoOf(hainan, { enterprises: 400 });
    const serialise = (d: typeof a) => JSON.stringify([d.observations, d.projects, d.milestones, d.calendar, d.summary, collect(d)]);
    expect(serialise(a)).toBe(serialise(b));
    // The stream restarts: a second pass over the same demo gives the same enterprises.
    expect(JSON.stringify(collect(a))).toBe(JSON.stringify(collect(a)));
  });

  it('gives different data for a different seed', () => {
    const a = demoOf(hainan, { enterprises: 200, seed: 1 });
    const b = demoOf(hainan, { enterprises: 200, seed: 2 });
    expect(JSON.stringify(a.observations)).not.toBe(JSON.stringify(b.observations));
    expect(JSON.stringify(a.projects)).not.toBe(JSON.stringify(b.projects));
    const codesA = new Set(collect(a).map((e) => e.enterprise.creditCode));
    expect(collect(b).filter((e) => codesA.has(e.enterprise.creditCode))).toHaveLength(0);
  });

  it('computes enterprise i from the seed and i alone: a slice equals the same part of the full stream', () => {
    const demo = demoOf(hainan, { enterprises: 500 });
    const all = collect(demo);
    expect(JSON.stringify([...demo.enterprises(123, 130)])).toBe(JSON.stringify(all.slice(123, 130)));
    // …and does not depend on what else is generated in the run (lastYear changes only later rows).
    const longer = collect(demoOf(hainan, { enterprises: 500, lastYear: 2029 }));
    expect(longer[42]!.enterprise.creditCode).toBe(all[42]!.enterprise.creditCode);
    expect(longer[42]!.annual.filter((r) => r.year <= 2028).map((r) => r.revenue)).toEqual(all[42]!.annual.map((r) => r.revenue));
  });
});

describe('the default Hainan demo', () => {
  const demo = demoOf(hainan);

  it('uses the documented defaults', () => {
    expect(demo.options).toMatchObject({ seed: 2026, enterprises: 3000, lastYear: 2028, firstEnterpriseYear: 2023 });
    expect(demo.enterpriseCount).toBe(3000);
    expect(demo.summary.years).toEqual([2025, 2026, 2027, 2028]);
  });

  it('summarises what it produced, matching the rows', () => {
    const enterprises = collect(demo);
    const s = demo.summary;
    expect(s.enterprises).toBe(enterprises.length);
    expect(s.annualRows).toBe(enterprises.reduce((n, e) => n + e.annual.length, 0));
    expect(s.certificationRows).toBe(enterprises.reduce((n, e) => n + e.certifications.length, 0));
    expect(s.observations).toBe(demo.observations.length);
    expect(s.projects).toBe(hainan.projects.length);
    expect(s.projectProgress).toBe(demo.projects.length);
    expect(s.milestones).toBe(demo.milestones.length);
    expect(s.calendarEntries).toBe(demo.calendar.length);
  });

  it('marks every observation and project row as demo data', () => {
    for (const o of demo.observations) expect(o.note).toBe(DEMO_NOTE);
    for (const p of demo.projects) expect(p.note?.startsWith(DEMO_NOTE)).toBe(true);
  });

  it('refuses options that cannot work, saying which value is wrong', () => {
    expect(() => demoOf(hainan, { enterprises: -1 })).toThrow(/enterprises .* got -1/);
    expect(() => demoOf(hainan, { lastYear: 2031 })).toThrow(/lastYear .* 2031/);
    expect(() => demoOf(hainan, { seed: 1.5 })).toThrow(/seed/);
    expect(() => demoOf(hainan, { enterprises: 100, certificationTargets: { hteValid: 2000 } })).toThrow(/hte tier needs/);
  });

  it('still works for tiny registries', () => {
    for (const enterprises of [0, 1, 7]) {
      const small = demoOf(hainan, { enterprises });
      expect(collect(small)).toHaveLength(enterprises);
    }
  });
});
