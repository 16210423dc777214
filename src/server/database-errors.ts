/**
 * Database errors a client caused, translated into the catalogue: a unique or foreign-key
 * violation on either engine becomes `conflict`, naming the field when the engine tells it.
 * The engine's own message (which may quote stored values) never reaches the client.
 */
import type { ApiError} from './errors.ts';
import { errors, type ErrorDetail } from './errors.ts';

type ConstraintKind = 'unique' | 'foreign_key';

interface DriverError {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
}

function constraintKind(error: DriverError): ConstraintKind | null {
  switch (error.code) {
    case '23505': // PostgreSQL unique_violation
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return 'unique';
    case '23503': // PostgreSQL foreign_key_violation
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return 'foreign_key';
    default:
      return null;
  }
}

/** The columns the engine names: PostgreSQL's detail `Key (a, b)=(…)`, SQLite's `… failed: t.a, t.b`. */
function constraintFields(error: DriverError): string[] {
  const pg = typeof error.detail === 'string' ? /^Key \(([^)]+)\)=/.exec(error.detail) : null;
  if (pg) return pg[1]!.split(',').map((c) => camelCase(c.trim()));
  const sqlite = typeof error.message === 'string' ? /constraint failed: (.+)$/.exec(error.message) : null;
  if (sqlite) return sqlite[1]!.split(',').map((c) => camelCase(c.trim().split('.').pop() ?? ''));
  return [];
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
}

/** The catalogue error for a database error, or null when it is not the client's doing. */
export function translateDatabaseError(error: unknown): ApiError | null {
  if (typeof error !== 'object' || error === null) return null;
  const kind = constraintKind(error as DriverError);
  if (kind === null) return null;
  const fields = constraintFields(error as DriverError);
  const details: ErrorDetail[] = fields.map((field) => ({ field }));
  return kind === 'unique'
    ? errors.conflict(details, { zh: `已存在相同的${fields.length > 0 ? ` ${fields.join('、')}` : '记录'}`, en: `Already exists: the same ${fields.length > 0 ? fields.join(', ') : 'record'}` })
    : errors.conflict(details, { zh: '引用的数据不存在，或仍被其他数据引用', en: 'A referenced record does not exist, or the record is still referenced' });
}
