/**
 * The rules of a vote (Local Government Act §§ 11-9, 11-4): a decision needs at least half of the
 * voting members present; the result is counted, never typed; on a tie the chair's vote decides,
 * except in elections.
 */
export type Choice = 'for' | 'against' | 'abstain';

export interface Quorum {
  votingMembers: number;
  present: number;
  required: number;
  ok: boolean;
}

export function quorum(votingMembers: number, present: number): Quorum {
  const required = Math.ceil(votingMembers / 2);
  return { votingMembers, present, required, ok: votingMembers > 0 && present >= required };
}

export interface Count {
  for: number;
  against: number;
  abstain: number;
  outcome: 'adopted' | 'rejected' | 'tied';
  /** The chair's vote broke a tie. */
  casting: boolean;
}

export function countVotes(
  votes: { seatId: string; choice: Choice }[],
  chairSeatId: string | null,
  election: boolean,
): Count {
  const tally = { for: 0, against: 0, abstain: 0 };
  for (const vote of votes) tally[vote.choice]++;
  if (tally.for !== tally.against) {
    return { ...tally, outcome: tally.for > tally.against ? 'adopted' : 'rejected', casting: false };
  }
  const chair = votes.find((v) => v.seatId === chairSeatId)?.choice;
  if (election || tally.for === 0 || !chair || chair === 'abstain')
    return { ...tally, outcome: 'tied', casting: false };
  return { ...tally, outcome: chair === 'for' ? 'adopted' : 'rejected', casting: true };
}
