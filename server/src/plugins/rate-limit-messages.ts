import type { Localised } from '../lib/language.ts';

// What a person reads when a limit is reached: calm, and saying when to try again.

export function waitWords(seconds: number): Localised {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1
    ? { nl: '1 minuut', en: '1 minute' }
    : { nl: `${minutes} minuten`, en: `${minutes} minutes` };
}

export function busyMessage(wait: Localised): Localised {
  return {
    nl: `Te veel verzoeken achter elkaar. Probeer het over ${wait.nl} opnieuw.`,
    en: `Too many requests in a row. Please try again in ${wait.en}.`,
  };
}

export function networkMessage(wait: Localised): Localised {
  return {
    nl: `Vanaf dit netwerk zijn het afgelopen uur heel veel inloglinks aangevraagd. Probeer het over ${wait.nl} opnieuw.`,
    en: `Very many sign-in links were requested from this network in the past hour. Please try again in ${wait.en}.`,
  };
}

export function mailMessage(wait: Localised): Localised {
  return {
    nl: `We hebben het afgelopen uur al een paar links naar dit adres gestuurd. Kijk in je mail (ook bij ongewenste e-mail); de nieuwste link werkt 15 minuten. Een nieuwe link kun je over ${wait.nl} aanvragen.`,
    en: `We have already sent a few links to this address in the past hour. Please check your mail (and your spam folder); the newest link works for 15 minutes. You can ask for a new one in ${wait.en}.`,
  };
}
