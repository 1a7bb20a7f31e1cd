import { describe, expect, it } from 'vitest';
import { createTeamRegistry, teamKey } from './team-registry.ts';

describe('createTeamRegistry', () => {
  it('reads another spelling of a known team as that team, and says so', () => {
    const r = createTeamRegistry();
    const first = r.resolve('Al-Hilal (KSA)');
    expect(first.created).toBe(true);
    expect(r.resolve('Al Hilal')).toEqual({
      id: first.id,
      created: false,
      alias: { registered: 'Al-Hilal', written: 'Al Hilal' },
    });
    expect(r.resolve('Atlético Madrid').id).toBe(r.resolve('Atletico Madrid').id);
    expect(r.resolve('Bayern München (GER)').id).toBe(r.resolve('Bayern Munchen').id);
    expect(r.teams().map((t) => [t.name, t.country])).toEqual([
      ['Al-Hilal', 'KSA'],
      ['Atlético Madrid', 'XXX'],
      ['Bayern München', 'GER'],
    ]);
  });

  it('keeps two different teams apart even when their ids would clash', () => {
    const r = createTeamRegistry();
    const a = r.resolve('Nacional (URU)').id;
    const b = r.resolve('Nacional-');
    expect(b.id).toBe(a);
    const c = r.resolve('Nacional Potosí (BOL)');
    expect(c.id).not.toBe(a);
    expect(r.find('nacional potosi')).toBe(c.id);
    expect(r.find('Peñarol')).toBeUndefined();
  });

  it('keeps clubs of one name from different countries apart', () => {
    // openfootball/south-america copa-libertadores/2015_copas.txt, lines 33 and 37 (Copa Sudamericana 2015).
    const r = createTeamRegistry();
    const ecu = r.resolve('Universidad Catolica (ECU)').id;
    const chi = r.resolve('Universidad Católica (CHI)');
    expect(chi.created).toBe(true);
    expect(chi.id).not.toBe(ecu);
    expect(r.resolve('Universidad Católica (ECU)')).toMatchObject({ id: ecu, created: false });
  });

  it('gives one key to spellings that differ in accents, case, hyphens and a country suffix', () => {
    expect(teamKey('Saint-Étienne (FRA)')).toBe(teamKey('saint etienne'));
    expect(teamKey('Al-Ahly')).toBe(teamKey('Al Ahly'));
    expect(teamKey('Al-Ahly')).not.toBe(teamKey('Al Ahly Tripoli'));
  });
});
