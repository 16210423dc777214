import { describe, expect, it } from 'vitest';
import { validityOn } from './certificate-validity.ts';

describe('certificate validity on a day', () => {
  it('tells valid, soon expiring, expired and not yet in force', () => {
    expect(validityOn({ issuedOn: '2025-11-07', expiresOn: '2028-11-06' }, '2026-11-29')).toEqual({ validity: 'valid', days: 708 });
    expect(validityOn({ issuedOn: '2025-11-07', expiresOn: '2026-12-31' }, '2026-11-29')).toEqual({ validity: 'expiring', days: 32 });
    expect(validityOn({ issuedOn: '2022-11-07', expiresOn: '2025-11-06' }, '2026-11-29')).toEqual({ validity: 'expired', days: 388 });
    expect(validityOn({ issuedOn: '2028-11-07', expiresOn: '2031-11-06' }, '2026-11-29')).toEqual({ validity: 'not-yet', days: 709 });
    expect(validityOn({ issuedOn: '2023-01-01', expiresOn: null }, '2026-11-29')).toEqual({ validity: 'valid', days: null });
  });

  it('counts the first and last day as valid, as the API does', () => {
    expect(validityOn({ issuedOn: '2026-11-29', expiresOn: '2026-11-29' }, '2026-11-29').validity).toBe('expiring');
  });
});
