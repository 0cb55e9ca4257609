import { createTheme } from '@mui/material/styles';

/**
 * Light and dark palettes as CSS variables, switched by a class on <html> so the person's choice (or the
 * system setting) applies without re-rendering. Text colours stay MUI's defaults, which pass WCAG AA on
 * both backgrounds; only the primary colour is tuned for contrast in dark mode.
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1d4ed8' },
        background: { default: '#f6f7f9', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#93b4ff' },
        background: { default: '#101214', paper: '#16191c' },
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    h4: { fontWeight: 600 },
    h6: { fontWeight: 600 },
  },
  components: {
    // Sentence case reads better than all caps in a dense admin UI.
    MuiButton: { styleOverrides: { root: { textTransform: 'none' } } },
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
    // MUI gives every input its own <style> tag with the two keyframes it uses to notice the browser's
    // autofill: seventy tags on the editor of an experiment with twenty variants, and each keystroke's style
    // update walked them all. The keyframes are here once instead, and the inputs keep MUI's autofill rule.
    MuiCssBaseline: {
      styleOverrides: {
        // Animating `animationName` keeps the keyframes non-empty without a visible effect (MUI's own trick).
        '@keyframes mui-auto-fill': { from: { animationName: 'mui-auto-fill' } },
        '@keyframes mui-auto-fill-cancel': { from: { animationName: 'mui-auto-fill-cancel' } },
      },
    },
    MuiInputBase: {
      defaultProps: { disableInjectingGlobalStyles: true },
      styleOverrides: {
        input: {
          animationName: 'mui-auto-fill-cancel',
          animationDuration: '10ms',
          '&:-webkit-autofill': { animationDuration: '5000s', animationName: 'mui-auto-fill' },
        },
      },
    },
  },
});

/** Where the mode choice is remembered (localStorage). */
export const MODE_STORAGE_KEY = 'experiment-console-mode';
