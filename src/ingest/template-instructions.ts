/**
 * The 填报说明 sheet: what the template is for, how to fill it, every column with its unit
 * and what it accepts, and the rule that one invalid row rejects the whole file. Chinese
 * first (it is what an official reads), an English line at the end.
 */
import type ExcelJS from 'exceljs';
import type { Plan } from '../plan/derive.ts';
import type { RecordKind } from '../records/field-spec.ts';
import { parserFor } from './field-parser.ts';
import type { ImportContext } from './import-context.ts';
import type { PrefillOptions } from './template-prefill.ts';
import { CODES_SHEET, DATA_SHEET } from './xlsx-source.ts';

export function writeInstructions(sheet: ExcelJS.Worksheet, plan: Plan, kind: RecordKind, context: ImportContext, prefill: PrefillOptions & { rows: number }): void {
  const keyLabels = kind.naturalKey
    .map((key) => kind.fields.find((f) => f.key === key) ?? kind.fields.find((f) => f.aliases.includes(key)))
    .flatMap((f) => (f ? [f.label.zh] : []));
  const steps = [
    `本模板用于填报“${kind.name.zh}”。请在“${DATA_SHEET}”工作表中从第2行起逐行填写，每行一条记录。`,
    '第1行为表头，已锁定，请勿修改；导入时按表头识别各列。红色表头为必填列，其他列可以留空。',
    '数字列只填数字，不要填写单位或文字；单位见表头括号内（如“营业收入（万元）”）。百分比可填12.5或12.5%。',
    '日期请填写为 2027-03-15 的格式；年份填写四位数，如2027。',
    `带下拉箭头的列可从列表中选择；列表中的名称和代码列在隐藏的“${CODES_SHEET}”工作表中，填写代码或名称均可。多个产业集群或细分领域用“；”分隔。`,
    `同一文件中${keyLabels.join('、')}都相同的两行视为重复，会被拒绝。`,
    '导入时逐行校验：只要有一行有误，整个文件都不会导入。系统会列出每处错误所在的行、列、所填的值和应填写的内容，改正后重新导入即可。',
  ];
  if (prefill.rows > 0) {
    const what = [prefill.region ? `市县“${prefill.region.name.zh}”` : '', prefill.year ? `${prefill.year}年` : ''].filter(Boolean).join('、');
    steps.push(`本模板已按${what}预填了${prefill.rows}行，请补填其余各列；没有数据的行请整行删除，不要只留空数值。`);
  }

  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 8;
  sheet.getColumn(3).width = 12;
  sheet.getColumn(4).width = 70;
  let row = 1;
  const line = (text: string, bold = false) => {
    const cell = sheet.getCell(row++, 1);
    cell.value = text;
    if (bold) cell.font = { bold: true, size: 14 };
  };
  line(`${plan.title.zh} — ${kind.name.zh}填报模板`, true);
  row++;
  line('填写步骤', true);
  steps.forEach((step, i) => line(`${i + 1}. ${step}`));
  row++;
  line('各列说明', true);
  const header = sheet.getRow(row++);
  header.values = ['列名', '必填', '单位', '填写要求'];
  header.font = { bold: true };
  for (const field of kind.fields) {
    const expected = field.description?.zh ?? parserFor(field, context).expected.zh;
    const r = sheet.getRow(row++);
    r.values = [field.label.zh, field.required ? '是' : '否', field.unit?.zh ?? '', expected];
    r.getCell(4).alignment = { wrapText: true, vertical: 'top' };
  }
  row++;
  line(
    `English: the ${kind.name.en} template of plan ${plan.id}. Fill the sheet "${DATA_SHEET}" from row 2, one record per row; do not change the header. ` +
      `Units are in brackets in the header; the codes and names the dropdowns offer are in the hidden sheet "${CODES_SHEET}". ` +
      'Every row is checked on import: if any row is invalid, nothing is imported, and every problem is listed by row and column.',
  );
}
