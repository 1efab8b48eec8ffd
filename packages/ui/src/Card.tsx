import { useId, type ReactNode } from 'react';
import { classNames } from './field-ids.js';

export type CardProps = {
  title?: string;
  headingLevel?: 2 | 3;
  /** Buttons or links shown beside the title. */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A titled section of a page; the section is labelled by its heading. */
export function Card({ title, headingLevel = 2, actions, className, children }: CardProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={classNames('dh-card', className)} aria-labelledby={title ? id : undefined}>
      {(title || actions) && (
        <div className="dh-card__header">
          {title && (
            <Heading id={id} className="dh-card__title">
              {title}
            </Heading>
          )}
          {actions && <div className="dh-card__actions">{actions}</div>}
        </div>
      )}
      <div className="dh-card__body">{children}</div>
    </section>
  );
}
