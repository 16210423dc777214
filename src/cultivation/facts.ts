/**
 * Facts the annual figures do not hold — confirmations (no major violation, own brand…),
 * levels (R&D institution, digitalisation), numbers and expert points — as a catalogue
 * (rulesets/facts.yaml) and, per enterprise, the values given so far. A fact not given is
 * missing, never false.
 */
import { z } from 'zod';
import type { Text } from '../plan/schema.ts';
import { textSchema } from '../plan/schema.ts';
import { unitIds, type UnitId } from './units.ts';

const factId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a fact id is snake_case, e.g. "no_major_violation"');
const levelId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a level id is lower-case words joined by hyphens');

export const factSchema = z.discriminatedUnion('type', [
  z.object({ id: factId, type: z.literal('confirmation'), name: textSchema }).strict(),
  z
    .object({
      id: factId,
      type: z.literal('level'),
      name: textSchema,
      levels: z.array(z.object({ id: levelId, name: textSchema }).strict()).min(2).describe('Lowest first'),
    })
    .strict(),
  z.object({ id: factId, type: z.literal('number'), name: textSchema, unit: z.enum(unitIds) }).strict(),
  z.object({ id: factId, type: z.literal('points'), name: textSchema, max: z.number().positive() }).strict(),
]);

export const factCatalogueSchema = z.object({ facts: z.array(factSchema).min(1) }).strict();

export type FactDefinition = z.infer<typeof factSchema>;
export type FactValue = boolean | number | string;
/** One enterprise's facts, by fact id. */
export type EnterpriseFacts = Readonly<Record<string, FactValue>>;

export class FactCatalogue {
  private readonly byId: Map<string, FactDefinition>;

  /**
   * `valueLabels` names other values explanations may show — the plan's clusters, regions
   * and parks (`digital-economy` → 数字经济) — so a policy condition reads in words, not ids.
   */
  constructor(
    readonly facts: readonly FactDefinition[],
    private readonly valueLabels: ReadonlyMap<string, Text> = new Map(),
  ) {
    this.byId = new Map(facts.map((f) => [f.id, f]));
  }

  withValueLabels(labels: ReadonlyMap<string, Text>): FactCatalogue {
    return new FactCatalogue(this.facts, new Map([...this.valueLabels, ...labels]));
  }

  valueLabel(value: string): Text | undefined {
    return this.valueLabels.get(value);
  }

  get(id: string): FactDefinition | undefined {
    return this.byId.get(id);
  }

  name(id: string): Text {
    return this.byId.get(id)?.name ?? { zh: id, en: id };
  }

  /** Level ids, lowest first, of a level fact. */
  levels(id: string): readonly string[] | undefined {
    const fact = this.byId.get(id);
    return fact?.type === 'level' ? fact.levels.map((l) => l.id) : undefined;
  }

  levelName(id: string, level: string): Text | undefined {
    const fact = this.byId.get(id);
    return fact?.type === 'level' ? fact.levels.find((l) => l.id === level)?.name : undefined;
  }

  unit(id: string): UnitId {
    const fact = this.byId.get(id);
    if (!fact) return 'text';
    if (fact.type === 'confirmation') return 'yes-no';
    if (fact.type === 'level') return 'level';
    if (fact.type === 'points') return 'points';
    return fact.unit;
  }

  /** Why a value does not fit the fact, or null when it does. */
  problem(id: string, value: unknown): Text | null {
    const fact = this.byId.get(id);
    if (!fact) return { zh: `未知的确认事项“${id}”`, en: `unknown fact ${JSON.stringify(id)}` };
    switch (fact.type) {
      case 'confirmation':
        return typeof value === 'boolean' ? null : { zh: `${id} 应为 true 或 false`, en: `${id} must be true or false` };
      case 'level': {
        const ids = fact.levels.map((l) => l.id);
        return typeof value === 'string' && ids.includes(value) ? null : { zh: `${id} 应为 ${ids.join(' | ')} 之一`, en: `${id} must be one of ${ids.join(' | ')}` };
      }
      case 'number':
        return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : { zh: `${id} 应为不小于 0 的数`, en: `${id} must be a number ≥ 0` };
      case 'points':
        return typeof value === 'number' && value >= 0 && value <= fact.max
          ? null
          : { zh: `${id} 应为 0 到 ${fact.max} 之间的分数`, en: `${id} must be points from 0 to ${fact.max}` };
    }
  }
}
