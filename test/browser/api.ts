/// <reference lib="dom" />
/**
 * The API as the tests call it besides the pages: from a signed-in page (its cookies), or
 * straight into the server (Fastify's inject) to write data before a page looks at it.
 */
import type { Page } from 'playwright-core';
import type { DemoServer } from './support.ts';

/** GET from inside the page, with its session; a failed request throws. */
export async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const response = await fetch(p);
    if (!response.ok) throw new Error(`${p}: HTTP ${response.status}`);
    return response.json();
  }, path) as Promise<T>;
}

/** The last year with data: the latest value of any indicator when evaluating the target year. */
export async function lastDataYear(page: Page): Promise<number> {
  const settings = await getJson<{ plan: { targetYear: number } }>(page, '/api/settings');
  const evaluation = await getJson<{ indicators: { latest: { year: number } | null }[] }>(page, `/api/evaluation?year=${settings.plan.targetYear}`);
  return Math.max(...evaluation.indicators.map((i) => i.latest?.year ?? 0));
}

/** The CSRF token of the page's session: writes through `page.request` send it as x-csrf-token. */
export async function csrfOf(page: Page, baseUrl: string): Promise<string> {
  const status = (await (await page.request.get(`${baseUrl}/api/auth/status`)).json()) as { session: { csrfToken: string } };
  return status.session.csrfToken;
}

/** The headers of a session (cookie and CSRF token) for `server.app.inject`, after a real login. */
export async function sessionHeaders(server: DemoServer, username: string, password = `${username}-2026`): Promise<Record<string, string>> {
  const login = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (login.statusCode !== 200) throw new Error(`login of ${username}: ${login.statusCode} ${login.body}`);
  const cookie = login.cookies.find((c) => c.name === 'plansight_session');
  if (!cookie) throw new Error(`login of ${username}: no session cookie`);
  return { cookie: `plansight_session=${cookie.value}`, 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };
}
