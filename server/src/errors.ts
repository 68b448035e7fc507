import createError from '@fastify/error';
import type { Localised } from './lib/language.ts';

// Every domain error once, with a stable code and a message in Dutch and English. The error
// handler answers in the language of the request.
const catalogue = new Map<string, Localised>();

function domainError(code: string, statusCode: number, message: Localised) {
  catalogue.set(code, message);
  return createError(code, message.en, statusCode);
}

/** The message for an error code in a language, if the code is ours. */
export function catalogueMessage(code: string): Localised | undefined {
  return catalogue.get(code);
}

export const NotSignedIn = domainError('NOT_SIGNED_IN', 401, {
  nl: 'Je bent niet ingelogd. Log in om verder te gaan.',
  en: 'You are not signed in. Sign in to continue.',
});
export const MetricsTokenInvalid = domainError('METRICS_TOKEN_INVALID', 401, {
  nl: 'De metrics vragen een geldig token (Authorization: Bearer …, zie METRICS_TOKEN).',
  en: 'The metrics need a valid token (Authorization: Bearer …, see METRICS_TOKEN).',
});
export const Forbidden = domainError('FORBIDDEN', 403, {
  nl: 'Je hebt geen toegang tot deze pagina of actie.',
  en: 'You do not have access to this page or action.',
});
export const LinkInvalid = domainError('LINK_INVALID', 400, {
  nl: 'Deze link is ongeldig of al gebruikt. Vraag een nieuwe link aan.',
  en: 'This link is invalid or has already been used. Request a new link.',
});
export const LinkExpired = domainError('LINK_EXPIRED', 400, {
  nl: 'Deze link is verlopen (hij is 15 minuten geldig). Vraag een nieuwe link aan.',
  en: 'This link has expired (it is valid for 15 minutes). Request a new link.',
});
export const EmailTaken = domainError('EMAIL_TAKEN', 409, {
  nl: 'Er bestaat al een account met dit e-mailadres.',
  en: 'An account with this e-mail address already exists.',
});
export const ProfileIncomplete = domainError('PROFILE_INCOMPLETE', 409, {
  nl: 'Vul eerst je profiel in.',
  en: 'Complete your profile first.',
});
export const NotFound = domainError('NOT_FOUND', 404, {
  nl: 'Dit bestaat niet (meer).',
  en: 'This does not exist (any more).',
});
export const InvalidInput = domainError('INVALID_INPUT', 400, {
  nl: 'Niet alle velden zijn goed ingevuld. Kijk de gemarkeerde velden na.',
  en: 'Some fields are not filled in correctly. Check the marked fields.',
});

