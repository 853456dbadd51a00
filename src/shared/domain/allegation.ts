import { z } from 'zod';
import { approximateDateSchema } from './dates';
import { protectedCharacteristicsSchema } from './case-types';
import { idSchema, LONG_TEXT_MAX, personIdSchema, requiredTextSchema, textSchema } from './ids';

// One finding per allegation on the balance of probabilities (domain.md §5.1); the case as a
// whole has no single "verdict".

export const findings = [
  'pending',
  'substantiated',
  'partially-substantiated',
  'not-substantiated',
  'inconclusive',
] as const;
export const findingSchema = z.enum(findings);
export type Finding = z.infer<typeof findingSchema>;

export const allegationSchema = z
  .strictObject({
    id: idSchema,
    /** "A1", "A2"…: how the report and interview questions refer to it. */
    label: z.string().regex(/^A\d{1,3}$/, 'An allegation label looks like A1'),
    statement: requiredTextSchema(LONG_TEXT_MAX),
    policy: textSchema(2000),
    respondentIds: z.array(personIdSchema).max(50),
    complainantIds: z.array(personIdSchema).max(50),
    protectedCharacteristics: protectedCharacteristicsSchema,
    dates: z.array(approximateDateSchema).max(50),
    finding: findingSchema,
    rationale: textSchema(LONG_TEXT_MAX),
  })
  .refine((a) => a.finding === 'pending' || a.rationale.length > 0, {
    // A finding without reasons is what a tribunal takes apart first (domain.md §5.1).
    message: 'A decided finding needs a rationale',
    path: ['rationale'],
  });
export type Allegation = z.infer<typeof allegationSchema>;

/** Where an entry of the evidence × allegation matrix comes from. */
export const linkSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('evidence'), evidenceId: idSchema }),
  // Interviews arrive with their own module; the link only needs the id to be stable.
  z.strictObject({ kind: z.literal('interview'), interviewId: idSchema }),
]);
export type LinkSource = z.infer<typeof linkSourceSchema>;

export const linkRelationSchema = z.enum(['supporting', 'contradicting', 'context']);
export type LinkRelation = z.infer<typeof linkRelationSchema>;

export const evidenceLinkSchema = z.strictObject({
  id: idSchema,
  source: linkSourceSchema,
  allegationId: idSchema,
  relation: linkRelationSchema,
  note: textSchema(4000),
});
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

export type FindingProblem =
  | { code: 'rationale-missing' }
  | { code: 'no-evidence-linked' }
  | { code: 'contradicting-evidence-to-address'; linkIds: string[] };

/**
 * What stands between an allegation and a defensible decided finding (domain.md §5.1). Advisory:
 * the UI shows these before the investigator records the finding; the rationale check is also a
 * hard schema rule.
 */
export function findingProblems(
  allegation: Allegation,
  links: readonly EvidenceLink[],
): FindingProblem[] {
  const own = links.filter((l) => l.allegationId === allegation.id);
  const problems: FindingProblem[] = [];
  if (allegation.rationale.length === 0) problems.push({ code: 'rationale-missing' });
  if (own.length === 0) problems.push({ code: 'no-evidence-linked' });
  const contradicting = own.filter((l) => l.relation === 'contradicting').map((l) => l.id);
  if (contradicting.length > 0) {
    problems.push({ code: 'contradicting-evidence-to-address', linkIds: contradicting });
  }
  return problems;
}

export function countFindings(
  allegations: readonly Pick<Allegation, 'finding'>[],
): Record<Finding, number> {
  const counts = Object.fromEntries(findings.map((f) => [f, 0])) as Record<Finding, number>;
  for (const a of allegations) counts[a.finding] += 1;
  return counts;
}
