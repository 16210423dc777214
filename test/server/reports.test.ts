import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/commands/seed-demo.ts';
import { ENGINES } from '../support/engines.ts';
import { call, testApi, type Session, type TestApi } from './support.ts';

for (const engine of ENGINES) {
  describe(`GET /api/reports/midterm on ${engine}`, () => {
    let api: TestApi;
    let analyst: Session;
    beforeAll(async () => {
      api = await testApi(engine);
      await seedDemo({ store: api.store, plan: api.plan, options: { enterprises: 200 }, ctx: { actor: 'tester', at: api.clock.now().toISOString(), origin: 'demo' } });
      await api.addUser({ username: 'analyst', role: 'province-analyst' });
      analyst = await api.login('analyst', 'correct horse battery');
    }, 120_000);
    afterAll(async () => {
      await api.close();
    });

    it('serves the report as HTML and Word, with every indicator of the evaluation', async () => {
      const html = await call(api.app, 'GET', '/api/reports/midterm?year=2028&format=html', { session: analyst });
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toContain('text/html');
      expect(html.headers['content-disposition']).toContain('midterm-2028-zh.html');
      expect(html.body).toContain('中期评估报告');
      const evaluation = (await call(api.app, 'GET', '/api/evaluation?year=2028', { session: analyst })).json();
      for (const indicator of evaluation.indicators) expect(html.body).toContain(indicator.name.zh);
      const docx = await call(api.app, 'GET', '/api/reports/midterm?year=2028&format=docx&lang=en', { session: analyst });
      expect(docx.statusCode).toBe(200);
      expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(docx.headers['content-disposition']).toContain('midterm-2028-en.docx');
    }, 120_000);

    it('refuses anonymous callers, and bad parameters in the envelope', async () => {
      expect((await call(api.app, 'GET', '/api/reports/midterm?year=2028')).statusCode).toBe(401);
      const bad = await call(api.app, 'GET', '/api/reports/midterm?year=2028&format=odt', { session: analyst });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('validation_failed');
    });
  });
}
