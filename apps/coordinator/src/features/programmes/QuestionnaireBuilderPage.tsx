import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import type { EvaluationLanguage, ItemKind, Respondent } from '@driehoek/domain/evaluation';
import { QUESTIONNAIRE_ROLES_BY_MENTEE, type Mentee, type QuestionnaireRole } from '@driehoek/domain/programme';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { serverErrorData } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { ErrorSummary } from '../../forms/ErrorSummary';
import type { OwnQuestionnaire, ProgrammeDetail } from '../../api-types';
import {
  ITEM_KINDS,
  MOMENTS,
  OPTIONAL_LANGUAGES,
  REQUIRED_LANGUAGES,
  definitionToForm,
  emptyForm,
  formToInput,
  newGroup,
  newItem,
  nextId,
  noTexts,
  respondentsOf,
  type BuilderForm,
  type BuilderItem,
  type Texts,
} from './questionnaire-builder-shape';

const listPath = (programmeId: string) => `/programme-settings/${encodeURIComponent(programmeId)}/questionnaires`;

/**
 * A coordinator makes or edits a programme's own questionnaire without code: title, for whom, items
 * (kind, what each respondent reads, required, reverse-scored, scale), parts, translations (Dutch
 * and English; Arabic, Turkish and Polish optional, else the Dutch text) and when it is sent. The
 * server completes and checks it; an edit of a questionnaire with answers becomes its next version.
 */
export function QuestionnaireBuilderPage({ programmeId, questionnaireId }: { programmeId: string; questionnaireId?: string }) {
  const { t } = useTranslation();
  const programme = useQuery(trpc.programmes.get.queryOptions({ id: programmeId }));
  const own = useQuery({ ...trpc.evaluation.getQuestionnaire.queryOptions({ programmeId, questionnaireId: questionnaireId ?? '' }), enabled: questionnaireId !== undefined });
  if (programme.isPending || (questionnaireId !== undefined && own.isPending)) return <LoadingState />;
  const error = programme.error ?? (questionnaireId !== undefined ? own.error : null);
  if (error || !programme.data) {
    return (
      <>
        <PageHeading>{t('builder.title')}</PageHeading>
        <LoadError error={error} onRetry={() => void Promise.all([programme.refetch(), own.refetch()])} />
        <p>
          <Link href={listPath(programmeId)}>{t('builder.backToList')}</Link>
        </p>
      </>
    );
  }
  return <Builder key={`${questionnaireId ?? 'new'}-${own.data?.definition.version ?? 0}`} programme={programme.data} questionnaireId={questionnaireId} own={own.data} />;
}

type Update = (change: (form: BuilderForm) => BuilderForm) => void;

