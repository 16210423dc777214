/** A list response: `{ items: [...] }` — an object, so that paging or totals can join later. */
import { z } from 'zod';

export function itemsOf<S extends z.ZodType>(item: S) {
  return z.object({ items: z.array(item) });
}
