/**
 * The report as one self-contained HTML page: inline CSS with print rules, charts as inline
 * SVG (drawn by the same ECharts code as the Word images), no external resources — it can
 * be mailed, archived, or printed from any browser.
 */
import { CSS_FONT_STACK } from './charts/chart-font.ts';
import { renderChartSvg } from './charts/render-chart.ts';
import { escapeHtml as e } from './html/escape-html.ts';
import { HTML_STYLE } from './html/html-style.ts';
import type { Block, ChartSpec, Notice, ReportModel, Section, Table } from './model/report-model.ts';

export interface HtmlOptions {
  /** How charts become SVG (tests may pass a cheaper one); ECharts server-side rendering by default. */
  drawChart?: (spec: ChartSpec) => string;
}

export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const draw = options.drawChart ?? ((spec: ChartSpec) => renderChartSvg(spec, CSS_FONT_STACK));
  const lang = model.lang === 'zh' ? 'zh-CN' : 'en';
  const title = `${model.cover.planTitle} · ${model.cover.title}`;
  const demoMark = model.lang === 'zh' ? '演示数据 · 非官方统计' : 'Demo data · not official statistics';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Plansight">',
    `<title>${e(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    model.demo ? `<div class="demo-mark">${e(demoMark)}</div>` : '',
    cover(model),
    contents(model),
    '<main>',
    ...model.sections.map((s) => section(s, draw)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function cover(model: ReportModel): string {
  const c = model.cover;
  return [
    '<header class="cover">',
    `<p class="plan">${e(c.planTitle)}</p>`,
    `<h1>${e(c.title)}</h1>`,
    ...c.lines.map((line) => `<p class="line">${e(line)}</p>`),
    ...c.notices.map(notice),
    '</header>',
  ].join('\n');
}

function contents(model: ReportModel): string {
  const item = (s: Section, nested: string) => `<li><a href="#${e(s.id)}">${e(s.heading)}</a>${nested}</li>`;
  const list = model.sections
    .map((s) => item(s, s.children.length ? `<ol>${s.children.map((c) => item(c, '')).join('')}</ol>` : ''))
    .join('\n');
  return `<nav class="contents"><h2>${model.lang === 'zh' ? '目　录' : 'Contents'}</h2><ol>\n${list}\n</ol></nav>`;
}

function section(s: Section, draw: (spec: ChartSpec) => string): string {
  const tag = `h${s.level + 1}`;
  return [
    `<section id="${e(s.id)}">`,
    `<${tag}>${e(s.heading)}</${tag}>`,
    ...s.blocks.map((b) => block(b, draw)),
    ...s.children.map((c) => section(c, draw)),
    '</section>',
  ].join('\n');
}

function block(b: Block, draw: (spec: ChartSpec) => string): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${b.lead ? `<span class="lead">${e(b.lead)}</span>` : ''}${e(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${i.lead ? `<span class="lead">${e(i.lead)}</span>` : ''}${e(i.text)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return table(b);
    case 'chart':
      return `<figure>${inlineSvg(draw(b.spec))}<figcaption>${e(b.caption)}</figcaption></figure>`;
    case 'notice':
      return notice(b);
    case 'figures':
      return `<div class="figures">${b.items.map((i) => `<div><b class="${i.tone ?? ''}">${e(i.value)}</b><span>${e(i.label)}</span></div>`).join('')}</div>`;
  }
}

function notice(n: Notice): string {
  return `<div class="notice ${n.tone}" role="note"><strong>${e(n.title)}</strong>${e(n.text)}</div>`;
}

function table(t: Table): string {
  const total = t.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = t.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('');
  const head = t.columns.map((c) => `<th scope="col">${e(c.label)}</th>`).join('');
  const rows = t.rows
    .map((row) => `<tr>${row.map((cell, k) => `<td class="${t.columns[k]!.kind}${cell.tone ? ` ${cell.tone}` : ''}">${e(cell.text)}</td>`).join('')}</tr>`)
    .join('\n');
  const notes = t.notes.map((n) => `<p class="table-note">${e(n)}</p>`).join('');
  return `<div class="table-wrap" id="table-${e(t.id)}"><table><caption>${e(t.caption)}</caption><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>${notes}</div>`;
}

/**
 * An ECharts SVG made fit for inline use: it scales with the page, and drops the namespace
 * declarations the HTML parser supplies itself (so the page holds no URL at all).
 */
function inlineSvg(svg: string): string {
  return svg
    .replace(/\s+xmlns(:xlink)?="[^"]*"/g, '')
    .replace(/^<svg width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/, '<svg role="img" preserveAspectRatio="xMidYMid meet"');
}
