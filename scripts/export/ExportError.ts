/** A document that cannot be exported as it is; `where` names it, e.g. "lessons/maal-dit-blodsukker". */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
  }
}
