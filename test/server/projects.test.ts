import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVESTMENT_BEHIND_RATIO } from '../../src/server/commands/projects-delay.ts';
import { ENGINES } from '../support/engines.ts';
import { as, DANZHOU, HAIKOU, seededApi, send, YANGPU, type ActorName, type CredentialName, type SeededApi } from './authorization-matrix-fixture.ts';

/** A Haikou project, a Danzhou one in the Yangpu park, and one the plan places nowhere. */
const HAIKOU_PROJECT = 'haikou-advanced-formulation-base';
const DANZHOU_PROJECT = 'yangpu-cell-free-protein-synthesis';
const NOWHERE_PROJECT = 'advanced-packaging-base';
const TODAY = '2027-03-31';

interface Progress {
  year: number;
  stage: string;
  plannedInvestment: number | null;
  completedInvestment: number | null;
  isDemo: boolean;
  updatedBy: string;
}

interface Summary {
  id: string;
  column: number;
  clusterId: string | null;
  regions: string[];
  parks: string[];
  planStage: string;
  stage: string;
  latest: Progress | null;
  delayed: boolean;
  delay: { investmentBehind: boolean; completionPct: number | null; overdueMilestones: number };
  milestones: { name: string; dueOn: string; doneOn: string | null; overdue: boolean }[];
}

