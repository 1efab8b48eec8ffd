import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { TextArea } from '@driehoek/ui/TextArea';
import { queryClient, trpc } from '../../trpc';
import { useServerErrorText } from '../../server-errors';
import type { ProgrammeReport } from '../../api-types';
import type { Period } from './PeriodForm';

type SectionKey = ProgrammeReport['sections'][number]['key'];

/** The organisation's own text under one heading of the report, for this programme and period (empty removes it). */
export function NarrativeEditor({ programmeId, period, section, heading, text }: { programmeId: string; period: Period; section: SectionKey; heading: string; text: string }) {
  const { t } = useTranslation();
  const serverText = useServerErrorText();
  const [draft, setDraft] = useState(text);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.reports.saveNarrative.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        void queryClient.invalidateQueries(trpc.reports.programmeReport.queryFilter({ programmeId, period }));
      },
    }),
  );
  return (
    <form
      className="coordinator-narrative"
      aria-label={t('reports.narrative.form', { heading })}
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        save.mutate({ programmeId, period, section, text: draft });
      }}
    >
      <TextArea label={t('reports.narrative.label', { heading })} value={draft} onChange={(event) => { setDraft(event.target.value); setSaved(false); }} rows={4} maxLength={20_000} />
      <Button type="submit" variant="secondary" busy={save.isPending}>
        {t('reports.narrative.save')}
      </Button>
      <div role="status">{saved && <p>{t('reports.narrative.saved')}</p>}</div>
      {save.isError && (
        <Alert tone="error">
          <p>{serverText(save.error)}</p>
        </Alert>
      )}
    </form>
  );
}
