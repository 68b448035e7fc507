import { s } from './sentence.ts';

// The fifth batch: written on 7 December 2026 after the organisation words were added for issue
// 15 and BEFORE any further change to the detectors, in the way professionals type case
// descriptions and notes (long, informal, abbreviations, typos, organisation names of the social
// domain, numbers broken over a line). It was scored once as it was written; that first-seen
// score is recorded in docs/BENCHMARKS.md apart from the score after tuning. The BSNs were
// generated to pass the 11-test and the Dutch IBANs to pass mod 97 (seeded, made-up account
// numbers); the look-alikes were generated to fail them. Names are common names in the
// Netherlands of Dutch and other origins; none refers to a real client.
//
// Labels as in the other batches: a name with a form of address includes it ('mw. Ramdin'),
// family words and roles do not ('haar broer Ahmed' → 'Ahmed'); a labelled number is the
// number only; an address is a street with its number, or a postcode.

/** Long case descriptions with several kinds of personal data in one. */
export const CASE_NOTES_LONG = [
  s(
    'Aanmelding via het wijkteam: mw. Ramdin (geb. 14-03-1979) woont sinds 2019 met haar 3 kinderen op de Kamperfoeliestraat 18, huurachterstand bij Portaal is inmiddels ruim € 3.400 en er dreigt ontruiming.',
    ['person-name', 'mw. Ramdin'],
    ['date-of-birth', '14-03-1979'],
    ['address', 'Kamperfoeliestraat 18'],
  ),
  s(
    'dhr Yilmaz belde gisteren ivm de beschikking, hij snapt niet waarom zijn uitkering is stopgezet. tel 06-41 27 83 90, liefst na 16u bellen want hij werkt in de ochtend bij een schoonmaakbedrijf.',
    ['person-name', 'dhr Yilmaz'],
    ['phone', '06-41 27 83 90'],
  ),
  s(
    'Moeder (Samira el Amrani) geeft aan dat vader sinds de scheiding geen alimentatie meer betaalt, zij wil hulp bij het aanvragen van bijz bijstand maar heeft geen DigiD.',
    ['person-name', 'Samira el Amrani'],
  ),
  s(
    'BSN van meneer is 389755126, graag doorzetten naar de collega van Schuldhulp zodat die de aanmelding bij de Kredietbank kan doen.',
    ['bsn', '389755126'],
  ),
  s(
    'Ik heb met Joyce de Graaf van Stichting De Regenboog gesproken, zij begeleidt het gezin al twee jaar en maakt zich zorgen om de oudste.',
    ['person-name', 'Joyce de Graaf'],
  ),
  s(
    'zoon Dylan (16) spijbelt veel, leerplicht is ingeschakeld, school (Het Stedelijk Lyceum) wil een gesprek met beide ouders.',
    ['person-name', 'Dylan'],
  ),
  s(
    'Rekening voor de huur: NL60 INGB 8877 4546 54 tnv de verhuurder, mw vraagt of wij rechtstreeks kunnen betalen.',
    ['iban', 'NL60 INGB 8877 4546 54'],
  ),
  s(
    'Casus: jonge vrouw, 23 jr, uit Eritrea, statushouder sinds 2021, woont in Assen, werkt 12 uur per week bij de Jumbo en volgt inburgering bij het ROC Drenthe College.',
  ),
  s(
    'Vader, Piotr Nowak, werkt via een uitzendbureau in de kassen in het Westland, hij woont met 5 andere Polen in 1 huis aan de Zwartendijk 212.',
    ['person-name', 'Piotr Nowak'],
    ['address', 'Zwartendijk 212'],
  ),
  s(
    'Afgelopen vrijdag was er een MDO met Veilig Thuis, de GGD, het Sociaal Wijkteam en de school van de kinderen; afspraak is dat de jeugdconsulent het plan van aanpak schrijft.',
  ),
  s(
    'de oma van de kinderen (mevr. Koster-Wijnands) wil graag de zorg op zich nemen maar is zelf 78 en slecht ter been.',
    ['person-name', 'mevr. Koster-Wijnands'],
  ),
  s(
    'Hij is bekend bij de reclassering en bij Novadic-Kentron ivm drugsgebruik, laatste contact was in Okt.',
  ),
  s(
    'Meneer geeft zelf aan dat zijn broer Mustafa hem financieel onder druk zet, hij durft daar niet over te praten als Mustafa erbij is.',
    ['person-name', 'Mustafa'],
    ['person-name', 'Mustafa'],
  ),
  s(
    'email van mw is r.bakker1972@ziggo.nl maar ze leest die bijna nooit, beter is appen naar 06 18 55 20 47.',
    ['email', 'r.bakker1972@ziggo.nl'],
    ['phone', '06 18 55 20 47'],
  ),
  s(
    'Het gezin woont in een portiekflat in Overvecht, 4 hoog zonder lift, en de vader zit in een rolstoel sinds zijn herseninfarct vorig jaar.',
  ),
  s(
    'Aanvraag Wmo voor huishoudelijke hulp is afgewezen, bezwaar loopt, zaaknr 2025-044871, behandelaar is een jurist van de gemeente.',
  ),
  s(
    'Fatma Demir en haar zus Elif kwamen samen naar het spreekuur, Elif tolkte want mw spreekt weinig Nederlands.',
    ['person-name', 'Fatma Demir'],
    ['person-name', 'Elif'],
    ['person-name', 'Elif'],
  ),
  s(
    'kenteken van de auto waar hij in slaapt: 4-KLT-93, stond de hele week op de parkeerplaats bij het station.',
    ['licence-plate', '4-KLT-93'],
  ),
  s(
    'De bewindvoerder (Bewindvoering Noord BV) heeft een budgetplan gemaakt, mw houdt € 60 leefgeld per week over, dat is te weinig met 2 kinderen.',
  ),
  s(
    'Volgens de huisarts, dr. Verhoeven, is er sprake van een depressie en wordt een verwijzing naar de GGZ overwogen.',
    ['person-name', 'dr. Verhoeven'],
  ),
];

