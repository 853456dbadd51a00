import { z } from 'zod';
import { timestampSchema } from './dates';
import { idSchema, NOTE_TEXT_MAX, requiredTextSchema } from './ids';

// Contemporaneous file notes. `at` is when the note was written (main's clock), kept apart from
// any date the note talks about: "when was this added?" is a question asked in litigation.

export const caseNoteSchema = z.strictObject({
  id: idSchema,
  at: timestampSchema,
  editedAt: timestampSchema.nullable(),
  text: requiredTextSchema(NOTE_TEXT_MAX),
});
export type CaseNote = z.infer<typeof caseNoteSchema>;
