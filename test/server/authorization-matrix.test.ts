/**
 * The authorisation matrix of the whole API: every route the app registers, against every
 * actor — anonymous (portal off and on), and each role and scope through a browser session,
 * a read token and a write token — including attempts on another region's, park's or
 * enterprise's records and on someone else's tokens and uploads. A route without an entry
 * here fails the first test: a route added later must be added to the matrix.
 *
 * Expectations are strings of one letter per actor, in the order of the header row:
 *   Y 2xx (or a redirect) · U 401 unauthenticated · F 403 forbidden · R 403 forbidden_region · N 404 not_found
 * The letter is the session's and the write token's. A read token gets the same on GET and
 * 403 `forbidden` on every write (the token's scope), unless `tokens` says otherwise.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/server/commands/create-token.ts';
import { saveUpload } from '../../src/server/commands/imports-uploads.ts';
import type { WorkflowAction } from '../../src/records/observation-workflow.ts';
import { createDraft, transitionObservation } from '../../src/store/observation-writes.ts';
import { ensurePlanVersion } from '../../src/store/plan-versions.ts';
import { normaliseBoundaries, saveBoundaries } from '../../src/server/commands/boundaries.ts';
import { ENGINES } from '../support/engines.ts';
import {
  ACTORS, as, CREDENTIALS, DANZHOU, HAIKOU, seededApi, send, USER_ACTORS, YANGPU,
  type ActorName, type CredentialName, type Method, type SeededApi, type Send,
} from './authorization-matrix-fixture.ts';
import { DEFAULT_PASSWORD, type Session } from './support.ts';

type Letter = 'Y' | 'U' | 'F' | 'R' | 'N';

interface Call {
  actor: ActorName;
  credential: CredentialName;
  api: SeededApi;
  /** The user acting (the bystander for anonymous callers, who own nothing). */
  userId: number;
}

interface Request {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
  /** A session made for this call, for routes that end or replace the session they come with. */
  freshSession?: boolean;
}

interface Case {
  /** `METHOD /url/:param`, as the app registers it. */
  route: string;
  label?: string;
  //        anonymous, anonymous (portal on), admin, analyst, officer 460100, officer 460400, park officer, enterprise, viewer
  expect: string;
  /** Letters for the users' tokens (both scopes, before the read token's write refusal), when unlike the session's. */
  tokens?: string;
  /** For routes that do real work for each of the ~20 callers (the report). */
  timeoutMs?: number;
  request(call: Call): Request | Promise<Request>;
}

const REPORT_TIMEOUT_MS = 600_000;

const HAIKOU_PROJECT = 'haikou-advanced-formulation-base';
const DANZHOU_PROJECT = 'yangpu-cell-free-protein-synthesis';
const NOWHERE_PROJECT = 'advanced-packaging-base';
const PUBLIC = 'UYYYYYYYY';
const ANY_USER = 'UUYYYYYYY';
const ADMIN_ONLY = 'UUYFFFFFF';

const get = (url: string) => () => ({ url });

