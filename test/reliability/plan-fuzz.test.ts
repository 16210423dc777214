/**
 * Fuzzing the plan loader: the Hainan plan folder copied to a temp dir, one of its YAML
 * files mutated (lines dropped, duplicated, re-indented or cut; values replaced by hostile
 * text; random bytes; an alias bomb), then loaded with loadPlan. Properties: it either loads
 * or throws PlanLoadError — never another exception — and every error names where it is:
 * the file (and line) or the field path in the plan.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan, PlanLoadError } from '../../src/plan/read-plan-folder.ts';
import { hainanPlanDir } from '../support/paths.ts';
import { count, EVIL_TEXT, fuzz, printTally, TIMEOUT } from './fuzz-config.ts';

const FILES = readdirSync(hainanPlanDir).filter((f) => f.endsWith('.yaml')).sort();
const TEXTS = new Map(FILES.map((f) => [f, readFileSync(join(hainanPlanDir, f), 'utf8')]));

const ALIAS_BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', 'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]', 'h: [*g,*g,*g,*g,*g,*g,*g,*g,*g]'].join('\n');

type Mutation =
  | { type: 'dropLine' | 'duplicateLine' | 'indent' | 'dedent'; at: number }
  | { type: 'value'; at: number; value: string }
  | { type: 'cut'; at: number }
  | { type: 'bytes'; at: number; bytes: number[] }
  | { type: 'append'; text: string };

const hostile = fc.oneof(
  fc.constantFrom(...EVIL_TEXT),
  fc.constantFrom('null', '~', '[]', '{}', '-1', '1e999', '.nan', '.inf', 'yes', '0x10', '2026-13-45', '&anchor', '*nowhere', '!!binary AAAA', '!!js/function "x"', '"unterminated', "'", '|', '>', '? complex'),
  fc.string({ maxLength: 20 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ type: fc.constantFrom('dropLine' as const, 'duplicateLine' as const, 'indent' as const, 'dedent' as const), at: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ type: fc.constant('value' as const), at: fc.nat(), value: hostile }) },
  fc.record({ type: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 }) }),
  fc.record({ type: fc.constant('append' as const), text: fc.oneof(fc.constant(ALIAS_BOMB), fc.constant('indicators: 1'), hostile.map((h) => `x: ${h}`)) }),
);

function mutate(text: string, m: Mutation): Buffer {
  const lines = text.split('\n');
  const at = 'at' in m ? m.at % lines.length : 0;
  switch (m.type) {
    case 'dropLine':
      lines.splice(at, 1);
      break;
    case 'duplicateLine':
      lines.splice(at, 0, lines[at]!);
      break;
    case 'indent':
      lines[at] = `  ${lines[at]}`;
      break;
    case 'dedent':
      lines[at] = lines[at]!.replace(/^ {1,2}/, '');
      break;
    case 'value': {
      // Replace the value of the first `key: value` line at or after `at`.
      for (let i = 0; i < lines.length; i++) {
        const n = (at + i) % lines.length;
        const match = /^(\s*(?:- )?[\w-]+:) .+$/.exec(lines[n]!);
        if (match) {
          lines[n] = `${match[1]} ${m.value.replace(/\n/g, ' ')}`;
          break;
        }
      }
      break;
    }
    case 'cut': {
      const bytes = Buffer.from(text, 'utf8');
      return bytes.subarray(0, m.at % (bytes.length + 1));
    }
    case 'bytes': {
      const bytes = Buffer.from(text, 'utf8');
      const p = m.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, p), Buffer.from(m.bytes), bytes.subarray(p)]);
    }
    case 'append':
      lines.push(m.text);
      break;
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

describe('plan loader fuzzing', () => {
  afterAll(() => printTally('plan-fuzz'));

  it('a mutated plan folder loads or is refused with every error placed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (file, mutations) => {
        count('plan folders');
        const dir = mkdtempSync(join(tmpdir(), 'plansight-plan-fuzz-'));
        try {
          cpSync(hainanPlanDir, dir, { recursive: true });
          let bytes: Buffer = Buffer.from(TEXTS.get(file)!, 'utf8');
          for (const m of mutations) bytes = mutate(bytes.toString('utf8'), m);
          writeFileSync(join(dir, file), bytes);
          try {
            await loadPlan(dir);
            count('  → loaded');
          } catch (error) {
            if (!(error instanceof PlanLoadError)) throw error;
            count('  → refused');
            const errors = error.issues.filter((i) => i.severity === 'error');
            expect(errors.length).toBeGreaterThan(0);
            for (const issue of errors) {
              expect(issue.file !== undefined || issue.path !== undefined, JSON.stringify(issue)).toBe(true);
              expect(issue.message.en.length).toBeGreaterThan(0);
              expect(issue.message.zh.length).toBeGreaterThan(0);
            }
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      fuzz(12, 600),
    );
  }, TIMEOUT);

  it('a YAML alias bomb is an issue of its file, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plansight-plan-bomb-'));
    try {
      cpSync(hainanPlanDir, dir, { recursive: true });
      writeFileSync(join(dir, 'indicators.yaml'), `${TEXTS.get('indicators.yaml')}\n${ALIAS_BOMB}\n`);
      const error = await loadPlan(dir).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PlanLoadError);
      expect((error as PlanLoadError).issues.find((i) => i.file === 'indicators.yaml')?.message.en).toMatch(/too many aliases/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
