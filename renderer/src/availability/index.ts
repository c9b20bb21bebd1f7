// renderer: the availability editor as other screens use it.
export { AvailabilityEditor, isAvailabilityErrorShown, type AvailabilityEditorProps } from './availability-editor.tsx';
export { WEEKDAY_LABELS } from './weekday-labels.ts';
