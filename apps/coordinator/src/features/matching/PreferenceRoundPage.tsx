import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { Badge } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { trpc } from '../../trpc';
import { useServerErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { matchesChanged } from '../matches/saving';
import { ProgrammeChoice } from './MatchingPage';
import { explainExclusions, fullName } from './explain';
import { initialRanking, move, placeOf, rankingOf, setIncluded, type RankEntry } from './rankings';
import type { MatchSummary, MatchingBoard, PreferenceRoundResult, ProgrammeSummary } from '../../api-types';

type Lists = Record<string, RankEntry[]>;
type ProposeManyResult = { created: MatchSummary[]; refused: { pupilId: string; volunteerId: string; code: string }[] };

/**
 * The speed-meeting round (Parent'R'US/IPA): after everyone met everyone for a few minutes, each
 * volunteer ranks the pupils and each family the volunteers; the stable assignment follows
 * (nobody would both rather have someone else). Per person an ordered list: choose who to rank,
 * move them up and down with buttons (keyboard operable, the new place is announced).
 */
export function PreferenceRoundPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const board = useQuery(trpc.matching.board.queryOptions({ programmeId }));
  const saved = useQuery(trpc.matching.preferenceRound.queryOptions({ programmeId }));

  const heading = <PageHeading>{t('preferences.title')}</PageHeading>;
  if (programmes.isPending || board.isPending || saved.isPending) return <LoadingState />;
  const failed = programmes.error ?? board.error ?? saved.error;
  if (failed || !programmes.data || !board.data || !saved.data) {
    return (
      <>
        {heading}
        <LoadError
          error={failed}
          onRetry={() => {
            void programmes.refetch();
            void board.refetch();
            void saved.refetch();
          }}
        />
      </>
    );
  }
  const programme = programmes.data.find((p) => p.id === programmeId);
  if (!programme) {
    return (
      <>
        {heading}
        <Alert tone="warning">
          <p>{t('NOT_FOUND')}</p>
        </Alert>
      </>
    );
  }
  return <Round key={programmeId} programme={programme} programmes={programmes.data} board={board.data} saved={saved.data} />;
}

