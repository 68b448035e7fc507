import { s } from './sentence.ts';

// Common Dutch street names with made-up house numbers and postcodes.
export const ADDRESS_SENTENCES = [
  s('Ze woont op de Kerkstraat 12 in een bovenwoning.', ['address', 'Kerkstraat 12']),
  s('Het gezin verhuisde naar de Laan van Meerdervoort 120a.', [
    'address',
    'Laan van Meerdervoort 120a',
  ]),
  s('Postcode en huisnummer: 3511 AB 14.', ['address', '3511 AB 14']),
  s('De woning aan de Beukenlaan 7 is te klein voor vijf kinderen.', ['address', 'Beukenlaan 7']),
  s('Hij staat ingeschreven op Burgemeester de Withstraat 33-2.', [
    'address',
    'Burgemeester de Withstraat 33-2',
  ]),
  s(
    'Adres: Prins Hendrikkade 104, 1011 AK Amsterdam.',
    ['address', 'Prins Hendrikkade 104'],
    ['address', '1011 AK'],
  ),
  s('Ze slaapt bij een vriendin op de Oude Gracht 210.', ['address', 'Oude Gracht 210']),
  s('De melding ging over de flat aan de Van Speijkstraat 5.', ['address', 'Van Speijkstraat 5']),
  s('Postcode 9712CP, huisnummer 3.', ['address', '9712CP']),
  s(
    'Het bezorgadres is Dorpsstraat 1, 7411 GH Deventer.',
    ['address', 'Dorpsstraat 1'],
    ['address', '7411 GH'],
  ),
  s('Hij verblijft tijdelijk op het Kerkplein 3.', ['address', 'Kerkplein 3']),
  s('De overlast komt van Molenweg 18b.', ['address', 'Molenweg 18b']),
  s("Zij huurt een kamer op 's-Gravendijkwal 44.", ['address', "'s-Gravendijkwal 44"]),
  s('Vanaf 1 mei woont hij in 2512 XP 7.', ['address', '2512 XP 7']),
  s('Het kantoor van de bewindvoerder zit aan de Stationsweg 2.', ['address', 'Stationsweg 2']),
  s('Ze wonen aan de Johan de Wittlaan 88 in een hoekhuis.', ['address', 'Johan de Wittlaan 88']),
];

export const LICENCE_PLATE_SENTENCES = [
  s('De auto met kenteken 12-ABC-3 stond voor de deur.', ['licence-plate', '12-ABC-3']),
  s('De buren noteerden XX-99-XX.', ['licence-plate', 'XX-99-XX']),
  s('Zijn bestelbus (VN-123-B) is beslagen door de deurwaarder.', ['licence-plate', 'VN-123-B']),
  s('Kenteken: 1-KBB-23', ['licence-plate', '1-KBB-23']),
  s('De wijkagent herkende de auto aan DF-12-GH.', ['licence-plate', 'DF-12-GH']),
  s('Een zwarte auto, GT-908-K, reed meerdere keren langs de school.', [
    'licence-plate',
    'GT-908-K',
  ]),
  s('Het kenteken 85-XJ-LT staat op naam van zijn moeder.', ['licence-plate', '85-XJ-LT']),
  s('In het verslag staat kenteken 4-TXL-56.', ['licence-plate', '4-TXL-56']),
  s('De camper 99-ZZ-11 staat al weken op de parkeerplaats.', ['licence-plate', '99-ZZ-11']),
  s('kenteken 12-abc-3 stond in het logboek', ['licence-plate', '12-abc-3']),
  s('Hij rijdt in een oude Golf met kenteken JB-44-12.', ['licence-plate', 'JB-44-12']),
  s('Zij parkeert haar auto (S-123-KL) bij het buurthuis.', ['licence-plate', 'S-123-KL']),
];

/** Law articles, municipality names, street names without number and hyphenated compounds. */
export const PLACE_LOOK_ALIKES = [
  s('De pilot in Moerdijk 2 jaar geleden was een succes.'),
  s('In Amsterdam draaien 3 wijkteams, in Schiedam 2.'),
  s('Volgens artikel 2.3.5 Wmo 2015 moet de gemeente eerst onderzoek doen.'),
  s('Op grond van art. 8a Participatiewet kan de gemeente ontheffing geven.'),
  s('Zie hoofdstuk 4 van de Jeugdwet en paragraaf 3 van het beleidsplan.'),
  s('Het team Zorg en Veiligheid 2.0 start in maart.'),
  s('In Barneveld 12 procent van de jongeren bereikt, in Veendam 9 procent.'),
  s('Ze fietst dagelijks over de Zeedijk naar haar werk.'),
  s('In de Kerkstraat zit een buurthuis met een inloopspreekuur.'),
  s('We doen eerst een 1-op-1-gesprek met de jongere.'),
  s('Dit valt onder de 24-uurs zorg van de aanbieder.'),
  s('De covid-19-maatregelen golden tot 2022.'),
  s('Het beleidsplan 2024-2027 is in december vastgesteld.'),
  s('Artikel 1:255 BW regelt de ondertoezichtstelling.'),
  s('De samenwerking tussen Súdwest-Fryslân, Het Hogeland en Midden-Groningen loopt goed.'),
];
