import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { testApi, type TestApi } from './support.ts';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>;
}

for (const engine of ENGINES) {
  describe(`the OpenAPI document and the docs on ${engine}`, () => {
    let api: TestApi;
    let document: OpenApiDocument;
    beforeAll(async () => {
      api = await testApi(engine);
      const response = await api.app.inject({ method: 'GET', url: '/api/openapi.json' });
      expect(response.statusCode).toBe(200);
      document = response.json();
    });
    afterAll(async () => api.close());

    it('is a valid OpenAPI 3.1 document', async () => {
      expect(document.openapi).toMatch(/^3\.1\.\d+$/);
      const result = await validate(structuredClone(document) as never);
      expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    });

    it('lists every route the server registered, and nothing else', () => {
      const registered = api.app.registeredRoutes
        .filter((r) => !r.hidden)
        .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`)
        .sort();
      const documented = Object.entries(document.paths)
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
        .sort();
      expect(documented).toEqual(registered);
      expect(registered).toEqual(
        expect.arrayContaining(['GET /api/health', 'POST /api/auth/login', 'GET /api/plan/indicators/{id}', 'PATCH /api/users/{id}', 'DELETE /api/tokens/{id}']),
      );
    });

    it('documents the evaluation, registry, project and open-data routes, their headers and who may call them', () => {
      const paths = Object.keys(document.paths);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/api/evaluation', '/api/enterprises', '/api/enterprises/{creditCode}', '/api/projects', '/api/projects/{id}',
          '/api/projects/{id}/progress/{year}', '/api/projects/{id}/milestones/{name}', '/api/projects/{id}/history',
          '/api/public/indicators.json', '/api/public/indicators.csv', '/api/public/observations.json', '/api/public/observations.csv',
          '/api/public/evaluation.json',
        ]),
      );
      const evaluation = JSON.stringify(document.paths['/api/evaluation']!.get);
      expect(evaluation).toContain('X-Plansight-Demo-Values');
      expect(evaluation).toContain('X-Plansight-Pending-Values');
      expect(evaluation).toContain('includePending');
      const progress = document.paths['/api/projects/{id}/progress/{year}']!.put!;
      expect(Object.keys(progress.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '401', '403', '404']));
      for (const path of paths.filter((p) => p.startsWith('/api/public/'))) {
        // Anonymous (portal on) as well as signed in.
        expect(document.paths[path]!.get!.security, path).toEqual([{}, { session: [] }, { token: [] }]);
      }
      expect(Object.keys((document.paths['/api/public/observations.csv']!.get!.responses['200'] as { content: object }).content)).toEqual(['text/csv']);
    });

    it('documents the error envelope for the errors a route can answer with', () => {
      const login = document.paths['/api/auth/login']!.post!;
      expect(Object.keys(login.responses).sort()).toEqual(['200', '400', '401', '415', '423', '429', '500']);
      expect(JSON.stringify(login.responses['423'])).toContain('account_locked');
      expect(login.security).toEqual([]);
    });

    it('serves the browsable docs from the npm package', async () => {
      const page = await api.app.inject({ method: 'GET', url: '/api/docs' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toContain('swagger-ui');
      const bundle = await api.app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui-bundle.js' });
      expect(bundle.statusCode).toBe(200);
      expect(bundle.body.length).toBeGreaterThan(100_000);
      expect(page.body).not.toMatch(/https?:\/\/(?!localhost)/);
    });
  });
}
