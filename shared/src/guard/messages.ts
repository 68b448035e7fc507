import type { FindingKind, LocalizedText } from './types.ts';

/** Why each kind is flagged, in words a social-domain professional recognises. */
export const REASONS: Record<FindingKind, LocalizedText> = {
  bsn: {
    nl: 'Dit is een geldig burgerservicenummer (het voldoet aan de elfproef). Een BSN hoort nooit in een casus: verwijder het.',
    en: 'This is a valid citizen service number (it passes the 11-test). A BSN never belongs in a case: remove it.',
  },
  iban: {
    nl: 'Dit is een geldig IBAN-rekeningnummer (de controlecijfers kloppen). Verwijder het voordat je de casus deelt.',
    en: 'This is a valid IBAN bank account number (its check digits are correct). Remove it before sharing the case.',
  },
  phone: {
    nl: 'Dit lijkt een telefoonnummer. Laat het weg of bevestig dat het fictief is.',
    en: 'This looks like a phone number. Leave it out or confirm that it is fictional.',
  },
  email: {
    nl: 'Dit is een e-mailadres. Laat het weg of bevestig dat het fictief is.',
    en: 'This is an e-mail address. Leave it out or confirm that it is fictional.',
  },
  address: {
    nl: 'Een adres of postcode maakt iemand herkenbaar. Noem liever de soort buurt, of bevestig dat het fictief is.',
    en: 'An address or postcode makes someone recognisable. Describe the kind of neighbourhood instead, or confirm it is fictional.',
  },
  'date-of-birth': {
    nl: 'Een geboortedatum maakt iemand herkenbaar. Noem liever een leeftijd, of bevestig dat de datum fictief is.',
    en: 'A date of birth makes someone recognisable. Give an age instead, or confirm that the date is fictional.',
  },
  'licence-plate': {
    nl: 'Dit lijkt een Nederlands kenteken, dat naar een eigenaar te herleiden is. Laat het weg of bevestig dat het fictief is.',
    en: 'This looks like a Dutch licence plate, which can be traced to its owner. Leave it out or confirm that it is fictional.',
  },
  'person-name': {
    nl: 'Hier wordt iemand met naam aangeduid. Gebruik een verzonnen voornaam ("noem haar Sanne") of een initiaal.',
    en: 'Someone is referred to by name here. Use a made-up first name ("call her Sanne") or an initial.',
  },
};

/** The default one-click fix per kind; a detector may suggest a better one. */
export const REPLACEMENTS: Record<FindingKind, string> = {
  bsn: '[BSN]',
  iban: '[IBAN]',
  phone: '[telefoonnummer]',
  email: '[e-mailadres]',
  address: '[adres]',
  'date-of-birth': '[geboortedatum]',
  'licence-plate': '[kenteken]',
  'person-name': 'A.',
};
