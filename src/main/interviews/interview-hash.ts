import { createHash } from 'node:crypto';
import { lockedContentOf, type Interview } from '../../shared/domain/interview';
import { canonicalBytes } from '../vault/canonical-json';

/**
 * The finalisation hash: SHA-256 of the canonical JSON (RFC 8785 for our value space: sorted keys,
 * no whitespace) of everything recorded in the interview, i.e. all fields except `rev`,
 * `updatedAt`, `order`, `finalised`, `addenda` and `reviews` (docs/interviews.md). One logical
 * content has one hash, whatever order the keys were written in.
 */
export function interviewHash(iv: Interview): string {
  return createHash('sha256')
    .update(canonicalBytes(lockedContentOf(iv)))
    .digest('hex');
}

export function integrityOf(iv: Interview): 'draft' | 'intact' | 'altered' {
  if (!iv.finalised) return 'draft';
  return interviewHash(iv) === iv.finalised.sha256 ? 'intact' : 'altered';
}
