import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** Smallest interactive target, WCAG 2.5.5 (the e2e page check measures it). */
const TARGET = 44;

/**
 * Mantine's theme with contrast raised to WCAG AA (filled buttons on shade 8, light variants and
 * dimmed text on dark shades) and French labels for the built-in icon buttons.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    // Plain objects rather than `X.extend()`: importing the components would pull them into
    // the first chunk. Modal, Drawer and Notification close buttons need a French label.
    CloseButton: {
      defaultProps: { 'aria-label': 'Fermer' },
      styles: { root: { minHeight: TARGET, minWidth: TARGET } },
    },
    InputClearButton: { defaultProps: { 'aria-label': 'Effacer' } },
    PasswordInput: {
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Afficher le mot de passe' } },
    },
    // WCAG 2.5.5: every target at least 44 × 44 px, whatever size a page picks; labels wrap
    // rather than being cut (« Relocalis… »).
    Button: {
      defaultProps: { fw: 600 },
      styles: {
        root: { minHeight: TARGET, minWidth: TARGET, height: 'auto', maxWidth: '100%' },
        inner: { minHeight: TARGET },
        label: { whiteSpace: 'normal', textAlign: 'center', overflow: 'visible', height: 'auto' },
      },
    },
    // Mantine's Group caps each child at its share of the row, which cut button labels
    // (« Relocalis… ») and let wrapped words spill out of the button: let a child take its own
    // width and move to the next line instead (groups wrap by default).
    Group: { defaultProps: { preventGrowOverflow: false } },
    ActionIcon: { styles: { root: { minHeight: TARGET, minWidth: TARGET } } },
    Input: { styles: { input: { minHeight: TARGET } } },
    // The label is part of the target: the row of a checkbox or radio is 44 px high.
    Checkbox: { styles: { body: { minHeight: TARGET, alignItems: 'center' } } },
    Radio: { styles: { body: { minHeight: TARGET, alignItems: 'center' } } },
    Switch: { styles: { body: { minHeight: TARGET, alignItems: 'center' } } },
    SegmentedControl: { styles: { control: { minHeight: TARGET }, label: { whiteSpace: 'normal' } } },
    Tabs: { styles: { tab: { minHeight: TARGET } } },
    NavLink: { styles: { root: { minHeight: TARGET } } },
    Pagination: { styles: { control: { minHeight: TARGET, minWidth: TARGET } } },
    Chip: { styles: { label: { minHeight: TARGET } } },
    // Sentence case reads better in French; never squeezed into « AC… » by a table column.
    Badge: { defaultProps: { tt: 'none' }, styles: { root: { minWidth: 'max-content' } } },
    Fieldset: { styles: { legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)' } } },
    // Mantine renders a dialog's header as <header>, a second « banner » landmark for axe.
    ModalHeader: { defaultProps: { component: 'div' } },
  },
});

/** Text colour of `light` variants (badges, alerts, light buttons): ≥ 4.5:1 on their tinted background. */
const LIGHT_TEXT_COLORS: Record<string, string> = {
  blue: 'var(--mantine-color-blue-9)',
  gray: 'var(--mantine-color-gray-9)',
  grape: 'var(--mantine-color-grape-9)',
  red: '#a51d1d',
  teal: '#066b4c',
  green: '#1f6a2e',
  orange: '#a33a0c',
  yellow: '#7a5200',
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    ...Object.fromEntries(
      Object.entries(LIGHT_TEXT_COLORS).map(([c, v]) => [`--mantine-color-${c}-light-color`, v]),
    ),
  },
  dark: {},
});
