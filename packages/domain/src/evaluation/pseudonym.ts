/**
 * EVA-2: "Responses are stored under a pseudonymous respondent key, separate from the identity
 * table." The domain has no cryptography (it is pure and imports nothing), so it defines the keys'
 * form and the rule; the api derives them.
 *
 * What the api must do:
 *
 * 1. Derive `respondentKey = 'rk_' + base64url(HMAC-SHA-256(secret, 'respondent:' + programmeId + ':' + personId))`
 *    and `matchKey = 'mk_' + base64url(HMAC-SHA-256(secret, 'match:' + matchId))`, without padding
 *    (43 characters). The secret comes from the environment (a secrets manager in production),
 *    never from the database, and is not the session or token secret.
 * 2. Store answer sets only under these keys: the answer table has no person id, match id, name
 *    or e-mail, and no identity table holds a key. The invitation (who was asked, when) lives
 *    with the identities and is marked answered without pointing to the answer set.
 * 3. Derive the keys again when it needs them: the same person answers the mid-term and the final
 *    report under one key (change scores), mentor and mentee under one match key (the mirror),
 *    and an access or export request (GDPR art. 15/20: "evaluation answers they gave") finds a
 *    person's answers by recomputing the key. Rotating the secret ends that linkage.
 * 4. Show reports from aggregates only (`aggregateAnswerSets`, n ≥ 5).
 */

/** A pseudonymous respondent: the same person in one programme always has the same key. */
export type RespondentKey = string;

/** A pseudonymous match: links the answers of mentor and mentee of one match. */
export type MatchKey = string;

const KEY = /^[A-Za-z0-9_-]{43}$/;

/** The form of a respondent key: `rk_` and 43 base64url characters (a 256-bit keyed hash). */
export const isRespondentKey = (value: string): boolean => value.startsWith('rk_') && KEY.test(value.slice(3));

/** The form of a match key: `mk_` and 43 base64url characters. */
export const isMatchKey = (value: string): boolean => value.startsWith('mk_') && KEY.test(value.slice(3));
