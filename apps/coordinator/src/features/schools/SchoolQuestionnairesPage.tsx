import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { ItemAnswer } from '@driehoek/domain/evaluation';
import { Alert } from '@driehoek/ui/Alert';
import { Badge } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { formatDay } from '../../dates';
import { addDays } from '@driehoek/domain/calendar';
import { useServerErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import type { QuestionnaireItem, QuestionnaireToAnswer } from '../../api-types';
import { addSchoolQuestionnaireTexts } from './questionnaire-texts';

addSchoolQuestionnaireTexts();

const STATE_TONES = { answered: 'success', open: 'info', scheduled: 'neutral', expired: 'warning' } as const;

/**
 * The school mentor's questionnaires (DOMAIN.md §7), in the school view: about the matches of their
 * own school's pupils they were asked about; the open ones link to the form.
 */
export function SchoolQuestionnairesPage() {
  const { t, i18n } = useTranslation();
  const list = useQuery(trpc.evaluation.schoolMentorQuestionnaires.queryOptions());
  return (
    <>
      <PageHeading>{t('schoolQuestionnaires.title')}</PageHeading>
      <p>{t('schoolQuestionnaires.intro')}</p>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <p>{t('schoolQuestionnaires.none')}</p>
      ) : (
        <div className="coordinator-table-scroll">
          <table className="data">
            <caption>{t('schoolQuestionnaires.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('schoolQuestionnaires.pupil')}</th>
                <th scope="col">{t('schoolQuestionnaires.questionnaire')}</th>
                <th scope="col">{t('schoolQuestionnaires.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((row) => (
                <tr key={row.invitationId}>
                  <th scope="row">{row.pupilName}</th>
                  <td>
                    {row.status === 'open' ? (
                      <Link href={`/questionnaires/${encodeURIComponent(row.invitationId)}`} aria-label={t('schoolQuestionnaires.fillIn', { title: row.title, pupil: row.pupilName })}>
                        {row.title}
                      </Link>
                    ) : (
                      row.title
                    )}{' '}
                    <span className="coordinator-cell-note">{t(`schoolQuestionnaires.moment.${row.moment}`)}</span>
                  </td>
                  <td>
                    <Badge tone={STATE_TONES[row.status]}>{t(`schoolQuestionnaires.state.${row.status}`)}</Badge>
                    {row.status === 'open' && <span className="coordinator-cell-note"> {t('schoolQuestionnaires.until', { day: formatDay(addDays(row.expiresOn, -1), i18n.language) })}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** One questionnaire to fill in, as the school mentor reads it. */
export function SchoolQuestionnairePage({ invitationId }: { invitationId: string }) {
  const { t } = useTranslation();
  const opened = useQuery(trpc.evaluation.getSchoolMentorQuestionnaire.queryOptions({ invitationId }));
  const [sent, setSent] = useState(false);
  const back = (
    <p>
      <Link href="/questionnaires">{t('schoolQuestionnaires.back')}</Link>
    </p>
  );
  if (opened.isPending) return <LoadingState />;
  if (opened.isError) return <LoadError error={opened.error} onRetry={() => void opened.refetch()} />;
  const { questionnaire } = opened.data;
  return (
    <section lang={questionnaire.language} dir={questionnaire.direction}>
      <PageHeading>{questionnaire.title}</PageHeading>
      {sent ? (
        <>
          <Alert tone="success">
            <p role="status">{t('schoolQuestionnaires.thanks')}</p>
          </Alert>
          {back}
        </>
      ) : opened.data.status !== 'open' ? (
        <>
          <Alert tone="warning">
            <p>{t('schoolQuestionnaires.closed', { state: t(`schoolQuestionnaires.state.${opened.data.status}`) })}</p>
          </Alert>
          {back}
        </>
      ) : (
        <QuestionnaireForm
          opened={opened.data}
          onSent={() => {
            setSent(true);
            void queryClient.invalidateQueries(trpc.evaluation.schoolMentorQuestionnaires.pathFilter());
          }}
        />
      )}
    </section>
  );
}

type Draft = Record<string, { value?: string; explanation?: string }>;

/** The follow-up an answer asks for: an explanation when not the expected one; "in what way" after yes or no. */
function followUpOf(item: QuestionnaireItem, value: string | undefined) {
  if (value === undefined) return null;
  if (item.kind === 'agreement') return value === item.explainUnless ? null : { prompt: item.explanationPrompt, required: true };
  if (item.kind === 'yesNo') return (value === 'yes' || value === 'no' ? item.followUp[value] : undefined) ?? null;
  return null;
}

/** The answers to send, and what is missing (keys of the page's texts) by field name. */
function answersOf(opened: QuestionnaireToAnswer, draft: Draft) {
  const answers: ItemAnswer[] = [];
  const errors: Record<string, { key: string; values?: Record<string, number> }> = {};
  for (const item of opened.questionnaire.groups.flatMap((group) => group.items)) {
    const { value = '', explanation = '' } = draft[item.id] ?? {};
    const field = `answers.${item.id}`;
    if (value.trim() === '') {
      if (item.required) errors[field] = { key: item.kind === 'agreement' || item.kind === 'yesNo' ? 'chooseOne' : 'required' };
      continue;
    }
    if (item.kind === 'agreement' || item.kind === 'yesNo') {
      const followUp = followUpOf(item, value);
      const said = followUp ? explanation.trim() : '';
      if (followUp?.required && !said) errors[`${field}.explanation`] = { key: 'required' };
      answers.push({ itemId: item.id, kind: item.kind, value, ...(said ? { explanation: said } : {}) } as ItemAnswer);
    } else if (item.kind === 'number') {
      const number = Number(value.trim().replace(',', '.'));
      if (!Number.isFinite(number) || number < item.min || number > item.max || (item.wholeNumber && !Number.isInteger(number))) errors[field] = { key: 'numberRange', values: { min: item.min, max: item.max } };
      else answers.push({ itemId: item.id, kind: 'number', value: number });
    } else answers.push({ itemId: item.id, kind: 'text', value: value.trim() });
  }
  return { answers, errors };
}

function QuestionnaireForm({ opened, onSent }: { opened: QuestionnaireToAnswer; onSent(): void }) {
  const { t } = useTranslation();
  const serverError = useServerErrorText();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>({});
  const [errors, setErrors] = useState<ReturnType<typeof answersOf>['errors']>({});
  const sending = useMutation(trpc.evaluation.answerSchoolMentorQuestionnaire.mutationOptions({ onSuccess: onSent }));
  const change = (itemId: string, next: Draft[string]) => setDraft((current) => ({ ...current, [itemId]: { ...current[itemId], ...next } }));
  const errorOf = (field: string) => (errors[field] ? t(`schoolQuestionnaires.${errors[field].key}`, errors[field].values ?? {}) : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const { answers, errors: found } = answersOf(opened, draft);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      requestAnimationFrame(() => {
        const target = formRef.current?.elements.namedItem(first);
        const element = target instanceof RadioNodeList ? target[0] : target;
        if (element instanceof HTMLElement) element.focus();
      });
      return;
    }
    sending.mutate({ invitationId: opened.invitationId, language: opened.questionnaire.language, answers });
  }

  const { questionnaire } = opened;
  return (
    <form ref={formRef} noValidate onSubmit={submit}>
      {questionnaire.introduction && <p>{questionnaire.introduction}</p>}
      <p className="dh-muted">{t('schoolQuestionnaires.requiredNote')}</p>
      <div aria-live="polite">
        {Object.keys(errors).length > 0 && <Alert tone="error" title={t('schoolQuestionnaires.errorsTitle')} />}
        {sending.isError && (
          <Alert tone="error">
            <p>{serverError(sending.error)}</p>
          </Alert>
        )}
      </div>
      {questionnaire.groups.map((group) => (
        <Card key={group.id} title={group.title ?? undefined}>
          {group.instruction && <p>{group.instruction}</p>}
          {group.items.map((item) => (
            <ItemField key={item.id} item={item} answer={draft[item.id] ?? {}} errorOf={errorOf} onChange={(next) => change(item.id, next)} />
          ))}
        </Card>
      ))}
      <div className="dh-actions">
        <Button type="submit" busy={sending.isPending}>
          {t('schoolQuestionnaires.submit')}
        </Button>
      </div>
    </form>
  );
}

function ItemField({ item, answer, errorOf, onChange }: { item: QuestionnaireItem; answer: Draft[string]; errorOf(field: string): string | undefined; onChange(next: Draft[string]): void }) {
  const { t } = useTranslation();
  const field = `answers.${item.id}`;
  const label = item.required ? `${item.text} *` : item.text;
  if (item.kind === 'agreement' || item.kind === 'yesNo') {
    const followUp = followUpOf(item, answer.value);
    return (
      <Fieldset legend={label} error={errorOf(field)}>
        <div className="dh-options">
          {item.options.map((option) => (
            <div key={option.value} className="dh-checkbox">
              <input id={`${field}-${option.value}`} type="radio" name={field} className="dh-checkbox__input" value={option.value} checked={answer.value === option.value} onChange={() => onChange({ value: option.value })} />
              <label className="dh-checkbox__label" htmlFor={`${field}-${option.value}`}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
        {followUp && (
          <TextArea name={`${field}.explanation`} label={followUp.prompt} rows={3} maxLength={2_000} value={answer.explanation ?? ''} onChange={(event) => onChange({ explanation: event.target.value })} error={errorOf(`${field}.explanation`)} />
        )}
      </Fieldset>
    );
  }
  if (item.kind === 'number') {
    return (
      <TextField
        name={field}
        label={item.unit ? `${label} (${item.unit})` : label}
        hint={t('schoolQuestionnaires.numberHint', { min: item.min, max: item.max })}
        inputMode={item.wholeNumber ? 'numeric' : 'decimal'}
        value={answer.value ?? ''}
        onChange={(event) => onChange({ value: event.target.value })}
        error={errorOf(field)}
      />
    );
  }
  return <TextArea name={field} label={label} rows={4} maxLength={item.maxLength} value={answer.value ?? ''} onChange={(event) => onChange({ value: event.target.value })} error={errorOf(field)} />;
}
