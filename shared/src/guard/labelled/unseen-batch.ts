import { s } from './sentence.ts';

// The third batch: written on 6 December 2026 BEFORE the detectors were changed for issue 15, in
// the way professionals type case descriptions (long, informal, abbreviations, typos). It is
// scored apart from LABELLED_SET, so the figures say how the guard does on text it was not
// tuned on. The BSNs were generated to pass the 11-test and the Dutch IBANs to pass mod 97 with
// the project's own checksum code (seeded, made-up account numbers); the look-alikes were
// generated to fail them. Any match with a real person's number is coincidence. Names are
// common names in the Netherlands, of Dutch and other origins, none refers to a real client.
//
// Labels: a name with a form of address includes it ('mw. Ramdin'), family words do not
// ('haar broer Ahmed' → 'Ahmed'); a postcode alone is an address; a labelled number is the
// number only.

/** BSNs in other groupings than 3-3-3, with and without a label, and numbers that fail the 11-test. */
export const UNSEEN_NUMBERS = [
  s('Client heeft haar BSN doorgegeven (6891-09-325), dat stond ook op de uitdraai van de BRP.', [
    'bsn',
    '6891-09-325',
  ]),
  s('bsn nr 273246288 moet nog gecheckt worden bij de SVB ivm de AOW', ['bsn', '273246288']),
  s('BSN: 454 917 430 / klantnr Kredietbank 2024-0881', ['bsn', '454 917 430']),
  s(
    'Op het intakeformulier stond burgerservicenummer 512868165, mevr heeft het zelf ingevuld omdat ze dacht dat het moest.',
    ['bsn', '512868165'],
  ),
  s('sofinr. 302.203.059 (oud formulier van de werkgever)', ['bsn', '302.203.059']),
  s('clientnr/bsn 8999 69 100, graag niet meer in de mail zetten!!', ['bsn', '8999 69 100']),
  s('Het BSN van de oudste zoon is 102 119\n922, die van de jongste weet ik niet.', [
    'bsn',
    '102 119\n922',
  ]),
  s('BSN 9679-17-323 staat bij de aanvraag bijz. bijstand voor de wasmachine.', [
    'bsn',
    '9679-17-323',
  ]),
  s('bsn 30208 2657 heb ik opgezocht in Suite maar daar kwam niks uit', ['bsn', '30208 2657']),
  s('De aanmelding van Veilig Thuis (bsn 857 887 506) kwam via de huisarts binnen.', [
    'bsn',
    '857 887 506',
  ]),
  s(
    'BSN vader: 3314 84 079, BSN moeder: 38 03 10 326',
    ['bsn', '3314 84 079'],
    ['bsn', '38 03 10 326'],
  ),
  s('Op de kopie van de ID-kaart staat 159/472/465 als persoonsnummer.', ['bsn', '159/472/465']),
  s('graag het bsn 915-16-4887 uit het verslag halen voordat het naar de CT gaat', [
    'bsn',
    '915-16-4887',
  ]),
  s('Burgerservicenr. 1389.62.984 is bekend bij het UWV.', ['bsn', '1389.62.984']),
  s('In de overdracht van Jeugdbescherming stond BSN 680 562 138 gewoon in de onderwerpregel.', [
    'bsn',
    '680 562 138',
  ]),
  s('bsn:606874227', ['bsn', '606874227']),
  s('De school mailde een lijst met o.a. 7493 87 294 erop, zonder beveiliging.', [
    'bsn',
    '7493 87 294',
  ]),
  s(
    'Zij noemde aan de telefoon meteen haar nummer, 584490239, voordat ik kon zeggen dat dat niet hoefde.',
    ['bsn', '584490239'],
  ),
  s(
    'BSN-nummer kind 1: 133 890 867; kind 2: 6642-55-619; kind 3 nog niet ingeschreven.',
    ['bsn', '133 890 867'],
    ['bsn', '6642-55-619'],
  ),
  s('Burgerservicenummer: 6088 17 338 (check bij BRP gedaan, klopt)', ['bsn', '6088 17 338']),
  s('Het ordernummer van de traplift is 8144-43-469, levering in week 3.'),
  s('Zaaknummer 985 150 218 is bij de rechtbank Gelderland in behandeling.'),
  s('bestelnr. 189057826 bij de Action, bon zit in het dossier'),
  s('klantnummer 2764-98-347 bij Eneco, achterstand van € 1.245,80'),
  s('De betalingsregeling loopt onder kenmerk 706547617 bij het CJIB.'),
  s('Het totaal aan schulden komt op € 68.465,55 verdeeld over 14 schuldeisers.'),
  s('Er zijn 608 088 403 euro aan subsidies verdeeld volgens het jaarverslag.'),
  s('Zijn polisnummer bij Zilveren Kruis is 258590873.'),
  s('Dossiernr 2024-0938-442 ligt bij de collega van schuldhulp.'),
];

