import { s } from './sentence.ts';

// The fourth batch: written on 6 December 2026 AFTER tuning for issue 15 and scored once,
// without any change to the detectors afterwards (docs/BENCHMARKS.md). It checks that the
// tuning on the unseen batch did not just fit that batch: new names, new organisations, new
// places and new numbers (BSNs and IBANs generated with the project's checksum code).
export const FRESH_BATCH = [
  s('Gisteren heb ik uitgebreid met Thijmen gesproken over zijn dagbesteding.', [
    'person-name',
    'Thijmen',
  ]),
  s('Zijn vriendin Priscilla Doorson wil mee naar het gesprek bij de Kredietbank.', [
    'person-name',
    'Priscilla Doorson',
  ]),
  s('De casus komt uit een dorp in de Achterhoek, de naam van het dorp laat ik weg.'),
  s('Mevrouw heeft een afspraak bij Cordaan en daarna bij de huisartsenpost.'),
  s('Kadir Aksoy (43) is sinds de zomer dakloos en slaapt in de auto.', [
    'person-name',
    'Kadir Aksoy',
  ]),
  s('haar oudste, Wessel, is net 18 geworden en wil op kamers', ['person-name', 'Wessel']),
  s('Het team van Lister en de Wmo-consulent hebben samen een plan gemaakt.'),
  s('BSN van de jongste: 2336 89 576, stond op de aanvraag.', ['bsn', '2336 89 576']),
  s('Overmaken naar NL02 INGB 8863 1525 63 graag (rekening van de moeder).', [
    'iban',
    'NL02 INGB 8863 1525 63',
  ]),
  s('Het referentienummer van de schuldeiser is 4471-22-908.'),
  s('Ze kreeg een boete van € 390,- omdat ze zonder kaartje in de tram zat.'),
  s('Volgens de wijkagent, Martijn Hoogland, is de overlast afgenomen.', [
    'person-name',
    'Martijn Hoogland',
  ]),
  s('De moeder komt uit Paramaribo en de vader uit Nickerie.'),
  s(
    'Zoë en haar broertje Levi gaan naar dezelfde basisschool.',
    ['person-name', 'Zoë'],
    ['person-name', 'Levi'],
  ),
  s('In december start een pilot met de Buurtteams Amsterdam en Arkin.'),
  s('Het gaat om een gezin uit Lelystad met drie kinderen en grote schulden.'),
  s('Hij is doorverwezen naar Jellinek voor zijn alcoholgebruik.'),
  s('Mw. Brouwer-Sahin belt elke dag naar het klantcontactcentrum.', [
    'person-name',
    'Mw. Brouwer-Sahin',
  ]),
  s('De stiefmoeder, Jolanda, wil niet dat de kinderen naar hun vader gaan.', [
    'person-name',
    'Jolanda',
  ]),
  s('Ik sprak Dirk-Jan gisteren op het spreekuur.', ['person-name', 'Dirk-Jan']),
  s('De aanvraag staat in Suite onder zaaknummer 2025-112233.'),
  s('tel. 06 - 48 27 19 05 (moeder), niet doorgeven aan de school', ['phone', '06 - 48 27 19 05']),
  s('geboren op 9 april 1993 in Rotterdam', ['date-of-birth', '9 april 1993']),
  s('Ze wonen aan de Merelstraat 41 in een benedenwoning.', ['address', 'Merelstraat 41']),
  s('Het huis aan de Merelstraat heeft schimmel, de verhuurder doet niets.'),
  s('De vader werkt als chauffeur bij PostNL en rijdt vaak nachtritten.'),
  s('In Zuidoost en in Noord zijn de wachtlijsten voor schuldhulp het langst.'),
  s('We hebben het Wijkteam Centrum gevraagd om mee te denken.'),
  s('Na Sinterklaas is het rustiger geworden, zegt de moeder.'),
  s('Op Koningsdag was er een incident in het park.'),
  s(
    'Hassan Amrani en Layla Ouahabi zijn de ouders van de drieling.',
    ['person-name', 'Hassan Amrani'],
    ['person-name', 'Layla Ouahabi'],
  ),
  s('Bij de intake was ook een tolk Tigrinya aanwezig.'),
  s('Zijn neef Ermias helpt met de post en de rekeningen.', ['person-name', 'Ermias']),
  s('De Belastingdienst heeft de toeslagen stopgezet; het CAK int de eigen bijdrage.'),
  s('Mevrouw Kowalczyk werkt via Otto Workforce in een magazijn.', [
    'person-name',
    'Mevrouw Kowalczyk',
  ]),
  s('De huurachterstand bij Woonstad is opgelopen tot € 2.870.'),
  s('Gerda van Beek, de buurvrouw, doet de boodschappen voor meneer.', [
    'person-name',
    'Gerda van Beek',
  ]),
  s('In Maart en April was er geen contact, daarna weer elke week.'),
  s('De jongere zit op het ROC Mondriaan en loopt stage bij een garage.'),
  s('Kenteken van de bestelbus: VX-621-K', ['licence-plate', 'VX-621-K']),
  s('De GGD heeft een huisbezoek gedaan samen met iemand van Stichting Vivenz.'),
  s('Zij heeft een uitkering van de SVB en een klein pensioen uit Turkije.'),
  s('Het kind heeft een indicatie voor Jeugdhulp Plus, de moeder twijfelt.'),
  s('Ik heb met juf Annemiek gebeld over het verzuim.', ['person-name', 'Annemiek']),
  s('Meneer Pinas wil graag een andere consulent.', ['person-name', 'Meneer Pinas']),
  s('De ex-partner heet Dave Koorndijk en woont in Almere.', ['person-name', 'Dave Koorndijk']),
  s('Ze volgt een taalcursus bij het Taalcafé in de bibliotheek.'),
  s('Overleg met Zorg en Veiligheidshuis Rotterdam-Rijnmond staat gepland.'),
  s('Mail: j.oudshoorn88@gmail.com', ['email', 'j.oudshoorn88@gmail.com']),
  s('Het leefgeld van € 50 per week gaat via de Kredietbank Nederland.'),
];