/** Numbers as people type them in notes: other groupings, labels, typos, line breaks. */
export const CASE_NOTES_NUMBERS = [
  s('bsn 8995 44 265 (staat ook op de brief van de SVB)', ['bsn', '8995 44 265']),
  s(
    'BSN moeder: 365.678.089 / BSN kind: 917 473 930',
    ['bsn', '365.678.089'],
    ['bsn', '917 473 930'],
  ),
  s('burgerservicenr 4248-07-385 heb ik nagevraagd bij de BRP, klopt.', ['bsn', '4248-07-385']),
  s(
    'Het sofinummer van meneer (500985169) staat nog op een oude loonstrook van zijn werkgever in Venlo.',
    ['bsn', '500985169'],
  ),
  s('bsn:686 187 003', ['bsn', '686 187 003']),
  s('Zijn BSN is 357 17\n3934, dat heb ik van de scan van zijn ID overgenomen.', [
    'bsn',
    '357 17\n3934',
  ]),
  s('BSN 617-894-917 graag invullen op het formulier van de voedselbank', ['bsn', '617-894-917']),
  s('clientnummer 22766 8479 (= bsn), niet verwarren met het dossiernr.', ['bsn', '22766 8479']),
  s('bsn van de baby: 827/133/546, aangifte is net gedaan bij de gemeente.', [
    'bsn',
    '827/133/546',
  ]),
  s('Op de intake staat BSN 92 61 76 249 maar dat moet nog gecontroleerd worden.', [
    'bsn',
    '92 61 76 249',
  ]),
  s('BSN  268376876  (met spaties ervoor en erna in het formulier geplakt)', ['bsn', '268376876']),
  s(
    'Het nummer 508912841 op de brief is geen bsn maar een kenmerk van het CJIB, ik heb het nagevraagd.',
  ),
  s('Klantnummer Eneco 408371399, de energierekening is al 3 maanden niet betaald.'),
  s('dossiernummer 959 175 512 bij de Raad voor de Kinderbescherming'),
  s('ordernr 633-827-340 van de wasmachine die via Fonds Bijzondere Noden is betaald'),
  s('Factuur 594163054 van de tandarts ligt nog open, € 412,50.'),
  s('IBAN van mw: NL34RABO4261613351, hierop wil ze de bijzondere bijstand ontvangen.', [
    'iban',
    'NL34RABO4261613351',
  ]),
  s('rek.nr NL06 ABNA 951 793 5817?? rare groepering, even navragen bij mw', [
    'iban',
    'NL06 ABNA 951 793 5817',
  ]),
  s('iban nl17snsb5148971118 (in kleine letters in de mail gezet)', ['iban', 'nl17snsb5148971118']),
  s('Betalen aan NL17-TRIO-6198-7185-78 ovv het klantnummer.', ['iban', 'NL17-TRIO-6198-7185-78']),
  s('Rekening van de zoon: NL 03 ASNB 6054 5901 76', ['iban', 'NL 03 ASNB 6054 5901 76']),
  s('Overboeken naar NL81 BUNQ 2237\n0945 72 (rekening van de broer)', [
    'iban',
    'NL81 BUNQ 2237\n0945 72',
  ]),
  s('Het rekeningnummer NL61 INGB 8877 4546 54 klopt niet, de bank gaf een foutmelding.'),
  s('IBAN NL35RABO4261613351 is afgekeurd door de bank, mw heeft een typfout gemaakt.'),
  s('tel: 0612345 678 (werk), privé heeft hij geen telefoon meer', ['phone', '0612345 678']),
  s('Bereikbaar op 030 - 276 41 18 (kantoor van de bewindvoerder)', ['phone', '030 - 276 41 18']),
  s('mobiel van de vader +31 6 5522 1904, spreekt alleen Arabisch', ['phone', '+31 6 5522 1904']),
  s('Belnotitie: 06 12\n34 56 78 teruggebeld maar geen gehoor, voicemail ingesproken.', [
    'phone',
    '06 12\n34 56 78',
  ]),
  s('Nummer van de school: (0543) 52 17 60', ['phone', '(0543) 52 17 60']),
  s('telnr 0031 6 4419 3027 (nummer uit Polen nog niet actief)', ['phone', '0031 6 4419 3027']),
  s('Mw belde vanaf 06-87.65.43.21 maar dat is het nummer van de buurvrouw.', [
    'phone',
    '06-87.65.43.21',
  ]),
  s('Het aantal meldingen steeg van 1.204 naar 1.388 in 2024.'),
  s('De schuld is € 12.640,00, waarvan € 4.100 bij de Belastingdienst.'),
  s('Wachttijd bij de GGZ is 16 tot 20 weken, tel. spreekuur ma t/m vr 9.00-12.00.'),
  s('Artikel 1:255 BW is van toepassing (ondertoezichtstelling).'),
  s('Het gesprek was op 12-11 om 14.30 uur in het wijkcentrum.'),
  s('In 2023 kregen 312 gezinnen in de gemeente een gezinscoach.'),
  s('De huur is € 845,- per maand, de huurtoeslag € 301,- (beschikking 2025/08/14).'),
  s('versie 2.4 van het plan van aanpak, zie bijlage 3'),
  s('Postbus 9120, 3007 AC Rotterdam is het adres van het CJIB voor bezwaar.', [
    'address',
    '3007 AC',
  ]),
];

