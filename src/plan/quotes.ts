/**
 * Traceability: every quote of the plan must occur verbatim in the plan text. Pure: the
 * text is passed in as a string.
 */
import { createHash } from 'node:crypto';
import type { PlanDocument, Source } from './schema.ts';
import type { PathedIssue } from './references.ts';

export interface QuotedSource {
  path: PropertyKey[];
  source: Source;
}

/** Every `source` object in the plan, wherever it sits, with its path. */
export function collectSources(plan: object): QuotedSource[] {
  const out: QuotedSource[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, n) => walk(item, [...path, n]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'source' || key === 'coordinatesSource') && isSource(child)) out.push({ path: [...path, key], source: child });
        else walk(child, [...path, key]);
      }
    }
  };
  walk(plan, []);
  return out;
}

function isSource(value: unknown): value is Source {
  return value !== null && typeof value === 'object' && 'quote' in value && 'ref' in value;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function checkQuotes(plan: PlanDocument, text: string): PathedIssue[] {
  const out: PathedIssue[] = [];
  if (plan.document.sha256 && plan.document.sha256 !== sha256(text)) {
    out.push({
      path: ['document', 'sha256'],
      issue: {
        severity: 'warning',
        code: 'document_hash',
        message: {
          zh: '所给规划文本的哈希值与 document.sha256 不一致：文本可能不是编码时所用的版本',
          en: 'the plan text given does not match document.sha256: it may not be the version the plan was encoded from',
        },
      },
    });
  }
  for (const { path, source } of collectSources(plan)) {
    if (source.external !== undefined) continue;
    if (!text.includes(source.quote)) {
      out.push({
        path: [...path, 'quote'],
        issue: {
          severity: 'error',
          code: 'quote_not_found',
          message: {
            zh: `引文未在规划文本中逐字找到：“${source.quote}”（${source.ref}）`,
            en: `quote not found verbatim in the plan text: “${source.quote}” (${source.ref})`,
          },
        },
      });
    }
  }
  return out;
}
