/**
 * Reads 表2-1 straight from the plan text, so the test compares the encoded indicators with
 * the table itself rather than with a copy typed into the test.
 */
export interface TableRow {
  category: string;
  name: string;
  unit: string;
  target: string;
  growth: string;
}

export function readTable21(text: string): TableRow[] {
  const start = text.indexOf('表2-1');
  const end = text.indexOf('第四节', start);
  if (start < 0 || end < 0) throw new Error('表2-1 not found in the plan text');
  const blocks = text
    .slice(start, end)
    .split('\n\n')
    .map((block) => block.split('\n').filter((line) => line.startsWith('\t')).map((line) => line.trim()))
    .filter((cells) => cells.length === 5);
  const [header, ...rows] = blocks;
  if (header?.[1] !== '指标名称') throw new Error(`unexpected header of 表2-1: ${JSON.stringify(header)}`);
  let category = '';
  return rows.map(([cat, name, unit, target, growth]) => {
    if (cat) category = cat;
    return { category, name: name!, unit: unit!, target: target!, growth: growth! };
  });
}
