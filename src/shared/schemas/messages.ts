import { z } from 'zod/mini';

/**
 * zod/mini ships without messages (every issue would read "Invalid input"); classic zod installed English
 * ones. People read zod's own words in metric problems ("Invalid metric at index 0: [source.event: Too big…]"),
 * in an API answer of an unexpected shape and in a few form fields, so install English once, for the browser
 * and the server alike (about 1 kB gzip).
 */
z.config(z.locales.en());