/** IBANs with odd spacing, and account-like numbers that fail mod 97. */
export const UNSEEN_IBANS = [
  s('Leefgeld graag naar NL09 INGB 5798 0728 14 overmaken, dat is de rekening van haar zus.', [
    'iban',
    'NL09 INGB 5798 0728 14',
  ]),
  s('rek.nr NL25RABO 290 796 2799 (op naam van de bewindvoerder)', [
    'iban',
    'NL25RABO 290 796 2799',
  ]),
  s('Hij schreef zijn rekening op als nl 04 abna 0669 1741 94 op het formulier.', [
    'iban',
    'nl 04 abna 0669 1741 94',
  ]),
  s('IBAN: NL41-SNSB-5010-3572-01', ['iban', 'NL41-SNSB-5010-3572-01']),
  s('De huur wordt afgeschreven van NL91TRIO4308770895 maar die staat vaak rood.', [
    'iban',
    'NL91TRIO4308770895',
  ]),
  s('Toeslagen komen binnen op NL 71 ASNB 9849566221 sinds de verhuizing.', [
    'iban',
    'NL 71 ASNB 9849566221',
  ]),
  s('De vader betaalt alimentatie vanaf NL15 BUNQ 1772 3321 91, niet altijd op tijd.', [
    'iban',
    'NL15 BUNQ 1772 3321 91',
  ]),
  s('iban nl13knab 2488 4656 07 is geblokkeerd door beslag', ['iban', 'nl13knab 2488 4656 07']),
  s('De zorgverzekering wordt geïnd via NL79 RBRB 4166 2395 00.', [
    'iban',
    'NL79 RBRB 4166 2395 00',
  ]),
  s('Stortingen op NL13 INGB 262 174 9639 komen van de moeder van mevrouw.', [
    'iban',
    'NL13 INGB 262 174 9639',
  ]),
  s('Rekeningnr: NL07.RABO.5773.8196.84 (zo stond het in de brief)', [
    'iban',
    'NL07.RABO.5773.8196.84',
  ]),
  s('IBAN NL93ABNA 4259122610, ten name van stichting beschermingsbewind', [
    'iban',
    'NL93ABNA 4259122610',
  ]),
  s('Het nieuwe rekeningnummer is NL19 SNSB\n0560 9500 40, het oude is opgeheven.', [
    'iban',
    'NL19 SNSB\n0560 9500 40',
  ]),
  s('Ze heeft twee rekeningen: NL62TRIO1725277006 en NL39 ASNB 0865 9957 05.', [
    'iban',
    'NL62TRIO1725277006',
  ]),
  s('Betaling gaat via nl49 bunq 7129 6501 15 van de broer.', ['iban', 'nl49 bunq 7129 6501 15']),
  s('IBAN NL09INGB5798072815 klopt niet volgens de bank, er zit een tikfout in.'),
  s('De rekening eindigt op 0728 14 volgens mevrouw.'),
  s('Projectnummer NL-2024-0456 van de provincie dekt de kosten.'),
  s('Op de factuur staat NL25RABO2907962790 maar de betaling kwam terug.'),
];

