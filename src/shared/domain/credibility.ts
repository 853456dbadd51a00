import { z } from 'zod';
import { personIdSchema, textSchema } from './ids';

// Credibility assessment per interviewee on the five classic factors (domain.md §5, EEOC
// guidance). Each factor carries a direction and a note; the conclusion is the investigator's,
// written in words, and it is what the report prints.

export const credibilityFactors = [
  'plausibility',
  'demeanour',
  'motive',
  'corroboration',
  'pastRecord',
] as const;
export const credibilityFactorSchema = z.enum(credibilityFactors);
export type CredibilityFactor = z.infer<typeof credibilityFactorSchema>;

/** Whether the factor adds to or takes from the account's credibility. */
export const factorBearingSchema = z.enum(['supports', 'neutral', 'undermines', 'not-assessed']);

export const factorAssessmentSchema = z.strictObject({
  bearing: factorBearingSchema,
  note: textSchema(4000),
});

export const overallCredibilitySchema = z.enum([
  'credible',
  'partly-credible',
  'not-credible',
  'not-determined',
]);

export const credibilityAssessmentSchema = z.strictObject({
  personId: personIdSchema,
  factors: z.strictObject(
    Object.fromEntries(credibilityFactors.map((f) => [f, factorAssessmentSchema])) as Record<
      CredibilityFactor,
      typeof factorAssessmentSchema
    >,
  ),
  overall: overallCredibilitySchema,
  conclusion: textSchema(4000),
});
export type CredibilityAssessment = z.infer<typeof credibilityAssessmentSchema>;

export function emptyCredibility(personId: string): CredibilityAssessment {
  const factor = { bearing: 'not-assessed' as const, note: '' };
  return {
    personId,
    factors: {
      plausibility: { ...factor },
      demeanour: { ...factor },
      motive: { ...factor },
      corroboration: { ...factor },
      pastRecord: { ...factor },
    },
    overall: 'not-determined',
    conclusion: '',
  };
}

/**
 * The caution the UI shows beside demeanour and the report prints with it: demeanour is a weak
 * signal, shaped by culture, neurodiversity, language and trauma.
 */
export const DEMEANOUR_CAUTION =
  'Demeanour is an unreliable guide to truthfulness: nervousness, flat affect or avoiding eye ' +
  'contact can reflect culture, neurodiversity, language or trauma. Give it little weight on its own.';
