/** A buffer kept between calls for as long as the garbage collector lets it live. */
export interface SpareBuffer<B extends ArrayBufferLike> {
  /** The spare buffer if it has at least `bytes` bytes (it is then no longer spare), else a new one. */
  take(bytes: number): B;
  /** Keep a buffer, whose contents are no longer needed, for the next take. */
  give(buffer: B): void;
}

/**
 * One spare buffer, held weakly, for work space that every call overwrites in full (simulate's samples: 140 MB
 * for 1,000 draws of Rotterdam). Writing to fresh memory costs a page fault per 4 kB page, which on a virtual
 * machine took about a seventh of the draws' CPU time; a second call on the spare skips that. A buffer
 * is taken out while it is in use, so calls that overlap (or run inside another's callback) never share one.
 * @param create makes a buffer of a number of bytes
 * @returns take and give
 * @example
 * const spare = spareBuffer((bytes) => new ArrayBuffer(bytes));
 * const buffer = spare.take(4 * n); // fresh the first time, the spare after a give
 * spare.give(buffer);
 */
export function spareBuffer<B extends ArrayBufferLike>(create: (bytes: number) => B): SpareBuffer<B> {
  let spare: WeakRef<B> | undefined;
  return {
    take(bytes) {
      const buffer = spare?.deref();
      spare = undefined;
      return buffer !== undefined && buffer.byteLength >= bytes ? buffer : create(bytes);
    },
    give(buffer) {
      spare = new WeakRef(buffer);
    },
  };
}
