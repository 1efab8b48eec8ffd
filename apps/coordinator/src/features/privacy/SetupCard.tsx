import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { TextArea } from '@driehoek/ui/TextArea';
import { TextField } from '@driehoek/ui/TextField';
import { queryClient, trpc } from '../../trpc';
import { formatDay } from '../../dates';
import { useServerErrorText } from '../../server-errors';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { StepForm } from '../../forms/StepForm';
import type { PrivacySetup } from '../../api-types';

const setupChanged = () => {
  void queryClient.invalidateQueries(trpc.privacy.setup.get.pathFilter());
  void queryClient.invalidateQueries(trpc.privacy.goLive.pathFilter());
};

/** PRV-5: where the admin records the DPIA, the Art. 30 register, the privacy notice, the processor agreements, and adopts the retention schedule. */
export function SetupCard() {
  const { t } = useTranslation();
  const setup = useQuery(trpc.privacy.setup.get.queryOptions());
  return (
    <Card title={t('privacy.setup.title')} headingLevel={2}>
      <p>{t('privacy.setup.intro')}</p>
      {setup.isPending ? <LoadingState /> : setup.isError ? <LoadError error={setup.error} onRetry={() => void setup.refetch()} /> : <SetupForm key={JSON.stringify(setup.data)} setup={setup.data} />}
    </Card>
  );
}

/** Processors as lines of "name; date" (the date empty while the agreement is not signed). */
const processorsText = (processors: PrivacySetup['processors']) => processors.map((processor) => `${processor.name}; ${processor.agreementSignedOn ?? ''}`).join('\n');
const processorsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.split(';').map((part) => part.trim()))
    .filter(([name]) => name)
    .map(([name, date]) => ({ name: name!, agreementSignedOn: date ? date : null }));

function SetupForm({ setup }: { setup: PrivacySetup }) {
  const { t, i18n } = useTranslation();
  const serverError = useServerErrorText();
  const [dpiaOn, setDpiaOn] = useState(setup.dpia?.completedOn ?? '');
  const [dpiaVersion, setDpiaVersion] = useState(setup.dpia?.version ?? '');
  const [dpiaBy, setDpiaBy] = useState(setup.dpia?.approvedBy ?? '');
  const [registerOn, setRegisterOn] = useState(setup.processingRegisterUpdatedOn ?? '');
  const [noticeVersion, setNoticeVersion] = useState(setup.privacyNotice?.version ?? '');
  const [noticeOn, setNoticeOn] = useState(setup.privacyNotice?.publishedOn ?? '');
  const [processors, setProcessors] = useState(processorsText(setup.processors));
  const update = useMutation(trpc.privacy.setup.update.mutationOptions({ onSuccess: setupChanged }));
  const adopt = useMutation(trpc.privacy.setup.adoptRetention.mutationOptions({ onSuccess: setupChanged }));
  return (
    <>
      <StepForm
        submitLabel={t('privacy.setup.submit')}
        busy={update.isPending}
        formError={update.error}
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate({
            dpia: dpiaOn || dpiaVersion || dpiaBy ? { completedOn: dpiaOn, version: dpiaVersion, approvedBy: dpiaBy } : null,
            processingRegisterUpdatedOn: registerOn || null,
            privacyNotice: noticeVersion || noticeOn ? { version: noticeVersion, publishedOn: noticeOn } : null,
            processors: processorsOf(processors),
          });
        }}
      >
        <TextField label={t('privacy.setup.dpiaOn')} type="date" value={dpiaOn} onChange={(event) => setDpiaOn(event.target.value)} />
        <TextField label={t('privacy.setup.dpiaVersion')} autoComplete="off" value={dpiaVersion} onChange={(event) => setDpiaVersion(event.target.value)} />
        <TextField label={t('privacy.setup.dpiaBy')} autoComplete="off" value={dpiaBy} onChange={(event) => setDpiaBy(event.target.value)} />
        <TextField label={t('privacy.setup.registerOn')} type="date" value={registerOn} onChange={(event) => setRegisterOn(event.target.value)} />
        <TextField label={t('privacy.setup.noticeVersion')} autoComplete="off" value={noticeVersion} onChange={(event) => setNoticeVersion(event.target.value)} />
        <TextField label={t('privacy.setup.noticeOn')} type="date" value={noticeOn} onChange={(event) => setNoticeOn(event.target.value)} />
        <TextArea label={t('privacy.setup.processors')} hint={t('privacy.setup.processorsHint')} rows={3} value={processors} onChange={(event) => setProcessors(event.target.value)} />
      </StepForm>
      {update.isSuccess && <Alert tone="success">{t('privacy.setup.saved')}</Alert>}
      <h3>{t('privacy.setup.retentionTitle')}</h3>
      <p>{setup.retentionAdoptedOn ? t('privacy.setup.retentionAdopted', { on: formatDay(setup.retentionAdoptedOn, i18n.language) }) : t('privacy.setup.retentionNotAdopted')}</p>
      {adopt.isError && <Alert tone="error">{serverError(adopt.error)}</Alert>}
      <Button variant="secondary" disabled={adopt.isPending} onClick={() => adopt.mutate()}>
        {t('privacy.setup.adopt')}
      </Button>
    </>
  );
}
