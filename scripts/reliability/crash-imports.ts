/**
 * Crash drill, imports through the API: an administrator uploads an enterprise file
 * (validated and previewed, kept in the database) and commits it; the server is killed with
 * SIGKILL at a random moment of the upload or of the commit. After each kill:
 *   - the engine's integrity check passes (SQLite integrity_check; PostgreSQL amcheck);
 *   - the import is all or nothing: the enterprises are exactly those before, or those
 *     before plus every row of the file — never a part — and every stored enterprise has
 *     its 'create' history row;
 *   - a kill during the upload leaves no enterprise of the file;
 *   - the work can be finished: on the next start the kept upload (if it was kept) is
 *     committed — or, had it been committed already, committing again changes nothing —
 *     and if the upload never landed, the file is uploaded again; afterwards every row is
 *     there exactly once.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Engine } from '../../src/store/engine.ts';
import { withCheckChar } from '../../src/records/credit-code.ts';
import type { DrillResult } from './crash-submissions.ts';
import { afterKill, countCreated, countRows, describeIntegrity, drillDatabase, killHard, logIn, sessionHeaders, startServer, type RunningServer, type Session } from './drill-server.ts';

function enterprisesCsv(batch: number, rows: number): string {
  const lines = ['credit_code,name,region,clusters'];
  for (let i = 0; i < rows; i++) lines.push(`${withCheckChar(`9146${String(batch).padStart(3, '0')}${String(i).padStart(10, '0')}`)},演练企业${batch}-${i}有限公司,460100,digital-economy`);
  return `${lines.join('\n')}\n`;
}

async function upload(server: RunningServer, session: Session, filename: string, text: string): Promise<{ status: number; id?: string }> {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), filename);
  const response = await fetch(`${server.url}/api/imports?kind=enterprises`, { method: 'POST', headers: sessionHeaders(session), body: form });
  const body = (await response.json()) as { id?: string };
  return { status: response.status, id: body.id };
}

async function commit(server: RunningServer, session: Session, id: string): Promise<{ status: number; counts?: { inserted: number; unchanged: number } }> {
  const response = await fetch(`${server.url}/api/imports/${id}/commit`, { method: 'POST', headers: sessionHeaders(session) });
  const body = (await response.json()) as { counts?: { inserted: number; unchanged: number } };
  return { status: response.status, counts: body.counts };
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

export async function drillImports(engine: Engine, kills: number, rows: number): Promise<DrillResult> {
  const { database, env } = await drillDatabase(engine);
  let failures = 0;
  let intact = 0;
  const outcomes = { nothing: 0, committed: 0, keptUpload: 0 };
  const fail = (message: string) => {
    failures++;
    console.log(`FAIL: ${message}`);
  };
  try {
    // A first import, not killed: it calibrates when to kill (the length of each phase).
    let server = await startServer(env);
    const session = await logIn(server.url);
    const warm = await timed(() => upload(server, session, 'drill-000.csv', enterprisesCsv(0, rows)));
    const warmCommit = await timed(() => commit(server, session, warm.value.id!));
    if (warm.value.status !== 201 || warmCommit.value.counts?.inserted !== rows) throw new Error(`the calibration import failed: ${warm.value.status} ${JSON.stringify(warmCommit.value)}`);
    console.log(`${engine} imports: ${rows} rows per file; upload and preview ${warm.ms.toFixed(0)} ms, commit ${warmCommit.ms.toFixed(0)} ms`);
    let expected = rows;

    for (let drill = 1; drill <= kills; drill++) {
      const filename = `drill-${String(drill).padStart(3, '0')}.csv`;
      const text = enterprisesCsv(drill, rows);
      const phase = drill % 2 === 1 ? 'upload' : 'commit';
      let request: Promise<unknown>;
      let killAfter: number;
      if (phase === 'upload') {
        request = upload(server, session, filename, text).catch(() => 'cut');
        killAfter = Math.random() * warm.ms * 1.1;
      } else {
        const kept = await upload(server, session, filename, text);
        request = commit(server, session, kept.id!).catch(() => 'cut');
        killAfter = Math.random() * warmCommit.ms * 1.1;
      }
      await sleep(killAfter);
      await killHard(server);
      const answered = (await request) !== 'cut';

      const { integrity, value } = await afterKill(database.url, async (store) => ({
        enterprises: await countRows(store, 'enterprises'),
        created: await countCreated(store, 'enterprise'),
        upload: await store.db.selectFrom('uploads').select(['id', 'size']).where('filename', '=', filename).executeTakeFirst(),
      }));
      const sound = integrity.problems.length === 0 && integrity.skipped.length === 0;
      if (sound) intact++;
      else fail(`${engine} drill ${drill}: store ${describeIntegrity(integrity)}`);
      const committed = value.enterprises === expected + rows;
      if (!committed && value.enterprises !== expected) fail(`${engine} drill ${drill}: ${value.enterprises} enterprises, expected ${expected} or ${expected + rows} (a part of the file was imported)`);
      if (phase === 'upload' && value.enterprises !== expected) fail(`${engine} drill ${drill}: a kill during the upload imported rows`);
      if (value.created !== value.enterprises) fail(`${engine} drill ${drill}: ${value.enterprises} enterprises but ${value.created} 'create' history rows`);
      if (value.upload && value.upload.size !== Buffer.byteLength(text)) fail(`${engine} drill ${drill}: the kept upload has ${value.upload.size} bytes, the file ${Buffer.byteLength(text)}`);
      outcomes[committed ? 'committed' : 'nothing']++;
      if (value.upload) outcomes.keptUpload++;

      // Finish the work on a new server process, as the user would after the outage.
      server = await startServer(env);
      let finish: string;
      if (value.upload) {
        const again = await commit(server, session, value.upload.id);
        finish = `committed the kept upload: ${again.status}, inserted ${again.counts?.inserted}, unchanged ${again.counts?.unchanged}`;
        const wanted = committed ? { inserted: 0, unchanged: rows } : { inserted: rows, unchanged: 0 };
        if (again.status !== 200 || again.counts?.inserted !== wanted.inserted || again.counts?.unchanged !== wanted.unchanged) fail(`${engine} drill ${drill}: ${finish}`);
      } else if (!committed) {
        const kept = await upload(server, session, filename, text);
        const again = await commit(server, session, kept.id!);
        finish = `uploaded again and committed: ${again.status}, inserted ${again.counts?.inserted}`;
        if (again.counts?.inserted !== rows) fail(`${engine} drill ${drill}: ${finish}`);
      } else finish = 'nothing left to do';
      expected += rows;
      const final = await afterKill(database.url, async (store) => ({ enterprises: await countRows(store, 'enterprises'), created: await countCreated(store, 'enterprise'), uploads: await countRows(store, 'uploads') }));
      if (final.value.enterprises !== expected || final.value.created !== expected || final.value.uploads !== 0) fail(`${engine} drill ${drill}: after finishing ${JSON.stringify(final.value)}, expected ${expected} enterprises and no upload left`);
      console.log(
        `${engine} imports drill ${drill}: killed ${killAfter.toFixed(0)} ms into the ${phase}${answered ? ' (it had answered)' : ''}; ` +
          `${committed ? 'the file was wholly imported' : 'nothing of the file imported'}${value.upload ? ', its upload kept' : ''}; store ${describeIntegrity(integrity)}; then ${finish}`,
      );
    }
    await killHard(server);
  } finally {
    await database.drop();
  }
  return {
    failures,
    summary: `${engine} imports: ${kills} SIGKILLs (${Math.ceil(kills / 2)} in uploads, ${Math.floor(kills / 2)} in commits), ${rows} rows per file: wholly imported ${outcomes.committed}, nothing imported ${outcomes.nothing}, upload kept ${outcomes.keptUpload}; integrity check passed ${intact}/${kills}; every file then finished exactly once`,
  };
}
