/** Request and response schemas of the Excel templates. */
import { z } from 'zod';
import { regionCodeSchema } from '../../plan/schema.ts';
import { XLSX_TYPE } from '../commands/templates-file.ts';
import { recordKindSchema } from './imports-schemas.ts';

export const templateParamsSchema = z.object({ kind: recordKindSchema });

export const templateQuerySchema = z
  .object({
    region: regionCodeSchema.optional().describe('Pre-fill the rows of this region (observations)'),
    year: z.coerce.number().int().min(1900).max(2100).optional().describe('Pre-fill this year (observations)'),
  })
  .strict();

export const templateResponse = {
  200: {
    description: 'The .xlsx workbook: sheets 填报说明 (instructions), 数据 (to fill in) and the hidden 代码表 (code lists)',
    // Any: the handler sends the workbook's bytes, which no serializer touches.
    content: { [XLSX_TYPE]: { schema: z.any().meta({ type: 'string', format: 'binary' }) } },
  },
};
