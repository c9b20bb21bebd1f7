// renderer: the single-use link screens' parts as the app wires them to the database.
export { CreateLinkForm, type CreateLinkFormProps } from './create-link-form.tsx';
export { EditLinkForm, type EditLinkFormProps, type LinkEditFields } from './edit-link-form.tsx';
export { LinkList, type LinkListProps } from './link-list.tsx';
export { buildNewLink, effectiveMeeting, type LinkFields } from './build-new-link.ts';
export { buildShareMailto, buildShareMailBody, buildShareMailSubject, type ShareMailInput } from './build-share-mailto.ts';
export { deriveLinkStatus, type LinkBookingSummary, type LinkState, type LinkStatus } from './derive-link-status.ts';
export { describeLinkStatus } from './describe-link-status.ts';
