import { useEffect, useRef, useState, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { useServerErrorText } from '../server-errors';
import { useSuccessfulSaves } from './later-success';

/**
 * A small form (a screening step, a match step, a check-in, …): the fields, a clearly named
 * submit button ("Save interview"), an optional cancel, and, when saving failed for a reason that
 * is not about one field, the reason above the fields (focused, so it is read out) until this
 * form or a later step is saved.
 */
export function StepForm({
  onSubmit,
  submitLabel,
  busy,
  formError,
  onCancel,
  submitVariant = 'primary',
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  busy: boolean;
  formError: unknown;
  onCancel?: () => void;
  submitVariant?: 'primary' | 'danger';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useServerErrorText();
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (formError) errorRef.current?.focus();
  }, [formError]);
  // Remember how many saves had succeeded when this error came (set while rendering: React's
  // pattern for state that follows a prop); a save since then makes it stale.
  const saves = useSuccessfulSaves();
  const [errorCame, setErrorCame] = useState<{ error: unknown; saves: number }>({ error: formError, saves });
  if (errorCame.error !== formError) setErrorCame({ error: formError, saves });
  const shownError = errorCame.error === formError && errorCame.saves === saves ? formError : null;

  return (
    <form noValidate onSubmit={onSubmit} className="dh-form">
      {shownError ? (
        <div ref={errorRef} tabIndex={-1} className="coordinator-focus-target">
          <Alert tone="error" title={t('errors.saveFailed')}>
            <p>{errorText(shownError)}</p>
          </Alert>
        </div>
      ) : null}
      {children}
      <div className="dh-actions">
        <Button type="submit" variant={submitVariant} busy={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('checklist.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