function Round({
  programme,
  programmes,
  board,
  saved,
}: {
  programme: ProgrammeSummary;
  programmes: ProgrammeSummary[];
  board: MatchingBoard;
  saved: { volunteerRankings: { volunteerId: string; ranking: string[] }[]; pupilRankings: { pupilId: string; ranking: string[] }[] };
}) {
  const { t } = useTranslation();
  const serverText = useServerErrorText();
  const pupilIds = board.waitingPupils.map((p) => p.id);
  const volunteerIds = board.readyVolunteers.map((v) => v.id);
  const names = new Map<string, string>([...board.waitingPupils.map((p) => [p.id, fullName(p)] as const), ...board.readyVolunteers.map((v) => [v.id, fullName(v)] as const)]);
  const [volunteerLists, setVolunteerLists] = useState<Lists>(() =>
    Object.fromEntries(volunteerIds.map((id) => [id, initialRanking(saved.volunteerRankings.find((r) => r.volunteerId === id)?.ranking, pupilIds)])),
  );
  const [pupilLists, setPupilLists] = useState<Lists>(() =>
    Object.fromEntries(pupilIds.map((id) => [id, initialRanking(saved.pupilRankings.find((r) => r.pupilId === id)?.ranking, volunteerIds)])),
  );
  const [announcement, setAnnouncement] = useState('');
  const [result, setResult] = useState<PreferenceRoundResult | null>(null);
  const [accepted, setAccepted] = useState<ProposeManyResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const acceptedRef = useRef<HTMLDivElement>(null);

  const runRound = useMutation(trpc.matching.runPreferenceRound.mutationOptions());
  const acceptAll = useMutation(trpc.matches.proposeMany.mutationOptions());
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);
  useEffect(() => {
    if (accepted) acceptedRef.current?.focus();
  }, [accepted]);

  const run = () => {
    setAccepted(null);
    runRound.mutate(
      {
        programmeId: programme.id,
        volunteerRankings: volunteerIds.map((id) => ({ volunteerId: id, ranking: rankingOf(volunteerLists[id] ?? []) })),
        pupilRankings: pupilIds.map((id) => ({ pupilId: id, ranking: rankingOf(pupilLists[id] ?? []) })),
      },
      { onSuccess: (answer: PreferenceRoundResult) => setResult(answer) },
    );
  };

  const name = (id: string) => names.get(id) ?? id;
  const listEditor = (kind: 'volunteer' | 'pupil', ownerId: string, lists: Lists, setLists: (update: (lists: Lists) => Lists) => void) => (
    <RankingList
      key={ownerId}
      kind={kind}
      ownerId={ownerId}
      ownerName={name(ownerId)}
      entries={lists[ownerId] ?? []}
      nameOf={name}
      onChange={(entries, message) => {
        setLists((previous) => ({ ...previous, [ownerId]: entries }));
        setAnnouncement(message);
      }}
    />
  );

  return (
    <div className="coordinator-preferences">
      <p className="coordinator-back">
        <Link href={`/matching/${encodeURIComponent(programme.id)}`}>{t('preferences.backToBoard')}</Link>
      </p>
      <PageHeading>{t('preferences.titleProgramme', { programme: programme.name })}</PageHeading>
      <ProgrammeChoice programme={programme} programmes={programmes} path={(id) => `/matching/${encodeURIComponent(id)}/preferences`} />
      <p className="dh-lead">{t('preferences.intro')}</p>
      <p role="status" aria-live="polite" className="dh-visually-hidden">
        {announcement}
      </p>
      {pupilIds.length === 0 || volunteerIds.length === 0 ? (
        <Alert tone="info">
          <p>{t('preferences.nobody')}</p>
        </Alert>
      ) : (
        <>
          <div className="coordinator-two-columns">
            <Card title={t('preferences.volunteers')}>
              <p className="dh-muted">{t('preferences.volunteersHint')}</p>
              {volunteerIds.map((id) => listEditor('volunteer', id, volunteerLists, setVolunteerLists))}
            </Card>
            <Card title={t('preferences.families')}>
              <p className="dh-muted">{t('preferences.familiesHint')}</p>
              {pupilIds.map((id) => listEditor('pupil', id, pupilLists, setPupilLists))}
            </Card>
          </div>
          <div className="dh-actions">
            <Button type="button" busy={runRound.isPending} onClick={run}>
              {t('preferences.run')}
            </Button>
          </div>
          {runRound.isError && (
            <Alert tone="error" title={t('errors.saveFailed')}>
              <p>{serverText(runRound.error)}</p>
            </Alert>
          )}
        </>
      )}

      {result && (
        <div ref={resultRef} tabIndex={-1} className="coordinator-focus-target coordinator-preference-result">
          <Card title={t('preferences.resultTitle')}>
            <p>
              {t('preferences.firstChoices', {
                families: t('preferences.families', { count: result.pupilsWithFirstChoice }),
                volunteers: t('preferences.volunteers', { count: result.volunteersWithFirstChoice }),
                count: result.matches.length,
              })}
            </p>
            {result.matches.length === 0 ? (
              <p>{t('preferences.noMatches')}</p>
            ) : (
              <div className="coordinator-table-scroll">
                <table className="data">
                  <caption>{t('preferences.resultCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('matching.col.pupil')}</th>
                      <th scope="col">{t('matching.col.volunteer')}</th>
                      <th scope="col">{t('preferences.pupilRank')}</th>
                      <th scope="col">{t('preferences.volunteerRank')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.matches.map((pair) => (
                      <tr key={`${pair.pupilId}/${pair.volunteerId}`}>
                        <th scope="row">{pair.pupilName}</th>
                        <td>{pair.volunteerName}</td>
                        <td>
                          <RankCell rank={pair.pupilRank} />
                        </td>
                        <td>
                          <RankCell rank={pair.volunteerRank} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {result.unmatchedPupils.length > 0 && (
              <>
                <h3>{t('preferences.unmatched', { count: result.unmatchedPupils.length })}</h3>
                <ul>
                  {result.unmatchedPupils.map((pupil) => (
                    <li key={pupil.pupilId}>{pupil.pupilName}</li>
                  ))}
                </ul>
              </>
            )}
            {result.excludedRankings.length > 0 && (
              <>
                <h3>{t('preferences.excluded', { count: result.excludedRankings.length })}</h3>
                <ul>
                  {result.excludedRankings.map((pair) => (
                    <ExcludedItem key={`${pair.volunteerId}/${pair.pupilId}`} pair={pair} />
                  ))}
                </ul>
              </>
            )}
            {result.matches.length > 0 && !accepted && (
              <div className="dh-actions">
                <Button
                  type="button"
                  busy={acceptAll.isPending}
                  onClick={() =>
                    acceptAll.mutate(
                      { proposals: result.matches.map((pair) => ({ pupilId: pair.pupilId, volunteerId: pair.volunteerId, source: 'preference' as const })) },
                      {
                        onSuccess: (answer: ProposeManyResult) => {
                          matchesChanged();
                          setAccepted(answer);
                        },
                      },
                    )
                  }
                >
                  {t('preferences.accept')}
                </Button>
              </div>
            )}
            {acceptAll.isError && (
              <Alert tone="error" title={t('batch.acceptFailed')}>
                <p>{serverText(acceptAll.error)}</p>
              </Alert>
            )}
            {accepted && (
              <div ref={acceptedRef} tabIndex={-1} className="coordinator-focus-target">
                <Alert tone={accepted.refused.length > 0 ? 'warning' : 'success'} title={t('batch.acceptedSummary', { accepted: accepted.created.length, refused: accepted.refused.length })}>
                  {accepted.created.length > 0 && (
                    <ul>
                      {accepted.created.map((match) => (
                        <li key={match.id}>
                          <Link href={`/matches/${encodeURIComponent(match.id)}`}>{t('batch.pair', { pupil: match.pupil.name, volunteer: match.volunteer.name })}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                  {accepted.refused.length > 0 && (
                    <ul>
                      {accepted.refused.map((refusal) => (
                        <li key={`${refusal.pupilId}/${refusal.volunteerId}`}>
                          {t('batch.pair', { pupil: name(refusal.pupilId), volunteer: name(refusal.volunteerId) })}: {t(refusal.code, { defaultValue: t('errors.generic') })}
                        </li>
                      ))}
                    </ul>
                  )}
                </Alert>
              </div>
            )}
          </Card>
        </div>
      )}
    </div>
  );
}

function RankCell({ rank }: { rank: number }) {
  const { t } = useTranslation();
  return rank === 1 ? <Badge tone="success">{t('preferences.firstChoice')}</Badge> : <>{t('preferences.place', { place: rank })}</>;
}

function ExcludedItem({ pair }: { pair: PreferenceRoundResult['excludedRankings'][number] }) {
  const { t, i18n } = useTranslation();
  return (
    <li>
      <span className="coordinator-label">{t('batch.pair', { pupil: pair.pupilName, volunteer: pair.volunteerName })}</span>: {explainExclusions(t, i18n.language, pair.exclusions)}
    </li>
  );
}

/** One person's ranking: who they chose (checkbox) and in which order (up/down), keyboard operable. */
function RankingList({
  kind,
  ownerId,
  ownerName,
  entries,
  nameOf,
  onChange,
}: {
  kind: 'volunteer' | 'pupil';
  ownerId: string;
  ownerName: string;
  entries: RankEntry[];
  nameOf: (id: string) => string;
  onChange: (entries: RankEntry[], announcement: string) => void;
}) {
  const { t } = useTranslation();
  const [focusAfter, setFocusAfter] = useState<{ id: string; by: -1 | 1; n: number } | null>(null);
  const buttonId = (id: string, by: -1 | 1) => `rank-${kind}-${ownerId}-${id}-${by < 0 ? 'up' : 'down'}`;
  // After a move the list re-renders in the new order: keep the focus on the moved person's button
  // (or its other button, when it reached the top or the bottom).
  useEffect(() => {
    if (!focusAfter) return;
    const same = document.getElementById(buttonId(focusAfter.id, focusAfter.by)) as HTMLButtonElement | null;
    const other = document.getElementById(buttonId(focusAfter.id, focusAfter.by < 0 ? 1 : -1)) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  }, [focusAfter]);

  const chosen = entries.filter((e) => e.included).length;
  return (
    <Fieldset legend={t(kind === 'volunteer' ? 'preferences.rankingOfVolunteer' : 'preferences.rankingOfFamily', { name: ownerName })} className="coordinator-ranking">
      <p className="dh-muted">{t('preferences.chosen', { count: chosen })}</p>
      <ol className="coordinator-ranking-list">
        {entries.map((entry) => {
          const place = placeOf(entries, entry.id);
          const other = nameOf(entry.id);
          const context = t('preferences.inRankingOf', { name: ownerName });
          return (
            <li key={entry.id} className={entry.included ? 'coordinator-ranking-item' : 'coordinator-ranking-item coordinator-ranking-item--out'}>
              <span className="coordinator-ranking-place" aria-hidden="true">
                {place ?? '–'}
              </span>
              <div className="dh-checkbox">
                <input
                  id={`rank-${kind}-${ownerId}-${entry.id}`}
                  type="checkbox"
                  className="dh-checkbox__input"
                  checked={entry.included}
                  onChange={(event) => {
                    const next = setIncluded(entries, entry.id, event.target.checked);
                    const nextPlace = placeOf(next, entry.id);
                    onChange(next, nextPlace ? t('preferences.movedTo', { name: other, place: nextPlace, owner: ownerName }) : t('preferences.leftOut', { name: other, owner: ownerName }));
                  }}
                />
                <label className="dh-checkbox__label" htmlFor={`rank-${kind}-${ownerId}-${entry.id}`}>
                  {other}
                  <span className="dh-visually-hidden">
                    {place ? `, ${t('preferences.place', { place })}` : ''} {context}
                  </span>
                </label>
              </div>
              {entry.included && (
                <span className="coordinator-ranking-moves">
                  {([-1, 1] as const).map((by) => {
                    const next = move(entries, entry.id, by);
                    const disabled = next.every((e, i) => e.id === entries[i]!.id);
                    return (
                      <Button
                        key={by}
                        id={buttonId(entry.id, by)}
                        type="button"
                        variant="secondary"
                        disabled={disabled}
                        onClick={() => {
                          onChange(next, t('preferences.movedTo', { name: other, place: placeOf(next, entry.id), owner: ownerName }));
                          setFocusAfter((previous) => ({ id: entry.id, by, n: (previous?.n ?? 0) + 1 }));
                        }}
                      >
                        <span aria-hidden="true">{by < 0 ? '↑' : '↓'}</span>
                        <span className="dh-visually-hidden">{t(by < 0 ? 'preferences.up' : 'preferences.down', { name: other, owner: ownerName })}</span>
                      </Button>
                    );
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </Fieldset>
  );
}
