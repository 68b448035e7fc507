// A fictional case as a professional might first type it, with some real-looking personal data
// left in (test numbers only), repeated to the length the bench needs.
const PARAGRAPHS = [
  'Noem haar Sanne. Sanne is 38 jaar, alleenstaande moeder van twee kinderen van 7 en 11 jaar, en woont sinds 2019 in een huurwoning in een middelgrote gemeente. Ze werkte tot vorig jaar 24 uur per week in de thuiszorg, maar viel uit met rugklachten. Sinds maart ontvangt ze een bijstandsuitkering van € 1.245,60 per maand op grond van de Participatiewet.',
  'Bij het keukentafelgesprek op 14 maart om 14:30 bleek dat er achterstanden zijn bij de zorgverzekeraar en de energieleverancier, samen ruim € 4.800. Zaaknummer 2023-004512 loopt nog bij de bezwaarcommissie. De consulent wil op grond van artikel 2.3.5 Wmo 2015 ook kijken naar huishoudelijke ondersteuning.',
  'In het eerste concept stond nog: mevrouw Jansen, BSN 111222333, Kerkstraat 12, bereikbaar op 06-12345678 en per mail via s.jansen1984@example.nl. Het leefgeld gaat naar NL20 INGB 0001 2345 67. De oudste zoon (geb. 03-03-2013) zit in groep 8 en heeft een indicatie voor jeugdhulp.',
  'De school maakt zich zorgen over verzuim. De leerplichtambtenaar heeft twee gesprekken gevoerd; de jongste gaat wel naar de buitenschoolse opvang. De ex-partner rijdt regelmatig langs in een auto met kenteken 12-ABC-3, wat Sanne angstig maakt. Er is contact geweest met Veilig Thuis, versie 3.2 van het afwegingskader is gebruikt.',
  'De vraag aan de groep: hoe houden jullie de regie bij één huishouden met schulden, gezondheidsklachten en zorgen om de kinderen, als drie teams elk een deel van het plan hebben? En hoe voorkom je dat Sanne bij elke instantie haar verhaal opnieuw moet doen?',
];

/** A Dutch case text of exactly `length` UTF-16 code units. */
export function sampleCaseText(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${PARAGRAPHS[i % PARAGRAPHS.length]}\n\n`;
  return text.slice(0, length);
}
