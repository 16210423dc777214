/** Yes/no cells: 是/否, Y/N, yes/no, true/false, 1/0, √/× (the tick official forms use), or an Excel boolean. */
import type { Cell } from './cell-value.ts';
import { nameKey } from './name-key.ts';
import { fail, ok, type Parsed } from './parsed.ts';

const WORDS = new Map<string, boolean>([
  ...['是', 'y', 'yes', 'true', '1', '√', '✓', '对', '有'].map((w) => [w, true] as const),
  ...['否', 'n', 'no', 'false', '0', '×', '✗', '不是', '无'].map((w) => [w, false] as const),
]);

export function parseBoolean(cell: Cell): Parsed<boolean> {
  if (cell.type === 'boolean') return ok(cell.value);
  if (cell.type === 'number') return cell.value === 1 ? ok(true) : cell.value === 0 ? ok(false) : fail();
  if (cell.type !== 'text') return fail();
  const value = WORDS.get(nameKey(cell.text));
  return value === undefined ? fail() : ok(value);
}
