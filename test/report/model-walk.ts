/** Finding things in a report model. */
import type { Block, Chart, ReportModel, Section, Table } from '../../src/report/model/report-model.ts';

export function allBlocks(model: ReportModel): Block[] {
  const out: Block[] = [];
  const visit = (s: Section) => {
    out.push(...s.blocks);
    s.children.forEach(visit);
  };
  model.sections.forEach(visit);
  return out;
}

export function findTable(model: ReportModel, id: string): Table {
  const table = allBlocks(model).find((b): b is Table => b.kind === 'table' && b.id === id);
  if (!table) throw new Error(`no table ${id} in the report`);
  return table;
}

export function allCharts(model: ReportModel): Chart[] {
  return allBlocks(model).filter((b): b is Chart => b.kind === 'chart');
}
