/** A plan version's identity: the hash of its validated content, independent of file layout. */
import { createHash } from 'node:crypto';
import type { Plan } from './derive.ts';

export function planContentHash(plan: Plan): string {
  return createHash('sha256').update(JSON.stringify(plan), 'utf8').digest('hex');
}
