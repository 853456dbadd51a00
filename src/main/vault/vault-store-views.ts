import { openDetails, type AuditRecord } from '../audit/audit-record';
import type { CaseEntry } from './index-format';

/** Read-side shapes the store hands out (copies; never live index objects). */

export type Overview = Record<string, unknown>;

export interface CaseSummary {
  caseId: string;
  /**
   * The index's own object, not a copy: index entries are replaced on every commit and never
   * changed in place, and cloning 10,000 overviews would dominate the first case list.
   */
  overview: Readonly<Overview>;
  legalHold: boolean;
  currentSeq: number;
  blobIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface AuditEventView extends AuditRecord {
  /** False for a commit event whose index never reached disk (crash before the commit point). */
  committed: boolean;
  /** Details decrypted where the case key still exists; null after a shred or when absent. */
  openDetails: Record<string, unknown> | null;
}

export function caseSummary(caseId: string, e: CaseEntry): CaseSummary {
  return {
    caseId,
    overview: e.overview,
    legalHold: e.legalHold,
    currentSeq: e.currentSeq,
    blobIds: [...e.blobIds],
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

/**
 * A commit event is committed when it is the last commit event naming its index seq and that seq
 * is not beyond the index on disk (an earlier one was written before a crash and then superseded).
 */
export function auditEventViews(
  records: readonly AuditRecord[],
  indexSeq: number,
  vaultId: Buffer,
  caseKeyOf: (caseId: string) => Buffer | undefined,
  zeroize: (key: Buffer | undefined) => void,
): AuditEventView[] {
  const lastCommitFor = new Map<number, number>();
  records.forEach((r, i) => r.commit && lastCommitFor.set(r.indexSeq, i));
  return records.map((r, i) => {
    const ck = r.caseId ? caseKeyOf(r.caseId) : undefined;
    try {
      const committed =
        !r.commit || (lastCommitFor.get(r.indexSeq) === i && r.indexSeq <= indexSeq);
      return { ...r, committed, openDetails: openDetails(r, vaultId, ck) };
    } finally {
      zeroize(ck);
    }
  });
}
