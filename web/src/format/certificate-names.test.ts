import { describe, expect, it } from 'vitest';
import { certificationKinds } from '../../../src/records/certification.ts';
import { certificationName } from './certificate-names.ts';

describe('certificate names', () => {
  it('names certificate kinds, tiers by their proper names', () => {
    expect(certificationName('srdi-sme')).toEqual({ zh: '专精特新中小企业', en: 'SRDI SME' });
    expect(certificationName('above-size')).toEqual({ zh: '规模以上企业', en: 'Above designated size' });
    expect(certificationName('unknown')).toEqual({ zh: 'unknown', en: 'unknown' });
  });
  it('names every kind the registry records', () => {
    for (const kind of certificationKinds) expect(certificationName(kind).en).not.toBe(kind);
  });
});
