import createCache, { type EmotionCache } from '@emotion/cache';

/**
 * The rendered page's styles, handed to the browser's Emotion without moving them.
 *
 * Emotion finds server-rendered `<style data-emotion>` tags when it starts and moves every one of them to
 * the end of `<head>`, which makes the browser restyle the whole page (about 20 ms for the dashboard's 50
 * rows, right after its first paint). Here the components' tag is named so that Emotion does not find it,
 * and the browser's cache is told which styles it already holds, so none is added twice. The global tags
 * keep their name, for `<Global>` to take them over, and are marked as already seen (`data-s`), which is
 * what keeps Emotion's start from moving them.
 */

const COMPONENTS_ATTRIBUTE = 'data-ssr-emotion';

/** Server: rewrites Emotion's `<style>` tags (from constructStyleTagsFromChunks) as described above. */
export function stylesForTakeover(tags: string): string {
  return tags
    .replaceAll('<style data-emotion="css ', `<style ${COMPONENTS_ATTRIBUTE}="css `)
    .replaceAll('<style data-emotion="css-global ', '<style data-s="" data-emotion="css-global ');
}

/** Browser: Emotion's cache for a rendered page, knowing every style the page already carries. */
export function cacheForRenderedPage(doc: Document): EmotionCache {
  const cache = createCache({ key: 'css' });
  for (const tag of doc.querySelectorAll<HTMLStyleElement>(`style[${COMPONENTS_ATTRIBUTE}]`)) {
    const [, ...names] = (tag.getAttribute(COMPONENTS_ATTRIBUTE) ?? '').split(' ');
    for (const name of names) cache.inserted[name] = true;
    // What Emotion's own hydration does, without moving the tag: later styles go after it, and <Global>'s
    // before it, so the cascade's order is the same as Emotion's.
    cache.sheet.tags.push(tag);
  }
  return cache;
}
