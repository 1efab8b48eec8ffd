import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { trpc } from '../../trpc';
import { formatMoment } from '../../dates';
import { LoadError, LoadingState } from '../../shell/LoadState';
import { MessageText } from './MessageText';
import { PageHeading } from '../../shell/PageHeading';
import type { OutboxMessage } from '../../api-types';

/** The development outbox: what the system e-mailed, newest first; a message opens below the list. */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const outbox = useQuery(trpc.outbox.list.queryOptions());
  const [openId, setOpenId] = useState<string | null>(null);
  const openButton = useRef<HTMLButtonElement | null>(null);

  if (outbox.isPending) return <LoadingState />;
  if (outbox.isError) return <LoadError error={outbox.error} onRetry={() => void outbox.refetch()} />;

  const open = outbox.data.find((message) => message.id === openId) ?? null;
  return (
    <>
      <PageHeading>{t('outbox.title')}</PageHeading>
      <p>{t('outbox.intro')}</p>
      {outbox.data.length === 0 ? (
        <p>{t('outbox.empty')}</p>
      ) : (
        <div className="coordinator-table-scroll">
          <table className="data">
            <caption>{t('outbox.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outbox.col.createdAt')}</th>
                <th scope="col">{t('outbox.col.to')}</th>
                <th scope="col">{t('outbox.col.subject')}</th>
                <th scope="col">{t('outbox.col.sent')}</th>
              </tr>
            </thead>
            <tbody>
              {outbox.data.map((message) => (
                <tr key={message.id} aria-current={message.id === openId ? 'true' : undefined}>
                  <td>{formatMoment(message.createdAt, i18n.language)}</td>
                  <td>{message.to}</td>
                  <td>
                    <Button
                      type="button"
                      variant="secondary"
                      aria-expanded={message.id === openId}
                      aria-controls="outbox-message"
                      aria-label={t('outbox.show', { subject: message.subject })}
                      onClick={(event) => {
                        openButton.current = event.currentTarget;
                        setOpenId(message.id);
                      }}
                    >
                      {message.subject}
                    </Button>
                  </td>
                  <td>{message.sentAt ? formatMoment(message.sentAt, i18n.language) : t('outbox.notSent')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <OpenMessage
          message={open}
          onClose={() => {
            setOpenId(null);
            openButton.current?.focus();
          }}
        />
      )}
    </>
  );
}

function OpenMessage({ message, onClose }: { message: OutboxMessage; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message.id]);
  return (
    <div id="outbox-message" ref={ref} tabIndex={-1} className="coordinator-focus-target coordinator-message">
      <Card
        title={message.subject}
        headingLevel={2}
        actions={
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('outbox.close')}
          </Button>
        }
      >
        <p>{t('outbox.to', { to: message.to })}</p>
        <p>{formatMoment(message.createdAt, i18n.language)}</p>
        {message.masked && <p>{t('outbox.masked')}</p>}
        <MessageText text={message.text} />
      </Card>
    </div>
  );
}
