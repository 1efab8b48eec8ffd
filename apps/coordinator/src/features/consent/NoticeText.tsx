import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { ConsentPurpose } from './types';
import type { PortalLanguage } from '@driehoek/contracts/pupils';
import { trpc } from '../../trpc';
import { LoadError } from '../../shell/LoadState';

/**
 * The notice to read out or show before the person decides (CON-7, CON-10): the child-friendly
 * text for the pupil, the adult text for a parent, in the language chosen. Its version is what
 * the record will name. What it says a "no" means follows the pupil's programme.
 */
export function NoticeText({ pupilId, purpose, language, childFriendly }: { pupilId: string; purpose: ConsentPurpose; language: PortalLanguage; childFriendly: boolean }) {
  const { t } = useTranslation();
  const notice = useQuery(trpc.consent.notice.queryOptions({ pupilId, purpose, language, childFriendly }));
  return (
    <section aria-labelledby="notice-heading" className="coordinator-notice" aria-busy={notice.isPending || undefined}>
      <h4 id="notice-heading">{childFriendly ? t('notice.headingChild') : t('notice.headingAdult')}</h4>
      {notice.isPending ? (
        <p className="coordinator-loading">{t('app.loading')}</p>
      ) : notice.isError ? (
        <LoadError error={notice.error} onRetry={() => void notice.refetch()} />
      ) : (
        <>
          <p className="coordinator-label">{notice.data.title}</p>
          <div lang={notice.data.language} dir={notice.data.language === 'ar' ? 'rtl' : 'ltr'} className="coordinator-notes coordinator-notice-text">
            {notice.data.text}
          </div>
          <p className="dh-muted">{t('notice.version', { version: notice.data.versionId })}</p>
        </>
      )}
    </section>
  );
}
