// Code point assignments of the Vietnamese single-byte character sets, bytes 0x80–0xFF in order (U+FFFD:
// byte not assigned). Sources, each a published standard or vendor table:
// - VISCII: VISCII 1.1, Viet-Std group 1992, as published in RFC 1456 (1993). Six capitals also sit in
//   C0 positions (VISCII_C0).
// - TCVN3: TCVN 5712:1993, set VN1. VN3, the set of the ABC (.Vn) fonts, is its subset: the lower-case
//   letters and Ă Â Ê Ô Ơ Ư Đ at 0xA1–0xFE; VN1 adds the toned capitals at 0x80–0x9F, in free places of
//   0xA1–0xFF and in C0 positions (TCVN3_C0), and combining tone marks at 0xB0–0xB4.
// - Windows-1258: Microsoft code page 1258 (Vietnamese), which writes most tones as combining marks.
// - VPS: the code page of the VPS fonts. No standard defines it; the table is the one these published
//   tables agree on, compared byte by byte: GNU recode (src/vn.c), Mozilla's converter table
//   (intl/uconv/ucvlatin/vps.ut), the ascension editor (src/encodings/vietnamese.cpp), UniKey's VnConv
//   (data.cpp) and VBKey (Modules/mdlCodeTable.bas). Where they differ:
//   - recode leaves 0x99 unassigned, and so has no Ỗ; the four others put Ỗ there. Taken: Ỗ.
//   - recode also leaves 0x91, 0x92, 0xA0, 0xDF, 0xE7, 0xEE, 0xF6 and 0xFC unassigned, where Mozilla and
//     ascension have ‘ ’, no-break space, ß ç î ö ü (UniKey also keeps ‘ ’ at 0x91 and 0x92). Taken: those.
//   - UniKey and VBKey map letters only, and write the 14 capitals that VPS keeps in C0 positions with the
//     byte of the lower-case letter; recode, Mozilla and ascension agree on those positions (VPS_C0),
//     none of which is TAB, LF, CR or another control that text needs.
// - Windows-1252: Microsoft code page 1252 (Western), only 0x80–0x9F (the rest is Latin-1).
// Checked against the character maps of the GNU C library (VISCII, TCVN5712-1, CP1258).

/** VISCII 1.1 (RFC 1456), bytes 0x80–0xFF. */
export const VISCII_HIGH = [
  'ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ',
  'ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ',
  'Õắằặấầẩậẽẹếềểễệố',
  'ồổỗỠƠộờởịỰỨỪỬơớƯ',
  'ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ',
  'ĐứÒÓÔạỷừửÙÚỹỵÝỡư',
  'àáâãảăữẫèéêẻìíĩỉ',
  'đựòóôõỏọụùúũủýợỮ',
].join('');

/** VISCII capitals placed in C0 control positions. */
export const VISCII_C0: Readonly<Record<number, string>> = { 0x02: 'Ẳ', 0x05: 'Ẵ', 0x06: 'Ẫ', 0x14: 'Ỷ', 0x19: 'Ỹ', 0x1e: 'Ỵ' };

/** TCVN 5712:1993 VN1 (TCVN3/ABC is its subset), bytes 0x80–0xFF. */
export const TCVN3_HIGH = [
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ',
  'ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ',
  '\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ',
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ',
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ',
  'éẹềểễếệìỉỄẾỒĩíịò',
  'Ổỏõóọồổỗốộờởỡớợù',
  'ỖủũúụừửữứựỳỷỹýỵỐ',
].join('');

/** TCVN 5712:1993 VN1 capitals placed in C0 control positions. */
export const TCVN3_C0: Readonly<Record<number, string>> = {
  0x01: 'Ú',
  0x02: 'Ụ',
  0x04: 'Ừ',
  0x05: 'Ử',
  0x06: 'Ữ',
  0x11: 'Ứ',
  0x12: 'Ự',
  0x13: 'Ỳ',
  0x14: 'Ỷ',
  0x15: 'Ỹ',
  0x16: 'Ý',
  0x17: 'Ỵ',
};

/** VPS, bytes 0x80–0xFF. */
export const VPS_HIGH = [
  'ÀẢÃẤẦẨọỗĂếềểệẮẰẲ',
  'Ế‘’ỀỂỄỐỒỔỖýỷỵỚỜỞ',
  '\u00A0ắằẳẵặỠớÙờởỡŨỨợỪ',
  'ổỬỲỸÍÌộỈĨÓửữÒỎÕự',
  'ầÁÂấẩẫậđẻÉÊẹỉễịỹ',
  'ƯỦồốÔỏơÈừứÚũưÝẺß',
  'àáâãảạăçèéêẽìíîĩ',
  'ẴĐòóôõöƠụùúủüỶẼỳ',
].join('');

/** VPS capitals placed in C0 control positions. */
export const VPS_C0: Readonly<Record<number, string>> = {
  0x02: 'Ạ',
  0x03: 'Ậ',
  0x04: 'Ặ',
  0x05: 'Ẹ',
  0x06: 'Ệ',
  0x10: 'Ị',
  0x11: 'Ọ',
  0x12: 'Ộ',
  0x13: 'Ợ',
  0x14: 'Ụ',
  0x15: 'Ự',
  0x19: 'Ỵ',
  0x1c: 'Ẫ',
  0x1d: 'Ữ',
};

/** Windows-1258, bytes 0x80–0xFF. */
export const CP1258_HIGH = [
  '€\uFFFD‚ƒ„…†‡ˆ‰\uFFFD‹Œ\uFFFD\uFFFD\uFFFD',
  '\uFFFD‘’“”•–—˜™\uFFFD›œ\uFFFD\uFFFDŸ',
  '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯',
  '°±²³´µ¶·¸¹º»¼½¾¿',
  'ÀÁÂĂÄÅÆÇÈÉÊË\u0300ÍÎÏ',
  'ĐÑ\u0309ÓÔƠÖ×ØÙÚÛÜƯ\u0303ß',
  'àáâăäåæçèéêë\u0301íîï',
  'đñ\u0323óôơö÷øùúûüư₫ÿ',
].join('');

/** Windows-1252, bytes 0x80–0x9F (0xA0–0xFF are Latin-1). */
export const CP1252_C1 = [
  '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD',
  '\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ',
].join('');
