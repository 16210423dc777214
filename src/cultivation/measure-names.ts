/**
 * How a measure is named and shown when a rule set gives no name of its own: the field's
 * label from the records (营业收入), a fact's name from the catalogue, a phrase for sums,
 * ratios and growth; its unit; and the names of its level words.
 */
import type { Text } from '../plan/schema.ts';
import { certificationKind } from '../records/certification.ts';
import { enterpriseAnnualKind } from '../records/enterprise-annual.ts';
import { enterpriseKind } from '../records/enterprise.ts';
import type { FactCatalogue } from './facts.ts';
import type { LevelNamer } from './format.ts';
import { sizeClassLevels, type AnnualField, type MeasureRef } from './measure-schema.ts';
import type { MissingItem } from './snapshot.ts';
import { annualFieldUnits, type UnitId } from './units.ts';

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function annualFieldName(field: AnnualField): Text {
  const key = snake(field);
  return enterpriseAnnualKind.fields.find((f) => f.key === key)?.label ?? { zh: field, en: field };
}

function enterpriseFieldName(field: string): Text {
  if (field === 'ageYears') return { zh: '成立年限', en: 'Years since founding' };
  const key = snake(field);
  return enterpriseKind.fields.find((f) => f.key === key)?.label ?? { zh: field, en: field };
}

function certificationName(kind: string): Text {
  return certificationKind.fields.find((f) => f.key === 'kind')?.values?.find((v) => v.value === kind)?.label ?? { zh: kind, en: kind };
}

export function measureName(ref: MeasureRef, facts: FactCatalogue): Text {
  if (typeof ref === 'string') return annualFieldName(ref);
  if ('field' in ref) {
    const name = annualFieldName(ref.field);
    return ref.yearsBack ? { zh: `${ref.yearsBack}年前${name.zh}`, en: `${name.en}, ${ref.yearsBack} year(s) earlier` } : name;
  }
  if ('sum' in ref) {
    const name = annualFieldName(ref.sum);
    return { zh: `近${ref.years}年${name.zh}合计`, en: `${name.en}, last ${ref.years} years in total` };
  }
  if ('average' in ref) {
    const name = annualFieldName(ref.average);
    return { zh: `近${ref.years}年${name.zh}年均`, en: `${name.en}, last ${ref.years} years' average` };
  }
  if ('ratio' in ref) {
    const a = measureName(ref.ratio[0], facts);
    const b = measureName(ref.ratio[1], facts);
    return { zh: `${a.zh}占${b.zh}比重`, en: `${a.en} as a share of ${b.en.toLowerCase()}` };
  }
  if ('growth' in ref) {
    const name = annualFieldName(ref.growth);
    return { zh: `${name.zh}增长率`, en: `${name.en} growth` };
  }
  if ('lowest' in ref) {
    const name = measureName(ref.lowest, facts);
    return { zh: `近${ref.years}年${name.zh}（取最低年）`, en: `${name.en}, lowest of the last ${ref.years} years` };
  }
  if ('fact' in ref) return facts.name(ref.fact);
  if ('certified' in ref) {
    const name = certificationName(ref.certified);
    return { zh: `持有有效的${name.zh}证书`, en: `Holds a valid ${name.en} certificate` };
  }
  if ('newlyCertified' in ref) {
    const name = certificationName(ref.newlyCertified);
    return { zh: `当年首次认定为${name.zh}`, en: `First certified as ${name.en} in the year` };
  }
  return enterpriseFieldName(ref.enterprise);
}

export function measureUnit(ref: MeasureRef, facts: FactCatalogue): UnitId {
  if (typeof ref === 'string') return annualFieldUnits[ref];
  if ('field' in ref) return annualFieldUnits[ref.field];
  if ('sum' in ref) return annualFieldUnits[ref.sum];
  if ('average' in ref) return annualFieldUnits[ref.average];
  if ('ratio' in ref || 'growth' in ref) return 'percent';
  if ('lowest' in ref) return measureUnit(ref.lowest, facts);
  if ('fact' in ref) return facts.unit(ref.fact);
  if ('certified' in ref || 'newlyCertified' in ref) return 'yes-no';
  if (ref.enterprise === 'ageYears') return 'years';
  if (ref.enterprise === 'listed') return 'yes-no';
  if (ref.enterprise === 'sizeClass') return 'level';
  return 'text';
}

/** The ordered words a measure's values are (lowest first), when it is level-valued. */
export function measureLevels(ref: MeasureRef, facts: FactCatalogue): readonly string[] | undefined {
  if (typeof ref === 'string') return undefined;
  if ('fact' in ref) return facts.levels(ref.fact);
  if ('enterprise' in ref && ref.enterprise === 'sizeClass') return sizeClassLevels;
  return undefined;
}

export function levelNamer(ref: MeasureRef, facts: FactCatalogue): LevelNamer | undefined {
  if (typeof ref === 'string') return undefined;
  if ('fact' in ref) return (level) => facts.levelName(ref.fact, level);
  if ('enterprise' in ref && ref.enterprise === 'sizeClass') {
    const values = enterpriseKind.fields.find((f) => f.key === 'size_class')?.values ?? [];
    return (level) => values.find((v) => v.value === level)?.label;
  }
  if ('enterprise' in ref) return (value) => facts.valueLabel(value);
  return undefined;
}

/** 「2027年 研发费用」 / "R&D expense (2027)". */
export function missingName(item: MissingItem, facts: FactCatalogue): Text {
  if (item.kind === 'fact') return facts.name(item.id);
  if (item.kind === 'enterprise') return enterpriseFieldName(item.field);
  const name = annualFieldName(item.field);
  return { zh: `${item.year}年${name.zh}`, en: `${name.en} (${item.year})` };
}
