/**
 * When a certificate counts as held — the one rule behind every registry query that judges
 * certificates on a day (the search's tier filter, the tiers an enterprise holds, the map's
 * certificates per region, the plan's enterprise counts, the report's counts), so the pages,
 * the evaluation and the report always count the same enterprises.
 *
 * A certificate is valid on a day when it was issued on or before that day and has not
 * expired before it:
 * - `expires_on` is the last day of validity (有效期至, "valid until"), so a certificate is
 *   still valid on the day it expires: a yearly 科技型中小企业 registration "valid to 31
 *   December" counts at that year end, and the demo writes issued + N years − 1 day;
 * - a null `expires_on` means no end date (规模以上企业 status, or a certificate imported
 *   without one): valid from the day of issue on;
 * - a certificate issued that very day is valid on it.
 *
 * Dates are ISO text ('YYYY-MM-DD') on both engines, so comparing the text is comparing the
 * dates: no date functions (SQLite and PostgreSQL differ there), and the indexes on
 * (kind, issued_on, expires_on) and (credit_code, kind, issued_on, expires_on) serve it.
 *
 * For certificates already read into memory the same rule is `isValidOn` in
 * src/cultivation/certificates.ts; test/store/certificate-validity.test.ts holds the two to
 * the same answers on the edge days.
 */
import { expressionBuilder, sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { CertificationKindId } from '../records/certification.ts';
import type { DatabaseSchema } from './database-schema.ts';

/** A day: a 'YYYY-MM-DD' value, or a column of the query holding one (the year ends of an aggregate). */
export type Day = string | Expression<string>;

/** The certificate the query names `alias` (a `certifications` row) is valid on `day`. */
export function certificateValidOn(alias: string, day: Day): RawBuilder<SqlBool> {
  const issuedOn = sql.ref(`${alias}.issuedOn`);
  const expiresOn = sql.ref(`${alias}.expiresOn`);
  return sql<SqlBool>`(${issuedOn} <= ${day} and (${expiresOn} is null or ${expiresOn} >= ${day}))`;
}

/** The enterprise with credit code `creditCode` (a column of the outer query) holds a certificate of `kind` valid on `day`. */
export function holdsValidCertificate(creditCode: Expression<string>, kind: CertificationKindId, day: Day): Expression<SqlBool> {
  const eb = expressionBuilder<DatabaseSchema>();
  return eb.exists(
    eb
      .selectFrom('certifications as held')
      .select('held.id')
      .where('held.creditCode', '=', creditCode)
      .where('held.kind', '=', kind)
      .where(certificateValidOn('held', day)),
  );
}