/** Observation fixtures: each call gets a fresh value with a key of its own. */
interface Place {
  regionCode: string;
  parkId: string | null;
}
const HAIKOU_PLACE: Place = { regionCode: HAIKOU, parkId: null };
const YANGPU_PLACE: Place = { regionCode: DANZHOU, parkId: YANGPU };
/** Quarters of the plan years: the demo holds yearly values only, so these keys are free. */
const QUARTERS = [2026, 2027, 2028, 2029, 2030].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}Q${q}`));
const keysUsed = new WeakMap<SeededApi, number>();

function nextKey(api: SeededApi): { seriesId: string; period: string; unit: string } {
  const series = [...api.plan.indicators, ...api.plan.statistics];
  const n = keysUsed.get(api) ?? 0;
  keysUsed.set(api, n + 1);
  if (n >= series.length * QUARTERS.length) throw new Error('the matrix ran out of observation keys');
  return { seriesId: series[Math.floor(n / QUARTERS.length)]!.id, period: QUARTERS[n % QUARTERS.length]!, unit: series[Math.floor(n / QUARTERS.length)]!.unit };
}

async function observation(api: SeededApi, place: Place, steps: WorkflowAction[]): Promise<number> {
  const version = await ensurePlanVersion(api.store.db, api.plan, api.change().at);
  const { seriesId, period, unit } = nextKey(api);
  const draft = await createDraft(
    api.store.db,
    { planId: api.plan.id, planVersionId: version.id, unit, originKind: 'api', input: { seriesId, ...place, period, kind: 'actual', value: 1, note: null } },
    api.change(),
  );
  if (!draft.ok) throw new Error(`fixture: ${draft.refusal}`);
  for (const step of steps) {
    const moved = await transitionObservation(api.store.db, draft.observation.id, step, { ...api.change(), reason: 'fixture' });
    if (!moved.ok) throw new Error(`fixture ${step}: ${moved.refusal}`);
  }
  return draft.observation.id;
}

function newObservationBody(api: SeededApi, place: Place) {
  const { seriesId, period } = nextKey(api);
  return { indicatorId: seriesId, regionCode: place.regionCode, ...(place.parkId ? { parkId: place.parkId } : {}), period, value: 1 };
}

/** One Haikou row of observations, the same in every upload: importing it twice changes nothing. */
const IMPORT_CSV = 'indicator,region,year,value\nhitech-revenue,460100,2030,1\n';
const BOUNDARY = '----plansight-matrix';

function multipart(filename: string, content: string): { payload: Buffer; headers: Record<string, string> } {
  const payload = Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${BOUNDARY}--\r\n`,
    'utf8',
  );
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

async function uploadOf(api: SeededApi, userId: number): Promise<string> {
  return (await saveUpload(api.store.db, { userId, kind: 'observations', filename: 'matrix.csv', bytes: Buffer.from(IMPORT_CSV) }, api.clock.now())).id;
}

async function tokenOf(api: SeededApi, userId: number): Promise<number> {
  return (await createApiToken({ db: api.store.db, change: api.change() }, userId, { name: 'to revoke' })).apiToken.id;
}

/** A made-up outline around Haikou's city seat (not a real boundary). */
const BOUNDARIES = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { adcode: HAIKOU }, geometry: { type: 'Polygon', coordinates: [[[110.2, 19.9], [110.5, 19.9], [110.5, 20.2], [110.2, 19.9]]] } }] };

/** Stores boundaries, so that reading or removing them finds some; returns their URL. */
async function withBoundaries(api: SeededApi): Promise<string> {
  await saveBoundaries(api.store.db, 'matrix.geojson', normaliseBoundaries(api.plan, BOUNDARIES), api.change());
  return '/api/boundaries';
}

let usernameCounter = 0;

