/** The enterprise stream holds nothing back: 200 000 enterprises in bounded memory. */
import { describe, expect, it } from 'vitest';
import { demoOf, hainan } from './demo-fixtures.ts';

describe('streaming enterprises', () => {
  it('generates 200 000 enterprises with bounded heap growth', () => {
    const demo = demoOf(hainan, { enterprises: 200_000 });
    const before = process.memoryUsage().heapUsed;
    let growth = 0;
    let count = 0;
    let annual = 0;
    for (const { annual: rows } of demo.enterprises()) {
      annual += rows.length;
      if (++count % 10_000 === 0) growth = Math.max(growth, process.memoryUsage().heapUsed - before);
    }
    expect(count).toBe(200_000);
    expect(annual).toBe(demo.summary.annualRows);
    // Holding the enterprises would take several hundred MB (≈ 3.7 KB each).
    expect(growth).toBeLessThan(100 * 1024 * 1024);
  }, 120_000);
});
