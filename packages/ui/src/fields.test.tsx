import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { TextField } from './TextField.js';
import { Alert } from './Alert.js';
import { Fieldset } from './Fieldset.js';

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
