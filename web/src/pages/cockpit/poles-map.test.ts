import { describe, expect, it } from 'vitest';
import { polePoints, polesMapOption, splitOutliers } from './poles-map.ts';

const regions = [
  { code: '460100', name: { zh: '海口市', en: 'Haikou' }, lng: 110.3, lat: 20.0 },
  { code: '469023', name: { zh: '澄迈县', en: 'Chengmai' }, lng: 110.0, lat: 19.7 },
  { code: '469030', name: { zh: '琼中', en: 'Qiongzhong' }, lng: 109.8, lat: 19.0 },
];
const poles = [{ id: 'haikou', name: { zh: '海口', en: 'Haikou pole' }, core: ['460100'], radiates: ['469023'] }];

describe('the poles map', () => {
  it('places each region in its pole, cores apart', () => {
    expect(polePoints(regions, poles).map((p) => [p.code, p.poleIndex, p.core])).toEqual([
      ['460100', 0, true],
      ['469023', 0, false],
      ['469030', null, false],
    ]);
  });
  it('draws one series per pole and one for the rest, named in the reader’s language', () => {
    const option = polesMapOption(polePoints(regions, poles), poles, { pick: (t) => t.en, otherLabel: 'Other regions' });
    const series = option.series as { name: string; data: { name: string }[] }[];
    expect(series.map((s) => [s.name, s.data.map((d) => d.name)])).toEqual([
      ['Haikou pole', ['Haikou', 'Chengmai']],
      ['Other regions', ['Qiongzhong']],
    ]);
  });
  it('leaves a far-away region off the schematic', () => {
    const sansha = { code: '460300', name: { zh: '三沙市', en: 'Sansha' }, lng: 112.3, lat: 16.8 };
    const { inside, outside } = splitOutliers([...regions, sansha]);
    expect(outside.map((p) => p.code)).toEqual(['460300']);
    expect(inside).toHaveLength(3);
  });
  it('escapes names in the tooltip (ECharts renders it as HTML)', () => {
    const evil = [{ ...regions[0]!, name: { zh: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' } }];
    const option = polesMapOption(polePoints(evil, poles), poles, { pick: (t) => t.en, otherLabel: 'Other', detail: () => 'a<b' });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ seriesName: 'Haikou pole', data: { name: '<img src=x onerror=alert(1)>', code: '460100' } })).toBe(
      '<b>&lt;img src=x onerror=alert(1)&gt;</b><br/>Haikou pole<br/>a&lt;b',
    );
  });
});
