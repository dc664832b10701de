/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API runs beside Vite; in production the API serves the built files itself.
const api = process.env.API_URL ?? "http://127.0.0.1:4000";
const proxy = { "/graphql": api, "/projects": api, "/documents": api, "/reports": api, "/health": api };

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: { outDir: "dist", sourcemap: false, manifest: true, chunkSizeWarningLimit: 900 },
  test: { environment: "happy-dom", include: ["src/**/*.test.{ts,tsx}"], setupFiles: ["src/test-setup.ts"] },
});
