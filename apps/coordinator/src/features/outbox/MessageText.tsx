import { Fragment } from 'react';

const URL = /(https?:\/\/[^\s<>"]+)/g;

/** A plain-text e-mail as written, with its web addresses (the applicant's status link) clickable. */
export function MessageText({ text }: { text: string }) {
  const parts = text.split(URL);
  return (
    <div className="coordinator-message-text">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} target="_blank" rel="noreferrer noopener">
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </div>
  );
}
