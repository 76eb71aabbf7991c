import { translator } from '../i18n/t.ts';
import { manifestPath, sitePaths } from './paths.ts';

export { manifestPath };

/*
 * The site installs from the browser as one app, "Sundhedscenter", which opens on "Mit forløb".
 * This is its web app manifest; integrations/webAppManifest.ts writes it into the build, and every
 * page, Danish or English, links it (layouts/Base.astro). One manifest, because a manifest has one
 * language and an app one identity: a second, English manifest for the same scope would be a second
 * app over the same pages. English readers get the same app and switch language in it.
 *
 * The start page is the plain address of "Mit forløb", with no marker such as `?kilde=app`: the site
 * counts no visits, so nothing would read one, and the service worker keeps the page under its plain
 * address already when it installs (offline/startPages.ts). `id` is fixed, so the start page can
 * change later without making installed apps a different app.
 *
 * The icons are committed in public/, made from favicon.svg by scripts/makeAppIcons.ts.
 *
 * What it costs a page (Chromium's components/webapps and favicon code): the browser, not the page,
 * fetches the manifest, after the load event and only in a normal window (to offer installing, with
 * the primary icon), or when asked (install menu, DevTools); never in an incognito window, such as
 * the byte-budget test's, and desktop Chromium never fetches the touch icon. So the page carries only
 * the three tags in layouts/Base.astro, and the manifest is kept small (webAppManifest.test.ts).
 */

export type AppIcon = { src: string; size: number; purpose: 'any' | 'maskable' };

/**
 * Chromium needs a PNG of at least 144 px for `any`; Android shows 192 px on the home screen and
 * 512 px on the splash screen. The maskable one fills its square, with the cross inside the middle
 * 80% circle, so Android may cut it to any shape.
 */
export const manifestIcons: readonly AppIcon[] = [
  { src: '/icon-192.png', size: 192, purpose: 'any' },
  { src: '/icon-512.png', size: 512, purpose: 'any' },
  { src: '/icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

/** Safari's home-screen icon (it reads no manifest icons before iOS 15.4): square and opaque. */
export const appleTouchIcon = { src: '/apple-touch-icon.png', size: 180 } as const;

export type SiteColours = { theme: string; background: string };

/**
 * The colours of the site's `:root` in styles/global.css: the accent colours the app's title bar,
 * the paper colour is behind its splash screen. Read from the stylesheet, so there is one source.
 */
export function siteColours(css: string, file = 'global.css'): SiteColours {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const colour = (name: string) => {
    const value = new RegExp(`(?:^|[;\\s])${name}\\s*:\\s*([^;]+);`).exec(root)?.[1]?.trim() ?? '';
    if (!/^#(?:[\da-f]{3}|[\da-f]{6})$/i.test(value)) {
      throw new Error(`${file}: the first :root needs ${name} as a hex colour for the web app manifest`);
    }
    return value.toLowerCase();
  };
  return { theme: colour('--accent'), background: colour('--paper') };
}

export function appManifest(colours: SiteColours) {
  const t = translator('da');
  return {
    id: '/',
    name: t('site.name'),
    short_name: t('site.name'),
    description: t('site.tagline'),
    lang: 'da',
    start_url: sitePaths('da').myProgress,
    scope: '/',
    display: 'standalone',
    theme_color: colours.theme,
    background_color: colours.background,
    icons: manifestIcons.map(({ src, size, purpose }) => ({
      src,
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose,
    })),
  };
}
