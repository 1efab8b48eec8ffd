import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { TextField } from './TextField.js';
import { Alert } from './Alert.js';
import { Fieldset } from './Fieldset.js';
import { TextArea, characterCountStep } from './TextArea.js';

describe('form fields', () => {
  it('binds the label to the input and describes it by hint and error', () => {
    const html = renderToStaticMarkup(<TextField id="email" label="E-mail" hint="We reply here" error="Not an e-mail address" />);
    expect(html).toContain('<label class="dh-field__label" for="email">');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="email-hint email-error"');
    expect(html).toContain('id="email-error"');
  });

  it('is not marked invalid without an error', () => {
    const html = renderToStaticMarkup(<TextField id="name" label="Name" />);
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('aria-describedby');
  });

  it('announces a group error inside the fieldset', () => {
    const html = renderToStaticMarkup(
      <Fieldset legend="Languages" error="Choose at least one">
        <span />
      </Fieldset>,
    );
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="[^"]*-error"/);
    expect(html).toContain('Choose at least one');
  });
});

describe('Alert', () => {
  it('uses role=alert only for errors', () => {
    expect(renderToStaticMarkup(<Alert tone="error">x</Alert>)).toContain('role="alert"');
    expect(renderToStaticMarkup(<Alert tone="success">x</Alert>)).toContain('role="status"');
  });
});

describe('TextArea with a character count', () => {
  const count = (length: number) => ({ length, max: 4000, text: `${length} / 4000`, announcement: (left: number) => `${left} left` });

  it('describes the field by its visible count and has a polite live region', () => {
    const html = renderToStaticMarkup(<TextArea id="motivation" label="Why" hint="A few lines" characterCount={count(12)} />);
    expect(html).toContain('aria-describedby="motivation-hint motivation-count"');
    expect(html).toContain('<p class="dh-field__hint dh-field__count" id="motivation-count">12 / 4000</p>');
    expect(html).toContain('aria-live="polite"');
    expect(html).not.toContain('left');
  });

  it('announces only near the limit, and marks the field invalid past it', () => {
    expect(renderToStaticMarkup(<TextArea id="m" label="Why" characterCount={count(3700)} />)).toContain('>300 left<');
    const over = renderToStaticMarkup(<TextArea id="m" label="Why" characterCount={count(4010)} />);
    expect(over).toContain('>-10 left<');
    expect(over).toContain('aria-invalid="true"');
  });

  it('changes what it announces in steps over the last tenth, not at every key', () => {
    expect(characterCountStep(3599, 4000)).toBe('far');
    expect(characterCountStep(3600, 4000)).toBe(4);
    expect(characterCountStep(3650, 4000)).toBe(4);
    expect(characterCountStep(3701, 4000)).toBe(3);
    expect(characterCountStep(3999, 4000)).toBe(1);
    expect(characterCountStep(4000, 4000)).toBe(0);
    expect(characterCountStep(4001, 4000)).toBe('over');
  });
});
