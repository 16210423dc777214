/**
 * `plansight serve --demo` as an operator runs it: a real process on a temp SQLite file and
 * an ephemeral port, asked over real HTTP, then stopped with SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'plansight-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plansight serve --demo', () => {
  it('seeds an empty store, prints the demo accounts, serves over HTTP and stops gracefully on SIGTERM', async () => {
    const child = spawn(process.execPath, ['bin/plansight.js', 'serve', '--demo', '--port', '0', '--demo-enterprises', '200'], {
      cwd: repoRoot,
      env: { ...process.env, PLANSIGHT_DATABASE_URL: join(dir, 'plansight.db'), PLANSIGHT_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /Plansight API: (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(stdout);
        if (match) resolve(match[1]!);
      });
      void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });

    try {
      expect(stdout).toContain('demo accounts (public passwords: for demo databases only)');
      for (const username of ['demo-admin', 'demo-analyst', 'demo-haikou', 'demo-yangpu', 'demo-enterprise', 'demo-viewer']) {
        expect(stdout).toContain(`${username}-2026`);
      }
      const health = await fetch(`${address}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', engine: 'sqlite', planId: 'hainan-hitech-2026-2030' });
      const login = await fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'demo-haikou', password: 'demo-haikou-2026' }),
      });
      expect(login.status).toBe(200);
      expect(((await login.json()) as { user: unknown }).user).toMatchObject({ role: 'region-officer', regions: ['460100'] });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain('SIGTERM: shutting down');
    expect(stdout).toContain('stopped');
  }, 120_000);
});
