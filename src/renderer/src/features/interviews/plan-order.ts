import { planOf, type Interview } from '@shared/domain/interview';

/** The plan's ids with one interview moved by `delta` places, or null at either end. */
export function movedOrder(
  interviews: readonly Interview[],
  id: string,
  delta: -1 | 1,
): string[] | null {
  const ids = planOf(interviews).map((iv) => iv.id);
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to] as string, next[from] as string];
  return next;
}

/** Exit interviews belong to leaving: offered for resignation/exit and termination/RIF cases. */
export const offersExitInterview = (caseType: string): boolean =>
  caseType === 'resignation-exit' || caseType === 'termination-rif';

/** The latest statement review, which is what the plan shows. */
export const latestReview = (iv: Interview) => iv.reviews[iv.reviews.length - 1];
