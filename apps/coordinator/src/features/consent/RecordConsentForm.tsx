import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { recordConsentInput } from '@driehoek/contracts/consent';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { trpc } from '../../trpc';
import { todayIso } from '../../dates';
import { useErrorText } from '../../server-errors';
import { StepForm } from '../../forms/StepForm';
import { useFormServerErrors } from '../../forms/form-errors';
import { pupilSaved } from '../pupils/saving';
import { PORTAL_LANGUAGES } from '../pupils/vocabulary';
import { NoticeText } from './NoticeText';
import { AUTHORITY_VERIFICATION_METHODS, CONSENT_DECISIONS, CONSENT_METHODS, CONSENT_PURPOSES } from './vocabulary';
import type { PupilDetail } from '../../api-types';

type Values = z.input<typeof recordConsentInput>;

/** Who may give consent: the pupil (in a pupil programme), a parent or guardian with parental authority, or the parent who is the mentee. */
type Giver = { id: string; label: string; kind: 'pupil' | 'guardian' | 'mentee'; language: Values['noticeLanguage'] };

function giversOf(pupil: PupilDetail, t: TFunction): Giver[] {
  const givers: Giver[] = [];
  if (pupil.programme.mentee === 'pupil') {
    givers.push({ id: pupil.id, label: t('recordConsent.pupilOption', { name: `${pupil.firstName} ${pupil.lastName}` }), kind: 'pupil', language: 'nl' });
  }
  for (const member of pupil.family) {
    if (!member.hasParentalAuthority && !member.isMentee) continue;
    givers.push({
      id: member.id,
      label: t('recordConsent.memberOption', { name: `${member.firstName} ${member.lastName}`, role: t(`familyRole.${member.role}`) }),
      kind: member.isMentee && pupil.programme.mentee === 'parent' ? 'mentee' : 'guardian',
      language: member.preferredLanguage,
    });
  }
  return givers;
}

/**
 * Recording what the pupil or a parent said (in person, by phone, on paper). The notice text is
 * shown so it can be read out; a parent's consent needs how their parental authority was checked
 * (CON-9). The form suggests whoever is next (the pupil first, CON-2); the server refuses what
 * the rules do not allow, and its reason is shown.
 */
export function RecordConsentForm({ pupil, onSaved }: { pupil: PupilDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const givers = giversOf(pupil, t);
  const purposes = pupil.consent.purposes.length > 0 ? pupil.consent.purposes.map((p) => p.purpose) : CONSENT_PURPOSES;
  const nextKind = pupil.consent.nextStep === 'askParents' ? 'guardian' : pupil.consent.nextStep === 'askMentee' ? 'mentee' : 'pupil';
  const suggested = givers.find((giver) => giver.kind === nextKind) ?? givers[0];
  // The first purpose still open for whoever is suggested.
  const firstOpen =
    pupil.consent.purposes.find((p) => p.givers.some((g) => g.giver === suggested?.kind && g.state === 'pending'))?.purpose ??
    pupil.consent.purposes.find((p) => p.state === 'pending')?.purpose ??
    purposes[0] ??
    'mentoring';

  const form = useForm<Values>({
    resolver: zodResolver(recordConsentInput),
    defaultValues: {
      pupilId: pupil.id,
      purpose: firstOpen,
      giverPersonId: suggested?.id ?? '',
      decidedOn: todayIso(),
      method: 'inPerson',
      noticeLanguage: suggested?.language ?? 'nl',
      evidence: '',
    },
  });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['purpose', 'giverPersonId', 'decision', 'decidedOn', 'method', 'noticeLanguage', 'authorityVerificationMethod', 'evidence'], {
    authorityVerification: 'authorityVerificationMethod',
    notice: 'noticeLanguage',
  });
  const mutation = useMutation(trpc.consent.record.mutationOptions({ onSuccess: pupilSaved }));

  const [purpose, giverId, language] = useWatch({ control: form.control, name: ['purpose', 'giverPersonId', 'noticeLanguage'] });
  const giver = givers.find((g) => g.id === giverId);
  const isGuardian = giver?.kind === 'guardian';

  if (givers.length === 0) return <p>{t('recordConsent.noGivers')}</p>;

  return (
    <StepForm
      submitLabel={t('recordConsent.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        const { authorityVerificationMethod, ...rest } = values;
        mutation.mutate(isGuardian && authorityVerificationMethod ? { ...rest, authorityVerificationMethod } : rest, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <p className="dh-prose">{t('recordConsent.intro')}</p>
      <div className="dh-form-row">
        <SelectField
          label={t('recordConsent.purpose')}
          options={purposes.map((p) => ({ value: p, label: t(`consentPurpose.${p}`) }))}
          error={errorText(errors.purpose?.message)}
          {...form.register('purpose')}
        />
        <SelectField
          label={t('recordConsent.giver')}
          hint={t('recordConsent.giverHint')}
          options={givers.map((g) => ({ value: g.id, label: g.label }))}
          error={errorText(errors.giverPersonId?.message)}
          {...form.register('giverPersonId', {
            // The notice is read in the giver's own language unless the coordinator chooses another.
            onChange: (event: { target: { value: string } }) => {
              const chosen = givers.find((g) => g.id === event.target.value);
              if (chosen) form.setValue('noticeLanguage', chosen.language);
            },
          })}
        />
      </div>
      <SelectField
        label={t('recordConsent.noticeLanguage')}
        options={PORTAL_LANGUAGES.map((code) => ({ value: code, label: t(`portalLanguage.${code}`) }))}
        error={errorText(errors.noticeLanguage?.message)}
        {...form.register('noticeLanguage')}
      />
      {purpose && language && <NoticeText pupilId={pupil.id} purpose={purpose} language={language} childFriendly={giver?.kind === 'pupil'} />}
      <div className="dh-form-row">
        <SelectField
          label={t('recordConsent.decision')}
          placeholder={t('recordConsent.chooseDecision')}
          options={CONSENT_DECISIONS.map((d) => ({ value: d, label: t(`consentDecision.${d}`) }))}
          error={errorText(errors.decision?.message, t('recordConsent.chooseDecision'))}
          {...form.register('decision')}
        />
        <TextField label={t('recordConsent.decidedOn')} type="date" max={todayIso()} error={errorText(errors.decidedOn?.message)} {...form.register('decidedOn')} />
      </div>
      <SelectField
        label={t('recordConsent.method')}
        options={CONSENT_METHODS.map((m) => ({ value: m, label: t(`consentMethod.${m}`) }))}
        error={errorText(errors.method?.message)}
        {...form.register('method')}
      />
      {isGuardian && (
        <SelectField
          label={t('recordConsent.authority')}
          hint={t('recordConsent.authorityHint')}
          placeholder={t('recordConsent.chooseAuthority')}
          options={AUTHORITY_VERIFICATION_METHODS.map((m) => ({ value: m, label: t(`authorityVerification.${m}`) }))}
          error={errorText(errors.authorityVerificationMethod?.message, t('recordConsent.chooseAuthority'))}
          {...form.register('authorityVerificationMethod', { setValueAs: (value: string) => (value === '' ? undefined : value) })}
        />
      )}
      <TextField
        label={t('recordConsent.evidence')}
        hint={t('recordConsent.evidenceHint')}
        autoComplete="off"
        error={errorText(errors.evidence?.message)}
        {...form.register('evidence')}
      />
    </StepForm>
  );
}
