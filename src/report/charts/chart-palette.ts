/** Colours of the chart roles: calm, printable in greyscale by lightness, red only for what lags. */
import type { SeriesTone } from '../model/report-model.ts';

export const toneColours: Record<SeriesTone, string> = {
  actual: '#1f5fa8',
  required: '#7a7a7a',
  stated: '#b07d2b',
  projection: '#e07b39',
  target: '#c0392b',
  baseline: '#9fb3c8',
  best: '#1b7f3b',
  good: '#5cb85c',
  fair: '#2f80ed',
  bad: '#d64541',
  met: '#7fc97f',
  unmet: '#f0a04b',
  neutral: '#b0b0b0',
  pole1: '#1f5fa8',
  pole2: '#e07b39',
  pole3: '#2e9d6b',
  other: '#9e9e9e',
};

export const INK = '#333333';
export const MUTED = '#666666';
