// Synthetic published summaries for the library bench: Dutch social-domain words drawn with a
// Zipf distribution (a few very common words, a long tail of rare compounds), so text queries
// meet both huge and tiny match sets, as in a real library.
import type { Random } from '@ods/server/core/matcher/random';

const BASE_WORDS = (
  'gezin jongere inwoner wachtlijst intake huisbezoek budgetcoach bewindvoering schulden ' +
  'armoede participatie uitkering bijstand werkgever re-integratie jobcoach taalles statushouder ' +
  'inburgering mantelzorg respijtzorg dagbesteding woningaanpassing hulpmiddel scootmobiel ' +
  'huishoudelijke ondersteuning maatwerk indicatie keukentafelgesprek wijkteam buurtteam ' +
  'jeugdhulp jeugdbescherming veiligheid huiselijk geweld meldcode veilig thuis school leerplicht ' +
  'verzuim thuiszitter passend onderwijs zorgaanbieder contract aanbesteding budget kosten ' +
  'verwijzing huisarts praktijkondersteuner ggz verslaving dakloosheid opvang beschermd wonen ' +
  'uitstroom nazorg casusregie regisseur netwerk overleg samenwerking privacy toestemming ' +
  'signalering vroegsignalering betalingsachterstand energietoeschot vaste lasten huur zorgverzekering ' +
  'toeslagen herstel kwijtschelding minimabeleid regeling aanvraag formulier digitaal loket ' +
  'bereikbaarheid terugbellen doorlooptijd werkproces team training coaching ervaringsdeskundige ' +
  'vrijwilliger buurthuis welzijn preventie voorlichting ouder kind pleegzorg gezinshuis ' +
  'perspectief plan doelen evaluatie monitoring resultaat tevredenheid klacht bezwaar beleid ' +
  'wethouder raad begroting pilot experiment aanpak methode werkwijze instrument checklist'
).split(' ');

const PREFIXES = 'schuld budget zorg wijk jeugd werk woon gezins taal geld hulp buurt'.split(' ');
const SUFFIXES = 'hulp coach plan team loket traject regie overleg aanpak gesprek'.split(' ');

/** The vocabulary, most frequent first: base words, then compounds, then rare numbered terms. */
export function vocabulary(): string[] {
  const compounds = PREFIXES.flatMap((p) => SUFFIXES.map((s) => `${p}${s}`));
  const rare = Array.from({ length: 4_000 }, (_, i) => `term${i.toString(36)}`);
  return [...new Set([...BASE_WORDS, ...compounds, ...rare])];
}

/** Cumulative Zipf weights (s = 1.1) over n ranks, for sampling by binary search. */
function zipfTable(n: number): Float64Array {
  const table = new Float64Array(n);
  let sum = 0;
  for (let rank = 0; rank < n; rank++) {
    sum += 1 / Math.pow(rank + 1, 1.1);
    table[rank] = sum;
  }
  for (let rank = 0; rank < n; rank++) table[rank] = table[rank]! / sum;
  return table;
}

export interface WordSampler {
  words: string[];
  word(random: Random): string;
  sentence(random: Random, length: number): string;
}

export function wordSampler(): WordSampler {
  const words = vocabulary();
  const table = zipfTable(words.length);
  const word = (random: Random): string => {
    const target = random.float();
    let low = 0;
    let high = table.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (table[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return words[low]!;
  };
  const sentence = (random: Random, length: number): string => {
    const parts = Array.from({ length }, () => word(random));
    const text = parts.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  return { words, word, sentence };
}

/** The texts of one synthetic summary, roughly the length of a real one (150–300 words). */
export function syntheticText(
  sampler: WordSampler,
  random: Random,
): { title: string; text: string } {
  const title = sampler.sentence(random, 8 + random.int(8));
  const paragraphs = Array.from({ length: 5 }, () =>
    Array.from({ length: 2 + random.int(3) }, () =>
      sampler.sentence(random, 8 + random.int(10)),
    ).join(' '),
  );
  return { title, text: [title, ...paragraphs].join('\n') };
}
