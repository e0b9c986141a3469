// The text the evaluation runs on: held-out news and the hand-checked reference sentences.
import { NEWS_SOURCES, cleanReferenceSentences, documentsOf, isHeldOut } from './corpus.js';
import { sentencesOf } from './eval-sentences.js';

/** Held-out news, as lines of sentences. */
export interface HeldOutNews {
  /** How many held-out documents were read. */
  documents: number;
  /** How many documents were read in all (held out or not). */
  documentsSeen: number;
  /** Every line of every held-out document, as its sentences, in corpus order. */
  lines: string[][];
}

/**
 * Reads the held-out news documents of every news source (the split of `isHeldOut`).
 * @param corpusDir The corpus folder.
 */
export async function loadHeldOutNews(corpusDir: string): Promise<HeldOutNews> {
  const lines: string[][] = [];
  let documents = 0;
  let documentsSeen = 0;
  for (const source of NEWS_SOURCES) {
    for await (const document of documentsOf(corpusDir, source)) {
      documentsSeen++;
      if (!isHeldOut(document)) continue;
      documents++;
      lines.push(...sentencesOf(document));
    }
  }
  return { documents, documentsSeen, lines };
}

/**
 * Reads every hand-checked reference sentence, in file order.
 * @param corpusDir The corpus folder.
 */
export async function loadReferenceSentences(corpusDir: string): Promise<string[]> {
  const sentences: string[] = [];
  for await (const sentence of cleanReferenceSentences(corpusDir)) sentences.push(sentence);
  return sentences;
}
