import { describe, expect, it } from 'vitest';
import { runRowWrite } from './use-row-write.ts';

describe('a write from a table row', () => {
  it('marks the row busy while it runs and frees it after', async () => {
    const log: unknown[] = [];
    await runRowWrite(7, async () => void log.push('write'), (key) => log.push(['busy', key]), (error) => log.push(['error', error]));
    expect(log).toEqual([['busy', 7], 'write', ['busy', null]]);
  });
  it('reports a refusal and still frees the row', async () => {
    const log: unknown[] = [];
    const refusal = new Error('refused');
    await runRowWrite(
      'bulk',
      async () => {
        throw refusal;
      },
      (key) => log.push(['busy', key]),
      (error) => log.push(['error', error]),
    );
    expect(log).toEqual([['busy', 'bulk'], ['error', refusal], ['busy', null]]);
  });
});
