export interface MailContent {
  heading: string;
  paragraphs: string[];
  button?: { label: string; url: string };
  footer?: string;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A plain, accessible mail in HTML and text: every mail reads well in both. */
export function renderMail(content: MailContent): { text: string; html: string } {
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.button ? [`${content.button.label}: ${content.button.url}`, ''] : []),
    ...(content.footer ? ['--', content.footer] : []),
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<h1 style="font-size:22px">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${content.button ? `<p><a href="${escapeHtml(content.button.url)}" style="display:inline-block;background:#154273;color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px">${escapeHtml(content.button.label)}</a></p><p style="font-size:14px">${escapeHtml(content.button.url)}</p>` : ''}
${content.footer ? `<hr><p style="font-size:14px;color:#545454">${escapeHtml(content.footer)}</p>` : ''}
</body></html>`;
  return { text, html };
}
