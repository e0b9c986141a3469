import unorm from 'unorm';

type Normalizer = (text: string) => string;

// Some embedded engines ship `String.prototype.normalize` without data (it returns its input),
// so the native one is used only when it composes and decomposes a Vietnamese letter correctly.
function nativeNormalizeWorks(): boolean {
  try {
    return (
      'e\u0302\u0323'.normalize('NFC') === '\u1EC7' && '\u1EC7'.normalize('NFD') === 'e\u0323\u0302'
    );
  } catch {
    return false;
  }
}

const useNative = nativeNormalizeWorks();

/** Unicode NFC of `text`, with the `unorm` fallback where the platform's is missing or broken. */
export const toNfc: Normalizer = useNative ? (text) => text.normalize('NFC') : (text) => unorm.nfc(text);

/** Unicode NFD of `text`, with the `unorm` fallback where the platform's is missing or broken. */
export const toNfd: Normalizer = useNative ? (text) => text.normalize('NFD') : (text) => unorm.nfd(text);

/** Whether the platform's own `String.prototype.normalize` is used (false: the `unorm` fallback). */
export const usesNativeNormalize = useNative;
