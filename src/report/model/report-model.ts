/**
 * The report as a value: a tree of sections holding paragraphs, lists, tables, charts and
 * notices, already worded in one language and with every number already formatted. The
 * renderers (Word, HTML, PDF) only lay it out, so they cannot disagree about a figure; the
 * golden test reads the same tree as text.
 */
export type Lang = 'zh' | 'en';

export interface ReportModel {
  kind: 'midterm';
  lang: Lang;
  planId: string;
  /** The evaluation year: data up to its end. */
  year: number;
  /** The day the report was made (YYYY-MM-DD), injected so the report is reproducible. */
  today: string;
  cover: Cover;
  /** Top-level sections in reading order: summary, 一 … 七, appendix. */
  sections: Section[];
  /** True when any demo row was used: the renderers then mark every page. */
  demo: boolean;
}

export interface Cover {
  /** The plan's title. */
  planTitle: string;
  /** 中期评估报告 / Mid-term evaluation report. */
  title: string;
  /** Lines under the title: period, data cut-off, who made it and when. */
  lines: string[];
  notices: Notice[];
}

export interface Section {
  /** Stable id, used for anchors and bookmarks (ASCII, unique in the report). */
  id: string;
  /** The heading as printed, numbering included (一、总体进展 / 1. Overall progress). */
  heading: string;
  /** 1: chapter, 2: （一）, 3: 1. */
  level: 1 | 2 | 3;
  blocks: Block[];
  children: Section[];
}

export type Block = Paragraph | List | Table | Chart | Notice | Figures;

export interface Paragraph {
  kind: 'paragraph';
  /** A bold opening phrase, as official reports open a point (e.g. 「产业规模稳步扩大。」). */
  lead?: string;
  text: string;
}

export interface List {
  kind: 'list';
  ordered: boolean;
  items: { lead?: string; text: string }[];
}

/** How a column is laid out: text on the left, figures on the right, statuses centred. */
export type ColumnKind = 'text' | 'number' | 'percent' | 'count' | 'status' | 'year' | 'date';

export interface Column {
  /** A stable name for the column where tools need to find it (e.g. `baseline`). */
  key?: string;
  label: string;
  kind: ColumnKind;
  /** Relative width (the renderers share the page width in these proportions). */
  width: number;
}

export type Tone = 'good' | 'fair' | 'bad' | 'neutral';

export interface Cell {
  text: string;
  /** The unformatted figure behind `text` (as the evaluation gives it), for checks. */
  value?: number | null;
  /** The status code behind `text` (an evaluation status id). */
  code?: string;
  tone?: Tone;
}

export interface Table {
  kind: 'table';
  id: string;
  /** 表1 … / Table 1 … */
  caption: string;
  columns: Column[];
  rows: Cell[][];
  /** Notes printed under the table (markers, sources). */
  notes: string[];
}

export interface Chart {
  kind: 'chart';
  /** 图1 … / Figure 1 … */
  caption: string;
  spec: ChartSpec;
}

export interface Notice {
  kind: 'notice';
  tone: 'demo' | 'warning' | 'info';
  title: string;
  text: string;
}

/** A row of headline figures (the summary's 时间进度 / 快于预期 / 滞后 …). */
export interface Figures {
  kind: 'figures';
  items: { label: string; value: string; tone?: Tone }[];
}

// ── Charts: a specification, not pixels ───────────────────────────────────────────────

/** Colour roles; the chart renderer owns the palette. */
export type SeriesTone =
  | 'actual'
  | 'required'
  | 'stated'
  | 'projection'
  | 'target'
  | 'baseline'
  | 'best'
  | 'good'
  | 'fair'
  | 'bad'
  | 'met'
  | 'unmet'
  | 'neutral'
  | 'pole1'
  | 'pole2'
  | 'pole3'
  | 'other';

interface ChartBase {
  id: string;
  title: string;
  /** 单位：亿元 / Unit: 100 million yuan. */
  unit: string;
  /** 数据来源：… — printed under the chart. */
  source: string;
  /** Logical size in CSS pixels; the PNG is rendered at a multiple of it. */
  width: number;
  height: number;
}

export interface BarSeries {
  name: string;
  tone: SeriesTone;
  values: (number | null)[];
  /** Series with the same stack id are stacked. */
  stack?: string;
}

export interface BarChartSpec extends ChartBase {
  kind: 'bar';
  categories: string[];
  series: BarSeries[];
  horizontal: boolean;
  /** A logarithmic value axis, for counts of very different sizes. */
  logScale: boolean;
  /** A reference line across the bars (e.g. the time elapsed, %). */
  reference: { value: number; label: string } | null;
  /** Print each bar's value at its end. */
  valueLabels: boolean;
}

export interface LinePoint {
  year: number;
  value: number;
}

export interface LineSeries {
  name: string;
  tone: SeriesTone;
  style: 'solid' | 'dashed' | 'dotted';
  points: LinePoint[];
  /** Draw each point as a marker (observations) rather than a plain line (paths). */
  markers: boolean;
}

export interface LineChartSpec extends ChartBase {
  kind: 'line';
  years: number[];
  series: LineSeries[];
  /** An interval drawn as a vertical bar at one year (the projection's 80 % interval). */
  interval: { year: number; low: number; high: number; name: string } | null;
}

export interface MapPoint {
  name: string;
  lng: number;
  lat: number;
  /** Drives the bubble size. */
  value: number;
  /** Index into `groups`. */
  group: number;
}

/** A schematic map: places as bubbles at their coordinates, no boundaries. */
export interface MapChartSpec extends ChartBase {
  kind: 'map';
  groups: { name: string; tone: SeriesTone }[];
  points: MapPoint[];
}

export type ChartSpec = BarChartSpec | LineChartSpec | MapChartSpec;
