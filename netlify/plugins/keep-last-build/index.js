/*
 * Keeps the last build of the site and its record (site/scripts/build.ts) in Netlify's build cache,
 * so that a publish on Netlify builds only what changed (`--incremental`), as `npm start` does. A
 * build with nothing restored (the first, or after "Clear cache and deploy") builds everything.
 */

/** The built site, and what it was built from; both relative to the repository. */
export const keptPaths = ['site/dist', 'site/dist.build.json'];

export const onPreBuild = async ({ utils }) => {
  await utils.cache.restore(keptPaths);
};

export const onPostBuild = async ({ utils }) => {
  await utils.cache.save(keptPaths);
};
