/** Teams' Fluent themes by the host's theme name: the tab looks like Teams, high contrast included. */
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { ThemeName } from '../../shared/ports/host-context.ts';

export const fluentThemes: { readonly [N in ThemeName]: Theme } = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
