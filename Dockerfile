# The app only: Neo4j comes from the official image (docker-compose.yml) or NEO4J_URI.

# Build stage: the web app (vite) and the server bundled into one JavaScript file (esbuild), with dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:server

# Runtime stage: production dependencies and what the server reads at run time, nothing else. Those files are
# listed by the bundle (dist/server/runtime-files.json); test/image checks that each one is copied here.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/server ./dist/server
COPY --from=build /app/web/dist ./web/dist
COPY seed/cases ./seed/cases
USER node
EXPOSE 8080
# Seeding an empty graph happens before the server listens, hence the start period.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/server/main.js"]
