/**
 * A large file is validated in bounded memory: rows stream from disk through the validator
 * and nothing holds them, so the heap grows only by the keys kept to find duplicates.
 */
import { createWriteStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { importContext } from '../../src/ingest/import-context.ts';
import { createRowValidator } from '../../src/ingest/row-validator.ts';
import { openTableSource } from '../../src/ingest/table-source.ts';
import { plan, tempDir } from './support.ts';
import { withCheckChar } from '../../src/records/credit-code.ts';

const ROWS = 200_000;
const MB = 1024 * 1024;

/** A full garbage collection, so heapUsed counts what is still referenced. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function writeAnnualCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('统一社会信用代码,年度,营业收入（万元）,主营业务收入（万元）,研发费用（万元）,从业人员（人）,研发人员（人）,资产总额（万元）,负债总额（万元）,净资产（万元）,主导产品属战略性新兴产业\n');
  for (let i = 0; i < ROWS; i++) {
    const code = withCheckChar(`9146${String(100000 + (i % 800000)).slice(0, 6)}${i.toString(36).toUpperCase().padStart(7, '0').replace(/[IOZSV]/g, 'A')}`);
    const line = `${code},${2020 + (i % 5)},${(i % 9000) + 1000}.5,${(i % 900) + 100},${i % 300},${(i % 500) + 10},${i % 10},9000,4000,5000,${i % 2 ? '是' : '否'}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('streaming', () => {
  it(`validates ${ROWS.toLocaleString('en')} annual rows with heap growth under 150 MB`, { timeout: 300_000 }, async () => {
    const dir = tempDir();
    const path = join(dir, 'annual-200k.csv');
    await writeAnnualCsv(path);
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let valid = 0;
    let invalid = 0;
    const source = await openTableSource(path);
    const validator = createRowValidator('annual', source, importContext(plan));
    expect(validator.headerIssues).toEqual([]);
    for await (const row of source.rows) {
      const result = validator.validate(row);
      if (result && 'record' in result) valid++;
      else invalid++;
      if ((valid + invalid) % 50_000 === 0) {
        collectGarbage();
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      }
    }
    collectGarbage();
    peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    expect(invalid).toBe(0);
    expect(valid).toBe(ROWS);
    expect(peak / MB).toBeLessThan(150);
    rmSync(dir, { recursive: true, force: true });
  });
});
