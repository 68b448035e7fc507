// Context checks shared by detectors: words just before a match that make it something else.

/** Labels of reference numbers: a number after one of these is an identifier of a file or order, not of a person. */
const REFERENCE_LABEL =
  /\b(?:zaak|dossier|order|factuur|klant|referentie|registratie|artikel|polis|aanvraag|beschikkings?|kenmerk|versie|ticket|melding|project)(?:nummer|nr\.?)?\s*[:#]?\s*$|\b(?:kenmerk|ref\.?|nr\.?|versie|v\.)\s*[:#]?\s*$/i;

/** 'tel.nr.' and 'telefoonnummer' label a phone number, not a reference. */
const PHONE_LABEL = /\b(?:tel|telefoon|mobiel|gsm)\.?\s*(?:nr\.?|nummer)?\s*:?\s*$/i;

/** Whether the text just before `start` labels what follows as a reference number. */
export function followsReferenceLabel(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 32), start);
  return REFERENCE_LABEL.test(before) && !PHONE_LABEL.test(before);
}
