/** Excel templates over HTTP: the workbook, its Chinese file name, and the refusals. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachment, rfc5987 } from '../../src/server/commands/templates-file.ts';
import { ENGINES } from '../support/engines.ts';
import { castOf, HAIKOU, type Cast } from './observations-support.ts';
import { call } from './support.ts';

describe('Content-Disposition for Chinese file names (RFC 5987 / 6266)', () => {
  it('percent-encodes UTF-8, including the characters encodeURIComponent leaves alone', () => {
    expect(rfc5987("数据 a'(b)*.xlsx")).toBe('%E6%95%B0%E6%8D%AE%20a%27%28b%29%2A.xlsx');
    expect(attachment('a"b\\c.xlsx', '海口.xlsx')).toBe(`attachment; filename="a_b_c.xlsx"; filename*=UTF-8''%E6%B5%B7%E5%8F%A3.xlsx`);
  });
});

for (const engine of ENGINES) {
  describe(`templates over HTTP on ${engine}`, () => {
    let cast: Cast;
    beforeAll(async () => {
      cast = await castOf(engine);
    });
    afterAll(async () => cast.api.close());

    it('downloads a pre-filled observations template that exceljs opens, with the 数据 sheet', async () => {
      const response = await call(cast.api.app, 'GET', `/api/templates/observations?region=${HAIKOU}&year=2027`, { session: cast.viewer });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const disposition = String(response.headers['content-disposition']);
      expect(disposition).toBe(`attachment; filename="plansight-observations-${HAIKOU}-2027.xlsx"; filename*=UTF-8''${encodeURIComponent('指标监测数据-海口市-2027.xlsx')}`);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('指标监测数据-海口市-2027.xlsx');

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
      expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([['填报说明', 'visible'], ['数据', 'visible'], ['代码表', 'hidden']]);
      const data = workbook.getWorksheet('数据')!;
      const headers = (data.getRow(1).values as unknown[]).map(String);
      expect(headers).toContain('指标');
      expect(data.getCell(2, headers.indexOf('市县')).value).toBe('海口市');
    });

    it('names a plain template after its kind', async () => {
      const response = await call(cast.api.app, 'GET', '/api/templates/annual', { session: cast.enterprise });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="plansight-annual.xlsx"; filename*=UTF-8''${encodeURIComponent('企业年度数据.xlsx')}`);
    });

    it('refuses nobody (401) and names bad parameters (400)', async () => {
      expect((await call(cast.api.app, 'GET', '/api/templates/observations')).statusCode).toBe(401);
      const field = async (url: string) => (await call(cast.api.app, 'GET', url, { session: cast.viewer })).json().error.details.map((d: { field: string }) => d.field);
      expect(await field('/api/templates/widgets')).toEqual(['params.kind']);
      expect(await field('/api/templates/observations?region=469999')).toEqual(['query.region']);
      expect(await field('/api/templates/observations?year=twenty')).toEqual(['query.year']);
      expect(await field('/api/templates/observations?colour=red')).toEqual(['query.colour']);
    });
  });
}
