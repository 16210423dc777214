/**
 * 统一社会信用代码 as typed: full-width characters and surrounding spaces are forgiven;
 * lower-case letters are not silently fixed (the code is an identity) but the message
 * offers the upper-case code when that one is valid. Each refusal says why.
 */
import type { Text } from '../plan/schema.ts';
import { creditCodeCheckChar, creditCodeProblem } from '../records/credit-code.ts';
import type { Cell } from './cell-value.ts';
import { fail, ok, type Parsed } from './parsed.ts';

export function parseCreditCode(cell: Cell): Parsed<string> {
  if (cell.type === 'number') {
    return fail({
      zh: '单元格是数字格式，长代码会丢失精度；请将该列设为文本格式后重新填写',
      en: 'the cell is a number, which loses digits of a long code; format the column as text and enter the code again',
    });
  }
  if (cell.type !== 'text') return fail();
  const code = cell.text.normalize('NFKC').trim();
  if (creditCodeProblem(code) === null) return ok(code);
  const upper = code.toUpperCase();
  const problem = describe(upper);
  if (upper === code) return fail(problem ?? undefined);
  if (problem === null) return fail({ zh: `字母应为大写，应填写“${upper}”`, en: `letters must be upper case: ${upper}` });
  return fail({ zh: `字母应为大写；且${problem.zh}`, en: `letters must be upper case, and ${problem.en}` });
}

function describe(code: string): Text | null {
  switch (creditCodeProblem(code)) {
    case null:
      return null;
    case 'length':
      return { zh: `长度为${[...code].length}位，应为18位`, en: `it has ${[...code].length} characters, not 18` };
    case 'character': {
      const bad = [...code].find((ch) => creditCodeCheckChar(`${ch}0000000000000000`) === null) ?? '?';
      return {
        zh: `含有代码中不使用的字符“${bad}”（只用数字和除I、O、Z、S、V外的大写字母）`,
        en: `it contains ${JSON.stringify(bad)}, which credit codes do not use (digits and upper-case letters except I, O, Z, S, V)`,
      };
    }
    case 'checksum': {
      const check = creditCodeCheckChar(code.slice(0, 17));
      return {
        zh: `校验位错误（按前17位，第18位应为“${check}”），请核对`,
        en: `the check character is wrong (the first 17 characters give ${check}); please check the code`,
      };
    }
  }
}
