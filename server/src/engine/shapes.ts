/**
 * Hidden classes kept alive between documents.
 *
 * V8 gives an object a hidden class (a "map") and compiles hot functions against the maps they have met. A class
 * instance's map is reached from its class only through weak links: while an instance lives, so does the map; when
 * a full garbage collection finds none, it frees the map and throws away every optimized function compiled against
 * it ("marking dependent code for deoptimization, reason: weak objects" in `node --trace-deopt`). Objects made per
 * document (the XML scanner, the structure check, a text's line index) die with their document, so in a batch or
 * an editor every full collection falls between two of them: the reader, the checker and everything inlined into
 * them went back to the interpreter and were compiled again, about 2,600 compilations over 50,000 filings, a
 * quarter of the CPU time (docs/performance.md, "Shapes that die between documents").
 *
 * An exemplar, one instance of the class made on first use from a tiny input and kept for the life of the process,
 * holds the maps. Made from use, not just constructed, because fields that start `undefined` and are set later move
 * the instance to a further map, which the exemplar must hold too.
 */
const exemplars: unknown[] = [];

/** Returns a function that, the first time it is called, makes `exemplar(...args)` and keeps it for good. */
export function keepShapesOf<Args extends unknown[]>(exemplar: (...args: Args) => unknown): (...args: Args) => void {
  let kept = false;
  return (...args) => {
    if (kept) return;
    kept = true;
    exemplars.push(exemplar(...args));
  };
}
