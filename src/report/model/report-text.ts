/**
 * The report as plain text: headings, paragraphs, list items, table cells (tab-separated),
 * chart titles with their series data, notices. What the golden test compares, and a quick
 * way to read a report in a terminal.
 */
import type { Block, ChartSpec, ReportModel, Section } from './report-model.ts';

export function reportText(model: ReportModel): string {
  const out: string[] = [];
  out.push(`# ${model.cover.planTitle}`, `# ${model.cover.title}`, ...model.cover.lines);
  for (const notice of model.cover.notices) out.push(`[${notice.tone}] ${notice.title}: ${notice.text}`);
  for (const section of model.sections) writeSection(section, out);
  return `${out.join('\n')}\n`;
}

function writeSection(section: Section, out: string[]): void {
  out.push('', `${'#'.repeat(section.level + 1)} ${section.heading}`);
  for (const block of section.blocks) writeBlock(block, out);
  for (const child of section.children) writeSection(child, out);
}

function writeBlock(block: Block, out: string[]): void {
  switch (block.kind) {
    case 'paragraph':
      out.push(`${block.lead ?? ''}${block.text}`);
      return;
    case 'list':
      block.items.forEach((item, k) => out.push(`${block.ordered ? `${k + 1}.` : '-'} ${item.lead ?? ''}${item.text}`));
      return;
    case 'figures':
      out.push(block.items.map((i) => `${i.label}: ${i.value}`).join(' | '));
      return;
    case 'notice':
      out.push(`[${block.tone}] ${block.title}: ${block.text}`);
      return;
    case 'table':
      out.push(`[table ${block.id}] ${block.caption}`, block.columns.map((c) => c.label).join('\t'));
      for (const row of block.rows) out.push(row.map((c) => c.text).join('\t'));
      for (const note of block.notes) out.push(`  ${note}`);
      return;
    case 'chart':
      out.push(`[chart ${block.spec.id}] ${block.caption}`, ...chartLines(block.spec));
  }
}

function chartLines(spec: ChartSpec): string[] {
  const head = [`  ${spec.title} · ${spec.unit}`, `  ${spec.source}`];
  const n = (v: number | null) => (v === null ? '-' : String(v));
  switch (spec.kind) {
    case 'bar':
      return [
        ...head,
        `  ${spec.categories.join(' | ')}`,
        ...spec.series.map((s) => `  ${s.name}: ${s.values.map(n).join(' ')}`),
        ...(spec.reference ? [`  ${spec.reference.label}: ${spec.reference.value}`] : []),
      ];
    case 'line':
      return [
        ...head,
        ...spec.series.map((s) => `  ${s.name}: ${s.points.map((p) => `${p.year}=${p.value}`).join(' ')}`),
        ...(spec.interval ? [`  ${spec.interval.name}: ${spec.interval.year}=${spec.interval.low}…${spec.interval.high}`] : []),
      ];
    case 'map':
      return [...head, ...spec.points.map((p) => `  ${p.name} (${spec.groups[p.group]?.name ?? ''}): ${p.value}`)];
  }
}