/** Phones, dates of birth, postcodes, addresses, plates and e-mail as people type them. */
export const UNSEEN_CONTACT_AND_PLACES = [
  s('Mevr is het best bereikbaar op 06-123 456 78 na 15.00 uur ivm werk.', [
    'phone',
    '06-123 456 78',
  ]),
  s('tel 0612 345 678 (zoon), vaste lijn werkt niet meer', ['phone', '0612 345 678']),
  s('Het nummer van de buurvrouw is +31 (0)6 12 34 56 78, zij heeft een sleutel.', [
    'phone',
    '+31 (0)6 12 34 56 78',
  ]),
  s('06.23.45.67.89 is het nummer van de vader', ['phone', '06.23.45.67.89']),
  s('Bellen kan op 0031-6-34567890 maar hij neemt zelden op.', ['phone', '0031-6-34567890']),
  s('De huisarts (010 - 234 56 78) wil graag teruggebeld worden.', ['phone', '010 - 234 56 78']),
  s('Werkgever: (010) 2345678, vragen naar de teamleider.', ['phone', '(010) 2345678']),
  s('Het kantoor in Ede heeft nummer 0318-12 34 56.', ['phone', '0318-12 34 56']),
  s('whatsapp +31-6-2345-6789', ['phone', '+31-6-2345-6789']),
  s('Bel de crisisdienst op 0900-1234 als het misgaat, of 112.'),
  s('Het gesprek is om 14.30 uur, kamer 0.12, daarna om 16:00 overleg.'),
  s(
    'Moeder geb. 12-5-1987, vader geb. 3-11-1984, beiden in Marokko geboren.',
    ['date-of-birth', '12-5-1987'],
    ['date-of-birth', '3-11-1984'],
  ),
  s('Dochter is geboren 03/03/2015 en zit in groep 5 van de Vrije school.', [
    'date-of-birth',
    '03/03/2015',
  ]),
  s('Geboortedatum: 1 feb 1990 (volgens paspoort)', ['date-of-birth', '1 feb 1990']),
  s('De jongen (geb 21 sept. 2006) wordt binnenkort 18 en dan stopt de jeugdhulp.', [
    'date-of-birth',
    '21 sept. 2006',
  ]),
  s('geb.datum 14-07-1979, nationaliteit Pools, sinds 2015 in NL.', [
    'date-of-birth',
    '14-07-1979',
  ]),
  s('Zoon is in mei 2011 geboren, precies weet ik het niet.'),
  s('Het gezin kwam op 12-05-2019 naar Nederland.'),
  s('Postcode 3512 JK, de rest van het adres staat in het systeem.', ['address', '3512 JK']),
  s('Ze woont nu in 2513AA bij een kennis.', ['address', '2513AA']),
  s(
    'nieuw adres: Bredaseweg 114, 5038 NM Tilburg',
    ['address', 'Bredaseweg 114'],
    ['address', '5038 NM'],
  ),
  s('Zij verblijft tijdelijk bij haar tante op de Vaartsche Rijn 23 bis.', [
    'address',
    'Vaartsche Rijn 23',
  ]),
  s('De woning op de Graaf Florisstraat 7 is ontruimd.', ['address', 'Graaf Florisstraat 7']),
  s(
    'Hij is ingeschreven op het adres van de daklozenopvang, Hoogstraat 12, maar slaapt vaak bij vrienden.',
    ['address', 'Hoogstraat 12'],
  ),
  s('Zijn moeder woont op de Dorpsweg 3a in een klein dorp bij Emmen.', ['address', 'Dorpsweg 3a']),
  s('De overlast speelt in de Schilderswijk, rond de Hoefkade en het Hobbemaplein.'),
  s('Ze loopt elke dag via de Amsterdamsestraatweg naar de voedselbank.'),
  s('In de Kanaalstraat zit het wijkteam, naast de Albert Heijn.'),
  s('De auto van de ex (kenteken HX-123-Z) staat geregeld voor de deur.', [
    'licence-plate',
    'HX-123-Z',
  ]),
  s('kenteken 5-TXB-12, blauwe Opel, volgens de buren van hem', ['licence-plate', '5-TXB-12']),
  s('Politie heeft het kenteken GT-908-K genoteerd.', ['licence-plate', 'GT-908-K']),
  s('Hij rijdt een scooter met kenteken DKR-45-B zonder verzekering.', [
    'licence-plate',
    'DKR-45-B',
  ]),
  s('Ze heeft een 2-persoons kamer in een 24-uurs opvang, met een 1-op-1 begeleider.'),
  s('mail van mevrouw: kaya.s1985@hotmail.com, ze leest het bijna nooit', [
    'email',
    'kaya.s1985@hotmail.com',
  ]),
  s('De ex-partner mailt via m.kowalski77@wp.pl, in het Pools.', ['email', 'm.kowalski77@wp.pl']),
];

