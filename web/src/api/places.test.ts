import { describe, expect, it } from 'vitest';
import { parksIn, projectRegions } from './places.ts';

const parks = [
  { id: 'yangpu', region: '460400', regions: [] },
  { id: 'hk-sanya', region: null, regions: ['460100', '460200'] },
  { id: 'nowhere', region: null, regions: [] },
];

describe('where a project is', () => {
  it('takes the project’s own regions first', () => {
    expect(projectRegions({ regions: ['469005'], parks: ['yangpu'] }, parks)).toEqual(['469005']);
  });
  it('else the regions of its parks', () => {
    expect(projectRegions({ regions: [], parks: ['yangpu', 'hk-sanya', 'nowhere', 'unknown'] }, parks)).toEqual(['460400', '460100', '460200']);
    expect(projectRegions({ regions: [], parks: [] }, parks)).toEqual([]);
  });
  it('finds the parks of a region, spanning ones included', () => {
    expect(parksIn('460200', parks).map((p) => p.id)).toEqual(['hk-sanya']);
    expect(parksIn('460400', parks).map((p) => p.id)).toEqual(['yangpu']);
  });
});
