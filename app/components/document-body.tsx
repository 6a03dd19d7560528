/**
 * A generated document's body (programme, annual report) in a portal page, as the one HTML renderer
 * of src/exports/html-document.ts writes it: its text escaped, its Markdown sanitised. Nothing else may come here.
 */
export function DocumentBody({ html, label }: { html: string; label: string }) {
  return (
    <section aria-label={label} className="document-body prose">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: renderHtmlBody escapes all text and sanitises Markdown with an allow-list */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
