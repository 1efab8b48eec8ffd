import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { LOGO_MAX_BYTES, LOGO_TYPES, type LogoType } from '@driehoek/contracts/organisation';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { Card } from '@driehoek/ui/Card';
import { trpc } from '../../trpc';
import { useServerErrorText } from '../../server-errors';
import { NOT_SAVED, SavedNotice, savedWith, type Saved } from '../../forms/SavedNotice';
import { organisationChanged } from './changed';

const isLogoType = (type: string): type is LogoType => (LOGO_TYPES as readonly string[]).includes(type);

/** The file's bytes in base64, without the `data:…;base64,` prefix. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/**
 * The logo beside the organisation's name in the portal: upload a PNG, JPEG or WebP of at most
 * 200 KB, or remove it. The type and size are checked here first so the admin hears at once what
 * is wrong; the server checks the bytes themselves again.
 */
export function LogoCard({ logoUrl, organisationName }: { logoUrl: string | null; organisationName: string }) {
  const { t } = useTranslation();
  const serverErrorText = useServerErrorText();
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved>(NOT_SAVED);
  const upload = useMutation(trpc.organisation.uploadLogo.mutationOptions({ onSuccess: organisationChanged }));
  const remove = useMutation(trpc.organisation.removeLogo.mutationOptions({ onSuccess: organisationChanged }));

  const onUpload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFieldError(null);
    const file = input.current?.files?.[0];
    if (!file) return setFieldError(t('organisation.logoChoose'));
    if (!isLogoType(file.type)) return setFieldError(t('organisation.logoType'));
    if (file.size > LOGO_MAX_BYTES) return setFieldError(t('errors.logoTooLarge'));
    upload.mutate(
      { type: file.type, base64: await base64Of(file) },
      {
        onSuccess: () => {
          if (input.current) input.current.value = '';
          setSaved(savedWith(t('organisation.logoSaved')));
        },
        onError: (error) => setFieldError(serverErrorText(error)),
      },
    );
  };

  return (
    <Card title={t('organisation.logoTitle')} headingLevel={2}>
      <SavedNotice message={saved.message} version={saved.version} />
      {logoUrl ? (
        <p>
          <img className="coordinator-logo" src={logoUrl} alt={t('organisation.logoAlt', { organisation: organisationName })} />
        </p>
      ) : (
        <p>{t('organisation.noLogo')}</p>
      )}
      <form noValidate className="dh-form" onSubmit={(event) => void onUpload(event)}>
        <div className={fieldError ? 'dh-field dh-field--invalid' : 'dh-field'}>
          <label className="dh-field__label" htmlFor={inputId}>
            {t('organisation.logoFile')}
          </label>
          <p className="dh-field__hint" id={`${inputId}-hint`}>
            {t('organisation.logoHint')}
          </p>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={LOGO_TYPES.join(',')}
            className="dh-input"
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${inputId}-hint ${errorId}` : `${inputId}-hint`}
            onChange={() => setFieldError(null)}
          />
          {fieldError && (
            <p className="dh-field__error" id={errorId}>
              {fieldError}
            </p>
          )}
        </div>
        <div className="dh-actions">
          <Button type="submit" busy={upload.isPending}>
            {t('organisation.logoUpload')}
          </Button>
          {logoUrl && (
            <Button
              type="button"
              variant="secondary"
              busy={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: () => setSaved(savedWith(t('organisation.logoRemoved'))) })}
            >
              {t('organisation.logoRemove')}
            </Button>
          )}
        </div>
      </form>
      {remove.isError && (
        <Alert tone="error" title={t('errors.saveFailed')}>
          <p>{serverErrorText(remove.error)}</p>
        </Alert>
      )}
    </Card>
  );
}
