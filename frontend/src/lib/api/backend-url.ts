/** Where server components reach the backend; read at run time, unlike the rewrites in next.config.ts. */
export function backendUrl(): string {
  return (process.env.BACKEND_URL ?? 'http://localhost:3001').replace(/\/+$/, '');
}
