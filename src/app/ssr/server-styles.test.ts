// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cacheForRenderedPage, stylesForTakeover } from './server-styles';

const EMOTION_TAGS =
  '<style data-emotion="css-global 0">:root{color-scheme:light}</style>' +
  '<style data-emotion="css-global l6vdpc">html{box-sizing:border-box}</style>' +
  '<style data-emotion="css 1svsvwq 94eadv">.css-1svsvwq{margin:0}.css-94eadv{padding:0}</style>';

afterEach(() => {
  document.head.innerHTML = '';
});

describe('the rendered page’s styles', () => {
  it('are named so Emotion’s start leaves them where they are, globals still found by <Global>', () => {
    document.head.innerHTML = stylesForTakeover(EMOTION_TAGS);
    // What Emotion's createCache moves to the end of <head> when it starts, and what it hydrates:
    expect(document.querySelectorAll('style[data-emotion]:not([data-s])')).toHaveLength(0);
    expect(document.querySelectorAll('style[data-emotion^="css "]')).toHaveLength(0);
    // What <Global> looks for to take its server-rendered tag over:
    expect(document.querySelector('style[data-emotion="css-global l6vdpc"]')).not.toBeNull();
    // Nothing else changed: the same CSS, in the same order.
    expect(document.head.textContent).toBe(
      ':root{color-scheme:light}html{box-sizing:border-box}.css-1svsvwq{margin:0}.css-94eadv{padding:0}',
    );
  });

  it('are known to the browser’s cache, which does not add them again', () => {
    document.head.innerHTML = stylesForTakeover(EMOTION_TAGS);
    const tags = [...document.head.children];
    const cache = cacheForRenderedPage(document);
    expect(cache.key).toBe('css');
    expect(cache.inserted).toMatchObject({ '1svsvwq': true, '94eadv': true });
    expect([...document.head.children]).toEqual(tags);
    // A style the page lacks goes after the rendered ones, as with Emotion's own hydration.
    cache.sheet.insert('.css-new{color:red}');
    expect(document.head.lastElementChild?.previousElementSibling).toBe(tags.at(-1));
  });
});
