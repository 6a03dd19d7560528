/** HTML rendered from Markdown and sanitised on the server (src/kernel/markdown.ts); nothing else may come here. */
export function Prose({ html }: { html: string }) {
  if (!html) return null;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML comes only from renderMarkdown, which sanitises it with an allow-list
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
