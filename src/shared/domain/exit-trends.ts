import type { CaseOverview } from './case-doc';

// Leaver trends for the dashboard (domain.md §2.1: exit themes feed trend reporting; §8.11 rehire
// eligibility), from the overviews' exit summaries only, so no case is decrypted to count them.

export interface ExitReasonCount {
  reason: string;
  /** Leavers who ticked this reason (primary or not). */
  mentions: number;
  /** Leavers who named it as their main reason: shown apart, not folded into a weighted score. */
  primary: number;
}

export interface RehireLeaver {
  personId: string;
  name: string;
  caseId: string;
  number: string;
}

/** How many reasons the dashboard shows; the long tail is noise at a glance. */
export const TOP_EXIT_REASONS = 8;

/**
 * Reasons by how often leavers gave them, the main reason breaking ties. A primary reason not
 * also ticked still counts as a mention: the leaver gave it.
 */
export function topExitReasons(
  overviews: readonly CaseOverview[],
  limit = TOP_EXIT_REASONS,
): ExitReasonCount[] {
  const counts = new Map<string, ExitReasonCount>();
  const entry = (reason: string) => {
    const found = counts.get(reason) ?? { reason, mentions: 0, primary: 0 };
    counts.set(reason, found);
    return found;
  };
  for (const o of overviews) {
    if (!o.exit) continue;
    const given = new Set(o.exit.reasons);
    if (o.exit.primaryReason) given.add(o.exit.primaryReason);
    for (const reason of given) entry(reason).mentions += 1;
    if (o.exit.primaryReason) entry(o.exit.primaryReason).primary += 1;
  }
  return [...counts.values()]
    .sort(
      (a, b) =>
        b.mentions - a.mentions || b.primary - a.primary || a.reason.localeCompare(b.reason),
    )
    .slice(0, limit);
}

/** Leavers whose exit record says eligible for rehire, with the case it is recorded in. */
export function rehireEligibleLeavers(overviews: readonly CaseOverview[]): RehireLeaver[] {
  return overviews
    .flatMap((o) => {
      if (o.exit?.rehire !== 'eligible') return [];
      const personId = o.exit.personId;
      const name = o.parties.find((p) => p.personId === personId)?.name ?? '';
      return [{ personId, name, caseId: o.id, number: o.number }];
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.number.localeCompare(b.number));
}
