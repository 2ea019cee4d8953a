# syntax=docker/dockerfile:1
# Production image of the backend (NestJS). Build from the repository root:
#   docker build -f docker/backend.Dockerfile -t portale-backend .
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
COPY test-federation/package.json test-federation/
RUN npm ci --workspace backend --include-workspace-root --no-audit --no-fund
COPY backend backend
COPY migrations migrations
COPY shared shared
RUN npm run build -w backend && npm prune --omit=dev --workspace backend

FROM node:24-bookworm-slim AS runtime
# Major version of the PostgreSQL server (compose.yml: postgres:17). pg_dump refuses a server newer than
# itself and Debian bookworm only ships the 15 client, so the client comes from the PostgreSQL project's own
# repository (PGDG), matching the server. Keep both in step when upgrading PostgreSQL.
ARG PG_MAJOR=17
ENV NODE_ENV=production
# pg_dump/pg_restore for backups (docs/operations.md); fonts are embedded from node_modules.
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl \
  && install -d /usr/share/postgresql-common/pgdg \
  && curl -fsSL -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc \
    https://www.postgresql.org/media/keys/ACCC4CF8.asc \
  && echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main" \
    > /etc/apt/sources.list.d/pgdg.list \
  && apt-get update && apt-get install -y --no-install-recommends "postgresql-client-${PG_MAJOR}" \
  && rm -rf /var/lib/apt/lists/*
ENV PG_BIN_DIR=/usr/lib/postgresql/${PG_MAJOR}/bin
# Mount points of the stored files and of the backups, writable by the unprivileged user.
RUN install -d -o node -g node /data /backups
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
