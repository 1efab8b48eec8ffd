import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { CONSULTATION_TYPES, CONVERSATION_SKIP_REASONS, DECISION_OUTCOMES, PARENTS_NOT_INFORMED_REASONS } from '@driehoek/domain/safeguarding';
import type { ConcernStep } from '@driehoek/contracts/safeguarding';
import { Alert } from '@driehoek/ui/Alert';
import { Badge } from '@driehoek/ui/Badge';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { Checkbox } from '@driehoek/ui/Checkbox';
import { Fieldset } from '@driehoek/ui/Fieldset';
import { SelectField } from '@driehoek/ui/SelectField';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { formatDay, formatMoment, todayIso } from '../../dates';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { PageHeading } from '../../shell/PageHeading';
import { useSignedIn } from '../../shell/signed-in';
import { StepForm } from '../../forms/StepForm';
import type { ConcernCase, ConcernView } from '../../api-types';

/**
 * One concern, for the case team (SAF-10): the facts apart from the interpretation (SAF-12), the
 * time targets (SAF-15), the authorities (SAF-4) and the Meldcode steps one after another (SAF-6),
 * each record checked by the api; and the pupil's chronology (SAF-13).
 */
export function ConcernPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const concern = useQuery(trpc.concerns.get.queryOptions({ concernId: id }));
  return (
    <>
      <p>
        <Link href="/concerns">{t('concerns.back')}</Link>
      </p>
      {concern.isPending ? (
        <LoadingState />
      ) : concern.isError ? (
        <LoadError error={concern.error} onRetry={() => void concern.refetch()} />
      ) : concern.data.access === 'full' ? (
        <CaseView view={concern.data} />
      ) : (
        <OwnReport view={concern.data} />
      )}
    </>
  );
}

function OwnReport({ view }: { view: Extract<ConcernView, { access: 'ownReport' }> }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <PageHeading>{t('concerns.caseTitle', { pupil: view.pupilFirstName })}</PageHeading>
      <p>{t('concerns.ownReport')}</p>
      <ul>
        {view.entries.map((entry) => (
          <li key={entry.version}>
            {formatMoment(entry.at, i18n.language)}: {entry.facts} {entry.interpretation}
          </li>
        ))}
      </ul>
    </>
  );
}

const saved = (view: ConcernView) => {
  queryClient.setQueryData(trpc.concerns.get.queryKey({ concernId: view.id }), view);
  void queryClient.invalidateQueries({ queryKey: trpc.concerns.list.queryKey() });
  void queryClient.invalidateQueries({ queryKey: trpc.attention.list.queryKey() });
};

