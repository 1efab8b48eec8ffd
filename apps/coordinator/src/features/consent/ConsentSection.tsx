import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { formatDay } from '../../dates';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { RecordConsentForm } from './RecordConsentForm';
import { WithdrawConsentForm } from './WithdrawConsentForm';
import type { PupilDetail } from '../../api-types';

type State = PupilDetail['consent']['purposes'][number]['state'];
const STATE_TONE: Record<State, 'success' | 'neutral' | 'danger' | 'warning'> = {
  given: 'success',
  pending: 'neutral',
  refused: 'danger',
  withdrawn: 'warning',
};

export function ConsentStateBadge({ state }: { state: State }) {
  const { t } = useTranslation();
  return <Badge tone={STATE_TONE[state]}>{t(`consentState.${state}`)}</Badge>;
}

/**
 * Consent per purpose and giver (CON-6), the form to record what someone said, and the records
 * with their withdrawal (CON-4).
 */
export function ConsentSection({ pupil }: { pupil: PupilDetail }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  // A fresh, empty form after each saved consent.
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="consent-heading" className="coordinator-consent">
      <h2 id="consent-heading">{t('consent.title')}</h2>
      <ConsentStates pupil={pupil} />
      <h3>{t('consent.recordTitle')}</h3>
      <SavedNotice message={saved.message} version={saved.version} />
      {pupil.consent.closedBecauseRefused ? (
        <p>{t('consent.closedNoMore')}</p>
      ) : (
        <RecordConsentForm
          key={formKey}
          pupil={pupil}
          onSaved={() => {
            setFormKey((key) => key + 1);
            setSaved(savedWith(t('consent.saved')));
          }}
        />
      )}
      <ConsentRecords pupil={pupil} />
    </section>
  );
}

function ConsentStates({ pupil }: { pupil: PupilDetail }) {
  const { t } = useTranslation();
  const { purposes } = pupil.consent;
  if (purposes.length === 0) return <p>{t('consent.noPurposes')}</p>;
  return (
    <div className="coordinator-table-scroll">
      <table className="data">
        <caption>{t('consent.statesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('consent.col.purpose')}</th>
            <th scope="col">{t('consent.col.needed')}</th>
            <th scope="col">{t('consent.col.state')}</th>
            <th scope="col">{t('consent.col.givers')}</th>
          </tr>
        </thead>
        <tbody>
          {purposes.map((purpose) => (
            <tr key={purpose.purpose}>
              <th scope="row">{t(`consentPurpose.${purpose.purpose}`)}</th>
              <td>{purpose.neededToMatch ? t('consent.neededToMatch') : t('consent.optional')}</td>
              <td>
                <ConsentStateBadge state={purpose.state} />
              </td>
              <td>
                <ul className="coordinator-inline-list">
                  {purpose.givers.map((giver) => (
                    <li key={giver.giver}>
                      {t(`consentGiver.${giver.giver}`)}: <ConsentStateBadge state={giver.state} />
                      {giver.problems.length > 0 && (
                        <span className="coordinator-problem-text"> {giver.problems.map((code) => t(code, { defaultValue: '' })).join(' ')}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type RecordView = PupilDetail['consentRecords'][number];

/** The records, newest first; a given consent can be withdrawn (the reason is never required). */
function ConsentRecords({ pupil }: { pupil: PupilDetail }) {
  const { t, i18n } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const openButton = useRef<HTMLButtonElement | null>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!openId && refocus.current) {
      refocus.current = false;
      openButton.current?.focus();
    }
  }, [openId]);
  const records = [...pupil.consentRecords].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn));
  const open = records.find((record) => record.id === openId) ?? null;

  return (
    <>
      <h3>{t('consent.recordsTitle')}</h3>
      <SavedNotice message={saved.message} version={saved.version} />
      {records.length === 0 ? (
        <p>{t('consent.noRecords')}</p>
      ) : (
        <div className="coordinator-table-scroll">
          <table className="data">
            <caption>{t('consent.recordsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consent.col.purpose')}</th>
                <th scope="col">{t('consent.col.giver')}</th>
                <th scope="col">{t('consent.col.status')}</th>
                <th scope="col">{t('consent.col.decidedOn')}</th>
                <th scope="col">{t('consent.col.how')}</th>
                <th scope="col">{t('consent.col.recordedBy')}</th>
                <th scope="col">{t('consent.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.id} aria-current={record.id === openId ? 'true' : undefined}>
                  <td>{t(`consentPurpose.${record.purpose}`)}</td>
                  <td>
                    {record.giverName}
                    <br />
                    <span className="dh-muted">{t(`giverRole.${record.giverRole}`, { defaultValue: record.giverRole })}</span>
                  </td>
                  <td>
                    <RecordStatus record={record} />
                  </td>
                  <td>{formatDay(record.decidedOn, i18n.language)}</td>
                  <td>
                    {t(`consentMethod.${record.method}`, { defaultValue: record.method })}
                    <br />
                    <span className="dh-muted">{t('consent.noticeIn', { language: t(`portalLanguage.${record.noticeLanguage}`, { defaultValue: record.noticeLanguage }) })}</span>
                  </td>
                  <td>{record.recordedByName}</td>
                  <td>
                    {record.status === 'given' && (
                      <Button
                        type="button"
                        variant="secondary"
                        aria-expanded={record.id === openId}
                        aria-controls="consent-withdraw"
                        onClick={(event) => {
                          openButton.current = event.currentTarget;
                          setOpenId(record.id);
                        }}
                      >
                        {t('consent.withdraw')}
                        <span className="dh-visually-hidden">
                          {': '}
                          {t(`consentPurpose.${record.purpose}`)}, {record.giverName}
                        </span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <div id="consent-withdraw">
          <WithdrawConsentForm
            key={open.id}
            record={open}
            purposeNeeded={pupil.consent.purposes.find((p) => p.purpose === open.purpose)?.neededToMatch ?? false}
            onCancel={() => {
              refocus.current = true;
              setOpenId(null);
            }}
            onSaved={() => {
              setOpenId(null);
              setSaved(savedWith(t('consent.withdrawn')));
            }}
          />
        </div>
      )}
    </>
  );
}

function RecordStatus({ record }: { record: RecordView }) {
  const { t, i18n } = useTranslation();
  const tone = record.status === 'given' ? 'success' : record.status === 'refused' ? 'danger' : record.status === 'withdrawn' ? 'warning' : 'neutral';
  return (
    <>
      <Badge tone={tone}>{t(`recordStatus.${record.status}`)}</Badge>
      {record.withdrawnOn && (
        <span className="dh-muted">
          {' '}
          {t('consent.withdrawnOn', {
            date: formatDay(record.withdrawnOn, i18n.language),
            channel: record.withdrawalChannel ? t(`consentMethod.${record.withdrawalChannel}`, { defaultValue: record.withdrawalChannel }) : '',
          })}
        </span>
      )}
    </>
  );
}
