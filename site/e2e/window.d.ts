import type { Scorm12Api } from 'scorm-again/scorm12/min';

declare global {
  interface Window {
    API?: Scorm12Api;
  }
}
