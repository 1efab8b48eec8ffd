import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'wouter';
import { z } from 'zod';
import { setPasswordInput } from '@driehoek/contracts/schools';
import { AppShell } from '@driehoek/ui/AppShell';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { TextField } from '@driehoek/ui/TextField';
import { trpc } from '../../trpc';
import { applyFieldErrors, useErrorText, useServerErrorText } from '../../server-errors';
import { LanguageChoice } from '../../shell/LanguageChoice';
import { PageHeading } from '../../shell/PageHeading';

/** The same schema as the api, plus typing the password twice (checked here only). */
const setPasswordForm = setPasswordInput.extend({ repeat: z.string() }).refine((values) => values.password === values.repeat, {
  message: 'errors.passwordsDiffer',
  path: ['repeat'],
});
type Values = z.input<typeof setPasswordForm>;

/** Read once: the link's secret is in the fragment (never sent to a server); it is then removed from the address bar. */
function takeTokenFromAddress(): string {
  const token = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  if (token) history.replaceState(history.state, '', window.location.pathname + window.location.search);
  return token;
}

/** The invitation (or reset) link `/coordinator/set-password#<token>`: a school mentor or coordinator chooses a password. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const serverText = useServerErrorText();
  const [token] = useState(takeTokenFromAddress);
  const failureRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const [formError, setFormError] = useState<unknown>(null);

  const form = useForm<Values>({ resolver: zodResolver(setPasswordForm), defaultValues: { token, password: '', repeat: '' } });
  const { errors } = form.formState;
  const setPassword = useMutation(
    trpc.auth.setPassword.mutationOptions({
      onSuccess: () => requestAnimationFrame(() => doneRef.current?.focus()),
      onError: (error) => {
        const onField = applyFieldErrors(error, form.setError, ['password']);
        setFormError(onField ? null : error);
        if (!onField) requestAnimationFrame(() => failureRef.current?.focus());
      },
    }),
  );

  return (
    <AppShell title={t('app.title')} actions={<LanguageChoice />} skipLinkLabel={t('app.skipLink')}>
      <div className="coordinator-login">
        <PageHeading>{t('setPassword.title')}</PageHeading>
        {setPassword.isSuccess ? (
          <div ref={doneRef} tabIndex={-1} className="coordinator-focus-target">
            <Alert tone="success" title={t('setPassword.doneTitle')}>
              <p>{t('setPassword.doneText')}</p>
              <p>
                <a href="/coordinator/">{t('setPassword.toLogin')}</a>
              </p>
            </Alert>
          </div>
        ) : !token ? (
          <Alert tone="error" title={t('setPassword.noTokenTitle')}>
            <p>{t('setPassword.noTokenText')}</p>
            <p>
              <Link href="/forgot-password">{t('setPassword.forgotLink')}</Link>
            </p>
          </Alert>
        ) : (
          <>
            <p>{t('setPassword.intro')}</p>
            <div ref={failureRef} tabIndex={-1} className="coordinator-focus-target">
              {formError ? (
                <Alert tone="error" title={t('setPassword.failedTitle')}>
                  <p>{errors.token ? t('setPassword.linkInvalid') : serverText(formError)}</p>
                  <p>
                    <Link href="/forgot-password">{t('setPassword.forgotLink')}</Link>
                  </p>
                </Alert>
              ) : null}
            </div>
            <form
              noValidate
              onSubmit={form.handleSubmit((values) => {
                setFormError(null);
                setPassword.mutate({ token: values.token, password: values.password });
              })}
            >
              <TextField
                label={t('setPassword.password')}
                hint={t('setPassword.passwordHint')}
                type="password"
                autoComplete="new-password"
                error={errorText(errors.password?.message)}
                {...form.register('password')}
              />
              <TextField
                label={t('setPassword.repeat')}
                type="password"
                autoComplete="new-password"
                error={errorText(errors.repeat?.message)}
                {...form.register('repeat')}
              />
              {errors.token && <p className="dh-field__error">{t('setPassword.linkInvalid')}</p>}
              <Button type="submit" variant="primary" busy={setPassword.isPending}>
                {t('setPassword.submit')}
              </Button>
            </form>
          </>
        )}
      </div>
    </AppShell>
  );
}
