/**
 * Sections as the builders write them: a title without its number, tables and charts
 * with captions without theirs. `numbering.ts` numbers everything in document order once
 * the report is assembled, so a section can be added or dropped without renumbering by hand.
 */
import type { Block } from './report-model.ts';

export interface DraftSection {
  id: string;
  title: string;
  /** False for the summary and the appendix, which carry no chapter number. */
  numbered: boolean;
  /** Prefix of the English sub-section numbers of an unnumbered section (A for the appendix). */
  letter?: string;
  blocks: Block[];
  children: DraftSection[];
}

export function draft(id: string, title: string, blocks: Block[], children: DraftSection[] = []): DraftSection {
  return { id, title, numbered: true, blocks, children };
}

export function paragraph(text: string, lead?: string): Block {
  return lead ? { kind: 'paragraph', lead, text } : { kind: 'paragraph', text };
}

export function list(items: (string | { lead?: string; text: string })[], ordered = false): Block {
  return { kind: 'list', ordered, items: items.map((item) => (typeof item === 'string' ? { text: item } : item)) };
}
