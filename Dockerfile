# The app only: Neo4j comes from the official image (docker-compose.yml) or NEO4J_URI.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY graph-schema ./graph-schema
COPY seed ./seed
COPY server ./server
COPY --from=build /app/web/dist ./web/dist
USER node
EXPOSE 8080
CMD ["node_modules/.bin/tsx", "server/main.ts"]
