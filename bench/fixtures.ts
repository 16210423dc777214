/**
 * The benchmarks' data: the demo province (src/demo) at a size given in enterprise-year
 * rows, written fast — straight into the tables for SQLite (prepared statements in one
 * transaction), as CSV for PostgreSQL (psql \copy) — and the CSV our importer reads.
 * Loading is setup, not what is measured, so it bypasses the record sync (no history).
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { recordTableFor } from '../src/commands/record-tables.ts';
import { generateDemo, type DemoData } from '../src/demo/generate-demo.ts';
import type { DemoEnterprise } from '../src/demo/demo-enterprises.ts';
import type { Plan } from '../src/plan/derive.ts';
import { enterpriseAnnualKind, type EnterpriseAnnualInput } from '../src/records/enterprise-annual.ts';
import type { RecordKindId } from '../src/records/record-kinds.ts';
import { ensurePlanVersion } from '../src/store/plan-versions.ts';
import { applyChanges, diffRecords, loadStored } from '../src/store/record-sync.ts';
import type { Store } from '../src/store/open-database.ts';

export const WORK_DIR = join(import.meta.dirname, 'results', 'work.tmp');
export const BENCH_AT = '2029-01-15T08:00:00.000Z';
export const BENCH_ACTOR = 'bench';

export const ANNUAL_NUMBER_COLUMNS = [
  'revenue', 'main_business_revenue', 'rd_expense', 'rd_expense_domestic', 'staff', 'rd_staff', 'st_staff',
  'total_assets', 'total_liabilities', 'net_assets', 'net_profit', 'high_tech_revenue', 'ip_class1', 'ip_class2',
  'equity_financing', 'niche_years', 'niche_market_share_pct',
] as const;
const ANNUAL_PROPS = [
  'revenue', 'mainBusinessRevenue', 'rdExpense', 'rdExpenseDomestic', 'staff', 'rdStaff', 'stStaff',
  'totalAssets', 'totalLiabilities', 'netAssets', 'netProfit', 'highTechRevenue', 'ipClass1', 'ipClass2',
  'equityFinancing', 'nicheYears', 'nicheMarketSharePct',
] as const satisfies readonly (keyof EnterpriseAnnualInput)[];

export const ENTERPRISE_COLUMNS = ['credit_code', 'name', 'region_code', 'park_id', 'clusters', 'segments', 'founded_on', 'size_class', 'listed', 'is_demo', 'updated_by', 'updated_at'];
export const ANNUAL_COLUMNS = ['credit_code', 'year', ...ANNUAL_NUMBER_COLUMNS, 'strategic_emerging', 'is_demo', 'updated_by', 'updated_at'];
export const CERTIFICATION_COLUMNS = ['credit_code', 'kind', 'certificate_no', 'issued_on', 'expires_on', 'is_demo', 'updated_by', 'updated_at'];

/** How many enterprises give about `annualRows` enterprise-year rows (measured on the first 2000). */
export function enterprisesFor(plan: Plan, annualRows: number): number {
  const sample = generateDemo(plan, { enterprises: 2000 });
  let rows = 0;
  for (const e of sample.enterprises()) rows += e.annual.length;
  return Math.ceil((annualRows / rows) * 2000 * 1.002);
}

/** The demo sized for `annualRows` rows; enterprises are streamed up to the one that completes that count. */
export interface DemoAtScale {
  demo: DemoData;
  annualRows: number;
  /** Enterprises, truncated so that their annual rows add up to exactly `annualRows`. */
  each(): Generator<DemoEnterprise & { annual: EnterpriseAnnualInput[] }>;
}

export function demoAtScale(plan: Plan, annualRows: number): DemoAtScale {
  const demo = generateDemo(plan, { enterprises: enterprisesFor(plan, annualRows) });
  return {
    demo,
    annualRows,
    *each() {
      let left = annualRows;
      for (const e of demo.enterprises()) {
        if (left <= 0) return;
        const annual = e.annual.length > left ? e.annual.slice(0, left) : e.annual;
        left -= annual.length;
        yield { ...e, annual };
      }
      if (left > 0) throw new Error(`the demo gave ${annualRows - left} annual rows, fewer than ${annualRows}`);
    },
  };
}

