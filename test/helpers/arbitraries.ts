// fast-check arbitraries of Vietnamese text, of the spans the library must protect, and of the
// Unicode damage and noise it must survive.
import fc from 'fast-check';
import { skeletonOf } from '../../src/orthography/letters.js';
import { slideTone } from './corruptions.js';
import { readRuleSyllables } from './fixtures.js';

const SYLLABLES = readRuleSyllables();
// The inventory is sorted by frequency: text made mostly of common syllables reads like text.
const COMMON_SYLLABLES = SYLLABLES.slice(0, 3000);

/** A standard Vietnamese syllable in lower case, mostly a common one. */
export const syllable: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...COMMON_SYLLABLES) },
  { weight: 1, arbitrary: fc.constantFrom(...SYLLABLES) },
);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A syllable in lower case, capitalised or upper case. */
export const casedSyllable: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: syllable },
  { weight: 3, arbitrary: syllable.map(capitalize) },
  { weight: 1, arbitrary: syllable.map((word) => word.toUpperCase()) },
);

/** Punctuation written after a word (`,`, `…`) or around one (`(`, `“`). */
export const trailingPunctuation = fc.constantFrom(',', '.', ';', ':', '!', '?', '…', '...', ')', '”', '"');
const leadingPunctuation = fc.constantFrom('(', '“', '"', '– ', '- ');

/** A number as Vietnamese news writes them: `10.900`, `4/2019`, `1,5`, `15:30`, `2019-2020`, `69`. */
export const number: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 99_999 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a}.${String(b).padStart(3, '0')}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 })).map(([m, y]) => `${m}/${y}`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 })).map(
    ([d, m, y]) => `${d}/${m}/${y}`,
  ),
  fc.tuple(fc.nat({ max: 99 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a},${b}`),
  fc.tuple(fc.nat({ max: 23 }), fc.nat({ max: 59 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
  fc.integer({ min: 1990, max: 2029 }).map((y) => `${y}-${y + 1}`),
);

const asciiLabel = fc.stringMatching(/^[a-z][a-z0-9]{1,11}$/);
const slug = fc.array(syllable.map(skeletonOf), { minLength: 1, maxLength: 8 }).map((words) => words.join('-'));

/** A web address: `http(s)://host.tld/slug-with-hyphens-2019081307458787p12c16.htm` and shorter forms. */
export const url: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('http://', 'https://'),
      fc.array(asciiLabel, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('vn', 'com', 'com.vn', 'org.vn', 'gov.vn', 'net'),
      slug,
      fc.nat({ max: 2 ** 31 }),
      fc.constantFrom('.htm', '.html', '/', ''),
    )
    .map(([scheme, labels, tld, path, id, ext]) => `${scheme}${labels.join('.')}.${tld}/${path}-${id}p12c16${ext}`),
  fc.tuple(asciiLabel, fc.constantFrom('vn', 'com', 'com.vn')).map(([host, tld]) => `www.${host}.${tld}`),
  fc.tuple(asciiLabel, fc.constantFrom('vn', 'com', 'gov.vn')).map(([host, tld]) => `${host}.${tld}`),
);

/** An e-mail address. */
export const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._]{0,10}[a-z0-9]$/), asciiLabel, fc.constantFrom('vn', 'com', 'com.vn'))
  .map(([user, host, tld]) => `${user}@${host}.${tld}`);

/** An @mention or a #hashtag, whose letters may be Vietnamese in any tone style (`#Hoà`). */
export const handle = fc
  .tuple(fc.constantFrom('@', '#'), fc.array(casedSyllable, { minLength: 1, maxLength: 3 }))
  .map(([sign, words]) => sign + words.map(capitalize).join(''));

