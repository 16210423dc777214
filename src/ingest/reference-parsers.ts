/**
 * Fields that name something of the plan (a region, park, series, project, clusters,
 * segments) or one value of a fixed list (an enum). Unknown and ambiguous names are refused
 * with the name found; lists take ids or names separated by ; ； 、 , ，.
 */
import type { Text } from '../plan/schema.ts';
import type { FieldSpec } from '../records/field-spec.ts';
import type { Cell } from './cell-value.ts';
import type { FieldParser } from './field-parser.ts';
import type { ImportContext, RegionRef } from './import-context.ts';
import { nameKey } from './name-key.ts';
import type { Found, NameLookup } from './name-lookup.ts';
import { fail, ok, type Parsed } from './parsed.ts';

interface Named {
  name: Text;
}

interface Vocabulary<T extends Named> {
  lookup: NameLookup<T>;
  code: string;
  /** 市县 / region — what the thing is called in messages. */
  noun: Text;
  expected: Text;
}

/** A cell as a name: Excel may hold a region code such as 460100 as a number. */
function nameOf(cell: Cell): string | null {
  if (cell.type === 'text') return cell.text;
  if (cell.type === 'number' && Number.isInteger(cell.value)) return String(cell.value);
  return null;
}

/** `whole` is the cell's text; `text` the part looked up (one name of a list). */
function resolve<T extends Named>(found: Found<T>, text: string, v: Vocabulary<T>, whole = text): Parsed<T> {
  if (found === null) {
    const piece = text === whole ? '' : `“${text}”`;
    return fail({ zh: `规划中没有${piece}这个${v.noun.zh}`, en: `${piece ? `${JSON.stringify(text)} is ` : ''}not ${/^[aeiou]/.test(v.noun.en) ? 'an' : 'a'} ${v.noun.en} of the plan` }, v.code);
  }
  if ('ambiguous' in found) {
    const names = found.ambiguous.map((r) => r.name.zh);
    return fail(
      { zh: `“${text}”可指多个${v.noun.zh}：${names.join('、')}，请写全称`, en: `${JSON.stringify(text)} could be any of ${names.join(', ')}; write the full name` },
      `ambiguous_${v.code.replace(/^unknown_/, '')}`,
    );
  }
  return ok(found.ref);
}

function vocabulary(spec: FieldSpec, context: ImportContext): Vocabulary<Named> {
  const optionalRegion = spec.type === 'region' && !spec.required;
  const example = context.regions.all.find((r) => !r.province) ?? context.province;
  switch (spec.type) {
    case 'region':
      return {
        lookup: context.regions,
        code: 'unknown_region',
        noun: { zh: '市县', en: 'region' },
        expected: {
          zh: `规划中的市县区划代码或名称（如${example.code}或${example.name.zh}${optionalRegion ? '，留空表示全省' : ''}）`,
          en: `a region code or name of the plan (e.g. ${example.code} or ${example.name.zh}${optionalRegion ? '; empty for the province' : ''})`,
        },
      };
    case 'park':
      return { lookup: context.parks, code: 'unknown_park', noun: { zh: '园区', en: 'park' }, expected: { zh: '规划中的园区代码或名称', en: 'a park id or name of the plan' } };
    case 'series':
      return {
        lookup: context.series,
        code: 'unknown_indicator',
        noun: { zh: '指标', en: 'indicator' },
        expected: {
          zh: `规划${context.planId}的指标或统计量代码，或规划中的完整中文名称`,
          en: `an indicator or statistic id of plan ${context.planId}, or its exact Chinese name`,
        },
      };
    case 'project':
      return { lookup: context.projects, code: 'unknown_project', noun: { zh: '重点项目', en: 'project' }, expected: { zh: '规划中的重点项目代码或完整名称', en: 'a key-project id or its exact name in the plan' } };
    case 'cluster-list':
      return {
        lookup: context.clusters,
        code: 'unknown_cluster',
        noun: { zh: '产业集群', en: 'cluster' },
        expected: { zh: '规划中的产业集群代码或名称，多个用“；”或“、”分隔', en: 'cluster ids or names of the plan, separated by ; or 、' },
      };
    case 'segment-list':
      return {
        lookup: context.segments,
        code: 'unknown_segment',
        noun: { zh: '细分领域', en: 'segment' },
        expected: { zh: '规划中的细分领域代码或名称，多个用“；”或“、”分隔', en: 'segment ids or names of the plan, separated by ; or 、' },
      };
    default:
      throw new Error(`field ${spec.key} of type ${spec.type} names nothing of the plan`);
  }
}

