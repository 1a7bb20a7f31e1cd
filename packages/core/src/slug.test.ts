import { describe, expect, it } from 'vitest';
import { slug } from './slug.ts';

describe('slug', () => {
  it.each([
    ['TP Mazembe', 'tp-mazembe'],
    ['Al-Hilal Al-Ubayyid', 'al-hilal-al-ubayyid'],
    ['Atlético Goianiense', 'atletico-goianiense'],
    ["European Cup Winners' Cup", 'european-cup-winners-cup'],
    ['  UEFA Cup  ', 'uefa-cup'],
    ['Quarter-finals', 'quarter-finals'],
    ['—', ''],
  ])('makes %j the id %j', (name, id) => {
    expect(slug(name)).toBe(id);
  });
  it('reads at most 200 characters of a name', () => {
    expect(slug('a'.repeat(10_000))).toHaveLength(200);
  });
});
