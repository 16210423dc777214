import { describe, expect, it } from 'vitest';
import type { CriterionJson } from '../../api/types.ts';
import { criterionOutcome, nextBandText, pointsText, requirementText, valueText } from './criterion-format.ts';

const base = {
  applicable: true, passed: null, kind: 'threshold', missing: [], points: null, pointsUpTo: null, maxPoints: null, next: null, value: null, unit: 'percent', comparator: null, threshold: null,
} as unknown as CriterionJson;
const c = (patch: Partial<CriterionJson>) => ({ ...base, ...patch }) as CriterionJson;
const fact = { kind: 'fact', field: null, year: null, fact: 'no_major_violation', name: { zh: '未发生…', en: 'No…' } } as const;
const annual = { kind: 'annual', field: 'nicheMarketSharePct', year: 2028, fact: null, name: { zh: '2028年细分市场占有率', en: 'Niche market share (2028)' } } as const;
const labels = new Map([
  ['medium', { zh: '中型', en: 'medium' }],
  ['consumer-goods', { zh: '高端消费品加工', en: 'High-end consumer goods processing' }],
  ['deep-sea', { zh: '深海科技', en: 'Deep-sea technology' }],
]);

describe('a criterion in words', () => {
  it('tells the outcome', () => {
    expect(criterionOutcome(c({ passed: true }))).toBe('met');
    expect(criterionOutcome(c({ passed: false }))).toBe('not-met');
    expect(criterionOutcome(c({ missing: [fact] }))).toBe('to-confirm');
    expect(criterionOutcome(c({ missing: [fact, annual] }))).toBe('missing');
    expect(criterionOutcome(c({ points: 5 }))).toBe('scored');
    expect(criterionOutcome(c({ applicable: false }))).toBe('not-applicable');
    expect(criterionOutcome(c({}))).toBe('not-computable');
  });

  it('formats the value used and the requirement as the engine does, ids named', () => {
    expect(valueText(c({ value: 5.419105305, unit: 'percent' }), 'zh', labels)).toBe('5.42%');
    expect(valueText(c({ value: 307.68, unit: '10k-cny' }), 'zh', labels)).toBe('307.68 万元');
    expect(valueText(c({ value: 307.68, unit: '10k-cny' }), 'en', labels)).toBe('3.08 million yuan');
    expect(valueText(c({ value: 'medium', unit: 'level' }), 'zh', labels)).toBe('中型');
    expect(valueText(c({ value: ['consumer-goods'], unit: 'text' }), 'en', labels)).toBe('High-end consumer goods processing');
    expect(valueText(c({ value: null, missing: [annual] }), 'zh', labels)).toBeNull();
    expect(valueText(c({ value: null }), 'zh', labels)).toBe('无法计算');
    expect(requirementText(c({ comparator: '>=', threshold: 3, unit: 'percent' }), 'zh', labels)).toBe('≥ 3%');
    expect(requirementText(c({ comparator: '=', threshold: true, unit: 'yes-no' }), 'zh', labels)).toBe('= 是');
    expect(requirementText(c({ comparator: 'in', threshold: ['deep-sea', 'consumer-goods'], unit: 'text' }), 'zh', labels)).toBe('∈ 深海科技、高端消费品加工');
    expect(requirementText(c({}), 'zh', labels)).toBeNull();
  });

  it('gives points and the next band', () => {
    expect(pointsText(c({ points: 5, pointsUpTo: 5, maxPoints: 5 }), 'zh')).toBe('5 / 5 分');
    expect(pointsText(c({ points: 7, pointsUpTo: 8, maxPoints: 30 }), 'en')).toBe('7–8 / 30 pts');
    expect(pointsText(c({}), 'en')).toBeNull();
    expect(nextBandText(c({ next: { comparator: '>=', threshold: 0, points: 2 }, unit: 'percent' }), 'zh', labels)).toBe('≥ 0% → 2 分');
  });
});
