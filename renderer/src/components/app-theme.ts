// Runs in the renderer. The app's Mantine theme: close buttons with a name, and colours that
// read. Mantine's defaults put
// dimmed text (gray 6), white on filled buttons (shade 6), light badges (shade 9 on shade 1) and
// outlines (shade 6) below WCAG's 4.5:1 for small text, which axe reports as serious. Each colour
// here takes the first shade (or, past shade 9, a darker tone) that reaches 4.5:1 on what it sits
// on, so every colour keeps its look and only the faint ones darken.
import { createTheme, darken, Drawer, luminance, Modal, Notification, type CSSVariablesResolver, type MantineTheme } from '@mantine/core';

// Mantine's close buttons are an icon without a name; a screen reader would say only "button".
const NAMED_CLOSE = { closeButtonProps: { 'aria-label': 'Close' } };

export const appTheme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    Modal: Modal.extend({ defaultProps: NAMED_CLOSE }),
    Drawer: Drawer.extend({ defaultProps: NAMED_CLOSE }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } }),
  },
});

/** WCAG's minimum contrast for text below 18 pt (14 pt bold). */
export const MIN_CONTRAST = 4.5;

export function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** From `from` on: the first shade of the palette, then ever darker tones, that reads on `background`. */
function readableOn(palette: readonly string[], from: number, background: string): string {
  for (let shade = from; shade < palette.length; shade++) {
    const color = palette[shade]!;
    if (contrast(color, background) >= MIN_CONTRAST) return color;
  }
  const last = palette[palette.length - 1]!;
  for (let amount = 0.05; amount < 1; amount += 0.05) {
    const color = darken(last, amount);
    if (contrast(color, background) >= MIN_CONTRAST) return color;
  }
  return '#000';
}

/** The light scheme's colour variables, overriding only what would not read. */
export function accessibleColorVariables(theme: MantineTheme): Record<string, string> {
  const white = theme.white;
  // Dimmed text sits on white and on the pale gray of headers and hovered rows; a placeholder
  // (and the shown-when-empty text of a date field) is text too.
  const dimmed = readableOn(theme.colors.gray, 6, theme.colors.gray[1]);
  const variables: Record<string, string> = { '--mantine-color-dimmed': dimmed, '--mantine-color-placeholder': dimmed };
  for (const [name, palette] of Object.entries(theme.colors)) {
    const filled = readableOn(palette, 6, white);
    variables[`--mantine-color-${name}-filled`] = filled;
    variables[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
    // Light variants: their text on the hovered (darker) background, shade 2.
    variables[`--mantine-color-${name}-light-color`] = readableOn(palette, 9, palette[2]!);
    variables[`--mantine-color-${name}-outline`] = readableOn(palette, 6, white);
  }
  return variables;
}

export const accessibleColors: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: accessibleColorVariables(theme),
  dark: {},
});
