/** The reporting calendar over HTTP: done, due and overdue; by region; as each role sees it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayInChina } from '../../src/server/commands/today-in-china.ts';
import { ENGINES } from '../support/engines.ts';
import { castOf, csv, DANZHOU, HAIKOU, SANYA, upload, type Cast } from './observations-support.ts';
import { call, type Credentials } from './support.ts';

interface Entry {
  indicatorId: string;
  regionCode: string;
  parkId: string | null;
  dueOn: string;
  state: string;
  observationStatus: string | null;
}

const ENTRIES = csv([
  'indicator,region,park,year,due_on',
  'hitech-revenue,海口市,,2026,2027-03-31',
  'digital-economy-revenue,海口市,,2026,2027-03-15',
  'gdp,海口市,,2026,2027-04-30',
  'hitech-revenue,三亚市,,2026,2027-02-28',
  'hitech-revenue,儋州市,洋浦经济开发区,2026,2027-04-15',
  'gdp,儋州市,,2026,2027-04-15',
]);

describe('the calendar day', () => {
  it('is the day in China Standard Time', () => {
    expect(dayInChina(new Date('2027-03-31T15:59:59Z'))).toBe('2027-03-31');
    expect(dayInChina(new Date('2027-03-31T16:00:00Z'))).toBe('2027-04-01');
  });
});

for (const engine of ENGINES) {
  describe(`the reporting calendar on ${engine}`, () => {
    let cast: Cast;
    beforeAll(async () => {
      cast = await castOf(engine);
      const preview = await upload(cast.api.app, '/api/imports?kind=calendar', { session: cast.admin }, '填报日历.csv', ENTRIES);
      expect(preview.statusCode, preview.body).toBe(201);
      expect((await call(cast.api.app, 'POST', `/api/imports/${preview.json().id}/commit`, { session: cast.admin })).statusCode).toBe(200);
      const enter = async (who: Credentials, body: Record<string, unknown>) => {
        const made = await call(cast.api.app, 'POST', '/api/observations', who, { period: '2026', ...body });
        expect(made.statusCode, made.body).toBe(201);
        return made.json().id as number;
      };
      const submitted = await enter({ session: cast.haikou }, { indicatorId: 'hitech-revenue', regionCode: HAIKOU, value: 900 });
      await call(cast.api.app, 'POST', `/api/observations/${submitted}/submit`, { session: cast.haikou });
      // A draft is not in yet.
      await enter({ session: cast.danzhou }, { indicatorId: 'gdp', regionCode: DANZHOU, value: 800 });
    });
    afterAll(async () => cast.api.close());

    const calendar = async (who: Credentials, query = '') => {
      const response = await call(cast.api.app, 'GET', `/api/calendar${query}`, who);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as { today: string; items: Entry[]; summary: { regionCode: string; done: number; due: number; overdue: number }[]; totals: Record<string, number> };
    };
    const states = (items: Entry[]) => items.map((i) => `${i.regionCode} ${i.parkId ?? '-'} ${i.indicatorId} ${i.state}`);

    it('judges each entry on today (the server clock, China time): done, due, overdue; counts by region', async () => {
      const view = await calendar({ session: cast.analyst });
      expect(view.today).toBe('2027-03-31');
      expect(states(view.items)).toEqual([
        `${SANYA} - hitech-revenue overdue`,
        `${HAIKOU} - digital-economy-revenue overdue`,
        `${HAIKOU} - hitech-revenue done`,
        `${DANZHOU} - gdp due`,
        `${DANZHOU} yangpu hitech-revenue due`,
        `${HAIKOU} - gdp due`,
      ]);
      expect(view.items.find((i) => i.indicatorId === 'hitech-revenue' && i.regionCode === HAIKOU)!.observationStatus).toBe('submitted');
      expect(view.items.find((i) => i.indicatorId === 'gdp' && i.regionCode === DANZHOU)!.observationStatus).toBe('draft');
      expect(view.summary).toEqual([
        { regionCode: HAIKOU, done: 1, due: 1, overdue: 1 },
        { regionCode: SANYA, done: 0, due: 0, overdue: 1 },
        { regionCode: DANZHOU, done: 0, due: 2, overdue: 0 },
      ]);
      expect(view.totals).toEqual({ done: 1, due: 3, overdue: 2 });

      const earlier = await calendar({ session: cast.analyst }, '?today=2027-02-01');
      expect(earlier.totals).toEqual({ done: 1, due: 5, overdue: 0 });
      const later = await calendar({ session: cast.analyst }, '?today=2027-05-01');
      expect(later.totals).toEqual({ done: 1, due: 0, overdue: 5 });
    });

    it('shows officers their own share by default; a region filter narrows', async () => {
      expect(new Set((await calendar({ session: cast.haikou })).items.map((i) => i.regionCode))).toEqual(new Set([HAIKOU]));
      expect(states((await calendar({ session: cast.haikou }, `?region=${SANYA}`)).items)).toEqual([`${SANYA} - hitech-revenue overdue`]);
      expect(states((await calendar({ session: cast.yangpu })).items)).toEqual([`${DANZHOU} yangpu hitech-revenue due`]);
      expect((await calendar({ session: cast.yangpu }, `?region=${HAIKOU}`)).items).toEqual([]);
      expect((await calendar({ session: cast.viewer }, `?region=${DANZHOU}`)).summary).toEqual([{ regionCode: DANZHOU, done: 0, due: 2, overdue: 0 }]);
    });

    it('refuses nobody (401), enterprise accounts (403) and bad parameters (400)', async () => {
      expect((await call(cast.api.app, 'GET', '/api/calendar')).statusCode).toBe(401);
      expect((await call(cast.api.app, 'GET', '/api/calendar', { session: cast.enterprise })).json().error.code).toBe('forbidden');
      const field = async (query: string) => (await call(cast.api.app, 'GET', `/api/calendar${query}`, { session: cast.viewer })).json().error.details.map((d: { field: string }) => d.field);
      expect(await field('?today=2027-02-30')).toEqual(['query.today']);
      expect(await field('?today=tomorrow')).toEqual(['query.today']);
      expect(await field('?region=469999')).toEqual(['query.region']);
    });

    it('moves to the next day at midnight China time, not UTC', async () => {
      cast.api.clock.advance(8 * 3_600_000); // 16:00 UTC: midnight in Haikou
      const view = await calendar({ session: cast.viewer });
      expect(view.today).toBe('2027-04-01');
      expect(view.items.find((i) => i.dueOn === '2027-03-31')!.state).toBe('done');
    });
  });
}
