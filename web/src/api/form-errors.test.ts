import { describe, expect, it } from 'vitest';
import { ApiError } from './client.ts';
import { pick, type Text } from './text.ts';
import { formErrorsOf, formFieldOf } from './form-errors.ts';

const zh = (t: Text | null | undefined) => pick(t, 'zh');
const en = (t: Text | null | undefined) => pick(t, 'en');

describe('API errors on form fields', () => {
  it('points a detail path at its form field', () => {
    expect(formFieldOf('regions.0')).toBe('regions');
    expect(formFieldOf('creditCode')).toBe('creditCode');
    expect(formFieldOf(undefined)).toBeUndefined();
  });

  it('places each detail under its field, in the API’s words', () => {
    const error = new ApiError(400, 'validation_failed', { zh: '账户范围与角色不符', en: 'The account’s scope does not fit its role' }, [
      { field: 'regions', expected: { zh: '至少一个市县代码', en: 'at least one region code' } },
      { field: 'regions.1', expected: { zh: '规划中的市县代码', en: 'a region code of the plan' } },
      { field: 'creditCode', expected: { zh: '有效的统一社会信用代码', en: 'a valid unified social credit code' } },
    ]);
    expect(formErrorsOf(error, ['regions', 'creditCode'], zh)).toEqual({
      fields: [
        { name: 'regions', errors: ['至少一个市县代码', '规划中的市县代码'] },
        { name: 'creditCode', errors: ['有效的统一社会信用代码'] },
      ],
      general: null,
      rest: [],
    });
  });

  it('uses the error’s message for a detail without its own (a taken username)', () => {
    const error = new ApiError(409, 'conflict', { zh: '已存在相同的 username', en: 'Already exists: the same username' }, [{ field: 'username' }]);
    expect(formErrorsOf(error, ['username'], en)).toEqual({ fields: [{ name: 'username', errors: ['Already exists: the same username'] }], general: null, rest: [] });
  });

  it('keeps what fits no field as the general message', () => {
    const error = new ApiError(409, 'conflict', { zh: '这是最后一个有效的管理员账户', en: 'This is the last enabled administrator' }, [{ field: 'disabled' }]);
    expect(formErrorsOf(error, ['role'], en)).toEqual({ fields: [], general: 'This is the last enabled administrator', rest: [] });
    expect(formErrorsOf(new ApiError(0, 'network', { zh: '无法连接服务器', en: 'Cannot reach the server' }), ['role'], zh).general).toBe('无法连接服务器');
    expect(formErrorsOf(new Error('boom'), [], zh).general).toBe('boom');
  });

  it('lists what the details say beyond the form’s fields, in the reader’s language (the project forms)', () => {
    const error = new ApiError(400, 'validation_failed', { zh: '请求内容不符合要求', en: 'The request is not valid' }, [
      { field: 'completedInvestment', expected: { zh: '数值过小：期望 number >=0', en: 'Too small: expected number to be >=0' } },
      { field: 'completionOn', expected: { zh: '无效输入', en: 'completionOn cannot come before startOn' } },
      { field: 'regionCode', value: '460400' },
      { field: 'other', message: { zh: '别的', en: 'else' } },
    ]);
    expect(formErrorsOf(error, ['completedInvestment', 'completionOn'], en)).toEqual({
      fields: [
        { name: 'completedInvestment', errors: ['Too small: expected number to be >=0'] },
        { name: 'completionOn', errors: ['completionOn cannot come before startOn'] },
      ],
      general: 'The request is not valid',
      rest: ['else'],
    });
    expect(formErrorsOf(error, ['completedInvestment'], zh).fields[0]!.errors).toEqual(['数值过小：期望 number >=0']);
  });
});