const csvCell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvLine = (cells: readonly unknown[]): string => `${cells.map(csvCell).join(',')}\n`;

class CsvOut {
  private buffer: string[] = [];
  private size = 0;
  readonly stream: WriteStream;
  constructor(readonly path: string) {
    this.stream = createWriteStream(`${path}.partial`);
  }
  async line(cells: readonly unknown[]): Promise<void> {
    const text = csvLine(cells);
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    renameSync(`${this.path}.partial`, this.path);
  }
}

export const annualValues = (a: EnterpriseAnnualInput): unknown[] => [
  a.creditCode, a.year, ...ANNUAL_PROPS.map((p) => a[p]), a.strategicEmerging === null ? null : a.strategicEmerging ? 1 : 0,
];

/** The header of the import file: the kind's Chinese labels, as the template writes them. */
export const importHeader = (): string[] => enterpriseAnnualKind.fields.map((f) => f.label.zh);
const importRow = (a: EnterpriseAnnualInput): unknown[] => [
  a.creditCode, a.year, ...ANNUAL_PROPS.map((p) => a[p]), a.strategicEmerging === null ? null : a.strategicEmerging ? '是' : '否',
];

export interface CsvSet {
  dir: string;
  /** Import format (Chinese header), exactly `annualRows` data rows. */
  annualImport: string;
  /** Table columns, no header, for psql \copy. */
  enterprises: string;
  annual: string;
  certifications: string;
  annualRows: number;
  enterpriseCount: number;
  certificationCount: number;
}

/** Writes (or finds, when a complete set for this size exists) the CSV files of the demo at `annualRows`. */
export async function demoCsvSet(plan: Plan, annualRows: number, options: { importFile?: boolean; log?: (line: string) => void } = {}): Promise<CsvSet> {
  const dir = join(WORK_DIR, `demo-${annualRows}`);
  mkdirSync(dir, { recursive: true });
  const set: CsvSet = {
    dir,
    annualImport: join(dir, 'enterprise-annual.csv'),
    enterprises: join(dir, 'enterprises.db.csv'),
    annual: join(dir, 'annual.db.csv'),
    certifications: join(dir, 'certifications.db.csv'),
    annualRows,
    enterpriseCount: 0,
    certificationCount: 0,
  };
  const counts = join(dir, 'counts.json');
  const wantImport = options.importFile ?? true;
  if (existsSync(counts) && existsSync(set.certifications) && (!wantImport || existsSync(set.annualImport))) {
    const { enterpriseCount, certificationCount } = JSON.parse(await import('node:fs/promises').then((f) => f.readFile(counts, 'utf8'))) as CsvSet;
    return { ...set, enterpriseCount, certificationCount };
  }
  options.log?.(`writing the demo's CSV files for ${annualRows.toLocaleString('en')} enterprise-year rows to ${dir}`);
  const scale = demoAtScale(plan, annualRows);
  const imp = wantImport ? new CsvOut(set.annualImport) : null;
  const ent = new CsvOut(set.enterprises);
  const ann = new CsvOut(set.annual);
  const cer = new CsvOut(set.certifications);
  await imp?.line(importHeader());
  const audit = [1, BENCH_ACTOR, BENCH_AT];
  for (const { enterprise: e, annual, certifications } of scale.each()) {
    set.enterpriseCount++;
    await ent.line([e.creditCode, e.name, e.regionCode, e.parkId, JSON.stringify(e.clusters), JSON.stringify(e.segments), e.foundedOn, e.sizeClass, e.listed ? 1 : 0, ...audit]);
    for (const a of annual) {
      await ann.line([...annualValues(a), ...audit]);
      await imp?.line(importRow(a));
    }
    for (const c of certifications) {
      set.certificationCount++;
      await cer.line([c.creditCode, c.kind, c.certificateNo, c.issuedOn, c.expiresOn, ...audit]);
    }
  }
  await Promise.all([imp?.close(), ent.close(), ann.close(), cer.close()]);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(counts, JSON.stringify({ enterpriseCount: set.enterpriseCount, certificationCount: set.certificationCount }));
  return set;
}