/** Thrown with per-field messages, e.g. for an unknown topic in an otherwise valid form. */
export class FieldErrors extends InvalidInput {
  readonly fields: Record<string, Localised>;
  constructor(fields: Record<string, Localised>) {
    super();
    this.fields = fields;
  }
}
export const InvalidTransition = domainError('SESSION_STATE', 409, {
  nl: 'Deze sessie kan nu niet naar die toestand.',
  en: 'This session cannot change to that state now.',
});
export const NotParticipant = domainError('NOT_PARTICIPANT', 403, {
  nl: 'Alleen deelnemers van deze sessie hebben hier toegang toe.',
  en: 'Only participants of this session have access to this.',
});
export const CaseStateConflict = domainError('CASE_STATE', 409, {
  nl: 'Deze casus kan nu niet naar die toestand. Laad de pagina opnieuw om de actuele stand te zien.',
  en: 'This case cannot change to that state now. Reload the page to see where it stands.',
});
export const CaseNotEditable = domainError('CASE_NOT_EDITABLE', 409, {
  nl: 'Alleen een concept kun je bewerken. Zet de casus eerst terug naar concept.',
  en: 'Only a draft can be edited. Turn the case back into a draft first.',
});
export const CaseHasPersonalData = domainError('CASE_PERSONAL_DATA', 422, {
  nl: 'Deze casus bevat een geldig burgerservicenummer of IBAN. Haal het weg; daarna kun je de casus klaarzetten.',
  en: 'This case contains a valid citizen service number or IBAN. Remove it; then you can mark the case ready.',
});
export const CaseUnconfirmedWarnings = domainError('CASE_UNCONFIRMED_WARNINGS', 422, {
  nl: 'In deze casus staan gegevens die op echte persoonsgegevens lijken. Pas ze aan, of bevestig bij elke melding dat het fictief is.',
  en: 'This case contains details that look like real personal data. Change them, or confirm for each notice that it is fictional.',
});
export const RoundAlreadyCommitted = domainError('ROUND_COMMITTED', 409, {
  nl: 'Deze ronde is al vastgelegd. Een ronde leg je maar één keer vast; de sessies bestaan al.',
  en: 'This round has already been committed. A round is committed only once; its sessions exist.',
});
export const RoundPoolChanged = domainError('ROUND_POOL_CHANGED', 409, {
  nl: 'Sinds dit voorstel is de pool veranderd: niet iedereen in de groepen kan nog meedoen. Stel een nieuwe ronde voor.',
  en: 'The pool changed since this proposal: not everyone in the groups can still take part. Propose a new round.',
});
export const RoundVersionConflict = domainError('ROUND_VERSION_CONFLICT', 409, {
  nl: 'Iemand anders heeft dit voorstel intussen aangepast. Bekijk het voorstel opnieuw en pas het daarna aan.',
  en: 'Someone else adjusted this proposal in the meantime. Look at the proposal again, then adjust it.',
});
export const RoundNotAdjustable = domainError('ROUND_NOT_ADJUSTABLE', 409, {
  nl: 'Dit voorstel kan niet meer worden aangepast: het is vastgelegd, of gemaakt voordat aanpassen kon. Stel zo nodig een nieuwe ronde voor.',
  en: 'This proposal can no longer be adjusted: it was committed, or made before adjusting was possible. Propose a new round if needed.',
});
export const RoundAdjustmentRefused = domainError('ROUND_ADJUSTMENT_REFUSED', 409, {
  nl: 'Deze aanpassing breekt een harde regel en is niet doorgevoerd. De voorvertoning noemt de regel.',
  en: 'This adjustment breaks a hard rule and was not made. The preview names the rule.',
});
export const ReplyLinkInvalid = domainError('REPLY_LINK_INVALID', 400, {
  nl: 'Deze antwoordlink klopt niet: hij is onvolledig of veranderd. Gebruik de knop in de mail, of antwoord in Mijn sessies.',
  en: 'This reply link is not valid: it is incomplete or was changed. Use the button in the mail, or reply in My sessions.',
});
export const ReplyLinkExpired = domainError('REPLY_LINK_EXPIRED', 410, {
  nl: 'Deze antwoordlink is verlopen: de sessie is al begonnen of voorbij.',
  en: 'This reply link has expired: the session has started or is over.',
});
export const ReplyLinkOutdated = domainError('REPLY_LINK_OUTDATED', 409, {
  nl: 'Deze sessie is verplaatst sinds deze mail. Gebruik de knoppen in de nieuwste mail, of antwoord in Mijn sessies.',
  en: 'This session has moved since this mail. Use the buttons in the newest mail, or reply in My sessions.',
});
export const ReplyTooLate = domainError('SESSION_CLOSED', 409, {
  nl: 'Deze sessie gaat niet (meer) door of is al begonnen; antwoorden kan niet meer.',
  en: 'This session is off or has already started; replies are closed.',
});
export const SlotUnavailable = domainError('SLOT_UNAVAILABLE', 422, {
  nl: 'Op dat moment kan niet iedereen uit de groep. Kies een van de getoonde momenten.',
  en: 'Not everyone in the group can make that time. Choose one of the times shown.',
});
export const ProposalClosed = domainError('PROPOSAL_CLOSED', 409, {
  nl: 'Over dit voorstel wordt niet meer gestemd.',
  en: 'This proposal is no longer open for votes.',
});
export const CalendarAddressRefused = domainError('CALENDAR_ADDRESS_REFUSED', 422, {
  nl: 'Dit adres kunnen we niet ophalen: het wijst naar een intern of privé netwerkadres. Gebruik de openbare agenda-link uit Outlook of Google.',
  en: 'We cannot fetch this address: it points to an internal or private network address. Use the public calendar link from Outlook or Google.',
});
export const RoomParticipantsOnly = domainError('ROOM_PARTICIPANTS_ONLY', 403, {
  nl: 'Alleen de deelnemers van deze sessie kunnen de videoruimte in. Coördinatoren kijken niet mee.',
  en: 'Only the participants of this session can enter the video room. Coordinators do not look on.',
});
export const RoomSessionCancelled = domainError('ROOM_SESSION_CANCELLED', 403, {
  nl: 'Deze sessie is geannuleerd; de videoruimte gaat niet open.',
  en: 'This session has been cancelled; the video room will not open.',
});
export const RoomNotPlanned = domainError('ROOM_NOT_PLANNED', 403, {
  nl: 'Deze sessie heeft nog geen vaste tijd; de videoruimte is nog niet open.',
  en: 'This session does not have a fixed time yet; the video room is not open.',
});
/** The message names when the room opens or closed, so the route words it in the request's language. */
export const RoomNotOpen = createError('ROOM_NOT_OPEN', '%s', 403);
/** A rate limit was reached; the message (in the request's language) says when to try again. */
export const TooManyRequests = createError('TOO_MANY_REQUESTS', '%s', 429);
export const WebhookUnsigned = domainError('WEBHOOK_UNSIGNED', 401, {
  nl: 'Deze webhook is niet of niet goed ondertekend.',
  en: 'This webhook is not signed, or not signed correctly.',
});
export const WebhookMalformed = domainError('WEBHOOK_MALFORMED', 400, {
  nl: 'Deze webhook bevat geen leesbare LiveKit-gebeurtenis.',
  en: 'This webhook does not contain a readable LiveKit event.',
});
export const ConsentLinkInvalid = domainError('CONSENT_LINK_INVALID', 400, {
  nl: 'Deze link klopt niet: hij is onvolledig of veranderd. Gebruik de knop in de mail, of open de samenvatting via Mijn sessies.',
  en: 'This link is not valid: it is incomplete or was changed. Use the button in the mail, or open the summary from My sessions.',
});
export const ConsentLinkExpired = domainError('CONSENT_LINK_EXPIRED', 410, {
  nl: 'Deze link is verlopen. Open de samenvatting via Mijn sessies om alsnog in te stemmen.',
  en: 'This link has expired. Open the summary from My sessions to agree after all.',
});
export const SummaryNotYet = domainError('SUMMARY_NOT_YET', 409, {
  nl: 'De samenvatting schrijf je na de sessie; deze sessie is nog niet gehouden.',
  en: 'The summary is written after the session; this session has not been held yet.',
});
export const SummaryStale = domainError('SUMMARY_STALE', 409, {
  nl: 'Iemand anders heeft de samenvatting intussen opgeslagen, dus jouw versie is niet bewaard. Kopieer je wijzigingen, laad de nieuwste versie en voeg ze opnieuw toe.',
  en: 'Someone else saved the summary in the meantime, so your version was not stored. Copy your changes, load the newest version and add them again.',
});
export const SummaryNotSaved = domainError('SUMMARY_NOT_SAVED', 409, {
  nl: 'Sla de samenvatting eerst op; daarna kan iedereen toestemming geven om te publiceren.',
  en: 'Save the summary first; then everyone can agree to publish it.',
});
export const SummaryIncomplete = domainError('SUMMARY_INCOMPLETE', 422, {
  nl: 'Vul eerst de vraag en ten minste één ander onderdeel van de samenvatting in.',
  en: 'Fill in the question and at least one other part of the summary first.',
});
export const SummaryHasPersonalData = domainError('SUMMARY_PERSONAL_DATA', 422, {
  nl: 'De samenvatting bevat een geldig burgerservicenummer of IBAN. Haal het weg; daarna kun je toestemming geven om te publiceren.',
  en: 'The summary contains a valid citizen service number or IBAN. Remove it; then you can agree to publish.',
});
export const SummaryUnconfirmedWarnings = domainError('SUMMARY_UNCONFIRMED_WARNINGS', 422, {
  nl: 'In de samenvatting staan gegevens die op echte persoonsgegevens lijken. Pas ze aan, of bevestig bij elke melding dat het fictief is.',
  en: 'The summary contains details that look like real personal data. Change them, or confirm for each notice that it is fictional.',
});
export const SummaryNamesParticipant = domainError('SUMMARY_NAMES_PARTICIPANT', 422, {
  nl: 'In de samenvatting staat de naam, het e-mailadres of de organisatie van een deelnemer die niet met naam genoemd wil worden. Vervang elke gemarkeerde plek (bijvoorbeeld door [naam]); daarna kun je toestemming geven om te publiceren.',
  en: 'The summary contains the name, e-mail address or organisation of a participant who chose not to be named. Replace each marked place (for example with [naam]); then you can agree to publish.',
});
export const AlreadyRated = domainError('ALREADY_RATED', 409, {
  nl: 'Je hebt deze sessie al beoordeeld; we vragen het maar één keer.',
  en: 'You have already rated this session; we only ask once.',
});
export const IdempotencyKeyInvalid = domainError('IDEMPOTENCY_KEY_INVALID', 400, {
  nl: 'De Idempotency-Key klopt niet: gebruik 8 tot 200 letters, cijfers of - _ . :',
  en: 'The Idempotency-Key is not valid: use 8 to 200 letters, digits or - _ . :',
});
export const IdempotencyKeyReused = domainError('IDEMPOTENCY_KEY_REUSED', 422, {
  nl: 'Deze Idempotency-Key hoort bij een ander verzoek. Gebruik voor elk nieuw verzoek een nieuwe.',
  en: 'This Idempotency-Key belongs to another request. Use a new one for every new request.',
});
export const IdempotencyInProgress = domainError('IDEMPOTENCY_IN_PROGRESS', 409, {
  nl: 'Dit verzoek wordt al verwerkt. Wacht even en kijk dan of het gelukt is.',
  en: 'This request is already being processed. Wait a moment, then check whether it worked.',
});
export const WebSocketOnly = domainError('UPGRADE_REQUIRED', 426, {
  nl: 'Dit adres is alleen voor de live verbinding van de gedeelde notities. Open de notities op de pagina van de sessie.',
  en: 'This address is only for the live connection of the shared notes. Open the notes on the session page.',
});
export const RoundDeadlinePassed = domainError('ROUND_DEADLINE', 503, {
  nl: 'Het voorstel was niet binnen de tijd klaar. Probeer het later opnieuw of kies een kortere periode.',
  en: 'The proposal was not ready in time. Try again later or choose a shorter period.',
});
export const RoundCancelled = domainError('ROUND_CANCELLED', 409, {
  nl: 'Dit voorstel is geannuleerd.',
  en: 'This proposal was cancelled.',
});
