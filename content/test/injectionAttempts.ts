/**
 * Editor text that looks like code (the foundation issue's list). Every layer that carries
 * editor text — export, build, browser — is tested with these and must show them as text.
 */
export const injectionAttempts = [
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "import fs from 'node:fs'",
  'export const x = 1',
];