function Builder({ programme, questionnaireId, own }: { programme: ProgrammeDetail; questionnaireId: string | undefined; own: OwnQuestionnaire | undefined }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const mentee: Mentee = programme.settings.mentee;
  // CON-6: questionnaires are sent only in a programme that asks evaluation consent.
  const asksConsent = programme.settings.consent.purposes.some((requirement) => requirement.purpose === 'evaluation');
  const [form, setForm] = useState<BuilderForm>(() => (own ? definitionToForm(own, mentee) : emptyForm(mentee, asksConsent)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const update: Update = (change) => setForm((previous) => change(previous));
  const respondents = respondentsOf(form.roles, mentee);
  const languages: EvaluationLanguage[] = [...REQUIRED_LANGUAGES, ...OPTIONAL_LANGUAGES.filter((language) => form.extraLanguages.includes(language))];

  const save = useMutation(
    trpc.evaluation.saveQuestionnaire.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.evaluation.listQuestionnaires.pathFilter()),
          queryClient.invalidateQueries(trpc.evaluation.getQuestionnaire.pathFilter()),
          queryClient.invalidateQueries(trpc.programmes.get.queryFilter({ id: programme.id })),
        ]);
        navigate(listPath(programme.id));
      },
      onError: (error) => {
        const fieldErrors = serverErrorData(error).fieldErrors ?? {};
        setErrors(fieldErrors);
        setFormError(Object.keys(fieldErrors).length > 0 ? null : error);
        requestAnimationFrame(() => summaryRef.current?.focus());
      },
    }),
  );

  const words = (code: string) => t(code, { defaultValue: t('errors.invalid') });
  const errorUnder = (prefix: string): string | undefined => {
    const found = Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`));
    return found ? words(found[1]) : undefined;
  };
  const placeOf = (path: string): string => {
    const item = /^definition\.groups\.(\d+)\.items\.(\d+)/.exec(path);
    if (item) return t('builder.place.item', { group: Number(item[1]) + 1, item: Number(item[2]) + 1 });
    const group = /^definition\.groups\.(\d+)/.exec(path);
    if (group) return t('builder.place.group', { group: Number(group[1]) + 1 });
    const scale = /^definition\.scales\.(\d+)/.exec(path);
    if (scale) return t('builder.place.scale', { scale: Number(scale[1]) + 1 });
    if (path.startsWith('definition.title')) return t('builder.place.title');
    if (path.startsWith('definition.respondents')) return t('builder.place.respondents');
    if (path.startsWith('uses')) return t('builder.place.when');
    return t('builder.place.questionnaire');
  };
  const errorList = Object.entries(errors);
  const scaleOptions = [{ value: '', label: t('builder.noScale') }, ...form.scales.map((scale, index) => ({ value: scale.id, label: scale.title.nl.trim() || t('builder.scaleN', { n: index + 1 }) }))];

  return (
    <div className="coordinator-settings">
      <p className="coordinator-back">
        <Link href={listPath(programme.id)}>{t('builder.backToList')}</Link>
      </p>
      <PageHeading>{questionnaireId ? t('builder.editTitle', { name: programme.name }) : t('builder.newTitle', { name: programme.name })}</PageHeading>
      <p className="dh-prose">{t('builder.intro')}</p>
      {own?.answered && (
        <Alert tone="info" title={t('builder.answeredTitle')}>
          <p>{t('builder.answeredText', { version: own.definition.version + 1 })}</p>
        </Alert>
      )}
      <ErrorSummary focusRef={summaryRef} error={formError} problems={errorList.map(([path, code]) => ({ key: path, text: `${placeOf(path)}: ${words(code)}` }))} />
      <form
        noValidate
        className="dh-form"
        onSubmit={(event) => {
          event.preventDefault();
          setFormError(null);
          const { input, errors: typed } = formToInput(form, mentee, programme.id, questionnaireId);
          setErrors(typed);
          if (Object.keys(typed).length > 0) {
            requestAnimationFrame(() => summaryRef.current?.focus());
            return;
          }
          save.mutate(input);
        }}
      >
        <Card title={t('builder.general')} headingLevel={2}>
          <Fieldset legend={t('builder.languages')} hint={t('builder.languagesHint')}>
            <div className="dh-options coordinator-columns">
              {OPTIONAL_LANGUAGES.map((language) => (
                <Checkbox
                  key={language}
                  label={t('builder.alsoIn', { language: t(`builder.language.${language}`) })}
                  checked={form.extraLanguages.includes(language)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    update((f) => ({ ...f, extraLanguages: on ? [...f.extraLanguages, language] : f.extraLanguages.filter((l) => l !== language) }));
                  }}
                />
              ))}
            </div>
          </Fieldset>
          <TextsFields
            legend={t('builder.questionnaireTitle')}
            languages={languages}
            texts={form.title}
            error={errorUnder('definition.title')}
            onChange={(title) => update((f) => ({ ...f, title }))}
          />
          <Fieldset legend={t('builder.forWhom')} hint={t('builder.forWhomHint')} error={errorUnder('definition.respondents')}>
            <div className="dh-options coordinator-columns">
              {QUESTIONNAIRE_ROLES_BY_MENTEE[mentee].map((role: QuestionnaireRole) => (
                <Checkbox
                  key={role}
                  label={t(`builder.role.${role}`)}
                  checked={form.roles.includes(role)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    update((f) => ({ ...f, roles: on ? [...f.roles, role] : f.roles.filter((r) => r !== role) }));
                  }}
                />
              ))}
            </div>
          </Fieldset>
        </Card>

        {form.groups.map((group, groupIndex) => (
          <Card key={group.id} title={t('builder.groupN', { n: groupIndex + 1 })} headingLevel={2}>
            <TextsFields
              legend={t('builder.groupTitle', { n: groupIndex + 1 })}
              hint={t('builder.groupTitleHint')}
              languages={languages}
              texts={group.title}
              error={errorUnder(`definition.groups.${groupIndex}.title`)}
              onChange={(title) => update((f) => ({ ...f, groups: f.groups.map((g, i) => (i === groupIndex ? { ...g, title } : g)) }))}
            />
            {group.items.map((item, itemIndex) => (
              <ItemFields
                key={item.id}
                item={item}
                label={t('builder.itemN', { group: groupIndex + 1, item: itemIndex + 1 })}
                respondents={respondents}
                languages={languages}
                scaleOptions={scaleOptions}
                error={errorUnder(`definition.groups.${groupIndex}.items.${itemIndex}`)}
                onChange={(next) =>
                  update((f) => ({ ...f, groups: f.groups.map((g, i) => (i === groupIndex ? { ...g, items: g.items.map((it, j) => (j === itemIndex ? next : it)) } : g)) }))
                }
                onRemove={() => update((f) => ({ ...f, groups: f.groups.map((g, i) => (i === groupIndex ? { ...g, items: g.items.filter((_, j) => j !== itemIndex) } : g)) }))}
              />
            ))}
            <div className="dh-actions">
              <Button variant="secondary" onClick={() => update((f) => ({ ...f, groups: f.groups.map((g, i) => (i === groupIndex ? { ...g, items: [...g.items, newItem(f)] } : g)) }))}>
                {t('builder.addItem', { n: groupIndex + 1 })}
              </Button>
              {form.groups.length > 1 && (
                <Button variant="secondary" onClick={() => update((f) => ({ ...f, groups: f.groups.filter((_, i) => i !== groupIndex) }))}>
                  {t('builder.removeGroup', { n: groupIndex + 1 })}
                </Button>
              )}
            </div>
          </Card>
        ))}
        <div className="dh-actions">
          <Button variant="secondary" onClick={() => update((f) => ({ ...f, groups: [...f.groups, newGroup(f)] }))}>
            {t('builder.addGroup')}
          </Button>
        </div>

        <Card title={t('builder.scales')} headingLevel={2}>
          <p className="dh-prose">{t('builder.scalesIntro')}</p>
          {form.scales.map((scale, index) => (
            <Fieldset key={scale.id} legend={t('builder.scaleN', { n: index + 1 })} error={errorUnder(`definition.scales.${index}`)}>
              <div className="coordinator-settings-grid">
                {REQUIRED_LANGUAGES.map((language) => (
                  <TextField
                    key={language}
                    label={t('builder.scaleTitleIn', { n: index + 1, language: t(`builder.language.${language}`) })}
                    autoComplete="off"
                    value={scale.title[language]}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      update((f) => ({ ...f, scales: f.scales.map((s, i) => (i === index ? { ...s, title: { ...s.title, [language]: value } } : s)) }));
                    }}
                  />
                ))}
                <TextField
                  label={t('builder.minAnswered', { n: index + 1 })}
                  hint={t('builder.minAnsweredHint')}
                  inputMode="numeric"
                  autoComplete="off"
                  className="coordinator-short-field"
                  value={scale.minAnswered}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    update((f) => ({ ...f, scales: f.scales.map((s, i) => (i === index ? { ...s, minAnswered: value } : s)) }));
                  }}
                />
              </div>
              <Button
                variant="secondary"
                onClick={() =>
                  update((f) => ({
                    ...f,
                    scales: f.scales.filter((_, i) => i !== index),
                    groups: f.groups.map((g) => ({ ...g, items: g.items.map((it) => (it.scale === scale.id ? { ...it, scale: '' } : it)) })),
                  }))
                }
              >
                {t('builder.removeScale', { n: index + 1 })}
              </Button>
            </Fieldset>
          ))}
          <Button variant="secondary" onClick={() => update((f) => ({ ...f, scales: [...f.scales, { id: nextId('s', f.scales.map((s) => s.id)), title: noTexts(), minAnswered: '1' }] }))}>
            {t('builder.addScale')}
          </Button>
        </Card>

        <Card title={t('builder.when')} headingLevel={2}>
          {!asksConsent && <p className="dh-prose">{t('builder.noEvaluationConsent')}</p>}
          <Fieldset legend={t('builder.moments')} hint={t('builder.momentsHint')} error={errorUnder('uses')}>
            <div className="dh-options coordinator-columns">
              {MOMENTS.map((moment) => (
                <Checkbox
                  key={moment}
                  label={t(`builder.moment.${moment}`)}
                  checked={form.moments.includes(moment)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    update((f) => ({ ...f, moments: on ? [...f.moments, moment] : f.moments.filter((m) => m !== moment) }));
                  }}
                />
              ))}
            </div>
          </Fieldset>
          <div className="coordinator-settings-grid">
            {(['offsetDays', 'closureOffsetDays', 'reminderAfterDays', 'expiresAfterDays'] as const).map((field) => (
              <TextField
                key={field}
                label={t(`builder.timing.${field}`)}
                hint={t(`builder.timing.${field}Hint`)}
                inputMode="numeric"
                autoComplete="off"
                className="coordinator-short-field"
                error={errors[`uses.${field}`] ? words(errors[`uses.${field}`]!) : undefined}
                value={form[field]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  update((f) => ({ ...f, [field]: value }));
                }}
              />
            ))}
          </div>
        </Card>

        <div className="dh-actions">
          <Button type="submit" variant="primary" busy={save.isPending}>
            {t('builder.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** One text in each offered language. */
function TextsFields({ legend, hint, languages, texts, error, onChange }: { legend: string; hint?: string; languages: readonly EvaluationLanguage[]; texts: Texts; error?: string | undefined; onChange: (texts: Texts) => void }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend} hint={hint} error={error}>
      <div className="coordinator-settings-grid">
        {languages.map((language) => (
          <TextField
            key={language}
            label={t('builder.textIn', { what: legend, language: t(`builder.language.${language}`) })}
            hint={(REQUIRED_LANGUAGES as readonly string[]).includes(language) ? undefined : t('builder.fallsBackToDutch')}
            autoComplete="off"
            lang={language}
            dir={language === 'ar' ? 'rtl' : undefined}
            value={texts[language]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange({ ...texts, [language]: value });
            }}
          />
        ))}
      </div>
    </Fieldset>
  );
}

function ItemFields(props: {
  item: BuilderItem;
  label: string;
  respondents: readonly Respondent[];
  languages: readonly EvaluationLanguage[];
  scaleOptions: { value: string; label: string }[];
  error: string | undefined;
  onChange: (item: BuilderItem) => void;
  onRemove: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const { item, label, respondents, languages, onChange } = props;
  const scored = item.kind === 'agreement' || item.kind === 'yesNo';
  return (
    <Fieldset legend={label} error={props.error} className="coordinator-settings-purpose">
      <div className="coordinator-settings-grid">
        <SelectField
          label={t('builder.kindOf', { item: label })}
          options={ITEM_KINDS.map((kind) => ({ value: kind, label: t(`builder.kind.${kind}`) }))}
          value={item.kind}
          onChange={(event) => onChange({ ...item, kind: event.currentTarget.value as ItemKind })}
        />
        {scored && props.scaleOptions.length > 1 && (
          <SelectField label={t('builder.scaleOf', { item: label })} options={props.scaleOptions} value={item.scale} onChange={(event) => onChange({ ...item, scale: event.currentTarget.value })} />
        )}
        {item.kind === 'number' && (
          <>
            <TextField label={t('builder.min', { item: label })} inputMode="numeric" autoComplete="off" value={item.min} onChange={(event) => onChange({ ...item, min: event.currentTarget.value })} />
            <TextField label={t('builder.max', { item: label })} inputMode="numeric" autoComplete="off" value={item.max} onChange={(event) => onChange({ ...item, max: event.currentTarget.value })} />
          </>
        )}
        {item.kind === 'text' && (
          <TextField label={t('builder.maxLength', { item: label })} inputMode="numeric" autoComplete="off" value={item.maxLength} onChange={(event) => onChange({ ...item, maxLength: event.currentTarget.value })} />
        )}
      </div>
      <div className="dh-options coordinator-columns">
        <Checkbox label={t('builder.required', { item: label })} checked={item.required} onChange={(event) => onChange({ ...item, required: event.currentTarget.checked })} />
        {scored && (
          <Checkbox
            label={t('builder.reverseScored', { item: label })}
            hint={t(item.kind === 'agreement' ? 'builder.reverseScoredHint' : 'builder.reverseScoredYesNoHint')}
            checked={item.reverseScored}
            onChange={(event) => onChange({ ...item, reverseScored: event.currentTarget.checked })}
          />
        )}
      </div>
      {respondents.length === 0 && <p className="dh-muted">{t('builder.chooseRespondents')}</p>}
      {respondents.map((respondent) => (
        <TextsFields
          key={respondent}
          legend={t('builder.wordingFor', { item: label, who: t(`builder.respondent.${respondent}`) })}
          hint={respondent === 'pupil' ? t('builder.childFriendlyHint') : undefined}
          languages={languages}
          texts={item.texts[respondent]}
          onChange={(texts) => onChange({ ...item, texts: { ...item.texts, [respondent]: texts } })}
        />
      ))}
      <Button variant="secondary" onClick={props.onRemove}>
        {t('builder.removeItem', { item: label })}
      </Button>
    </Fieldset>
  );
}
