/**
 * A name as an id: lower-case letters, digits and single dashes, accents dropped (`NFKD`), at most
 * the first 200 characters of the name read (ids stay short, the cost stays bounded). Every id made
 * from a name (teams, rounds, competitions, the era registry's names) is made by this one function.
 *
 * @example slug('Atlético Goianiense') // 'atletico-goianiense'
 * @example slug("European Cup Winners' Cup") // 'european-cup-winners-cup'
 */
export function slug(name: string): string {
  return name
    .slice(0, 200)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
