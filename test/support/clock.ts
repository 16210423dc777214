/** A fixed clock for tests: every change gets a known timestamp. */
import type { ChangeContext } from '../../src/store/actor.ts';

export function changeContext(overrides: Partial<ChangeContext> = {}): ChangeContext {
  return { actor: 'tester', at: '2027-03-31T08:00:00.000Z', origin: 'test', ...overrides };
}
