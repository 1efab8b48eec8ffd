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
import { AnswerRequest } from './AnswerRequest';

type RequestValues = z.input<typeof recordSubjectRequestInput>;

const requestsChanged = () => void queryClient.invalidateQueries(trpc.privacy.requests.list.pathFilter());
const breachesChanged = () => void queryClient.invalidateQueries(trpc.privacy.breaches.list.pathFilter());

/**
 * Privacy operations for an admin: the go-live checklist (PRV-5), the register of data-subject
 * requests with their due dates (PRV-2, PRV-3), each answered from its row: the export or erasure
 * of the person it is about (a pupil, parent, volunteer or staff member) behind the admin's
 * password; the retention periods (part (d)); the breach register with the 72 hours (PRV-4). The audit log has its own page.
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
  const [answeringId, setAnsweringId] = useState<string | null>(null);
  const answering = requests.find((request) => request.id === answeringId) ?? null;
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
                <td>
                  {request.subjectName ?? t('privacy.requests.anonymised')} ({t(`privacy.requests.subjectType.${request.subjectType}`)})
                </td>
                <td>
                  {formatDay(request.dueOn, i18n.language)}
                  {request.extended && <> ({t('privacy.requests.extended')})</>}
                </td>
                <td>
                  {t(`privacy.requestStatus.${request.status}`)}
                  {request.daysLeft !== null && request.daysLeft >= 0 && <> – {t('privacy.requests.daysLeft', { count: request.daysLeft })}</>}
                </td>
                <td>
                  {request.completedOn === null && request.subjectName !== null && (request.kind === 'access' || request.kind === 'portability' || request.kind === 'erasure') && (
                    <Button variant={request.kind === 'erasure' ? 'danger' : 'primary'} onClick={() => setAnsweringId(request.id)}>
                      {t(request.kind === 'erasure' ? 'privacy.requests.erase' : 'privacy.requests.export')}
                      <span className="dh-visually-hidden"> {request.subjectName}, {formatDay(request.receivedOn, i18n.language)}</span>
                    </Button>
                  )}{' '}
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
      {answering && <AnswerRequest key={answering.id} request={answering} onDone={() => setAnsweringId(null)} />}
    </>
  );
}

type About = 'pupil' | 'familyMember' | 'volunteer' | 'staffMember';
const ABOUT: readonly About[] = ['pupil', 'familyMember', 'volunteer', 'staffMember'];

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
  const people = useQuery(trpc.privacy.people.queryOptions());
  const [about, setAbout] = useState<About>('pupil');
  const [personId, setPersonId] = useState('');
  const choose = (next: About, id: string) => {
    setAbout(next);
    setPersonId(id);
    form.setValue('person', next !== 'pupil' && id ? { type: next, id } : undefined);
    form.setValue('requester', next === 'pupil' ? 'legalRepresentative' : 'subject');
  };
  const personOptions =
    about === 'familyMember'
      ? (people.data?.familyMembers ?? []).map((person) => ({ value: person.id, label: t('privacy.requests.parentOf', { name: person.name, pupil: person.pupilName }) }))
      : about === 'volunteer'
        ? (people.data?.volunteers ?? []).map((person) => ({ value: person.id, label: person.name }))
        : (people.data?.staff ?? []).map((person) => ({ value: person.id, label: person.name }));
  return (
    <StepForm
      submitLabel={t('privacy.requests.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(about === 'pupil' ? { ...values, person: undefined } : { ...values, pupilId: undefined }, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <SelectField label={t('privacy.requests.kind')} options={SUBJECT_REQUEST_KINDS.map((kind) => ({ value: kind, label: t(`privacy.requestKind.${kind}`) }))} {...form.register('kind')} />
      <SelectField
        label={t('privacy.requests.about')}
        options={ABOUT.map((value) => ({ value, label: t(`privacy.requests.aboutType.${value}`) }))}
        value={about}
        onChange={(event) => choose(ABOUT.find((value) => value === event.target.value) ?? 'pupil', '')}
      />
      {about === 'pupil' ? (
        <SelectField label={t('privacy.requests.pupil')} placeholder={t('privacy.choosePupil')} options={pupilOptions(pupils)} error={errorText(errors.pupilId?.message)} {...form.register('pupilId')} />
      ) : (
        <SelectField
          label={t('privacy.requests.person')}
          placeholder={t('privacy.requests.choosePerson')}
          options={personOptions}
          value={personId}
          error={errorText(errors.pupilId?.message ?? errors.person?.message)}
          onChange={(event) => choose(about, event.target.value)}
        />
      )}
      <SelectField
        label={t('privacy.requests.requester')}
        hint={t('privacy.requests.requesterHint')}
        options={
          about === 'pupil'
            ? [
                { value: 'legalRepresentative', label: t('privacy.requester.legalRepresentative') },
                { value: 'subject', label: t('privacy.requester.subject') },
              ]
            : [{ value: 'subject', label: t('privacy.requester.self') }]
        }
        error={errorText(errors.requester?.message)}
        {...form.register('requester')}
      />
      <TextField label={t('privacy.requests.receivedOn')} type="date" error={errorText(errors.receivedOn?.message)} {...form.register('receivedOn')} />
      {about === 'pupil' && <Checkbox label={t('privacy.requests.authorisedByPupil')} {...form.register('authorisedByPupil')} />}
    </StepForm>
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
