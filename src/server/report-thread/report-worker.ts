/**
 * The mid-term report written in a worker thread: charts (ECharts → resvg) and the Word
 * package are seconds of CPU, which in the server's own thread would stall every other
 * request. The worker lives as long as the server (its start-up — loading the renderers —
 * is paid once) and takes one job at a time; for each it opens its own connection to the
 * same store (read-only for SQLite) and returns the file, transferring its bytes.
 */
import { parentPort } from 'node:worker_threads';
import { generateMidtermReport } from '../../report/midterm-report.ts';
import { connect } from '../../store/open-database.ts';
import type { ReportJobMessage, ReportJobResult } from './report-job.ts';

parentPort!.on('message', (message: ReportJobMessage) => {
  void run(message).then(({ result, transfer }) => parentPort!.postMessage(result, transfer));
});

async function run({ id, job }: ReportJobMessage): Promise<{ result: ReportJobResult; transfer: ArrayBuffer[] }> {
  const store = connect({ url: job.storeUrl }, { readonly: true });
  try {
    const file = await generateMidtermReport({ ...job.request, db: store.db });
    const bytes = file.data.buffer.slice(file.data.byteOffset, file.data.byteOffset + file.data.byteLength) as ArrayBuffer;
    return { result: { id, ok: true, data: bytes, mediaType: file.mediaType, fileName: file.fileName }, transfer: [bytes] };
  } catch (error) {
    return { result: { id, ok: false, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined }, transfer: [] };
  } finally {
    await store.close();
  }
}
