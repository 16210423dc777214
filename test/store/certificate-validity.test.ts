/**
 * The registry's one certificate validity rule, on both engines, on the edge days: issued
 * that day, expiring that day, expired the day before, no expiry, issued after the day. The
 * SQL rule must give what the in-memory rule (`isValidOn`) gives, and every query built on
 * it — search, tiers, the map, the plan's counts, the report's counts — must count the
 * enterprises the cultivation definitions count.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsValid, isValidOn } from '../../src/cultivation/certificates.ts';
import { counts, type EnterpriseCountSpec } from '../../src/cultivation/enterprise-counts.ts';
import type { Plan } from '../../src/plan/derive.ts';
import { certificationKinds, type CertificationInput, type CertificationKindId } from '../../src/records/certification.ts';
import { withCheckChar } from '../../src/records/credit-code.ts';
import type { EnterpriseInput } from '../../src/records/enterprise.ts';
import { certificationYears, registryCounts as reportCounts } from '../../src/report/inputs/certification-counts.ts';
import { enterpriseFacts } from '../../src/report/inputs/enterprise-facts.ts';
import { certificateValidOn, holdsValidCertificate } from '../../src/store/certificate-validity.ts';
import type { Db } from '../../src/store/open-database.ts';
import { applyChanges, diffRecords, loadStored } from '../../src/store/record-sync.ts';
import { certificatesByRegion } from '../../src/store/registry-industry.ts';
import { registryCounts } from '../../src/store/registry-queries.ts';
import { searchEnterprises, tiersOn } from '../../src/store/registry-read.ts';
import { certificationTable, enterpriseTable } from '../../src/store/tables/enterprise-tables.ts';
import { changeContext } from '../support/clock.ts';
import { ENGINES, freshStore, type TestStore } from '../support/engines.ts';

/** A year end, so the year-end counts (plan, report) judge on the same day as the rest. */
const DAY = '2025-12-31';
const YEAR = 2025;
const REGION = '460100';
const CLUSTER = 'digital-economy';

/** The edge cases, by name: issued and expiry dates around DAY. */
const EDGES = {
  'issued that day': { issuedOn: '2025-12-31', expiresOn: '2028-12-30' },
  'expiring that day': { issuedOn: '2023-01-01', expiresOn: '2025-12-31' },
  'expired the day before': { issuedOn: '2022-12-31', expiresOn: '2025-12-30' },
  'no expiry': { issuedOn: '2020-06-01', expiresOn: null },
  'issued after the day': { issuedOn: '2026-01-01', expiresOn: null },
} as const;
type Edge = keyof typeof EDGES;
const edges = Object.keys(EDGES) as Edge[];
const VALID: Edge[] = ['issued that day', 'expiring that day', 'no expiry'];

let serial = 0;
function enterprise(): EnterpriseInput {
  serial++;
  return {
    creditCode: withCheckChar(`914601${String(serial).padStart(11, '0')}`),
    name: `有效期测试企业${serial}`,
    regionCode: REGION,
    parkId: null,
    clusters: [CLUSTER],
    segments: [],
    foundedOn: '2015-01-01',
    sizeClass: 'small',
    listed: false,
  };
}

function certificate(creditCode: string, kind: CertificationKindId, edge: Edge): CertificationInput {
  return { creditCode, kind, certificateNo: null, ...EDGES[edge] };
}

/**
 * One enterprise per edge holding a high-tech certificate of that edge; and one per edge
 * holding an always-valid high-tech certificate and an above-size one of that edge (the
 * counts "above designated size only" judge the second certificate).
 */
const hteHolders = new Map(edges.map((edge) => [edge, enterprise()]));
const aboveSizeHolders = new Map(edges.map((edge) => [edge, enterprise()]));
const enterprises = [...hteHolders.values(), ...aboveSizeHolders.values()];
const certificates: CertificationInput[] = [
  ...edges.map((edge) => certificate(hteHolders.get(edge)!.creditCode, 'hte', edge)),
  ...edges.flatMap((edge) => {
    const code = aboveSizeHolders.get(edge)!.creditCode;
    return [certificate(code, 'hte', 'no expiry'), certificate(code, 'above-size', edge)];
  }),
];
const certificatesOf = (code: string) => certificates.filter((c) => c.creditCode === code);

