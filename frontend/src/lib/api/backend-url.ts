/** Where the frontend reaches the backend; read per request, so one build serves any backend. */
export function backendUrl(): string {
  return (process.env.BACKEND_URL ?? 'http://localhost:3001').replace(/\/+$/, '');
}
