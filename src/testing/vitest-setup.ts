import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// Route modules load lazily and the machines have two cores shared with the server tests: give `findBy…`
// time to see a page appear under load instead of failing at the default 1 s.
configure({ asyncUtilTimeout: 5000 });
