/**
 * The one call the CLI and the API make for a mid-term report: gather the inputs from the
 * store, build the model, render it in the asked format. Returns the bytes with their media
 * type and a file name, and the model (for callers that want to show or check it).
 */
import type { Plan } from '../plan/derive.ts';
import type { Db } from '../store/open-database.ts';
import { buildMidtermReport } from './model/build-midterm-report.ts';
import type { Lang, ReportModel } from './model/report-model.ts';
import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderPdf, type PdfOptions } from './render-pdf.ts';
import { gatherReportInputs } from './report-inputs.ts';

export const reportFormats = ['docx', 'pdf', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const reportMediaTypes: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

export interface MidtermReportRequest {
  db: Db;
  plan: Plan;
  year: number;
  lang: Lang;
  format: ReportFormat;
  /** YYYY-MM-DD: printed on the cover; overdue data is judged on this day. */
  today: string;
  /** Count submitted values not yet approved (flagged in the report). */
  includePending?: boolean;
  /** For the PDF: the LibreOffice binary and a time limit. */
  pdf?: Pick<PdfOptions, 'soffice' | 'timeoutMs'>;
}

export interface MidtermReportFile {
  data: Buffer;
  mediaType: string;
  /** e.g. hainan-hitech-2026-2030-midterm-2028-zh.pdf */
  fileName: string;
  model: ReportModel;
}

export async function generateMidtermReport(request: MidtermReportRequest): Promise<MidtermReportFile> {
  const { db, plan, year, lang, format, today } = request;
  const inputs = await gatherReportInputs(db, plan, { year, today, includePending: request.includePending === true });
  const model = buildMidtermReport(plan, inputs, { year, lang, today });
  const data =
    format === 'html' ? Buffer.from(renderHtml(model), 'utf8') : format === 'docx' ? await renderDocx(model) : await renderPdf(model, request.pdf ?? {});
  return { data, mediaType: reportMediaTypes[format], fileName: `${plan.id}-midterm-${year}-${lang}.${format}`, model };
}
