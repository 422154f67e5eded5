/**
 * The union of several complex types, by element name: what a YAML draft is read against before its form is known
 * (./draftShape.ts). The first type gives the order and the groups; each child another type declares that the first
 * does not is added to the first's outermost group (as one more alternative when that group is a choice, a table);
 * a child both declare has the union of the two types. The result answers the draft's questions (which elements fold
 * into scalars, repeat, take footnote references) as the most permissive of the forms does; it validates nothing.
 */
import { elementParticles, type ComplexType, type ElementParticle, type GroupParticle, type Particle, type TypeDef } from './schema';

export function unionOfTypes(types: readonly ComplexType[]): ComplexType {
  return types.reduce(unionOfTwo);
}

function unionOfTwo(a: ComplexType, b: ComplexType): ComplexType {
  if (a === b) return a;
  if (!b.content) return a;
  if (!a.content) return { ...a, content: b.content };
  const extra = elementParticles(b.content).filter((p) => !declares(a.content, p.name));
  const content = unionGroup(a.content, b.content);
  return { ...a, content: extra.length ? { ...content, particles: [...content.particles, ...extra] } : content };
}

function unionGroup(group: GroupParticle, other: GroupParticle): GroupParticle {
  return { ...group, particles: group.particles.map((p) => unionParticle(p, other)) };
}

function unionParticle(particle: Particle, other: GroupParticle): Particle {
  if (particle.kind !== 'element') return unionGroup(particle, other);
  const counterpart = elementParticles(other).find((p) => p.name === particle.name);
  return counterpart ? { ...particle, type: unionOfTypeDefs(particle.type, counterpart.type) } : particle;
}

function unionOfTypeDefs(a: TypeDef, b: TypeDef): TypeDef {
  return a.kind === 'complex' && b.kind === 'complex' ? unionOfTwo(a, b) : a;
}

function declares(group: GroupParticle | undefined, name: string): boolean {
  return elementParticles(group).some((p: ElementParticle) => p.name === name);
}
