/**
 * One or two sentences a reader can quote, in Chinese and English, e.g.
 * 「2027年数字经济核心产业营收3000亿元，年均增长7.2%，低于实现目标所需的8.9%，需加快。」
 * The first sentence says where the indicator stands by the SDG method; the second gives
 * the schedule and what the remaining years need.
 */
import type { Text, Unit } from '../plan/schema.ts';
import type { AssignedAssessment } from './assigned-target.ts';
import { formatPct, formatRate, formatValue } from './format-value.ts';
import type { YearValue } from './progress-status.ts';
import { scheduleLabel, type ProgressStatus, type ScheduleStatus } from './statuses.ts';

export interface ExplanationInput {
  name: Text;
  unit: Unit;
  /** The region, for a regional row; null for the province. */
  place: Text | null;
  baseYear: number;
  latest: YearValue | null;
  /** `implied`: a region's target derived from the province's required growth. */
  target: { year: number; value: number | null; implied: boolean };
  status: ProgressStatus;
  statusReason: Text | null;
  schedule: ScheduleStatus;
  /** Fractions. */
  cagrActual: number | null;
  cagrRequired: number | null;
  ratio: number | null;
  requiredRemaining: number | null;
  completionPct: number | null;
  timeElapsedPct: number | null;
  assigned: AssignedAssessment | null;
}

export function explain(input: ExplanationInput): Text {
  const first = firstSentence(input);
  const second = secondSentence(input);
  return { zh: first.zh + second.zh, en: second.en ? `${first.en} ${second.en}` : first.en };
}

function firstSentence(x: ExplanationInput): Text {
  const name = { zh: `${x.place ? x.place.zh : ''}${x.name.zh}`, en: x.place ? `${x.name.en} in ${x.place.en}` : x.name.en };
  const v = (value: number) => ({ zh: formatValue(value, x.unit, 'zh'), en: formatValue(value, x.unit, 'en') });

  if (x.assigned) return assignedSentence(x, name, v);
  const latest = x.latest;
  if (!latest) {
    if (x.status === 'no_baseline') {
      return {
        zh: `${name.zh}缺少${x.baseYear}年基期值，也尚无监测数据，无法评估。`,
        en: `${name.en} has neither a ${x.baseYear} baseline nor observations yet, so it cannot be assessed.`,
      };
    }
    return {
      zh: `${name.zh}尚无${x.baseYear + 1}年以来的监测数据，无法评估进展。`,
      en: `${name.en} has no observations since ${x.baseYear + 1} yet, so progress cannot be assessed.`,
    };
  }
  const lead = { zh: `${latest.year}年${name.zh}${v(latest.value).zh}`, en: `${name.en} stood at ${v(latest.value).en} in ${latest.year}` };

  switch (x.status) {
    case 'achieved': {
      const target = x.target.value === null ? null : v(x.target.value);
      const early = latest.year < x.target.year;
      const which = x.target.implied
        ? { zh: '按全省所需增速推算的', en: ' implied by the province’s required growth' }
        : { zh: '', en: '' };
      return {
        zh: `${lead.zh}，已达到${which.zh}${x.target.year}年${target ? `${target.zh}的` : ''}目标${early ? '，提前实现' : ''}。`,
        en: `${lead.en}, reaching the ${x.target.year} target${which.en}${target ? ` of ${target.en}` : ''}${early ? ' ahead of time' : ''}.`,
      };
    }
    case 'no_baseline':
      return {
        zh: `${lead.zh}，但缺少${x.baseYear}年基期值，无法计算增速；请补录${x.baseYear}年数据。`,
        en: `${lead.en}, but the ${x.baseYear} baseline is missing, so growth cannot be computed; enter the ${x.baseYear} value.`,
      };
    case 'not_assessable':
      return {
        zh: `${lead.zh}，${x.statusReason?.zh ?? '数据不足'}，无法按增速评估。`,
        en: `${lead.en}; ${x.statusReason?.en ?? 'the data are insufficient'}, so it cannot be assessed by growth rates.`,
      };
    case 'no_data':
      return {
        zh: `${name.zh}尚无${x.baseYear + 1}年以来的监测数据，无法评估进展。`,
        en: `${name.en} has no observations since ${x.baseYear + 1} yet, so progress cannot be assessed.`,
      };
    default:
      return growthSentence(x, lead);
  }
}

