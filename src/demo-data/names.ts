/**
 * Synthetic staff names, built from two small lists. None of them is an ordinary English word,
 * so a name can never hide inside the fixed phrases used for case-related text. Children are
 * never named anywhere: cases have case numbers only.
 */
import type { Rng } from '../domain/random';
import { shuffle } from '../domain/random';

export const FIRST_NAMES: readonly string[] = (
  'Aisha Anwen Bethan Bilal Callum Catriona Dafydd Declan Dervla Eamon Efua Farah Fiona Gareth ' +
  'Gethin Hamza Harriet Imran Ines Jasmin Jolene Kieran Kofi Leanne Lowri Mairead Marek Niamh ' +
  'Nkechi Oksana Orla Priya Rhys Saira Tomasz Uzma Wiktoria Yusuf Zainab Zara'
).split(' ');

export const SURNAMES: readonly string[] = (
  'Abernethy Ashworth Bakshi Brennan Cartwright Chaudhry Delahunty Dunleavy Ekwueme Entwistle ' +
  'Fairbairn Fothergill Gallagher Greenhalgh Hargreaves Haworth Ibbotson Iqbal Jablonski ' +
  'Kavanagh Kowalczyk Lindqvist Lomax Mahmood McAllister Nuttall Nwosu Okonkwo Openshaw ' +
  'Pemberton Pilkington Quayle Rahman Szymanski Thistlethwaite Umerah Vasquez Whitcombe ' +
  'Yardley Zielinski'
).split(' ');

/** `count` distinct display names, in a seeded order. */
export const staffNames = (rng: Rng, count: number): string[] => {
  const all = FIRST_NAMES.flatMap((first) => SURNAMES.map((last) => `${first} ${last}`));
  if (count > all.length) throw new Error(`Only ${String(all.length)} distinct names available`);
  return shuffle(all, rng).slice(0, count);
};
