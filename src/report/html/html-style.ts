/**
 * The page's own CSS: screen and print (A4, chapters on new pages, table headers repeated,
 * rows and figures kept whole). Fonts: Chinese system fonts by name — embedding the bundled
 * 8 MB font would make the page too heavy to send; the PDF carries the embedded font.
 */
import { CSS_FONT_STACK } from '../charts/chart-font.ts';

export const HTML_STYLE = `
:root { --ink: #222; --muted: #666; --rule: #bfbfbf; --head: #e8eef5; --good: #1b7f3b; --fair: #1f5fa8; --bad: #c0392b; --neutral: #555; }
* { box-sizing: border-box; }
html { font-family: ${CSS_FONT_STACK}; color: var(--ink); font-size: 15px; line-height: 1.7; }
body { margin: 0 auto; max-width: 860px; padding: 24px 28px 64px; background: #fff; }
h1, h2, h3, h4 { line-height: 1.35; color: #1a1a1a; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 1.6rem; margin: 2.4em 0 0.8em; }
h3 { font-size: 1.3rem; margin: 1.8em 0 0.6em; }
h4 { font-size: 1.1rem; margin: 1.4em 0 0.5em; }
p { margin: 0 0 0.7em; text-align: justify; }
html[lang="zh-CN"] main p { text-indent: 2em; }
.lead { font-weight: bold; }
ol, ul { margin: 0 0 0.9em; padding-left: 2em; }
li { margin-bottom: 0.35em; }
.cover { min-height: 92vh; display: flex; flex-direction: column; justify-content: center; text-align: center; break-after: page; page-break-after: always; }
.cover p { text-align: center; text-indent: 0; }
.cover .plan { font-size: 1.6rem; font-weight: bold; margin: 0 0 0.4em; }
.cover h1 { font-size: 2.4rem; margin: 0 0 1.6em; }
.cover .line { color: var(--muted); margin: 0.2em 0; }
.cover .notice { text-align: left; margin-top: 2.4em; }
.contents { break-after: page; page-break-after: always; }
.contents h2 { text-align: center; margin-top: 0; }
.contents ol { list-style: none; padding-left: 0; }
.contents ol ol { padding-left: 2em; font-size: 0.93rem; }
.contents a { color: inherit; text-decoration: none; }
main > section { break-before: page; page-break-before: always; }
.notice { border: 2px solid; padding: 0.7em 1em; margin: 1em 0; break-inside: avoid; }
.notice strong { display: block; margin-bottom: 0.2em; }
.notice.demo { border-color: #c0392b; background: #fdecea; }
.notice.demo strong { color: #c0392b; }
.notice.warning { border-color: #e07b39; background: #fff4e0; }
.notice.info { border-color: #2f80ed; background: #eaf2fb; }
.demo-mark { position: fixed; top: 0; right: 0; background: #c0392b; color: #fff; font-size: 12px; padding: 2px 10px; z-index: 10; }
.figures { display: flex; gap: 0; margin: 0.6em 0 1.2em; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); }
.figures div { flex: 1; text-align: center; padding: 0.6em 0.3em; border-left: 1px solid var(--rule); }
.figures div:first-child { border-left: none; }
.figures b { display: block; font-size: 1.9rem; line-height: 1.2; }
.figures span { color: var(--muted); font-size: 0.85rem; }
.table-wrap { margin: 1.2em 0; }
table { width: 100%; border-collapse: collapse; font-size: 0.8rem; line-height: 1.45; }
caption { font-weight: bold; margin-bottom: 0.5em; font-size: 0.95rem; }
th, td { border: 1px solid var(--rule); padding: 3px 5px; vertical-align: middle; overflow-wrap: break-word; }
th { background: var(--head); text-align: center; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.number, td.percent, td.count { text-align: right; white-space: nowrap; }
td.status, td.year, td.date { text-align: center; }
.good { color: var(--good); } .fair { color: var(--fair); } .bad { color: var(--bad); } .neutral { color: var(--neutral); }
.table-note { color: var(--muted); font-size: 0.78rem; margin: 0.3em 0 0; text-indent: 0 !important; }
figure { margin: 1.2em 0; break-inside: avoid; page-break-inside: avoid; text-align: center; }
figure svg { width: 100%; height: auto; }
figcaption { font-weight: bold; font-size: 0.95rem; margin-top: 0.3em; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  .cover { min-height: 250mm; }
  a { color: inherit; text-decoration: none; }
}
`;
