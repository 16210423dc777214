/** Every data table's rows in key order: two stores hold the same data when their snapshots are equal. */
import type { Db } from '../../src/store/open-database.ts';
import { DATA_TABLES } from '../../src/store/table-order.ts';

export async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const info of DATA_TABLES) {
    let query = db.selectFrom(info.table).selectAll();
    for (const column of info.orderBy) query = query.orderBy(column as never);
    out[info.sqlName] = await query.execute();
  }
  return out;
}
