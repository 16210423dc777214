/**
 * How demo rows say they are demo rows. Observations and project notes carry DEMO_NOTE;
 * credit codes carry "DM" (demo-credit-code.ts); whoever stores any demo row — enterprise,
 * yearly figures, certificate, milestone, calendar entry included — records DEMO_ORIGIN,
 * so the product can label them wherever it shows them and delete them in one go.
 */
import type { OriginKind } from '../records/observation.ts';

export const DEMO_ORIGIN: OriginKind = 'demo';

export const DEMO_NOTE = '【演示数据 demo】';
