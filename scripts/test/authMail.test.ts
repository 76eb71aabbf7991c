import { describe, expect, it } from 'vitest';
import { goDurationSeconds, readAuthSettings } from '../backend/auth/authSettings.ts';
import { codeMail, renderTemplate } from '../backend/auth/codeMail.ts';

describe('the sign-in stand-in reads supabase/config.toml and fills its mail template', () => {
  it('reads durations as the Supabase CLI writes them, and refuses others', () => {
    expect(goDurationSeconds('60s')).toBe(60);
    expect(goDurationSeconds('1m30s')).toBe(90);
    expect(() => goDurationSeconds('ett minut')).toThrow(/not a duration/);
    expect(() => goDurationSeconds('60')).toThrow(/not a duration/);
  });

  it('takes code length, lifetime and wait from config.toml', () => {
    expect(readAuthSettings()).toMatchObject({ otpLength: 6, otpExpiry: 600, maxFrequency: 60, jwtExpiry: 3600 });
  });

  it('fills {{ .Token }} and escapes what it fills in', () => {
    expect(
      renderTemplate('<p>{{ .Token }} til {{.Email}}</p>{{ .Data }}', {
        Token: '123456',
        Email: '<a>@b.dk',
        SiteURL: '',
      }),
    ).toBe('<p>123456 til &lt;a&gt;@b.dk</p>');
  });

  it('sends the code in both the HTML and the plain-text part, in Danish and English', () => {
    const mail = codeMail(readAuthSettings().mail, 'anna@eksempel.dk', '654321', 'http://localhost:4321');
    expect(mail.html).toContain('654321');
    expect(mail.text).toContain('654321');
    expect(mail.text).toMatch(/Din kode til Sundhedscenter/);
    expect(mail.text).toMatch(/Your code for Sundhedscenter/);
    expect(mail.text).not.toMatch(/<[a-z]/);
  });
});
