import { z } from 'zod';
import { personIdSchema } from './ids';

// What the investigator supplies for the report beyond the case file (domain.md §4). Shared so
// the IPC contract validates the same shape the builder uses.

const t = (max: number) => z.string().normalize('NFC').trim().max(max);
const date = z.iso.date();

export const reportDetailsSchema = z.strictObject({
  investigatorTitle: t(200).optional(),
  commissionedBy: t(200),
  commissionedOn: date.optional(),
  scope: t(20_000),
  scopeChanges: t(20_000).optional(),
  startedOn: date.optional(),
  finalisedOn: date.optional(),
  background: t(20_000).optional(),
  policies: z.array(t(500).min(1)).max(50),
  documentsReviewed: z.array(t(500).min(1)).max(500).optional(),
  siteVisits: z.array(t(500).min(1)).max(50).optional(),
  interviews: z
    .array(
      z.strictObject({
        personId: personIdSchema,
        on: date,
        present: t(1000),
        location: t(200).optional(),
      }),
    )
    .max(500)
    .optional(),
  notCollected: z
    .array(z.strictObject({ item: t(1000).min(1), reason: t(2000).min(1) }))
    .max(200)
    .optional(),
  notInterviewed: z
    .array(z.strictObject({ personId: personIdSchema, reason: t(2000).min(1) }))
    .max(200)
    .optional(),
  anonymisedStatements: z
    .array(z.strictObject({ description: t(1000).min(1), reason: t(2000).min(1) }))
    .max(100)
    .optional(),
  accounts: z
    .array(z.strictObject({ personId: personIdSchema, summary: t(20_000).min(1) }))
    .max(500)
    .optional(),
  credibility: z
    .array(
      z.strictObject({
        personId: personIdSchema,
        plausibility: t(4000).optional(),
        demeanor: t(4000).optional(),
        motive: t(4000).optional(),
        corroboration: t(4000).optional(),
        pastRecord: t(4000).optional(),
        conclusion: t(4000).min(1),
      }),
    )
    .max(100)
    .optional(),
  conclusion: t(20_000).optional(),
  remedialActions: z.array(t(2000).min(1)).max(100).optional(),
  communication: t(20_000).optional(),
  reviewer: z.strictObject({ name: t(200).min(1), title: t(200).optional() }).optional(),
  /**
   * Other spellings of a person's name that the redacted copy must also hide: a romanisation
   * (王芳 → Wang Fang), a maiden name, a nickname. The people records hold one name each.
   */
  aliases: z
    .array(z.strictObject({ personId: personIdSchema, names: z.array(t(200).min(1)).max(20) }))
    .max(500)
    .optional(),
});
export type ReportDetails = z.infer<typeof reportDetailsSchema>;
