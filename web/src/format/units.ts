/** The plan's units by id, for formatting values the API gives with a unit id. */
import type { UnitLike } from './numbers.ts';

export function unitOf(units: readonly UnitLike[] | undefined, id: string | null | undefined): UnitLike | undefined {
  return id ? units?.find((unit) => unit.id === id) : undefined;
}
