import type { CompositionRule, Seat } from './composition';
import { type Role, SEAT_ROLES } from './fields';

/** An appointment in force on the checked date, with what the check needs to know. */
export interface SeatedAppointment {
  id: string;
  role: Role;
  personName: string;
  gender: 'female' | 'male' | 'other' | null;
  votingRight: boolean;
  onBehalfMemberId: string | null;
  onBehalfSubregionId: string | null;
  deputyForId: string | null;
}

export interface Warning {
  code:
    | 'body.inactive'
    | 'seat.empty'
    | 'seat.overfilled'
    | 'seat.noDeputy'
    | 'fixed.unfilled'
    | 'fixed.overfilled'
    | 'appointment.noSeat'
    | 'appointment.noOnBehalf'
    | 'leader.missing'
    | 'leader.many'
    | 'gender.imbalance'
    | 'gender.unknown';
  params: Record<string, string | number>;
}

export interface SeatStatus {
  label: string;
  holders: { id: string; personName: string; role: Role }[];
  deputies: { id: string; personName: string }[];
  status: 'filled' | 'empty' | 'overfilled';
}

export interface CompositionCheck {
  required: number | null;
  filled: number;
  votingMembers: number;
  seats: SeatStatus[] | null;
  gender: { female: number; male: number; other: number; unknown: number };
  warnings: Warning[];
}

const seatKey = (seat: Seat) =>
  seat.kind === 'member'
    ? `m:${seat.memberId}`
    : seat.kind === 'subregion'
      ? `s:${seat.subregionId}`
      : 'fixed';
const appointmentKey = (a: SeatedAppointment) =>
  a.onBehalfMemberId
    ? `m:${a.onBehalfMemberId}`
    : a.onBehalfSubregionId
      ? `s:${a.onBehalfSubregionId}`
      : null;

/**
 * Compares the seats a body's rule requires on a date with the appointments in force then:
 * empty and over-filled seats, missing deputies, appointments that fit no seat, the leader, and
 * gender balance (Local Government Act § 7-6: each gender at least 40 % when a body has 4 or more members).
 */
export function checkComposition(
  rule: CompositionRule,
  seats: Seat[] | null,
  appointments: SeatedAppointment[],
  active: boolean,
  labelOf: (key: string) => string,
): CompositionCheck {
  const warnings: Warning[] = [];
  if (!active) warnings.push({ code: 'body.inactive', params: {} });
  const regular = appointments.filter((a) => SEAT_ROLES.includes(a.role));
  const deputies = appointments.filter((a) => a.role === 'deputy_member');
  const wantsDeputies = rule.type !== 'open' && rule.deputies;
  let seatStatuses: SeatStatus[] | null = null;
  let filled = regular.length;

  if (seats && rule.type === 'fixed') {
    if (regular.length < rule.seats)
      warnings.push({ code: 'fixed.unfilled', params: { missing: rule.seats - regular.length } });
    if (regular.length > rule.seats)
      warnings.push({ code: 'fixed.overfilled', params: { extra: regular.length - rule.seats } });
    filled = Math.min(regular.length, rule.seats);
  } else if (seats) {
    const keys = new Set(seats.map(seatKey));
    seatStatuses = seats.map((seat) => {
      const key = seatKey(seat);
      const label = seat.kind === 'fixed' ? '' : seat.label;
      const holders = regular.filter((a) => appointmentKey(a) === key);
      const holderIds = new Set(holders.map((h) => h.id));
      const seatDeputies = deputies.filter(
        (d) => appointmentKey(d) === key || (d.deputyForId !== null && holderIds.has(d.deputyForId)),
      );
      const status = holders.length === 0 ? 'empty' : holders.length > 1 ? 'overfilled' : 'filled';
      if (status === 'empty') warnings.push({ code: 'seat.empty', params: { seat: label } });
      if (status === 'overfilled')
        warnings.push({ code: 'seat.overfilled', params: { seat: label, count: holders.length } });
      if (wantsDeputies && status !== 'empty' && seatDeputies.length === 0) {
        warnings.push({ code: 'seat.noDeputy', params: { seat: label } });
      }
      return {
        label,
        holders: holders.map((h) => ({ id: h.id, personName: h.personName, role: h.role })),
        deputies: seatDeputies.map((d) => ({ id: d.id, personName: d.personName })),
        status,
      };
    });
    filled = seatStatuses.filter((s) => s.status !== 'empty').length;
    for (const a of [...regular, ...deputies]) {
      const key = appointmentKey(a);
      if (key === null) {
        if (SEAT_ROLES.includes(a.role))
          warnings.push({ code: 'appointment.noOnBehalf', params: { person: a.personName } });
      } else if (!keys.has(key)) {
        warnings.push({
          code: 'appointment.noSeat',
          params: { person: a.personName, onBehalf: labelOf(key) },
        });
      }
    }
  }

  const leaders = regular.filter((a) => a.role === 'leader');
  if (rule.type !== 'open' && leaders.length === 0) warnings.push({ code: 'leader.missing', params: {} });
  if (leaders.length > 1) warnings.push({ code: 'leader.many', params: { count: leaders.length } });

  const gender = { female: 0, male: 0, other: 0, unknown: 0 };
  for (const a of regular) gender[a.gender ?? 'unknown']++;
  const known = gender.female + gender.male + gender.other;
  if (regular.length >= 4 && known > 0) {
    const women = Math.round((gender.female / regular.length) * 100);
    const men = Math.round((gender.male / regular.length) * 100);
    if (women < 40 || men < 40) warnings.push({ code: 'gender.imbalance', params: { women, men } });
  }
  if (gender.unknown > 0) warnings.push({ code: 'gender.unknown', params: { count: gender.unknown } });

  return {
    required: seats ? (rule.type === 'fixed' ? rule.seats : seats.length) : null,
    filled,
    votingMembers: regular.filter((a) => a.votingRight).length,
    seats: seatStatuses,
    gender,
    warnings,
  };
}
