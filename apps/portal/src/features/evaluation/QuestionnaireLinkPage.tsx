import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { isTRPCClientError } from '@trpc/client';
import type { AppRouter } from '@driehoek/api';
import type { EvaluationLanguage } from '@driehoek/domain/evaluation';
import { Alert } from '@driehoek/ui/Alert';
import { trpcClient } from '../../trpc.js';
import { followPreferredLanguage } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { LoadFailed } from '../../shell/LoadFailed.js';
import { looksLikeToken, useStatusToken } from '../application/token.js';
import { QuestionnaireView } from './QuestionnaireForm.js';
import { useEvaluationTexts } from './texts.js';

const isUnknownLink = (error: unknown) => isTRPCClientError<AppRouter>(error) && (error.data?.code === 'NOT_FOUND' || error.data?.code === 'BAD_REQUEST');

/**
 * A parent's or pupil's questionnaire from the personal link in their e-mail
 * (`/portal/questionnaire#<secret>`): the secret sits in the fragment, never sent in a URL, and
 * goes to the api in a POST body only. The page opens in the language of the invitation (the
 * person's own) unless they chose another in this visit; the language switch re-asks the
 * questionnaire in the chosen language, keeping what was filled in.
 */
export function QuestionnaireLinkPage() {
  const { t, i18n } = useTranslation();
  const ready = useEvaluationTexts();
  const token = useStatusToken();
  const valid = looksLikeToken(token);
  const portalLanguage = i18n.resolvedLanguage ?? 'nl';
  const [asked, setAsked] = useState<EvaluationLanguage | undefined>(undefined);
  const followed = useRef(false);
  const opened = useQuery({
    queryKey: ['evaluation', 'byLink', token, asked ?? null],
    queryFn: () => trpcClient.evaluation.getByLink.mutate({ token, ...(asked ? { language: asked } : {}) }),
    enabled: valid,
    placeholderData: (previous) => previous,
    staleTime: Infinity,
    retry: (failures, error) => !isUnknownLink(error) && failures < 2,
  });
  const data = opened.data;
  // The questionnaire's own title, in the language it is read in (the invitation's or the one chosen).
  usePageTitle(ready ? (data?.questionnaire.title ?? t('evaluation.title')) : '…');

  useEffect(() => {
    if (!data || data.questionnaire.language === portalLanguage) return;
    const offered = (code: string | undefined): code is EvaluationLanguage => !!code && (data.languages as readonly string[]).includes(code);
    if (!followed.current) {
      followed.current = true;
      // The first time: the page follows the invitation's language, unless the person chose one.
      const chosen = followPreferredLanguage(data.questionnaire.language);
      if (offered(chosen)) setAsked(chosen);
      return;
    }
    if (offered(portalLanguage)) setAsked(portalLanguage);
  }, [data, portalLanguage]);

  if (!ready) return <p role="status">{t('app.loading')}</p>;
  if (!valid || (opened.isError && isUnknownLink(opened.error))) {
    return (
      <>
        <h1>{t('evaluation.unknownTitle')}</h1>
        <Alert tone="warning">
          <p>{t('evaluation.unknownText')}</p>
        </Alert>
      </>
    );
  }
  if (opened.isError) return <LoadFailed retrying={opened.isFetching} onRetry={() => void opened.refetch()} />;
  if (!data) return <p role="status">{t('evaluation.loading')}</p>;
  return <QuestionnaireView key={data.invitationId} opened={data} send={(input) => trpcClient.evaluation.answerByLink.mutate({ token, ...input })} />;
}
