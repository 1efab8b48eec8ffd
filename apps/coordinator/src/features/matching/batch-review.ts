import type { ScorePartView } from '@driehoek/contracts/matching';
import type { BatchObjective } from './vocabulary';
import type { BatchProposalView } from '../../api-types';

/** One proposal of a batch run as the coordinator reviews it. */
export type ReviewRow = {
  pupilId: string;
  pupilName: string;
  volunteerId: string;
  volunteerName: string;
  score: number;
  /** The score's scale (the most one pair can earn in the programme). */
  maxScore: number;
  parts: ScorePartView[];
  state: 'open' | 'dropped' | 'accepted' | 'refused';
  /** The refusal (`MATCH.NO_CAPACITY`) when accepting was refused. */
  code?: string;
  matchId?: string;
  /** The coordinator chose another volunteer than the run proposed. */
  changed?: boolean;
};

/** A batch run under review: kept in sessionStorage per programme, so a reload does not lose it. */
export type BatchReview = {
  objective: BatchObjective;
  ranAt: string;
  totalScore: number;
  feasiblePairs: number;
  rows: ReviewRow[];
  unmatched: BatchProposalView['unmatched'];
  /** Why a pupil got another volunteer than the one it scores best with (absent in a review stored before). */
  tradeOffs?: BatchProposalView['tradeOffs'];
};

const key = (programmeId: string) => `driehoek.coordinator.batch.${programmeId}`;

export function reviewOf(run: BatchProposalView, ranAt: string): BatchReview {
  return {
    objective: run.objective,
    ranAt,
    totalScore: run.totalScore,
    feasiblePairs: run.feasiblePairs,
    rows: run.proposals.map((p) => ({ ...p, state: 'open' })),
    unmatched: run.unmatched,
    tradeOffs: run.tradeOffs,
  };
}

export function loadReview(programmeId: string, storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): BatchReview | null {
  try {
    const raw = storage?.getItem(key(programmeId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<BatchReview>;
    if (!parsed || !Array.isArray(parsed.rows) || !Array.isArray(parsed.unmatched)) return null;
    return parsed as BatchReview;
  } catch {
    return null;
  }
}

export function storeReview(programmeId: string, review: BatchReview | null, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = safeStorage()): void {
  try {
    if (review) storage?.setItem(key(programmeId), JSON.stringify(review));
    else storage?.removeItem(key(programmeId));
  } catch {
    // storage full or blocked: the review lasts while the page is open
  }
}

function safeStorage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

/** The answer of `matches.proposeMany` applied to the rows that were sent. */
export function applyAccepted(
  rows: readonly ReviewRow[],
  sent: readonly string[],
  result: { created: { id: string; pupil: { id: string } }[]; refused: { pupilId: string; code: string }[] },
): ReviewRow[] {
  return rows.map((row) => {
    if (!sent.includes(row.pupilId)) return row;
    const created = result.created.find((m) => m.pupil.id === row.pupilId);
    if (created) return { ...row, state: 'accepted', matchId: created.id, code: undefined } as ReviewRow;
    const refused = result.refused.find((r) => r.pupilId === row.pupilId);
    return { ...row, state: 'refused', code: refused?.code ?? 'errors.generic' };
  });
}

/** How many open proposals name this volunteer (other than for this pupil): more than their places left cannot all be accepted. */
export function otherRowsWith(rows: readonly ReviewRow[], volunteerId: string, pupilId: string): number {
  return rows.filter((row) => row.volunteerId === volunteerId && row.pupilId !== pupilId && (row.state === 'open' || row.state === 'accepted')).length;
}
