export interface MailContent {
  heading: string;
  paragraphs: string[];
  button?: { label: string; url: string };
  /** Further buttons after the main one (e.g. accept and decline in an invitation). */
  actions?: { label: string; url: string }[];
  footer?: string;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A plain, accessible mail in HTML and text: every mail reads well in both. */
export function renderMail(content: MailContent): { text: string; html: string } {
  const buttons = [...(content.button ? [content.button] : []), ...(content.actions ?? [])];
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...buttons.flatMap((b) => [`${b.label}: ${b.url}`, '']),
    ...(content.footer ? ['--', content.footer] : []),
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<h1 style="font-size:22px">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${buttons.map((b) => `<p><a href="${escapeHtml(b.url)}" style="display:inline-block;background:#154273;color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px">${escapeHtml(b.label)}</a></p><p style="font-size:14px">${escapeHtml(b.url)}</p>`).join('\n')}
${content.footer ? `<hr><p style="font-size:14px;color:#545454">${escapeHtml(content.footer)}</p>` : ''}
</body></html>`;
  return { text, html };
}
