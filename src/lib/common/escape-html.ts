/**
 * HTML escaping for text put into markup by hand (the check report, rows the overview renders in
 * the browser, the measure page's field strings, the preview server's messages). Pure and free of
 * Node imports, so the client bundle uses the same function as the build.
 */
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
