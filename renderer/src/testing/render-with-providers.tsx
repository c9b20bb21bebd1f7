// Runs in tests (jsdom). Renders a component inside the providers the app gives it, with
// Mantine's test environment (no transitions, no portals) so popovers and menus render in place.
// The reference gives every test that renders through here the types of the jest-dom matchers
// that setup-dom.ts installs (the test tsconfig does not include the setup file).
/// <reference types="@testing-library/jest-dom/vitest" />
import { MantineProvider } from '@mantine/core';
import { render, type RenderOptions, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';

function Providers({ children }: { children: ReactNode }) {
  return <MantineProvider env="test">{children}</MantineProvider>;
}

export function renderWithProviders(ui: ReactElement, options: Omit<RenderOptions, 'wrapper'> = {}): RenderResult {
  return render(ui, { wrapper: Providers, ...options });
}
