import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'wouter';
import { AppShell } from '@driehoek/ui/AppShell';
import { Alert } from '@driehoek/ui/Alert';
import { Button } from '@driehoek/ui/Button';
import { TextField } from '@driehoek/ui/TextField';
import { requestPasswordResetInput, type RequestPasswordResetInput } from '@driehoek/contracts/auth';
import { trpc } from '../../trpc';
import { applyFieldErrors, useErrorText, useServerErrorText } from '../../server-errors';
import { LanguageChoice } from '../../shell/LanguageChoice';
import { PageHeading } from '../../shell/PageHeading';

/**
 * "Forgot password?" (`/coordinator/forgot-password`, public): asks for a reset link. The answer
 * is the same whether or not the address has an account, so the page never says which.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const serverText = useServerErrorText();
  const failureRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const form = useForm<RequestPasswordResetInput>({ resolver: zodResolver(requestPasswordResetInput), defaultValues: { email: '' } });
  const { errors } = form.formState;
  const request = useMutation(
    trpc.auth.requestPasswordReset.mutationOptions({
      onSuccess: () => requestAnimationFrame(() => doneRef.current?.focus()),
      onError: (error) => {
        if (!applyFieldErrors(error, form.setError, ['email'])) requestAnimationFrame(() => failureRef.current?.focus());
      },
    }),
  );

  return (
    <AppShell title={t('app.title')} actions={<LanguageChoice />} skipLinkLabel={t('app.skipLink')}>
      <div className="coordinator-login">
        <PageHeading>{t('forgotPassword.title')}</PageHeading>
        {request.isSuccess ? (
          <div ref={doneRef} tabIndex={-1} className="coordinator-focus-target">
            <Alert tone="success" title={t('forgotPassword.sentTitle')}>
              <p>{t('forgotPassword.sentText', { email: request.variables.email })}</p>
            </Alert>
          </div>
        ) : (
          <>
            <p>{t('forgotPassword.intro')}</p>
            <div ref={failureRef} tabIndex={-1} className="coordinator-focus-target">
              {request.isError && !errors.email && (
                <Alert tone="error" title={t('forgotPassword.failedTitle')}>
                  <p>{serverText(request.error)}</p>
                </Alert>
              )}
            </div>
            <form noValidate onSubmit={form.handleSubmit((values) => request.mutate(values))}>
              <TextField label={t('forgotPassword.email')} type="email" autoComplete="username" error={errorText(errors.email?.message)} {...form.register('email')} />
              <Button type="submit" variant="primary" busy={request.isPending}>
                {t('forgotPassword.submit')}
              </Button>
            </form>
          </>
        )}
        <p>
          <Link href="/">{t('forgotPassword.toLogin')}</Link>
        </p>
      </div>
    </AppShell>
  );
}