function growthSentence(x: ExplanationInput, lead: Text): Text {
  const actual = x.cagrActual === null ? null : growthWords(x.cagrActual);
  const start = actual ? { zh: `${lead.zh}，${actual.zh}`, en: `${lead.en}, ${actual.en}` } : lead;
  if (x.status === 'deterioration') {
    if (x.ratio === null && x.statusReason) {
      return { zh: `${start.zh}；${x.statusReason.zh}，需扭转。`, en: `${start.en}; ${x.statusReason.en} — needs reversing.` };
    }
    return { zh: `${start.zh}，与目标方向相反，需扭转。`, en: `${start.en} — the wrong direction for the target; needs reversing.` };
  }
  const r = x.cagrRequired;
  if (r === null || x.ratio === null) return { zh: `${start.zh}。`, en: `${start.en}.` };
  const rising = r > 0;
  const needed = rising
    ? { zh: `实现目标所需的${formatRate(r)}`, en: `the ${formatRate(r)} a year needed to reach the target` }
    : { zh: `实现目标所需的年均下降${formatRate(-r)}`, en: `the ${formatRate(-r)} a year fall needed to reach the target` };
  const [cmpZh, cmpEn, adviceZh, adviceEn] =
    x.status === 'on_track'
      ? x.ratio >= 1
        ? [rising ? '高于' : '快于', rising ? 'above' : 'faster than', '进展顺利', 'on track']
        : ['接近', 'close to', '进展顺利', 'on track']
      : x.status === 'fair'
        ? [rising ? '低于' : '慢于', rising ? 'below' : 'slower than', '需加快', 'acceleration needed']
        : [rising ? '远低于' : '远慢于', rising ? 'far below' : 'much slower than', '进展有限', 'limited progress'];
  return {
    zh: `${start.zh}，${cmpZh}${needed.zh}，${adviceZh}。`,
    en: `${start.en}, ${cmpEn} ${needed.en}: ${adviceEn}.`,
  };
}

function secondSentence(x: ExplanationInput): Text {
  if (x.assigned || !['on_track', 'fair', 'limited', 'deterioration'].includes(x.status)) return { zh: '', en: '' };
  const parts: Text[] = [];
  if (x.completionPct !== null && x.timeElapsedPct !== null) {
    const label = scheduleLabel(x.schedule, x.latest?.year ?? null, x.target.year);
    parts.push({
      zh: `完成进度${formatPct(x.completionPct)}，时间进度${formatPct(x.timeElapsedPct, 0)}，${label.zh}`,
      en: `${formatPct(x.completionPct)} of the way to the target with ${formatPct(x.timeElapsedPct, 0)} of the time elapsed: ${label.en}`,
    });
  }
  const latestYear = x.latest?.year;
  if (x.requiredRemaining !== null && latestYear !== undefined && latestYear < x.target.year) {
    const from = latestYear + 1;
    const span = from === x.target.year ? { zh: `${from}年`, en: `${from}` } : { zh: `${from}—${x.target.year}年`, en: `${from}–${x.target.year}` };
    const perYear = from === x.target.year ? { zh: '', en: '' } : { zh: '年均', en: ' a year' };
    const q = x.requiredRemaining;
    parts.push(
      q >= 0
        ? { zh: `${span.zh}需${perYear.zh}增长${formatRate(q)}`, en: `${span.en} needs growth of ${formatRate(q)}${perYear.en}` }
        : { zh: `${span.zh}需${perYear.zh}下降${formatRate(-q)}`, en: `${span.en} needs a fall of ${formatRate(-q)}${perYear.en}` },
    );
  }
  if (parts.length === 0) return { zh: '', en: '' };
  return { zh: `${parts.map((p) => p.zh).join('；')}。`, en: `${parts.map((p) => p.en).join('; ')}.` };
}

function assignedSentence(x: ExplanationInput, name: Text, v: (value: number) => Text): Text {
  const assigned = x.assigned!;
  const latest = assigned.latest;
  if (!latest || latest.actual === null || latest.assigned === null) {
    return {
      zh: `${name.zh}尚无同一年份的下达目标与实际值，无法判断是否完成。`,
      en: `${name.en} has no year with both the assigned target and the actual value yet, so it cannot be judged.`,
    };
  }
  const met = latest.status === 'met';
  const first = {
    zh: `${latest.year}年${name.zh}${v(latest.actual).zh}，${met ? '完成' : '未完成'}下达的${v(latest.assigned).zh}目标。`,
    en: `${name.en} stood at ${v(latest.actual).en} in ${latest.year}, ${met ? 'meeting' : 'short of'} the assigned ${v(latest.assigned).en}.`,
  };
  const judged = assigned.met + assigned.notMet;
  if (judged < 2) return first;
  const tally =
    assigned.notMet === 0
      ? { zh: '均完成', en: 'all met' }
      : assigned.met === 0
        ? { zh: '均未完成', en: 'none met' }
        : { zh: `完成${assigned.met}年、未完成${assigned.notMet}年`, en: `${assigned.met} met, ${assigned.notMet} not met` };
  return { zh: `${first.zh}已考核${judged}年，${tally.zh}。`, en: `${first.en} Of ${judged} years assessed: ${tally.en}.` };
}

function growthWords(rate: number): Text {
  return rate >= 0
    ? { zh: `年均增长${formatRate(rate)}`, en: `growing ${formatRate(rate)} a year` }
    : { zh: `年均下降${formatRate(-rate)}`, en: `falling ${formatRate(-rate)} a year` };
}
