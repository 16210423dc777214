/**
 * Whether an account's scope fits its role and the plan: a region officer needs regions of
 * the plan, a park officer one park of the plan, an enterprise a valid credit code; other
 * roles have no scope. Pure; returns every problem as a detail naming its field.
 */
import type { Plan } from '../../plan/derive.ts';
import { creditCodeProblem } from '../../records/credit-code.ts';
import type { RoleScope } from '../../store/accounts-roles.ts';
import type { ErrorDetail } from '../errors.ts';
import { ROLE_POLICIES } from '../policy/roles.ts';

export function roleScopeProblems(plan: Plan, scope: RoleScope): ErrorDetail[] {
  const needs = ROLE_POLICIES[scope.role].scope;
  const problems: ErrorDetail[] = [];
  const notFor = (field: string, value: unknown): ErrorDetail => ({
    field,
    value,
    expected: { zh: `角色 ${scope.role} 不设此项`, en: `none for the role ${scope.role}` },
  });

  if (needs === 'regions') {
    if (scope.regions.length === 0) problems.push({ field: 'regions', expected: { zh: '至少一个市县代码', en: 'at least one region code' } });
    const known = new Set(plan.regions.map((r) => r.code));
    scope.regions.forEach((code, i) => {
      if (!known.has(code)) problems.push({ field: `regions.${i}`, value: code, expected: { zh: '规划中的市县代码', en: 'a region code of the plan' } });
    });
  } else if (scope.regions.length > 0) problems.push(notFor('regions', scope.regions));

  if (needs === 'park') {
    if (scope.parkId === null) problems.push({ field: 'parkId', expected: { zh: '一个园区', en: 'a park' } });
    else if (!plan.parks.some((p) => p.id === scope.parkId)) {
      problems.push({ field: 'parkId', value: scope.parkId, expected: { zh: '规划中的园区', en: 'a park of the plan' } });
    }
  } else if (scope.parkId !== null) problems.push(notFor('parkId', scope.parkId));

  if (needs === 'credit-code') {
    if (scope.creditCode === null) problems.push({ field: 'creditCode', expected: { zh: '统一社会信用代码', en: 'a unified social credit code' } });
    else if (creditCodeProblem(scope.creditCode) !== null) {
      problems.push({ field: 'creditCode', value: scope.creditCode, expected: { zh: '有效的统一社会信用代码（18 位，含校验位）', en: 'a valid unified social credit code (18 characters with check character)' } });
    }
  } else if (scope.creditCode !== null) problems.push(notFor('creditCode', scope.creditCode));

  return problems;
}
