import { type Decider, hasExtraTime, penaltiesAfterPlayoff, type TieRules } from '../rules/tie-rules.ts';

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
];

/** Small numbers as words (`8` → `eight`), larger ones as digits, as an article writes them. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

function clause(d: Decider, rules: TieRules): string | undefined {
  switch (d.kind) {
    case 'aggregate':
      // First in the chain it is the tie itself; after points it is the goal difference.
      return rules.deciders[0] === d ? undefined : 'the goal difference over the two legs would be used';
    case 'points':
      return undefined;
    case 'away-goals':
      return 'the away goals rule would be applied';
    case 'extra-time':
      return d.awayGoals && rules.legs === 2
        ? 'extra time would be played, with the away goals rule applied again after extra time'
        : 'extra time would be played';
    case 'golden-goal':
      return 'extra time would be played, the first goal in it (the golden goal) winning the tie';
    case 'silver-goal':
      return 'extra time would be played, a side leading after its first half (the silver goal) winning the tie';
    case 'penalties':
      if (penaltiesAfterPlayoff(rules)) return 'the play-off match would go to a penalty shoot-out';
      return hasExtraTime(rules)
        ? 'the penalty shoot-out would be used to determine the winner'
        : 'extra time would not be played, and the penalty shoot-out would be used to determine the winner';
    case 'play-off':
      return `a play-off match would be played${d.extraTime ? ', with extra time if needed' : ''}${d.penalties ? ' and a penalty shoot-out' : ''}`;
    case 'coin-toss':
      return 'the winner would be decided by a coin toss';
    default: {
      const never: never = d;
      return never;
    }
  }
}

/**
 * The article's format paragraph, generated from the rules (never stored prose).
 *
 * @example
 * formatParagraph(caf2017, 8, 'Regulations III. 26 & 27')
 * // "In the knockout stage, the eight teams played a single-elimination tournament. Each tie was played
 * //  on a home-and-away two-legged basis. If the aggregate score was tied after the second leg, the away
 * //  goals rule would be applied, and if still tied, extra time would not be played, and the penalty
 * //  shoot-out would be used to determine the winner (Regulations III. 26 & 27)."
 */
export function formatParagraph(rules: TieRules, teams: number, reference?: string): string {
  const intro = `In the knockout stage, the ${numberWord(teams)} teams played a single-elimination tournament.`;
  const basis =
    rules.legs === 2
      ? 'Each tie was played on a home-and-away two-legged basis.'
      : 'Each tie was played as a single match.';
  const clauses = rules.deciders.map((d) => clause(d, rules)).filter((c): c is string => c !== undefined);
  const byPoints = rules.deciders[0]?.kind === 'points';
  const basisText = byPoints
    ? `${basis} The team with more points over the two legs (two for a win, one for a draw) advanced.`
    : basis;
  const level = byPoints
    ? 'If the teams were level on points after the second leg'
    : rules.legs === 2
      ? 'If the aggregate score was tied after the second leg'
      : 'If the score was tied after normal time';
  const cite = reference ? ` (${reference})` : '';
  const chain = clauses.length > 0 ? ` ${level}, ${clauses.join(', and if still tied, ')}${cite}.` : '';
  return `${intro} ${basisText}${chain}`;
}
