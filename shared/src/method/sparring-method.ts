/** A text in both languages of the app. */
export interface LocalisedText {
  nl: string;
  en: string;
}

export const PHASE_IDS = [
  'terugblik',
  'opening',
  'de-casus',
  'verhelderende-vragen',
  'over-de-schutting',
  'adviezen-en-inzichten',
  'afronding',
] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** How long a session of the method lasts. */
export const METHOD_LENGTHS = [60, 90] as const;
export type MethodLength = (typeof METHOD_LENGTHS)[number];

/** One step of the sparring method, as the guide and the notes template show it. */
export interface MethodPhase {
  id: PhaseId;
  title: LocalisedText;
  /** What the group does in this phase, in one or two sentences. */
  purpose: LocalisedText;
  /** A tip for the facilitator. */
  facilitatorTip: LocalisedText;
  minutes: number;
}

/** The choices a facilitator makes for one session. */
export interface MethodOptions {
  length: MethodLength;
  /** "Turn away": the case owner only listens during the advice phase. */
  turnAway: boolean;
  /** The group met before: open with a look back at the previous session's advice. */
  lookBack: boolean;
}

export const DEFAULT_METHOD_OPTIONS: MethodOptions = {
  length: 60,
  turnAway: false,
  lookBack: false,
};

// Minutes per phase for each length (the look back, when there is one, takes its time from the
// exchange).
const MINUTES: Record<MethodLength, Record<PhaseId, number>> = {
  60: {
    terugblik: 5,
    opening: 5,
    'de-casus': 10,
    'verhelderende-vragen': 10,
    'over-de-schutting': 20,
    'adviezen-en-inzichten': 10,
    afronding: 5,
  },
  90: {
    terugblik: 10,
    opening: 5,
    'de-casus': 15,
    'verhelderende-vragen': 15,
    'over-de-schutting': 30,
    'adviezen-en-inzichten': 15,
    afronding: 10,
  },
};

const TEXTS: Record<PhaseId, Omit<MethodPhase, 'id' | 'minutes'>> = {
  terugblik: {
    title: { nl: 'Terugblik', en: 'Looking back' },
    purpose: {
      nl: 'Wat heb je gedaan met de adviezen van de vorige keer? Wat werkte, wat niet?',
      en: 'What did you do with the advice from last time? What worked, what did not?',
    },
    facilitatorTip: {
      nl: 'Lees de adviezen van de vorige sessie voor en geef de vorige casusinbrenger als eerste het woord.',
      en: "Read out last session's advice and let the previous case owner speak first.",
    },
  },
  opening: {
    title: { nl: 'Opening', en: 'Opening' },
    purpose: {
      nl: 'Wie is er, uit welke gemeente (grootte, regio) en met welke rol?',
      en: 'Who is here, from which municipality (size, region) and in what role?',
    },
    facilitatorTip: {
      nl: 'Noem de tijd en de huisregels: alles is fictief, wat hier gezegd wordt blijft hier.',
      en: 'Mention the time and the house rules: everything is fictional, what is said here stays here.',
    },
  },
  'de-casus': {
    title: { nl: 'De casus', en: 'The case' },
    purpose: {
      nl: 'De casusinbrenger vertelt de fictieve casus en stelt de vraag aan de groep.',
      en: 'The case owner presents the fictional case and asks the group the question.',
    },
    facilitatorTip: {
      nl: 'Laat de inbrenger uitpraten. Schrijf de vraag letterlijk op.',
      en: 'Let the case owner finish. Write the question down word for word.',
    },
  },
  'verhelderende-vragen': {
    title: { nl: 'Verhelderende vragen', en: 'Clarifying questions' },
    purpose: {
      nl: 'Alleen vragen om de casus te begrijpen; nog geen adviezen of oplossingen.',
      en: 'Only questions to understand the case; no advice or solutions yet.',
    },
    facilitatorTip: {
      nl: 'Hoor je een advies in vraagvorm ("Heb je al eens…?"), parkeer het voor later.',
      en: 'Hear advice dressed as a question ("Have you tried…?"): park it for later.',
    },
  },
  'over-de-schutting': {
    title: { nl: 'Over de schutting', en: 'Over the fence' },
    purpose: {
      nl: 'Ieder vertelt: hoe zou mijn gemeente dit aanpakken? Beleid, instrumenten, ervaring. Eén rij per gemeente in de tabel.',
      en: 'Each person tells: how would my municipality handle this? Policy, tools, experience. One row per municipality in the table.',
    },
    facilitatorTip: {
      nl: 'Geef iedere gemeente een beurt. Vraag door op wat echt werkt en waarom.',
      en: 'Give every municipality a turn. Ask what really works, and why.',
    },
  },
  'adviezen-en-inzichten': {
    title: { nl: 'Adviezen en inzichten', en: 'Advice and insights' },
    purpose: {
      nl: 'Adviezen voor de casusinbrenger; welke verschillen tussen gemeenten vallen op?',
      en: 'Advice for the case owner; which differences between municipalities stand out?',
    },
    facilitatorTip: {
      nl: 'Bij "wegdraaien" luistert de inbrenger alleen: camera en microfoon uit.',
      en: 'With "turn away" the case owner only listens: camera and microphone off.',
    },
  },
  afronding: {
    title: { nl: 'Afronding', en: 'Closing' },
    purpose: {
      nl: 'Wat neem ik mee, wat ga ik proberen, wie pakt wat op?',
      en: 'What do I take home, what will I try, who follows up?',
    },
    facilitatorTip: {
      nl: 'Laat iedereen één zin zeggen. Spreek af wie de samenvatting afmaakt.',
      en: 'Let everyone say one sentence. Agree who finishes the summary.',
    },
  },
};

/** The phase definition for one id at a session length. */
export function methodPhase(id: PhaseId, length: MethodLength): MethodPhase {
  return { id, ...TEXTS[id], minutes: MINUTES[length][id] };
}

/**
 * The phases of the method for a session, in order. The look back opens the session when the
 * group met before; it takes its minutes from the exchange, so the total stays at the
 * session's length.
 */
export function methodPhases(options: MethodOptions): MethodPhase[] {
  const ids = PHASE_IDS.filter((id) => id !== 'terugblik' || options.lookBack);
  const phases = ids.map((id) => methodPhase(id, options.length));
  if (options.lookBack) {
    const exchange = phases.find((p) => p.id === 'over-de-schutting');
    if (exchange) exchange.minutes -= MINUTES[options.length].terugblik;
  }
  return phases;
}

/** Whether the case owner only listens in this phase (the "turn away" variant). */
export function caseOwnerTurnedAway(options: MethodOptions, phaseId: PhaseId | undefined): boolean {
  return options.turnAway && phaseId === 'adviezen-en-inzichten';
}

/** The labels of the closing phase, written as lines in the template ("Ik neem mee: …"). */
export const CLOSING_LABELS: LocalisedText[] = [
  { nl: 'Ik neem mee:', en: 'I take home:' },
  { nl: 'Proberen:', en: 'I will try:' },
  { nl: 'Vervolg:', en: 'Follow-up:' },
];

/** The header of the "over de schutting" table. */
export const EXCHANGE_COLUMNS: LocalisedText[] = [
  { nl: 'Gemeente', en: 'Municipality' },
  { nl: 'Aanpak', en: 'Approach' },
  { nl: 'Instrumenten', en: 'Tools' },
  { nl: 'Wat werkt', en: 'What works' },
];