/** The small sets of the demo (observations, projects, milestones, calendar), written through the record sync. */
export async function writeDemoSmallSets(store: Store, plan: Plan, demo: DemoData): Promise<void> {
  const ctx = { actor: BENCH_ACTOR, at: BENCH_AT, origin: 'demo' };
  await store.db.transaction().execute(async (trx) => {
    const version = await ensurePlanVersion(trx, plan, BENCH_AT);
    const setup = { plan, planVersionId: version.id, isDemo: true, status: 'approved' as const, originFile: null };
    const write = async (kind: RecordKindId, records: readonly unknown[]) => {
      const table = recordTableFor(kind, setup);
      const list = records as never[];
      await applyChanges(trx, table, diffRecords(table, list, await loadStored(trx, table, list)), ctx);
    };
    await write('observations', demo.observations.map((o) => ({ ...o, originRow: null })));
    await write('projects', demo.projects);
    await write('milestones', demo.milestones);
    await write('calendar', demo.calendar);
  });
}

/** Enterprises (and, unless `annual: false`, their annual rows) and certificates straight into a SQLite store. */
export function loadRegistrySqlite(store: Store, scale: DemoAtScale, options: { annual?: boolean } = {}): { enterprises: number; annual: number; certifications: number } {
  const db = store.sqlite!;
  const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
  const insertEnterprise = db.prepare(`INSERT INTO enterprises (${ENTERPRISE_COLUMNS.join(', ')}) VALUES (${placeholders(ENTERPRISE_COLUMNS.length)})`);
  const insertAnnual = db.prepare(`INSERT INTO enterprise_annual (${ANNUAL_COLUMNS.join(', ')}) VALUES (${placeholders(ANNUAL_COLUMNS.length)})`);
  const insertCertification = db.prepare(`INSERT INTO certifications (${CERTIFICATION_COLUMNS.join(', ')}) VALUES (${placeholders(CERTIFICATION_COLUMNS.length)})`);
  const audit = [1, BENCH_ACTOR, BENCH_AT];
  const counts = { enterprises: 0, annual: 0, certifications: 0 };
  db.transaction(() => {
    for (const { enterprise: e, annual, certifications } of scale.each()) {
      insertEnterprise.run(e.creditCode, e.name, e.regionCode, e.parkId, JSON.stringify(e.clusters), JSON.stringify(e.segments), e.foundedOn, e.sizeClass, e.listed ? 1 : 0, ...audit);
      counts.enterprises++;
      if (options.annual !== false) {
        for (const a of annual) {
          insertAnnual.run(...annualValues(a), ...audit);
          counts.annual++;
        }
      }
      for (const c of certifications) {
        insertCertification.run(c.creditCode, c.kind, c.certificateNo, c.issuedOn, c.expiresOn, ...audit);
        counts.certifications++;
      }
    }
  })();
  db.pragma('optimize');
  return counts;
}

/** The registry CSVs into a PostgreSQL database with psql \copy (fast; needs psql). */
export function loadRegistryPostgres(url: string, set: CsvSet): void {
  const copy = (table: string, columns: string[], file: string) => {
    const result = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `\\copy ${table} (${columns.join(', ')}) FROM '${file}' WITH (FORMAT csv)`], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`psql \\copy ${table} failed: ${result.stderr || result.error?.message}`);
  };
  copy('enterprises', ENTERPRISE_COLUMNS, set.enterprises);
  copy('enterprise_annual', ANNUAL_COLUMNS, set.annual);
  copy('certifications', CERTIFICATION_COLUMNS, set.certifications);
  const analyze = spawnSync('psql', [url, '-q', '-c', 'ANALYZE'], { encoding: 'utf8' });
  if (analyze.status !== 0) throw new Error(`ANALYZE failed: ${analyze.stderr}`);
}

export function hasCommand(command: string, args: string[] = ['--version']): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0;
}

export function fileSize(path: string): number {
  return statSync(path).size;
}
