import type { Language } from '@ods/shared';
import type { OutgoingMail } from '../../plugins/mail/outbox.ts';
import { renderMail } from '../../plugins/mail/render.ts';

export interface ConsentMailPerson {
  email: string;
  name: string;
  language: Language;
}

export interface ConsentMailSession {
  topic: { nl: string; en: string };
  heldOn: string;
}

/**
 * Asks someone who took part to read the summary and agree to publish it (or not). The link
 * opens a page; nothing is decided until they click there.
 */
export function consentRequestMail(
  to: ConsentMailPerson,
  session: ConsentMailSession,
  link: string,
  kind: 'consent-request' | 'consent-reminder',
): OutgoingMail {
  const nl = to.language === 'nl';
  const reminder = kind === 'consent-reminder';
  const topic = session.topic[to.language];
  return {
    kind,
    to: to.email,
    subject: nl
      ? `${reminder ? 'Herinnering: ' : ''}stem je in met de samenvatting over ${topic}?`
      : `${reminder ? 'Reminder: ' : ''}do you agree to the summary on ${topic}?`,
    ...renderMail({
      heading: nl ? `Hoi ${to.name},` : `Hi ${to.name},`,
      paragraphs: nl
        ? [
            `De samenvatting van jullie sparsessie over ${topic} (${session.heldOn}) staat klaar.`,
            'Lees hem en stem in als hij klopt: pas als iedereen die meedeed instemt, komt hij (zonder echte persoonsgegevens) in de bibliotheek. Je kiest zelf hoe je erin genoemd wordt.',
            reminder
              ? 'Je hebt nog niet geantwoord. Antwoord je niet, dan blijft de samenvatting privé: hij wordt nooit vanzelf gepubliceerd.'
              : 'Wil je niet dat hij gepubliceerd wordt? Dat kan ook, op dezelfde pagina. Zonder antwoord blijft hij privé.',
          ]
        : [
            `The summary of your sparring session on ${topic} (${session.heldOn}) is ready.`,
            'Read it and agree if it is right: only when everyone who took part agrees does it go into the library (without real personal data). You choose how you are named.',
            reminder
              ? 'You have not answered yet. Without an answer the summary stays private: it is never published by default.'
              : 'Rather not have it published? You can say so on the same page. Without an answer it stays private.',
          ],
      button: { label: nl ? 'Bekijk en stem in' : 'Read and agree', url: link },
    }),
  };
}