/** Names without a form of address, names of many origins, first names alone, family words. */
export const UNSEEN_NAMES = [
  s('Mohamed el Khatib belde gisteren over zijn uitkering, hij was erg boos.', [
    'person-name',
    'Mohamed el Khatib',
  ]),
  s('Volgens haar broer Ahmed slaapt ze al weken slecht.', ['person-name', 'Ahmed']),
  s('Sanne belde vanochtend in paniek, de deurwaarder stond voor de deur.', [
    'person-name',
    'Sanne',
  ]),
  s('Lenn Janssen vertelde dat hij sinds de scheiding bij zijn moeder woont.', [
    'person-name',
    'Lenn Janssen',
  ]),
  s('De moeder van Jayden heeft het contact met school afgebroken.', ['person-name', 'Jayden']),
  s('Emre Yildiz (17) is vaker niet dan wel op school, leerplicht is ingeschakeld.', [
    'person-name',
    'Emre Yildiz',
  ]),
  s('Priya Ramdin-Jagesar is mantelzorger voor haar vader, die dementie heeft.', [
    'person-name',
    'Priya Ramdin-Jagesar',
  ]),
  s('Ik heb met Shanice Martina afgesproken dat ze volgende week langskomt.', [
    'person-name',
    'Shanice Martina',
  ]),
  s('De partner, Piotr Kowalski, werkt via een uitzendbureau in de kassen.', [
    'person-name',
    'Piotr Kowalski',
  ]),
  s('Kasia Nowak spreekt beter Engels dan Nederlands, tolk is geregeld.', [
    'person-name',
    'Kasia Nowak',
  ]),
  s('J. de Boer van de woningcorporatie wil een gesprek met alle partijen.', [
    'person-name',
    'J. de Boer',
  ]),
  s('Oma Riet past drie dagen per week op de kinderen.', ['person-name', 'Riet']),
  s(
    'Rachid Bouali en zijn vrouw Nadia hebben vier kinderen onder de tien.',
    ['person-name', 'Rachid Bouali'],
    ['person-name', 'Nadia'],
  ),
  s('haar zoon Dani zit op het speciaal onderwijs', ['person-name', 'Dani']),
  s('Gisteren sprak ik Kevin over zijn schulden, hij wil wel maar weet niet hoe.', [
    'person-name',
    'Kevin',
  ]),
  s('Mw. Ramdin gaf aan dat haar man het geld beheert.', ['person-name', 'Mw. Ramdin']),
  s('De buurman, Henk van der Linden, heeft de melding gedaan.', [
    'person-name',
    'Henk van der Linden',
  ]),
  s(
    'Fatima en haar zus Samira wonen samen met hun moeder in een portiekflat.',
    ['person-name', 'Fatima'],
    ['person-name', 'Samira'],
  ),
  s('Dewi Ramlal werkt bij de thuiszorg en heeft zelf ook schulden.', [
    'person-name',
    'Dewi Ramlal',
  ]),
  s('Jurgen Doelwijt heeft een verleden in de jeugdzorg en wantrouwt hulpverleners.', [
    'person-name',
    'Jurgen Doelwijt',
  ]),
  s('De vader, Mehmet Öztürk, is na een bedrijfsongeval arbeidsongeschikt geraakt.', [
    'person-name',
    'Mehmet Öztürk',
  ]),
  s('Ayşe zegt dat ze niet terug wil naar huis.', ['person-name', 'Ayşe']),
  s('Volgens zijn tante, Gloria Isenia, drinkt hij te veel.', ['person-name', 'Gloria Isenia']),
  s('Ik heb met Marieke overlegd, zij is de mentor op school.', ['person-name', 'Marieke']),
  s(
    'Tom de Vries en Lisa Bakker zijn de pleegouders sinds vorig jaar.',
    ['person-name', 'Tom de Vries'],
    ['person-name', 'Lisa Bakker'],
  ),
  s('A.B. Öztürk staat als huurder op het contract, maar woont er niet.', [
    'person-name',
    'A.B. Öztürk',
  ]),
  s('De oudste dochter heet Yasmina en is zwanger.', ['person-name', 'Yasmina']),
  s('Hij woont samen met zijn vriendin Romy in een anti-kraakpand.', ['person-name', 'Romy']),
  s('Mijn collega heeft met Wilma Hoekstra van de kerk gesproken over voedselpakketten.', [
    'person-name',
    'Wilma Hoekstra',
  ]),
  s('Agnieszka Wiśniewska werkt in een distributiecentrum en heeft nachtdiensten.', [
    'person-name',
    'Agnieszka Wiśniewska',
  ]),
  s('De stiefvader, Ricardo Martis, heeft een straatverbod.', ['person-name', 'Ricardo Martis']),
  s('Volgens de juf van Noah is hij de laatste tijd erg stil.', ['person-name', 'Noah']),
  s('Karim zei dat hij de brief niet had gelezen omdat hij niet goed kan lezen.', [
    'person-name',
    'Karim',
  ]),
  s('Het contact met Sevda Aydın verloopt via whatsapp.', ['person-name', 'Sevda Aydın']),
  s('De opa van de kinderen, Kees Mulder, wil de voogdij.', ['person-name', 'Kees Mulder']),
  s('Naima El Amrani komt uit Tanger en woont sinds 2009 in Nederland.', [
    'person-name',
    'Naima El Amrani',
  ]),
  s('Bij het gesprek waren ook Youssef en zijn advocaat aanwezig.', ['person-name', 'Youssef']),
  s('Esther van den Broek van het CJG had de zorgen als eerste gemeld.', [
    'person-name',
    'Esther van den Broek',
  ]),
  s('Anouk belt zelf als er iets is, ze wil geen huisbezoek.', ['person-name', 'Anouk']),
  s('De ex van mevrouw, Sergio Rosaria, woont op Curaçao.', ['person-name', 'Sergio Rosaria']),
  s(
    'Marco en Linda zijn in 2021 uit elkaar gegaan, de kinderen wonen om de week bij elk.',
    ['person-name', 'Marco'],
    ['person-name', 'Linda'],
  ),
  s('ik heb dhr Soekhlal gebeld maar hij nam niet op', ['person-name', 'dhr Soekhlal']),
  s('Hatice Demir heeft de aanvraag voor de Wmo zelf gedaan.', ['person-name', 'Hatice Demir']),
  s('Zijn schoonmoeder Maria Wojcik woont tijdelijk in.', ['person-name', 'Maria Wojcik']),
  s('De begeleider van Bilal meldt dat hij weer blowt.', ['person-name', 'Bilal']),
  s('R. Jagroep heeft de huur al drie maanden niet betaald.', ['person-name', 'R. Jagroep']),
  s('Het oudste kind, Jesse, zorgt voor zijn broertjes als moeder werkt.', [
    'person-name',
    'Jesse',
  ]),
  s('Sophie van Dijk-Smits is de nieuwe casusregisseur namens de gemeente.', [
    'person-name',
    'Sophie van Dijk-Smits',
  ]),
  s('Tijdens het MDO zei Omar dat hij een baan heeft gevonden.', ['person-name', 'Omar']),
  s('Haar dochter Mila is 4 en gaat naar de peuterspeelzaal.', ['person-name', 'Mila']),
  s('meneer Kaya wil niet dat zijn vrouw alleen naar afspraken gaat', [
    'person-name',
    'meneer Kaya',
  ]),
  s('Ik ken Johan Smit nog van een eerdere casus, toen ging het ook om schulden.', [
    'person-name',
    'Johan Smit',
  ]),
  s('Zijn nicht Latoya Cijntje heeft de kinderen een paar dagen opgevangen.', [
    'person-name',
    'Latoya Cijntje',
  ]),
  s('De hulpverlener van Humanitas, Ingrid Postma, stopt per 1 januari.', [
    'person-name',
    'Ingrid Postma',
  ]),
  s('Volgens Daan gaat het thuis beter sinds de vader weg is.', ['person-name', 'Daan']),
  s('De familie Ramsaran heeft een eigen bedrijfje in de markt.', [
    'person-name',
    'familie Ramsaran',
  ]),
  s('Gert-Jan van Leeuwen is de bewindvoerder.', ['person-name', 'Gert-Jan van Leeuwen']),
  s('Ze heeft veel steun aan haar buurvrouw Truus.', ['person-name', 'Truus']),
  s(
    'Zoon Mustafa (14) en dochter Elif (11) zitten allebei op de Brede School.',
    ['person-name', 'Mustafa'],
    ['person-name', 'Elif'],
  ),
  s('Cliënt Bart Verhoeven wil zijn verhaal niet opnieuw vertellen bij een nieuwe hulpverlener.', [
    'person-name',
    'Bart Verhoeven',
  ]),
];