const SPECS: EnterpriseCountSpec[] = [
  { certification: 'hte', aboveSizeOnly: false, cumulative: false },
  { certification: 'hte', aboveSizeOnly: true, cumulative: false },
  { certification: 'hte', aboveSizeOnly: false, cumulative: true },
  { certification: 'hte', aboveSizeOnly: true, cumulative: true },
];
/** Only the indicators' measurements are read by the counts. */
const plan = { indicators: SPECS.map((spec, i) => ({ id: `count-${i}`, measurement: { kind: 'enterprise_count', ...spec } })) } as unknown as Plan;
const expectedCount = (spec: EnterpriseCountSpec) => enterprises.filter((e) => counts(spec, certificatesOf(e.creditCode), DAY)).length;
const expectedHolders = (kind: CertificationKindId) => enterprises.filter((e) => holdsValid(certificatesOf(e.creditCode), kind, DAY)).length;

async function seed(db: Db) {
  await db.transaction().execute(async (trx) => {
    const e = enterpriseTable();
    await applyChanges(trx, e, diffRecords(e, enterprises, await loadStored(trx, e, enterprises)), changeContext());
    const c = certificationTable();
    await applyChanges(trx, c, diffRecords(c, certificates, await loadStored(trx, c, certificates)), changeContext());
  });
}

for (const engine of ENGINES) {
  describe(`certificate validity on ${engine}`, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await freshStore(engine);
      await seed(store.db);
    });
    afterAll(async () => store.dispose());

    it('a certificate is valid from the day of issue to its expiry day inclusive, forever when it has none', async () => {
      const edgeOf = new Map([...hteHolders].map(([edge, e]) => [e.creditCode, edge]));
      const rows = await store.db
        .selectFrom('certifications as c')
        .select('c.creditCode')
        .where('c.kind', '=', 'hte')
        .where('c.creditCode', 'in', [...edgeOf.keys()])
        .where(certificateValidOn('c', DAY))
        .execute();
      const valid = rows.map((r) => edgeOf.get(r.creditCode)!).sort();
      expect(valid).toEqual([...VALID].sort());
      // The same answer as the rule on certificates in memory.
      expect(valid).toEqual(edges.filter((edge) => isValidOn(certificate('', 'hte', edge), DAY)).sort());
    });

    it('takes the day from a column as well as from a value', async () => {
      const rows = await sql<{ creditCode: string }>`
        with days (day) as (values (${DAY}))
        select c.credit_code from days d join certifications c on c.kind = 'above-size' and ${certificateValidOn('c', sql.ref<string>('d.day'))}`.execute(store.db);
      const valid = rows.rows.map((r) => r.creditCode).sort();
      expect(valid).toEqual(VALID.map((edge) => aboveSizeHolders.get(edge)!.creditCode).sort());
    });

    it('an enterprise holds a kind when one of its certificates of the kind is valid', async () => {
      const rows = await store.db
        .selectFrom('enterprises as e')
        .select('e.creditCode')
        .where((eb) => holdsValidCertificate(eb.ref('e.creditCode'), 'above-size', DAY))
        .orderBy('e.creditCode')
        .execute();
      expect(rows.map((r) => r.creditCode)).toEqual(VALID.map((edge) => aboveSizeHolders.get(edge)!.creditCode).sort());
    });

    it('every registry query counts the enterprises the cultivation rules count', async () => {
      const codes = enterprises.map((e) => e.creditCode);
      const tiers = await tiersOn(store.db, codes, DAY);
      for (const code of codes) {
        expect(tiers.get(code)).toEqual(certificationKinds.filter((kind) => holdsValid(certificatesOf(code), kind, DAY)));
      }
      for (const tier of ['hte', 'above-size'] as const) {
        const page = await searchEnterprises(store.db, { tier, at: DAY }, { offset: 0, limit: 100 });
        expect(page.total).toBe(expectedHolders(tier));
      }
      expect(await certificatesByRegion(store.db, DAY)).toEqual([
        { regionCode: REGION, kind: 'above-size', enterprises: expectedHolders('above-size') },
        { regionCode: REGION, kind: 'hte', enterprises: expectedHolders('hte') },
      ]);
      const facts = await enterpriseFacts(store.db, YEAR);
      expect(facts.byCluster).toEqual([{ clusterId: CLUSTER, enterprises: enterprises.length, hteValid: expectedHolders('hte') }]);
      const years = await certificationYears(store.db, YEAR, YEAR);
      expect(years.find((y) => y.kind === 'hte')?.validAtYearEnd).toBe(expectedHolders('hte'));
      expect(years.find((y) => y.kind === 'above-size')?.validAtYearEnd).toBe(expectedHolders('above-size'));

      const expected = SPECS.map(expectedCount);
      expect(expected).toEqual([8, 3, 9, 3]);
      const fromStore = await registryCounts(store.db, plan, [YEAR]);
      expect(fromStore.rows.map((r) => r.enterprises)).toEqual(expected);
      const fromReport = await reportCounts(store.db, plan, YEAR, YEAR);
      expect(fromReport.map((r) => r.count)).toEqual(expected);
    });
  });
}
