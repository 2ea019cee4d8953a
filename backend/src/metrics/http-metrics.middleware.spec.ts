import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { httpMetricsMiddleware, routeTemplate, UNMATCHED_ROUTE } from './http-metrics.middleware.js';
import type { MetricsService } from './metrics.service.js';

describe('routeTemplate', () => {
  it('should label a request with the template of its route, never the raw URL', () => {
    const req = { baseUrl: '', route: { path: '/api/admin/roles/:fiscalCode', methods: { put: true } } };
    expect(routeTemplate(req)).toBe('/api/admin/roles/:fiscalCode');
  });

  it('should call unmatched a request that only crossed catch-all middleware routes or none', () => {
    expect(routeTemplate({ baseUrl: '', route: { path: '/api*path', methods: { _all: true } } })).toBe(
      UNMATCHED_ROUTE,
    );
    expect(routeTemplate({ baseUrl: '' })).toBe(UNMATCHED_ROUTE);
  });
});

describe('httpMetricsMiddleware', () => {
  function recorder() {
    const calls: [string, string, number][] = [];
    const metrics = {
      startRequest: () => (method: string, route: string, status: number) =>
        calls.push([method, route, status]),
    } as unknown as MetricsService;
    return { calls, middleware: httpMetricsMiddleware(metrics) };
  }

  it('should record a finished request once, with its status', () => {
    const { calls, middleware } = recorder();
    const req = { method: 'GET', baseUrl: '', route: { path: '/api/me', methods: { get: true } } };
    const res = Object.assign(new EventEmitter(), { statusCode: 401, writableFinished: true });
    let nextCalled = false;
    middleware(req as unknown as Request, res as unknown as Response, () => {
      nextCalled = true;
    });
    res.emit('finish');
    res.emit('close');
    expect(nextCalled).toBe(true);
    expect(calls).toEqual([['GET', '/api/me', 401]]);
  });

  it('should record 499 when the client goes away before the response is complete', () => {
    const { calls, middleware } = recorder();
    const res = Object.assign(new EventEmitter(), { statusCode: 200, writableFinished: false });
    middleware({ method: 'GET', baseUrl: '' } as unknown as Request, res as unknown as Response, () => {});
    res.emit('close');
    expect(calls).toEqual([['GET', UNMATCHED_ROUTE, 499]]);
  });
});