/** Names as they come up in notes: without a title, first names alone, of many origins. */
export const CASE_NOTES_NAMES = [
  s('Kevin heeft afgelopen week 3x niet op zijn werk verschenen.', ['person-name', 'Kevin']),
  s('Gisteren belde Naima, ze was erg overstuur over de brief van de woningcorporatie.', [
    'person-name',
    'Naima',
  ]),
  s('Ik sprak Henk Jongsma op de markt, hij vroeg hoe het met zijn aanvraag stond.', [
    'person-name',
    'Henk Jongsma',
  ]),
  s(
    'Rachid en Souad hebben samen 4 kinderen, de jongste is net geboren.',
    ['person-name', 'Rachid'],
    ['person-name', 'Souad'],
  ),
  s('Zijn vriendin Chantal wil niet dat hij nog langskomt.', ['person-name', 'Chantal']),
  s('Wesley zei dat hij zijn schulden zelf wil oplossen, zonder bewindvoering.', [
    'person-name',
    'Wesley',
  ]),
  s('mw. de Boer-Hazelhoff is 82 en woont alleen, de kinderen wonen in het buitenland.', [
    'person-name',
    'mw. de Boer-Hazelhoff',
  ]),
  s('Deze week contact gehad met Anouk van Dijk, de mentor van de dochter.', [
    'person-name',
    'Anouk van Dijk',
  ]),
  s('de moeder van Jayden heeft zelf ook een LVB, dat maakt het lastig.', [
    'person-name',
    'Jayden',
  ]),
  s('Volgens zijn tante, Gloria Pinas, is hij al maanden niet thuis geweest.', [
    'person-name',
    'Gloria Pinas',
  ]),
  s('Mehmet Öztürk (52) is na 30 jaar in de bouw afgekeurd en zit nu in de WIA.', [
    'person-name',
    'Mehmet Öztürk',
  ]),
  s('Agnieszka werkt als schoonmaakster in een hotel en spreekt goed Engels.', [
    'person-name',
    'Agnieszka',
  ]),
  s('Haar ex, Marco Vermeulen, heeft een contactverbod maar komt toch langs.', [
    'person-name',
    'Marco Vermeulen',
  ]),
  s('J.P. Hoekstra is de eigenaar van de woning en weigert te repareren.', [
    'person-name',
    'J.P. Hoekstra',
  ]),
  s('Het gezin Kartosemito woont al 40 jaar in dezelfde wijk.', [
    'person-name',
    'gezin Kartosemito',
  ]),
  s('Dochter Shanice (14) is uit huis geplaatst bij een pleeggezin in Almere.', [
    'person-name',
    'Shanice',
  ]),
  s('Ik heb met meester Bas gebeld, hij ziet dat het kind moe op school komt.', [
    'person-name',
    'Bas',
  ]),
  s('Hamza heeft een strafblad en vindt daardoor lastig werk.', ['person-name', 'Hamza']),
  s('haar buurman, Gerrit Veenstra, helpt met de boodschappen en de post.', [
    'person-name',
    'Gerrit Veenstra',
  ]),
  s('Sinds de zomer woont Dewi bij haar opa in Zaandam.', ['person-name', 'Dewi']),
  s('De jongen heet Ilyas Boukhari en is 17.', ['person-name', 'Ilyas Boukhari']),
  s('Mevrouw Tjon-A-Fong heeft een afspraak gemaakt bij het Juridisch Loket.', [
    'person-name',
    'Mevrouw Tjon-A-Fong',
  ]),
  s('Met Esther en haar moeder is afgesproken dat we over 2 weken weer langskomen.', [
    'person-name',
    'Esther',
  ]),
  s('Bij het huisbezoek was ook de zwager aanwezig, Karim Bouzid.', [
    'person-name',
    'Karim Bouzid',
  ]),
  s('Oleksandr is in 2022 uit Oekraïne gevlucht en woont nu in een opvang in Ede.', [
    'person-name',
    'Oleksandr',
  ]),
  s('De vader (Rudi Martina) komt oorspronkelijk van Curaçao.', ['person-name', 'Rudi Martina']),
  s('Kim Schouten, de jeugdbeschermer, is ziek; haar collega neemt het over.', [
    'person-name',
    'Kim Schouten',
  ]),
  s('Zijn pleegmoeder Ineke zegt dat hij veel beter slaapt sinds de medicatie.', [
    'person-name',
    'Ineke',
  ]),
  s('Fam. Hassan wil graag een grotere woning ivm gezinshereniging.', [
    'person-name',
    'Fam. Hassan',
  ]),
  s('Lotte belt elke dag met vragen over de toeslagen, dat kost veel tijd.', [
    'person-name',
    'Lotte',
  ]),
  s('Meneer Van der Meulen wil geen hulp, hij zegt dat hij het zelf redt.', [
    'person-name',
    'Meneer Van der Meulen',
  ]),
  s('Ze noemt haar stiefvader Ron, hij heeft haar opgevoed sinds ze 5 was.', [
    'person-name',
    'Ron',
  ]),
  s('Priya Ramsaran en haar man runnen een toko in de Schilderswijk.', [
    'person-name',
    'Priya Ramsaran',
  ]),
  s('Na het gesprek met Tom stuurde zijn moeder nog een boze mail.', ['person-name', 'Tom']),
  s('Sevda Kaya is 29, alleenstaande moeder, en werkt parttime in de thuiszorg.', [
    'person-name',
    'Sevda Kaya',
  ]),
  s(
    'Ik heb Bart en Milou uitgelegd hoe de schuldsanering werkt.',
    ['person-name', 'Bart'],
    ['person-name', 'Milou'],
  ),
  s('Abdi Warsame is door de IND uitgenodigd voor een gesprek.', ['person-name', 'Abdi Warsame']),
  s('Opa Jaap heeft beginnende dementie en vergeet de kinderen op te halen.', [
    'person-name',
    'Jaap',
  ]),
  s('de jongste, Noor, heeft astma en moet vaak naar het ziekenhuis.', ['person-name', 'Noor']),
  s('Volgens mw. Wiersma van de Kredietbank is het dossier compleet.', [
    'person-name',
    'mw. Wiersma',
  ]),
  s('Danny Kuipers (34) is na zijn detentie dakloos geraakt.', ['person-name', 'Danny Kuipers']),
  s('Zeynep heeft haar diploma mbo 2 gehaald en zoekt nu werk in de zorg.', [
    'person-name',
    'Zeynep',
  ]),
  s('Mw Boateng komt uit Ghana en woont sinds 2010 in Amsterdam-Zuidoost.', [
    'person-name',
    'Mw Boateng',
  ]),
  s('Bij de intake vertelde Marloes dat ze al 3 jaar geen contact meer heeft met haar vader.', [
    'person-name',
    'Marloes',
  ]),
  s('Zijn beste vriend Stefan heeft hem geholpen met verhuizen.', ['person-name', 'Stefan']),
  s('Nadia Chaouch werkt als pedagogisch medewerker bij een kinderdagverblijf.', [
    'person-name',
    'Nadia Chaouch',
  ]),
  s('Het contact met Jurgen loopt moeizaam, hij komt vaak niet opdagen.', [
    'person-name',
    'Jurgen',
  ]),
  s('Dhr. El Idrissi heeft een eigen bedrijfje gehad dat failliet is gegaan.', [
    'person-name',
    'Dhr. El Idrissi',
  ]),
  s('Mijn collega sprak Femke op de gang van het gemeentehuis.', ['person-name', 'Femke']),
  s(
    'Kofi en zijn broer Yaw wonen samen in een studio van 25 m2.',
    ['person-name', 'Kofi'],
    ['person-name', 'Yaw'],
  ),
];

