import { describe, expect, it } from 'vitest';
import { explain, type ExplanationInput } from '../../src/evaluation/explanation.ts';
import { formatValue } from '../../src/evaluation/format-value.ts';
import type { Unit } from '../../src/plan/schema.ts';

const yuan: Unit = { id: '100m-cny', name: { zh: '亿元', en: '100 million yuan' }, symbol: '亿元', additive: true };
const percent: Unit = { id: 'percent', name: { zh: '百分比', en: 'percent' }, symbol: '%', additive: false };

function digital(overrides: Partial<ExplanationInput> = {}): ExplanationInput {
  return {
    name: { zh: '数字经济核心产业营收', en: 'Digital economy core industries revenue' },
    unit: yuan,
    place: null,
    baseYear: 2025,
    latest: { year: 2027, value: 3000 },
    target: { year: 2030, value: 4000, implied: false },
    status: 'fair',
    statusReason: null,
    schedule: 'behind',
    cagrActual: 0.0717677,
    cagrRequired: 0.0890003,
    ratio: 0.806375,
    requiredRemaining: 0.1006424,
    completionPct: 27.9705,
    timeElapsedPct: 40,
    assigned: null,
    ...overrides,
  };
}

describe('explanations a reader can quote', () => {
  it('the issue’s example, word for word, then the schedule and what the remaining years need', () => {
    const text = explain(digital());
    expect(text.zh).toBe(
      '2027年数字经济核心产业营收3000亿元，年均增长7.2%，低于实现目标所需的8.9%，需加快。完成进度28%，时间进度40%，滞后；2028—2030年需年均增长10.1%。',
    );
    expect(text.en).toBe(
      'Digital economy core industries revenue stood at CNY 300 billion in 2027, growing 7.2% a year, below the 8.9% a year needed to reach the target: acceleration needed. 28% of the way to the target with 40% of the time elapsed: behind schedule; 2028–2030 needs growth of 10.1% a year.',
    );
  });

  it('on track, limited and deterioration use their own words', () => {
    expect(explain(digital({ status: 'on_track', ratio: 1.2, cagrActual: 0.107 })).zh).toContain('年均增长10.7%，高于实现目标所需的8.9%，进展顺利。');
    expect(explain(digital({ status: 'on_track', ratio: 0.97 })).zh).toContain('接近实现目标所需的8.9%，进展顺利');
    expect(explain(digital({ status: 'limited', ratio: 0.2, cagrActual: 0.018 })).en).toContain('far below the 8.9% a year needed to reach the target: limited progress.');
    const worse = explain(digital({ status: 'deterioration', ratio: -0.3, cagrActual: -0.027, latest: { year: 2027, value: 2470 } }));
    expect(worse.zh).toContain('2027年数字经济核心产业营收2470亿元，年均下降2.7%，与目标方向相反，需扭转。');
  });

  it('achieved: early before the target year, plainly at it', () => {
    expect(explain(digital({ status: 'achieved', schedule: 'achieved', latest: { year: 2027, value: 4100 } })).zh).toBe(
      '2027年数字经济核心产业营收4100亿元，已达到2030年4000亿元的目标，提前实现。',
    );
    expect(explain(digital({ status: 'achieved', schedule: 'achieved', latest: { year: 2030, value: 4100 } })).en).toBe(
      'Digital economy core industries revenue stood at CNY 410 billion in 2030, reaching the 2030 target of CNY 400 billion.',
    );
  });

  it('what is missing, said as what to do', () => {
    expect(explain(digital({ status: 'no_data', schedule: 'no_data', latest: null })).zh).toBe('数字经济核心产业营收尚无2026年以来的监测数据，无法评估进展。');
    expect(explain(digital({ status: 'no_baseline', schedule: 'no_baseline' })).zh).toBe(
      '2027年数字经济核心产业营收3000亿元，但缺少2025年基期值，无法计算增速；请补录2025年数据。',
    );
    const reason = { zh: '基期值（-20）与最新值（15）正负号不同，增速无意义', en: 'the baseline (-20) and the latest value (15) have different signs, so a growth rate is meaningless' };
    expect(explain(digital({ status: 'not_assessable', schedule: 'not_assessable', statusReason: reason })).en).toContain('have different signs');
  });

  it('an assigned target: the latest year met or not, and the tally', () => {
    const text = explain({
      ...digital(),
      name: { zh: '规模以上工业单位增加值能耗下降', en: 'Reduction in energy use per unit of value added' },
      unit: percent,
      status: 'not_assessable',
      assigned: {
        years: [
          { year: 2026, assigned: 3, actual: 3.2, status: 'met' },
          { year: 2027, assigned: 3, actual: 2.6, status: 'not_met' },
        ],
        latest: { year: 2027, assigned: 3, actual: 2.6, status: 'not_met' },
        met: 1,
        notMet: 1,
      },
    });
    expect(text.zh).toBe('2027年规模以上工业单位增加值能耗下降2.6%，未完成下达的3%目标。已考核2年，完成1年、未完成1年。');
    expect(text.en).toBe(
      'Reduction in energy use per unit of value added stood at 2.6% in 2027, short of the assigned 3%. Of 2 years assessed: 1 met, 1 not met.',
    );
  });

  it('a region’s row names the region and says its target is implied', () => {
    const text = explain(
      digital({ place: { zh: '海口市', en: 'Haikou' }, status: 'achieved', schedule: 'achieved', latest: { year: 2027, value: 2300 }, target: { year: 2030, value: 2266, implied: true } }),
    );
    expect(text.zh).toBe('2027年海口市数字经济核心产业营收2300亿元，已达到按全省所需增速推算的2030年2266亿元的目标，提前实现。');
  });

  it('values in the plan’s units in Chinese, familiar ones in English', () => {
    expect(formatValue(2611.68, yuan, 'zh')).toBe('2611.68亿元');
    expect(formatValue(2611.68, yuan, 'en')).toBe('CNY 261.17 billion');
    expect(formatValue(15.4231, percent, 'en')).toBe('15.42%');
  });
});
