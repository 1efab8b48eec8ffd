import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { Link } from 'wouter';
import { recordSubjectRequestInput } from '@driehoek/contracts/privacy';
import { SUBJECT_REQUEST_KINDS } from '@driehoek/domain/privacy';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { formatDay, formatMoment, todayIso } from '../../dates';
import { useErrorText, useServerErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { useFormServerErrors } from '../../forms/form-errors';
import type { BreachView, PupilSummary, SubjectRequestView } from '../../api-types';
import { pupilOptions } from './pupil-options';
import { RetentionCard } from './RetentionCard';
import { SetupCard } from './SetupCard';

type RequestValues = z.input<typeof recordSubjectRequestInput>;

const requestsChanged = () => void queryClient.invalidateQueries(trpc.privacy.requests.list.pathFilter());
const breachesChanged = () => void queryClient.invalidateQueries(trpc.privacy.breaches.list.pathFilter());

/**
 * Privacy operations for an admin: the go-live checklist (PRV-5), the register of data-subject
 * requests with their due dates (PRV-2, PRV-3), the retention periods (part (d)), the breach register with the 72 hours (PRV-4), and
 * an export or erasure of one pupil's file. The audit log has its own page.
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const pupils = useQuery(trpc.pupils.list.queryOptions({}));
  if (pupils.isPending) return <LoadingState />;
  if (pupils.isError) return <LoadError error={pupils.error} onRetry={() => void pupils.refetch()} />;
  return (
    <>
      <PageHeading>{t('privacy.title')}</PageHeading>
      <p>
        {t('privacy.intro')} <Link href="/privacy/audit">{t('privacy.auditLink')}</Link>
      </p>
      <GoLiveCard />
      <SetupCard />
      <RetentionCard />
      <RequestsCard pupils={pupils.data} />
      <PersonCard pupils={pupils.data} />
      <BreachesCard />
    </>
  );
}

function GoLiveCard() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const gate = useQuery(trpc.privacy.goLive.queryOptions());
  return (
    <Card title={t('privacy.goLive.title')} headingLevel={2}>
      <p>{t('privacy.goLive.intro')}</p>
      {gate.isPending ? (
        <LoadingState />
      ) : gate.isError ? (
        <LoadError error={gate.error} onRetry={() => void gate.refetch()} />
      ) : gate.data.mayProcessChildrensData ? (
        <Alert tone="success">{t('privacy.goLive.ready')}</Alert>
      ) : (
        <>
          <Alert tone="warning">{t('privacy.goLive.notReady')}</Alert>
          <ul className="coordinator-checklist">
            {gate.data.gaps.map((gap) => (
              <li key={`${gap.code}-${gap.item ?? ''}`}>
                {errorText(gap.code)} ({gap.rule}
                {gap.item ? `: ${gap.item}` : ''})
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function RequestsCard({ pupils }: { pupils: readonly PupilSummary[] }) {
  const { t } = useTranslation();
  const requests = useQuery(trpc.privacy.requests.list.queryOptions());
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const [formKey, setFormKey] = useState(0);
  return (
    <Card title={t('privacy.requests.title')} headingLevel={2}>
      <p>{t('privacy.requests.intro')}</p>
      {saved.message && <SavedNotice message={saved.message} version={saved.version} />}
      {requests.isPending ? (
        <LoadingState />
      ) : requests.isError ? (
        <LoadError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.length === 0 ? (
        <p>{t('privacy.requests.empty')}</p>
      ) : (
        <RequestsTable requests={requests.data} onChanged={(message) => setSaved(savedWith(message))} />
      )}
      <h3>{t('privacy.requests.recordTitle')}</h3>
      <RequestForm
        key={formKey}
        pupils={pupils}
        onSaved={() => {
          setFormKey((key) => key + 1);
          setSaved(savedWith(t('privacy.requests.recorded')));
        }}
      />
    </Card>
  );
}

function RequestsTable({ requests, onChanged }: { requests: readonly SubjectRequestView[]; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const errorText = useServerErrorText();
  const complete = useMutation(trpc.privacy.requests.complete.mutationOptions({ onSuccess: () => (requestsChanged(), onChanged(t('privacy.requests.completed'))) }));
  return (
    <>
      {complete.isError && <Alert tone="error">{errorText(complete.error)}</Alert>}
      <div className="coordinator-table-scroll">
        <table className="data">
          <caption>{t('privacy.requests.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('privacy.requests.col.received')}</th>
              <th scope="col">{t('privacy.requests.col.kind')}</th>
              <th scope="col">{t('privacy.requests.col.pupil')}</th>
              <th scope="col">{t('privacy.requests.col.due')}</th>
              <th scope="col">{t('privacy.requests.col.status')}</th>
              <th scope="col">
                <span className="dh-visually-hidden">{t('privacy.requests.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.id}>
                <th scope="row">{formatDay(request.receivedOn, i18n.language)}</th>
                <td>{t(`privacy.requestKind.${request.kind}`)}</td>
                <td>{request.pupilName ?? t('privacy.requests.anonymised')}</td>
                <td>
                  {formatDay(request.dueOn, i18n.language)}
                  {request.extended && <> ({t('privacy.requests.extended')})</>}
                </td>
                <td>
                  {t(`privacy.requestStatus.${request.status}`)}
                  {request.daysLeft !== null && request.daysLeft >= 0 && <> – {t('privacy.requests.daysLeft', { count: request.daysLeft })}</>}
                </td>
                <td>
                  {request.completedOn === null && (
                    <Button variant="secondary" disabled={complete.isPending} onClick={() => complete.mutate({ requestId: request.id, completedOn: todayIso(), outcome: 'granted' })}>
                      {t('privacy.requests.markAnswered')}
                      <span className="dh-visually-hidden"> {formatDay(request.receivedOn, i18n.language)}</span>
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function RequestForm({ pupils, onSaved }: { pupils: readonly PupilSummary[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<RequestValues>({
    resolver: zodResolver(recordSubjectRequestInput),
    defaultValues: { kind: 'access', pupilId: '', requester: 'legalRepresentative', receivedOn: todayIso(), authorisedByPupil: false },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['kind', 'pupilId', 'requester', 'receivedOn']);
  const mutation = useMutation(trpc.privacy.requests.record.mutationOptions({ onSuccess: requestsChanged }));
  return (
    <StepForm
      submitLabel={t('privacy.requests.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <SelectField label={t('privacy.requests.kind')} options={SUBJECT_REQUEST_KINDS.map((kind) => ({ value: kind, label: t(`privacy.requestKind.${kind}`) }))} {...form.register('kind')} />
      <SelectField label={t('privacy.requests.pupil')} placeholder={t('privacy.choosePupil')} options={pupilOptions(pupils)} error={errorText(errors.pupilId?.message)} {...form.register('pupilId')} />
      <SelectField
        label={t('privacy.requests.requester')}
        hint={t('privacy.requests.requesterHint')}
        options={[
          { value: 'legalRepresentative', label: t('privacy.requester.legalRepresentative') },
          { value: 'subject', label: t('privacy.requester.subject') },
        ]}
        error={errorText(errors.requester?.message)}
        {...form.register('requester')}
      />
      <TextField label={t('privacy.requests.receivedOn')} type="date" error={errorText(errors.receivedOn?.message)} {...form.register('receivedOn')} />
      <Checkbox label={t('privacy.requests.authorisedByPupil')} {...form.register('authorisedByPupil')} />
    </StepForm>
  );
}

/** Downloads the export as a JSON file (no name or id of the child in the file name). */
function download(json: unknown, purpose: string) {
  const blob = new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `privacy-export-${purpose}-${todayIso()}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function PersonCard({ pupils }: { pupils: readonly PupilSummary[] }) {
  const { t } = useTranslation();
  const serverError = useServerErrorText();
  const [pupilId, setPupilId] = useState('');
  const [purpose, setPurpose] = useState<'access' | 'portability'>('access');
  const [confirmed, setConfirmed] = useState(false);
  const exportPupil = useMutation(trpc.privacy.exportPupil.mutationOptions({ onSuccess: (result) => download(result.file, result.file.purpose) }));
  const erase = useMutation(trpc.privacy.erasePupil.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries(trpc.pupils.list.pathFilter()) }));
  return (
    <Card title={t('privacy.person.title')} headingLevel={2}>
      <p>{t('privacy.person.intro')}</p>
      <SelectField label={t('privacy.person.pupil')} placeholder={t('privacy.choosePupil')} options={pupilOptions(pupils)} value={pupilId} onChange={(event) => setPupilId(event.target.value)} />
      <h3>{t('privacy.person.exportTitle')}</h3>
      <SelectField
        label={t('privacy.person.purpose')}
        options={[
          { value: 'access', label: t('privacy.person.purposeAccess') },
          { value: 'portability', label: t('privacy.person.purposePortability') },
        ]}
        value={purpose}
        onChange={(event) => setPurpose(event.target.value === 'portability' ? 'portability' : 'access')}
      />
      <p>{t('privacy.person.concernsNote')}</p>
      {exportPupil.isError && <Alert tone="error">{serverError(exportPupil.error)}</Alert>}
      {exportPupil.isSuccess && (
        <Alert tone="success">
          {t('privacy.person.exported')}
          {exportPupil.data.writtenByOthersToReview > 0 && <> {t('privacy.person.toReview', { count: exportPupil.data.writtenByOthersToReview })}</>}
        </Alert>
      )}
      <Button disabled={!pupilId || exportPupil.isPending} onClick={() => exportPupil.mutate({ pupilId, purpose })}>
        {t('privacy.person.download')}
      </Button>
      <h3>{t('privacy.person.eraseTitle')}</h3>
      <p>{t('privacy.person.eraseIntro')}</p>
      <Checkbox label={t('privacy.person.eraseConfirm')} checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
      {erase.isError && <Alert tone="error">{serverError(erase.error)}</Alert>}
      {erase.isSuccess && (
        <Alert tone="success">
          {t('privacy.person.erased', { deleted: erase.data.deleted, anonymised: erase.data.anonymised, kept: erase.data.kept.length })}
          {erase.data.toReview > 0 && <> {t('privacy.person.erasedReview')}</>}
        </Alert>
      )}
      <Button
        variant="danger"
        disabled={!pupilId || !confirmed || erase.isPending}
        onClick={() =>
          erase.mutate(
            { pupilId },
            {
              onSettled: () => setConfirmed(false),
            },
          )
        }
      >
        {t('privacy.person.erase')}
      </Button>
    </Card>
  );
}

function BreachesCard() {
  const { t, i18n } = useTranslation();
  const breaches = useQuery(trpc.privacy.breaches.list.queryOptions());
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const [formKey, setFormKey] = useState(0);
  return (
    <Card title={t('privacy.breaches.title')} headingLevel={2}>
      <p>{t('privacy.breaches.intro')}</p>
      {saved.message && <SavedNotice message={saved.message} version={saved.version} />}
      {breaches.isPending ? (
        <LoadingState />
      ) : breaches.isError ? (
        <LoadError error={breaches.error} onRetry={() => void breaches.refetch()} />
      ) : breaches.data.length === 0 ? (
        <p>{t('privacy.breaches.empty')}</p>
      ) : (
        <div className="coordinator-table-scroll">
          <table className="data">
            <caption>{t('privacy.breaches.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacy.breaches.col.discovered')}</th>
                <th scope="col">{t('privacy.breaches.col.summary')}</th>
                <th scope="col">{t('privacy.breaches.col.authority')}</th>
                <th scope="col">{t('privacy.breaches.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {breaches.data.map((breach) => (
                <BreachRow key={breach.id} breach={breach} language={i18n.language} onChanged={(message) => setSaved(savedWith(message))} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('privacy.breaches.recordTitle')}</h3>
      <BreachForm
        key={formKey}
        onSaved={() => {
          setFormKey((key) => key + 1);
          setSaved(savedWith(t('privacy.breaches.recorded')));
        }}
      />
    </Card>
  );
}

function BreachRow({ breach, language, onChanged }: { breach: BreachView; language: string; onChanged: (message: string) => void }) {
  const { t } = useTranslation();
  const serverError = useServerErrorText();
  const errorText = useErrorText();
  const [delayReason, setDelayReason] = useState('');
  const notify = useMutation(trpc.privacy.breaches.notify.mutationOptions({ onSuccess: () => (breachesChanged(), onChanged(t('privacy.breaches.notified'))) }));
  const authority = breach.apNotifiedAt
    ? t('privacy.breaches.notifiedAt', { at: formatMoment(breach.apNotifiedAt, language) })
    : !breach.apNotificationRequired
      ? t('privacy.breaches.notRequired')
      : breach.apOverdue
        ? t('privacy.breaches.overdue', { at: formatMoment(breach.apNotificationDueAt, language) })
        : t('privacy.breaches.dueAt', { at: formatMoment(breach.apNotificationDueAt, language), count: breach.hoursLeft ?? 0 });
  return (
    <tr>
      <th scope="row">{formatMoment(breach.discoveredAt, language)}</th>
      <td>
        {breach.summary}
        {breach.problems.length > 0 && (
          <ul>
            {breach.problems.map((problem) => (
              <li key={problem}>{errorText(problem)}</li>
            ))}
          </ul>
        )}
      </td>
      <td>{authority}</td>
      <td>
        {notify.isError && <Alert tone="error">{serverError(notify.error)}</Alert>}
        {!breach.apNotifiedAt && breach.apNotificationRequired && (
          <>
            {breach.apOverdue && <TextArea label={t('privacy.breaches.delayReason')} value={delayReason} onChange={(event) => setDelayReason(event.target.value)} />}
            <Button variant="secondary" disabled={notify.isPending} onClick={() => notify.mutate({ breachId: breach.id, who: 'authority', at: new Date().toISOString(), ...(delayReason ? { delayReason } : {}) })}>
              {t('privacy.breaches.markNotified')}
            </Button>
          </>
        )}
      </td>
    </tr>
  );
}

function BreachForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [discoveredAt, setDiscoveredAt] = useState('');
  const [summary, setSummary] = useState('');
  const mutation = useMutation(trpc.privacy.breaches.record.mutationOptions({ onSuccess: breachesChanged }));
  return (
    <StepForm
      submitLabel={t('privacy.breaches.submit')}
      busy={mutation.isPending}
      formError={mutation.error}
      onSubmit={(event) => {
        event.preventDefault();
        const at = discoveredAt ? new Date(discoveredAt) : null;
        if (!at || Number.isNaN(at.getTime())) return;
        mutation.mutate({ discoveredAt: at.toISOString(), summary }, { onSuccess: onSaved });
      }}
    >
      <TextField label={t('privacy.breaches.discoveredAt')} type="datetime-local" required value={discoveredAt} onChange={(event) => setDiscoveredAt(event.target.value)} />
      <TextArea label={t('privacy.breaches.summary')} hint={t('privacy.breaches.summaryHint')} required value={summary} onChange={(event) => setSummary(event.target.value)} />
    </StepForm>
  );
}