/** Text without personal data: organisations, places, months, roles, ordinary words in capitals. */
export const CASE_NOTES_LOOK_ALIKES = [
  s('Overleg met Stichting Present en Humanitas over de inzet van vrijwilligers.'),
  s('Het kind gaat naar OBS De Wilgen en na school naar de BSO Kinderrijk.'),
  s('Aanmelding loopt via Zorggroep Noorderboog, de wachtlijst is 3 maanden.'),
  s('Hij werkt via Randstad bij Albert Heijn Distributie in Zaandam.'),
  s('Mw heeft dagbesteding bij Zorgboerderij De Hoeve, 2 dagen per week.'),
  s('Er is contact geweest met Welzijn Lochem en de POH-GGZ van de huisarts.'),
  s('Wijkteam Oost heeft de casus overgedragen aan Jeugdteam Zuid.'),
  s('De school (Christelijk Lyceum Delft) heeft leerplicht ingeschakeld.'),
  s('Schuldhulp loopt via Plangroep, de Kredietbank Limburg doet het budgetbeheer.'),
  s('Ze woont in een begeleid wonen project van Leger des Heils in Apeldoorn.'),
  s('Hij krijgt ambulante begeleiding van De Twentse Zorgcentra.'),
  s('MEE Samen heeft een onafhankelijke cliëntondersteuner ingezet.'),
  s('Zijn werkgever, Van Dijk Transport BV, wil hem ontslaan.'),
  s('Via Stichting Leergeld krijgt de dochter een laptop voor school.'),
  s('Het Jongerenloket en Jongerenwerk Breda zijn ook betrokken.'),
  s('De casus is besproken in het Zorg- en Veiligheidshuis Limburg-Noord.'),
  s('Ze zijn in Juli verhuisd van Heerlen naar Kerkrade.'),
  s('Volgende overleg is op Dinsdag 14 januari met alle partijen.'),
  s('De zorgaanbieder Philadelphia Zorg heeft een plek in een woongroep.'),
  s('Hij zit op het Da Vinci College, opleiding Logistiek, 2e jaar.'),
  s('Huisartsenpraktijk De Linde heeft een verwijzing gestuurd naar Lentis.'),
  s('De woningcorporatie Woonzorg Nederland heeft een urgentie toegekend.'),
  s('Bij Buurthuis De Ster is elke woensdag een inloop voor ouders.'),
  s('In de Tarwewijk en op Zuid zijn veel gezinnen met schulden.'),
  s('Zij loopt bij Moviera vanwege huiselijk geweld.'),
  s('Inburgering via Ons Welzijn, taalles bij het Taalhuis in de bieb.'),
  s('De gezinsvoogd van de William Schrikker Stichting is nieuw.'),
  s('Ze krijgt thuiszorg van Buurtzorg en maaltijden van Tafeltje Dekje.'),
  s('Er is een melding gedaan bij het Meldpunt Zorg en Overlast.'),
  s('De kinderen gaan naar Kinderopvang Humanitas en daarna naar De Vlinder.'),
  s('Hij is aangemeld bij De Hoop ggz voor zijn verslaving.'),
  s('Wachtlijst bij Karakter kinder- en jeugdpsychiatrie is lang.'),
  s('Gisteren was het rustig in de wijk, geen meldingen bij de politie.'),
  s('Schuldeisers: Belastingdienst, CJIB, Vitens, Ziggo, Zilveren Kruis en Wehkamp.'),
  s('Na de Kerstvakantie start ze bij Werkplein Hart van West-Brabant.'),
  s('Mw wil graag naar Marokko voor de begrafenis van haar moeder.'),
  s('De jongeman heeft een afspraak bij het Jongerenpunt van de gemeente.'),
  s('Het gezinshuis van Stichting Jeugdformaat biedt een plek per februari.'),
  s('Volgens de wijkagent is er regelmatig overlast in de Merellaan.'),
  s('De Voedselbank Eindhoven levert elke vrijdag een pakket.'),
  s('Hij volgt een traject bij Emma at Work en daarna misschien bij Ergon.'),
  s('Aanvraag voor de Jeugdwet en de Wlz lopen tegelijk.'),
  s('De Raad voor Rechtsbijstand heeft de toevoeging toegekend.'),
  s('Zie ook het verslag van het Centrum voor Jeugd en Gezin.'),
  s('Ze werkt bij Hema en bij de Kringloop De Cirkel.'),
  s('Bij Vluchtelingenwerk Oost Nederland is een maatje gekoppeld.'),
  s('Zoals afgesproken in het Zorgplan, evaluatie na 6 weken.'),
  s('De Nederlandse les gaat goed, volgens de docent van het ROC.'),
  s('Verhuizing naar Nieuw-Vennep is gepland voor Maart.'),
  s('Op Zondag is de moskee aan de Insulindestraat open voor een spreekuur.'),
];

/** The fifth batch: long case notes, numbers, names and look-alikes (at least 150 sentences). */
export const CASE_NOTES_BATCH = [
  ...CASE_NOTES_LONG,
  ...CASE_NOTES_NUMBERS,
  ...CASE_NOTES_NAMES,
  ...CASE_NOTES_LOOK_ALIKES,
];