export function referenceParser(spec: FieldSpec, context: ImportContext): FieldParser<Named> {
  const v = vocabulary(spec, context);
  // Where a region is required it is a city or county; the province fits only where empty means the province.
  const provinceAllowed = !(spec.type === 'region' && spec.required);
  return {
    code: v.code,
    expected: v.expected,
    parse(cell) {
      const text = nameOf(cell);
      if (text === null) return fail();
      const found = resolve(v.lookup.find(text), text, v);
      if (found.ok && !provinceAllowed && (found.value as Partial<RegionRef>).province) {
        return fail({ zh: '此处应填写具体市县，不能填全省', en: 'a city or county is needed here, not the whole province' }, 'province_not_allowed');
      }
      return found;
    },
  };
}

const SEPARATOR = /([;；、,，|\n])/;

export function listParser(spec: FieldSpec, context: ImportContext): FieldParser<Named[]> {
  const v = vocabulary(spec, context);
  return {
    code: v.code,
    expected: v.expected,
    parse(cell) {
      const text = nameOf(cell);
      if (text === null) return fail();
      // Split on every separator, then take the longest run of pieces that is a name, so a
      // name that itself contains 、 still matches.
      const pieces = text.split(SEPARATOR);
      const refs: Named[] = [];
      for (let i = 0; i < pieces.length; i += 2) {
        if (pieces[i]!.trim() === '') continue;
        let matched = false;
        for (let j = pieces.length - 1; j >= i; j -= 2) {
          const candidate = pieces.slice(i, j + 1).join('').trim();
          const found = v.lookup.find(candidate);
          if (found && 'ref' in found) {
            if (!refs.includes(found.ref)) refs.push(found.ref);
            i = j;
            matched = true;
            break;
          }
        }
        if (!matched) return resolve(v.lookup.find(pieces[i]!.trim()), pieces[i]!.trim(), v, text) as Parsed<never>;
      }
      return ok(refs);
    },
  };
}

/**
 * Abbreviations people use for enum values. Quotes and a trailing 企业 are ignored anyway,
 * so 专精特新小巨人 and 大型企业 need no entry.
 */
const ENUM_SYNONYMS: Record<string, string> = {
  实际: 'actual',
  实际数: 'actual',
  assigned: 'target',
  高企: 'hte',
  国家高新技术: 'hte',
  小巨人: 'little-giant',
  单项冠军: 'single-champion',
  规上: 'above-size',
  规模以上工业: 'above-size',
  在建: 'construction',
  建成投产: 'operating',
  已投产: 'operating',
};

function enumKey(text: string): string {
  return nameKey(text)
    .replace(/["'“”‘’「」『』]/g, '')
    .replace(/企业$/, '');
}

export function enumParser(spec: FieldSpec): FieldParser<string> {
  const values = spec.values ?? [];
  const byKey = new Map<string, string>();
  for (const { value, label } of values) for (const name of [value, label.zh, label.en]) byKey.set(enumKey(name), value);
  for (const [synonym, value] of Object.entries(ENUM_SYNONYMS)) {
    if (values.some((v) => v.value === value) && !byKey.has(enumKey(synonym))) byKey.set(enumKey(synonym), value);
  }
  return {
    code: 'unknown_value',
    expected: {
      zh: `以下之一：${values.map((v) => v.label.zh).join('、')}`,
      en: `one of ${values.map((v) => `${v.value} (${v.label.zh})`).join(', ')}`,
    },
    parse(cell) {
      const text = nameOf(cell);
      const value = text === null ? undefined : byKey.get(enumKey(text));
      return value === undefined ? fail() : ok(value);
    },
  };
}
