/** Audit columns every registry table carries: demo flag on creation, who and when on every change. */
import type { ChangeContext } from '../actor.ts';

export function auditColumns(isDemo: boolean) {
  return {
    onInsert: (_record: unknown, ctx: ChangeContext) => ({ isDemo: isDemo ? 1 : 0, updatedBy: ctx.actor, updatedAt: ctx.at }),
    onUpdate: (_record: unknown, ctx: ChangeContext) => ({ updatedBy: ctx.actor, updatedAt: ctx.at }),
  };
}
