import type { Localized } from '../i18n/localized';

/**
 * A scoring result whose explanation is written on first read and then kept: bulk scoring (a province
 * re-scored) never reads it. `explanation` reads and writes like a plain field; `toJSON` of each result
 * class includes it, so JSON is what it always was.
 */
export abstract class Explained {
  #explanation: Localized | undefined;

  /** Writes the sentence; called at most once. */
  protected abstract explain(): Localized;

  get explanation(): Localized {
    if (this.#explanation === undefined) this.#explanation = this.explain();
    return this.#explanation;
  }

  set explanation(value: Localized) {
    this.#explanation = value;
  }
}