function CaseView({ view }: { view: ConcernCase }) {
  const { t, i18n } = useTranslation();
  const acknowledge = useMutation(trpc.concerns.acknowledge.mutationOptions({ onSuccess: saved }));
  const closed = view.status === 'closed';
  return (
    <>
      <PageHeading>{t('concerns.caseTitle', { pupil: view.pupil.name })}</PageHeading>
      <p>
        {view.acuteDanger && <Badge tone="danger">{t('concerns.acute')}</Badge>} <Badge tone="info">{t(`concernStatus.${view.status}`)}</Badge>{' '}
        {view.timers.overdue && <Badge tone="danger">{t('concerns.overdue')}</Badge>}
      </p>
      <p className="dh-muted">{t('concerns.reportedBy', { name: view.reporter.name, at: formatMoment(view.reportedAt, i18n.language), observed: formatDay(view.observedOn, i18n.language) })}</p>

      {view.acuteDanger && !view.acuteGateOpen && (
        <Alert tone="error" title={t('concerns.authoritiesFirstTitle')}>
          <p>{t('concerns.authoritiesFirst')}</p>
        </Alert>
      )}
      {!view.acknowledged && !closed && (
        <div className="dh-actions">
          <Button onClick={() => acknowledge.mutate({ concernId: view.id, expectedVersion: view.version })} disabled={acknowledge.isPending}>
            {t('concerns.acknowledge')}
          </Button>
        </div>
      )}

      <Card title={t('concerns.factsTitle')}>
        <ul className="coordinator-notes-list">
          {view.facts.map((fact) => (
            <li key={fact.version}>
              <p className="coordinator-notes">{fact.text}</p>
              <p className="dh-muted">
                {fact.by.name} · {formatMoment(fact.at, i18n.language)}
                {fact.sources.map((source) => (source.kind === 'thirdParty' ? ` · ${t('concerns.source', { who: source.who })}` : '')).join('')}
              </p>
            </li>
          ))}
        </ul>
        {view.interpretations.length > 0 && (
          <>
            <h3>{t('concerns.interpretationsTitle')}</h3>
            <ul className="coordinator-notes-list">
              {view.interpretations.map((item) => (
                <li key={item.version}>
                  <p className="coordinator-notes">{item.text}</p>
                  <p className="dh-muted">{item.by.name}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>

      {view.timers.open.length > 0 && (
        <Card title={t('concerns.timersTitle')}>
          <ul>
            {view.timers.open.map((timer) => (
              <li key={`${timer.kind}-${timer.dueAt}`}>
                {t(`concernTimer.${timer.kind}`)}: {formatMoment(timer.dueAt, i18n.language)} {timer.overdue && <Badge tone="danger">{t('concerns.overdue')}</Badge>}
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Card title={t('concerns.authoritiesTitle')}>
        {view.authorityContacts.length > 0 && (
          <ul>
            {view.authorityContacts.map((contact) => (
              <li key={`${contact.type}-${contact.contactedAt}`}>
                {t(`concernAuthority.${contact.type}`)} · {formatMoment(contact.contactedAt, i18n.language)} · {contact.contactedBy}
                {contact.reference ? ` · ${t('concerns.reference', { reference: contact.reference })}` : ''}
              </li>
            ))}
          </ul>
        )}
        {!closed && <AuthorityContactForm view={view} />}
      </Card>

      {!closed && view.acknowledged && (
        <Card title={t('concerns.nextStepTitle')}>
          <NextStep view={view} />
        </Card>
      )}

      <Card title={t('concerns.historyTitle')}>
        <ol>
          {view.statusHistory.map((change) => (
            <li key={change.version}>
              {t(`concernStatus.${change.to}`)} · {change.by.name || t('concerns.system')} · {formatMoment(change.at, i18n.language)}
            </li>
          ))}
        </ol>
        {view.chronology.repeated && (
          <>
            <h3>{t('concerns.chronologyTitle')}</h3>
            <p>{t('concerns.repeated')}</p>
            <ol>
              {view.chronology.items.map((item) => (
                <li key={`${item.concernId}-${item.version}`}>
                  {formatMoment(item.at, i18n.language)} · {t(`concernEntry.${item.kind}`)}
                  {item.concernId !== view.id && <Link href={`/concerns/${encodeURIComponent(item.concernId)}`}> · {t('concerns.otherConcern')}</Link>}
                </li>
              ))}
            </ol>
          </>
        )}
      </Card>
    </>
  );
}

/** One record of the case team: sends it with the version seen, and shows the api's refusal above the fields. */
function useRecord(view: ConcernCase, onDone?: () => void) {
  const record = useMutation(
    trpc.concerns.record.mutationOptions({
      onSuccess: (next) => {
        saved(next);
        onDone?.();
      },
    }),
  );
  return { busy: record.isPending, error: record.error, send: (step: ConcernStep) => record.mutate({ concernId: view.id, expectedVersion: view.version, step }) };
}

function Form({ view, label, build, children }: { view: ConcernCase; label: string; build: () => ConcernStep; children: ReactNode }) {
  const record = useRecord(view);
  return (
    <StepForm
      submitLabel={label}
      busy={record.busy}
      formError={record.error}
      onSubmit={(event) => {
        event.preventDefault();
        record.send(build());
      }}
    >
      {children}
    </StepForm>
  );
}

/** SAF-4: 112 or Veilig Thuis, when, by whom, the reference and what was shared; for a report, SAF-9. */
function AuthorityContactForm({ view }: { view: ConcernCase }) {
  const { t } = useTranslation();
  const me = useSignedIn();
  const [type, setType] = useState<'veiligThuisReport' | 'emergency112'>('veiligThuisReport');
  const [contactedBy, setContactedBy] = useState(me.name);
  const [reference, setReference] = useState('');
  const [summary, setSummary] = useState('');
  const [informed, setInformed] = useState<'' | 'yes' | 'no'>('');
  const [informedOn, setInformedOn] = useState(todayIso());
  const [reason, setReason] = useState<(typeof PARENTS_NOT_INFORMED_REASONS)[number]>('safetyOfChild');
  const [explanation, setExplanation] = useState('');
  return (
    <Form
      view={view}
      label={t('concerns.authority.submit')}
      build={() => ({
        kind: 'authorityContacted',
        contact: {
          type,
          contactedAt: view.asOf,
          contactedBy,
          summaryShared: summary,
          ...(reference.trim() ? { reference } : {}),
          ...(type === 'veiligThuisReport' && informed
            ? { parentsInformed: informed === 'yes' ? { informed: true, on: informedOn } : { informed: false, reason, explanation } }
            : {}),
        },
      })}
    >
      <div className="coordinator-settings-grid">
        <SelectField
          label={t('concerns.authority.type')}
          options={(['veiligThuisReport', 'emergency112'] as const).map((value) => ({ value, label: t(`concernAuthority.${value}`) }))}
          value={type}
          onChange={(event) => setType(event.target.value === 'emergency112' ? 'emergency112' : 'veiligThuisReport')}
        />
        <TextField label={t('concerns.authority.by')} value={contactedBy} onChange={(event) => setContactedBy(event.target.value)} />
        <TextField label={t('concerns.authority.reference')} value={reference} onChange={(event) => setReference(event.target.value)} />
      </div>
      <TextArea label={t('concerns.authority.summary')} rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
      {type === 'veiligThuisReport' && (
        <>
          <SelectField
            label={t('concerns.authority.parentsInformed')}
            placeholder={t('matching.choose')}
            options={[
              { value: 'yes', label: t('concerns.yes') },
              { value: 'no', label: t('concerns.no') },
            ]}
            value={informed}
            onChange={(event) => setInformed(event.target.value === 'yes' ? 'yes' : event.target.value === 'no' ? 'no' : '')}
          />
          {informed === 'yes' && <TextField label={t('concerns.authority.informedOn')} type="date" max={todayIso()} value={informedOn} onChange={(event) => setInformedOn(event.target.value)} />}
          {informed === 'no' && (
            <>
              <SelectField
                label={t('concerns.authority.notInformedReason')}
                options={PARENTS_NOT_INFORMED_REASONS.map((value) => ({ value, label: t(`concernNotInformed.${value}`) }))}
                value={reason}
                onChange={(event) => setReason(PARENTS_NOT_INFORMED_REASONS.find((value) => value === event.target.value) ?? 'other')}
              />
              <TextArea label={t('concerns.explanation')} rows={2} value={explanation} onChange={(event) => setExplanation(event.target.value)} />
            </>
          )}
        </>
      )}
    </Form>
  );
}

/** The Meldcode step that is due (SAF-6): one form at a time, in order. */
function NextStep({ view }: { view: ConcernCase }) {
  const { t } = useTranslation();
  switch (view.nextStep) {
    case 'signalsMapped':
      return <TextStep view={view} label={t('concerns.steps.signalsMapped')} build={(summary) => ({ kind: 'signalsMapped', summary })} />;
    case 'consulted':
      return <ConsultStep view={view} />;
    case 'conversation':
      return <ConversationStep view={view} />;
    case 'assessed':
      return <AssessStep view={view} />;
    case 'boardConsulted':
      return <BoardStep view={view} />;
    case 'decided':
      return <DecideStep view={view} />;
    case 'followedUp':
      return <FollowUpStep view={view} />;
    case 'closed':
      return <TextStep view={view} label={t('concerns.steps.closed')} build={(reason) => ({ kind: 'closed', reason })} />;
    default:
      return null;
  }
}

function TextStep({ view, label, build }: { view: ConcernCase; label: string; build: (text: string) => ConcernStep }) {
  const [text, setText] = useState('');
  return (
    <Form view={view} label={label} build={() => build(text)}>
      <TextArea label={label} rows={4} value={text} onChange={(event) => setText(event.target.value)} />
    </Form>
  );
}

function ConsultStep({ view }: { view: ConcernCase }) {
  const { t } = useTranslation();
  const [type, setType] = useState<(typeof CONSULTATION_TYPES)[number]>('veiligThuisAdvice');
  const [who, setWho] = useState('');
  const [on, setOn] = useState(todayIso());
  const [identifiable, setIdentifiable] = useState(false);
  const [advice, setAdvice] = useState('');
  return (
    <Form view={view} label={t('concerns.steps.consulted')} build={() => ({ kind: 'consulted', consultation: { type, who, on, identifiableDataShared: identifiable, adviceSummary: advice } })}>
      <div className="coordinator-settings-grid">
        <SelectField
          label={t('concerns.consult.type')}
          options={CONSULTATION_TYPES.map((value) => ({ value, label: t(`concernConsultation.${value}`) }))}
          value={type}
          onChange={(event) => setType(CONSULTATION_TYPES.find((value) => value === event.target.value) ?? 'colleague')}
        />
        <TextField label={t('concerns.consult.who')} value={who} onChange={(event) => setWho(event.target.value)} />
        <TextField label={t('concerns.on')} type="date" max={todayIso()} value={on} onChange={(event) => setOn(event.target.value)} />
      </div>
      <Checkbox label={t('concerns.consult.identifiable')} checked={identifiable} onChange={(event) => setIdentifiable(event.target.checked)} />
      <TextArea label={t('concerns.consult.advice')} rows={3} value={advice} onChange={(event) => setAdvice(event.target.value)} />
    </Form>
  );
}

function ConversationStep({ view }: { view: ConcernCase }) {
  const { t } = useTranslation();
  const me = useSignedIn();
  const [held, setHeld] = useState<'held' | 'skipped'>('held');
  const [withParents, setWithParents] = useState(true);
  const [withPupil, setWithPupil] = useState(false);
  const [on, setOn] = useState(todayIso());
  const [summary, setSummary] = useState('');
  const [reason, setReason] = useState<(typeof CONVERSATION_SKIP_REASONS)[number]>('safetyOfChild');
  return (
    <Form
      view={view}
      label={t('concerns.steps.conversation')}
      build={() =>
        held === 'held'
          ? {
              kind: 'conversationHeld',
              conversation: { with: [...(withParents ? ['parents' as const] : []), ...(withPupil ? ['pupil' as const] : [])], on, heldBy: [{ name: me.name, role: 'coordinator' }], summary },
            }
          : { kind: 'conversationSkipped', reason, explanation: summary }
      }
    >
      <SelectField
        label={t('concerns.conversation.heldOrSkipped')}
        options={[
          { value: 'held', label: t('concerns.conversation.held') },
          { value: 'skipped', label: t('concerns.conversation.skipped') },
        ]}
        value={held}
        onChange={(event) => setHeld(event.target.value === 'skipped' ? 'skipped' : 'held')}
      />
      {held === 'held' ? (
        <>
          <Fieldset legend={t('concerns.conversation.with')}>
            <Checkbox label={t('concerns.conversation.parents')} checked={withParents} onChange={(event) => setWithParents(event.target.checked)} />
            <Checkbox label={t('concerns.conversation.pupil')} checked={withPupil} onChange={(event) => setWithPupil(event.target.checked)} />
          </Fieldset>
          <TextField label={t('concerns.on')} type="date" max={todayIso()} value={on} onChange={(event) => setOn(event.target.value)} />
        </>
      ) : (
        <SelectField
          label={t('concerns.conversation.reason')}
          options={CONVERSATION_SKIP_REASONS.map((value) => ({ value, label: t(`concernSkip.${value}`) }))}
          value={reason}
          onChange={(event) => setReason(CONVERSATION_SKIP_REASONS.find((value) => value === event.target.value) ?? 'other')}
        />
      )}
      <TextArea label={held === 'held' ? t('concerns.summary') : t('concerns.explanation')} rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
    </Form>
  );
}

const QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5'] as const;
type Answers = Partial<Record<(typeof QUESTIONS)[number], { answer: '' | 'yes' | 'no'; rationale: string }>>;

/** Meldcode step 4: the afwegingskader's five questions as far as they apply, each with a rationale (SAF-5, SAF-7). */
function AssessStep({ view }: { view: ConcernCase }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>({});
  const set = (question: (typeof QUESTIONS)[number], part: 'answer' | 'rationale', value: string) =>
    setAnswers((old) => ({ ...old, [question]: { answer: old[question]?.answer ?? '', rationale: old[question]?.rationale ?? '', [part]: value } }));
  const build = (): ConcernStep => ({
    kind: 'assessed',
    answers: Object.fromEntries(
      QUESTIONS.flatMap((question) => {
        const given = answers[question];
        return given?.answer ? [[question, { answer: given.answer, rationale: given.rationale }]] : [];
      }),
    ),
  });
  return (
    <Form view={view} label={t('concerns.steps.assessed')} build={build}>
      {QUESTIONS.map((question) => (
        <Fieldset key={question} legend={t(`concernQuestion.${question}`)}>
          <SelectField
            label={t('concerns.answer')}
            placeholder={t('concerns.notApplicable')}
            options={[
              { value: 'yes', label: t('concerns.yes') },
              { value: 'no', label: t('concerns.no') },
            ]}
            value={answers[question]?.answer ?? ''}
            onChange={(event) => set(question, 'answer', event.target.value)}
          />
          <TextArea label={t('concerns.rationale')} rows={2} value={answers[question]?.rationale ?? ''} onChange={(event) => set(question, 'rationale', event.target.value)} />
        </Fieldset>
      ))}
    </Form>
  );
}

function BoardStep({ view }: { view: ConcernCase }) {
  const { t } = useTranslation();
  const [participants, setParticipants] = useState('');
  const [summary, setSummary] = useState('');
  return (
    <Form
      view={view}
      label={t('concerns.steps.boardConsulted')}
      build={() => ({ kind: 'boardConsulted', participants: participants.split(',').map((name) => name.trim()).filter(Boolean), summary })}
    >
      <TextField label={t('concerns.board.participants')} hint={t('concerns.board.participantsHint')} value={participants} onChange={(event) => setParticipants(event.target.value)} />
      <TextArea label={t('concerns.summary')} rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
    </Form>
  );
}

function DecideStep({ view }: { view: ConcernCase }) {
  const { t } = useTranslation();
  const [outcomes, setOutcomes] = useState<(typeof DECISION_OUTCOMES)[number][]>([]);
  const [rationale, setRationale] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');
  return (
    <Form view={view} label={t('concerns.steps.decided')} build={() => ({ kind: 'decided', decision: { outcomes, rationale, followUpOn: followUpOn || null } })}>
      <Fieldset legend={t('concerns.decision.outcomes')}>
        {DECISION_OUTCOMES.map((outcome) => (
          <Checkbox
            key={outcome}
            label={t(`concernOutcome.${outcome}`)}
            checked={outcomes.includes(outcome)}
            onChange={(event) => setOutcomes((old) => (event.target.checked ? [...old, outcome] : old.filter((item) => item !== outcome)))}
          />
        ))}
      </Fieldset>
      <TextArea label={t('concerns.rationale')} rows={3} value={rationale} onChange={(event) => setRationale(event.target.value)} />
      <TextField label={t('concerns.decision.followUpOn')} type="date" min={todayIso()} value={followUpOn} onChange={(event) => setFollowUpOn(event.target.value)} />
    </Form>
  );
}

function FollowUpStep({ view }: { view: ConcernCase }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(todayIso());
  const [answer, setAnswer] = useState<'yes' | 'no'>('yes');
  const [rationale, setRationale] = useState('');
  const [notes, setNotes] = useState('');
  const [next, setNext] = useState('');
  return (
    <Form view={view} label={t('concerns.steps.followedUp')} build={() => ({ kind: 'followedUp', followUp: { on, q5: { answer, rationale }, notes, nextFollowUpOn: next || null } })}>
      <TextField label={t('concerns.on')} type="date" max={todayIso()} value={on} onChange={(event) => setOn(event.target.value)} />
      <SelectField
        label={t('concernQuestion.q5')}
        options={[
          { value: 'yes', label: t('concerns.yes') },
          { value: 'no', label: t('concerns.no') },
        ]}
        value={answer}
        onChange={(event) => setAnswer(event.target.value === 'no' ? 'no' : 'yes')}
      />
      <TextArea label={t('concerns.rationale')} rows={2} value={rationale} onChange={(event) => setRationale(event.target.value)} />
      <TextArea label={t('concerns.notes')} rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} />
      <TextField label={t('concerns.decision.nextFollowUpOn')} type="date" min={todayIso()} value={next} onChange={(event) => setNext(event.target.value)} />
    </Form>
  );
}
