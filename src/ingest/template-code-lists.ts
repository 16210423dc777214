/**
 * The hidden 代码表 sheet of a template: for every field that names something (region,
 * park, series, project, clusters, segments, enum, yes/no), a block of columns listing the
 * names the dropdown offers and their codes. The dropdowns refer to these ranges, which keeps
 * lists longer than Excel's 255-character inline limit working.
 */
import type ExcelJS from 'exceljs';
import type { FieldSpec, RecordKind } from '../records/field-spec.ts';
import { columnLetter } from './cell-ref.ts';
import type { ImportContext } from './import-context.ts';
import { CODES_SHEET } from './xlsx-source.ts';

export interface CodeList {
  /** `'代码表'!$A$2:$A$20`: the names a dropdown offers. */
  range: string;
  names: string[];
  /** Several names may be typed, separated by ；— the dropdown is a suggestion, not a rule. */
  multiple: boolean;
}

interface Entry {
  name: string;
  code: string;
  extra?: string;
}

function entriesFor(field: FieldSpec, context: ImportContext): { entries: Entry[]; extraHeader?: string } | null {
  switch (field.type) {
    case 'region': {
      const regions = context.regions.all.filter((r) => field.required !== true || !r.province);
      return { entries: regions.map((r) => ({ name: r.name.zh, code: r.code })) };
    }
    case 'park':
      return {
        entries: context.parks.all.map((p) => ({ name: p.name.zh, code: p.id, extra: p.region ?? p.regions.join('、') })),
        extraHeader: '所在市县代码',
      };
    case 'series':
      return {
        entries: context.series.all.map((s) => ({ name: s.name.zh, code: s.id, extra: s.unit.symbol })),
        extraHeader: '单位',
      };
    case 'project':
      return { entries: context.projects.all.map((p) => ({ name: p.name.zh, code: p.id, extra: p.regions.join('、') })), extraHeader: '所在市县代码' };
    case 'cluster-list':
      return { entries: context.clusters.all.map((c) => ({ name: c.name.zh, code: c.id })) };
    case 'segment-list': {
      const clusterName = new Map(context.clusters.all.map((c) => [c.id, c.name.zh]));
      return { entries: context.segments.all.map((s) => ({ name: s.name.zh, code: s.id, extra: clusterName.get(s.clusterId) ?? s.clusterId })), extraHeader: '所属产业集群' };
    }
    case 'enum':
      return { entries: (field.values ?? []).map((v) => ({ name: v.label.zh, code: v.value })) };
    case 'boolean':
      return { entries: [{ name: '是', code: 'true' }, { name: '否', code: 'false' }] };
    default:
      return null;
  }
}

export function writeCodeLists(sheet: ExcelJS.Worksheet, kind: RecordKind, context: ImportContext): Map<string, CodeList> {
  const lists = new Map<string, CodeList>();
  let column = 1;
  for (const field of kind.fields) {
    const found = entriesFor(field, context);
    if (!found || found.entries.length === 0) continue;
    const headers = [`${field.label.zh}（名称）`, `${field.label.zh}（代码）`, ...(found.extraHeader ? [found.extraHeader] : [])];
    headers.forEach((h, i) => {
      sheet.getCell(1, column + i).value = h;
      sheet.getCell(1, column + i).font = { bold: true };
    });
    found.entries.forEach((entry, i) => {
      sheet.getCell(i + 2, column).value = entry.name;
      sheet.getCell(i + 2, column + 1).value = entry.code;
      if (found.extraHeader) sheet.getCell(i + 2, column + 2).value = entry.extra ?? '';
    });
    headers.forEach((_, i) => (sheet.getColumn(column + i).width = 24));
    const letter = columnLetter(column - 1);
    lists.set(field.key, {
      range: `'${CODES_SHEET}'!$${letter}$2:$${letter}$${found.entries.length + 1}`,
      names: found.entries.map((e) => e.name),
      multiple: field.type === 'cluster-list' || field.type === 'segment-list',
    });
    column += headers.length + 1;
  }
  return lists;
}