for (const engine of ENGINES) {
  describe(`key projects on ${engine}`, () => {
    let api: SeededApi;
    beforeAll(async () => {
      api = await seededApi(engine);
    });
    afterAll(async () => api.close());

    const call = (method: 'GET' | 'PUT', url: string, actor: ActorName = 'admin', payload?: unknown, credential: CredentialName = 'session') => {
      const { app, options } = as(api, actor, credential);
      return send(app, method, url, { ...options, payload });
    };
    const list = async (query = '', actor: ActorName = 'viewer') => {
      const response = await call('GET', `/api/projects${query}`, actor);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().items as Summary[];
    };

    it('lists every plan project joined with its latest progress, milestones and delay', async () => {
      const items = await list();
      expect(items.map((p) => p.id)).toEqual(api.plan.projects.map((p) => p.id));
      const progress = await api.store.db.selectFrom('projectProgress').selectAll().orderBy('year').execute();
      for (const item of items) {
        const rows = progress.filter((r) => r.projectId === item.id);
        const latest = rows.at(-1);
        expect(item.latest?.year ?? null, item.id).toBe(latest?.year ?? null);
        expect(item.stage).toBe(latest?.stage ?? item.planStage);
        const planned = latest?.plannedInvestment ?? null;
        const completed = latest?.completedInvestment ?? null;
        const behind = planned !== null && completed !== null && planned > 0 && completed < planned * INVESTMENT_BEHIND_RATIO;
        const overdue = item.milestones.filter((m) => m.doneOn === null && m.dueOn < TODAY).length;
        expect(item.delay).toMatchObject({ investmentBehind: behind, overdueMilestones: overdue });
        expect(item.delayed).toBe(behind || overdue > 0);
        expect(item.milestones.every((m) => m.overdue === (m.doneOn === null && m.dueOn < TODAY))).toBe(true);
      }
      expect(items.some((p) => p.delayed)).toBe(true);
      expect(items.some((p) => !p.delayed)).toBe(true);
      expect(items.every((p) => p.latest === null || p.latest.isDemo)).toBe(true);
    });

    it('filters by column, cluster, region, park, current stage and delay', async () => {
      const all = await list();
      const expectFilter = async (query: string, keep: (p: Summary) => boolean) => {
        const ids = (await list(query)).map((p) => p.id);
        expect(ids, query).toEqual(all.filter(keep).map((p) => p.id));
        expect(ids.length, query).toBeGreaterThan(0);
      };
      await expectFilter('?column=4', (p) => p.column === 4);
      await expectFilter('?cluster=biomedicine', (p) => p.clusterId === 'biomedicine');
      await expectFilter(`?region=${HAIKOU}`, (p) => p.regions.includes(HAIKOU));
      await expectFilter(`?park=${YANGPU}`, (p) => p.parks.includes(YANGPU));
      await expectFilter('?stage=construction', (p) => p.stage === 'construction');
      await expectFilter('?delayed=true', (p) => p.delayed);
      await expectFilter('?delayed=false&region=460400', (p) => !p.delayed && p.regions.includes(DANZHOU));
      expect((await call('GET', '/api/projects?stage=finished')).statusCode).toBe(400);
    });

    it('shows one project with every year reported; an unknown one is 404', async () => {
      const response = await call('GET', `/api/projects/${DANZHOU_PROJECT}`, 'viewer');
      expect(response.statusCode).toBe(200);
      const detail = response.json();
      expect(detail.progress.map((p: Progress) => p.year)).toEqual([2026, 2027, 2028]);
      expect(detail.latest).toEqual(detail.progress.at(-1));
      expect(detail.source.ref).toBe('专栏4');
      expect((await call('GET', '/api/projects/no-such-project', 'viewer')).statusCode).toBe(404);
    });

    it('records a region officer’s progress for its region’s project, with the history of every change', async () => {
      const url = `/api/projects/${HAIKOU_PROJECT}/progress/2029`;
      const body = { stage: 'construction', plannedInvestment: 12.5, completedInvestment: 4, startOn: '2029-02-01', note: '主体结构施工' };
      const created = await call('PUT', url, 'region-officer 460100', body);
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ created: true, project: { latest: { year: 2029, stage: 'construction', completedInvestment: 4, isDemo: false, updatedBy: 'm-haikou' } } });
      expect(created.json().project.delay).toEqual({ investmentBehind: true, completionPct: 32, overdueMilestones: expect.any(Number) });
      expect(created.json().project.delayed).toBe(true);

      const updated = await call('PUT', url, 'region-officer 460100', { ...body, completedInvestment: 11 }, 'write token');
      expect(updated.statusCode).toBe(200);
      expect(updated.json()).toMatchObject({ created: false, changed: ['completedInvestment'] });
      expect(updated.json().project.delay.investmentBehind).toBe(false);
      const same = await call('PUT', url, 'region-officer 460100', { ...body, completedInvestment: 11 });
      expect(same.json()).toMatchObject({ created: false, changed: [] });

      const history = await call('GET', `/api/projects/${HAIKOU_PROJECT}/history`, 'viewer');
      expect(history.statusCode).toBe(200);
      const mine = (history.json().items as { entityKey: string; action: string; actor: string; origin: string; changes: Record<string, unknown> }[]).filter((h) =>
        h.entityKey.endsWith('|2029'),
      );
      expect(mine.map((h) => [h.action, h.actor, h.origin])).toEqual([
        ['create', 'm-haikou', 'api'],
        ['update', 'm-haikou', 'api'],
      ]);
      expect(mine[1]!.changes).toEqual({ completedInvestment: [4, 11] });
      expect(mine[0]!.changes.completionOn).toEqual([null, null]);
    });

    it('refuses another region’s project (forbidden_region), projects of no region, and roles that do not write projects', async () => {
      const body = { stage: 'advancing' };
      const other = await call('PUT', `/api/projects/${DANZHOU_PROJECT}/progress/2029`, 'region-officer 460100', body);
      expect(other.statusCode).toBe(403);
      expect(other.json().error).toMatchObject({ code: 'forbidden_region', details: [{ field: 'regionCode', value: DANZHOU }] });
      expect((await call('PUT', `/api/projects/${NOWHERE_PROJECT}/progress/2029`, 'region-officer 460100', body)).json().error.code).toBe('forbidden');
      for (const actor of ['park-officer yangpu', 'enterprise', 'viewer'] as const) {
        const refused = await call('PUT', `/api/projects/${DANZHOU_PROJECT}/progress/2029`, actor, body);
        expect(refused.statusCode, actor).toBe(403);
        expect(refused.json().error.code).toBe('forbidden');
      }
      for (const actor of ['admin', 'province-analyst', 'region-officer 460400'] as const) {
        expect((await call('PUT', `/api/projects/${DANZHOU_PROJECT}/progress/2030`, actor, body)).statusCode, actor).toBeLessThan(300);
      }
      expect((await call('PUT', `/api/projects/${NOWHERE_PROJECT}/progress/2030`, 'province-analyst', body)).statusCode).toBe(201);
      // The browser's CSRF token and a token's write scope are needed as for every write.
      const noCsrf = await send(api.app, 'PUT', `/api/projects/${HAIKOU_PROJECT}/progress/2030`, { session: api.users['region-officer 460100'].session, csrf: false, payload: body });
      expect(noCsrf.json().error.code).toBe('csrf_failed');
      expect((await call('PUT', `/api/projects/${HAIKOU_PROJECT}/progress/2030`, 'admin', body, 'read token')).statusCode).toBe(403);
      expect((await call('PUT', `/api/projects/${HAIKOU_PROJECT}/progress/2030`, 'anonymous', body)).statusCode).toBe(401);
    });

    it('validates what is written: stage, amounts, dates in order, year, unknown fields and projects', async () => {
      const url = `/api/projects/${HAIKOU_PROJECT}/progress/2029`;
      for (const body of [
        { stage: 'finished' },
        { stage: 'planned', plannedInvestment: -1 },
        { stage: 'planned', startOn: '2029-05-01', completionOn: '2029-04-30' },
        { stage: 'planned', startOn: '2029-02-30' },
        { stage: 'planned', colour: 'red' },
      ]) {
        const response = await call('PUT', url, 'admin', body);
        expect(response.statusCode, JSON.stringify(body)).toBe(400);
        expect(response.json().error.code).toBe('validation_failed');
      }
      expect((await call('PUT', `/api/projects/${HAIKOU_PROJECT}/progress/29`, 'admin', { stage: 'planned' })).statusCode).toBe(400);
      expect((await call('PUT', '/api/projects/no-such-project/progress/2029', 'admin', { stage: 'planned' })).statusCode).toBe(404);
    });

    it('sets milestones: an open one past due makes the project delayed; done, it no longer does', async () => {
      const url = `/api/projects/${HAIKOU_PROJECT}/milestones/${encodeURIComponent('设备安装调试')}`;
      const open = await call('PUT', url, 'region-officer 460100', { dueOn: '2027-01-15' });
      expect(open.statusCode, open.body).toBe(201);
      const milestone = (open.json().project as Summary).milestones.find((m) => m.name === '设备安装调试');
      expect(milestone).toMatchObject({ dueOn: '2027-01-15', doneOn: null, overdue: true });
      expect(open.json().project.delayed).toBe(true);
      const done = await call('PUT', url, 'region-officer 460100', { dueOn: '2027-01-15', doneOn: '2027-02-01' });
      expect(done.json()).toMatchObject({ created: false, changed: ['doneOn'] });
      expect((done.json().project as Summary).milestones.find((m) => m.name === '设备安装调试')!.overdue).toBe(false);
      const history = (await call('GET', `/api/projects/${HAIKOU_PROJECT}/history`)).json().items as { entity: string; entityKey: string; changes: unknown }[];
      expect(history.filter((h) => h.entity === 'milestone' && h.entityKey.endsWith('|设备安装调试')).map((h) => h.changes)).toEqual([
        { dueOn: [null, '2027-01-15'], doneOn: [null, null] },
        { doneOn: [null, '2027-02-01'] },
      ]);
      const foreign = await call('PUT', `/api/projects/${DANZHOU_PROJECT}/milestones/x`, 'region-officer 460100', { dueOn: '2027-01-15' });
      expect(foreign.json().error.code).toBe('forbidden_region');
      expect((await call('PUT', url, 'admin', { dueOn: '15/01/2027' })).statusCode).toBe(400);
    });

    it('shows a park officer its park’s projects only, and enterprise accounts none', async () => {
      const mine = await list('', 'park-officer yangpu');
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((p) => p.parks.includes(YANGPU))).toBe(true);
      expect((await call('GET', `/api/projects/${DANZHOU_PROJECT}`, 'park-officer yangpu')).statusCode).toBe(200);
      expect((await call('GET', `/api/projects/${HAIKOU_PROJECT}`, 'park-officer yangpu')).statusCode).toBe(403);
      expect((await call('GET', '/api/projects', 'enterprise')).statusCode).toBe(403);
      expect((await call('GET', `/api/projects/${HAIKOU_PROJECT}/history`, 'enterprise')).statusCode).toBe(403);
      expect((await call('GET', '/api/projects', 'anonymous (portal on)')).statusCode).toBe(401);
    });
  });
}
