/**
 * Brings the shown form in line with a new rendering by changing only what differs: text that changed, attributes
 * (a cell's marks) that changed, nodes added or gone. Unchanged cells stay the same DOM nodes, so the page keeps its
 * layout, scroll position and selection, and the browser lays out only what moved. Nodes are matched by position
 * and kind (a row added in the middle changes what follows it, which is then updated in place).
 */

/** Same kind of node: both text, both comments, or elements of the same tag. */
function sameKind(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  return a.nodeType !== Node.ELEMENT_NODE || (a as Element).tagName === (b as Element).tagName;
}

function patchAttributes(target: Element, source: Element): void {
  for (const name of target.getAttributeNames()) if (!source.hasAttribute(name)) target.removeAttribute(name);
  for (const name of source.getAttributeNames()) {
    const value = source.getAttribute(name) ?? '';
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
}

/** Makes `target`'s children equal to `source`'s, taking nodes out of `source` where new ones are needed. */
export function patchChildren(target: Node, source: Node): void {
  const before = Array.from(target.childNodes);
  const after = Array.from(source.childNodes);
  after.forEach((fresh, i) => {
    const old = before[i];
    if (!old) target.appendChild(fresh);
    else if (!sameKind(old, fresh)) target.replaceChild(fresh, old);
    else if (old.nodeType === Node.ELEMENT_NODE) {
      patchAttributes(old as Element, fresh as Element);
      patchChildren(old, fresh);
    } else if (old.nodeValue !== fresh.nodeValue) old.nodeValue = fresh.nodeValue;
  });
  for (const old of before.slice(after.length)) target.removeChild(old);
}
