/** Every page's path, in Dutch; features link through these names instead of spelling paths. */
export const PATHS = {
  home: '/',
  login: '/inloggen',
  checkMail: '/inloggen/controleer-je-mail',
  confirmLogin: '/inloggen/bevestigen',
  confirmEmailChange: '/account/e-mail-bevestigen',
  profile: '/profiel',
  pool: '/pool',
  account: '/account',
  sessions: '/sessies',
  session: '/sessies/:id',
  reply: '/antwoord/:token',
  cases: '/casussen',
  newCase: '/casussen/nieuw',
  caseDetail: '/casussen/:id',
  privacy: '/privacy',
  accessibility: '/toegankelijkheid',
} as const;
