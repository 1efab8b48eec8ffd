import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@driehoek/ui/Alert';
import { useServerErrorText } from '../server-errors';

/**
 * The summary above a form that the server refused: the server's own sentence when no field is
 * named, else one line per field problem (`where: what`). Focused after a refusal (`focusRef`), so
 * a screen reader reads it.
 */
export function ErrorSummary({ focusRef, error, problems }: { focusRef: Ref<HTMLDivElement>; error: unknown; problems: readonly { key: string; text: string }[] }) {
  const { t } = useTranslation();
  const serverText = useServerErrorText();
  return (
    <div ref={focusRef} tabIndex={-1} className="coordinator-focus-target">
      {(problems.length > 0 || Boolean(error)) && (
        <Alert tone="error" title={t('errors.saveFailed')}>
          {error ? (
            <p>{serverText(error)}</p>
          ) : (
            <ul>
              {problems.map((problem) => (
                <li key={problem.key}>{problem.text}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </div>
  );
}
