// Vietnamese spelling facts: which rimes (medial + nucleus + coda, as written, without tone) each
// onset can take. Checked exhaustively against the syllable inventory in test/unit/syllable.test.ts.

/** Rimes that follow any ordinary onset (b, ch, d, đ, h, kh, l, m, n, nh, p, ph, r, s, t, th, tr, v, x). */
export const GENERAL_RIMES: readonly string[] = (
  'a ac ach ai am an ang anh ao ap at au ay ' +
  'ăc ăm ăn ăng ăp ăt ' +
  'âc âm ân âng âp ât âu ây ' +
  'e ec em en eng eo ep et ' +
  'ê êch êm ên ênh êp êt êu ' +
  'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu ' +
  'o oc oi om on ong op ot ooc oong ' +
  'oa oac oach oai oam oan oang oanh oao oap oat oay ' +
  'oăc oăm oăn oăng oăt ' +
  'oe oen oeo oet ' +
  'ô ôc ôi ôm ôn ông ôp ôt ' +
  'ơ ơi ơm ơn ơp ơt ' +
  'u ua uc ui um un ung up ut ' +
  'uân uâng uât uây uê uêch uênh uơ ' +
  'uôc uôi uôm uôn uông uôt ' +
  'uy uya uych uyn uynh uyp uyt uyu uyên uyêt ' +
  'ư ưa ưc ưi ưm ưn ưng ưt ưu ' +
  'ươc ươi ươm ươn ương ươp ươt ươu ' +
  'y'
).split(' ');

/** Rimes written with a leading `y` that only stand without an onset (yên, yêu). */
export const ONSETLESS_Y_RIMES: readonly string[] = ['yêm', 'yên', 'yêng', 'yêt', 'yêu'];

/** Rimes after `qu` (its `u` is the medial, so only these remain). */
export const QU_RIMES: readonly string[] = (
  'a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt ân âng ât ây ' +
  'e en eo et ê êch ên ênh êt êu i it y ya ych yn ynh yt yu yên yêt ôc ơ'
).split(' ');

/** Whether a rime starts with a front vowel (e, ê, i, y): decides c/k, g/gh and ng/ngh. */
export function isFrontRime(rime: string): boolean {
  return /^[eêiy]/.test(rime);
}
