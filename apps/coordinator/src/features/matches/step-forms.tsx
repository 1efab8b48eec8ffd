import { useTranslation } from 'react-i18next';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { requiredText } from '@driehoek/contracts/common';
import {
  agreeWeeklyTimeInput,
  declineMatchInput,
  recordAgreementInput,
  recordContractSignatureInput,
  recordIntroductionInput,
  recordWarmHandoverInput,
} from '@driehoek/contracts/matches';
import { Button } from '@driehoek/ui/Button';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { trpc } from '../../trpc';
import { todayIso } from '../../dates';
import { useErrorText } from '../../server-errors';
import { useFormServerErrors } from '../../forms/form-errors';
import { StepForm } from '../../forms/StepForm';
import { useSignedIn } from '../../shell/signed-in';
import { matchSaved } from './saving';
import { DECLINED_BY, MEETING_FORMATS, WEEKLY_WEEKDAYS, type ContractSigner } from './vocabulary';
import type { MatchDetail } from '../../api-types';

type Saved = () => void;
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Attendees as rows the form can add and remove; sent as plain names. */
const introductionForm = recordIntroductionInput.extend({
  attendees: z.array(z.object({ name: requiredText(200) })).min(1, { message: 'errors.chooseOne' }),
  organisationRepresentative: z.string().trim().max(200, { message: 'errors.tooLong' }),
});
type IntroductionValues = z.input<typeof introductionForm>;

/** The matching conversation (matchingsgesprek): when, who was there, who of the organisation. */
export function IntroductionForm({ match, onSaved }: { match: MatchDetail; onSaved: Saved }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const me = useSignedIn();
  const representativeRequired = match.lifecycle.organisationRepresentativeRequired;
  const form = useForm<IntroductionValues>({
    resolver: zodResolver(
      representativeRequired ? introductionForm.extend({ organisationRepresentative: requiredText(200) }) : introductionForm,
    ),
    // Everyone the match knows is there to begin with: the volunteer, the pupil, the parents with
    // authority, and the coordinator who records it on behalf of the organisation; all editable.
    defaultValues: {
      matchId: match.id,
      heldOn: todayIso(),
      attendees: [match.volunteer.name, match.pupil.name, ...match.knownSigners.parents].map((name) => ({ name })),
      organisationRepresentative: me.name,
    },
  });
  const attendees = useFieldArray({ control: form.control, name: 'attendees' });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['heldOn', 'attendees', 'organisationRepresentative']);
  const mutation = useMutation(trpc.matches.recordIntroduction.mutationOptions({ onSuccess: matchSaved }));

  return (
    <StepForm
      submitLabel={t('matchSteps.introduction.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(
          {
            matchId: values.matchId,
            heldOn: values.heldOn,
            attendees: values.attendees.map((a) => a.name),
            organisationRepresentative: values.organisationRepresentative.trim() ? values.organisationRepresentative : null,
          },
          { onSuccess: onSaved, onError: server.onError },
        );
      })}
    >
      <TextField label={t('matchSteps.introduction.heldOn')} type="date" max={todayIso()} className="coordinator-short-field" error={errorText(errors.heldOn?.message)} {...form.register('heldOn')} />
      <Fieldset legend={t('matchSteps.introduction.attendees')} hint={t('matchSteps.introduction.attendeesHint')} error={errorText(errors.attendees?.message ?? errors.attendees?.root?.message)}>
        {attendees.fields.map((field, index) => (
          <div key={field.id} className="coordinator-attendee">
            <TextField
              label={t('matchSteps.introduction.attendee', { number: index + 1 })}
              autoComplete="off"
              error={errorText(errors.attendees?.[index]?.name?.message)}
              {...form.register(`attendees.${index}.name`)}
            />
            {attendees.fields.length > 1 && (
              <Button type="button" variant="secondary" onClick={() => attendees.remove(index)}>
                {t('matchSteps.introduction.removeAttendee', { number: index + 1 })}
              </Button>
            )}
          </div>
        ))}
        {attendees.fields.length < 12 && (
          <Button type="button" variant="secondary" onClick={() => attendees.append({ name: '' }, { shouldFocus: true })}>
            {t('matchSteps.introduction.addAttendee')}
          </Button>
        )}
      </Fieldset>
      <TextField
        label={t('matchSteps.introduction.representative')}
        hint={representativeRequired ? t('matchSteps.introduction.representativeRequired') : t('matchSteps.introduction.representativeHint')}
        autoComplete="off"
        required={representativeRequired}
        error={errorText(errors.organisationRepresentative?.message)}
        {...form.register('organisationRepresentative')}
      />
    </StepForm>
  );
}

