import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './form-errors.ts';

describe('API errors under the form’s fields', () => {
  it('puts each detail under its field, in the reader’s language', () => {
    const error = {
      details: [
        { field: 'completedInvestment', expected: { zh: '数值过小：期望 number >=0', en: 'Too small: expected number to be >=0' } },
        { field: 'completionOn', expected: { zh: '无效输入', en: 'completionOn cannot come before startOn' } },
        { field: 'regionCode', value: '460400' },
        { field: 'other', message: { zh: '别的', en: 'else' } },
      ],
    };
    expect(fieldErrorsOf(error, ['completedInvestment', 'completionOn'], 'en')).toEqual({
      fields: [
        { name: 'completedInvestment', errors: ['Too small: expected number to be >=0'] },
        { name: 'completionOn', errors: ['completionOn cannot come before startOn'] },
      ],
      rest: ['else'],
    });
    expect(fieldErrorsOf(error, ['completedInvestment'], 'zh').fields[0]!.errors).toEqual(['数值过小：期望 number >=0']);
  });
});
