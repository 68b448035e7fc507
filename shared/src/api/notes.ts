import Type, { type Static } from 'typebox';
import { METHOD_LENGTHS } from '../method/sparring-method.ts';

export {
  NOTES_CLOSE_CODES,
  WEBSOCKET_MESSAGE_TOO_BIG,
  notesCloseReason,
  actionAfterClose,
} from '../notes/close-codes.ts';
export type { NotesCloseReason, NotesCloseAction } from '../notes/close-codes.ts';
export { NOTES_LIMITS } from '../notes/notes-limits.ts';
export { notesMarkdownPath, notesSocketPath } from '../notes/paths.ts';

export const MethodOptionsSchema = Type.Object(
  {
    length: Type.Union([Type.Literal(METHOD_LENGTHS[0]), Type.Literal(METHOD_LENGTHS[1])]),
    turnAway: Type.Boolean(),
    lookBack: Type.Boolean(),
  },
  { additionalProperties: false },
);

/**
 * A facilitator's command, sent as a Hocuspocus stateless message (JSON) on the notes socket;
 * the server checks the role, applies it at server time, and everyone sees the new phase.
 */
export const PhaseCommandMessage = Type.Union([
  Type.Object({ type: Type.Literal('phase'), action: Type.Literal('start') }),
  Type.Object({ type: Type.Literal('phase'), action: Type.Literal('next') }),
  Type.Object({ type: Type.Literal('phase'), action: Type.Literal('previous') }),
  Type.Object({
    type: Type.Literal('phase'),
    action: Type.Literal('configure'),
    options: MethodOptionsSchema,
  }),
]);
export type PhaseCommandMessage = Static<typeof PhaseCommandMessage>;

/** The server's answer to a stateless message: server time, so clients can correct their clock. */
export const NotesServerMessage = Type.Union([
  Type.Object({ type: Type.Literal('clock'), serverNow: Type.String() }),
  Type.Object({ type: Type.Literal('refused'), reason: Type.String() }),
]);
export type NotesServerMessage = Static<typeof NotesServerMessage>;
