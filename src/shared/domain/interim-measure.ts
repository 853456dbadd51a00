import { z } from 'zod';
import { calendarDateSchema } from './dates';
import { idSchema, LONG_TEXT_MAX, personIdSchema, SHORT_TEXT_MAX, textSchema } from './ids';

// Protective steps taken while the case is open (domain.md §3.1). They must not disadvantage the
// complainant and need regular review, hence the review date.

export const interimMeasureKindSchema = z.enum([
  'separation-of-parties',
  'schedule-change',
  'reporting-line-change',
  'no-contact-instruction',
  'paid-leave',
  'access-restriction',
  'other',
]);
export type InterimMeasureKind = z.infer<typeof interimMeasureKindSchema>;

export const interimMeasureSchema = z
  .strictObject({
    id: idSchema,
    kind: interimMeasureKindSchema,
    description: textSchema(LONG_TEXT_MAX),
    affectedPersonIds: z.array(personIdSchema).max(50),
    startsOn: calendarDateSchema,
    endsOn: calendarDateSchema.nullable(),
    reviewOn: calendarDateSchema.nullable(),
    approvedBy: textSchema(SHORT_TEXT_MAX),
  })
  .refine((m) => m.endsOn === null || m.endsOn >= m.startsOn, {
    message: 'A measure cannot end before it starts',
    path: ['endsOn'],
  });
export type InterimMeasure = z.infer<typeof interimMeasureSchema>;