const CASES: Case[] = [
  // The docs and the document describe the API, not its data: open to everyone.
  ...['/api/docs', '/api/docs/static/index.html', '/api/docs/static/swagger-initializer.js', '/api/docs/json', '/api/docs/yaml', '/api/openapi.json', '/api/health'].map(
    (url): Case => ({ route: `GET ${url}`, expect: 'YYYYYYYYY', request: get(url) }),
  ),
  { route: 'GET /api/docs/static/*', expect: 'YYYYYYYYY', request: get('/api/docs/static/swagger-ui.css') },

  { route: 'POST /api/auth/login', expect: 'YYYYYYYYY', request: () => ({ url: '/api/auth/login', payload: { username: 'm-bystander', password: DEFAULT_PASSWORD }, freshSession: true }) },
  { route: 'POST /api/auth/logout', expect: 'YYYYYYYYY', request: () => ({ url: '/api/auth/logout', freshSession: true }) },
  { route: 'GET /api/auth/session', expect: ANY_USER, tokens: 'UUUUUUU', request: get('/api/auth/session') },
  { route: 'GET /api/auth/status', expect: 'YYYYYYYYY', request: get('/api/auth/status') },

  ...['/api/plan', '/api/plan/indicators', '/api/plan/clusters', '/api/plan/regions', '/api/plan/poles', '/api/plan/parks', '/api/plan/projects', '/api/plan/programmes'].map(
    (url): Case => ({ route: `GET ${url}`, expect: PUBLIC, request: get(url) }),
  ),
  { route: 'GET /api/plan/indicators/:id', expect: PUBLIC, request: get('/api/plan/indicators/hitech-revenue') },

  { route: 'GET /api/users', expect: ADMIN_ONLY, request: get('/api/users') },
  { route: 'GET /api/users/:id', expect: ADMIN_ONLY, request: ({ api }) => ({ url: `/api/users/${api.bystander.id}` }) },
  { route: 'POST /api/users', expect: ADMIN_ONLY, request: () => ({ url: '/api/users', payload: { username: `m-new-${usernameCounter++}`, role: 'viewer' } }) },
  { route: 'PATCH /api/users/:id', expect: ADMIN_ONLY, request: ({ api }) => ({ url: `/api/users/${api.bystander.id}`, payload: { displayName: 'Bystander' } }) },

  { route: 'GET /api/tokens', expect: ANY_USER, request: get('/api/tokens') },
  { route: 'POST /api/tokens', label: 'for oneself', expect: ANY_USER, request: () => ({ url: '/api/tokens', payload: { name: 'mine' } }) },
  { route: 'POST /api/tokens', label: 'for someone else', expect: ADMIN_ONLY, request: ({ api }) => ({ url: '/api/tokens', payload: { name: 'theirs', userId: api.bystander.id } }) },
  { route: 'DELETE /api/tokens/:id', label: 'one’s own', expect: ANY_USER, request: async ({ api, userId }) => ({ url: `/api/tokens/${await tokenOf(api, userId)}` }) },
  { route: 'DELETE /api/tokens/:id', label: 'someone else’s', expect: 'UUYNNNNNN', request: async ({ api }) => ({ url: `/api/tokens/${await tokenOf(api, api.bystander.id)}` }) },

  // Observations: the park officer cannot see a region's values (404), enterprise accounts none (403).
  { route: 'GET /api/observations', expect: 'UUYYYYYFY', request: get('/api/observations?pageSize=5') },
  { route: 'GET /api/observations/:id', label: 'a Haikou value', expect: 'UUYYYYNFY', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, HAIKOU_PLACE, ['submit', 'approve'])}` }) },
  { route: 'GET /api/observations/:id', label: 'a Yangpu park value', expect: 'UUYYYYYFY', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, YANGPU_PLACE, [])}` }) },
  { route: 'POST /api/observations', label: 'for Haikou', expect: 'UUYFYRFFF', request: ({ api }) => ({ url: '/api/observations', payload: newObservationBody(api, HAIKOU_PLACE) }) },
  { route: 'POST /api/observations', label: 'for the Yangpu park', expect: 'UUYFRYYFF', request: ({ api }) => ({ url: '/api/observations', payload: newObservationBody(api, YANGPU_PLACE) }) },
  { route: 'PATCH /api/observations/:id', label: 'a Haikou draft', expect: 'UUYFYRNFF', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, HAIKOU_PLACE, [])}`, payload: { value: 2 } }) },
  { route: 'PATCH /api/observations/:id', label: 'a Yangpu draft', expect: 'UUYFRYYFF', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, YANGPU_PLACE, [])}`, payload: { value: 2 } }) },
  { route: 'POST /api/observations/:id/submit', label: 'a Haikou draft', expect: 'UUYFYRNFF', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, HAIKOU_PLACE, [])}/submit` }) },
  { route: 'POST /api/observations/:id/submit', label: 'a Yangpu draft', expect: 'UUYFRYYFF', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, YANGPU_PLACE, [])}/submit` }) },
  { route: 'POST /api/observations/:id/approve-region', label: 'Yangpu park data', expect: 'UUYFRYFFF', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, YANGPU_PLACE, ['submit'])}/approve-region` }) },
  { route: 'POST /api/observations/:id/approve', label: 'a Haikou value', expect: 'UUYYFFNFF', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, HAIKOU_PLACE, ['submit'])}/approve` }) },
  { route: 'POST /api/observations/:id/return', label: 'a Haikou value (province level)', expect: 'UUYYFFNFF', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, HAIKOU_PLACE, ['submit'])}/return`, payload: { reason: 'check' } }) },
  { route: 'POST /api/observations/:id/return', label: 'Yangpu park data (region level)', expect: 'UUYFRYFFF', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, YANGPU_PLACE, ['submit'])}/return`, payload: { reason: 'check' } }) },
  { route: 'POST /api/observations/:id/reopen', label: 'an approved Haikou value', expect: 'UUYYFFNFF', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, HAIKOU_PLACE, ['submit', 'approve'])}/reopen`, payload: { reason: 'check' } }) },
  { route: 'GET /api/observations/:id/history', label: 'a Haikou value', expect: 'UUYYYYNFY', request: async ({ api }) => ({ url: `/api/observations/${await observation(api, HAIKOU_PLACE, [])}/history` }) },

  // Imports: a Haikou row. Uploads are their owner's: someone else's is not found.
  { route: 'POST /api/imports', label: 'a Haikou row', expect: 'UUYYYRFFF', request: () => ({ url: '/api/imports?kind=observations', ...multipart('matrix.csv', IMPORT_CSV) }) },
  { route: 'POST /api/imports/:id/commit', label: 'one’s own upload', expect: 'UUYYYRFFF', request: async ({ api, userId }) => ({ url: `/api/imports/${await uploadOf(api, userId)}/commit` }) },
  { route: 'POST /api/imports/:id/commit', label: 'someone else’s upload', expect: 'UUNNNNNNN', request: async ({ api }) => ({ url: `/api/imports/${await uploadOf(api, api.bystander.id)}/commit` }) },
  { route: 'DELETE /api/imports/:id', label: 'one’s own upload', expect: ANY_USER, request: async ({ api, userId }) => ({ url: `/api/imports/${await uploadOf(api, userId)}` }) },
  { route: 'DELETE /api/imports/:id', label: 'someone else’s upload', expect: 'UUNNNNNNN', request: async ({ api }) => ({ url: `/api/imports/${await uploadOf(api, api.bystander.id)}` }) },
  { route: 'GET /api/templates/:kind', expect: ANY_USER, request: get('/api/templates/observations') },
  { route: 'GET /api/calendar', expect: 'UUYYYYYFY', request: get('/api/calendar') },

  { route: 'GET /api/evaluation', label: 'approved values', expect: ANY_USER, request: get('/api/evaluation?year=2027') },
  { route: 'GET /api/evaluation', label: 'with pending values', expect: 'UUYYYYFFY', request: get('/api/evaluation?year=2027&includePending=true') },
  { route: 'GET /api/reports/midterm', label: 'approved values', expect: ANY_USER, timeoutMs: REPORT_TIMEOUT_MS, request: get('/api/reports/midterm?year=2027&format=html') },
  { route: 'GET /api/reports/midterm', label: 'with pending values', expect: 'UUYYYYFFY', timeoutMs: REPORT_TIMEOUT_MS, request: get('/api/reports/midterm?year=2027&format=html&includePending=true') },

  { route: 'GET /api/enterprises', expect: ANY_USER, request: get('/api/enterprises?pageSize=5') },
  { route: 'GET /api/enterprises/:creditCode', label: 'the enterprise account’s own (Haikou)', expect: 'UUYYYYFYY', request: ({ api }) => ({ url: `/api/enterprises/${api.enterprises.own}` }) },
  { route: 'GET /api/enterprises/:creditCode', label: 'one in the Yangpu park', expect: 'UUYYYYYFY', request: ({ api }) => ({ url: `/api/enterprises/${api.enterprises.yangpu}` }) },
  { route: 'GET /api/enterprises/:creditCode', label: 'one elsewhere in Danzhou', expect: 'UUYYYYFFY', request: ({ api }) => ({ url: `/api/enterprises/${api.enterprises.danzhou}` }) },

  ...['assessment', 'policies'].flatMap((what): Case[] => [
    { route: `GET /api/enterprises/:creditCode/${what}`, label: 'the enterprise account’s own (Haikou)', expect: 'UUYYYYFYY', request: ({ api }) => ({ url: `/api/enterprises/${api.enterprises.own}/${what}?year=2025` }) },
    { route: `GET /api/enterprises/:creditCode/${what}`, label: 'one in the Yangpu park', expect: 'UUYYYYYFY', request: ({ api }) => ({ url: `/api/enterprises/${api.enterprises.yangpu}/${what}?year=2025` }) },
    { route: `GET /api/enterprises/:creditCode/${what}`, label: 'one elsewhere in Danzhou', expect: 'UUYYYYFFY', request: ({ api }) => ({ url: `/api/enterprises/${api.enterprises.danzhou}/${what}?year=2025` }) },
  ]),
  { route: 'GET /api/cultivation/pipeline', expect: 'UUYYYYFFY', request: get('/api/cultivation/pipeline?year=2025') },
  // Tallies of the whole registry (industry system, map): as the pipeline, for roles that read every region.
  { route: 'GET /api/industry/structure', expect: 'UUYYYYFFY', request: get('/api/industry/structure?year=2025') },
  { route: 'GET /api/industry/clusters/:id', expect: 'UUYYYYFFY', request: get('/api/industry/clusters/digital-economy?year=2025') },
  { route: 'GET /api/cultivation/pipeline/enterprises', expect: 'UUYYYYFFY', request: get('/api/cultivation/pipeline/enterprises?year=2025&tier=srdi-sme&category=candidate') },
  { route: 'GET /api/cultivation/policies/counts', expect: 'UUYYYYFFY', request: get('/api/cultivation/policies/counts?year=2025') },
  { route: 'GET /api/cultivation/policies', expect: ANY_USER, request: get('/api/cultivation/policies') },
  { route: 'GET /api/cultivation/facts', expect: ANY_USER, request: get('/api/cultivation/facts') },

  { route: 'GET /api/projects', expect: 'UUYYYYYFY', request: get('/api/projects') },
  { route: 'GET /api/projects/:id', label: 'a Haikou project', expect: 'UUYYYYFFY', request: get(`/api/projects/${HAIKOU_PROJECT}`) },
  { route: 'GET /api/projects/:id', label: 'a Danzhou project in the Yangpu park', expect: 'UUYYYYYFY', request: get(`/api/projects/${DANZHOU_PROJECT}`) },
  { route: 'GET /api/projects/:id/history', label: 'a Haikou project', expect: 'UUYYYYFFY', request: get(`/api/projects/${HAIKOU_PROJECT}/history`) },
  { route: 'GET /api/projects/:id/history', label: 'a Danzhou project in the Yangpu park', expect: 'UUYYYYYFY', request: get(`/api/projects/${DANZHOU_PROJECT}/history`) },
  ...(
    [
      [HAIKOU_PROJECT, 'a Haikou project', 'UUYYYRFFF'],
      [DANZHOU_PROJECT, 'a Danzhou project in the Yangpu park', 'UUYYRYFFF'],
      [NOWHERE_PROJECT, 'a project of no region', 'UUYYFFFFF'],
    ] as const
  ).flatMap(([id, label, expect]): Case[] => [
    { route: 'PUT /api/projects/:id/progress/:year', label, expect, request: () => ({ url: `/api/projects/${id}/progress/2030`, payload: { stage: 'construction', plannedInvestment: 5, completedInvestment: 4 } }) },
    { route: 'PUT /api/projects/:id/milestones/:name', label, expect, request: () => ({ url: `/api/projects/${id}/milestones/${encodeURIComponent('竣工验收')}`, payload: { dueOn: '2030-06-30' } }) },
  ]),

  ...['/api/public/indicators.json', '/api/public/indicators.csv', '/api/public/observations.json?region=460100', '/api/public/observations.csv?region=460100', '/api/public/evaluation.json?year=2027'].map(
    (url): Case => ({ route: `GET ${url.split('?')[0]}`, expect: PUBLIC, request: get(url) }),
  ),

  // Settings: read by anyone before login. The switch goes back to each app's default (null), so the portal app stays open.
  { route: 'GET /api/settings', expect: 'YYYYYYYYY', request: get('/api/settings') },
  { route: 'PUT /api/settings/public-portal', expect: ADMIN_ONLY, request: () => ({ url: '/api/settings/public-portal', payload: { enabled: null } }) },
  // Boundaries are published map data: anonymous readers while the portal is on.
  { route: 'GET /api/boundaries', expect: PUBLIC, request: async ({ api }) => ({ url: await withBoundaries(api) }) },
  { route: 'PUT /api/boundaries', expect: ADMIN_ONLY, request: () => ({ url: '/api/boundaries', payload: BOUNDARIES }) },
  { route: 'DELETE /api/boundaries', expect: ADMIN_ONLY, request: async ({ api }) => ({ url: await withBoundaries(api) }) },
  { route: 'POST /api/scenario', label: 'approved values', expect: ANY_USER, request: () => ({ url: '/api/scenario', payload: {} }) },
  { route: 'POST /api/scenario', label: 'with pending values', expect: 'UUYYYYFFY', request: () => ({ url: '/api/scenario', payload: { includePending: true } }) },
];

const STATUS: Record<Letter, (status: number, code: string | undefined) => boolean> = {
  // Served: 2xx, or a redirect to where it is served (the docs' index.html).
  Y: (status) => status >= 200 && status < 400,
  U: (status, code) => status === 401 && code === 'unauthenticated',
  F: (status, code) => status === 403 && code === 'forbidden',
  R: (status, code) => status === 403 && code === 'forbidden_region',
  N: (status, code) => status === 404 && code === 'not_found',
};

function expected(c: Case, method: string, actor: ActorName, credential: CredentialName): Letter {
  const index = ACTORS.indexOf(actor);
  const userIndex = USER_ACTORS.indexOf(actor as (typeof USER_ACTORS)[number]);
  const letter = (credential !== 'session' && c.tokens && userIndex >= 0 ? c.tokens[userIndex] : c.expect[index]) as Letter;
  // The token's scope is checked before anything else a write needs.
  if (credential === 'read token' && method !== 'GET' && letter !== 'U') return 'F';
  return letter;
}

async function freshSession(api: SeededApi, actor: ActorName): Promise<Session | undefined> {
  if (actor === 'anonymous' || actor === 'anonymous (portal on)') return undefined;
  return api.login(api.users[actor].username, DEFAULT_PASSWORD);
}

for (const engine of ENGINES) {
  describe(`the authorisation matrix on ${engine}`, () => {
    let api: SeededApi;
    beforeAll(async () => {
      api = await seededApi(engine);
    });
    afterAll(async () => api.close());

    it('has an expectation for every route the app registers, and none for a route it does not', () => {
      const registered = new Set(api.app.registeredRoutes.map((r) => `${r.method} ${r.url}`));
      const covered = new Set(CASES.map((c) => c.route));
      expect([...registered].filter((r) => !covered.has(r)), 'routes without an expectation: add them to CASES').toEqual([]);
      expect([...covered].filter((r) => !registered.has(r)), 'expectations for routes the app does not register').toEqual([]);
      for (const c of CASES) expect(c.expect, c.route).toMatch(/^[YUFRN]{9}$/);
    });

    for (const c of CASES) {
      it(`${c.route}${c.label ? ` (${c.label})` : ''}`, async () => {
        const [method, route] = c.route.split(' ') as [Method, string];
        const mismatches: string[] = [];
        for (const actor of ACTORS) {
          const credentials: readonly CredentialName[] = actor.startsWith('anonymous') ? ['session'] : CREDENTIALS;
          for (const credential of credentials) {
            const userId = actor.startsWith('anonymous') ? api.bystander.id : api.users[actor as (typeof USER_ACTORS)[number]].id;
            const request = await c.request({ actor, credential, api, userId });
            const { app, options } = as(api, actor, credential);
            const session = request.freshSession && credential === 'session' ? await freshSession(api, actor) : undefined;
            const sendOptions: Send = { ...options, ...(session ? { session } : {}), headers: request.headers ?? {}, payload: request.payload };
            const response = await send(app as FastifyInstance, method, request.url, sendOptions);
            const want = expected(c, method, actor, credential);
            const code = response.statusCode >= 400 ? (response.json() as { error?: { code?: string } }).error?.code : undefined;
            if (!STATUS[want](response.statusCode, code)) {
              mismatches.push(`${actor} via ${actor.startsWith('anonymous') ? 'nothing' : credential}: expected ${want}, got ${response.statusCode} ${code ?? ''}`.trim());
            }
          }
        }
        expect(mismatches, `${route}: ${mismatches.length} mismatches`).toEqual([]);
      }, c.timeoutMs);
    }
  });
}
