import { useEffect, useRef, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { useServerErrorText } from '../server-errors';

/**
 * A small form (a screening step, a match step, a check-in, …): the fields, a clearly named
 * submit button ("Save interview"), an optional cancel, and, when saving failed for a reason that
 * is not about one field, the reason above the fields (focused, so it is read out).
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

  return (
    <form noValidate onSubmit={onSubmit} className="dh-form">
      {formError ? (
        <div ref={errorRef} tabIndex={-1} className="coordinator-focus-target">
          <Alert tone="error" title={t('errors.saveFailed')}>
            <p>{errorText(formError)}</p>
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
