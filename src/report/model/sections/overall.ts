/** 一、总体进展: the indicators by category, the table of every indicator, the charts, the explanations. */
import { completionChart } from '../charts/completion-chart.ts';
import { statusChart } from '../charts/status-chart.ts';
import { draft, list, paragraph, type DraftSection } from '../draft.ts';
import { plural } from '../format.ts';
import { headline } from '../headline.ts';
import { indicatorTable } from '../indicator-table.ts';
import { say, type ReportContext } from '../report-context.ts';
import type { Block } from '../report-model.ts';
import { countPhrase } from '../status-groups.ts';

export function buildOverall(ctx: ReportContext): DraftSection {
  const { lang, evaluation } = ctx;
  const h = headline(evaluation);
  const byCategory = evaluation.summary.byCategory
    .filter((c) => c.indicators > 0)
    .map((c) =>
      lang === 'zh' ? `${c.name.zh}${c.indicators}项中，${countPhrase(c, lang)}` : `${c.name.en}: ${plural(c.indicators, 'indicator')} — ${countPhrase(c, lang)}`,
    );
  const blocks: Block[] = [
    paragraph(
      lang === 'zh'
        ? `从目标领域看，${byCategory.join('；')}。`
        : `By target category. ${byCategory.join('. ')}.`,
    ),
    indicatorTable(ctx, evaluation.indicators),
    statusChart(ctx),
  ];
  const completion = completionChart(
    ctx,
    'completion-all',
    evaluation.indicators,
    say(ctx, { zh: '各指标完成进度与时间进度', en: 'Completion of each indicator against the time elapsed' }),
    h.timeElapsedPct,
  );
  if (completion) blocks.push(completion);
  const notes = draft(
    'overall-notes',
    say(ctx, { zh: '各指标进展说明', en: 'Indicator by indicator' }),
    [list(evaluation.indicators.map((row) => row.explanation[lang]), true)],
  );
  return draft('overall', say(ctx, { zh: '总体进展', en: 'Overall progress' }), blocks, [notes]);
}
