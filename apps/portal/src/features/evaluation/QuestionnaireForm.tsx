import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import type { ItemAnswer } from '@driehoek/domain/evaluation';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { readServerError } from '../../shell/server-errors.js';
import { useRefusalText } from '../../shell/error-text.js';
import { useEvaluationErrorText, WINDOW_STATES } from './error-text.js';
import { forgetSession } from '../../shell/session.js';
import { useMeetingText } from '../meetings/format.js';
import { lastDay } from './last-day.js';
import { answersOf, explanationFieldOf, fieldOf, followUpOf, type Draft, type DraftAnswer } from './answers.js';
import type { QuestionnaireItem, QuestionnaireToAnswer } from '../../api-types.js';

type Errors = Record<string, string>;
export type SendAnswers = (input: { language: QuestionnaireToAnswer['questionnaire']['language']; answers: ItemAnswer[] }) => Promise<unknown>;

/**
 * A questionnaire as its respondent reads it (wording, language and direction from the api: the
 * child-friendly wording for a pupil, right to left for Arabic), answered in one go: Likert items
 * ask for an explanation when the answer is not Agree, yes/no items ask "in what way" where the
 * questionnaire does. What is missing is said at the question and focused before anything is sent.
 * Not open (answered, expired, not yet) says so instead; after sending, a thank-you.
 */
export function QuestionnaireView({ opened, send, after }: { opened: QuestionnaireToAnswer; send: SendAnswers; after?: ReactNode }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<'thanks' | 'answered' | 'expired' | 'scheduled' | null>(null);
  const thanks = useRef<HTMLHeadingElement>(null);
  const { questionnaire } = opened;
  const show = (state: NonNullable<typeof done>) => {
    setDone(state);
    requestAnimationFrame(() => thanks.current?.focus());
  };

  if (done || opened.status !== 'open') {
    const state = done ?? opened.status;
    return (
      <section dir={questionnaire.direction} lang={questionnaire.language}>
        <h1 ref={thanks} tabIndex={-1} className="portal-focus-target">
          {t(`evaluation.${state}Title`)}
        </h1>
        <Alert tone={state === 'thanks' || state === 'answered' ? 'success' : 'warning'}>
          <p role={done === 'thanks' ? 'status' : undefined}>{t(`evaluation.${state}Text`)}</p>
        </Alert>
        {after}
      </section>
    );
  }
  return (
    <section dir={questionnaire.direction} lang={questionnaire.language}>
      <h1>{questionnaire.title}</h1>
      <QuestionnaireForm opened={opened} send={send} onSent={() => show('thanks')} onClosed={show} />
    </section>
  );
}

interface FormProps {
  opened: QuestionnaireToAnswer;
  send: SendAnswers;
  onSent(): void;
  /** Answered in another tab, or expired meanwhile: the page shows that state. */
  onClosed(state: 'answered' | 'expired' | 'scheduled'): void;
}

