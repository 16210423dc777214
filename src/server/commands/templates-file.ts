/**
 * An Excel template as a download: the workbook, and a file name in Chinese (指标监测数据-
 * 海口市-2027.xlsx) sent the way every browser understands — an ASCII `filename` for old
 * clients and the UTF-8 name as `filename*` (RFC 5987 / RFC 6266).
 */
import { buildTemplate } from '../../ingest/excel-template.ts';
import type { Plan } from '../../plan/derive.ts';
import { recordKind, type RecordKindId } from '../../records/record-kinds.ts';
import { errors } from '../errors.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface TemplateRequest {
  kind: RecordKindId;
  region?: string | undefined;
  year?: number | undefined;
}

export interface TemplateFile {
  bytes: Buffer;
  contentDisposition: string;
}

/** RFC 5987 `value-chars`: percent-encode all but the unreserved and a few safe characters. */
export function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function attachment(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${rfc5987(name)}`;
}

export async function templateFile(plan: Plan, request: TemplateRequest): Promise<TemplateFile> {
  const spec = recordKind(request.kind)!;
  let regionName: string | undefined;
  if (request.region !== undefined) {
    const region = request.region === plan.province.code ? plan.province : plan.regions.find((r) => r.code === request.region);
    if (!region) {
      throw errors.validationFailed([{ field: 'query.region', value: request.region, expected: { zh: '规划中的市县代码或全省代码', en: 'a region code of the plan, or the province code' } }]);
    }
    regionName = region.name.zh;
  }
  const bytes = await buildTemplate(request.kind, plan, {
    ...(request.region === undefined ? {} : { region: request.region }),
    ...(request.year === undefined ? {} : { year: request.year }),
  });
  const parts = (first: string, region: string | undefined) => [first, region, request.year === undefined ? undefined : String(request.year)].filter((p) => p !== undefined).join('-');
  return {
    bytes,
    contentDisposition: attachment(`${parts(`plansight-${request.kind}`, request.region)}.xlsx`, `${parts(spec.name.zh, regionName)}.xlsx`),
  };
}
