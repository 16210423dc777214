/**
 * The columns of an importable record kind, described once: the import reads them (by the
 * canonical key or any alias, e.g. 营业收入 for revenue), the Excel template writes them,
 * and the docs list them.
 */
import type { Text } from '../plan/schema.ts';

export type FieldType =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean' // 是/否, true/false, 1/0, Y/N
  | 'date' // YYYY-MM-DD (an Excel date cell is accepted too)
  | 'year'
  | 'period' // YYYY or YYYYQn
  | 'credit-code' // GB 32100-2015
  | 'region' // a region code or name of the plan (empty = the province, where allowed)
  | 'park' // a park id or name of the plan
  | 'series' // an indicator or statistic id or Chinese name of the plan
  | 'project' // a key-project id or Chinese name of the plan
  | 'cluster-list' // cluster ids or names, separated by ; or 、
  | 'segment-list'
  | 'enum';

export interface FieldSpec {
  /** Canonical column header, snake_case, as in the CSV format docs. */
  key: string;
  /** Header written in templates (zh first: it is what an official reads). */
  label: Text;
  /** Other headers accepted on import (matched after trimming and ignoring case and full-width brackets). */
  aliases: readonly string[];
  type: FieldType;
  required: boolean;
  unit?: Text;
  min?: number;
  max?: number;
  /** Allowed values of an enum field, with their labels (a label is accepted on import too). */
  values?: readonly { value: string; label: Text }[];
  description?: Text;
}

export interface RecordKind {
  id: string;
  name: Text;
  fields: readonly FieldSpec[];
  /** The fields that identify a record: a re-import updates the record with the same key. */
  naturalKey: readonly string[];
}
