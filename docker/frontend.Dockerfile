# syntax=docker/dockerfile:1
# Production image of the frontend (Next.js standalone output). Build from the repository root:
#   docker build -f docker/frontend.Dockerfile -t portale-frontend .
FROM node:24-bookworm-slim AS build
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
COPY test-federation/package.json test-federation/
RUN npm ci --workspace frontend --include-workspace-root --no-audit --no-fund
COPY frontend frontend
COPY shared shared
RUN npm run build -w frontend

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
WORKDIR /app
COPY --from=build /app/frontend/.next/standalone ./
COPY --from=build /app/frontend/.next/static frontend/.next/static
COPY --from=build /app/frontend/public frontend/public
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "frontend/server.js"]
