import { useState, type Ref, type TextareaHTMLAttributes } from 'react';
import { classNames, useFieldIds } from './field-ids.js';

/** A live count of what is typed against a limit; the app gives the words. */
export type CharacterCount = {
  /** Characters typed so far. */
  length: number;
  max: number;
  /** The visible count ("120 of 4,000 characters"), read with the field. */
  text: string;
  /** What a screen reader hears near the limit ("100 characters left"; negative: over it). */
  announcement: (remaining: number) => string;
};

/**
 * Where the count stands: `'far'` from the limit, `'over'` it, or in between a step number that
 * goes down as the limit nears (the last tenth of `max`, in four steps; 0 at the limit). The
 * announcement changes only when the step does, so a screen reader is not told at every key.
 */
export function characterCountStep(length: number, max: number): number | 'far' | 'over' {
  const remaining = max - length;
  if (remaining < 0) return 'over';
  const near = Math.max(1, Math.round(max / 10));
  if (remaining > near) return 'far';
  return Math.ceil(remaining / Math.max(1, near / 4));
}

export type TextAreaProps = {
  label: string;
  error?: string;
  hint?: string;
  characterCount?: CharacterCount;
  ref?: Ref<HTMLTextAreaElement>;
} & TextareaHTMLAttributes<HTMLTextAreaElement>;

/** A labelled multi-line text field; same contract as `TextField`, with an optional character count. */
export function TextArea({ label, error, hint, characterCount, id, className, ref, rows = 5, 'aria-describedby': extra, ...rest }: TextAreaProps) {
  const ids = useFieldIds(id, hint, error, extra);
  const countId = `${ids.inputId}-count`;
  const describedBy = characterCount ? [ids.describedBy, countId].filter(Boolean).join(' ') : ids.describedBy;
  const step = characterCount ? characterCountStep(characterCount.length, characterCount.max) : 'far';
  // Set while rendering when the step changes (React's pattern for state derived from props).
  const [announced, setAnnounced] = useState<{ step: typeof step; text: string }>({ step: 'far', text: '' });
  if (characterCount && announced.step !== step) {
    setAnnounced({ step, text: step === 'far' ? '' : characterCount.announcement(characterCount.max - characterCount.length) });
  }
  const over = characterCount !== undefined && step === 'over';
  return (
    <div className={classNames('dh-field', error && 'dh-field--invalid', className)}>
      <label className="dh-field__label" htmlFor={ids.inputId}>
        {label}
        {rest.required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p className="dh-field__hint" id={ids.hintId}>
          {hint}
        </p>
      )}
      <textarea
        {...rest}
        rows={rows}
        ref={ref}
        id={ids.inputId}
        className="dh-input dh-textarea"
        aria-invalid={error || over ? true : undefined}
        aria-describedby={describedBy}
      />
      {characterCount && (
        <>
          <p className={classNames('dh-field__hint', 'dh-field__count', over && 'dh-field__count--over')} id={countId}>
            {characterCount.text}
          </p>
          <p className="dh-visually-hidden" aria-live="polite">
            {announced.text}
          </p>
        </>
      )}
      {error && (
        <p className="dh-field__error" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
