import { describe, expect, it } from 'vitest';
import { INDICATOR_CSV_HEADER, OBSERVATION_CSV_HEADER } from '../../../../src/server/presenters/public-presenter.ts';
import { evaluationDocumentSchema } from '../../../../src/server/schemas/evaluation-schemas.ts';
import { publicIndicatorSchema, publicObservationSchema } from '../../../../src/server/schemas/public-schemas.ts';
import { EVALUATION_FIELDS, INDICATOR_COLUMNS, OBSERVATION_COLUMNS } from './dataset-columns.ts';

const topLevel = (columns: { name: string; json?: string }[]) => [...new Set(columns.map((c) => (c.json ?? c.name).split('.')[0]))].sort();

describe('the open-data page documents every column the API writes', () => {
  it('lists the CSV columns in the server’s order', () => {
    expect(INDICATOR_COLUMNS.map((c) => c.name)).toEqual([...INDICATOR_CSV_HEADER]);
    expect(OBSERVATION_COLUMNS.map((c) => c.name)).toEqual([...OBSERVATION_CSV_HEADER]);
  });

  it('names the JSON fields the items have', () => {
    expect(topLevel(INDICATOR_COLUMNS)).toEqual(Object.keys(publicIndicatorSchema.shape).sort());
    expect(topLevel(OBSERVATION_COLUMNS)).toEqual(Object.keys(publicObservationSchema.shape).sort());
    expect(EVALUATION_FIELDS.map((f) => f.name).sort()).toEqual(Object.keys(evaluationDocumentSchema.shape).sort());
  });

  it('describes each in both languages', () => {
    for (const column of [...INDICATOR_COLUMNS, ...OBSERVATION_COLUMNS, ...EVALUATION_FIELDS]) {
      expect(column.description.zh, column.name).not.toBe('');
      expect(column.description.en, column.name).not.toBe('');
    }
  });
});
