# syntax=docker/dockerfile:1
# Production image of the backend (NestJS). Build from the repository root:
#   docker build -f docker/backend.Dockerfile -t portale-backend .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
COPY test-federation/package.json test-federation/
RUN npm ci --workspace backend --include-workspace-root --no-audit --no-fund
COPY backend backend
COPY migrations migrations
RUN npm run build -w backend && npm prune --omit=dev --workspace backend

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
# pg_dump/pg_restore for `npm run backup`; fonts are embedded from node_modules.
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client curl \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/backend/package.json backend/
COPY --from=build /app/backend/dist backend/dist
COPY --from=build /app/backend/assets backend/assets
USER node
EXPOSE 3001
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD curl -fsS http://127.0.0.1:3001/api/health/ready || exit 1
CMD ["node", "backend/dist/backend/src/main.js"]
