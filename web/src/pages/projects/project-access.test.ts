import { describe, expect, it } from 'vitest';
import { mayUpdateProject } from './project-access.ts';

const haikou = { regions: ['460100'] };
const nowhere = { regions: [] };

describe('who may update a project (as the API decides)', () => {
  it('lets administrators and province analysts update every project', () => {
    for (const role of ['admin', 'province-analyst'] as const) {
      expect(mayUpdateProject({ role, regions: [] }, haikou)).toBe(true);
      expect(mayUpdateProject({ role, regions: [] }, nowhere)).toBe(true);
    }
  });

  it('lets a region officer update its regions’ projects only', () => {
    expect(mayUpdateProject({ role: 'region-officer', regions: ['460100'] }, haikou)).toBe(true);
    expect(mayUpdateProject({ role: 'region-officer', regions: ['460400'] }, haikou)).toBe(false);
    expect(mayUpdateProject({ role: 'region-officer', regions: ['460100'] }, nowhere)).toBe(false);
  });

  it('refuses park officers, enterprises, viewers and nobody', () => {
    for (const role of ['park-officer', 'enterprise', 'viewer'] as const) expect(mayUpdateProject({ role, regions: ['460100'] }, haikou)).toBe(false);
    expect(mayUpdateProject(null, haikou)).toBe(false);
  });
});