type AgreementValues = z.input<typeof recordAgreementInput>;

/** One side agrees to the match (volunteer, or the family). */
export function AgreementForm({ match, side, onSaved }: { match: MatchDetail; side: 'volunteer' | 'family'; onSaved: Saved }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<AgreementValues>({ resolver: zodResolver(recordAgreementInput), defaultValues: { matchId: match.id, side, agreedOn: todayIso() } });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['agreedOn'], { [`agreements.${side}`]: 'agreedOn', side: 'agreedOn' });
  const mutation = useMutation(trpc.matches.recordAgreement.mutationOptions({ onSuccess: matchSaved }));
  return (
    <StepForm
      submitLabel={t(`matchSteps.agreement.submit.${side}`)}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextField
        label={t(`matchSteps.agreement.agreedOn.${side}`)}
        type="date"
        max={todayIso()}
        className="coordinator-short-field"
        error={errorText(errors.agreedOn?.message)}
        {...form.register('agreedOn')}
      />
    </StepForm>
  );
}

type SignatureValues = z.input<typeof recordContractSignatureInput>;

/**
 * What the coordinator typed per match and signer while the page is open: a form that is shown
 * again (after another step was saved, or the page was left and opened again) keeps it.
 */
const typedSigners = new Map<string, string>();
const typedKey = (matchId: string, field: string) => `${matchId}:${field}`;

/**
 * Every signer starts with the name the match already knows: the volunteer, the pupil, the
 * first parent with parental authority, the participating parent. Still editable; what was typed
 * is kept.
 */
function defaultSigner(match: MatchDetail, signer: ContractSigner): string {
  const typed = typedSigners.get(typedKey(match.id, signer));
  if (typed !== undefined) return typed;
  if (signer === 'volunteer') return match.volunteer.name;
  if (signer === 'pupil') return match.pupil.name;
  if (signer === 'mentee') return match.knownSigners.mentee;
  return match.knownSigners.parents[0] ?? '';
}

/** One required signer signs the contract; every signer signs the same text version. */
export function SignatureForm({ match, signer, onSaved }: { match: MatchDetail; signer: ContractSigner; onSaved: Saved }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const signerName = t(`signer.${signer}`);
  const form = useForm<SignatureValues>({
    resolver: zodResolver(recordContractSignatureInput),
    defaultValues: {
      matchId: match.id,
      signer,
      signedBy: defaultSigner(match, signer),
      signedOn: typedSigners.get(typedKey(match.id, 'signedOn')) ?? todayIso(),
      textVersion: match.contract.signatures[0]?.textVersion ?? match.contractTextVersion,
    },
  });
  const parents = signer === 'parent' ? match.knownSigners.parents : [];
  const listId = `signer-names-${signer}`;
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['signedBy', 'signedOn', 'textVersion'], { signer: 'signedOn' });
  const mutation = useMutation(trpc.matches.recordContractSignature.mutationOptions({ onSuccess: matchSaved }));
  return (
    <StepForm
      submitLabel={t('matchSteps.signature.submit', { signer: signerName })}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <div className="coordinator-settings-grid">
        <TextField
          label={t('matchSteps.signature.signedBy', { signer: signerName })}
          autoComplete="off"
          error={errorText(errors.signedBy?.message)}
          hint={parents.length > 1 ? t('matchSteps.signature.otherParents', { names: parents.slice(1).join(', ') }) : undefined}
          list={parents.length > 1 ? listId : undefined}
          {...form.register('signedBy', { onChange: (event: { target: { value: string } }) => typedSigners.set(typedKey(match.id, signer), event.target.value) })}
        />
        {parents.length > 1 && (
          <datalist id={listId}>
            {parents.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        )}
        <TextField
          label={t('matchSteps.signature.signedOn', { signer: signerName })}
          type="date"
          max={todayIso()}
          error={errorText(errors.signedOn?.message)}
          {...form.register('signedOn', { onChange: (event: { target: { value: string } }) => typedSigners.set(typedKey(match.id, 'signedOn'), event.target.value) })}
        />
        <TextField
          label={t('matchSteps.signature.textVersion', { signer: signerName })}
          hint={t('matchSteps.signature.textVersionHint')}
          autoComplete="off"
          error={errorText(errors.textVersion?.message)}
          {...form.register('textVersion')}
        />
      </div>
    </StepForm>
  );
}

