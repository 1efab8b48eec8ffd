import type { EntityManager, Match } from '@driehoek/db';
import type { ProgrammeSettings } from '@driehoek/domain/programme';
import type { MatchRecord, MatchProblem } from '@driehoek/domain/match';
import type { Result } from '@driehoek/domain/result';
import { AppError } from '../../errors/index.js';
import type { Actor } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';
import { loadMatch } from './load-match.js';
import { matchColumnsOf, matchRecordOf } from './match-record.js';
import { matchDetailOf } from './match-detail.js';

/**
 * One step of the lifecycle: load the match, let the domain decide, store the new record, log it,
 * answer with the match page. The `version` column makes two coordinators' simultaneous edits of
 * one match fail instead of overwriting each other.
 */
export async function changeMatch(
  em: EntityManager,
  actor: Actor,
  matchId: string,
  action: string,
  decide: (record: MatchRecord, settings: ProgrammeSettings, match: Match) => Result<MatchRecord, MatchProblem> | Promise<Result<MatchRecord, MatchProblem>>,
) {
  const match = await loadMatch(em, actor, matchId);
  const result = await decide(matchRecordOf(match), match.programme.settings, match);
  if (!result.ok) throw new AppError(result.code, result.field);
  em.assign(match, matchColumnsOf(result.value));
  audit(em, actor, action, 'Match', match.id);
  await em.flush();
  return matchDetailOf(match);
}