/** A code such as `RON95`, `220KV`, `H5N1`, `4G`, `38B`, `1A`, `COVID-19`. */
export const code: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('RON95', '220KV', 'H5N1', '4G', '38B', '1A', 'COVID-19', 'A320', 'F1', 'U23', 'QR5'),
  fc.tuple(fc.stringMatching(/^[A-Z]{1,4}$/), fc.integer({ min: 1, max: 999 })).map(([letters, n]) => `${letters}${n}`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.stringMatching(/^[A-Z]{1,3}$/)).map(([n, letters]) => `${n}${letters}`),
);

/** An upper-case acronym that is not a syllable: `UBND`, `HĐND`, `MTTQ`. */
export const acronym = fc.constantFrom('UBND', 'HĐND', 'MTTQ', 'TP', 'QĐ', 'BCH', 'THPT', 'ĐBSCL', 'CNTT', 'GDP');

/** Inline code between backticks. */
export const inlineCode = fc.stringMatching(/^[a-z_]{1,8}\(\)$/).map((text) => `\`${text}\``);

/** A file path. */
export const path = fc.array(asciiLabel, { minLength: 2, maxLength: 4 }).map((parts) => `/${parts.join('/')}`);

/** A file name without a folder, whose words may be glued, bare or damaged: `Ha_Noi.xls`, `baocao.PDF`. */
export const fileName = fc
  .tuple(fc.array(casedSyllable, { minLength: 1, maxLength: 3 }), fc.constantFrom('_', '-', ''), fc.constantFrom('pdf', 'docx', 'xlsx', 'JPG', 'mp3', 'txt'))
  .map(([words, joint, extension]) => `${words.join(joint)}.${extension}`);

/** An identifier of words joined by underscores: `so_luong`, `Hà_Nội`. */
export const identifier = fc.array(casedSyllable, { minLength: 2, maxLength: 4 }).map((words) => words.join('_'));

/** Any span that the library must leave byte for byte as it is. */
export const protectedSpan: fc.Arbitrary<string> = fc.oneof(url, email, handle, number, code, acronym, inlineCode, path, fileName, identifier);

/** One piece of running text: a word with its punctuation, or a protected span. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: casedSyllable },
  { weight: 3, arbitrary: fc.tuple(casedSyllable, trailingPunctuation).map(([word, mark]) => word + mark) },
  { weight: 1, arbitrary: fc.tuple(leadingPunctuation, casedSyllable).map(([mark, word]) => mark + word) },
  { weight: 1, arbitrary: fc.tuple(syllable, syllable).map(([a, b]) => `${a}-${b}`) },
  { weight: 2, arbitrary: protectedSpan },
);

/** Vietnamese-like text: words, punctuation and protected spans, separated by spaces and line breaks. */
export const vietnameseText: fc.Arbitrary<string> = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', ' ', ' ', ' ', ' ', ' ', '\n', '\n\n')), { maxLength: 40 })
  .map((pairs) => pairs.map(([text, gap]) => text + gap).join('').trimEnd());

/** Text and the protected spans written into it (each separated from its neighbours by a space). */
export const textWithProtectedSpans: fc.Arbitrary<{ text: string; spans: string[] }> = fc
  .array(fc.oneof({ weight: 3, arbitrary: piece.map((text) => ({ text, isProtected: false })) }, { weight: 1, arbitrary: protectedSpan.map((text) => ({ text, isProtected: true })) }), {
    maxLength: 30,
  })
  .map((pieces) => ({
    text: pieces.map((p) => p.text).join(' '),
    spans: pieces.filter((p) => p.isProtected).map((p) => p.text),
  }));

/** A combining mark: Vietnamese tone and modifier marks most often, any other now and then. */
export const combiningMark: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031B', '\u0340', '\u0341') },
  { weight: 1, arbitrary: fc.integer({ min: 0x0300, max: 0x036f }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x1ab0, max: 0x1aff }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.constantFrom('\u0344', '\u0F73', '\u0E48', '\u093C', '\u3099', '\u20DD') },
);

