/**
 * XML namespaces, as far as validation needs them. The readers keep names as written ("xsi:nil", "a:issuer"), so the
 * checker resolves prefixes itself. EDGAR's schema has no target namespace: its elements and attributes match only
 * when they are in no namespace, so `xmlns="urn:x"` on the root makes every element unknown, exactly as in libxml2.
 */
import type { AttributeNode } from '../tree/node';

export const xsiNamespace = 'http://www.w3.org/2001/XMLSchema-instance';
export const xsdNamespace = 'http://www.w3.org/2001/XMLSchema';
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

/** The prefix bindings in force at an element. The default namespace has the prefix ''; '' as a URI means none. */
export class NamespaceScope {
  private constructor(private readonly bindings: ReadonlyMap<string, string>) {}

  static readonly initial = new NamespaceScope(new Map([['xml', xmlNamespace]]));

  /** The scope inside an element: its own xmlns attributes added. Returns this scope when it declares none. */
  enter(attributes: readonly AttributeNode[]): NamespaceScope {
    let bindings: Map<string, string> | undefined;
    for (const attribute of attributes) {
      const prefix = declaredPrefix(attribute.name);
      if (prefix === undefined) continue;
      bindings ??= new Map(this.bindings);
      bindings.set(prefix, attribute.value.value);
    }
    return bindings ? new NamespaceScope(bindings) : this;
  }

  /** The namespace URI bound to a prefix ('' for the default namespace); undefined when the prefix is not declared. */
  lookup(prefix: string): string | undefined {
    const uri = this.bindings.get(prefix);
    if (prefix === '') return uri ?? '';
    return uri === '' ? undefined : uri;
  }
}

/** The prefix an `xmlns` / `xmlns:p` attribute declares ('' for the default namespace), or undefined for others. */
export function declaredPrefix(attributeName: string): string | undefined {
  if (attributeName === 'xmlns') return '';
  return attributeName.startsWith('xmlns:') ? attributeName.slice(6) : undefined;
}

export interface QualifiedName {
  readonly prefix: string;
  readonly localName: string;
}

export function splitName(name: string): QualifiedName {
  const colon = name.indexOf(':');
  return colon < 0 ? { prefix: '', localName: name } : { prefix: name.slice(0, colon), localName: name.slice(colon + 1) };
}
