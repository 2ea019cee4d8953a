import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';

const { backendUrl, databaseUrl } = inject('stack');

describe('foundation', () => {
  it('should answer liveness without touching the database', async () => {
    const response = await fetch(`${backendUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('should report ready when the database answers', async () => {
    const response = await fetch(`${backendUrl}/api/health/ready`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { details: { database: { status: string } } };
    expect(body.details.database.status).toBe('up');
  });

  it('should answer unknown routes with an Italian problem document and a request id', async () => {
    const response = await fetch(`${backendUrl}/api/does-not-exist`, {
      headers: { 'X-Request-Id': 'test-req-1' },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('x-request-id')).toBe('test-req-1');
    const problem = await response.json();
    expect(problem).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      title: 'Risorsa non trovata',
      requestId: 'test-req-1',
    });
  });

  it('should refuse malformed JSON with a 400 problem, not a 500', async () => {
    const response = await fetch(`${backendUrl}/api/public/municipality`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken":',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('should send security headers', async () => {
    const response = await fetch(`${backendUrl}/api/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it("should publish the comune's identity from configuration", async () => {
    const response = await fetch(`${backendUrl}/api/public/municipality`);
    expect(await response.json()).toMatchObject({
      name: "Spino d'Adda",
      cadastralCode: 'I914',
      province: 'CR',
    });
  });

  it('should serve the OpenAPI document and the browsable docs page', async () => {
    const document = (await (await fetch(`${backendUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(document.paths['/api/health/ready']).toBeDefined();
    const page = await fetch(`${backendUrl}/api/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger');
  });

  it('should have applied the migrations, never synchronize', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT name FROM schema_migrations ORDER BY id');
      expect(rows.map((row) => row.name)).toContain('Foundation1764140000000');
    } finally {
      await client.end();
    }
  });

  it('should keep the audit log append-only at the database level', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(
        "INSERT INTO audit_event (action, resource_type) VALUES ('test.append', 'test') RETURNING id",
      );
      await expect(client.query("DELETE FROM audit_event WHERE action = 'test.append'")).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await client.end();
    }
  });
});
