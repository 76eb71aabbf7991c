/**
 * A CMS document that cannot become content as it is; `where` names it, e.g.
 * "lessons/maal-dit-blodsukker". The CMS refuses to save it; the export leaves it out.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
  }
}