const weeklyForm = agreeWeeklyTimeInput.extend({ place: z.string().trim().max(200, { message: 'errors.tooLong' }) });
type WeeklyValues = z.input<typeof weeklyForm>;

/** The fixed weekly moment(s): day and time (one visit, or several calls), form of meeting, place, agreed on. */
export function WeeklyTimeForm({ match, onSaved }: { match: MatchDetail; onSaved: Saved }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<WeeklyValues>({
    resolver: zodResolver(weeklyForm),
    defaultValues: { matchId: match.id, slots: [{ time: '' }] as WeeklyValues['slots'], place: '', agreedOn: todayIso() },
  });
  const slots = useFieldArray({ control: form.control, name: 'slots' });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['slots', 'format', 'place', 'agreedOn']);
  const mutation = useMutation(trpc.matches.agreeWeeklyTime.mutationOptions({ onSuccess: matchSaved }));
  const several = slots.fields.length > 1;
  return (
    <StepForm
      submitLabel={t('matchSteps.weeklyTime.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate({ ...values, place: values.place.trim() ? values.place : null }, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <Fieldset legend={t('matchSteps.weeklyTime.moments', { count: slots.fields.length })} hint={t('matchSteps.weeklyTime.momentsHint')} error={errorText(errors.slots?.message ?? errors.slots?.root?.message)}>
        {slots.fields.map((field, index) => {
          const number = several ? ` ${index + 1}` : '';
          return (
            <div key={field.id} className="coordinator-attendee">
              <SelectField
                label={`${t('matchSteps.weeklyTime.weekday')}${number}`}
                placeholder={t('matching.choose')}
                options={WEEKLY_WEEKDAYS.map((day) => ({ value: day, label: capitalise(t(`weekday.${day}`)) }))}
                error={errorText(errors.slots?.[index]?.weekday?.message, t('errors.chooseField', { field: `${t('matchSteps.weeklyTime.weekday')}${number}` }))}
                {...form.register(`slots.${index}.weekday`)}
              />
              <TextField
                label={`${t('matchSteps.weeklyTime.time')}${number}`}
                hint={t('matchSteps.weeklyTime.timeHint')}
                type="time"
                error={errorText(errors.slots?.[index]?.time?.message)}
                {...form.register(`slots.${index}.time`)}
              />
              {several && (
                <Button type="button" variant="secondary" onClick={() => slots.remove(index)}>
                  {t('matchSteps.weeklyTime.removeMoment', { number: index + 1 })}
                </Button>
              )}
            </div>
          );
        })}
        {slots.fields.length < 7 && (
          <Button type="button" variant="secondary" onClick={() => slots.append({ time: '' } as WeeklyValues['slots'][number], { shouldFocus: true })}>
            {t('matchSteps.weeklyTime.addMoment')}
          </Button>
        )}
      </Fieldset>
      <div className="coordinator-settings-grid">
        <SelectField
          label={t('matchSteps.weeklyTime.format')}
          placeholder={t('matching.choose')}
          options={MEETING_FORMATS.map((format) => ({ value: format, label: t(`meetingFormat.${format}`) }))}
          error={errorText(errors.format?.message, t('errors.chooseField', { field: t('matchSteps.weeklyTime.format') }))}
          {...form.register('format')}
        />
        <TextField label={t('matchSteps.weeklyTime.agreedOn')} type="date" max={todayIso()} error={errorText(errors.agreedOn?.message)} {...form.register('agreedOn')} />
      </div>
      <TextField label={t('matchSteps.weeklyTime.place')} hint={t('matchSteps.weeklyTime.placeHint')} autoComplete="off" error={errorText(errors.place?.message)} {...form.register('place')} />
    </StepForm>
  );
}

type HandoverValues = z.input<typeof recordWarmHandoverInput>;

/** Thuisschoolmaatje: the school mentor's short call with the volunteer before the start. */
export function WarmHandoverForm({ match, onSaved }: { match: MatchDetail; onSaved: Saved }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<HandoverValues>({ resolver: zodResolver(recordWarmHandoverInput), defaultValues: { matchId: match.id, heldOn: todayIso(), by: '' } });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['heldOn', 'by']);
  const mutation = useMutation(trpc.matches.recordWarmHandover.mutationOptions({ onSuccess: matchSaved }));
  return (
    <StepForm
      submitLabel={t('matchSteps.warmHandover.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <TextField label={t('matchSteps.warmHandover.heldOn')} type="date" max={todayIso()} className="coordinator-short-field" error={errorText(errors.heldOn?.message)} {...form.register('heldOn')} />
      <TextField label={t('matchSteps.warmHandover.by')} hint={t('matchSteps.warmHandover.byHint')} autoComplete="off" error={errorText(errors.by?.message)} {...form.register('by')} />
    </StepForm>
  );
}

/** Start (CON-1 is checked by the api: its CONSENT.* or SCREENING.* reason shows above the button) or confirm. */
export function ActionForm({ match, action, onSaved }: { match: MatchDetail; action: 'activate' | 'confirm'; onSaved: Saved }) {
  const { t } = useTranslation();
  const form = useForm<{ matchId: string }>({ defaultValues: { matchId: match.id } });
  const server = useFormServerErrors(form, []);
  const activate = useMutation(trpc.matches.activate.mutationOptions({ onSuccess: matchSaved }));
  const confirm = useMutation(trpc.matches.confirm.mutationOptions({ onSuccess: matchSaved }));
  const mutation = action === 'activate' ? activate : confirm;
  return (
    <StepForm
      submitLabel={t(action === 'activate' ? 'matchSteps.activation.submit' : 'matchSteps.confirmation.submit')}
      busy={mutation.isPending}
      formError={server.formError}
      onSubmit={form.handleSubmit(() => {
        server.clear();
        mutation.mutate({ matchId: match.id }, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      {null}
    </StepForm>
  );
}

type DeclineValues = z.input<typeof declineMatchInput>;

/** Declining the match: by whom and why (required); the pupil goes back on the board. */
export function DeclineForm({ match, onSaved, onCancel }: { match: MatchDetail; onSaved: Saved; onCancel: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<DeclineValues>({ resolver: zodResolver(declineMatchInput), defaultValues: { matchId: match.id, reason: '' } });
  const { errors } = form.formState;
  const server = useFormServerErrors(form, ['by', 'reason']);
  const mutation = useMutation(trpc.matches.decline.mutationOptions({ onSuccess: matchSaved }));
  return (
    <StepForm
      submitLabel={t('matchDecline.submit')}
      submitVariant="danger"
      busy={mutation.isPending}
      formError={server.formError}
      onCancel={onCancel}
      onSubmit={form.handleSubmit((values) => {
        server.clear();
        mutation.mutate(values, { onSuccess: onSaved, onError: server.onError });
      })}
    >
      <SelectField
        label={t('matchDecline.by')}
        placeholder={t('matching.choose')}
        options={DECLINED_BY.map((by) => ({ value: by, label: t(`declinedBy.${by}`) }))}
        error={errorText(errors.by?.message, t('errors.chooseField', { field: t('matchDecline.by') }))}
        {...form.register('by')}
      />
      <TextArea label={t('matchDecline.reason')} rows={3} error={errorText(errors.reason?.message)} {...form.register('reason')} />
    </StepForm>
  );
}
