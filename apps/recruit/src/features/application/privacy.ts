/**
 * The version of the privacy statement shown on the application form. Change it whenever the
 * texts `apply.privacy1…3` change in any language: each application records the version the
 * applicant agreed to.
 */
export const PRIVACY_TEXT_VERSION = '2026-11';
