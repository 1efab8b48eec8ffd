/**
 * SAF-17: who the organisation's safeguarding lead (aandachtsfunctionaris, contactpersoon) and the
 * deputy are. Movisie (via verenigingen.nl): appoint an aandachtsfunctionaris — in an organisation
 * of volunteers only, a board member — and tell volunteers regularly who it is; the deputy is the
 * reference's proposal [D], so that a concern always has someone to go to.
 */
import { refuse, type Refusal } from '../result.js';
import type { Codes } from '../codes.js';

/** A person holding a safeguarding role. */
export interface SafeguardingRoleHolder {
  readonly personId: string;
  /** The name volunteers see in the portal ("your contact person for worries about a child"). */
  readonly name: string;
}

/**
 * The organisation's safeguarding roles. `leads` take the decisions on escalated concerns (the
 * board, schoolscool-thuismentor-worden.txt: "Deze overlegt dan met het bestuur"); `deputies` act
 * when a lead cannot and are alerted with the coordinator in acute danger (SAF-3); `escalation`
 * lists further people, in order, to alert when nobody acknowledges (board members, a director).
 */
export interface SafeguardingRoles {
  readonly leads: readonly SafeguardingRoleHolder[];
  readonly deputies: readonly SafeguardingRoleHolder[];
  readonly escalation?: readonly SafeguardingRoleHolder[];
}

export type SafeguardingRolesProblem = Codes< 'SAFEGUARDING.LEAD_MISSING' | 'SAFEGUARDING.DEPUTY_MISSING'>;

const named = (holder: SafeguardingRoleHolder): boolean => holder.personId.trim() !== '' && holder.name.trim() !== '';

/**
 * SAF-17: may the organisation activate matches? Only with at least one safeguarding lead
 * (`SAFEGUARDING.LEAD_MISSING` on `leads`) and a deputy who is not that lead
 * (`SAFEGUARDING.DEPUTY_MISSING` on `deputies`): one person alone is no cover for holidays or for
 * a concern about that person (SAF-11). `null` when the roles are in place.
 */
export function checkSafeguardingRoles(roles: SafeguardingRoles): Refusal<SafeguardingRolesProblem> | null {
  const leads = roles.leads.filter(named);
  if (leads.length === 0) return refuse('SAFEGUARDING.LEAD_MISSING', 'leads');
  const leadIds = new Set(leads.map((lead) => lead.personId));
  const otherDeputies = roles.deputies.filter((deputy) => named(deputy) && !leadIds.has(deputy.personId));
  if (otherDeputies.length === 0) return refuse('SAFEGUARDING.DEPUTY_MISSING', 'deputies');
  return null;
}

/**
 * SAF-17: "The portal shows volunteers who that person is": the leads first, then the deputies,
 * each once.
 */
export function safeguardingContactsForVolunteers(roles: SafeguardingRoles): readonly SafeguardingRoleHolder[] {
  const seen = new Set<string>();
  return [...roles.leads, ...roles.deputies].filter((holder) => named(holder) && !seen.has(holder.personId) && Boolean(seen.add(holder.personId)));
}
