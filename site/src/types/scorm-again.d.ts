/*
 * The subpath's own typings say `export default`, but the runtime module exports `{ Scorm12API }`.
 * Only what this site uses is declared.
 */
declare module 'scorm-again/scorm12/min' {
  export interface Scorm12Api {
    LMSInitialize(parameter?: string): string;
    LMSFinish(parameter?: string): string;
    LMSGetValue(element: string): string;
    LMSSetValue(element: string, value: string): string;
    LMSCommit(parameter?: string): string;
    on(event: string, callback: (...args: unknown[]) => void): void;
    loadFromJSON(json: Record<string, unknown>, element?: string): void;
    renderCMIToJSONObject(): { cmi: Record<string, unknown> };
  }
  export const Scorm12API: new (settings?: Record<string, unknown>) => Scorm12Api;
}