function QuestionnaireForm({ opened, send, onSent, onClosed }: FormProps) {
  const { t } = useTranslation();
  const errorText = useEvaluationErrorText();
  const refusalText = useRefusalText();
  const text = useMeetingText();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<Draft>({});
  const [errors, setErrors] = useState<Errors>({});
  const { questionnaire } = opened;

  const sending = useMutation({
    mutationFn: send,
    onSuccess: onSent,
    onError: (error) => {
      const refusal = readServerError(error);
      if (refusal.kind === 'signedOut') return forgetSession();
      const closed = refusal.kind === 'refused' && refusal.domainCode ? WINDOW_STATES[refusal.domainCode] : undefined;
      if (closed) return onClosed(closed);
      if (refusal.kind === 'refused' && Object.keys(refusal.fieldErrors).length > 0) showErrors(refusal.fieldErrors);
      else requestAnimationFrame(() => summaryRef.current?.focus());
    },
  });
  const refusal = sending.isError ? readServerError(sending.error) : null;

  const change = (itemId: string, next: DraftAnswer) => setDraft((current) => ({ ...current, [itemId]: { ...current[itemId], ...next } }));

  function showErrors(found: Errors) {
    setErrors(found);
    requestAnimationFrame(() => {
      const first = Object.keys(found)[0];
      const field = first && formRef.current ? formRef.current.elements.namedItem(first) : null;
      const target = field instanceof RadioNodeList ? field[0] : field;
      if (target instanceof HTMLElement) target.focus();
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const { answers, errors: found } = answersOf(questionnaire, draft);
    if (Object.keys(found).length > 0) return showErrors(found);
    setErrors({});
    sending.mutate({ language: questionnaire.language, answers });
  }

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} noValidate onSubmit={submit} className="portal-questionnaire">
      {questionnaire.introduction && <p className="dh-lead">{questionnaire.introduction}</p>}
      <p className="dh-muted">
        {t('evaluation.voluntary')} {t('evaluation.until', { day: text.day(lastDay(opened.expiresOn)) })}
      </p>
      <p className="dh-muted">{t('evaluation.requiredNote')}</p>

      <div ref={summaryRef} tabIndex={-1} className="portal-focus-target" aria-live="polite">
        {hasErrors && (
          <Alert tone="error" title={t('evaluation.errorsTitle')}>
            <p>{t('evaluation.errorsIntro')}</p>
          </Alert>
        )}
        {refusal && !hasErrors && refusal.kind !== 'signedOut' && (
          <Alert tone="error">
            <p>{refusal.kind === 'refused' && refusal.domainCode ? errorText(refusal.domainCode) : refusalText(refusal)}</p>
          </Alert>
        )}
      </div>

      {questionnaire.groups.map((group) => (
        <section key={group.id} className="portal-questionnaire__group">
          {group.title && <h2>{group.title}</h2>}
          {group.instruction && <p>{group.instruction}</p>}
          {group.items.map((item) => (
            <ItemField key={item.id} item={item} answer={draft[item.id] ?? {}} errors={errors} errorText={errorText} onChange={(next) => change(item.id, next)} />
          ))}
        </section>
      ))}

      <div className="dh-actions">
        <Button type="submit" busy={sending.isPending}>
          {t('evaluation.submit')}
        </Button>
      </div>
    </form>
  );
}

interface ItemFieldProps {
  item: QuestionnaireItem;
  answer: DraftAnswer;
  errors: Errors;
  errorText: (key: string | undefined) => string | undefined;
  onChange(next: DraftAnswer): void;
}

function ItemField({ item, answer, errors, errorText, onChange }: ItemFieldProps) {
  const { t } = useTranslation();
  const field = fieldOf(item.id);
  const label = item.required ? `${item.text} *` : item.text;
  switch (item.kind) {
    case 'agreement':
    case 'yesNo': {
      const followUp = followUpOf(item, answer.value);
      const explanationError = errors[explanationFieldOf(item.id)];
      return (
        <Fieldset legend={label} error={errorText(errors[field])} className="portal-questionnaire__item">
          <div className="dh-options">
            {item.options.map((option) => (
              <div key={option.value} className="dh-checkbox">
                <input
                  id={`${field}-${option.value}`}
                  type="radio"
                  name={field}
                  className="dh-checkbox__input"
                  value={option.value}
                  checked={answer.value === option.value}
                  onChange={() => onChange({ value: option.value })}
                />
                <label className="dh-checkbox__label" htmlFor={`${field}-${option.value}`}>
                  {option.label}
                </label>
              </div>
            ))}
          </div>
          {(followUp || explanationError) && (
            <TextArea
              name={explanationFieldOf(item.id)}
              label={followUp?.prompt ?? (item.kind === 'agreement' ? item.explanationPrompt : '')}
              required={followUp?.required ?? true}
              rows={3}
              maxLength={2_000}
              value={answer.explanation ?? ''}
              onChange={(event) => onChange({ explanation: event.target.value })}
              error={errorText(explanationError)}
            />
          )}
        </Fieldset>
      );
    }
    case 'number':
      return (
        <TextField
          name={field}
          className="portal-questionnaire__item"
          label={item.unit ? `${label} (${item.unit})` : label}
          hint={t('evaluation.numberHint', { min: item.min, max: item.max })}
          inputMode={item.wholeNumber ? 'numeric' : 'decimal'}
          dir="ltr"
          value={answer.value ?? ''}
          onChange={(event) => onChange({ value: event.target.value })}
          error={errorText(errors[field])}
        />
      );
    case 'text':
      return (
        <TextArea
          name={field}
          className="portal-questionnaire__item"
          label={label}
          rows={4}
          maxLength={item.maxLength}
          value={answer.value ?? ''}
          onChange={(event) => onChange({ value: event.target.value })}
          error={errorText(errors[field])}
        />
      );
  }
}
