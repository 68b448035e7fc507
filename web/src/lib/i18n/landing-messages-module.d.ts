// Built by vite.config.ts from nl.json and src/lib/i18n/landing-messages.ts.
declare module 'virtual:ods/landing-messages' {
  const messages: Record<string, unknown>;
  export default messages;
}