/** An invisible character that damaged text carries: ZWSP, soft hyphen, BOM, joiners, bidi marks. */
export const invisible = fc.constantFrom('\u200B', '\u00AD', '\uFEFF', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u202A', '\u202C', '\u2066', '\u180E');

/** A space character other than U+0020: NBSP, en/em/thin spaces, ideographic space, tab. */
export const oddSpace = fc.constantFrom('\u00A0', '\u2002', '\u2003', '\u2009', '\u202F', '\u3000', '\t', '\u1680');

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const controlChar = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const vietnameseLetter = syllable.chain((word) => fc.constantFrom(...word));

/** One unit of hostile text: any code point or code unit, with what breaks tokenizers made likely. */
const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: anyCodeUnit },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: controlChar },
  { weight: 3, arbitrary: combiningMark },
  { weight: 2, arbitrary: invisible },
  { weight: 2, arbitrary: oddSpace },
  { weight: 4, arbitrary: vietnameseLetter },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '\r\n', '.', ',', '@', '#', '/', ':', '-', '`', '\\', '1', 'Ð', 'ð', 'http://', 'www.', '.vn', '.com') },
  { weight: 3, arbitrary: casedSyllable },
  { weight: 1, arbitrary: protectedSpan },
);

/** Any string, weighted towards the characters that break text tools. */
export const hostileText: fc.Arbitrary<string> = fc.string({ unit: hostileUnit, maxLength: 40 });

/** A base letter followed by a storm of combining marks. */
export const combiningStorm = fc
  .tuple(fc.oneof(vietnameseLetter, fc.constantFrom('.', ' ', '@', '1', '\n')), fc.array(combiningMark, { minLength: 2, maxLength: 120 }))
  .map(([base, marks]) => base + marks.join(''));

/** A syllable with its tone mark slid onto another vowel (`cuả`), or as it was when it cannot slide. */
export const slidSyllable: fc.Arbitrary<string> = casedSyllable.chain((word) => {
  const variants = slideTone(word);
  return variants.length > 0 ? fc.constantFrom(...variants) : fc.constant(word);
});

/** Vietnamese text with NFD words, slid tones, invisibles and odd spaces mixed in. */
export const damagedVietnameseText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: vietnameseText }, { weight: 2, arbitrary: slidSyllable }, hostileUnit, combiningStorm), { maxLength: 6 })
  .chain((parts) => fc.array(fc.boolean(), { minLength: parts.length, maxLength: parts.length }).map((nfd) => parts.map((part, i) => (nfd[i] ? part.normalize('NFD') : part)).join('')));

/**
 * Pieces at the edges of what the quick readers of plain text accept: the starts of addresses,
 * schemes, paths, e-mails and codes; separators inside numbers; Windows-1252 punctuation that is also a
 * UTF-8 continuation byte and capitals that lead a two-byte sequence; marks, spaces and format
 * characters past the Latin letters; runs of spaces and every kind of line break.
 */
export const edgePiece: fc.Arbitrary<string> = fc.constantFrom(
  ...'ÃĂÈÉÌÍÂÊÔƠƯĐCQRaàáâãèéêìíòóôõùúýăđơư…“”‘’–—-_%+@#~/\\`&*<>|=[].,:;!?()"\'0123456789 \n\r\t'.split(''),
  '  ',
  '\r\n',
  '\u00A0',
  '\u3000',
  '\u2028',
  '\u0301',
  '\u0323',
  '\u061C',
  '\u20DD',
  'ǅ',
  'ª',
  '😀',
  '\uD800',
  'Ã¡',
  'á»‡',
  'Ä‘',
  'www',
  'www.',
  'http',
  'https',
  'ftp',
  '://',
  '. ',
  ': ',
  '.com',
  '.vn',
  '-2',
  '.5',
  'TP.HCM',
  ' /a/b',
  './',
  '~/',
  '-.vn',
  '.pdf',
  '.JPG',
  '.mp3',
  'a_b',
  '__',
);
