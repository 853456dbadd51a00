/** Font subsetting of the CFF (CJK) faces, as pdfkit embeds them through fontkit. */

interface CffSubsetInternals {
  cff?: { stream: { pos: number; readBuffer(length: number): Uint8Array } };
  subsetSubrs?: (subrs: ArrayLike<{ offset: number; length: number }>, used: object) => unknown[];
}

// CFF "return": what fontkit writes in place of every subroutine a subset does not use.
const RETURN_ONLY = new Uint8Array([11]);

/**
 * fontkit's CFF subset (the CJK faces) writes a one-byte stub for every subroutine the document
 * does not use, allocating a new array for each: tens of thousands per face and document, about
 * 7 % of what a report allocates. The same bytes come from one shared, never-mutated stub.
 */
export function shareSubroutineStubs(subset: object): void {
  const internals = subset as CffSubsetInternals;
  if (!internals.cff) return; // TrueType subsets have no subroutines
  if (typeof internals.subsetSubrs !== 'function') {
    throw new Error('fontkit CFFSubset.subsetSubrs changed: re-check cff-subset.ts');
  }
  internals.subsetSubrs = (subrs, used) => {
    const cff = internals.cff!;
    const out: Uint8Array[] = [];
    for (let i = 0; i < subrs.length; i += 1) {
      const subr = subrs[i]!;
      if ((used as Record<number, boolean>)[i]) {
        cff.stream.pos = subr.offset;
        out.push(cff.stream.readBuffer(subr.length));
      } else out.push(RETURN_ONLY);
    }
    return out;
  };
}
