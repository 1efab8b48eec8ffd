import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'wouter';
import { Alert } from '@driehoek/ui/Alert';
import { Badge } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { SelectField } from '@driehoek/ui/SelectField';
import { trpc } from '../../trpc';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { ProgrammeRoute } from '../../shell/ProgrammeRoute';
import { BatchPanel } from './BatchPanel';
import { PupilSuggestions, VolunteerSuggestions, type Proposed } from './SuggestionPanel';
import { ProposedNotice } from './ProposedNotice';
import { capitalise, fullName, helpAreaText } from './explain';
import type { MatchingBoard, ProgrammeSummary } from '../../api-types';

/**
 * The matching board of one programme ("Koppelen"): who waits, longest first, and which volunteers
 * have room; choosing a person shows their suggestions with the reasons in words, and the pairs
 * that are excluded and why. The address holds the programme id and the chosen person's id only.
 */
export function MatchingPage({ programmeId }: { programmeId?: string }) {
  const { t } = useTranslation();
  return (
    <ProgrammeRoute programmeId={programmeId} path={(id) => `/matching/${encodeURIComponent(id)}`} title={t('matching.title')}>
      {(programme, programmes) => <Board programme={programme} programmes={programmes} />}
    </ProgrammeRoute>
  );
}

/** The programme choice, shared by the board and the speed-meeting round. */
export function ProgrammeChoice({ programme, programmes, path }: { programme: ProgrammeSummary; programmes: ProgrammeSummary[]; path: (id: string) => string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  return (
    <div className="coordinator-toolbar">
      <SelectField
        label={t('matching.programme')}
        options={programmes.map((p) => ({ value: p.id, label: p.name }))}
        value={programme.id}
        onChange={(event) => navigate(path(event.target.value))}
      />
    </div>
  );
}

function Board({ programme, programmes }: { programme: ProgrammeSummary; programmes: ProgrammeSummary[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pupilId = params.get('pupil');
  const volunteerId = params.get('volunteer');
  const board = useQuery(trpc.matching.board.queryOptions({ programmeId: programme.id }));
  const [proposed, setProposed] = useState<Proposed | null>(null);
  const choose = (next: { pupil?: string; volunteer?: string }) => {
    setProposed(null);
    setParams(Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => Boolean(entry[1]))), { replace: true });
  };
  const onProposed = (result: Proposed) => {
    setParams({}, { replace: true });
    setProposed(result);
  };

  return (
    <div className="coordinator-matching">
      <PageHeading>{t('matching.titleProgramme', { programme: programme.name })}</PageHeading>
      <ProgrammeChoice programme={programme} programmes={programmes} path={(id) => `/matching/${encodeURIComponent(id)}`} />
      <ul className="coordinator-links">
        <li>
          <Link href={`/matching/${encodeURIComponent(programme.id)}/preferences`}>{t('matching.preferencesLink')}</Link>
        </li>
        <li>
          <Link href={`/matches?programme=${encodeURIComponent(programme.id)}`}>{t('matching.matchesLink')}</Link>
        </li>
      </ul>
      <ProposedNotice proposed={proposed} />

      {board.isPending ? (
        <LoadingState />
      ) : board.isError ? (
        <LoadError error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <>
          {board.data.programme.maxDistanceKm !== null && (
            <p className="dh-muted">{t('matching.maxDistance', { km: board.data.programme.maxDistanceKm })}</p>
          )}
          <BatchPanel programmeId={programme.id} />
          <div className="coordinator-two-columns">
            <WaitingPupils board={board.data} selected={pupilId} onChoose={(id) => choose({ pupil: id })} />
            <ReadyVolunteers board={board.data} selected={volunteerId} onChoose={(id) => choose({ volunteer: id })} />
          </div>
          <SelectedPanel board={board.data} pupilId={pupilId} volunteerId={volunteerId} onProposed={onProposed} onClose={() => choose({})} />
        </>
      )}
    </div>
  );
}

function SelectedPanel({
  board,
  pupilId,
  volunteerId,
  onProposed,
  onClose,
}: {
  board: MatchingBoard;
  pupilId: string | null;
  volunteerId: string | null;
  onProposed: (proposed: Proposed) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const pupil = pupilId ? board.waitingPupils.find((p) => p.id === pupilId) : undefined;
  const volunteer = volunteerId ? board.readyVolunteers.find((v) => v.id === volunteerId) : undefined;
  const chosen = pupil?.id ?? volunteer?.id;
  // The suggestions appear below the lists: move the focus there, so keyboard and screen-reader users land on them.
  useEffect(() => {
    if (chosen) ref.current?.focus();
  }, [chosen]);

  if ((pupilId && !pupil) || (volunteerId && !volunteer)) {
    return (
      <Alert tone="info">
        <p>{t('matching.noLongerOnBoard')}</p>
      </Alert>
    );
  }
  if (!pupil && !volunteer) return null;
  return (
    <div ref={ref} tabIndex={-1} className="coordinator-focus-target coordinator-suggestions">
      {pupil && <PupilSuggestions pupil={pupil} board={board} onProposed={onProposed} />}
      {volunteer && <VolunteerSuggestions volunteer={volunteer} board={board} onProposed={onProposed} />}
      <p>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t('matching.closeSuggestions')}
        </Button>
      </p>
    </div>
  );
}

function WaitingPupils({ board, selected, onChoose }: { board: MatchingBoard; selected: string | null; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">{t('matching.waiting', { count: board.waitingPupils.length })}</h2>
      {board.waitingPupils.length === 0 ? (
        <p>{t('matching.noneWaiting')}</p>
      ) : (
        <div className="coordinator-table-scroll">
          <table className="data">
            <caption className="dh-visually-hidden">{t('matching.waitingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matching.col.pupil')}</th>
                <th scope="col">{t('matching.col.waiting')}</th>
                <th scope="col">{t('matching.col.needs')}</th>
                <th scope="col">
                  <span className="dh-visually-hidden">{t('matching.col.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {board.waitingPupils.map((pupil) => {
                const name = fullName(pupil);
                return (
                  <tr key={pupil.id}>
                    <th scope="row">
                      <Link href={`/pupils/${encodeURIComponent(pupil.id)}`}>{name}</Link>
                      <span className="coordinator-cell-note">
                        {pupil.schoolName}
                        {pupil.homeLanguages.length > 0 && ` · ${pupil.homeLanguages.map((code) => t(`spokenLanguage.${code}`, { defaultValue: code })).join(', ')}`}
                      </span>
                    </th>
                    <td>{t('matching.days', { count: pupil.waitingDays })}</td>
                    <td>
                      {!pupil.profileComplete ? (
                        <Badge tone="warning">{t('matching.profileIncomplete')}</Badge>
                      ) : (
                        capitalise(pupil.needs.map((need) => helpAreaText(t, need)).join(', '))
                      )}
                    </td>
                    <td>
                      <Button type="button" variant={selected === pupil.id ? 'primary' : 'secondary'} aria-pressed={selected === pupil.id} onClick={() => onChoose(pupil.id)}>
                        {t('matching.suggestions')}
                        <span className="dh-visually-hidden"> {t('matching.forName', { name })}</span>
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ReadyVolunteers({ board, selected, onChoose }: { board: MatchingBoard; selected: string | null; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="ready-heading">
      <h2 id="ready-heading">{t('matching.ready', { count: board.readyVolunteers.length })}</h2>
      {board.readyVolunteers.length === 0 ? (
        <p>{t('matching.noneReady')}</p>
      ) : (
        <div className="coordinator-table-scroll">
          <table className="data">
            <caption className="dh-visually-hidden">{t('matching.readyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matching.col.volunteer')}</th>
                <th scope="col">{t('matching.col.capacity')}</th>
                <th scope="col">{t('matching.col.skills')}</th>
                <th scope="col">
                  <span className="dh-visually-hidden">{t('matching.col.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {board.readyVolunteers.map((volunteer) => {
                const name = fullName(volunteer);
                return (
                  <tr key={volunteer.id}>
                    <th scope="row">
                      <Link href={`/applicants/${encodeURIComponent(volunteer.id)}`}>{name}</Link>
                      {volunteer.languages.length > 0 && (
                        <span className="coordinator-cell-note">{volunteer.languages.map((code) => t(`spokenLanguage.${code}`, { defaultValue: code })).join(', ')}</span>
                      )}
                    </th>
                    <td>{t('matching.capacityLeft', { left: volunteer.capacityLeft, capacity: volunteer.capacity })}</td>
                    <td>{volunteer.skills.length === 0 ? <span className="dh-muted">{t('matching.noSkills')}</span> : capitalise(volunteer.skills.map((skill) => helpAreaText(t, skill)).join(', '))}</td>
                    <td>
                      <Button type="button" variant={selected === volunteer.id ? 'primary' : 'secondary'} aria-pressed={selected === volunteer.id} onClick={() => onChoose(volunteer.id)}>
                        {t('matching.suggestions')}
                        <span className="dh-visually-hidden"> {t('matching.forName', { name })}</span>
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
