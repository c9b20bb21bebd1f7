// Runs in tests (node). The theme's colours reach WCAG's 4.5:1 where the app puts text.
import { mergeMantineTheme, DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { accessibleColorVariables, appTheme, contrast, MIN_CONTRAST } from './app-theme.ts';

const theme = mergeMantineTheme(DEFAULT_THEME, appTheme);
const vars = accessibleColorVariables(theme);

describe('accessible colours', () => {
  it('dimmed text reads on white and on the pale gray of headers', () => {
    expect(contrast(vars['--mantine-color-dimmed']!, theme.white)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrast(vars['--mantine-color-dimmed']!, theme.colors.gray[1])).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it.each(Object.keys(theme.colors))('%s: white on filled, light text on its backgrounds, outlines on white', (name) => {
    const palette = theme.colors[name]!;
    expect(contrast(theme.white, vars[`--mantine-color-${name}-filled`]!)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrast(vars[`--mantine-color-${name}-light-color`]!, palette[1])).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrast(vars[`--mantine-color-${name}-light-color`]!, palette[2])).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrast(vars[`--mantine-color-${name}-outline`]!, theme.white)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('keeps colours that already read as Mantine has them', () => {
    expect(vars['--mantine-color-dark-filled']).toBe(theme.colors.dark[6]);
    expect(vars['--mantine-color-indigo-filled']).toBe(theme.colors.indigo[7]);
    expect(vars['--mantine-color-dimmed']).toBe(theme.colors.gray[7]);
  });
});
