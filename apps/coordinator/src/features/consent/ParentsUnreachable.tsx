import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { notifyRelativeInput, recordContactAttemptInput } from '@driehoek/contracts/consent';
import { Alert } from '@driehoek/ui/Alert';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { trpc } from '../../trpc';
import { formatDay, todayIso } from '../../dates';
import { useErrorText } from '../../server-errors';
import { StepForm } from '../../forms/StepForm';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { useFormServerErrors } from '../../forms/form-errors';
import { pupilSaved } from '../pupils/saving';
import { CONTACT_CHANNELS, CONTACT_RESULTS, NOTIFICATION_CHANNELS } from './vocabulary';
import type { PupilDetail } from '../../api-types';

type AttemptValues = z.input<typeof recordContactAttemptInput>;
type NotifyValues = z.input<typeof notifyRelativeInput>;

/**
 * CON-5 (Thuisschoolmaatje step 4): when the parents cannot be reached, the tries are recorded,
 * and then another family member may be informed "so that the family knows". Informing someone is
 * never consent; the server refuses it until the parents were tried often and long enough.
 */
export function ParentsUnreachable({ pupil }: { pupil: PupilDetail }) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<Saved & { what: 'attempt' | 'notify' | null }>({ ...NOT_SAVED, what: null });
  const [keys, setKeys] = useState({ attempt: 0, notify: 0 });
  const memberName = (id: string) => {
    const member = pupil.family.find((m) => m.id === id);
    return member ? `${member.firstName} ${member.lastName}` : '—';
  };
  const guardians = pupil.family.filter((m) => m.hasParentalAuthority);
  const relatives = pupil.family.filter((m) => !m.hasParentalAuthority);
  const done = (what: 'attempt' | 'notify', message: string) => {
    setKeys((previous) => ({ ...previous, [what]: previous[what] + 1 }));
    setSaved((previous) => ({ ...savedWith(message)(previous), what }));
  };

  return (
    <section aria-labelledby="unreachable-heading" className="coordinator-unreachable">
      <h2 id="unreachable-heading">{t('unreachable.title')}</h2>
      <p className="dh-prose">{t('unreachable.intro')}</p>

      <h3>{t('unreachable.attemptsTitle')}</h3>
      {pupil.contactAttempts.length === 0 ? (
        <p>{t('unreachable.noAttempts')}</p>
      ) : (
        <div className="coordinator-table-scroll">
          <table className="data">
            <caption>{t('unreachable.attemptsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('unreachable.col.on')}</th>
                <th scope="col">{t('unreachable.col.member')}</th>
                <th scope="col">{t('unreachable.col.channel')}</th>
                <th scope="col">{t('unreachable.col.result')}</th>
              </tr>
            </thead>
            <tbody>
              {pupil.contactAttempts.map((attempt) => (
                <tr key={attempt.id}>
                  <td>{formatDay(attempt.on, i18n.language)}</td>
                  <td>{memberName(attempt.familyMemberId)}</td>
                  <td>{t(`contactChannel.${attempt.channel}`, { defaultValue: attempt.channel })}</td>
                  <td>{t(`contactResult.${attempt.result}`, { defaultValue: attempt.result })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {saved.what === 'attempt' && <SavedNotice message={saved.message} version={saved.version} />}
      {guardians.length > 0 ? (
        <ContactAttemptForm key={keys.attempt} pupil={pupil} guardians={guardians} onSaved={() => done('attempt', t('unreachable.attemptSaved'))} />
      ) : (
        <p>{t('unreachable.noGuardians')}</p>
      )}

      <h3>{t('unreachable.notifyTitle')}</h3>
      <Alert tone="info" title={t('unreachable.notConsentTitle')}>
        <p>{t('unreachable.notConsentText')}</p>
      </Alert>
      {pupil.familyNotifications.length > 0 && (
        <ul className="coordinator-notes-list">
          {pupil.familyNotifications.map((notification) => (
            <li key={notification.id}>
              <p className="coordinator-label">
                {t('unreachable.notified', {
                  name: notification.notifiedPersonName,
                  relationship: notification.relationship,
                  date: formatDay(notification.notifiedOn, i18n.language),
                  channel: t(`consentMethod.${notification.channel}`, { defaultValue: notification.channel }),
                })}
              </p>
              <p className="coordinator-notes">{notification.contentSummary}</p>
              <p className="coordinator-notes dh-muted">{t('unreachable.because', { reason: notification.reasonParentsUnreachable })}</p>
            </li>
          ))}
        </ul>
      )}
      {saved.what === 'notify' && <SavedNotice message={saved.message} version={saved.version} />}
      {relatives.length > 0 ? (
        <>
          {pupil.contactAttempts.length === 0 && <p>{t('unreachable.attemptsFirst')}</p>}
          <NotifyRelativeForm key={keys.notify} pupil={pupil} relatives={relatives} onSaved={() => done('notify', t('unreachable.notifySaved'))} />
        </>
      ) : (
        <p>{t('unreachable.noRelatives')}</p>
      )}
    </section>
  );
}

type Member = PupilDetail['family'][number];
const memberOption = (member: Member, t: (key: string) => string) => ({
  value: member.id,
  label: `${member.firstName} ${member.lastName} (${t(`familyRole.${member.role}`)})`,
});

function ContactAttemptForm({ pupil, guardians, onSaved }: { pupil: PupilDetail; guardians: Member[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<AttemptValues>({
    resolver: zodResolver(recordContactAttemptInput),
    defaultValues: { pupilId: pupil.id, familyMemberId: guardians[0]?.id ?? '', on: todayIso(), channel: 'phone' },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['familyMemberId', 'on', 'channel', 'result']);
  const mutation = useMutation(trpc.consent.recordContactAttempt.mutationOptions({ onSuccess: pupilSaved }));
  return (
    <StepForm
      submitLabel={t('unreachable.attemptSubmit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <div className="dh-form-row">
        <SelectField
          label={t('unreachable.member')}
          options={guardians.map((m) => memberOption(m, t))}
          error={errorText(errors.familyMemberId?.message)}
          {...form.register('familyMemberId')}
        />
        <TextField label={t('unreachable.on')} type="date" max={todayIso()} error={errorText(errors.on?.message)} {...form.register('on')} />
      </div>
      <div className="dh-form-row">
        <SelectField
          label={t('unreachable.channel')}
          options={CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`contactChannel.${c}`) }))}
          error={errorText(errors.channel?.message)}
          {...form.register('channel')}
        />
        <SelectField
          label={t('unreachable.result')}
          placeholder={t('unreachable.chooseResult')}
          options={CONTACT_RESULTS.map((r) => ({ value: r, label: t(`contactResult.${r}`) }))}
          error={errorText(errors.result?.message, t('unreachable.chooseResult'))}
          {...form.register('result')}
        />
      </div>
    </StepForm>
  );
}

function NotifyRelativeForm({ pupil, relatives, onSaved }: { pupil: PupilDetail; relatives: Member[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<NotifyValues>({
    resolver: zodResolver(notifyRelativeInput),
    defaultValues: {
      pupilId: pupil.id,
      relativeId: relatives[0]?.id ?? '',
      notifiedOn: todayIso(),
      channel: 'phone',
      contentSummary: '',
      reasonParentsUnreachable: '',
    },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['relativeId', 'notifiedOn', 'channel', 'contentSummary', 'reasonParentsUnreachable'], {
    notifiedPersonName: 'relativeId',
  });
  const mutation = useMutation(trpc.consent.notifyRelative.mutationOptions({ onSuccess: pupilSaved }));
  return (
    <StepForm
      submitLabel={t('unreachable.notifySubmit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <div className="dh-form-row">
        <SelectField
          label={t('unreachable.relative')}
          options={relatives.map((m) => memberOption(m, t))}
          error={errorText(errors.relativeId?.message)}
          {...form.register('relativeId')}
        />
        <TextField label={t('unreachable.notifiedOn')} type="date" max={todayIso()} error={errorText(errors.notifiedOn?.message)} {...form.register('notifiedOn')} />
      </div>
      <SelectField
        label={t('unreachable.notifyChannel')}
        options={NOTIFICATION_CHANNELS.map((c) => ({ value: c, label: t(`consentMethod.${c}`) }))}
        error={errorText(errors.channel?.message)}
        {...form.register('channel')}
      />
      <TextArea
        label={t('unreachable.contentSummary')}
        hint={t('unreachable.contentSummaryHint')}
        rows={2}
        error={errorText(errors.contentSummary?.message)}
        {...form.register('contentSummary')}
      />
      <TextArea
        label={t('unreachable.reason')}
        rows={2}
        error={errorText(errors.reasonParentsUnreachable?.message)}
        {...form.register('reasonParentsUnreachable')}
      />
    </StepForm>
  );
}
