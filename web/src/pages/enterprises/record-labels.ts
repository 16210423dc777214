/**
 * Names of what the registry records, taken from the record kinds the imports use (so a
 * template, an import preview and this page say the same): size classes and the annual
 * fields with their units. Certificate kinds are named in format/certificate-names.ts.
 */
import type { Text } from '../../api/text.ts';
import { annualFieldUnits, type UnitId } from '../../../../src/cultivation/units.ts';
import type { AnnualField } from '../../../../src/cultivation/measure-schema.ts';
import { enterpriseAnnualKind } from '../../../../src/records/enterprise-annual.ts';
import { enterpriseKind } from '../../../../src/records/enterprise.ts';
import type { FieldSpec } from '../../../../src/records/field-spec.ts';

function valuesOf(fields: readonly FieldSpec[], key: string): Map<string, Text> {
  const field = fields.find((f) => f.key === key);
  return new Map((field?.values ?? []).map((v) => [v.value, v.label]));
}

const sizeLabels = valuesOf(enterpriseKind.fields, 'size_class');

export function sizeClassName(size: string | null): Text | null {
  return size ? (sizeLabels.get(size) ?? { zh: size, en: size }) : null;
}

export interface AnnualRow {
  field: AnnualField;
  label: Text;
  unit: UnitId;
}

const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The annual fields in the template's order, each with its label and unit. */
export const annualRows: readonly AnnualRow[] = enterpriseAnnualKind.fields
  .filter((f) => f.key !== 'credit_code' && f.key !== 'year')
  .map((f) => ({ field: camel(f.key) as AnnualField, label: f.label, unit: annualFieldUnits[camel(f.key) as AnnualField] }))
  .filter((r) => r.unit !== undefined);

/** Labels of values an assessment may show as ids: size classes, and whatever else is given (plan names, fact levels). */
export function valueLabels(...maps: ReadonlyMap<string, Text>[]): Map<string, Text> {
  return new Map([...sizeLabels, ...maps.flatMap((m) => [...m])]);
}
