/**
 * Makes the word counter. Self-contained (it names nothing outside itself), so that the validation
 * code kept as text (create-ajv.ts, scripts/engine/) carries its source and runs on any thread.
 *
 * Words of a text, as a reader counts them: runs between white space count one word each; a run in a
 * script written without spaces (Chinese, Japanese, Thai, ...) counts each word Unicode word
 * segmentation finds in it (Intl.Segmenter, with ICU's dictionaries); and any run counts at least one
 * word per 30 characters, so that a long text without spaces (Korean written without them, a pasted
 * blob) is never "one word".
 */
export function makeWordCounter(): (text: string) => number {
  // Scripts written without spaces between words: their words are found by segmentation, not by spaces.
  const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
  // No word runs longer than this many characters: a longer run without a space counts one word per this many.
  const LONGEST_WORD = 30;
  // Made on first need: building it loads ICU's word data (~10 ms), and most texts have spaces.
  let segmenter: Intl.Segmenter | undefined;
  return (text: string): number => {
    let words = 0;
    for (const run of text.split(/\s+/u)) {
      if (run === '') continue;
      let inRun = 1;
      if (NO_SPACES.test(run)) {
        inRun = 0;
        segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
        for (const s of segmenter.segment(run)) if (s.isWordLike) inRun++;
      }
      words += Math.max(inRun, Math.ceil([...run].length / LONGEST_WORD));
    }
    return words;
  };
}

export const countWords = makeWordCounter();
