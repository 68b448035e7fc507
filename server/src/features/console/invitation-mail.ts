import type { Language } from '@ods/shared';
import type { OutgoingMail } from '../../plugins/mail/outbox.ts';
import { renderMail } from '../../plugins/mail/render.ts';

export interface InvitationMailInput {
  to: string;
  networkName: string;
  organisationName: string;
  inviterName: string;
  /** The sign-in page with the address filled in; signing in needs the normal link mail. */
  url: string;
}

/** "Doe mee met …": a colleague invites someone to the network through their organisation. */
export function invitationMail(input: InvitationMailInput, language: Language): OutgoingMail {
  const nl = language === 'nl';
  return {
    kind: 'network-invitation',
    to: input.to,
    subject: nl
      ? `Uitnodiging: spar mee in ${input.networkName}`
      : `Invitation: spar with ${input.networkName}`,
    ...renderMail({
      heading: nl ? `Doe mee met ${input.networkName}` : `Join ${input.networkName}`,
      paragraphs: nl
        ? [
            `${input.inviterName} nodigt je uit om mee te doen met Over de schutting: in kleine online groepen spar je met collega's van andere gemeenten en organisaties over fictieve casussen.`,
            `Je organisatie (${input.organisationName}) staat al ingevuld als je je profiel aanmaakt. Je kiest zelf je onderwerpen en wanneer je kunt.`,
            'Log in met dit e-mailadres; je krijgt dan een inloglink.',
          ]
        : [
            `${input.inviterName} invites you to join Over de schutting: in small online groups you spar with colleagues from other municipalities and organisations about fictional cases.`,
            `Your organisation (${input.organisationName}) is filled in when you create your profile. You choose your topics and when you are free.`,
            'Sign in with this address; you will get a sign-in link.',
          ],
      button: { label: nl ? 'Aanmelden' : 'Sign up', url: input.url },
      footer: nl
        ? 'Wil je niet meedoen? Dan kun je deze mail negeren; er is nog niets voor je aangemaakt.'
        : 'Not interested? Then ignore this mail; nothing has been created for you.',
    }),
  };
}
