// @vitest-environment jsdom
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamsHost } from '../teams/teams-host';
import type { ThemeName } from './themes';
import { loadTheme } from './fluent-themes';
import { initialThemeName, useThemeChoice } from './use-theme-choice';

const aHost = (theme: ThemeName) => {
  let handler: ((t: ThemeName) => void) | undefined;
  const host: TeamsHost = {
    theme,
    subPageId: null,
    onThemeChange: (h) => {
      handler = h;
    },
    getSsoToken: () => Promise.resolve('sso'),
    isNaaRecommended: () => false,
  };
  return {
    host,
    change: (t: ThemeName) => {
      handler?.(t);
    },
  };
};

describe('the theme', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('is light by default, and the person may choose another outside Teams', async () => {
    const { result } = renderHook(() => useThemeChoice(null, ''));
    expect(result.current.theme).toBe(teamsLightTheme);
    act(() => {
      result.current.choose?.('contrast');
    });
    expect(result.current.name).toBe('contrast');
    await waitFor(() => {
      expect(result.current.theme).toBe(teamsHighContrastTheme);
    });
    expect(localStorage.getItem('audit-loop.theme')).toBe('contrast');
  });

  it('follows ?theme= on the URL', async () => {
    const { result } = renderHook(() => useThemeChoice(null, '?theme=dark'));
    expect(result.current.name).toBe('dark');
    await waitFor(() => {
      expect(result.current.theme).toBe(teamsDarkTheme);
    });
  });

  it('starts in a theme loaded before the first render, with no light frame first', async () => {
    await loadTheme('dark');
    const { result } = renderHook(() => useThemeChoice(null, '?theme=dark'));
    expect(result.current.theme).toBe(teamsDarkTheme);
  });

  it("the start-up theme is the URL's, then the person's own choice, then light", () => {
    localStorage.setItem('audit-loop.theme', 'contrast');
    expect(initialThemeName('?theme=dark', localStorage)).toBe('dark');
    expect(initialThemeName('', localStorage)).toBe('contrast');
    localStorage.clear();
    expect(initialThemeName('', localStorage)).toBe('light');
  });

  it("inside Teams follows the host's theme, live, and offers no switcher", async () => {
    const { host, change } = aHost('dark');
    const { result } = renderHook(() => useThemeChoice(host, ''));
    await waitFor(() => {
      expect(result.current.theme).toBe(teamsDarkTheme);
    });
    expect(result.current.choose).toBeNull();
    act(() => {
      change('contrast');
    });
    expect(result.current.name).toBe('contrast');
    await waitFor(() => {
      expect(result.current.theme).toBe(teamsHighContrastTheme);
    });
  });
});