/** Sentences without personal data, full of places, organisations, months, roles and amounts. */
export const UNSEEN_NEGATIVES = [
  s(
    'De casus speelt in een middelgrote gemeente in Overijssel, vergelijkbaar met Deventer of Hengelo.',
  ),
  s('Het Sociaal Wijkteam Noord en Vluchtelingenwerk Midden-Nederland werken samen met de GGD.'),
  s(
    'In Maart is er weer een MDO met Jeugdbescherming, de Raad voor de Kinderbescherming en Veilig Thuis.',
  ),
  s('Het Leger des Heils biedt nachtopvang, de Kredietbank doet het budgetbeheer.'),
  s('Stichting MEE en Humanitas Thuisadministratie helpen bij de papieren.'),
  s('Sinds Januari ontvangt mevrouw een uitkering van het UWV, de SVB betaalt de kinderbijslag.'),
  s(
    'De gemeente Súdwest-Fryslân en de gemeente Noardeast-Fryslân hebben een gezamenlijk inkoopteam.',
  ),
  s(
    'In Den Bosch, Oss en Meierijstad lopen vergelijkbare pilots met een doorbraakbudget van € 5.000.',
  ),
  s('Het CJG in Capelle aan den IJssel heeft een wachtlijst van 12 weken.'),
  s(
    'De zorgverzekeraar (Menzis) en de energieleverancier (Vattenfall) hebben een betalingsregeling getroffen.',
  ),
  s('Dinsdag is er inloop in het buurthuis De Schakel, Woensdag is de voedselbank open.'),
  s('Met Pasen en Kerst is het altijd onrustig in het gezin, zegt de school.'),
  s('De woningcorporatie Ymere wil de huurachterstand van € 3.400,- in termijnen innen.'),
  s('Het Juridisch Loket en de sociaal raadslieden zitten in hetzelfde pand.'),
  s('Ze werkt bij Albert Heijn en doet daarnaast schoonmaakwerk voor Hago.'),
  s('We hebben de Verwijsindex gecheckt, er staat geen signaal van Jeugdzorg Plus.'),
  s('De wethouder van Zorg heeft het doorbraakplan in November besproken in de raad.'),
  s('De huisarts, de POH-GGZ en het sociaal team vonden elkaar pas na drie maanden.'),
  s('Volgens de Participatiewet moet de consulent eerst naar de kostendelersnorm kijken.'),
  s('Het Nibud rekent voor dit huishouden met een leefgeld van € 75 per week.'),
  s('De zaak is doorgezet naar Team Zorg en Veiligheid van de regio Hollands Midden.'),
  s('In Rotterdam-Zuid en Amsterdam Nieuw-West zijn de wachtlijsten het langst.'),
  s('Vorige week Donderdag kwam de jongerenwerker langs met iemand van Streetcornerwork.'),
  s('Het budget voor Beschermd Wonen gaat in 2026 naar de regio Twente.'),
  s('Ze heeft hulp gehad van de Vrijwillige Thuiszorg en van de Zonnebloem.'),
  s('De rechtbank Midden-Nederland heeft de OTS met een jaar verlengd.'),
  s('De Voedselbank Haaglanden en de Kledingbank werken met een verwijsbrief.'),
  s('Op de Brede School in Zaanstad krijgen de kinderen ontbijt.'),
  s('Hij heeft een taakstraf van 40 uur gekregen via de Reclassering.'),
  s('We hebben het casusoverleg verplaatst naar 14 januari om 10.00 uur.'),
  s('De moeder wil geen contact met de Raad, ze vertrouwt niemand van de overheid.'),
  s('Mevrouw vertelde dat ze elke week naar de moskee gaat en daar steun vindt.'),
  s('Meneer zegt dat hij vroeger bij Philips in Eindhoven werkte.'),
  s('Het gezin woont in een Portiekflat in een Vinex-wijk aan de rand van de stad.'),
  s('De kinderen gaan naar de BSO van Kinderopvang Humankind.'),
  s('Toen de Belastingdienst de toeslagen terugvorderde ging het mis, zegt de vader.'),
  s('De Schuldhulpmaatje-vrijwilliger komt elke Maandag.'),
  s('Hij is verslaafd aan gokken, vooral online, en heeft een schuld van € 23.000 bij vrienden.'),
  s('De Wmo-consulent en de Jeugdconsulent willen één plan, zoals in Zoetermeer.'),
  s('Bij de ggz-instelling Parnassia staat hij al een half jaar op de wachtlijst.'),
  s('De opvoedondersteuning van Triple P duurt 10 weken.'),
  s('Ze heeft de inburgering via Taalhuis Utrecht afgerond, niveau B1.'),
  s('De cliënt, de consulent en de schuldhulpverlener zaten samen aan tafel.'),
  s('Het Rode Kruis heeft in de zomer noodhulp geboden.'),
  s('Zijn werkgever in Venlo, een groot logistiek bedrijf, betaalt het minimumloon.'),
  s('Ze volgt een cursus bij de Volksuniversiteit en werkt als vrijwilliger bij de Kringloop.'),
  s('Over de schutting gekeken: Breda en Tilburg doen het anders dan Helmond.'),
  s('De melding kwam binnen via het Meldpunt Zorg en Overlast, nummer 2024-M-0345.'),
  s('Hij heeft drie jaar in Polen gewerkt en daarna in Duitsland, nu weer in Nederland.'),
  s('De Marokkaanse moeder en de Turkse buurvrouw helpen elkaar met de boodschappen.'),
];

/** Everything written on 6 December 2026 before tuning. */
export const UNSEEN_BATCH = [
  ...UNSEEN_NUMBERS,
  ...UNSEEN_IBANS,
  ...UNSEEN_CONTACT_AND_PLACES,
  ...UNSEEN_NAMES,
  ...UNSEEN_NEGATIVES,
];
