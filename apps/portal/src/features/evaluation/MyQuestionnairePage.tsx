import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { EvaluationLanguage } from '@driehoek/domain/evaluation';
import { trpc, trpcClient } from '../../trpc.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { forgetSession } from '../../shell/session.js';
import { readServerError } from '../../shell/server-errors.js';
import { LoadFailed } from '../../shell/LoadFailed.js';
import { QuestionnaireView } from './QuestionnaireForm.js';
import { useEvaluationTexts } from './texts.js';

/** A signed-in volunteer answers one of their own questionnaires (the api returns only their own). */
export function MyQuestionnairePage({ invitationId }: { invitationId: string }) {
  const { t, i18n } = useTranslation();
  const ready = useEvaluationTexts();
  const queryClient = useQueryClient();
  const language = i18n.resolvedLanguage as EvaluationLanguage | undefined;
  const opened = useQuery({
    ...trpc.evaluation.getMine.queryOptions({ invitationId, ...(language ? { language } : {}) }),
    placeholderData: (previous) => previous,
    retry: (failures, error) => readServerError(error).kind !== 'signedOut' && failures < 2,
  });
  // The questionnaire's own title, in the language it is read in.
  usePageTitle(ready ? (opened.data?.questionnaire.title ?? t('evaluation.title')) : '…');
  const signedOut = opened.isError && readServerError(opened.error).kind === 'signedOut';
  useEffect(() => {
    if (signedOut) forgetSession();
  }, [signedOut]);

  const back = (
    <p>
      <Link href="/">{ready ? t('evaluation.back') : '…'}</Link>
    </p>
  );
  if (!ready || opened.isPending) return <p role="status">{t('app.loading')}</p>;
  if (opened.isError) return signedOut ? null : <LoadFailed retrying={opened.isFetching} onRetry={() => void opened.refetch()} />;
  return (
    <>
      {back}
      <QuestionnaireView
        key={opened.data.invitationId}
        opened={opened.data}
        send={async (input) => {
          await trpcClient.evaluation.answerMine.mutate({ invitationId, ...input });
          await queryClient.invalidateQueries(trpc.evaluation.myEvaluations.pathFilter());
        }}
      />
    </>
  );
}
