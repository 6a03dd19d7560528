import { describe, expect, it } from 'vitest';
import { countVotes, quorum } from './voting';

const votes = (choices: string) =>
  [...choices].map((c, i) => ({
    seatId: `s${i}`,
    choice: c === 'f' ? ('for' as const) : c === 'a' ? ('against' as const) : ('abstain' as const),
  }));

describe('counting votes', () => {
  it('adopts with more for than against, and rejects with fewer', () => {
    expect(countVotes(votes('ffa'), null, false)).toMatchObject({
      for: 2,
      against: 1,
      outcome: 'adopted',
      casting: false,
    });
    expect(countVotes(votes('faa0'), null, false)).toMatchObject({
      for: 1,
      against: 2,
      abstain: 1,
      outcome: 'rejected',
    });
  });

  it("lets the chair's vote decide a tie, but not in an election", () => {
    expect(countVotes(votes('ffaa'), 's0', false)).toMatchObject({ outcome: 'adopted', casting: true });
    expect(countVotes(votes('ffaa'), 's2', false)).toMatchObject({ outcome: 'rejected', casting: true });
    expect(countVotes(votes('ffaa'), 's0', true)).toMatchObject({ outcome: 'tied', casting: false });
    expect(countVotes(votes('ffaa'), null, false)).toMatchObject({ outcome: 'tied' });
  });
});

describe('quorum', () => {
  it('needs at least half of the voting members present', () => {
    expect(quorum(22, 11)).toEqual({ votingMembers: 22, present: 11, required: 11, ok: true });
    expect(quorum(22, 10).ok).toBe(false);
    expect(quorum(5, 3)).toMatchObject({ required: 3, ok: true });
    expect(quorum(5, 2).ok).toBe(false);
  });
});
