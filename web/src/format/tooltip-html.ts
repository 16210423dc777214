/** Chart tooltips as HTML (ECharts renders a formatter's string as markup): the words escaped, the first line bold. */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Plain-text lines as one tooltip: the first (the name) bold, one line each. */
export function tooltipHtml(lines: readonly string[]): string {
  const [first, ...rest] = lines;
  return [`<b>${escapeHtml(first ?? '')}</b>`, ...rest.map(escapeHtml)].join('<br/>');
}
