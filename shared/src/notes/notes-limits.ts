/** Size limits of the shared notes, enforced by the server and explained by the client. */
export const NOTES_LIMITS = {
  /** One WebSocket message: a long paste fits, a pasted book does not. Below ws's 1 MiB cap. */
  messageBytes: 512 * 1024,
  /** The whole document as stored (snapshot plus updates not yet compacted). */
  documentBytes: 4 * 1024 * 1024,
} as const;
