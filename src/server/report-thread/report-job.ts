/**
 * Runs reports in a worker thread, one at a time (a queue): two reports at once would only
 * share the same cores and both finish later. One worker serves the process; it is started
 * on the first report, does not keep the process alive when idle, and is replaced if it
 * dies. A store the worker cannot open by itself (SQLite in memory) is reported in this
 * thread instead.
 */
import { Worker } from 'node:worker_threads';
import { generateMidtermReport, type MidtermReportRequest } from '../../report/midterm-report.ts';
import type { Store } from '../../store/open-database.ts';

export interface ReportJob {
  storeUrl: string;
  request: Omit<MidtermReportRequest, 'db'>;
}

export interface ReportJobMessage {
  id: number;
  job: ReportJob;
}

export type ReportJobResult =
  | { id: number; ok: true; data: ArrayBuffer; mediaType: string; fileName: string }
  | { id: number; ok: false; message: string; stack: string | undefined };

export interface ReportFile {
  data: Buffer;
  mediaType: string;
  fileName: string;
}

let queue: Promise<unknown> = Promise.resolve();
let worker: Worker | null = null;
let nextId = 1;

export function generateReportOffThread(store: Store, request: Omit<MidtermReportRequest, 'db'>): Promise<ReportFile> {
  const run = () => (store.url === ':memory:' ? inThisThread(store, request) : inWorker({ storeUrl: store.url, request }));
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

async function inThisThread(store: Store, request: Omit<MidtermReportRequest, 'db'>): Promise<ReportFile> {
  const file = await generateMidtermReport({ ...request, db: store.db });
  return { data: file.data, mediaType: file.mediaType, fileName: file.fileName };
}

function reportWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { entry: new URL('./report-worker.ts', import.meta.url).href } });
  started.unref();
  started.once('exit', () => {
    if (worker === started) worker = null;
  });
  worker = started;
  return started;
}

function inWorker(job: ReportJob): Promise<ReportFile> {
  const id = nextId++;
  const thread = reportWorker();
  return new Promise((resolve, reject) => {
    // Held while a job runs (the process must wait for it), let go when idle.
    thread.ref();
    const done = () => {
      thread.unref();
      thread.off('message', onMessage);
      thread.off('error', onError);
      thread.off('exit', onExit);
    };
    const onMessage = (result: ReportJobResult) => {
      if (result.id !== id) return;
      done();
      if (result.ok) resolve({ data: Buffer.from(result.data), mediaType: result.mediaType, fileName: result.fileName });
      else reject(Object.assign(new Error(result.message), { stack: result.stack ?? result.message }));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`the report worker stopped (exit code ${code}) before it answered`));
    };
    thread.on('message', onMessage);
    thread.on('error', onError);
    thread.on('exit', onExit);
    thread.postMessage({ id, job } satisfies ReportJobMessage);
  });
}
