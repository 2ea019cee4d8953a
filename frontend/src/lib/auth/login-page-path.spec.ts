import { describe, expect, it } from 'vitest';
import { loginPagePath } from './login-page-path';

describe('loginPagePath', () => {
  it('should send to the login page with the page to come back to, encoded', () => {
    expect(loginPagePath('/pagamenti/imu?anno=2026&rata=saldo')).toBe(
      '/accedi?returnTo=%2Fpagamenti%2Fimu%3Fanno%3D2026%26rata%3Dsaldo',
    );
  });
});
